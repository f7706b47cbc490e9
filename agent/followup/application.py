"""What an application is: its threads, dated facts, interviews, contacts and events.

The data model of a timeline, shared by the parts that build it (:mod:`.threads`,
:mod:`.company_link`, :mod:`.interview_updates`, :mod:`.application_contacts`,
:mod:`.timeline`) and by the rules, composition and status views that read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal
from zoneinfo import ZoneInfo

from agent.followup.days import short_day
from agent.models import Note, StoredMessage, short_id

Stage = Literal["applied", "assessment", "interviewing", "rejected", "offer"]
STAGE_OF_KIND: dict[str, Stage] = {
    "application_received": "applied",
    "assessment": "assessment",
    "interview": "interviewing",
    "rejection": "rejected",
    "offer": "offer",
}
NOTED_BY_YOU = "noted by you"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def when(m: StoredMessage) -> datetime:
    """When a message happened: its Date header, else when the agent first saw it."""
    return m.facts.sent_at or m.first_seen or _EPOCH


@dataclass(frozen=True)
class Source:
    """Where a fact came from: a message, or something the candidate noted."""

    message: StoredMessage | None = None
    note: Note | None = None

    @property
    def stated_at(self) -> datetime:
        if self.message is not None:
            return when(self.message)
        assert self.note is not None
        return self.note.noted_at

    @property
    def seen_at(self) -> datetime:
        """When the agent first knew this fact (the staleness rule compares against it)."""
        if self.message is not None:
            return self.message.first_seen or when(self.message)
        assert self.note is not None
        return self.note.noted_at

    @property
    def is_note(self) -> bool:
        return self.note is not None

    def describe(self, tz: ZoneInfo, *, year: int | None = None) -> str:
        if self.note is not None:
            return NOTED_BY_YOU
        return f"their email of {short_day(self.stated_at, tz, year=year)}"


@dataclass(frozen=True)
class DatedFact:
    """A date the employer stated (decision date, requested follow-up) and its source."""

    value: date
    source: Source
    thread: str | None


@dataclass
class Interview:
    """One interview as currently known (after every update seen so far)."""

    key: str
    start: datetime
    end: datetime | None
    source: Source  # the message (or note) that set the current time
    thread: str | None
    uid: str | None = None
    sequence: int = 0
    interviewers: list[tuple[str | None, str]] = field(default_factory=list)
    cancelled: bool = False
    updates: int = 0


@dataclass
class Thread:
    key: str  # Message-ID of the first message (or a backend id when it has none)
    messages: list[StoredMessage]
    subject: str

    @property
    def backend_thread_id(self) -> str | None:
        for m in reversed(self.messages):
            if m.thread_id:
                return m.thread_id
        return None


@dataclass(frozen=True)
class Contact:
    email: str
    name: str | None
    first_name: str | None
    last_seen: datetime
    thread: str | None
    via: str  # "sender", "named in message", "interviewer"


@dataclass(frozen=True)
class Event:
    at: datetime
    text: str
    stage: Stage | None = None
    key: str = ""


@dataclass
class Application:
    """Everything known about one application (a company, and role where known)."""

    key: str
    company: str
    role: str | None
    threads: list[Thread]
    messages: list[StoredMessage]  # sorted by time
    interviews: list[Interview]  # active (not cancelled), sorted by start
    cancelled_interviews: list[Interview]
    promises: list[DatedFact]  # "you will hear from us by", sorted by when stated
    requests: list[DatedFact]  # "please follow up on", sorted by when stated
    rejections: list[StoredMessage]
    offers: list[StoredMessage]
    contacts: list[Contact]  # human contacts, most recent first
    notes: list[Note]
    events: list[Event]  # stage-bearing and notable events, sorted
    stage: Stage = "applied"

    @property
    def short_id(self) -> str:
        return short_id(self.key)

    def thread(self, key: str | None) -> Thread | None:
        for t in self.threads:
            if t.key == key:
                return t
        return None

    def thread_of(self, message: StoredMessage) -> Thread | None:
        for t in self.threads:
            if any(m.id == message.id for m in t.messages):
                return t
        return None

    def employer_messages(self) -> list[StoredMessage]:
        return [m for m in self.messages if not m.facts.is_own]

    def own_messages(self) -> list[StoredMessage]:
        return [m for m in self.messages if m.facts.is_own]

    def employer_wrote_after(self, moment: datetime) -> StoredMessage | None:
        """The first employer message after ``moment``, if any."""
        for m in self.messages:
            if not m.facts.is_own and when(m) > moment:
                return m
        return None

    def own_messages_after(self, moment: datetime) -> list[StoredMessage]:
        return [m for m in self.messages if m.facts.is_own and when(m) > moment]

    def last_event(self) -> Event | None:
        return self.events[-1] if self.events else None

    def human_contact(self, *, thread: str | None = None) -> Contact | None:
        """The most recent human contact, preferring one seen in ``thread``."""
        if thread is not None:
            for c in self.contacts:
                if c.thread == thread and c.via != "interviewer":
                    return c
        for c in self.contacts:
            if c.via != "interviewer":
                return c
        return self.contacts[0] if self.contacts else None

    def contact_named(self, email: str) -> Contact | None:
        for c in self.contacts:
            if c.email == email.lower():
                return c
        return None

    def latest_message_in(
        self, thread: str | None, *, until: datetime | None = None
    ) -> StoredMessage | None:
        t = self.thread(thread)
        if t is None:
            return None
        msgs = [m for m in t.messages if until is None or when(m) <= until]
        return msgs[-1] if msgs else None


@dataclass
class Timeline:
    applications: list[Application]
    tz: ZoneInfo

    def by_key(self, key: str) -> Application | None:
        for a in self.applications:
            if a.key == key:
                return a
        return None


__all__ = [
    "NOTED_BY_YOU",
    "STAGE_OF_KIND",
    "Application",
    "Contact",
    "DatedFact",
    "Event",
    "Interview",
    "Source",
    "Stage",
    "Thread",
    "Timeline",
    "when",
]
