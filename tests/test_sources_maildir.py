"""``classify``/``plan`` accept a Maildir directory: inbox and folders, never drafts."""

from __future__ import annotations

import mailbox
from pathlib import Path

from agent.mail.message_files import iter_sources
from tests.mailfactory import make_message


def test_maildir_tree_yields_inbox_and_sent_but_not_drafts(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    box = mailbox.Maildir(str(root), create=True)
    box.add(make_message(subject="inbox one"))
    box.add_folder("Sent").add(make_message(subject="sent one"))
    box.add_folder("Drafts").add(make_message(subject="draft one"))
    box.add_folder("Trash").add(make_message(subject="trash one"))
    subjects = sorted(
        raw.split(b"Subject: ", 1)[1].split(b"\r\n", 1)[0].decode()
        for _, raw in iter_sources([root])
        if isinstance(raw, bytes)
    )
    assert subjects == ["inbox one", "sent one"]
