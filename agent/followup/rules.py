"""The etiquette rules: ``plan(timeline, rules, me, now)`` → every follow-up decision.

Pure: the timeline, the rules' settings, who the candidate is and ``now`` are arguments;
nothing reads the clock. A rule decides timing (when and whether a follow-up is due) and
says why; whom it goes to is :mod:`.addressing`, the facts for its template
:mod:`.template_context`.

The four moments (DESIGN.md) and nothing else:

``thank_you``
    after each interview: the same day at ``same_day_at`` after an interview that started
    before ``morning_ends``, else the next morning at ``next_day_at`` (moved off weekends
    and holidays with ``skip_weekends``). An ordinary employer message after the interview
    does not cancel it (a thank-you is never wrong); a rejection or an offer does.
``check_in``
    ``business_days_after`` business days after the promised decision date, at ``at``,
    only if the employer has written nothing since the later of the interview and the
    message (or note) that gave the date; at most ``max_per_stage`` per stage, where a
    stage starts with each stage-bearing employer message and with each interview. With
    ``fallback.enabled``, the same N business days after an interview when no date was
    ever given.
``requested_follow_up``
    on the date the employer asked for, at ``at``; cancelled if they wrote since asking.
``rejection_reply``
    as soon as the rejection is seen (plus ``delay``), to the human contact — the sender
    when they are one, else the person met earlier in the process.

Then, for every candidate, in this order: a follow-up the candidate already sent by hand
(own mail after the moment) is ``sent``; one made pointless by a later fact is
``cancelled``; one whose due time had passed more than its kind's ``grace`` before the agent
first saw the mail behind it is ``missed`` (thank-you 2 days, rejection reply 7, check-in and
requested follow-up 10: a check-in a few days late is still good manners, a thank-you a week
late is not); otherwise ``scheduled`` or ``due``. Every
decision carries a one-sentence ``reason``; ``plan --json`` shows scheduled, due and missed.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo

from agent.config import CheckInRule, Me, Rules, ThankYouRule
from agent.followup import addressing
from agent.followup.addressing import Recipients
from agent.followup.application import (
    Application,
    DatedFact,
    Interview,
    Source,
    Timeline,
    when,
)
from agent.followup.days import (
    add_business_days,
    at_local,
    day_start,
    local_date,
    next_business_day,
    short_day,
    short_time,
)
from agent.followup.template_context import named_people, plan_context, stored_context
from agent.models import FollowUpKind, FollowUpStatus, PlannedFollowUp, StoredMessage

logger = logging.getLogger(__name__)

#: what ``plan`` shows: the follow-ups the rules call for at ``now``
SHOWN_STATUSES = (
    FollowUpStatus.SCHEDULED,
    FollowUpStatus.DUE,
    FollowUpStatus.MISSED,
    FollowUpStatus.NO_RECIPIENT,
)


@dataclass
class Candidate:
    """A follow-up one rule proposes, before the common checks decide its status."""

    kind: FollowUpKind
    key: str
    due_at: datetime
    reason: str
    source: Source  # the mail (or note) behind it: staleness is judged against it
    moment: datetime  # the fact it answers; a rejection or offer after it cancels it
    recipients: Recipients  # whom it concerns, in which thread (see addressing)
    context: dict[str, str]  # the facts for its template (see template_context)
    done_by: StoredMessage | None = None  # the candidate already sent it by hand
    cancelled: str | None = None  # why a later fact made it pointless


@dataclass(frozen=True)
class RuleContext:
    """What every rule reads besides the application: its settings, who, when, where."""

    rules: Rules
    me: Me
    now: datetime
    tz: ZoneInfo

    @property
    def addresses(self) -> list[str]:
        return self.me.addresses

    def day(self, moment: datetime | date) -> str:
        """A short day for a reason ("Tue 3 Mar"), the year only when not this year's."""
        if isinstance(moment, datetime):
            return short_day(moment, self.tz, year=self.now.year)
        return short_day(moment, year=self.now.year)

    def context(
        self,
        app: Application,
        to: list[str],
        *,
        interview: Interview | None = None,
        decision: date | None = None,
        follow_up: date | None = None,
    ) -> dict[str, str]:
        return plan_context(
            app,
            self.me,
            to,
            self.tz,
            interview=interview,
            decision=decision,
            follow_up=follow_up,
        )


class Rule(ABC):
    """One moment of the etiquette table. ``NAME`` is its key under ``rules:`` in YAML.

    A rule decides the timing (when and whether a follow-up is due) and says why; whom it
    goes to comes from :mod:`.addressing`, the facts for its template from
    :mod:`.template_context`.
    """

    NAME: ClassVar[FollowUpKind]

    @abstractmethod
    def enabled(self, rules: Rules) -> bool: ...

    @abstractmethod
    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]: ...


def _stage_epoch(app: Application, at: datetime) -> tuple[str, datetime | None]:
    """The stage segment ``at`` falls in: (key of the event that began it, its time)."""
    marks: list[tuple[datetime, str]] = [(e.at, e.key) for e in app.events if e.stage]
    marks += [(iv.start, iv.key) for iv in app.interviews]
    marks = sorted(m for m in marks if m[0] <= at)
    if not marks:
        return "start", None
    return marks[-1][1] or "start", marks[-1][0]


def _last_interview_by(app: Application, moment: datetime) -> Interview | None:
    past = [iv for iv in app.interviews if iv.start <= moment]
    return past[-1] if past else None


def _sent_by_hand(app: Application, after: datetime, now: datetime) -> list[StoredMessage]:
    """The candidate's own mail after ``after``, up to ``now``."""
    return [m for m in app.own_messages_after(after) if when(m) <= now]


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


# --------------------------------------------------------------------------- thank-you


def _thank_you_due(
    iv: Interview, r: ThankYouRule, holidays: list[date], ctx: RuleContext
) -> tuple[datetime, str]:
    """The same afternoon after a morning interview, else the next (business) morning."""
    local = iv.start.astimezone(ctx.tz)
    if local.time() < r.morning_ends:
        due = max(at_local(local.date(), r.same_day_at, ctx.tz), iv.end or iv.start)
        return due, f"a morning interview, so the same afternoon at {_hm(r.same_day_at)}"
    day = local.date() + timedelta(days=1)
    if r.skip_weekends:
        day = next_business_day(day, holidays)
    due = at_local(day, r.next_day_at, ctx.tz)
    if day != local.date() + timedelta(days=1):
        return due, (
            f"a later interview, so the next business morning "
            f"({ctx.day(day)}) at {_hm(r.next_day_at)}"
        )
    return due, f"a later interview, so the next morning at {_hm(r.next_day_at)}"


class ThankYou(Rule):
    NAME: ClassVar[FollowUpKind] = "thank_you"

    def enabled(self, rules: Rules) -> bool:
        return rules.thank_you.enabled

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        ivs = app.interviews
        return [
            self._after(app, iv, ivs[n + 1].start if n + 1 < len(ivs) else None, ctx)
            for n, iv in enumerate(ivs)
        ]

    def _after(
        self, app: Application, iv: Interview, next_start: datetime | None, ctx: RuleContext
    ) -> Candidate:
        due, when_text = _thank_you_due(iv, ctx.rules.thank_you, ctx.rules.holidays, ctx)
        rcpt = addressing.for_interview(app, iv, ctx.addresses, ctx.now)
        firsts = [c.first_name for a in rcpt.to if (c := app.contact_named(a)) and c.first_name]
        who = f" with {named_people(firsts)}" if firsts and len(firsts) == len(rcpt.to) else ""
        promised = [pr for pr in app.promises if pr.value >= iv.start.astimezone(ctx.tz).date()]
        done = [
            m
            for m in _sent_by_hand(app, iv.start, ctx.now)
            if next_start is None or when(m) < next_start
        ]
        return Candidate(
            kind="thank_you",
            key=f"{app.key}:thank_you:{iv.key}",
            due_at=due,
            reason=(
                f"Thank-you for the {app.company} interview{who} on "
                f"{ctx.day(iv.start)} at {short_time(iv.start, ctx.tz)} "
                f"({iv.source.describe(ctx.tz, year=ctx.now.year)}): {when_text}."
            ),
            source=iv.source,
            moment=iv.start,
            recipients=rcpt,
            context=ctx.context(
                app,
                rcpt.to,
                interview=iv,
                decision=promised[-1].value if promised else None,
            ),
            done_by=done[0] if done else None,
        )


# --------------------------------------------------------------------------- check-in


@dataclass(frozen=True)
class _CheckInBasis:
    """What a check-in answers: when it is due, since when silence counts, and why."""

    due: datetime
    interview: Interview | None
    promise: DatedFact | None
    anchor: datetime  # the employer's silence since this moment makes it due
    window: datetime  # the candidate's own mail after this counts as a check-in
    since: str
    why: str
    delay: str
    thread: str | None  # the conversation to answer in, when known
    source: Source  # the fact behind it: the promise, else the interview


def _promised_basis(
    app: Application, promise: DatedFact, r: CheckInRule, hol: list[date], ctx: RuleContext
) -> _CheckInBasis:
    """N business days after the promised decision date."""
    due = at_local(add_business_days(promise.value, r.business_days_after, hol), r.at, ctx.tz)
    before = [iv for iv in app.interviews if iv.start <= due]
    iv = before[-1] if before else None
    stated = promise.source.stated_at
    anchor = max(stated, iv.start) if iv else stated
    since = (
        f"the interview on {ctx.day(iv.start)}"
        if iv and iv.start >= stated
        else f"{'you noted it' if promise.source.is_note else 'that email'}"
    )
    return _CheckInBasis(
        due=due,
        interview=iv,
        promise=promise,
        anchor=anchor,
        window=max(anchor, day_start(promise.value, ctx.tz)),
        since=since,
        why=(
            f"you were told you would hear by {ctx.day(promise.value)} "
            f"({promise.source.describe(ctx.tz, year=ctx.now.year)})"
        ),
        delay=f"{r.business_days_after} business days after that date",
        thread=promise.thread if promise.thread is not None else (iv.thread if iv else None),
        source=promise.source,
    )


def _fallback_basis(
    app: Application, r: CheckInRule, hol: list[date], ctx: RuleContext
) -> _CheckInBasis:
    """No date was ever given: N business days after the (last past) interview."""
    past = [iv for iv in app.interviews if iv.start <= ctx.now] or app.interviews[:1]
    iv = past[-1]
    n = r.fallback.business_days_after_interview
    return _CheckInBasis(
        due=at_local(add_business_days(local_date(iv.start, ctx.tz), n, hol), r.at, ctx.tz),
        interview=iv,
        promise=None,
        anchor=iv.start,
        window=iv.start + timedelta(days=2),
        since=f"the interview on {ctx.day(iv.start)}",
        why="no decision date was ever given (fallback rule)",
        delay=f"{n} business days after the interview",
        thread=iv.thread,
        source=iv.source,
    )


class CheckIn(Rule):
    NAME: ClassVar[FollowUpKind] = "check_in"

    def enabled(self, rules: Rules) -> bool:
        return rules.check_in.enabled and rules.check_in.max_per_stage > 0

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        r, hol = ctx.rules.check_in, ctx.rules.holidays
        if app.promises:
            basis = _promised_basis(app, app.promises[-1], r, hol, ctx)
        elif r.fallback.enabled and app.interviews:
            basis = _fallback_basis(app, r, hol, ctx)
        else:
            return []
        epoch_key, _ = _stage_epoch(app, basis.anchor)
        if epoch_key == "start":
            epoch_key = app.threads[0].key if app.threads else "start"
        promise, source = basis.promise, basis.source
        message = promise.source.message if promise else None
        rcpt = addressing.for_fact(app, basis.thread, message, ctx.addresses, ctx.now)
        context = ctx.context(
            app, rcpt.to, interview=basis.interview, decision=promise.value if promise else None
        )
        by_hand = _sent_by_hand(app, basis.window, ctx.now)
        out: list[Candidate] = []
        for k in range(1, r.max_per_stage + 1):
            key = f"{app.key}:check_in:{epoch_key}:{k}"
            if k <= len(by_hand):
                sent = by_hand[k - 1]
                reason = f"You already checked in with {app.company} on {ctx.day(when(sent))}."
                out.append(
                    Candidate(
                        "check_in",
                        key,
                        basis.due,
                        reason,
                        source,
                        basis.anchor,
                        rcpt,
                        context,
                        done_by=sent,
                    )
                )
                continue
            last = when(by_hand[k - 2]) if k > 1 else None
            cand = self._next(app, basis, k, last, key, source, rcpt, dict(context), ctx)
            out.append(cand)
            break
        return out

    def _next(
        self,
        app: Application,
        basis: _CheckInBasis,
        k: int,
        last: datetime | None,
        key: str,
        source: Source,
        rcpt: Recipients,
        context: dict[str, str],
        ctx: RuleContext,
    ) -> Candidate:
        """The k-th check-in of the stage: after the previous one by hand, if any."""
        r = ctx.rules.check_in
        due, anchor = basis.due, basis.anchor
        if last is not None:
            later = add_business_days(
                local_date(last, ctx.tz), r.business_days_after, ctx.rules.holidays
            )
            due = max(due, at_local(later, r.at, ctx.tz))
            anchor = max(anchor, last)
        reason = (
            f"Check-in with {app.company}: {basis.why}, and they have written nothing since "
            f"{basis.since}, so a short note {basis.delay}"
            + (f" (check-in {k} of at most {r.max_per_stage} in this stage)." if k > 1 else ".")
        )
        cand = Candidate("check_in", key, due, reason, source, anchor, rcpt, context)
        wrote = app.employer_wrote_after(anchor)
        if wrote is not None and when(wrote) <= ctx.now:
            cand.cancelled = (
                f"No check-in with {app.company}: they wrote on "
                f"{ctx.day(when(wrote))}, after {basis.since}."
            )
        return cand


# --------------------------------------------------------------------------- requested


def _asked_by(req: DatedFact) -> str:
    """What names a request in a key: its note, else its message."""
    src = req.source
    if src.note is not None:
        return f"note:{src.note.id}"
    if src.message is not None:
        return src.message.facts.message_id or src.message.id
    return "?"


class RequestedFollowUp(Rule):
    NAME: ClassVar[FollowUpKind] = "requested_follow_up"

    def enabled(self, rules: Rules) -> bool:
        return rules.requested_follow_up.enabled

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        latest: dict[date, DatedFact] = {}
        first_asked: dict[date, str] = {}
        for req in app.requests:
            latest[req.value] = req  # sorted by when stated: the last one wins
            first_asked.setdefault(req.value, _asked_by(req))
        newest = app.requests[-1] if app.requests else None
        return [
            self._on(app, req, first_asked[req.value], newest, ctx)
            for req in sorted(latest.values(), key=lambda q: q.value)
        ]

    def _on(
        self,
        app: Application,
        req: DatedFact,
        asked_by: str,
        newest: DatedFact | None,
        ctx: RuleContext,
    ) -> Candidate:
        r = ctx.rules.requested_follow_up
        anchor = req.source.stated_at
        rcpt = addressing.for_fact(app, req.thread, req.source.message, ctx.addresses, ctx.now)
        context = ctx.context(
            app,
            rcpt.to,
            interview=_last_interview_by(app, anchor),
            decision=app.promises[-1].value if app.promises else None,
            follow_up=req.value,
        )
        by_hand = _sent_by_hand(app, max(anchor, day_start(req.value, ctx.tz)), ctx.now)
        cand = Candidate(
            "requested_follow_up",
            f"{app.key}:requested_follow_up:{req.value.isoformat()}:{asked_by}",
            at_local(req.value, r.at, ctx.tz),
            (
                f"Requested follow-up: {app.company} asked you to follow up on "
                f"{ctx.day(req.value)} ({req.source.describe(ctx.tz, year=ctx.now.year)}), "
                f"so a note that day at {_hm(r.at)}."
            ),
            req.source,
            anchor,
            rcpt,
            context,
            done_by=by_hand[0] if by_hand else None,
        )
        wrote = app.employer_wrote_after(anchor)
        if newest is not None and newest.value != req.value:
            cand.cancelled = (
                f"No follow-up for {ctx.day(req.value)}: a later request moved it to "
                f"{ctx.day(newest.value)}."
            )
        elif wrote is not None and when(wrote) <= ctx.now:
            cand.cancelled = (
                f"No requested follow-up with {app.company}: they wrote on "
                f"{ctx.day(when(wrote))}, after asking for it."
            )
        return cand


# --------------------------------------------------------------------------- rejection


def _rejection_moments(app: Application) -> list[list[StoredMessage]]:
    """Consecutive rejections with no other stage between them are one moment (a
    recruiter's note and the ATS's automatic mail): one reply, keyed on the first."""
    groups: list[list[StoredMessage]] = []
    for rej in app.rejections:
        between = [
            e
            for e in app.events
            if e.stage
            and e.stage != "rejected"
            and groups
            and when(groups[-1][-1]) < e.at < when(rej)
        ]
        if groups and not between:
            groups[-1].append(rej)
        else:
            groups.append([rej])
    return groups


class RejectionReply(Rule):
    NAME: ClassVar[FollowUpKind] = "rejection_reply"

    def enabled(self, rules: Rules) -> bool:
        return rules.rejection_reply.enabled

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        return [self._to(app, group, ctx) for group in _rejection_moments(app)]

    def _to(self, app: Application, group: list[StoredMessage], ctx: RuleContext) -> Candidate:
        first = group[0]
        rcpt = addressing.for_rejection(app, group, ctx.addresses, ctx.now)
        c = rcpt.met_earlier
        via = (
            ""
            if rcpt.from_sender
            else (f" (to {c.name or c.email}, met earlier)" if c else " (no contact known)")
        )
        by_hand = _sent_by_hand(app, when(first), ctx.now)
        return Candidate(
            "rejection_reply",
            f"{app.key}:rejection_reply:{first.facts.message_id or first.id}",
            when(first) + ctx.rules.rejection_reply.delay,
            (
                f"Reply to {app.company}'s rejection of {ctx.day(when(first))}"
                f"{via}: a gracious thanks asking to be kept in mind, as soon as it "
                "is seen."
            ),
            Source(message=first),
            when(first),
            rcpt,
            ctx.context(app, rcpt.to, interview=_last_interview_by(app, when(first))),
            done_by=by_hand[0] if by_hand else None,
        )


RULES: dict[str, Rule] = {
    r.NAME: r for r in (ThankYou(), CheckIn(), RequestedFollowUp(), RejectionReply())
}


# --------------------------------------------------------------------------- plan


def _terminal_after(app: Application, cand: Candidate, now: datetime) -> StoredMessage | None:
    if cand.kind == "rejection_reply":
        return None
    for m in [*app.rejections, *app.offers]:
        if cand.moment < when(m) <= now:
            return m
    return None


def _finish(app: Application, cand: Candidate, ctx: RuleContext) -> PlannedFollowUp:
    grace = ctx.rules.grace(cand.kind)
    reason = cand.reason
    if cand.done_by is not None:
        status = FollowUpStatus.SENT
        if cand.kind != "check_in":
            reason = (
                f"Already done: you wrote to {app.company} on "
                f"{short_day(when(cand.done_by), ctx.tz, year=ctx.now.year)}, after the moment it answers."
            )
    elif cand.cancelled is not None:
        status = FollowUpStatus.CANCELLED
        reason = cand.cancelled
    elif (term := _terminal_after(app, cand, ctx.now)) is not None:
        status = FollowUpStatus.CANCELLED
        what = "an offer" if term.facts.kind == "offer" else "a rejection"
        reason = (
            f"No {cand.kind.replace('_', '-')}: {app.company} sent {what} on "
            f"{short_day(when(term), ctx.tz, year=ctx.now.year)}, after the moment it answered."
        )
    elif cand.due_at > ctx.now:
        status = FollowUpStatus.SCHEDULED
    elif cand.due_at + grace < cand.source.seen_at:
        status = FollowUpStatus.MISSED
        reason = (
            reason.rstrip(".")
            + f"; missed: it was due {short_day(cand.due_at, ctx.tz, year=ctx.now.year)} "
            f"{short_time(cand.due_at, ctx.tz)}, more than {_duration(grace)} before "
            f"the agent first saw {'your note' if cand.source.is_note else 'that email'}."
        )
    else:
        status = FollowUpStatus.DUE
    rcpt = cand.recipients
    if status in (FollowUpStatus.DUE, FollowUpStatus.SCHEDULED) and not rcpt.to:
        status = FollowUpStatus.NO_RECIPIENT
        reason = (
            reason.rstrip(".") + "; no draft: nobody to address it to (no person or team "
            "address is known, only automated senders)."
        )
    return PlannedFollowUp(
        key=cand.key,
        kind=cand.kind,
        application=app.company,
        application_key=app.key,
        thread=rcpt.thread,
        reply_to_message=rcpt.reply_to.id if rcpt.reply_to else None,
        due_at=cand.due_at.astimezone(ctx.tz),
        status=status,
        to=list(rcpt.to),
        reason=reason,
        context=stored_context(cand.context, cand.kind, cand.moment),
    )


def _duration(d: timedelta) -> str:
    if d.total_seconds() % 86400 == 0:
        days = int(d.total_seconds() // 86400)
        return f"{days} day{'s' if days != 1 else ''}"
    hours = d.total_seconds() / 3600
    return f"{hours:g} hours"


def plan_application(
    app: Application, rules: Rules, me: Me, now: datetime, tz: ZoneInfo
) -> list[PlannedFollowUp]:
    """Every follow-up decision for one application at ``now``."""
    ctx = RuleContext(rules=rules, me=me, now=now, tz=tz)
    out: list[PlannedFollowUp] = []
    for rule in RULES.values():
        if not rule.enabled(rules):
            continue
        for cand in rule.propose(app, ctx):
            out.append(_finish(app, cand, ctx))
    return out


def plan(timeline: Timeline, rules: Rules, me: Me, now: datetime) -> list[PlannedFollowUp]:
    """Every follow-up decision at ``now``, sorted by due time, in the timeline's zone.

    Includes ``sent`` (already done by hand) and ``cancelled`` decisions so the caller can
    update what it stored earlier; :data:`SHOWN_STATUSES` are the ones the rules call for.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    out: list[PlannedFollowUp] = []
    for app in timeline.applications:
        out.extend(plan_application(app, rules, me, now, timeline.tz))
    out.sort(key=lambda p: (p.due_at, p.key))
    for p in out:
        logger.debug("plan %s %s %s: %s", p.key, p.status.value, p.due_at.isoformat(), p.reason)
    return out


def shown(decisions: list[PlannedFollowUp]) -> list[PlannedFollowUp]:
    return [d for d in decisions if d.status in SHOWN_STATUSES]


def with_status(p: PlannedFollowUp, status: FollowUpStatus) -> PlannedFollowUp:
    return replace(p, status=status)


__all__ = [
    "RULES",
    "SHOWN_STATUSES",
    "Candidate",
    "CheckIn",
    "RejectionReply",
    "RequestedFollowUp",
    "Rule",
    "RuleContext",
    "ThankYou",
    "plan",
    "plan_application",
    "shown",
    "with_status",
]
