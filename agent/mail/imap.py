"""IMAP backend for any provider (Dovecot, Fastmail, Outlook.com, Gmail with IMAP, ...).

What it promises, beyond :class:`agent.mail.base.Mailbox`:

* **Never touches the user's mail.** Folders are opened with EXAMINE (read-only) and
  every fetch is ``BODY.PEEK`` — no ``\\Seen`` is ever added, no flag changes, no moves.
  The only write is ``APPEND`` of the agent's own drafts (``\\Draft \\Seen``) to Drafts.
* **Cheap incremental sync.** The cursor is JSON with, per folder (inbox, Sent), the
  folder name, UIDVALIDITY, the last UID seen and HIGHESTMODSEQ when the server has
  CONDSTORE. A scan with nothing new costs one ``STATUS`` per folder (2 commands after
  login). New mail is read as headers (+ the server's RFC 8970 ``PREVIEW`` when offered,
  else the first KiB of text, for a snippet) in bulk ``UID FETCH`` ranges; full bodies
  only for the ids the caller asks :meth:`fetch` for.
* **UIDVALIDITY change** (folder recreated, server migrated): a clean rescan of that
  folder bounded by ``mailbox.window``, ``Changes.full_rescan=True``, no duplicates.
* **Resilient.** A dropped connection, a timeout or a server ``BYE`` mid-scan reconnects
  with exponential backoff and resumes at the chunk that failed; nothing is returned
  twice. After ``retries`` failures it raises :class:`~agent.errors.TransientMailError`
  and the caller keeps its old cursor. Library errors are translated once, in
  :mod:`agent.mail.imap_session`.
* Gmail's ``X-GM-THRID`` (as hex, like the Gmail API's threadId) is used as thread id
  when the server offers ``X-GM-EXT-1``.

Message ids are ``"<folder>:<uidvalidity>:<uid>"``, e.g. ``"INBOX:1795639045:17"``.

The parts, one idea each: :mod:`~agent.mail.imap_login` (settings, password, keyring,
XOAUTH2, connecting), :mod:`~agent.mail.imap_session` (the connection that reconnects,
folder roles), :mod:`~agent.mail.imap_cursor` (the cursor JSON),
:mod:`~agent.mail.imap_text` (ids, headers, snippets), :mod:`~agent.mail.imap_drafts`
(saving and finding drafts, the facts about what became of one) and this module (sync
and bodies).
"""

from __future__ import annotations

import functools
import imaplib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from imapclient import IMAPClient

from agent.errors import ProtocolMailError, TransientMailError
from agent.mail.base import Mailbox
from agent.mail.imap_cursor import FolderState, dump_cursor, load_cursor
from agent.mail.imap_drafts import ImapDrafts
from agent.mail.imap_login import gmail_token_provider
from agent.mail.imap_session import FolderMissing, ValidityChanged
from agent.mail.imap_text import aware, dedup_key, make_id, parse_id, ref_from_fetch
from agent.models import Changes, Folder, MailMessage, MessageRef

if TYPE_CHECKING:
    import ssl

    from agent.config import ImapSettings, MailboxSettings

__all__ = ["ImapMailbox"]

logger = logging.getLogger(__name__)

#: UIDs per header ``UID FETCH``: big enough for few round trips, small enough that a
#: dropped connection costs little to redo.
HEADER_CHUNK = 500
#: At most this many messages and (by RFC822.SIZE seen in the scan) bytes per body
#: ``UID FETCH``: few round trips, bounded memory and little to redo after a drop.
BODY_CHUNK = 200
BODY_CHUNK_BYTES = 4 * 1024 * 1024
_UNKNOWN_SIZE = 64 * 1024
#: Bytes of body text fetched with the headers for the snippet when the server has no
#: PREVIEW (0: no snippet at all).
SNIPPET_BYTES = 1024


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


@dataclass(frozen=True)
class _FolderStatus:
    """What STATUS said about a folder."""

    uidvalidity: int
    uidnext: int
    modseq: int | None

    @classmethod
    def of(cls, st: dict[bytes, Any]) -> _FolderStatus:
        modseq = st.get(b"HIGHESTMODSEQ")
        return cls(
            uidvalidity=int(st[b"UIDVALIDITY"]),
            uidnext=int(st.get(b"UIDNEXT") or 0),
            modseq=int(modseq) if modseq is not None else None,
        )


@dataclass
class _Scan:
    refs: list[tuple[MessageRef, dict[bytes, Any]]]
    state: FolderState
    rescan: bool


# --------------------------------------------------------------------------- the backend


class ImapMailbox(ImapDrafts, Mailbox):
    """One IMAP account. Connects lazily; reconnects by itself; ``close`` logs out.

    The connection is :class:`~agent.mail.imap_session.ImapSession`'s, the drafts
    :class:`~agent.mail.imap_drafts.ImapDrafts`'; this class reads: the sync and the
    bodies.
    """

    backend = "imap"

    def __init__(
        self,
        settings: ImapSettings,
        *,
        window: timedelta = timedelta(days=120),
        secret: Callable[[], str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = 4,
        backoff: float = 0.5,
        header_chunk: int = HEADER_CHUNK,
        body_chunk: int = BODY_CHUNK,
        body_chunk_bytes: int = BODY_CHUNK_BYTES,
        snippet_bytes: int = SNIPPET_BYTES,
        on_connect: Callable[[IMAPClient], None] | None = None,
    ) -> None:
        """
        :param secret: returns the password (``auth: password``) or a fresh OAuth access
            token (``auth: xoauth2``) when a login happens; default:
            :func:`~agent.mail.imap_login.resolve_password`.
        :param clock: the time the first scan's window ends at (default: now, UTC).
        :param sleep: waits between reconnect attempts (tests pass a no-op).
        :param on_connect: called with each new client before login (tests count commands).
        """
        super().__init__(
            settings,
            secret=secret,
            ssl_context=ssl_context,
            sleep=sleep,
            retries=retries,
            backoff=backoff,
            on_connect=on_connect,
        )
        self.window = window
        self._clock = clock or (lambda: datetime.now(UTC))
        self._header_chunk = max(1, header_chunk)
        self._body_chunk = max(1, body_chunk)
        self._body_chunk_bytes = body_chunk_bytes
        self._sizes: dict[str, int] = {}  # message id -> RFC822.SIZE, from the scans
        self._snippet_bytes = snippet_bytes

    @classmethod
    def from_settings(cls, mailbox: MailboxSettings, *, now: datetime) -> ImapMailbox:
        """``mailbox.imap`` (and, for XOAUTH2, the Gmail token file); ``now``: the pass's
        clock, where the first scan's window (``mailbox.window``) ends."""
        s = mailbox.imap
        secret = gmail_token_provider(mailbox.gmail.token_file) if s.auth == "xoauth2" else None
        return cls(s, window=mailbox.window, secret=secret, clock=lambda: now)

    @property
    def account(self) -> str:
        user = self.settings.username
        return f"imap:{user}" if "@" in user else f"imap:{user}@{self.settings.host}"

    # ----------------------------------------------------------------- sync

    def changes(self, cursor: str | None) -> Changes:
        states, broken = load_cursor(cursor)
        s = self.settings
        plan: list[tuple[Folder, str | None]] = [(Folder.INBOX, s.inbox_folder)]
        sent = s.sent_folder or (states["sent"].name if "sent" in states else None)
        if sent is None:
            sent = self._folder_roles().sent
            if sent is None:
                logger.warning(
                    "IMAP %s: no Sent folder found; scanning the inbox only", self._where()
                )
        plan.append((Folder.SENT, sent))

        out: list[MessageRef] = []
        seen: set[str] = set()
        new_states: dict[str, FolderState] = {}
        full = broken
        counts: list[str] = []
        for role, name in plan:
            if name is None:
                continue
            prev = states.get(role.value)
            scan = self._scan_folder(role, name, prev, from_cursor=name != s.sent_folder)
            if scan is None:
                continue
            new_states[role.value] = scan.state
            full = full or scan.rescan
            for ref, item in scan.refs:
                key = dedup_key(ref, item)
                if key in seen:
                    continue
                seen.add(key)
                out.append(ref)
            counts.append(f"{scan.state.name} {len(scan.refs)} new")
            self._known[scan.state.name] = role
        logger.info(
            "IMAP %s: %s%s",
            self._where(),
            ", ".join(counts) or "nothing to scan",
            " (full rescan)" if full else "",
        )
        return Changes(added=out, cursor=dump_cursor(new_states), full_rescan=full)

    def _status(self, name: str) -> _FolderStatus | None:
        def op(c: IMAPClient) -> dict[bytes, Any] | None:
            items = ["UIDNEXT", "UIDVALIDITY"]
            if self._capable(c, b"CONDSTORE"):
                items.append("HIGHESTMODSEQ")
            while True:
                try:
                    st: dict[bytes, Any] = c.folder_status(name, items)
                    return st
                except imaplib.IMAP4.abort:
                    raise
                except imaplib.IMAP4.error as exc:
                    if "HIGHESTMODSEQ" in items:  # a folder without mod-sequences: ask less
                        items.remove("HIGHESTMODSEQ")
                        continue
                    logger.info("IMAP %s: STATUS %r refused: %s", self._where(), name, exc)
                    return None

        st = self._call(op, f"STATUS {name}")
        return _FolderStatus.of(st) if st is not None else None

    def _scan_folder(
        self, role: Folder, name: str, prev: FolderState | None, *, from_cursor: bool
    ) -> _Scan | None:
        """The new messages of one folder since ``prev``; None when it cannot be scanned
        (gone, or vanished mid-scan). A UIDVALIDITY that changes under the scan starts a
        full rescan, at most three times."""
        st = self._status(name)
        if st is None:
            return self._scan_missing(role, name, prev, from_cursor=from_cursor)
        for _ in range(3):
            try:
                return self._scan_with(role, name, prev, st)
            except ValidityChanged:
                logger.warning("IMAP %s: %r changed UIDVALIDITY mid-scan", self._where(), name)
                prev = FolderState(name, -1, 0)
                st = self._status(name)
                if st is None:
                    return None
            except FolderMissing:
                logger.warning("IMAP %s: folder %r vanished mid-scan", self._where(), name)
                return None
        raise TransientMailError(
            f"IMAP server {self._where()}: {name!r} keeps changing UIDVALIDITY"
        )

    def _scan_missing(
        self, role: Folder, name: str, prev: FolderState | None, *, from_cursor: bool
    ) -> _Scan | None:
        """A folder STATUS does not know: a renamed Sent folder is looked up again, a
        missing inbox is an error, anything else is skipped."""
        if role is Folder.SENT and from_cursor and self.settings.sent_folder is None:
            self._roles = None  # renamed? look again
            fresh = self._folder_roles().sent
            if fresh and fresh != name:
                return self._scan_folder(role, fresh, prev, from_cursor=False)
        if role is Folder.INBOX:
            raise ProtocolMailError(
                f"IMAP server {self._where()}: the inbox folder {name!r} does not exist "
                "(mailbox.imap.inbox_folder)"
            )
        logger.warning("IMAP %s: folder %r is gone; skipping it", self._where(), name)
        return None

    def _scan_with(
        self, role: Folder, name: str, prev: FolderState | None, st: _FolderStatus
    ) -> _Scan:
        """Nothing new (by HIGHESTMODSEQ or UIDNEXT), the new UIDs only, or, without a
        usable ``prev``, the window."""
        if prev is not None and prev.uidvalidity == st.uidvalidity and prev.name == name:
            if (st.modseq is not None and prev.modseq == st.modseq) or (
                st.uidnext and st.uidnext <= prev.last_uid + 1
            ):
                return _Scan([], replace(prev, modseq=st.modseq or prev.modseq), False)
            return self._incremental(role, prev, st.uidnext, st.modseq)
        if prev is not None:
            logger.warning(
                "IMAP %s: %r changed UIDVALIDITY (%s → %s) or name; rescanning it",
                self._where(),
                name,
                prev.uidvalidity,
                st.uidvalidity,
            )
        return self._full(role, name, st.uidnext, st.modseq, rescan=prev is not None)

    def _header_items(self, client: IMAPClient) -> list[str]:
        items = ["UID", "FLAGS", "RFC822.SIZE", "BODY.PEEK[HEADER]"]
        if self._snippet_bytes > 0:
            # RFC 8970 PREVIEW: the server's own plain-text preview (<= 256 chars, never
            # sets \Seen) is smaller and better than the first KiB of a MIME body.
            if self._capable(client, b"PREVIEW"):
                items.append("PREVIEW")
            else:
                items.append(f"BODY.PEEK[TEXT]<0.{self._snippet_bytes}>")
        if self._capable(client, b"X-GM-EXT-1"):
            items += ["X-GM-THRID", "X-GM-MSGID"]
        return items

    def _fetch_headers(
        self, role: Folder, name: str, uv: int, uids: Sequence[int], last_uid: int
    ) -> tuple[list[tuple[MessageRef, dict[bytes, Any]]], int]:
        """Headers of ``uids`` in chunks; a reconnect resumes at the chunk that failed."""
        refs: list[tuple[MessageRef, dict[bytes, Any]]] = []
        for chunk in _chunks(sorted(uids), self._header_chunk):

            def op(c: IMAPClient, chunk: list[int] = chunk) -> dict[int, dict[bytes, Any]]:
                self._examine(c, name, uv)
                return self._uid_fetch(c, chunk, self._header_items(c))

            data = self._call(op, f"FETCH headers from {name}")
            for uid in sorted(data):
                ref = ref_from_fetch(name, role, uv, uid, data[uid])
                if ref is not None:
                    refs.append((ref, data[uid]))
                    size = data[uid].get(b"RFC822.SIZE")
                    if isinstance(size, int):
                        self._sizes[ref.id] = size
            last_uid = max(last_uid, chunk[-1])
        return refs, last_uid

    def _incremental(
        self, role: Folder, prev: FolderState, uidnext: int, modseq: int | None
    ) -> _Scan:
        name, uv = prev.name, prev.uidvalidity
        lo = prev.last_uid + 1
        if uidnext and uidnext - lo <= self._header_chunk:
            # Few new: fetch the whole UID range at once, no SEARCH needed.
            uids = list(range(lo, uidnext))
        else:

            def op(c: IMAPClient) -> list[int]:
                self._examine(c, name, uv)
                return [int(u) for u in c.search(["UID", f"{lo}:*"]) if int(u) >= lo]

            uids = self._call(op, f"SEARCH new in {name}")
        refs, last = self._fetch_headers(role, name, uv, uids, max(prev.last_uid, uidnext - 1))
        return _Scan(refs, FolderState(name, uv, last, modseq), False)

    def _full(
        self, role: Folder, name: str, uidnext: int, modseq: int | None, *, rescan: bool
    ) -> _Scan:
        since: date = (self._clock() - self.window).date()

        def op(c: IMAPClient) -> tuple[int, int, list[int]]:
            self._selected = None  # always re-EXAMINE: we need fresh UIDVALIDITY/UIDNEXT
            info = self._examine(c, name, None)
            uids = [int(u) for u in c.search(["SINCE", since])]
            return int(info[b"UIDVALIDITY"]), int(info.get(b"UIDNEXT") or uidnext), uids

        uv, next_uid, uids = self._call(op, f"SEARCH window in {name}")
        refs, last = self._fetch_headers(role, name, uv, uids, max(next_uid - 1, 0))
        return _Scan(refs, FolderState(name, uv, last, modseq), rescan)

    # ----------------------------------------------------------------- bodies

    def fetch(self, ids: Sequence[str]) -> Iterator[MailMessage]:
        groups: dict[tuple[str, int], list[int]] = {}
        for message_id in ids:
            parsed = parse_id(message_id)
            if parsed is None:
                logger.warning("IMAP: not an id of this backend: %r", message_id)
                continue
            groups.setdefault((parsed[0], parsed[1]), []).append(parsed[2])
        for (name, uv), uids in groups.items():
            role = self._role_of(name)
            for chunk in self._body_chunks(name, uv, sorted(set(uids))):
                op = functools.partial(self._fetch_bodies, name=name, uv=uv, uids=chunk)
                try:
                    data = self._call(op, f"FETCH bodies from {name}")
                except (ValidityChanged, FolderMissing) as exc:
                    logger.info("IMAP %s: %s ids are gone (%s)", self._where(), name, exc)
                    break
                for uid in chunk:
                    item = data.get(uid)
                    raw = item.get(b"BODY[]") if item else None
                    if raw is None:
                        continue
                    thrid = item.get(b"X-GM-THRID") if item else None
                    yield MailMessage(
                        id=make_id(name, uv, uid),
                        folder=role,
                        raw=bytes(raw),
                        thread_id=format(int(thrid), "x") if thrid is not None else None,
                        arrived=aware(item.get(b"INTERNALDATE") if item else None),
                    )

    def _body_chunks(self, name: str, uv: int, uids: list[int]) -> Iterator[list[int]]:
        chunk: list[int] = []
        size = 0
        for uid in uids:
            n = self._sizes.get(make_id(name, uv, uid), _UNKNOWN_SIZE)
            if chunk and (len(chunk) >= self._body_chunk or size + n > self._body_chunk_bytes):
                yield chunk
                chunk, size = [], 0
            chunk.append(uid)
            size += n
        if chunk:
            yield chunk

    def _fetch_bodies(
        self, c: IMAPClient, *, name: str, uv: int, uids: list[int]
    ) -> dict[int, dict[bytes, Any]]:
        self._examine(c, name, uv)
        items = ["UID", "FLAGS", "INTERNALDATE", "BODY.PEEK[]"]
        if self._capable(c, b"X-GM-EXT-1"):
            items.append("X-GM-THRID")
        return self._uid_fetch(c, uids, items)
