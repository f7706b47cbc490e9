"""The etiquette rules: ``plan(timeline, config, now)`` → every follow-up decision.

Pure: the timeline, the config and ``now`` are arguments; nothing reads the clock.

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
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta
from typing import ClassVar
from zoneinfo import ZoneInfo

from agent.config import Config
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
    human_day,
    local_date,
    next_business_day,
    short_day,
    short_time,
)
from agent.followup.names import team_mailboxes
from agent.followup.recipients import clean_text, interviewers_only, is_usable_contact
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
    thread: str | None
    reply_to: StoredMessage | None
    to: list[str]
    context: dict[str, str] = field(default_factory=dict)
    done_by: StoredMessage | None = None  # the candidate already sent it by hand
    cancelled: str | None = None  # why a later fact made it pointless


@dataclass(frozen=True)
class RuleContext:
    cfg: Config
    now: datetime
    tz: ZoneInfo

    @property
    def me(self) -> list[str]:
        return self.cfg.me.addresses


class Rule(ABC):
    """One moment of the etiquette table. ``NAME`` is its key under ``rules:`` in YAML."""

    NAME: ClassVar[FollowUpKind]

    @abstractmethod
    def enabled(self, cfg: Config) -> bool: ...

    @abstractmethod
    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]: ...


# --------------------------------------------------------------------------- helpers


def _names(people: list[str]) -> str:
    if not people:
        return ""
    if len(people) == 1:
        return people[0]
    return ", ".join(people[:-1]) + " and " + people[-1]


def _base_context(app: Application, ctx: RuleContext, to: list[str]) -> dict[str, str]:
    me = ctx.cfg.me
    firsts: list[str] = []
    for addr in to:
        c = app.contact_named(addr)
        if c is None or c.first_name is None:
            firsts = []  # greet everyone by name or no one
            break
        if c.first_name not in firsts:
            firsts.append(c.first_name)
    my_first = me.first_name or (me.name.split()[0] if me.name.split() else "")
    return {
        "company": clean_text(app.company) if not app.company.startswith("Unknown") else "",
        "role": clean_text(app.role),
        "greeting_names": clean_text(_names(firsts)),
        "my_name": clean_text(me.name),
        "my_first_name": clean_text(my_first),
        "signature": me.signature or "",
        "interview_day": "",
        "interview_date": "",
        "interview_time": "",
        "decision_date": "",
        "follow_up_date": "",
    }


def _usable(addresses: list[str], ctx: RuleContext) -> list[str]:
    out: list[str] = []
    for a in addresses:
        a = a.strip().lower()
        if is_usable_contact(a, ctx.me) and a not in out:
            out.append(a)
    return out


def _message_contact(m: StoredMessage | None, ctx: RuleContext) -> list[str]:
    """Who a reply to ``m`` goes to: its named contact, Reply-To or sender, if human."""
    if m is None or m.facts.is_own:
        return []
    f = m.facts
    for addr in (f.contact_email, f.reply_to, f.from_email):
        found = _usable([addr] if addr else [], ctx)
        if found:
            return found
    return []


def _reply_target(
    app: Application, thread: str | None, ctx: RuleContext
) -> tuple[str | None, StoredMessage | None]:
    """The thread to answer in and the message to answer (its latest one up to now)."""
    if thread is None or app.thread(thread) is None:
        c = app.human_contact()
        thread = c.thread if c and c.thread else (app.threads[-1].key if app.threads else None)
    return thread, app.latest_message_in(thread, until=ctx.now)


def _interview_words(iv: Interview, ctx: RuleContext) -> dict[str, str]:
    return {
        "interview_day": iv.start.astimezone(ctx.tz).strftime("%A"),
        "interview_date": human_day(iv.start, ctx.tz),
        "interview_time": short_time(iv.start, ctx.tz),
    }


def _arranged_by(iv: Interview) -> list[str]:
    """Who sent the invitation: a coordinator, not an interviewer, when others attend."""
    f = iv.source.message.facts if iv.source.message else None
    return [a for a in (f.from_email, f.reply_to, f.contact_email) if a] if f else []


def _stage_epoch(app: Application, at: datetime) -> tuple[str, datetime | None]:
    """The stage segment ``at`` falls in: (key of the event that began it, its time)."""
    marks: list[tuple[datetime, str]] = [(e.at, e.key) for e in app.events if e.stage]
    marks += [(iv.start, iv.key) for iv in app.interviews]
    marks = sorted(m for m in marks if m[0] <= at)
    if not marks:
        return "start", None
    return marks[-1][1] or "start", marks[-1][0]


# --------------------------------------------------------------------------- the rules


class ThankYou(Rule):
    NAME: ClassVar[FollowUpKind] = "thank_you"

    def enabled(self, cfg: Config) -> bool:
        return cfg.rules.thank_you.enabled

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        r = ctx.cfg.rules.thank_you
        holidays = ctx.cfg.rules.holidays
        out: list[Candidate] = []
        ivs = app.interviews
        for n, iv in enumerate(ivs):
            local = iv.start.astimezone(ctx.tz)
            if local.time() < r.morning_ends:
                due = at_local(local.date(), r.same_day_at, ctx.tz)
                due = max(due, iv.end or iv.start)
                when_text = f"a morning interview, so the same afternoon at {_hm(r.same_day_at)}"
            else:
                day = local.date() + timedelta(days=1)
                if r.skip_weekends:
                    day = next_business_day(day, holidays)
                due = at_local(day, r.next_day_at, ctx.tz)
                when_text = f"a later interview, so the next morning at {_hm(r.next_day_at)}"
                if day != local.date() + timedelta(days=1):
                    when_text = (
                        f"a later interview, so the next business morning "
                        f"({short_day(day, year=ctx.now.year)}) at {_hm(r.next_day_at)}"
                    )
            people = _usable(interviewers_only(iv.interviewers, _arranged_by(iv), ctx.me), ctx)
            # a thank-you goes to the interviewers; a team mailbox on the invitation is
            # copied (compose.addressing) unless it is the only address there is
            teams = set(team_mailboxes(iv.interviewers))
            people = [a for a in people if a not in teams] or people
            thread, reply_to = _reply_target(app, iv.thread, ctx)
            to = people or _message_contact(iv.source.message, ctx)
            if not to:
                c = app.human_contact(thread=thread)
                to = [c.email] if c else []
            who = ""
            firsts = [c.first_name for a in to if (c := app.contact_named(a)) and c.first_name]
            if firsts and len(firsts) == len(to):
                who = f" with {_names(firsts)}"
            context = _base_context(app, ctx, to) | _interview_words(iv, ctx)
            promised = [pr for pr in app.promises if pr.value >= local.date()]
            if promised:
                context["decision_date"] = human_day(promised[-1].value)
            nxt = ivs[n + 1].start if n + 1 < len(ivs) else None
            done = [
                m
                for m in app.own_messages_after(iv.start)
                if (nxt is None or when(m) < nxt) and when(m) <= ctx.now
            ]
            out.append(
                Candidate(
                    kind="thank_you",
                    key=f"{app.key}:thank_you:{iv.key}",
                    due_at=due,
                    reason=(
                        f"Thank-you for the {app.company} interview{who} on "
                        f"{short_day(iv.start, ctx.tz, year=ctx.now.year)} at {short_time(iv.start, ctx.tz)} "
                        f"({iv.source.describe(ctx.tz, year=ctx.now.year)}): {when_text}."
                    ),
                    source=iv.source,
                    moment=iv.start,
                    thread=thread,
                    reply_to=reply_to,
                    to=to,
                    context=context,
                    done_by=done[0] if done else None,
                )
            )
        return out


class CheckIn(Rule):
    NAME: ClassVar[FollowUpKind] = "check_in"

    def enabled(self, cfg: Config) -> bool:
        return cfg.rules.check_in.enabled and cfg.rules.check_in.max_per_stage > 0

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        r = ctx.cfg.rules.check_in
        hol = ctx.cfg.rules.holidays
        promise = app.promises[-1] if app.promises else None
        if promise is not None:
            due = at_local(
                add_business_days(promise.value, r.business_days_after, hol), r.at, ctx.tz
            )
            before = [iv for iv in app.interviews if iv.start <= due]
            iv = before[-1] if before else None
            anchor = max(promise.source.stated_at, iv.start) if iv else promise.source.stated_at
            window = max(anchor, day_start(promise.value, ctx.tz))
            since = (
                f"the interview on {short_day(iv.start, ctx.tz, year=ctx.now.year)}"
                if iv and iv.start >= promise.source.stated_at
                else f"{'you noted it' if promise.source.is_note else 'that email'}"
            )
            why = (
                f"you were told you would hear by {short_day(promise.value, year=ctx.now.year)} "
                f"({promise.source.describe(ctx.tz, year=ctx.now.year)})"
            )
            delay = f"{r.business_days_after} business days after that date"
        elif r.fallback.enabled and app.interviews:
            past = [iv for iv in app.interviews if iv.start <= ctx.now] or app.interviews[:1]
            iv = past[-1]
            n = r.fallback.business_days_after_interview
            due = at_local(add_business_days(local_date(iv.start, ctx.tz), n, hol), r.at, ctx.tz)
            anchor = iv.start
            window = iv.start + timedelta(days=2)
            since = f"the interview on {short_day(iv.start, ctx.tz, year=ctx.now.year)}"
            why = "no decision date was ever given (fallback rule)"
            delay = f"{n} business days after the interview"
        else:
            return []
        epoch_key, _ = _stage_epoch(app, anchor)
        if epoch_key == "start":
            epoch_key = app.threads[0].key if app.threads else "start"
        by_hand = [m for m in app.own_messages_after(window) if when(m) <= ctx.now]
        out: list[Candidate] = []
        thread_hint = promise.thread if promise else None
        if thread_hint is None and iv is not None:
            thread_hint = iv.thread
        thread, reply_to = _reply_target(app, thread_hint, ctx)
        to = _message_contact(promise.source.message if promise else None, ctx)
        if not to:
            c = app.human_contact(thread=thread)
            to = [c.email] if c else []
        context = _base_context(app, ctx, to)
        if iv is not None:
            context |= _interview_words(iv, ctx)
        if promise is not None:
            context["decision_date"] = human_day(promise.value)
        source = promise.source if promise else (iv.source if iv else Source())
        for k in range(1, r.max_per_stage + 1):
            key = f"{app.key}:check_in:{epoch_key}:{k}"
            if k <= len(by_hand):
                sent = by_hand[k - 1]
                out.append(
                    Candidate(
                        "check_in",
                        key,
                        due,
                        f"You already checked in with {app.company} on "
                        f"{short_day(when(sent), ctx.tz, year=ctx.now.year)}.",
                        source,
                        anchor,
                        thread,
                        reply_to,
                        to,
                        context,
                        done_by=sent,
                    )
                )
                continue
            this_due, this_anchor = due, anchor
            if k > 1:
                last = when(by_hand[k - 2])
                later = add_business_days(local_date(last, ctx.tz), r.business_days_after, hol)
                this_due = max(due, at_local(later, r.at, ctx.tz))
                this_anchor = max(anchor, last)
            reason = (
                f"Check-in with {app.company}: {why}, and they have written nothing since "
                f"{since}, so a short note {delay}"
                + (f" (check-in {k} of at most {r.max_per_stage} in this stage)." if k > 1 else ".")
            )
            cand = Candidate(
                "check_in",
                key,
                this_due,
                reason,
                source,
                this_anchor,
                thread,
                reply_to,
                to,
                dict(context),
            )
            wrote = app.employer_wrote_after(this_anchor)
            if wrote is not None and when(wrote) <= ctx.now:
                cand.cancelled = (
                    f"No check-in with {app.company}: they wrote on "
                    f"{short_day(when(wrote), ctx.tz, year=ctx.now.year)}, after {since}."
                )
            out.append(cand)
            break
        return out


class RequestedFollowUp(Rule):
    NAME: ClassVar[FollowUpKind] = "requested_follow_up"

    def enabled(self, cfg: Config) -> bool:
        return cfg.rules.requested_follow_up.enabled

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        r = ctx.cfg.rules.requested_follow_up
        latest: dict[object, DatedFact] = {}
        first_asked: dict[object, str] = {}
        for req in app.requests:
            latest[req.value] = req  # sorted by when stated: the last one wins
            if req.value not in first_asked:
                src = req.source
                first_asked[req.value] = (
                    f"note:{src.note.id}"
                    if src.note is not None
                    else (src.message.facts.message_id or src.message.id)
                    if src.message is not None
                    else "?"
                )
        newest = app.requests[-1] if app.requests else None
        out: list[Candidate] = []
        for req in sorted(latest.values(), key=lambda q: q.value):
            due = at_local(req.value, r.at, ctx.tz)
            anchor = req.source.stated_at
            thread, reply_to = _reply_target(app, req.thread, ctx)
            to = _message_contact(req.source.message, ctx)
            if not to:
                c = app.human_contact(thread=thread)
                to = [c.email] if c else []
            context = _base_context(app, ctx, to)
            context["follow_up_date"] = human_day(req.value)
            if app.promises:
                context["decision_date"] = human_day(app.promises[-1].value)
            past = [iv for iv in app.interviews if iv.start <= anchor]
            if past:
                context |= _interview_words(past[-1], ctx)
            by_hand = [
                m
                for m in app.own_messages_after(max(anchor, day_start(req.value, ctx.tz)))
                if when(m) <= ctx.now
            ]
            cand = Candidate(
                "requested_follow_up",
                f"{app.key}:requested_follow_up:{req.value.isoformat()}:{first_asked[req.value]}",
                due,
                (
                    f"Requested follow-up: {app.company} asked you to follow up on "
                    f"{short_day(req.value, year=ctx.now.year)} ({req.source.describe(ctx.tz, year=ctx.now.year)}), so a note that "
                    f"day at {_hm(r.at)}."
                ),
                req.source,
                anchor,
                thread,
                reply_to,
                to,
                context,
                done_by=by_hand[0] if by_hand else None,
            )
            wrote = app.employer_wrote_after(anchor)
            if newest is not None and newest.value != req.value:
                cand.cancelled = (
                    f"No follow-up for {short_day(req.value, year=ctx.now.year)}: a later request moved it to "
                    f"{short_day(newest.value, year=ctx.now.year)}."
                )
            elif wrote is not None and when(wrote) <= ctx.now:
                cand.cancelled = (
                    f"No requested follow-up with {app.company}: they wrote on "
                    f"{short_day(when(wrote), ctx.tz, year=ctx.now.year)}, after asking for it."
                )
            out.append(cand)
        return out


class RejectionReply(Rule):
    NAME: ClassVar[FollowUpKind] = "rejection_reply"

    def enabled(self, cfg: Config) -> bool:
        return cfg.rules.rejection_reply.enabled

    def propose(self, app: Application, ctx: RuleContext) -> list[Candidate]:
        if not app.rejections:
            return []
        # consecutive rejections with no other stage between them are one moment (a
        # recruiter's note and the ATS's automatic mail): one reply, keyed on the first
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
        out: list[Candidate] = []
        delay = ctx.cfg.rules.rejection_reply.delay
        for group in groups:
            first = group[0]
            human = next((m for m in reversed(group) if _message_contact(m, ctx)), None)
            if human is not None:
                to = _message_contact(human, ctx)
                thread_key = app.thread_of(human)
                thread, reply_to = _reply_target(app, thread_key.key if thread_key else None, ctx)
                via = ""
            else:
                # an ATS no-reply: answer the person met earlier, in their conversation
                c = app.human_contact()
                to = [c.email] if c else []
                thread, reply_to = _reply_target(app, c.thread if c else None, ctx)
                via = f" (to {c.name or c.email}, met earlier)" if c else " (no contact known)"
            context = _base_context(app, ctx, to)
            if app.interviews:
                past = [iv for iv in app.interviews if iv.start <= when(first)]
                if past:
                    context |= _interview_words(past[-1], ctx)
            by_hand = [m for m in app.own_messages_after(when(first)) if when(m) <= ctx.now]
            out.append(
                Candidate(
                    "rejection_reply",
                    f"{app.key}:rejection_reply:{first.facts.message_id or first.id}",
                    when(first) + delay,
                    (
                        f"Reply to {app.company}'s rejection of {short_day(when(first), ctx.tz, year=ctx.now.year)}"
                        f"{via}: a gracious thanks asking to be kept in mind, as soon as it "
                        "is seen."
                    ),
                    Source(message=first),
                    when(first),
                    thread,
                    reply_to,
                    to,
                    context,
                    done_by=by_hand[0] if by_hand else None,
                )
            )
        return out


RULES: dict[str, Rule] = {
    r.NAME: r for r in (ThankYou(), CheckIn(), RequestedFollowUp(), RejectionReply())
}


def _hm(t: time) -> str:
    return t.strftime("%H:%M")


# --------------------------------------------------------------------------- plan


def _terminal_after(app: Application, cand: Candidate, now: datetime) -> StoredMessage | None:
    if cand.kind == "rejection_reply":
        return None
    for m in [*app.rejections, *app.offers]:
        if cand.moment < when(m) <= now:
            return m
    return None


def _finish(app: Application, cand: Candidate, ctx: RuleContext) -> PlannedFollowUp:
    grace = ctx.cfg.rules.grace(cand.kind)
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
    if status in (FollowUpStatus.DUE, FollowUpStatus.SCHEDULED) and not cand.to:
        status = FollowUpStatus.NO_RECIPIENT
        reason = (
            reason.rstrip(".") + "; no draft: nobody to address it to (no person or team "
            "address is known, only automated senders)."
        )
    context = dict(cand.context)
    context["kind"] = cand.kind
    context["moment"] = cand.moment.isoformat()
    return PlannedFollowUp(
        key=cand.key,
        kind=cand.kind,
        application=app.company,
        application_key=app.key,
        thread=cand.thread,
        reply_to_message=cand.reply_to.id if cand.reply_to else None,
        due_at=cand.due_at.astimezone(ctx.tz),
        status=status,
        to=list(cand.to),
        reason=reason,
        context=context,
    )


def _duration(d: timedelta) -> str:
    if d.total_seconds() % 86400 == 0:
        days = int(d.total_seconds() // 86400)
        return f"{days} day{'s' if days != 1 else ''}"
    hours = d.total_seconds() / 3600
    return f"{hours:g} hours"


def plan_application(app: Application, cfg: Config, now: datetime) -> list[PlannedFollowUp]:
    ctx = RuleContext(cfg=cfg, now=now, tz=cfg.tz)
    out: list[PlannedFollowUp] = []
    for rule in RULES.values():
        if not rule.enabled(cfg):
            continue
        for cand in rule.propose(app, ctx):
            out.append(_finish(app, cand, ctx))
    return out


def plan(timeline: Timeline, cfg: Config, now: datetime) -> list[PlannedFollowUp]:
    """Every follow-up decision at ``now``, sorted by due time.

    Includes ``sent`` (already done by hand) and ``cancelled`` decisions so the caller can
    update what it stored earlier; :data:`SHOWN_STATUSES` are the ones the rules call for.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    out: list[PlannedFollowUp] = []
    for app in timeline.applications:
        out.extend(plan_application(app, cfg, now))
    out.sort(key=lambda p: (p.due_at, p.key))
    for p in out:
        logger.debug("plan %s %s %s: %s", p.key, p.status.value, p.due_at.isoformat(), p.reason)
    return out


def shown(decisions: list[PlannedFollowUp]) -> list[PlannedFollowUp]:
    return [d for d in decisions if d.status in SHOWN_STATUSES]


def with_status(p: PlannedFollowUp, status: FollowUpStatus) -> PlannedFollowUp:
    return replace(p, status=status)
