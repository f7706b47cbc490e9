"""Read-only mbox backend (a Takeout-style export) with a few hundred messages."""

from __future__ import annotations

import hashlib
import mailbox
from datetime import UTC, datetime, timedelta
from pathlib import Path

from agent.mail.mbox import MboxMailbox
from agent.models import DraftRequest, Folder
from tests.mailfactory import make_message


def _build(path: Path, n: int, start: int = 0) -> None:
    box = mailbox.mbox(str(path))
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(start, start + n):
        raw = make_message(
            subject=f"Note {i}",
            date=base + timedelta(hours=i),
            body=f"Line one\nFrom the start of a line {i}\n\nbye",
        )
        msg = mailbox.mboxMessage(raw)
        if i % 10 == 0:
            msg["X-Gmail-Labels"] = "Sent,Opened"
        elif i % 37 == 0:
            msg["X-Gmail-Labels"] = "Drafts"
        box.add(msg)
    box.flush()
    box.close()


def test_imports_a_few_hundred_messages_read_only(tmp_path: Path) -> None:
    path = tmp_path / "All mail.mbox"
    _build(path, 300)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    box = MboxMailbox(path, tmp_path / "drafts")
    changes = box.changes(None)
    drafts_in_export = len([i for i in range(300) if i % 10 and i % 37 == 0])
    assert len(changes.added) == 300 - drafts_in_export
    assert sum(r.folder is Folder.SENT for r in changes.added) == 30
    assert len({r.id for r in changes.added}) == len(changes.added)

    wanted = [changes.added[5].id, changes.added[250].id]
    fetched = {m.id: m for m in box.fetch(wanted)}
    assert set(fetched) == set(wanted)
    parsed = mailbox.mboxMessage(fetched[changes.added[5].id].raw)
    assert parsed["Subject"] == "Note 5"
    assert b"From the start of a line 5" in fetched[changes.added[5].id].raw  # mboxrd unescaped

    assert box.changes(changes.cursor).added == []
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest  # never written


def test_appended_messages_are_read_from_the_cursor(tmp_path: Path) -> None:
    path = tmp_path / "export.mbox"
    _build(path, 20)
    box = MboxMailbox(path, tmp_path / "drafts")
    cursor = box.changes(None).cursor
    _build(path, 3, start=1000)
    new = box.changes(cursor).added
    assert [m.id for m in box.fetch([r.id for r in new])] == [r.id for r in new]
    assert len(new) == 3


def test_drafts_go_to_the_configured_maildir(tmp_path: Path) -> None:
    path = tmp_path / "export.mbox"
    _build(path, 2)
    box = MboxMailbox(path, tmp_path / "followup-drafts")
    raw = make_message(subject="Re: Note 1", message_id="<x1@example.com>")
    ref = box.create_draft(DraftRequest(raw=raw, message_id="<x1@example.com>", in_reply_to=None))
    md = mailbox.Maildir(str(tmp_path / "followup-drafts"))
    assert "D" in md[ref.draft_id].get_flags()
    assert box.find_drafts(["<x1@example.com>"])["<x1@example.com>"].draft_id == ref.draft_id
