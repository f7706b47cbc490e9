"""Scenario builder for timeline/rules tests: small diffs from one realistic fact set.

The base application: Alex Rivera applies to Acme for "Backend Engineer"; Jane Doe
(jane@acme.com) is the recruiter; interviews come with a calendar invitation that names
Jane and Bob Smith. Every datetime is local to the zone under test.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from agent.config import Config, validate_config
from agent.followup.rules import plan, shown
from agent.followup.timeline import Timeline, build_timeline
from agent.models import (
    CalendarEvent,
    Folder,
    FollowUpStatus,
    MessageFacts,
    Note,
    PlannedFollowUp,
    StoredMessage,
)

ZONES = ["America/New_York", "Asia/Tokyo"]
ME = "alex.rivera@example.com"
JANE = ("Jane Doe", "jane@acme.com")
BOB = ("Bob Smith", "bob@acme.com")


def config(tz: str, **rules: Any) -> Config:
    return validate_config(
        {
            "timezone": tz,
            "me": {"name": "Alex Rivera", "addresses": [ME]},
            "rules": rules,
        }
    )


@dataclass
class Scenario:
    """Builds StoredMessages in one zone; ``first_seen`` defaults to the message date."""

    tz: ZoneInfo
    messages: list[StoredMessage] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    _n: int = 0

    def at(self, d: date, hh: int = 9, mm: int = 0) -> datetime:
        return datetime.combine(d, time(hh, mm), tzinfo=self.tz)

    def add(
        self,
        sent_at: datetime,
        *,
        folder: Folder = Folder.INBOX,
        first_seen: datetime | None = None,
        thread_id: str | None = None,
        reply_to_last: bool = True,
        **facts: Any,
    ) -> StoredMessage:
        """Add a message; by default it replies to the previous one in the scenario."""
        self._n += 1
        mid = facts.pop(
            "message_id", f"<m{self._n}@{'example.com' if facts.get('is_own') else 'acme.com'}>"
        )
        parent = None
        if reply_to_last and self.messages and "in_reply_to" not in facts:
            parent = self.messages[-1].facts
        base: dict[str, Any] = {
            "message_id": mid,
            "sent_at": sent_at,
            "subject": "Backend Engineer at Acme",
            "from_email": JANE[1],
            "from_name": JANE[0],
            "to": [ME],
            "company": "Acme",
            "role": "Backend Engineer",
            "sender_domain": "acme.com",
            "kind": "other",
        }
        if parent is not None:
            base["in_reply_to"] = parent.message_id
            base["references"] = [*parent.references, parent.message_id]
            base["subject"] = "Re: " + parent.subject.removeprefix("Re: ")
        if facts.get("is_own"):
            base.update(
                from_email=ME,
                from_name="Alex Rivera",
                to=[JANE[1]],
                company=None,
                role=None,
                sender_domain="example.com",
            )
            folder = Folder.SENT
        base.update(facts)
        m = StoredMessage(
            id=f"{folder.value}/{self._n}",
            folder=folder,
            thread_id=thread_id,
            facts=MessageFacts(**base),
            first_seen=first_seen or sent_at,
        )
        self.messages.append(m)
        return m

    def invite(
        self,
        sent_at: datetime,
        start: datetime,
        *,
        uid: str | None = "uid-1@acme.com",
        sequence: int = 0,
        cancelled: bool = False,
        respond_by: date | None = None,
        minutes: int = 45,
        **facts: Any,
    ) -> StoredMessage:
        """An interview confirmation with a calendar invitation naming Jane and Bob."""
        ev = CalendarEvent(
            uid=uid,
            sequence=sequence,
            method="CANCEL" if cancelled else "REQUEST",
            cancelled=cancelled,
            summary="Interview: Backend Engineer",
            start=start,
            end=start + timedelta(minutes=minutes),
            organizer_email=JANE[1],
            organizer_name=JANE[0],
            attendees=[JANE, BOB, ("Alex Rivera", ME)],
        )
        return self.add(
            sent_at,
            kind="interview",
            interview_at=None if cancelled else start,
            interview_end=None if cancelled else start + timedelta(minutes=minutes),
            interview_cancelled=cancelled,
            calendar=[ev] if uid is not None else [],
            interviewers=[JANE, BOB],
            respond_by=respond_by,
            contact_email=JANE[1],
            contact_name="Jane",
            **facts,
        )

    def note(self, kind: str, value: date | datetime, noted_at: datetime) -> Note:
        n = Note(
            application="acme", kind=kind, value=value, noted_at=noted_at, id=len(self.notes) + 1
        )  # type: ignore[arg-type]
        self.notes.append(n)
        return n

    def timeline(self, now: datetime, cfg: Config) -> Timeline:
        return build_timeline(self.messages, self.notes, tz=cfg.tz, now=now, me=cfg.me.addresses)

    def plan(self, now: datetime, cfg: Config) -> list[PlannedFollowUp]:
        return plan(self.timeline(now, cfg), cfg.rules, cfg.me, now)

    def shown(self, now: datetime, cfg: Config) -> list[PlannedFollowUp]:
        return shown(self.plan(now, cfg))


def only(items: list[PlannedFollowUp], kind: str) -> list[PlannedFollowUp]:
    return [p for p in items if p.kind == kind]


def status_of(items: list[PlannedFollowUp], kind: str) -> list[FollowUpStatus]:
    return [p.status for p in items if p.kind == kind]
