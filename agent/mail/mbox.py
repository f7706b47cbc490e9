"""Read-only mbox backend, e.g. a Google Takeout export, for backfilling history.

The file is never written. It is read as a stream of ``From `` separated messages, so a
multi-gigabyte export costs one pass and constant memory; the cursor is the byte offset
reached, so a file that grew (appended to) is read only from there. Drafts go to a
separate Maildir (``mailbox.mbox.drafts_maildir``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from agent.errors import MailError
from agent.followup.draft_fate import DraftFacts, DraftOrigin
from agent.mail.base import Mailbox
from agent.mail.maildir import DraftsMaildir, drafts_maildir_facts, header_value
from agent.models import (
    Changes,
    DraftRef,
    DraftRequest,
    Folder,
    MailMessage,
    MessageRef,
)

if TYPE_CHECKING:
    from agent.config import MboxSettings

logger = logging.getLogger(__name__)

CURSOR_VERSION = 1


def _unescape(line: bytes) -> bytes:
    """mboxrd: a body line ``>From `` (any number of ``>``) loses one ``>``."""
    stripped = line.lstrip(b">")
    if stripped.startswith(b"From ") and line.startswith(b">"):
        return line[1:]
    return line


def iter_mbox(path: Path, start: int = 0) -> Iterator[tuple[int, int, bytes]]:
    """(offset, end, raw) for each message from byte ``start`` (which must begin a message)."""
    with open(path, "rb") as fh:
        fh.seek(start)
        offset = start
        pos = start
        lines: list[bytes] = []
        begun = False
        prev_blank = True
        for line in fh:
            if line.startswith(b"From ") and prev_blank:
                if begun:
                    yield offset, pos, _strip_trailing_blank(lines)
                offset, lines, begun = pos, [], True
            elif begun:
                lines.append(_unescape(line))
            pos += len(line)
            prev_blank = line.strip() == b""
        if begun:
            yield offset, pos, _strip_trailing_blank(lines)


def _strip_trailing_blank(lines: list[bytes]) -> bytes:
    raw = b"".join(lines)
    if raw.endswith(b"\r\n\r\n"):
        return raw[:-2]
    if raw.endswith(b"\n\n"):
        return raw[:-1]
    return raw


def _split(raw: bytes) -> tuple[bytes, bytes]:
    for sep in (b"\r\n\r\n", b"\n\n"):
        idx = raw.find(sep)
        if idx >= 0:
            return raw[: idx + len(sep)], raw[idx + len(sep) : idx + len(sep) + 2048]
    return raw, b""


def _folder_of(headers: bytes) -> Folder:
    labels = (header_value(headers, "X-Gmail-Labels") or "").lower()
    parts = {p.strip() for p in labels.split(",")}
    if "drafts" in parts or "draft" in parts:
        return Folder.DRAFTS
    if "sent" in parts:
        return Folder.SENT
    return Folder.INBOX


class MboxMailbox(Mailbox):
    """One mbox file, read-only; drafts are written to a Maildir."""

    backend = "mbox"

    def __init__(self, path: Path, drafts_maildir: Path) -> None:
        self.path = Path(path).expanduser()
        if not self.path.is_file():
            raise MailError(f"{self.path} is not a file; check mailbox.mbox.path")
        self.drafts = DraftsMaildir(Path(drafts_maildir).expanduser())

    @classmethod
    def from_settings(cls, s: MboxSettings) -> MboxMailbox:
        return cls(s.path, s.drafts_maildir)

    @property
    def account(self) -> str:
        return "mbox"  # not the path: a new export or a moved file is the same mailbox

    @staticmethod
    def _id(offset: int, raw: bytes) -> str:
        return f"{offset}:{hashlib.sha1(raw).hexdigest()[:12]}"

    def changes(self, cursor: str | None) -> Changes:
        start = 0
        size = self.path.stat().st_size
        if cursor:
            try:
                data = json.loads(cursor)
                if data.get("v") == CURSOR_VERSION and int(data["offset"]) <= size:
                    start = int(data["offset"])
            except (ValueError, KeyError, TypeError):
                logger.warning("mbox cursor unreadable; rereading %s", self.path)
        added: list[MessageRef] = []
        end = start
        for offset, stop, raw in iter_mbox(self.path, start):
            headers, snippet = _split(raw)
            folder = _folder_of(headers)
            end = stop
            if folder is Folder.DRAFTS:
                continue
            added.append(
                MessageRef(
                    id=self._id(offset, raw),
                    folder=folder,
                    headers=headers,
                    snippet=snippet.decode("utf-8", "replace"),
                )
            )
        new_cursor = json.dumps({"v": CURSOR_VERSION, "offset": end})
        return Changes(added=added, cursor=new_cursor, full_rescan=start == 0)

    def fetch(self, ids: Sequence[str]) -> Iterator[MailMessage]:
        wanted: dict[int, str] = {}
        for mid in ids:
            off, _, _ = mid.partition(":")
            if off.isdigit():
                wanted[int(off)] = mid
        if not wanted:
            return
        for offset, _stop, raw in iter_mbox(self.path, min(wanted)):
            found = wanted.get(offset)
            if found is None or self._id(offset, raw) != found:
                continue
            yield MailMessage(id=found, folder=_folder_of(_split(raw)[0]), raw=raw)
            del wanted[offset]
            if not wanted:
                return

    def create_draft(self, draft: DraftRequest) -> DraftRef:
        return self.drafts.create(draft)

    def find_drafts(self, message_ids: Iterable[str]) -> dict[str, DraftRef]:
        return self.drafts.find(message_ids)

    def find_sent(self, message_ids: Iterable[str]) -> set[str]:
        """Our Message-IDs are unique strings: one anywhere in the export was sent (or
        replied to, which means it was sent). A byte search, not a parse of the file."""
        wanted = [m.strip() for m in message_ids if m and m.strip()]
        if not wanted or self.path.stat().st_size == 0:
            return set()
        with open(self.path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            return {m for m in wanted if mm.find(m.encode("utf-8", "replace")) >= 0}

    def draft_facts(self, ref: DraftRef, origin: DraftOrigin) -> DraftFacts:
        # the export cannot show later sends; only the drafts Maildir can change
        return drafts_maildir_facts(self.drafts, ref)


__all__ = [
    "CURSOR_VERSION",
    "MboxMailbox",
    "iter_mbox",
]
