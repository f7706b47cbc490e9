"""What the review pages show, computed from the timeline and the stored follow-ups (pure).

Nothing here renders HTML: these are plain records for the templates, so the board and
the application page can be tested without a browser and timed without a server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email import message_from_string
from email.message import EmailMessage
from email.policy import default as default_policy
from zoneinfo import ZoneInfo

from agent.followup.corrections import Correction
from agent.followup.days import short_day, short_time
from agent.followup.status import KIND_LABELS
from agent.followup.timeline import Application, Source, Timeline, when
from agent.models import FollowUpRow, FollowUpStatus, StoredMessage, effective_due

#: the board's columns, in order
STAGES = ("applied", "assessment", "interviewing", "offer", "rejected", "silent")
#: an open application with no word from the employer for this long is "silent"
SILENT_AFTER = timedelta(days=21)
OPEN_STATUSES = (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE, FollowUpStatus.DRAFTED)


def when_text(moment: datetime, tz: ZoneInfo) -> str:
    return f"{short_day(moment, tz)} {short_time(moment, tz)}"


def board_stage(app: Application, now: datetime) -> str:
    """The board column: the timeline's stage, or ``silent`` for an open one gone quiet."""
    if app.stage in ("offer", "rejected"):
        return app.stage
    if any(iv.start > now for iv in app.interviews):
        return app.stage
    heard = [when(m) for m in app.employer_messages()]
    if heard and now - max(heard) > SILENT_AFTER:
        return "silent"
    return app.stage


@dataclass(frozen=True)
class Card:
    key: str
    short_id: str
    company: str
    role: str | None
    stage: str
    last_event: str
    last_event_at: datetime | None
    next_moment: str
    next_status: str  # a follow-up status, "interview", or ""
    attention: bool  # a follow-up is due or a draft is waiting


def _next_moment(
    app: Application, rows: list[FollowUpRow], now: datetime, tz: ZoneInfo
) -> tuple[str, str]:
    upcoming = sorted(
        (r for r in rows if r.status in OPEN_STATUSES),
        key=lambda r: (r.status is not FollowUpStatus.DRAFTED, effective_due(r)),
    )
    ahead = [iv for iv in app.interviews if iv.start > now]
    if upcoming:
        r = upcoming[0]
        label = KIND_LABELS.get(r.kind, r.kind)
        if r.status is FollowUpStatus.DRAFTED:
            return f"{label}: draft ready", "drafted"
        if ahead and ahead[0].start < effective_due(r):
            return f"interview {when_text(ahead[0].start, tz)}", "interview"
        return f"{label} {when_text(effective_due(r), tz)}", r.status.value
    if ahead:
        return f"interview {when_text(ahead[0].start, tz)}", "interview"
    return "", ""


def board(timeline: Timeline, rows: list[FollowUpRow], *, now: datetime) -> dict[str, list[Card]]:
    """Cards by board column, newest activity first."""
    tz = timeline.tz
    by_app: dict[str, list[FollowUpRow]] = {}
    for r in rows:
        by_app.setdefault(r.application_key, []).append(r)
    columns: dict[str, list[Card]] = {s: [] for s in STAGES}
    for app in timeline.applications:
        col = board_stage(app, now)
        mine = by_app.get(app.key, [])
        last = app.last_event()
        nxt, nxt_status = _next_moment(app, mine, now, tz)
        columns[col].append(
            Card(
                key=app.key,
                short_id=app.short_id,
                company=app.company,
                role=app.role,
                stage=col,
                last_event=f"{last.text} ({short_day(last.at, tz)})" if last else "",
                last_event_at=last.at if last else None,
                next_moment=nxt,
                next_status=nxt_status,
                attention=any(
                    r.status in (FollowUpStatus.DUE, FollowUpStatus.DRAFTED) for r in mine
                ),
            )
        )
    for cards in columns.values():
        cards.sort(key=lambda c: c.last_event_at or datetime.min.replace(tzinfo=tz), reverse=True)
    return columns


def filtered(
    columns: dict[str, list[Card]], *, query: str = "", stage: str = "", attention: bool = False
) -> dict[str, list[Card]]:
    """The board after its filters: words in company or role, one stage, needs me now."""
    needle = query.strip().lower()

    def keep(c: Card) -> bool:
        if needle and needle not in f"{c.company} {c.role or ''}".lower():
            return False
        return c.attention or not attention

    return {
        s: [c for c in cards if keep(c)] if not stage or s == stage else []
        for s, cards in columns.items()
    }


# --------------------------------------------------------------------------- one application


@dataclass(frozen=True)
class SourceView:
    """The message (or note) a fact came from, and the words that gave it."""

    message_id: str | None
    subject: str
    sender: str
    date: str
    evidence: list[str]

    @classmethod
    def of(cls, source: Source | StoredMessage, tz: ZoneInfo) -> SourceView:
        m = source if isinstance(source, StoredMessage) else source.message
        if m is None:
            assert isinstance(source, Source)
            return cls(None, "noted by you", "you", when_text(source.stated_at, tz), [])
        f = m.facts
        sender = f"{f.from_name} <{f.from_email}>" if f.from_name else (f.from_email or "")
        return cls(m.id, f.subject, sender, when_text(when(m), tz), list(f.evidence))


@dataclass(frozen=True)
class Fact:
    label: str
    value: str
    source: SourceView


@dataclass(frozen=True)
class MessageView:
    id: str
    date: str
    sender: str
    sender_email: str | None
    subject: str
    kind: str
    own: bool
    thread: str
    evidence: list[str]
    corrected: str  # what the candidate said about it, or ""


@dataclass(frozen=True)
class MomentView:
    key: str
    kind: str
    label: str
    due: str
    status: str
    reason: str
    recipients: list[str]
    snoozed_until: str


@dataclass
class ApplicationView:
    app: Application
    facts: list[Fact]
    messages: list[MessageView]
    moments: list[MomentView]
    corrections: list[Correction]
    others: list[tuple[str, str]] = field(default_factory=list)  # (message id, name)
    threads: int = 1


def moment_view(r: FollowUpRow, tz: ZoneInfo) -> MomentView:
    return MomentView(
        key=r.key,
        kind=r.kind,
        label=KIND_LABELS.get(r.kind, r.kind),
        due=when_text(r.due_at, tz),
        status=r.status.value,
        reason=r.reason,
        recipients=list(r.recipients),
        snoozed_until=when_text(r.snoozed_until, tz) if r.snoozed_until else "",
    )


def _facts(app: Application, tz: ZoneInfo) -> list[Fact]:
    out: list[Fact] = []
    for iv in app.interviews:
        out.append(Fact("interview", when_text(iv.start, tz), SourceView.of(iv.source, tz)))
    for iv in app.cancelled_interviews:
        out.append(
            Fact("interview cancelled", when_text(iv.start, tz), SourceView.of(iv.source, tz))
        )
    for p in app.promises:
        out.append(Fact("you will hear by", short_day(p.value), SourceView.of(p.source, tz)))
    for p in app.requests:
        out.append(Fact("follow up on", short_day(p.value), SourceView.of(p.source, tz)))
    for m in app.rejections:
        out.append(Fact("rejection", short_day(when(m), tz), SourceView.of(m, tz)))
    for m in app.offers:
        out.append(Fact("offer", short_day(when(m), tz), SourceView.of(m, tz)))
    by_email = {
        (m.facts.contact_email or m.facts.from_email or "").lower(): m for m in app.messages
    }
    for c in app.contacts:
        who = f"{c.name} <{c.email}>" if c.name else c.email
        said = by_email.get(c.email)
        src = SourceView.of(said, tz) if said else SourceView(None, "", c.via, "", [])
        out.append(Fact(f"contact ({c.via})", who, src))
    return out


def application_view(
    app: Application,
    timeline: Timeline,
    rows: list[FollowUpRow],
    corrections: list[Correction],
) -> ApplicationView:
    tz = timeline.tz
    ids = {m.id for m in app.messages}
    said = {c.message: c.describe() for c in corrections if c.kind in ("not_hiring", "kind")}
    messages = []
    for m in app.messages:
        f = m.facts
        t = app.thread_of(m)
        messages.append(
            MessageView(
                id=m.id,
                date=when_text(when(m), tz),
                sender=f"{f.from_name} <{f.from_email}>" if f.from_name else (f.from_email or ""),
                sender_email=f.from_email,
                subject=f.subject,
                kind="your message" if f.is_own else f.kind.replace("_", " "),
                own=f.is_own,
                thread=t.key if t else "",
                evidence=[] if f.is_own else list(f.evidence),
                corrected=said.get(m.id, ""),
            )
        )
    mine = sorted((r for r in rows if r.application_key == app.key), key=lambda r: r.due_at)
    others = [
        (a.messages[0].id, f"{a.company} — {a.role}" if a.role else a.company)
        for a in timeline.applications
        if a.key != app.key and a.messages
    ]
    return ApplicationView(
        app=app,
        facts=_facts(app, tz),
        messages=messages,
        moments=[moment_view(r, tz) for r in mine],
        corrections=[c for c in corrections if c.message in ids],
        others=others,
        threads=len(app.threads),
    )


# --------------------------------------------------------------------------- drafts


@dataclass(frozen=True)
class DraftText:
    to: str
    cc: str
    subject: str
    body: str


def draft_text(raw: str | None) -> DraftText | None:
    """The headers a person checks and the plain-text body of a stored draft."""
    if not raw:
        return None
    msg = message_from_string(raw, policy=default_policy)
    assert isinstance(msg, EmailMessage)
    part = msg.get_body(preferencelist=("plain",))
    body = part.get_content() if part is not None else ""
    return DraftText(
        to=str(msg.get("To", "")),
        cc=str(msg.get("Cc", "")),
        subject=str(msg.get("Subject", "")),
        body=str(body),
    )


__all__ = [
    "OPEN_STATUSES",
    "SILENT_AFTER",
    "STAGES",
    "ApplicationView",
    "Card",
    "DraftText",
    "Fact",
    "MessageView",
    "MomentView",
    "SourceView",
    "application_view",
    "board",
    "board_stage",
    "draft_text",
    "filtered",
    "moment_view",
    "when_text",
]
