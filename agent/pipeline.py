"""One pass of the agent: sync → understand → record → plan → reconcile → draft.

``run_once(cfg, store, mailbox, now=...)`` is what ``run --once`` and every daemon step
call. ``now`` is an argument (the daemon owns the clock), so a pass can be rehearsed at any
moment.

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
3. **Reconcile** with the stored follow-ups in one transaction: new → inserted; no longer
   called for and not drafted → cancelled; already done by hand → sent; drafted, sent,
   discarded rows stay as they are (a discarded draft is never recreated). A missed row
   follows the rules again when they change their mind (a longer ``grace``). A snoozed row
   stays scheduled until ``snoozed_until``; a row the candidate revived or snoozed is never
   missed (their word beats the grace). Crash point:
   ``plan.after_reconcile``.
4. **Earlier drafts.** ``mailbox.draft_state``: deleted → discarded, sent → sent.
5. **Drafts, exactly once.** For each due follow-up: compose; record the intent (the
   deterministic Message-ID and the raw draft) in a committed transaction; create the
   draft; record its id and ``drafted``. A follow-up whose intent was recorded by an
   earlier, interrupted pass is first looked up with ``mailbox.find_drafts`` (and among
   sent mail) and created only when found nowhere, from the stored raw bytes.
   Crash points: ``draft.before_intent``, ``draft.after_intent``, ``draft.after_create``,
   ``draft.after_record``.
6. **Applications** are saved for ``status``; the summary is returned.

``dry_run`` reads the mailbox and plans, but writes nothing: no store change, no draft.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Literal

from agent.config import Config
from agent.errors import AuthError, MailError, UnreadableMessage
from agent.faults import crash_point
from agent.followup.company_names import employer_domain
from agent.followup.compose import ComposeError, TemplateSet, compose
from agent.followup.corrections import Corrections
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
    MessageRef,
    PlannedFollowUp,
    StoredMessage,
    effective_due,
)
from agent.store import Store
from agent.template_files import load_templates
from agent.understand.addresses import parse_addresses

logger = logging.getLogger(__name__)

#: wraps the stream of fetched messages to show progress: (items, total, description)
Progress = Callable[[Iterable[MailMessage], int, str], Iterable[MailMessage]]

OPEN = (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE, FollowUpStatus.NO_RECIPIENT)


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
    from agent.understand import could_be_job_mail

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
    from agent.understand import understand

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
            continue
        except Exception as exc:  # a bug on one message must not stop the mailbox
            summary.unreadable += 1
            summary.errors.append(f"{msg.id}: cannot understand: {type(exc).__name__}: {exc}")
            logger.warning(
                "cannot understand %s: %s", msg.id, exc, exc_info=logger.isEnabledFor(10)
            )
            continue
        summary.understood += 1
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


# --------------------------------------------------------------------------- reconcile


@dataclass(frozen=True)
class Change:
    op: Literal["insert", "update"]
    key: str
    status: FollowUpStatus
    decision: PlannedFollowUp | None  # None: cancelled because no longer called for


def moment_of(key: str) -> str:
    """A follow-up key without its application prefix: the moment's own identity.

    Keys read ``<application>:<kind>:<moment>``; the moment part (a calendar UID, a
    Message-ID, a date plus the message that asked) is unique by itself, so a row stored
    under an application's earlier name is still recognised after a rename or a merge.
    """
    return key.split(":", 1)[1] if ":" in key else key


def match_rows(
    rows: Sequence[FollowUpRow], decisions: Sequence[PlannedFollowUp]
) -> dict[str, PlannedFollowUp]:
    """Stored key → the decision about the same moment (by key, else by moment)."""
    by_key = {d.key: d for d in decisions}
    by_moment = {moment_of(d.key): d for d in decisions}
    out: dict[str, PlannedFollowUp] = {}
    for r in rows:
        d = by_key.get(r.key) or by_moment.get(moment_of(r.key))
        if d is not None:
            out[r.key] = d
    return out


def reconcile(
    rows: Sequence[FollowUpRow], decisions: Sequence[PlannedFollowUp], *, now: datetime
) -> list[Change]:
    """What to change in the store so it reflects ``decisions`` (pure)."""
    matched = match_rows(rows, decisions)
    existing: dict[str, FollowUpRow] = {r.key: r for r in rows if r.key in matched}
    for r in rows:  # then rows stored under an earlier application name
        if r.key in matched:
            existing.setdefault(matched[r.key].key, r)
    changes: list[Change] = []
    decided: set[str] = set()
    for d in decisions:
        row = existing.get(d.key)
        if row is None:
            if d.status in SHOWN_STATUSES:
                changes.append(Change("insert", d.key, d.status, d))
            continue
        decided.add(row.key)
        if row.status not in OPEN and row.status is not FollowUpStatus.MISSED:
            continue  # drafted, sent, discarded, cancelled: settled
        status = d.status
        if status is FollowUpStatus.MISSED and row.snoozed_until is not None:
            status = FollowUpStatus.DUE  # revived or snoozed by the candidate
        if status is FollowUpStatus.DUE and row.snoozed_until and row.snoozed_until > now:
            status = FollowUpStatus.SCHEDULED
        if status is FollowUpStatus.MISSED and row.status is FollowUpStatus.DUE:
            status = FollowUpStatus.DUE  # once due, it stays due until drafted
        if (
            status is not row.status
            or d.due_at != row.due_at
            or d.reason != row.reason
            or list(d.to) != row.recipients
            or d.thread != row.thread
            or d.reply_to_message != row.reply_to_message
        ):
            changes.append(Change("update", row.key, status, d))
    for row in rows:
        if row.key not in decided and row.key not in matched and row.status in OPEN:
            changes.append(Change("update", row.key, FollowUpStatus.CANCELLED, None))
    return changes


def _apply(
    store: Store,
    account: str,
    changes: Sequence[Change],
    rows: Sequence[FollowUpRow],
    *,
    now: datetime,
    summary: RunSummary,
) -> None:
    before = {r.key: r.status for r in rows}
    with store.transaction():
        for ch in changes:
            d = ch.decision
            if ch.op == "insert":
                assert d is not None
                store.insert_followup(
                    FollowUpRow(
                        account=account,
                        key=d.key,
                        application_key=d.application_key,
                        kind=d.kind,
                        due_at=d.due_at,
                        status=ch.status,
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
                )
            elif d is None:
                store.update_followup(account, ch.key, now=now, status=ch.status)
            else:
                store.update_followup(
                    account,
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


def _check_drafts(
    store: Store, mailbox: Mailbox, account: str, *, now: datetime, summary: RunSummary
) -> None:
    """What became of earlier drafts: deleted → discarded (never again), sent → sent."""
    for row in store.followups(account, [FollowUpStatus.DRAFTED]):
        if not row.draft_id or not row.draft_message_id:
            continue
        ref = DraftRef(row.draft_id, row.draft_message_id, row.draft_thread_id)
        original = row.draft_raw.encode("utf-8", "surrogateescape") if row.draft_raw else None
        try:
            state = mailbox.draft_state(ref, original=original)
        except AuthError:
            raise
        except MailError as exc:
            summary.errors.append(f"{row.key}: cannot check the draft: {exc}")
            continue
        new = {
            DraftState.DELETED: FollowUpStatus.DISCARDED,
            DraftState.SENT: FollowUpStatus.SENT,
        }.get(state)
        if new is not None:
            with store.transaction():
                store.update_followup(account, row.key, now=now, status=new)
            logger.info("follow-up %s: draft %s", row.key, state.value)


def _parent_header(raw: bytes, name: str) -> str | None:
    value = BytesHeaderParser(policy=compat32).parsebytes(raw).get(name)
    return " ".join(str(value).split()) if value else None


def _made_already(
    store: Store, mailbox: Mailbox, account: str, key: str, mid: str, *, now: datetime
) -> DraftRef | Literal["sent"] | None:
    """The draft with Message-ID ``mid`` if it is in Drafts; "sent" (recorded as such) if it
    was sent; None if it is nowhere and may be created."""
    found = mailbox.find_drafts([mid])
    if mid in found:
        logger.info("follow-up %s: its draft is already in Drafts; not made again", key)
        return found[mid]
    if store.has_message_id(account, mid) or mid in mailbox.find_sent([mid]):
        with store.transaction():
            store.update_followup(account, key, now=now, status=FollowUpStatus.SENT)
        return "sent"
    return None


def _draft_one(
    cfg: Config,
    store: Store,
    mailbox: Mailbox,
    account: str,
    row: FollowUpRow,
    decision: PlannedFollowUp | None,
    timeline: Timeline,
    messages: dict[str, StoredMessage],
    templates: TemplateSet,
    *,
    now: datetime,
) -> DraftRef | None:
    """Make the draft of one due follow-up exactly once; None when none was made (a draft
    found already in Drafts is recorded, but not made again).

    A row that is no longer due but has a recorded intent is only looked up: if the
    interrupted pass did create its draft, the draft is recorded, else nothing happens.
    """
    create = row.status is FollowUpStatus.DUE
    created = True
    if row.draft_message_id and row.draft_raw:
        # an earlier pass recorded the intent and may have created the draft before dying
        mid = row.draft_message_id
        made = _made_already(store, mailbox, account, row.key, mid, now=now)
        if made is None and not create:
            return None
        if made is None:
            raw = row.draft_raw.encode("utf-8", "surrogateescape")
            req = DraftRequest(
                raw=raw,
                message_id=mid,
                in_reply_to=_parent_header(raw, "In-Reply-To"),
                thread_id=row.draft_thread_id,
            )
            ref = mailbox.create_draft(req)
            crash_point("draft.after_create")
        elif made == "sent":
            return None
        else:
            ref, created = made, False
    else:
        if decision is None or not create:
            return None
        parent = messages.get(decision.reply_to_message or "")
        app = timeline.by_key(decision.application_key)
        req = compose(
            decision, parent, cfg.me, cfg.rules, templates, account=account, now=now, app=app
        )
        crash_point("draft.before_intent")
        with store.transaction():
            store.update_followup(
                account,
                row.key,
                now=now,
                draft_message_id=req.message_id,
                draft_raw=req.raw.decode("utf-8", "surrogateescape"),
                draft_thread_id=req.thread_id,
            )
        crash_point("draft.after_intent")
        # the Message-ID is deterministic: a store rebuilt from scratch finds its old draft
        made = _made_already(store, mailbox, account, row.key, req.message_id, now=now)
        if made == "sent":
            return None
        if made is None:
            ref = mailbox.create_draft(req)
            crash_point("draft.after_create")
        else:
            ref, created = made, False
    with store.transaction():
        store.update_followup(
            account,
            row.key,
            now=now,
            draft_id=ref.draft_id,
            draft_thread_id=ref.thread_id or row.draft_thread_id,
            status=FollowUpStatus.DRAFTED,
        )
    crash_point("draft.after_record")
    if not created:
        return None  # found, not made: recorded, but no draft of this pass
    logger.info("follow-up %s: draft %s created", row.key, ref.draft_id)
    return ref


def _make_drafts(
    cfg: Config,
    store: Store,
    mailbox: Mailbox,
    account: str,
    decisions: dict[str, PlannedFollowUp],
    timeline: Timeline,
    messages: dict[str, StoredMessage],
    *,
    now: datetime,
    summary: RunSummary,
) -> None:
    rows = store.followups(account)
    todo = [
        r
        for r in rows
        if (r.status is FollowUpStatus.DUE and r.due_at <= now)
        or (r.draft_message_id and not r.draft_id and r.status is not FollowUpStatus.SENT)
    ]
    todo.sort(key=lambda r: (r.due_at, r.key))
    summary.due = sum(1 for r in todo if r.status is FollowUpStatus.DUE)
    if not todo:
        return
    try:
        templates = load_templates(cfg.templates)
    except ComposeError as exc:
        summary.errors.append(str(exc))
        return
    for row in todo:
        d = decisions.get(row.key)
        try:
            ref = _draft_one(
                cfg, store, mailbox, account, row, d, timeline, messages, templates, now=now
            )
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


def timeline_from_store(cfg: Config, store: Store, account: str, *, now: datetime) -> Timeline:
    return build_timeline(
        store.messages(account),
        store.notes(account),
        tz=cfg.tz,
        now=now,
        me=cfg.me.addresses,
        corrections=Corrections(store.corrections(account)),
    )


def replan(cfg: Config, store: Store, account: str, *, now: datetime) -> Timeline:
    """Plan and reconcile from the store alone (no mailbox), e.g. right after a correction.

    Returns the timeline it planned on; drafts for what became due are made by the next pass.
    """
    timeline = timeline_from_store(cfg, store, account, now=now)
    decisions = plan(timeline, cfg.rules, cfg.me, now)
    rows = store.followups(account)
    changes = reconcile(rows, decisions, now=now)
    _apply(store, account, changes, rows, now=now, summary=RunSummary())
    _save_applications(store, account, timeline, now=now)
    return timeline


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
    all_messages = store.messages(account) if not dry_run else [*stored, *fresh]
    timeline = build_timeline(
        all_messages,
        store.notes(account),
        tz=cfg.tz,
        now=now,
        me=cfg.me.addresses,
        corrections=Corrections(store.corrections(account)),
    )
    decisions = plan(timeline, cfg.rules, cfg.me, now)
    rows = store.followups(account)
    changes = reconcile(rows, decisions, now=now)
    by_key = {d.key: d for d in decisions} | match_rows(rows, decisions)
    if dry_run:
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
        return summary
    _apply(store, account, changes, rows, now=now, summary=summary)
    crash_point("plan.after_reconcile")
    _check_drafts(store, mailbox, account, now=now, summary=summary)
    messages = {m.id: m for m in all_messages}
    _make_drafts(cfg, store, mailbox, account, by_key, timeline, messages, now=now, summary=summary)
    _save_applications(store, account, timeline, now=now)
    if summary.drafts:
        from agent.notify import notify_drafts

        notify_drafts(cfg, summary.drafts)
    times = upcoming_due_times(cfg, store, account, now=now)
    summary.next_due_at = times[0] if times else None
    logger.debug(
        "pass done: %d new, %d understood, %d drafts, next due %s",
        summary.new_messages,
        summary.understood,
        summary.drafts_created,
        summary.next_due_at.isoformat() if summary.next_due_at else "-",
    )
    return summary


def upcoming_due_times(cfg: Config, store: Store, account: str, *, now: datetime) -> list[datetime]:
    """When the next passes should run: each scheduled follow-up's due (or snooze) time."""
    out: set[datetime] = set()
    for row in store.followups(account, [FollowUpStatus.SCHEDULED, FollowUpStatus.DUE]):
        moment = effective_due(row)
        if moment > now:
            out.add(moment.astimezone(cfg.tz))
    return sorted(out)


def plan_sources(
    sources: Iterable[tuple[str, bytes | Exception]], cfg: Config, *, now: datetime
) -> tuple[list[PlannedFollowUp], list[str], Timeline]:
    """``plan`` on files: understand each source, build timelines, plan at ``now``.

    Every message counts as first seen at ``now``, so moments long past are ``missed``.
    Returns the decisions the rules call for, one error line per unreadable source, and
    the timeline.
    """
    from agent.understand import understand

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
    "OPEN",
    "Change",
    "DraftInfo",
    "Progress",
    "RunSummary",
    "match_rows",
    "moment_of",
    "plan_sources",
    "reconcile",
    "replan",
    "run_once",
    "timeline_from_store",
    "upcoming_due_times",
]
