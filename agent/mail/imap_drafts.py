"""Drafts in an IMAP account: saved with ``APPEND`` (the agent's only write), found by
Message-ID, and the facts about what became of them (still in Drafts, in Sent, a reply
to the same parent) for :mod:`agent.followup.draft_fate` to judge.

``APPEND`` is idempotent here: a connection that breaks during it is followed by a search
for the Message-ID before trying again, so a draft is never saved twice.
"""

from __future__ import annotations

import imaplib
import logging
import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

from imapclient import IMAPClient
from imapclient.response_parser import parse_response

from agent.errors import ProtocolMailError
from agent.followup.draft_fate import DraftFacts, DraftOrigin, SentCopy, header_date
from agent.mail.imap_login import server_text
from agent.mail.imap_session import FolderMissing, ImapSession
from agent.mail.imap_text import header_value, make_id, msgid
from agent.models import DraftRef, DraftRequest

__all__ = ["DRAFT_FLAGS", "ImapDrafts"]

logger = logging.getLogger(__name__)

#: Message-IDs per ``SEARCH OR ...`` when looking for drafts.
SEARCH_BATCH = 16

DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


class ImapDrafts(ImapSession):
    """The drafts half of :class:`agent.mail.imap.ImapMailbox`."""

    def drafts_writable(self) -> str | None:
        """Why a draft could not be saved in the Drafts folder (None: the server allows it).

        Asks without writing: with the ACL extension (RFC 4314) MYRIGHTS must include
        ``i`` (insert, what APPEND needs); a server can grant SELECT read-write and still
        refuse APPEND. Without it, SELECT (not EXAMINE) answers ``[READ-ONLY]`` or
        ``[READ-WRITE]``; the folder is then left by UNSELECT or by EXAMINE, never CLOSE,
        which would expunge (RFC 3501 6.4.2). No Drafts folder yet: the first draft
        creates one, so None.
        """
        drafts = self._drafts_folder(create=False)
        if drafts is None:
            return None

        def op(c: IMAPClient) -> str | None:
            if self._capable(c, b"ACL"):
                typ, data = c._imap.myrights(c._normalise_folder(drafts))
                if typ != "OK":
                    said = b" ".join(d for d in data if isinstance(d, bytes))
                    return f"drafts folder {drafts!r}: MYRIGHTS refused ({said.decode(errors='replace')})"
                rights = parse_response([d for d in data if d is not None])[-1]
                rights = rights.decode() if isinstance(rights, bytes) else str(rights)
                if "i" not in rights:
                    return (
                        f"drafts folder {drafts!r} is read-only (server says MYRIGHTS "
                        f"{rights!r}, without 'i', the insert right)"
                    )
                return None
            self._selected = None
            try:
                c.select_folder(drafts)
            except imaplib.IMAP4.readonly:
                problem: str | None = (
                    f"drafts folder {drafts!r} is read-only (server says READ-ONLY)"
                )
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                return f"drafts folder {drafts!r} cannot be selected ({server_text(exc)})"
            else:
                problem = None
            if problem is None and self._capable(c, b"UNSELECT"):
                c.unselect_folder()
            else:
                self._examine(c, drafts, None)  # also clears imaplib's sticky READ-ONLY
            return problem

        return self._call(op, f"check that {drafts} is writable")

    def _search_message_ids(
        self, client: IMAPClient, message_ids: Sequence[str], header: str = "Message-ID"
    ) -> dict[str, list[int]]:
        """UIDs (not \\Deleted) in the open folder whose ``header`` is one of the ids."""
        found: dict[str, list[int]] = {}
        wanted = {m.strip(): m for m in message_ids}
        for i in range(0, len(message_ids), SEARCH_BATCH):
            batch = list(message_ids[i : i + SEARCH_BATCH])
            criteria: list[Any] = ["HEADER", header, batch[-1]]
            for mid in reversed(batch[:-1]):
                criteria = ["OR", ["HEADER", header, mid], criteria]
            if len(batch) > 1:
                criteria = [criteria]
            uids = [int(u) for u in client.search([*criteria, "NOT", "DELETED"])]
            if not uids:
                continue
            if len(batch) == 1:
                found.setdefault(batch[0], []).extend(sorted(uids))
                continue
            field = f"BODY.PEEK[HEADER.FIELDS ({header.upper()})]"
            data = self._uid_fetch(client, uids, ["UID", field])
            for uid, item in sorted(data.items()):
                for key, value in item.items():
                    if isinstance(key, bytes) and key.startswith(b"BODY[HEADER.FIELDS"):
                        got = msgid(header_value(bytes(value or b""), header))
                        if got and got in wanted:
                            found.setdefault(wanted[got], []).append(uid)
        return found

    def create_draft(self, draft: DraftRequest) -> DraftRef:
        drafts = self._drafts_folder(create=True)
        assert drafts is not None
        raw = re.sub(rb"\r?\n", b"\r\n", draft.raw)
        when: datetime | None = None
        date_header = header_value(raw, "Date")
        if date_header:
            try:
                when = parsedate_to_datetime(date_header)
            except (TypeError, ValueError):
                when = None
        tried = False

        def op(c: IMAPClient) -> DraftRef:
            nonlocal tried
            if tried:
                # The connection broke during APPEND: it may have landed. Look first.
                info = self._examine(c, drafts, None)
                hits = self._search_message_ids(c, [draft.message_id])
                if hits.get(draft.message_id):
                    uid = hits[draft.message_id][-1]
                    return self._draft_ref(drafts, int(info[b"UIDVALIDITY"]), uid, draft)
            tried = True
            answer = c.append(drafts, raw, flags=DRAFT_FLAGS, msg_time=when)
            m = _APPENDUID.search(bytes(answer or b""))
            if m:
                return self._draft_ref(drafts, int(m.group(1)), int(m.group(2)), draft)
            info = self._examine(c, drafts, None)  # no UIDPLUS: find it by Message-ID
            uids = self._search_message_ids(c, [draft.message_id]).get(draft.message_id) or [0]
            return self._draft_ref(drafts, int(info[b"UIDVALIDITY"]), uids[-1], draft)

        try:
            ref = self._call(op, f"APPEND draft to {drafts}")
        except FolderMissing as exc:
            raise ProtocolMailError(f"IMAP server {self._where()}: {exc}") from exc
        logger.info("IMAP %s: draft %s saved in %s", self._where(), draft.message_id, drafts)
        return ref

    @staticmethod
    def _draft_ref(folder: str, uv: int, uid: int, draft: DraftRequest) -> DraftRef:
        return DraftRef(
            draft_id=make_id(folder, uv, uid),
            message_id=draft.message_id,
            thread_id=draft.thread_id,
        )

    def find_drafts(self, message_ids: Iterable[str]) -> dict[str, DraftRef]:
        mids = list(dict.fromkeys(m for m in message_ids if m))
        if not mids:
            return {}
        drafts = self._drafts_folder(create=False)
        if drafts is None:
            return {}

        def op(c: IMAPClient) -> dict[str, DraftRef]:
            try:
                info = self._examine(c, drafts, None)
            except FolderMissing:
                return {}
            uv = int(info[b"UIDVALIDITY"])
            hits = self._search_message_ids(c, mids)
            return {
                mid: DraftRef(draft_id=make_id(drafts, uv, uids[-1]), message_id=mid)
                for mid, uids in hits.items()
                if uids
            }

        return self._call(op, f"SEARCH drafts in {drafts}")

    def find_sent(self, message_ids: Iterable[str]) -> set[str]:
        mids = list(dict.fromkeys(m for m in message_ids if m))
        sent = self._sent_folder() if mids else None
        if sent is None:
            return set()

        def op(c: IMAPClient) -> set[str]:
            try:
                self._examine(c, sent, None)
            except FolderMissing:
                return set()
            return {mid for mid, uids in self._search_message_ids(c, mids).items() if uids}

        return self._call(op, f"SEARCH sent mail in {sent}")

    def draft_facts(self, ref: DraftRef, origin: DraftOrigin) -> DraftFacts:
        drafts = self._drafts_folder(create=False)
        sent = self._sent_folder()

        def op(c: IMAPClient) -> DraftFacts:
            in_drafts = self._draft_in(c, drafts, ref.message_id, read=origin.compare)
            if in_drafts is not None:
                return in_drafts
            if sent is None:
                return DraftFacts(in_drafts=False)
            try:
                self._examine(c, sent, None)
            except FolderMissing:
                return DraftFacts(in_drafts=False)
            copies: list[SentCopy] = []
            if self._search_message_ids(c, [ref.message_id]).get(ref.message_id):
                copies.append(SentCopy(message_id=ref.message_id))
            elif origin.parent:
                copies = self._replies_in_open_folder(c, f"<{origin.parent}>", origin.made_at)
            return DraftFacts(in_drafts=False, sent=copies)

        return self._call(op, f"draft state of {ref.message_id}")

    def _draft_in(
        self, c: IMAPClient, drafts: str | None, message_id: str, *, read: bool
    ) -> DraftFacts | None:
        """The draft with ``message_id`` in Drafts (its bytes when ``read``); None: not there."""
        if drafts is None:
            return None
        try:
            self._examine(c, drafts, None)
            hits = self._search_message_ids(c, [message_id]).get(message_id)
        except FolderMissing:
            return None
        if not hits:
            return None
        if not read:
            return DraftFacts(in_drafts=True)
        raw = self._uid_fetch(c, hits[-1:], ["UID", "BODY.PEEK[]"]).get(hits[-1], {}).get(b"BODY[]")
        return DraftFacts(in_drafts=True, current=bytes(raw) if raw is not None else None)

    def _replies_in_open_folder(
        self, c: IMAPClient, parent: str, made_at: datetime | None
    ) -> list[SentCopy]:
        """Messages in the open (Sent) folder replying to ``parent`` from the day before
        ``made_at`` on: their In-Reply-To and Date."""
        criteria: list[Any] = ["HEADER", "In-Reply-To", parent]
        if made_at is not None:
            criteria += ["SINCE", (made_at - timedelta(days=1)).date()]
        uids = [int(u) for u in c.search(criteria)]
        if not uids:
            return []
        fields = "BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO DATE)]"
        out: list[SentCopy] = []
        for item in self._uid_fetch(c, uids, ["UID", fields]).values():
            block = b"".join(
                bytes(v or b"")
                for k, v in item.items()
                if isinstance(k, bytes) and k.startswith(b"BODY[HEADER.FIELDS")
            )
            out.append(
                SentCopy(
                    message_id=None,
                    in_reply_to=header_value(block, "In-Reply-To"),
                    sent_at=header_date(header_value(block, "Date")),
                )
            )
        return out
