"""Applications and their timelines, built from stored messages and the candidate's notes.

Pure: ``build_timeline(messages, notes, tz=..., now=...)`` takes everything as arguments.

How messages become applications, one module per step:

1. **Threads** (:mod:`.threads`): by the backend's thread id, else ``Message-ID`` /
   ``In-Reply-To`` / ``References`` chains, else normalised subject within one company.
2. **Applications** (:mod:`.company_link`): threads of one company are linked by the
   company each message points to (:mod:`.company_signals`), a company named in the
   subject, and finally the role.
3. **Facts**, each with its source (a message, or "noted by you"): interviews
   (:mod:`.interview_updates`), promised decision dates, requested follow-up dates,
   rejections, offers, the human contacts (:mod:`.application_contacts`), and what the
   candidate sent. Gathered here.
4. **Stage**: the stage of the latest stage-bearing event (applied, assessment,
   interviewing, rejected, offer).

The data model (:class:`Application`, :class:`Timeline`, ...) is :mod:`.application`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from agent import company_names
from agent.followup.application import (
    NOTED_BY_YOU,
    STAGE_OF_KIND,
    Application,
    Contact,
    DatedFact,
    Event,
    Interview,
    Source,
    Stage,
    Thread,
    Timeline,
    when,
)
from agent.followup.application_contacts import application_contacts
from agent.followup.company_link import (
    ThreadInfo,
    company_name,
    first_company,
    group_threads,
    is_job_group,
    role_of,
)
from agent.followup.corrections import Corrections, with_contact
from agent.followup.days import short_day, short_time
from agent.followup.interview_updates import interviews
from agent.followup.threads import normalise_subject, threads_of
from agent.models import Folder, Note, StoredMessage

logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- messages


def _as_seen(
    messages: Iterable[StoredMessage],
    now: datetime | None,
    me: set[str],
    corrections: Corrections | None,
) -> list[StoredMessage]:
    """The messages up to ``now``, once each, the candidate's own marked, as corrected.

    The same message in two folders (Gmail labels, a full rescan) is kept once (the
    first); mail from the candidate's addresses or in Sent is their own.
    """
    msgs = [m for m in messages if now is None or when(m) <= now]
    seen_mid: set[str] = set()
    unique: list[StoredMessage] = []
    for m in sorted(msgs, key=lambda m: (when(m), m.id)):
        mid = m.facts.message_id
        if mid and mid in seen_mid:
            continue
        if mid:
            seen_mid.add(mid)
        from_me = bool(me) and (m.facts.from_email or "").lower() in me
        if not m.facts.is_own and (from_me or m.folder == Folder.SENT):
            own = m.facts.model_copy(update={"is_own": True})
            m = StoredMessage(m.id, m.folder, m.thread_id, own, m.first_seen)
        unique.append(corrections.message(m) if corrections else m)
    return unique


def _app_key(company: str, used: set[str]) -> str:
    base = company_names.slug(company)
    key = base
    n = 2
    while key in used:
        key = f"{base}-{n}"
        n += 1
    used.add(key)
    return key


# --------------------------------------------------------------------------- facts


@dataclass
class _Facts:
    """The dated facts and events of one application, gathered before sorting."""

    promises: list[DatedFact] = field(default_factory=list)
    requests: list[DatedFact] = field(default_factory=list)
    rejections: list[StoredMessage] = field(default_factory=list)
    offers: list[StoredMessage] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def add_message(self, m: StoredMessage, thread: str) -> None:
        f = m.facts
        if f.is_own:
            self.events.append(Event(when(m), "you wrote", None, f.message_id or m.id))
            return
        if f.respond_by:
            self.promises.append(DatedFact(f.respond_by, Source(message=m), thread))
        if f.follow_up_on:
            self.requests.append(DatedFact(f.follow_up_on, Source(message=m), thread))
        if f.kind == "rejection":
            self.rejections.append(m)
        if f.kind == "offer":
            self.offers.append(m)
        self.events.append(
            Event(when(m), _event_text(m), STAGE_OF_KIND.get(f.kind), f.message_id or m.id)
        )

    def add_note(self, n: Note) -> None:
        if n.kind == "hear_by" and isinstance(n.value, date):
            value = n.value.date() if isinstance(n.value, datetime) else n.value
            self.promises.append(DatedFact(value, Source(note=n), None))
            self.events.append(Event(n.noted_at, f"you noted: hear by {short_day(value)}"))
        elif n.kind == "follow_up_on" and isinstance(n.value, date):
            value = n.value.date() if isinstance(n.value, datetime) else n.value
            self.requests.append(DatedFact(value, Source(note=n), None))
            self.events.append(Event(n.noted_at, f"you noted: follow up on {short_day(value)}"))
        elif n.kind == "interview_at":
            self.events.append(Event(n.noted_at, "you noted an interview", "interviewing"))

    def add_interviews(self, active: list[Interview], now: datetime | None, tz: ZoneInfo) -> None:
        """Interviews that have taken place by ``now`` are events of the timeline."""
        for iv in active:
            if now is None or iv.start <= now:
                text = f"interview {short_day(iv.start, tz)} {short_time(iv.start, tz)}"
                self.events.append(Event(iv.start, text, None, iv.key))

    def sort(self) -> None:
        self.events.sort(key=lambda e: e.at)
        self.promises.sort(key=lambda p: p.source.stated_at)
        self.requests.sort(key=lambda p: p.source.stated_at)


def _event_text(m: StoredMessage) -> str:
    f = m.facts
    if f.is_own:
        return "you wrote"
    if f.interview_cancelled:
        return "interview cancelled"
    return {
        "interview": "interview invitation" if f.interview_at is None else "interview scheduled",
        "rejection": "rejection",
        "application_received": "application received",
        "assessment": "assessment",
        "offer": "offer",
    }.get(f.kind, "they wrote")


def _stage(events: list[Event]) -> Stage:
    """The stage of the latest stage-bearing event."""
    stage: Stage = "applied"
    for e in events:
        if e.stage is not None:
            stage = e.stage
    return stage


# --------------------------------------------------------------------------- applications


@dataclass(frozen=True)
class _Inputs:
    """What every application is built from, besides its own threads."""

    notes: list[Note]
    tz: ZoneInfo
    now: datetime | None
    me: set[str]
    corrections: Corrections | None


def _corrected(
    key: str,
    app_msgs: list[tuple[StoredMessage, str]],
    app_notes: list[Note],
    inputs: _Inputs,
) -> tuple[list[tuple[StoredMessage, str]], list[Note]]:
    """The candidate's corrections of one application: a contact, and dates as notes."""
    corrections, now = inputs.corrections, inputs.now
    if not corrections:
        return app_msgs, app_notes
    ids = {m.id for m, _ in app_msgs}
    contact = corrections.contact(ids)
    if contact:
        app_msgs = with_contact(app_msgs, contact)
    extra = [n for n in corrections.notes(key, ids) if now is None or n.noted_at <= now]
    return app_msgs, app_notes + extra


def _application(group: list[ThreadInfo], key: str, inputs: _Inputs) -> Application:
    company = company_name(group)
    group_threads = sorted((i.thread for i in group), key=lambda t: when(t.messages[0]))
    app_msgs = sorted(
        ((m, t.key) for t in group_threads for m in t.messages),
        key=lambda mt: (when(mt[0]), mt[0].id),
    )
    app_notes = [n for n in inputs.notes if n.application == key]
    app_msgs, app_notes = _corrected(key, app_msgs, app_notes, inputs)
    active, cancelled = interviews(app_msgs, app_notes, inputs.tz)
    facts = _Facts()
    for m, thread in app_msgs:
        facts.add_message(m, thread)
    for n in app_notes:
        facts.add_note(n)
    facts.add_interviews(active, inputs.now, inputs.tz)
    facts.sort()
    return Application(
        key=key,
        company=company,
        role=role_of(group, company),
        threads=group_threads,
        messages=[m for m, _ in app_msgs],
        interviews=active,
        cancelled_interviews=cancelled,
        promises=facts.promises,
        requests=facts.requests,
        rejections=facts.rejections,
        offers=facts.offers,
        contacts=application_contacts(app_msgs, active, company, inputs.me),
        notes=app_notes,
        events=facts.events,
        stage=_stage(facts.events),
    )


def build_timeline(
    messages: Iterable[StoredMessage],
    notes: Iterable[Note] = (),
    *,
    tz: ZoneInfo,
    now: datetime | None = None,
    me: Iterable[str] = (),
    corrections: Corrections | None = None,
) -> Timeline:
    """Group ``messages`` into applications; messages dated after ``now`` are ignored.

    ``notes`` join the application whose key they name; a note for an application that
    no longer exists is ignored (and logged at DEBUG). ``corrections`` (the candidate's)
    change how messages are read, how threads are grouped, and add contacts and dates.
    """
    me_set = {a.lower() for a in me}
    threads = threads_of(_as_seen(messages, now, me_set, corrections))
    notes_list = [n for n in notes if now is None or n.noted_at <= now]
    inputs = _Inputs(notes_list, tz, now, me_set, corrections)
    groups = group_threads(threads, me_set, corrections)
    groups.sort(key=lambda g: min(when(i.thread.messages[0]) for i in g))
    apps: list[Application] = []
    used: set[str] = set()
    for group in groups:
        if is_job_group(group):
            key = _app_key(first_company(group) or company_name(group), used)
            apps.append(_application(group, key, inputs))
    known = {a.key for a in apps}
    for n in notes_list:
        if n.application not in known:
            logger.debug("note %s names unknown application %s; ignored", n.id, n.application)
    return Timeline(applications=apps, tz=tz)


__all__ = [
    "NOTED_BY_YOU",
    "Application",
    "Contact",
    "DatedFact",
    "Event",
    "Interview",
    "Source",
    "Stage",
    "Thread",
    "Timeline",
    "build_timeline",
    "normalise_subject",
    "when",
]
