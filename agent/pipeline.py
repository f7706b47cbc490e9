"""One pass of the agent: sync → understand → record → plan → reconcile → draft.

``run_once(cfg, store, mailbox, now=...)`` is what ``run --once``, every daemon step and
``demo`` call, through :func:`agent.session.open_session`. ``now`` is an argument (the
daemon owns the clock), so a pass can be rehearsed at any moment.

Steps, and the crash points (``agent.faults``, ``FOLLOWUP_AGENT_CRASH_AT=name[:N]``) at
their boundaries:

1. **Sync.** ``mailbox.changes(cursor)``; a cheap first pass on the headers
   (``could_be_job_mail``, or a reply to / a mail to a company already known) picks the
   candidates; only those are fetched, understood and recorded, each message in its own
   transaction. The cursor is stored only after all of them, so a kill in between sees
   them again (``record_message`` ignores ones already recorded).
   Crash points: ``sync.after_fetch`` (each message fetched and understood, not recorded),
   ``sync.after_record`` (each message recorded), ``sync.before_cursor``.
2. **Plan.** Timelines from *all* stored messages and notes, ``plan`` at ``now``.
3. **Reconcile** with the stored follow-ups in one transaction
   (:mod:`agent.followup.reconcile` decides what changes). Crash point:
   ``plan.after_reconcile``.
4. **Earlier drafts.** :func:`check_drafts` (also behind the ``drafts`` command):
   ``mailbox.draft_state``, decided by :mod:`agent.followup.draft_fate`, recorded as
   deleted → discarded, sent → sent.
5. **Drafts, exactly once.** For each due follow-up: compose; record the intent (the
   deterministic Message-ID and the raw draft) in a committed transaction; create the
   draft; record its id and ``drafted``. A follow-up whose intent was recorded by an
   earlier, interrupted pass is first looked up with ``mailbox.find_drafts`` (and among
   sent mail) and created only when found nowhere, from the stored raw bytes.
   Crash points: ``draft.before_intent``, ``draft.after_intent``, ``draft.after_create``,
   ``draft.after_record``.
6. **Applications** are saved for ``status``; the summary is returned.

``dry_run`` reads the mailbox and plans, but writes nothing: no store change, no draft.

A pass reads the stored messages and follow-ups once and hands them down; every write
to a follow-up goes through :class:`PassRows`, which keeps its copy in step with the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any, Literal

from agent.company_names import employer_domain
from agent.config import Config
from agent.errors import AuthError, MailError, UnreadableMessage
from agent.faults import crash_point
from agent.followup.compose import ComposeError, TemplateSet, compose
from agent.followup.corrections import Corrections
from agent.followup.draft_fate import stored_status
from agent.followup.reconcile import OPEN, Change, match_rows, reconcile
from agent.followup.rules import SHOWN_STATUSES, plan
from agent.followup.timeline import Timeline, build_timeline
from agent.mail.base import Mailbox
from agent.models import (
    ApplicationRow,
    DraftRef,
    DraftRequest,
    DraftState,
    Folder,
    FollowUpRow,
    FollowUpStatus,
    MailMessage,
    MessageFacts,
    MessageRef,
    PlannedFollowUp,
    StoredMessage,
    effective_due,
)
from agent.notify import notify_drafts
from agent.store import Store
from agent.template_files import load_templates
from agent.understand import could_be_job_mail, understand
from agent.understand.addresses import parse_addresses

logger = logging.getLogger(__name__)

#: wraps the stream of fetched messages to show progress: (items, total, description)
Progress = Callable[[Iterable[MailMessage], int, str], Iterable[MailMessage]]


@dataclass
class DraftInfo:
    """A draft made (or, in a dry run, that would be made) in this pass."""

    key: str
    kind: str
    application: str
    to: list[str]
    message_id: str | None
    draft_id: str | None
    reason: str


@dataclass
class RunSummary:
    """What one pass did. ``planned``/``missed``/``cancelled`` count changes in this pass;
    ``due`` counts follow-ups that were due for drafting in it."""

    new_messages: int = 0
    understood: int = 0
    unreadable: int = 0
    drafts_created: int = 0
    planned: int = 0
    due: int = 0
    missed: int = 0
    cancelled: int = 0
    errors: list[str] = field(default_factory=list)
    next_due_at: datetime | None = None
    drafts: list[DraftInfo] = field(default_factory=list)
    dry_run: bool = False
    #: every upcoming due time (for the daemon's due jobs); ``next_due_at`` is the first
    upcoming: list[datetime] = field(default_factory=list)


# --------------------------------------------------------------------------- sync


def _header_ids(value: str | None) -> list[str]:
    if not value:
        return []
    return [t for t in value.replace(",", " ").split() if t.startswith("<") and t.endswith(">")]


@dataclass
class _Known:
    """What the store already knows, for the cheap first pass on headers."""

    message_ids: set[str]
    domains: set[str]

    @classmethod
    def of(cls, messages: Iterable[StoredMessage]) -> _Known:
        ids: set[str] = set()
        domains: set[str] = set()
        for m in messages:
            if m.facts.message_id:
                ids.add(m.facts.message_id)
            if not m.facts.is_own and m.facts.kind != "other":
                d = employer_domain(m.facts.from_email)
                if d:
                    domains.add(d)
        return cls(ids, domains)


def _is_candidate(ref: MessageRef, known: _Known, cfg: Config) -> bool:
    """Worth fetching: looks like job mail, or continues a known thread or correspondent."""
    if not ref.headers:
        return True  # the backend cannot tell cheaply: fetch and understand
    try:
        hdr = BytesHeaderParser(policy=compat32).parsebytes(ref.headers)
    except Exception:  # a header block the parser chokes on: let understand decide
        return True
    parents = _header_ids(hdr.get("In-Reply-To")) + _header_ids(hdr.get("References"))
    mid = _header_ids(hdr.get("Message-ID"))
    related = any(p in known.message_ids for p in parents)
    people = [str(v) for h in ("From", "To", "Cc", "Reply-To") for v in hdr.get_all(h, [])]
    for _, addr in parse_addresses(people):  # addresses only, never display names
        d = employer_domain(addr)
        if d and d in known.domains:
            related = True
    if related or could_be_job_mail(ref.headers, ref.snippet, me=cfg.me.addresses):
        known.message_ids.update(mid)
        return True
    return False


def _understand_one(cfg: Config, msg: MailMessage, summary: RunSummary) -> MessageFacts | None:
    """The facts of one fetched message; None (counted as unreadable) when it cannot be
    understood: a bug on one message must not stop the mailbox."""
    try:
        facts = understand(
            msg.raw,
            me=cfg.me.addresses,
            source=msg.id,
            default_tz=cfg.tz,
            arrived=msg.arrived,
            work_domains=cfg.me.work_domains,
        )
    except UnreadableMessage as exc:
        summary.unreadable += 1
        logger.warning("unreadable message %s: %s", msg.id, exc)
        return None
    except Exception as exc:
        summary.unreadable += 1
        summary.errors.append(f"{msg.id}: cannot understand: {type(exc).__name__}: {exc}")
        logger.warning("cannot understand %s: %s", msg.id, exc, exc_info=logger.isEnabledFor(10))
        return None
    summary.understood += 1
    return facts


def _sync(
    cfg: Config,
    store: Store,
    mailbox: Mailbox,
    account: str,
    stored: list[StoredMessage],
    *,
    now: datetime,
    dry_run: bool,
    summary: RunSummary,
    progress: Progress | None = None,
) -> list[StoredMessage]:
    """Record what is new; returns the new messages (the only copy of them in a dry run)."""
    changes = mailbox.changes(store.cursor(account))
    seen = store.seen_ids(account, [r.id for r in changes.added])
    new = [r for r in changes.added if r.id not in seen]
    summary.new_messages = len(new)
    known = _Known.of(stored)
    # the inbox first, so a Sent reply to a message found in this pass is recognised
    new.sort(key=lambda r: r.folder != Folder.INBOX)
    wanted = [r for r in new if _is_candidate(r, known, cfg)]
    refs = {r.id: r for r in wanted}
    logger.debug("sync %s: %d new, %d candidates", account, len(new), len(wanted))
    fresh: list[StoredMessage] = []
    fetched: Iterable[MailMessage] = mailbox.fetch([r.id for r in wanted])
    if progress is not None:
        fetched = progress(fetched, len(wanted), "reading new mail")
    for msg in fetched:
        ref = refs.get(msg.id)
        facts = _understand_one(cfg, msg, summary)
        if facts is None:
            continue
        crash_point("sync.after_fetch")
        sm = StoredMessage(
            id=msg.id,
            folder=msg.folder,
            thread_id=msg.thread_id or (ref.thread_id if ref else None),
            facts=facts,
            first_seen=now,
        )
        fresh.append(sm)
        if not dry_run:
            with store.transaction():
                store.record_message(account, sm, seen_at=now)
            crash_point("sync.after_record")
    crash_point("sync.before_cursor")
    if not dry_run:
        store.set_cursor(account, changes.cursor, now=now)
    return fresh


# --------------------------------------------------------------------------- follow-up rows


class PassRows:
    """The follow-up rows of one account during a pass: read once, and every write goes
    to the store and to this copy, so later steps need not read them again."""

    def __init__(self, store: Store, account: str, rows: Iterable[FollowUpRow]) -> None:
        self.store = store
        self.account = account
        self.by_key: dict[str, FollowUpRow] = {r.key: r for r in rows}

    @classmethod
    def read(cls, store: Store, account: str) -> PassRows:
        return cls(store, account, store.followups(account))

    def all(self) -> list[FollowUpRow]:
        return sorted(self.by_key.values(), key=lambda r: (r.due_at, r.key))

    def with_status(self, *statuses: FollowUpStatus) -> list[FollowUpRow]:
        return [r for r in self.all() if r.status in statuses]

    def insert(self, row: FollowUpRow) -> None:
        """Store a new row (inside the caller's transaction)."""
        self.store.insert_followup(row)
        self.by_key[row.key] = row

    def set(self, key: str, *, now: datetime, **changes: Any) -> FollowUpRow:
        """Change some columns of a row (inside the caller's transaction)."""
        self.store.update_followup(self.account, key, now=now, **changes)
        row = replace(self.by_key[key], updated_at=now, **changes)
        self.by_key[key] = row
        return row

    def update(self, key: str, *, now: datetime, **changes: Any) -> FollowUpRow:
        """Change some columns of a row in a transaction of its own."""
        with self.store.transaction():
            return self.set(key, now=now, **changes)


def _new_row(
    account: str, d: PlannedFollowUp, status: FollowUpStatus, now: datetime
) -> FollowUpRow:
    return FollowUpRow(
        account=account,
        key=d.key,
        application_key=d.application_key,
        kind=d.kind,
        due_at=d.due_at,
        status=status,
        reason=d.reason,
        recipients=list(d.to),
        thread=d.thread,
        reply_to_message=d.reply_to_message,
        draft_message_id=None,
        draft_id=None,
        draft_thread_id=None,
        draft_raw=None,
        snoozed_until=None,
        created_at=now,
        updated_at=now,
    )


def _apply(
    rows: PassRows, changes: Sequence[Change], *, now: datetime, summary: RunSummary
) -> None:
    before = {k: r.status for k, r in rows.by_key.items()}
    with rows.store.transaction():
        for ch in changes:
            d = ch.decision
            if ch.op == "insert":
                assert d is not None
                rows.insert(_new_row(rows.account, d, ch.status, now))
            elif d is None:
                rows.set(ch.key, now=now, status=ch.status)
            else:
                rows.set(
                    ch.key,
                    now=now,
                    status=ch.status,
                    due_at=d.due_at,
                    reason=d.reason,
                    recipients=list(d.to),
                    thread=d.thread,
                    reply_to_message=d.reply_to_message,
                )
    _count(changes, before, summary)


def _count(changes: Sequence[Change], before: dict[str, FollowUpStatus], s: RunSummary) -> None:
    for ch in changes:
        old = before.get(ch.key)
        if ch.status is old:
            continue
        if ch.op == "insert" and ch.status in OPEN:
            s.planned += 1
        if ch.status is FollowUpStatus.MISSED:
            s.missed += 1
        elif ch.status is FollowUpStatus.CANCELLED:
            s.cancelled += 1


# --------------------------------------------------------------------------- drafts


@dataclass
class DraftChecks:
    """What the mailbox said about each draft asked about (by follow-up key)."""

    states: dict[str, DraftState] = field(default_factory=dict)
    errors: dict[str, MailError] = field(default_factory=dict)


def check_drafts(rows: PassRows, mailbox: Mailbox, *, now: datetime) -> DraftChecks:
    """What became of the drafted follow-ups' drafts, recorded in the store: deleted →
    discarded (never drafted again), sent → sent. A draft the mailbox cannot be asked
    about is reported in ``errors``; ``AuthError`` stops the check (the user must act)."""
    out = DraftChecks()
    for row in rows.with_status(FollowUpStatus.DRAFTED):
        if not row.draft_id or not row.draft_message_id:
            continue
        ref = DraftRef(row.draft_id, row.draft_message_id, row.draft_thread_id)
        original = row.draft_raw.encode("utf-8", "surrogateescape") if row.draft_raw else None
        try:
            state = mailbox.draft_state(ref, original=original)
        except AuthError:
            raise
        except MailError as exc:
            out.errors[row.key] = exc
            continue
        out.states[row.key] = state
        new = stored_status(state)
        if new is not None:
            rows.update(row.key, now=now, status=new)
            logger.info("follow-up %s: draft %s", row.key, state.value)
    return out


def _parent_header(raw: bytes, name: str) -> str | None:
    value = BytesHeaderParser(policy=compat32).parsebytes(raw).get(name)
    return " ".join(str(value).split()) if value else None


@dataclass
class _Drafting:
    """What making drafts in one pass works with."""

    cfg: Config
    rows: PassRows
    mailbox: Mailbox
    timeline: Timeline
    messages: dict[str, StoredMessage]
    templates: TemplateSet
    now: datetime


def _made_already(w: _Drafting, key: str, mid: str) -> DraftRef | Literal["sent"] | None:
    """The draft with Message-ID ``mid`` if it is in Drafts; "sent" (recorded as such) if it
    was sent; None if it is nowhere and may be created."""
    found = w.mailbox.find_drafts([mid])
    if mid in found:
        logger.info("follow-up %s: its draft is already in Drafts; not made again", key)
        return found[mid]
    store = w.rows.store
    if store.has_message_id(w.rows.account, mid) or mid in w.mailbox.find_sent([mid]):
        w.rows.update(key, now=w.now, status=FollowUpStatus.SENT)
        return "sent"
    return None


def _resume_intent(w: _Drafting, row: FollowUpRow) -> tuple[DraftRef, bool] | None:
    """An intent recorded by an interrupted pass: the draft found (not made again), or made
    now from the stored bytes when it is still due; None when nothing is to be recorded."""
    assert row.draft_message_id and row.draft_raw
    mid = row.draft_message_id
    made = _made_already(w, row.key, mid)
    if made == "sent":
        return None
    if made is not None:
        return made, False
    if row.status is not FollowUpStatus.DUE:
        return None
    raw = row.draft_raw.encode("utf-8", "surrogateescape")
    req = DraftRequest(
        raw=raw,
        message_id=mid,
        in_reply_to=_parent_header(raw, "In-Reply-To"),
        thread_id=row.draft_thread_id,
    )
    ref = w.mailbox.create_draft(req)
    crash_point("draft.after_create")
    return ref, True


def _compose_and_create(
    w: _Drafting, row: FollowUpRow, decision: PlannedFollowUp
) -> tuple[DraftRef, bool] | None:
    """Compose, record the intent, then create the draft (unless it exists already)."""
    parent = w.messages.get(decision.reply_to_message or "")
    app = w.timeline.by_key(decision.application_key)
    account = w.rows.account
    req = compose(
        decision,
        parent,
        w.cfg.me,
        w.cfg.rules,
        w.templates,
        account=account,
        now=w.now,
        app=app,
    )
    crash_point("draft.before_intent")
    w.rows.update(
        row.key,
        now=w.now,
        draft_message_id=req.message_id,
        draft_raw=req.raw.decode("utf-8", "surrogateescape"),
        draft_thread_id=req.thread_id,
    )
    crash_point("draft.after_intent")
    # the Message-ID is deterministic: a store rebuilt from scratch finds its old draft
    made = _made_already(w, row.key, req.message_id)
    if made == "sent":
        return None
    if made is not None:
        return made, False
    ref = w.mailbox.create_draft(req)
    crash_point("draft.after_create")
    return ref, True


def _draft_one(w: _Drafting, row: FollowUpRow, decision: PlannedFollowUp | None) -> DraftRef | None:
    """Make the draft of one due follow-up exactly once; None when none was made (a draft
    found already in Drafts is recorded, but not made again).

    A row that is no longer due but has a recorded intent is only looked up: if the
    interrupted pass did create its draft, the draft is recorded, else nothing happens.
    """
    if row.draft_message_id and row.draft_raw:
        # an earlier pass recorded the intent and may have created the draft before dying
        outcome = _resume_intent(w, row)
    elif decision is not None and row.status is FollowUpStatus.DUE:
        outcome = _compose_and_create(w, row, decision)
    else:
        outcome = None
    if outcome is None:
        return None
    ref, created = outcome
    w.rows.update(
        row.key,
        now=w.now,
        draft_id=ref.draft_id,
        draft_thread_id=ref.thread_id or row.draft_thread_id,
        status=FollowUpStatus.DRAFTED,
    )
    crash_point("draft.after_record")
    if not created:
        return None  # found, not made: recorded, but no draft of this pass
    logger.info("follow-up %s: draft %s created", row.key, ref.draft_id)
    return ref


def _to_draft(rows: PassRows, now: datetime) -> list[FollowUpRow]:
    """Due follow-ups, and intents an interrupted pass recorded without a draft id."""
    todo = [
        r
        for r in rows.all()
        if (r.status is FollowUpStatus.DUE and r.due_at <= now)
        or (r.draft_message_id and not r.draft_id and r.status is not FollowUpStatus.SENT)
    ]
    todo.sort(key=lambda r: (r.due_at, r.key))
    return todo


def _make_drafts(
    cfg: Config,
    rows: PassRows,
    mailbox: Mailbox,
    decisions: dict[str, PlannedFollowUp],
    timeline: Timeline,
    messages: dict[str, StoredMessage],
    *,
    now: datetime,
    summary: RunSummary,
) -> None:
    todo = _to_draft(rows, now)
    summary.due = sum(1 for r in todo if r.status is FollowUpStatus.DUE)
    if not todo:
        return
    try:
        templates = load_templates(cfg.templates)
    except ComposeError as exc:
        summary.errors.append(str(exc))
        return
    w = _Drafting(cfg, rows, mailbox, timeline, messages, templates, now)
    for row in todo:
        d = decisions.get(row.key)
        try:
            ref = _draft_one(w, row, d)
        except AuthError:
            raise
        except (ComposeError, MailError) as exc:
            summary.errors.append(f"{row.key}: no draft: {exc}")
            logger.warning("follow-up %s: no draft: %s", row.key, exc)
            continue
        if ref is not None:
            summary.drafts_created += 1
            summary.drafts.append(
                DraftInfo(
                    key=row.key,
                    kind=row.kind,
                    application=d.application if d else row.application_key,
                    to=list(row.recipients),
                    message_id=ref.message_id,
                    draft_id=ref.draft_id,
                    reason=row.reason,
                )
            )


# --------------------------------------------------------------------------- applications


def _save_applications(store: Store, account: str, timeline: Timeline, *, now: datetime) -> None:
    for app in timeline.applications:
        last = app.last_event()
        store.save_application(
            ApplicationRow(
                account=account,
                key=app.key,
                company=app.company,
                role=app.role,
                stage=app.stage,
                contacts=[c.email for c in app.contacts],
                last_event_at=last.at if last else None,
                last_event=last.text if last else None,
                updated_at=now,
            )
        )


# --------------------------------------------------------------------------- entry points


def _timeline(
    cfg: Config, store: Store, account: str, messages: Iterable[StoredMessage], now: datetime
) -> Timeline:
    return build_timeline(
        messages,
        store.notes(account),
        tz=cfg.tz,
        now=now,
        me=cfg.me.addresses,
        corrections=Corrections(store.corrections(account)),
    )


def timeline_from_store(cfg: Config, store: Store, account: str, *, now: datetime) -> Timeline:
    return _timeline(cfg, store, account, store.messages(account), now)


def replan(cfg: Config, store: Store, account: str, *, now: datetime) -> Timeline:
    """Plan and reconcile from the store alone (no mailbox), e.g. right after a correction.

    Returns the timeline it planned on; drafts for what became due are made by the next pass.
    """
    timeline = timeline_from_store(cfg, store, account, now=now)
    decisions = plan(timeline, cfg.rules, cfg.me, now)
    rows = PassRows.read(store, account)
    changes = reconcile(rows.all(), decisions, now=now)
    _apply(rows, changes, now=now, summary=RunSummary())
    _save_applications(store, account, timeline, now=now)
    return timeline


def _in_store_order(messages: Iterable[StoredMessage]) -> list[StoredMessage]:
    """The order ``Store.messages`` gives (by the stored sent_at text, then id)."""

    def key(m: StoredMessage) -> tuple[bool, str, str]:
        sent = m.facts.sent_at
        return (sent is not None, sent.isoformat() if sent else "", m.id)

    return sorted(messages, key=key)


def _dry_run_summary(
    rows: Sequence[FollowUpRow],
    decisions: Sequence[PlannedFollowUp],
    changes: Sequence[Change],
    *,
    now: datetime,
    tz: tzinfo,
    summary: RunSummary,
) -> RunSummary:
    """What a pass would do, from the changes it would make (nothing is written)."""
    by_key = {d.key: d for d in decisions} | match_rows(rows, decisions)
    _count(changes, {r.key: r.status for r in rows}, summary)
    after = {r.key: r.status for r in rows} | {c.key: c.status for c in changes}
    for key, status in after.items():
        if status is FollowUpStatus.DUE and key in by_key:
            d = by_key[key]
            summary.due += 1
            summary.drafts.append(
                DraftInfo(d.key, d.kind, d.application, list(d.to), None, None, d.reason)
            )
    upcoming = [
        d.due_at for d in decisions if d.status is FollowUpStatus.SCHEDULED and d.due_at > now
    ]
    summary.next_due_at = min(upcoming) if upcoming else None
    summary.upcoming = due_times(rows, tz, now=now)  # the store's, unchanged
    return summary


def run_once(
    cfg: Config,
    store: Store,
    mailbox: Mailbox,
    *,
    now: datetime,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> RunSummary:
    """One full pass at ``now`` (aware). Raises ``AuthError`` (the user must act) and
    errors that stop the whole pass (store, mailbox listing); per-message and per-draft
    failures are counted in the summary instead."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    summary = RunSummary(dry_run=dry_run)
    account = mailbox.account
    if not dry_run:
        store.adopt_account(account, legacy_prefix=f"{mailbox.backend}:")
    stored = store.messages(account)
    fresh = _sync(
        cfg,
        store,
        mailbox,
        account,
        stored,
        now=now,
        dry_run=dry_run,
        summary=summary,
        progress=progress,
    )
    all_messages = _in_store_order([*stored, *fresh])
    timeline = _timeline(cfg, store, account, all_messages, now)
    decisions = plan(timeline, cfg.rules, cfg.me, now)
    rows = PassRows.read(store, account)
    changes = reconcile(rows.all(), decisions, now=now)
    if dry_run:
        return _dry_run_summary(rows.all(), decisions, changes, now=now, tz=cfg.tz, summary=summary)
    by_key = {d.key: d for d in decisions} | match_rows(rows.all(), decisions)
    _apply(rows, changes, now=now, summary=summary)
    crash_point("plan.after_reconcile")
    checks = check_drafts(rows, mailbox, now=now)
    summary.errors += [f"{k}: cannot check the draft: {e}" for k, e in checks.errors.items()]
    messages = {m.id: m for m in all_messages}
    _make_drafts(cfg, rows, mailbox, by_key, timeline, messages, now=now, summary=summary)
    _save_applications(store, account, timeline, now=now)
    if summary.drafts:
        notify_drafts(cfg, summary.drafts)
    summary.upcoming = due_times(rows.all(), cfg.tz, now=now)
    summary.next_due_at = summary.upcoming[0] if summary.upcoming else None
    logger.debug(
        "pass done: %d new, %d understood, %d drafts, next due %s",
        summary.new_messages,
        summary.understood,
        summary.drafts_created,
        summary.next_due_at.isoformat() if summary.next_due_at else "-",
    )
    return summary


def due_times(rows: Iterable[FollowUpRow], tz: tzinfo, *, now: datetime) -> list[datetime]:
    """When the next passes should run: each scheduled or due follow-up's due (or snooze)
    time still ahead of ``now``, in ``tz``."""
    out: set[datetime] = set()
    for row in rows:
        if row.status not in (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE):
            continue
        moment = effective_due(row)
        if moment > now:
            out.add(moment.astimezone(tz))
    return sorted(out)


def upcoming_due_times(cfg: Config, store: Store, account: str, *, now: datetime) -> list[datetime]:
    """:func:`due_times` of the follow-ups stored for ``account``."""
    rows = store.followups(account, [FollowUpStatus.SCHEDULED, FollowUpStatus.DUE])
    return due_times(rows, cfg.tz, now=now)


def plan_sources(
    sources: Iterable[tuple[str, bytes | Exception]], cfg: Config, *, now: datetime
) -> tuple[list[PlannedFollowUp], list[str], Timeline]:
    """``plan`` on files: understand each source, build timelines, plan at ``now``.

    Every message counts as first seen at ``now``, so moments long past are ``missed``.
    Returns the decisions the rules call for, one error line per unreadable source, and
    the timeline.
    """
    errors: list[str] = []
    messages: list[StoredMessage] = []
    for name, data in sources:
        if isinstance(data, Exception):
            errors.append(f"{name}: {data}")
            continue
        try:
            facts = understand(
                data,
                me=cfg.me.addresses,
                source=name,
                default_tz=cfg.tz,
                work_domains=cfg.me.work_domains,
            )
        except UnreadableMessage as exc:
            errors.append(f"{name}: {exc}")
            continue
        folder = Folder.SENT if facts.is_own else Folder.INBOX
        messages.append(StoredMessage(name, folder, None, facts, first_seen=now))
    timeline = build_timeline(messages, (), tz=cfg.tz, now=now, me=cfg.me.addresses)
    decisions = [d for d in plan(timeline, cfg.rules, cfg.me, now) if d.status in SHOWN_STATUSES]
    return decisions, errors, timeline


__all__ = [
    "DraftChecks",
    "DraftInfo",
    "PassRows",
    "Progress",
    "RunSummary",
    "check_drafts",
    "due_times",
    "plan_sources",
    "reconcile",
    "replan",
    "run_once",
    "timeline_from_store",
    "upcoming_due_times",
]
