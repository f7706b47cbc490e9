"""Where a draft the agent made lives: a Gmail link, a Maildir file, or an IMAP folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from agent.config import Config
from agent.mail.imap_text import parse_id  # pure text: loads no IMAP library
from agent.models import FollowUpRow


@dataclass(frozen=True)
class Location:
    text: str  # what to show
    url: str | None = None  # a link that opens it, when the mailbox has one


def _maildir_file(folder: Path, key: str) -> Path | None:
    for sub in ("cur", "new"):
        for p in (folder / sub).glob(f"{key}*"):
            return p
    return None


def draft_location(cfg: Config, row: FollowUpRow) -> Location | None:
    if not row.draft_id:
        return None
    box = cfg.mailbox
    if box.backend == "gmail":
        # Gmail finds a draft by its Message-ID header; the draft id is not in any URL
        query = f"in:drafts rfc822msgid:{(row.draft_message_id or '').strip('<>')}"
        url = "https://mail.google.com/mail/u/0/#search/" + quote(query, safe="")
        return Location("in Gmail's Drafts", url)
    if box.backend == "imap":
        parsed = parse_id(row.draft_id)
        folder = parsed[0] if parsed else (box.imap.drafts_folder or "Drafts")
        return Location(f"IMAP folder {folder} on {box.imap.host}")
    root = (
        box.maildir.path / f".{box.maildir.drafts_folder}"
        if box.backend == "maildir"
        else box.mbox.drafts_maildir
    )
    found = _maildir_file(root, row.draft_id)
    return Location(str(found) if found else f"{root} (Maildir, key {row.draft_id})")


__all__ = [
    "Location",
    "draft_location",
]
