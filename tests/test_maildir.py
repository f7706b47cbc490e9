"""Maildir++ backend against real directories, read back with the standard library."""

from __future__ import annotations

import hashlib
import mailbox
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from agent.errors import MailError
from agent.mail.maildir import MaildirMailbox
from agent.models import DraftRequest, DraftState, Folder
from tests.mailfactory import make_message

WHEN = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


def _maildir(root: Path) -> mailbox.Maildir:
    box = mailbox.Maildir(str(root), create=True)
    box.add_folder("Sent")
    return box


def _snapshot(root: Path) -> dict[str, tuple[str, int]]:
    out = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            p = Path(dirpath) / f
            out[str(p.relative_to(root))] = (
                hashlib.sha256(p.read_bytes()).hexdigest(),
                p.stat().st_mtime_ns,
            )
    return out


@pytest.fixture
def maildir(tmp_path: Path) -> Path:
    root = tmp_path / "Mail"
    box = _maildir(root)
    for i in range(5):
        msg = mailbox.MaildirMessage(make_message(subject=f"Message {i}", date=WHEN))
        if i % 2:
            msg.set_subdir("cur")
            msg.set_flags("S")
        box.add(msg)
    sent = box.get_folder("Sent")
    own = mailbox.MaildirMessage(
        make_message(
            sender="Alex Rivera <alex.rivera@example.com>", to="jane@acme.example", subject="Thanks"
        )
    )
    own.set_subdir("cur")
    own.set_flags("S")
    sent.add(own)
    return root


def test_reads_inbox_and_sent_then_only_new(maildir: Path) -> None:
    box = MaildirMailbox(maildir)
    first = box.changes(None)
    assert first.full_rescan
    assert len(first.added) == 6
    assert {r.folder for r in first.added} == {Folder.INBOX, Folder.SENT}
    assert all(r.headers.startswith(b"From:") or b"\nSubject:" in r.headers for r in first.added)
    assert all(b"invite you" not in r.headers for r in first.added)  # headers only

    again = box.changes(first.cursor)
    assert again.added == [] and not again.full_rescan

    mailbox.Maildir(str(maildir)).add(make_message(subject="Brand new"))
    third = box.changes(again.cursor)
    assert [r.folder for r in third.added] == [Folder.INBOX]
    [msg] = list(box.fetch([third.added[0].id]))
    assert b"Subject: Brand new" in msg.raw


def test_unchanged_directories_are_not_listed(
    maildir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    box = MaildirMailbox(maildir)
    cursor = box.changes(None).cursor
    import agent.mail.maildir as mod

    def no_listing(path: Path) -> dict[str, Path]:
        raise AssertionError(f"listed {path} although nothing changed")

    monkeypatch.setattr(mod, "_list_keys", no_listing)
    assert box.changes(cursor).added == []


def test_flag_change_by_client_is_not_new_mail(maildir: Path) -> None:
    box = MaildirMailbox(maildir)
    cursor = box.changes(None).cursor
    md = mailbox.Maildir(str(maildir))
    key = next(iter(md.keys()))
    m = md[key]
    m.set_flags("RS")
    md[key] = m  # a mail client marks it read/replied: file renamed, same key
    assert box.changes(cursor).added == []


def test_draft_written_with_D_flag_and_originals_untouched(maildir: Path) -> None:
    before = _snapshot(maildir)
    box = MaildirMailbox(maildir)
    refs = box.changes(None).added
    list(box.fetch([r.id for r in refs]))
    raw = make_message(
        sender="Alex Rivera <alex.rivera@example.com>",
        to="jane@acme.example",
        subject="Re: Interview invitation",
        message_id="<abc.followup@example.com>",
        in_reply_to="<orig@acme.example>",
    )
    ref = box.create_draft(
        DraftRequest(
            raw=raw, message_id="<abc.followup@example.com>", in_reply_to="<orig@acme.example>"
        )
    )
    after = _snapshot(maildir)
    assert {k: v for k, v in after.items() if not k.startswith(".Drafts")} == before

    drafts = mailbox.Maildir(str(maildir)).get_folder("Drafts")
    [(key, msg)] = list(drafts.items())
    assert key == ref.draft_id
    assert "D" in msg.get_flags()
    assert msg.get_subdir() == "cur"
    assert msg["Message-ID"] == "<abc.followup@example.com>"
    assert (maildir / ".Drafts" / "maildirfolder").exists()

    # the agent's own draft is not announced as new mail
    assert all(r.folder is not Folder.DRAFTS for r in box.changes(None).added)
    assert box.find_drafts(["<abc.followup@example.com>", "<other@x>"]) == {
        "<abc.followup@example.com>": ref
    }
    assert box.draft_state(ref, original=raw) is DraftState.WAITING


def test_draft_states_edited_sent_deleted(maildir: Path) -> None:
    box = MaildirMailbox(maildir)
    raw = make_message(
        sender="alex.rivera@example.com",
        subject="Re: Hello",
        body="Original text",
        message_id="<d1@example.com>",
        in_reply_to="<p1@acme.example>",
    )
    ref = box.create_draft(
        DraftRequest(raw=raw, message_id="<d1@example.com>", in_reply_to="<p1@acme.example>")
    )
    drafts = mailbox.Maildir(str(maildir)).get_folder("Drafts")
    edited = raw.replace(b"Original text", b"My own words")
    drafts[ref.draft_id] = mailbox.MaildirMessage(edited)
    assert box.draft_state(ref, original=raw) is DraftState.EDITED

    drafts.remove(ref.draft_id)
    assert box.draft_state(ref, original=raw) is DraftState.DELETED

    sent = mailbox.Maildir(str(maildir)).get_folder("Sent")
    sent.add(
        make_message(
            sender="alex.rivera@example.com", subject="Re: Hello", message_id="<d1@example.com>"
        )
    )
    assert box.draft_state(ref, original=raw) is DraftState.SENT


def test_not_a_maildir_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MailError, match="not a Maildir"):
        MaildirMailbox(tmp_path / "nothing")
