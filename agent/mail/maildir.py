"""Maildir++ backend: the on-disk format of mbsync, offlineimap, notmuch and neomutt users.

Layout: the inbox is the root (``cur/ new/ tmp/``), other folders are ``.Name`` subfolders
(``.Sent``, ``.Drafts``). The agent reads the inbox and Sent, writes drafts into Drafts
with the ``D`` flag, and never renames, re-flags or rewrites an existing file.

A message is identified by the unique part of its file name (before ``:2,``), so a client
moving it from ``new/`` to ``cur/`` or changing its flags does not make it a new message.

The cursor keeps, per folder, the mtimes of ``new/`` and ``cur/`` and the keys already
announced: when neither directory changed nothing is listed, and when one did only the
directory listing is read, never the files that were already seen. A key enters the cursor
only once its headers were read: a file renamed under the scan (mbsync, neomutt) or not
readable now is looked for again on the next pass, never silently skipped.
"""

from __future__ import annotations

import json
import logging
import mailbox
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from agent.errors import MailError
from agent.followup.draft_fate import DraftFacts, DraftOrigin, SentCopy, header_date
from agent.mail.base import Mailbox
from agent.models import (
    Changes,
    DraftRef,
    DraftRequest,
    Folder,
    MailMessage,
    MessageRef,
)

if TYPE_CHECKING:
    from agent.config import MaildirSettings

logger = logging.getLogger(__name__)
T = TypeVar("T")

CURSOR_VERSION = 1
_HEADER_READ_LIMIT = 64 * 1024  # enough for any sane header block; bodies are not read
_SNIPPET_BYTES = 2048


def read_header_block(path: Path) -> tuple[bytes, bytes]:
    """The raw header block of a message file and the first bytes of its body."""
    with open(path, "rb") as fh:
        head = fh.read(_HEADER_READ_LIMIT)
    for sep in (b"\r\n\r\n", b"\n\n"):
        idx = head.find(sep)
        if idx >= 0:
            return head[: idx + len(sep)], head[idx + len(sep) : idx + len(sep) + _SNIPPET_BYTES]
    return head, b""


def header_value(raw_headers: bytes, name: str) -> str | None:
    msg = BytesHeaderParser(policy=compat32).parsebytes(raw_headers)
    value = msg.get(name)
    return " ".join(str(value).split()) if value is not None else None


def _maildir_dirs_mtime(path: Path) -> list[int]:
    return [os.stat(path / sub).st_mtime_ns for sub in ("new", "cur")]


def message_key(name: str) -> str:
    """The unique part of a Maildir file name: what stays when a client sets flags or
    moves the file from ``new/`` to ``cur/`` (``1700000000.M1P2.host:2,S`` → before ``:``)."""
    return name.split(":", 1)[0]


def delivered_at(key: str) -> datetime | None:
    """The delivery time every Maildir writer puts first in the name (``1700000000.M1P2.host``)."""
    head = key.split(".", 1)[0]
    if not head.isdigit() or len(head) > 11:
        return None
    return datetime.fromtimestamp(int(head), UTC)


def _printable_name(name: str) -> str:
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def _list_keys(path: Path) -> dict[str, Path]:
    """Maildir key → file path, without opening any file.

    ``new/`` is listed before ``cur/``: a file a client moves from one to the other while
    we list is then found in ``cur/``. A name that is not valid UTF-8 cannot be stored
    (SQLite text is UTF-8): it is skipped with a warning naming it, and the rest goes on.
    """
    out: dict[str, Path] = {}
    for sub in ("new", "cur"):
        try:
            entries = os.scandir(path / sub)
        except FileNotFoundError:
            continue
        with entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    entry.name.encode("utf-8")
                except UnicodeEncodeError:
                    logger.warning(
                        "skipping %s/%s: the file name is not valid UTF-8; rename it to read it",
                        path / sub,
                        _printable_name(entry.name),
                    )
                    continue
                try:
                    if not entry.is_file():
                        continue
                except OSError:
                    continue
                out[message_key(entry.name)] = Path(entry.path)
    return out


def _read_moving(folder: Path, key: str, path: Path, reader: Callable[[Path], T]) -> T:
    """``reader(path)``; if the file was renamed meanwhile (a client moved it to ``cur/`` or
    changed its flags), find it again by its key and read it there. OSError if unreadable."""
    try:
        return reader(path)
    except FileNotFoundError:
        again = _list_keys(folder).get(key)
        if again is None or again == path:
            raise
        return reader(again)


def _headers_of(paths: Iterable[Path]) -> Iterator[tuple[Path, bytes]]:
    """The header block of each file still there (a client may delete or move one)."""
    for path in paths:
        try:
            yield path, read_header_block(path)[0]
        except OSError:
            continue


def message_ids_in(folder: Path, message_ids: Iterable[str]) -> dict[str, str]:
    """Message-ID → Maildir key, for those of ``message_ids`` present in ``folder``."""
    wanted = {m.strip() for m in message_ids if m}
    found: dict[str, str] = {}
    if not wanted or not (folder / "cur").is_dir():
        return found
    for path, headers in _headers_of(_list_keys(folder).values()):
        mid = header_value(headers, "Message-ID")
        if mid in wanted:
            found[mid] = message_key(path.name)
    return found


class DraftsMaildir:
    """A Maildir folder the agent writes drafts into (shared by the Maildir and mbox backends)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _box(self) -> mailbox.Maildir:
        created = not (self.path / "cur").is_dir()
        box = mailbox.Maildir(str(self.path), factory=None, create=True)
        if created and self.path.name.startswith("."):
            # Maildir++ marks subfolders with an empty "maildirfolder" file
            (self.path / "maildirfolder").touch()
        return box

    def create(self, draft: DraftRequest) -> DraftRef:
        msg = mailbox.MaildirMessage(draft.raw)
        msg.set_subdir("cur")
        msg.set_flags("DS")  # D: draft; S: seen, so clients don't show it as unread mail
        try:
            key = self._box().add(msg)
        except OSError as exc:
            raise MailError(f"cannot write a draft into {self.path}: {exc}") from exc
        logger.debug("draft %s written to %s", draft.message_id, self.path)
        return DraftRef(draft_id=key, message_id=draft.message_id, thread_id=draft.thread_id)

    def find(self, message_ids: Iterable[str]) -> dict[str, DraftRef]:
        return {
            mid: DraftRef(draft_id=key, message_id=mid)
            for mid, key in message_ids_in(self.path, message_ids).items()
        }

    def raw(self, key: str) -> bytes | None:
        path = _list_keys(self.path).get(key) if (self.path / "cur").is_dir() else None
        return path.read_bytes() if path else None


def sent_copy(headers: bytes) -> SentCopy:
    """What a header block in Sent says for :mod:`agent.followup.draft_fate`."""
    return SentCopy(
        message_id=header_value(headers, "Message-ID"),
        in_reply_to=header_value(headers, "In-Reply-To"),
        sent_at=header_date(header_value(headers, "Date")),
    )


def drafts_maildir_facts(
    drafts: DraftsMaildir, ref: DraftRef, sent: Iterable[bytes] = ()
) -> DraftFacts:
    """The draft's file now (None: gone) and the header blocks of the Sent folder."""
    current = drafts.raw(ref.draft_id)
    if current is not None:
        return DraftFacts(in_drafts=True, current=current)
    return DraftFacts(in_drafts=False, sent=[sent_copy(h) for h in sent])


class MaildirMailbox(Mailbox):
    """A Maildir++ tree: inbox at ``root``, ``.Sent`` and ``.Drafts`` inside."""

    backend = "maildir"

    def __init__(
        self, root: Path, *, sent_folder: str = "Sent", drafts_folder: str = "Drafts"
    ) -> None:
        self.root = Path(root).expanduser()
        if not (self.root / "cur").is_dir() or not (self.root / "new").is_dir():
            raise MailError(
                f"{self.root} is not a Maildir (expected cur/ and new/ inside); "
                "check mailbox.maildir.path"
            )
        self.folders: dict[Folder, Path] = {
            Folder.INBOX: self.root,
            Folder.SENT: self.root / f".{sent_folder}",
        }
        self.drafts = DraftsMaildir(self.root / f".{drafts_folder}")

    @classmethod
    def from_settings(cls, s: MaildirSettings) -> MaildirMailbox:
        return cls(s.path, sent_folder=s.sent_folder, drafts_folder=s.drafts_folder)

    @property
    def account(self) -> str:
        return "maildir"  # not the path: a Maildir that moves is the same mailbox

    # -------------------------------------------------------------- reading

    def changes(self, cursor: str | None) -> Changes:
        state: dict[str, dict[str, object]] = {}
        if cursor:
            try:
                data = json.loads(cursor)
                if data.get("v") == CURSOR_VERSION:
                    state = data["folders"]
            except (ValueError, KeyError, TypeError):
                logger.warning("maildir cursor unreadable; rescanning %s", self.root)
        added: list[MessageRef] = []
        new_state: dict[str, dict[str, object]] = {}
        for folder, path in self.folders.items():
            if not (path / "cur").is_dir():
                continue
            old = state.get(folder.value, {})
            mtimes = _maildir_dirs_mtime(path)
            old_keys = old.get("keys", [])
            known = set(old_keys) if isinstance(old_keys, list) else set()
            if old.get("dirs") == mtimes:
                new_state[folder.value] = old
                continue
            keys = _list_keys(path)
            announced = known & keys.keys()
            unread = 0
            for key in sorted(keys.keys() - known):
                try:
                    headers, snippet = _read_moving(path, key, keys[key], read_header_block)
                except OSError as exc:
                    # renamed away, deleted or not readable now: looked for again next pass
                    unread += 1
                    logger.debug("maildir %s: %s not read this pass: %s", path, key, exc)
                    continue
                announced.add(key)
                added.append(
                    MessageRef(
                        id=f"{folder.value}/{key}",
                        folder=folder,
                        headers=headers,
                        snippet=snippet.decode("utf-8", "replace"),
                    )
                )
            if unread:
                logger.warning(
                    "maildir %s: %d message(s) could not be read now; trying again next pass",
                    path,
                    unread,
                )
            # with messages left unread the directories must be listed again next time
            new_state[folder.value] = {
                "dirs": None if unread else mtimes,
                "keys": sorted(announced),
            }
        new_cursor = json.dumps({"v": CURSOR_VERSION, "folders": new_state}, separators=(",", ":"))
        return Changes(added=added, cursor=new_cursor, full_rescan=cursor is None)

    def fetch(self, ids: Sequence[str]) -> Iterator[MailMessage]:
        listings: dict[Folder, dict[str, Path]] = {}
        for mid in ids:
            folder_name, _, key = mid.partition("/")
            try:
                folder = Folder(folder_name)
            except ValueError:
                continue
            if folder not in self.folders:
                continue
            if folder not in listings:
                listings[folder] = _list_keys(self.folders[folder])
            path = listings[folder].get(key)
            if path is None:
                continue
            try:
                raw = _read_moving(self.folders[folder], key, path, Path.read_bytes)
            except OSError as exc:
                logger.warning("maildir: cannot read %s: %s", path, exc)
                continue
            yield MailMessage(id=mid, folder=folder, raw=raw, arrived=delivered_at(key))

    # -------------------------------------------------------------- drafts

    def create_draft(self, draft: DraftRequest) -> DraftRef:
        return self.drafts.create(draft)

    def find_drafts(self, message_ids: Iterable[str]) -> dict[str, DraftRef]:
        return self.drafts.find(message_ids)

    def find_sent(self, message_ids: Iterable[str]) -> set[str]:
        return set(message_ids_in(self.folders[Folder.SENT], message_ids))

    def draft_facts(self, ref: DraftRef, origin: DraftOrigin) -> DraftFacts:
        sent = self.folders[Folder.SENT]
        sent_headers = (
            (h for _, h in _headers_of(_list_keys(sent).values()))
            if (sent / "cur").is_dir()
            else iter(())
        )
        return drafts_maildir_facts(self.drafts, ref, sent_headers)


__all__ = [
    "CURSOR_VERSION",
    "DraftsMaildir",
    "MaildirMailbox",
    "delivered_at",
    "drafts_maildir_facts",
    "header_value",
    "message_ids_in",
    "message_key",
    "read_header_block",
    "sent_copy",
]
