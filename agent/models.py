"""Typed values that cross module boundaries.

The core (understand, followup) produces and consumes these; the edges (mail backends,
store, CLI) translate to and from them. Everything here is plain data: no I/O.
"""

from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

Kind = Literal["interview", "rejection", "application_received", "assessment", "offer", "other"]
KINDS: tuple[Kind, ...] = (
    "interview",
    "rejection",
    "application_received",
    "assessment",
    "offer",
    "other",
)

FollowUpKind = Literal["thank_you", "check_in", "requested_follow_up", "rejection_reply"]
FOLLOWUP_KINDS: tuple[FollowUpKind, ...] = (
    "thank_you",
    "check_in",
    "requested_follow_up",
    "rejection_reply",
)


class FollowUpStatus(enum.StrEnum):
    """Life of one planned follow-up.

    ``scheduled``: due in the future. ``due``: due now, no draft yet. ``drafted``: a draft
    exists in the mailbox. ``sent``: the user sent it (or sent an equivalent by hand).
    ``discarded``: the user deleted our draft or said ``skip``; never recreated.
    ``missed``: it was already stale when the agent first saw the mail behind it.
    ``cancelled``: a later fact (employer wrote, rejection, offer) made it pointless.
    ``no_recipient``: due or scheduled, but nobody to address it to (an automated
    rejection naming no person or team address); no draft is made, ``status`` says why.
    """

    SCHEDULED = "scheduled"
    DUE = "due"
    DRAFTED = "drafted"
    SENT = "sent"
    DISCARDED = "discarded"
    MISSED = "missed"
    CANCELLED = "cancelled"
    NO_RECIPIENT = "no_recipient"


class Folder(enum.StrEnum):
    """The role a folder plays for the agent, whatever the server calls it."""

    INBOX = "inbox"
    SENT = "sent"
    DRAFTS = "drafts"
    OTHER = "other"


# --------------------------------------------------------------------------- mail edge


@dataclass(frozen=True)
class MessageRef:
    """A message announced by a backend before its body is fetched.

    :ivar id: backend-stable id: Gmail message id, IMAP ``"<folder>:<uidvalidity>:<uid>"``,
        Maildir key. Unique within one account.
    :ivar folder: the role of the folder it was found in.
    :ivar thread_id: the backend's own thread id when it has one (Gmail ``threadId``,
        IMAP ``X-GM-THRID``), else None; the timeline then threads by headers.
    :ivar headers: the raw header block (bytes up to the blank line) when the backend can
        give it cheaply, else empty; used by the cheap first pass.
    :ivar snippet: the first few hundred characters of the body text when cheaply known.
    """

    id: str
    folder: Folder
    thread_id: str | None = None
    headers: bytes = b""
    snippet: str = ""


@dataclass(frozen=True)
class MailMessage:
    """A fully fetched message: the exact RFC 5322 bytes and where it lives.

    ``arrived``: when the mailbox received it (IMAP INTERNALDATE, Gmail internalDate, the
    Maildir delivery time), if the backend knows; a Date header far after it is not believed.
    """

    id: str
    folder: Folder
    raw: bytes
    thread_id: str | None = None
    arrived: datetime | None = None


@dataclass(frozen=True)
class Changes:
    """What changed in a mailbox since a cursor.

    ``cursor`` is opaque to callers and must only be stored after every message in
    ``added`` has been recorded, so an interrupted run sees them again. ``full_rescan``
    is True when the backend could not continue from the old cursor (Gmail history
    expired, IMAP UIDVALIDITY changed) and ``added`` lists every message in the window;
    the caller deduplicates by message id / Message-ID header.
    """

    added: list[MessageRef]
    cursor: str
    full_rescan: bool = False


class DraftState(enum.StrEnum):
    """What became of a draft the agent created."""

    WAITING = "waiting"  # still a draft, unchanged
    EDITED = "edited"  # still a draft, the user changed it
    SENT = "sent"  # a message with its Message-ID (or replying to the same parent) was sent
    DELETED = "deleted"  # gone from Drafts and not found in Sent


@dataclass(frozen=True)
class DraftRequest:
    """A reply draft ready for a backend.

    :ivar raw: the complete RFC 5322 message (From, To, Subject "Re: ...", In-Reply-To,
        References, Message-ID, Date, body).
    :ivar message_id: the draft's ``Message-ID`` header value, e.g. ``<...@example.com>``.
        It is deterministic per follow-up, so a reconciliation after a crash can find a
        draft that was created but not recorded.
    :ivar thread_id: backend thread id of the message replied to (Gmail threadId) or None.
    :ivar in_reply_to: Message-ID of the message replied to.
    """

    raw: bytes
    message_id: str
    in_reply_to: str | None
    thread_id: str | None = None


@dataclass(frozen=True)
class DraftRef:
    """Where a created draft lives: enough for a backend to look it up again."""

    draft_id: str
    message_id: str
    thread_id: str | None = None


# --------------------------------------------------------------------------- understanding


class CalendarEvent(BaseModel):
    """One VEVENT from an invitation (text/calendar part or .ics attachment)."""

    model_config = ConfigDict(frozen=True)

    uid: str | None = None
    sequence: int = 0
    method: str = ""  # REQUEST / CANCEL / PUBLISH / REPLY
    cancelled: bool = False  # METHOD:CANCEL or STATUS:CANCELLED
    summary: str = ""
    start: datetime | None = None  # aware; floating times are placed in the message's zone
    end: datetime | None = None
    organizer_email: str | None = None
    organizer_name: str | None = None
    attendees: list[tuple[str | None, str]] = []  # (name, email)


class MessageFacts(BaseModel):
    """Everything the core knows about one message, as stored and as planned on.

    The first block is the ``classify --json`` contract of DESIGN.md; the rest are the
    header facts the timeline needs. Dates without a zone never appear here: every
    datetime is aware.
    """

    model_config = ConfigDict(frozen=True)

    # classify contract
    message_id: str | None = None
    kind: Kind = "other"
    confidence: float = 0.0
    interview_at: datetime | None = None
    respond_by: date | None = None
    follow_up_on: date | None = None
    company: str | None = None
    role: str | None = None
    contact_email: str | None = None
    evidence: list[str] = []

    # headers and structure
    sent_at: datetime | None = None  # the Date header, aware
    subject: str = ""
    from_email: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    to: list[str] = []
    cc: list[str] = []
    in_reply_to: str | None = None
    references: list[str] = []
    is_own: bool = False  # sent by the candidate (me.addresses)
    is_automatic: bool = False  # auto-reply / bulk / no-reply sender
    sender_domain: str | None = None
    interview_end: datetime | None = None
    interview_cancelled: bool = False  # a cancellation of an interview
    calendar: list[CalendarEvent] = []
    interviewers: list[tuple[str | None, str]] = []  # (name, email) from the invitation
    contact_name: str | None = None  # first name of the human to address, when known
    language: str | None = None  # ISO 639-1 of the unquoted text (understand.language)
    formality: Literal["formal", "polite", "familiar"] | None = None  # how they addressed us
    extractor_version: str = ""

    def contract_dict(self) -> dict[str, object]:
        """The exact ``classify --json`` object of DESIGN.md (without ``file``)."""
        return {
            "message_id": self.message_id,
            "kind": self.kind,
            "confidence": round(self.confidence, 2),
            "interview_at": self.interview_at.isoformat() if self.interview_at else None,
            "respond_by": self.respond_by.isoformat() if self.respond_by else None,
            "follow_up_on": self.follow_up_on.isoformat() if self.follow_up_on else None,
            "company": self.company,
            "role": self.role,
            "contact_email": self.contact_email,
            "evidence": list(self.evidence),
        }


@dataclass(frozen=True)
class StoredMessage:
    """A message as the timeline sees it: where it lives plus what was understood."""

    id: str  # backend id (or file path for ``plan``)
    folder: Folder
    thread_id: str | None
    facts: MessageFacts
    first_seen: datetime | None = None  # when the agent first saw it (staleness rule)


@dataclass(frozen=True)
class Note:
    """A fact the candidate heard outside mail (``followup-agent note``)."""

    application: str  # application key
    kind: Literal["hear_by", "follow_up_on", "interview_at"]
    value: datetime | date
    noted_at: datetime
    id: int | None = None


# --------------------------------------------------------------------------- follow-ups


@dataclass(frozen=True)
class PlannedFollowUp:
    """One follow-up the rules call for at ``now`` (the ``plan --json`` contract).

    ``key`` is stable across runs for the same moment (application, kind, and the fact it
    answers, e.g. the interview's start), so the store can tell "already planned" from new.
    """

    key: str
    kind: FollowUpKind
    application: str  # display name, e.g. "Acme"
    application_key: str
    thread: str | None  # Message-ID of the thread's first message
    reply_to_message: str | None  # backend id of the message the draft answers
    due_at: datetime
    status: FollowUpStatus
    to: list[str]
    reason: str
    context: dict[str, str] = field(default_factory=dict)  # values for the template

    def contract_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "application": self.application,
            "thread": self.thread,
            "due_at": self.due_at.isoformat(),
            "status": self.status.value,
            "to": self.to[0] if self.to else None,
            "reason": self.reason,
        }


# --------------------------------------------------------------------------- stored rows
# The store reads and writes these; the core (status, steering, review) reads them.


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up as the store remembers it."""

    account: str
    key: str
    application_key: str
    kind: str
    due_at: datetime
    status: FollowUpStatus
    reason: str
    recipients: list[str]
    thread: str | None
    reply_to_message: str | None
    draft_message_id: str | None
    draft_id: str | None
    draft_thread_id: str | None
    draft_raw: str | None
    snoozed_until: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ApplicationRow:
    """An application as the store remembers it (what ``status`` and the review page show)."""

    account: str
    key: str
    company: str
    role: str | None
    stage: str
    contacts: list[str]
    last_event_at: datetime | None
    last_event: str | None
    updated_at: datetime


def effective_due(row: FollowUpRow) -> datetime:
    """When a follow-up is due: a snoozed one at its snooze time."""
    if row.snoozed_until is not None and row.snoozed_until > row.due_at:
        return row.snoozed_until
    return row.due_at


# --------------------------------------------------------------------------- short ids

SHORT_ID_LEN = 6


def short_id(key: str) -> str:
    """The short stable id of an application or follow-up key, shown to the candidate and
    typed back (``note``, ``drafts``, ``skip``, ``snooze``, ``revive``, the review page):
    the first hex digits of the key's SHA-256."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:SHORT_ID_LEN]


def issued_short_ids(key: str) -> tuple[str, ...]:
    """Every short id ``key`` was ever shown as, for resolving what the candidate types:
    :func:`short_id`, and the SHA-1 form application ids had before they were unified
    (an old ``status`` output or a note the candidate kept may still name one)."""
    legacy = hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()
    return (short_id(key), legacy[:SHORT_ID_LEN])


def short_id_matches(key: str, typed: str, *, exact: bool = False) -> bool:
    """``typed`` (lower case) is one of ``key``'s issued short ids, or a prefix of one."""
    ids = issued_short_ids(key)
    return typed in ids if exact else any(i.startswith(typed) for i in ids)


__all__ = [
    "FOLLOWUP_KINDS",
    "KINDS",
    "SHORT_ID_LEN",
    "ApplicationRow",
    "CalendarEvent",
    "Changes",
    "DraftRef",
    "DraftRequest",
    "DraftState",
    "Folder",
    "FollowUpKind",
    "FollowUpRow",
    "FollowUpStatus",
    "Kind",
    "MailMessage",
    "MessageFacts",
    "MessageRef",
    "Note",
    "PlannedFollowUp",
    "StoredMessage",
    "effective_due",
    "issued_short_ids",
    "short_id",
    "short_id_matches",
]
