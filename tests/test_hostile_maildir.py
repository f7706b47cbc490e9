"""A Maildir that moves under the scan: nothing is lost, nothing is announced twice.

Mail clients (mbsync, neomutt, every Maildir reader) rename files from ``new/`` to ``cur/``
and change their flags at any moment. These tests do that on real directories, at the
exact moment between the listing and the read, and with a client renaming files in a
thread while full passes of ``run_once`` run.
"""

from __future__ import annotations

import logging
import mailbox
import os
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import agent.mail.maildir as md
from agent.mail.maildir import MaildirMailbox
from tests.mailfactory import make_message

WHEN = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def _inbox(root: Path, n: int, *, subdir: str = "new") -> mailbox.Maildir:
    box = mailbox.Maildir(str(root), create=True)
    box.add_folder("Sent")
    for i in range(n):
        msg = mailbox.MaildirMessage(
            make_message(
                subject=f"Interview invitation {i}", date=WHEN, message_id=f"<m{i}@acme.example>"
            )
        )
        msg.set_subdir(subdir)
        box.add(msg)
    return box


def _move_to_cur(path: Path) -> Path:
    """What a client does when it first shows a message: new/X → cur/X:2,S."""
    target = path.parent.parent / "cur" / (path.name.split(":", 1)[0] + ":2,S")
    os.rename(path, target)
    return target


def _patch_reader(
    monkeypatch: pytest.MonkeyPatch, before_read: Callable[[Path], None]
) -> list[Path]:
    """Run ``before_read`` on each file just before the scan reads its headers."""
    real = md.read_header_block
    seen: list[Path] = []

    def reader(path: Path) -> tuple[bytes, bytes]:
        if path not in seen:
            seen.append(path)
            before_read(path)
        return real(path)

    monkeypatch.setattr(md, "read_header_block", reader)
    return seen


def _ids(changes: md.Changes) -> set[str]:
    return {r.id for r in changes.added}


def test_a_message_moved_to_cur_between_listing_and_reading_is_announced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "Mail"
    _inbox(root, 20)
    box = MaildirMailbox(root)
    moved = _patch_reader(monkeypatch, lambda p: _move_to_cur(p) if "/new/" in str(p) else None)
    first = box.changes(None)
    assert len(moved) >= 20
    assert len(first.added) == 20  # every one read from its new place in cur/
    [msg] = list(box.fetch([sorted(_ids(first))[0]]))
    assert b"Interview invitation" in msg.raw
    monkeypatch.undo()
    assert box.changes(first.cursor).added == []  # and none of them again


def test_a_message_unreadable_this_pass_is_seen_on_a_later_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Gone for the moment (here: taken out of the Maildir, as a permission error would
    make it): not in the cursor, so the next pass reads it, even with unchanged mtimes."""
    root = tmp_path / "Mail"
    _inbox(root, 6)
    box = MaildirMailbox(root)
    aside = tmp_path / "aside"
    aside.mkdir()
    hidden: list[tuple[Path, Path]] = []

    def hide_one(path: Path) -> None:
        if not hidden:
            hidden.append((path, aside / path.name))
            os.rename(path, aside / path.name)

    _patch_reader(monkeypatch, hide_one)
    first = box.changes(None)
    monkeypatch.undo()
    assert len(first.added) == 5
    src, dst = hidden[0]
    os.rename(dst, src)
    # put back with the directory mtimes as they were at the first scan
    for sub in ("new", "cur"):
        st = os.stat(root / sub)
        os.utime(root / sub, ns=(st.st_atime_ns, st.st_mtime_ns))
    second = box.changes(first.cursor)
    assert [r.id for r in second.added] == [f"inbox/{md.message_key(src.name)}"]
    assert box.changes(second.cursor).added == []


def test_fetch_finds_a_message_renamed_after_the_scan(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    _inbox(root, 3)
    box = MaildirMailbox(root)
    changes = box.changes(None)
    for p in (root / "new").iterdir():
        _move_to_cur(p)
    got = list(box.fetch(sorted(_ids(changes))))
    assert len(got) == 3
    for p in (root / "cur").iterdir():  # a flag change: same key, new name
        os.rename(p, p.with_name(p.name + "R"))
    assert len(list(box.fetch(sorted(_ids(changes))))) == 3


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_file_name_that_is_not_utf8_is_skipped_with_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    _inbox(root, 2)
    bad = os.fsencode(root / "cur") + b"/1700000000.M1P1.h\xff\xfeost:2,S"
    with open(bad, "wb") as fh:
        fh.write(make_message(subject="Offer", date=WHEN))
    box = MaildirMailbox(root)
    records = _Records()
    logging.getLogger("agent.mail.maildir").addHandler(records)
    try:
        changes = box.changes(None)
    finally:
        logging.getLogger("agent.mail.maildir").removeHandler(records)
    assert len(changes.added) == 2
    assert any("h\\xff\\xfeost" in m for m in records.messages)


def test_a_pass_with_a_non_utf8_name_stores_everything_else(tmp_path: Path) -> None:
    from agent.store import Store
    from tests.test_pipeline import _setup

    cfg, _ = _setup(tmp_path, now=datetime(2026, 3, 11, 10, 30, tzinfo=UTC))
    cur = os.fsencode(cfg.mailbox.maildir.path / "cur")
    with open(cur + b"/1700000001.M2P2.\xe9t\xe9:2,S", "wb") as fh:
        fh.write(make_message(subject="Interview invitation", date=WHEN))
    from agent.pipeline import run_once

    now = datetime(2026, 3, 11, 15, 30, tzinfo=UTC)
    with (
        Store.open(cfg.store.path) as store,
        MaildirMailbox.from_settings(cfg.mailbox.maildir) as box,
    ):
        summary = run_once(cfg, store, box, now=now)
        assert summary.errors == [] and summary.understood > 20


def test_no_message_lost_while_a_client_moves_files_during_passes(tmp_path: Path) -> None:
    """A client renames every message new/ → cur/ (and sets flags) while passes run:
    after the client stops, one more pass leaves every message in the store."""
    from agent.config import load_config
    from agent.pipeline import run_once
    from agent.store import Store

    root = tmp_path / "Mail"
    n = 400
    _inbox(root, n)
    cfg_path = tmp_path / "config.yaml"
    cfg_path.write_text(
        "timezone: UTC\nme: {name: Alex Rivera, addresses: [alex@example.com]}\n"
        f"mailbox: {{backend: maildir, maildir: {{path: '{root}'}}}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    cfg = load_config(cfg_path)
    stop = threading.Event()

    def client() -> None:
        while not stop.is_set():
            names = sorted((root / "new").iterdir()) + sorted((root / "cur").iterdir())
            if not names:
                return
            for p in names:
                try:
                    if p.parent.name == "new":
                        _move_to_cur(p)
                    elif not p.name.endswith("F"):
                        os.rename(p, p.with_name(p.name + "F"))
                except FileNotFoundError:
                    pass
            if not any((root / "new").iterdir()) and all(
                p.name.endswith("F") for p in (root / "cur").iterdir()
            ):
                return

    now = WHEN + timedelta(days=1)
    with (
        Store.open(cfg.store.path) as store,
        MaildirMailbox.from_settings(cfg.mailbox.maildir) as box,
    ):
        thread = threading.Thread(target=client)
        thread.start()
        try:
            for i in range(3):
                run_once(cfg, store, box, now=now + timedelta(minutes=i))
        finally:
            stop.set()
            thread.join()
        run_once(cfg, store, box, now=now + timedelta(minutes=10))
        ids = {m.facts.message_id for m in store.messages(box.account)}
    assert ids == {f"<m{i}@acme.example>" for i in range(n)}
