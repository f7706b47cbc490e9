"""What the page's buttons do to the store: corrections, undo, skip, snooze, revive.

Each action changes the store in one transaction and then replans at once (the same
plan-and-reconcile as a pass, without the mailbox), so the page can say how the plan
changed. Drafts for moments that became due are made by the next pass.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from agent.config import Config
from agent.followup import steering
from agent.followup.corrections import CORRECTABLE_KINDS, Correction, CorrectionKind
from agent.followup.status import KIND_LABELS
from agent.followup.timeline import Timeline
from agent.models import FollowUpRow, FollowUpStatus
from agent.pipeline import replan
from agent.review.model import when_text
from agent.store import Store


class ActionError(ValueError):
    """A request the page cannot carry out; the message is shown to the person."""


@dataclass(frozen=True)
class Outcome:
    """What an action did, in sentences for the page (and the timeline it replanned on)."""

    done: str
    plan: list[str]
    timeline: Timeline | None = field(default=None, compare=False, repr=False)


def _plan_lines(cfg: Config, store: Store, account: str, before: list[FollowUpRow]) -> list[str]:
    old = {r.key: r for r in before}
    names = {a.key: a.company for a in store.applications(account)}
    lines: list[str] = []
    for r in store.followups(account):
        label = KIND_LABELS.get(r.kind, r.kind)
        app = names.get(r.application_key, r.application_key)
        due = when_text(r.due_at, cfg.tz)
        prev = old.get(r.key)
        if prev is None:
            lines.append(f"new: {label} for {app}, {due} ({r.status.value})")
        elif prev.status is not r.status:
            lines.append(f"{label} for {app} ({due}): {prev.status.value} → {r.status.value}")
        elif prev.due_at != r.due_at:
            lines.append(f"{label} for {app}: moved from {when_text(prev.due_at, cfg.tz)} to {due}")
    return lines or ["the plan is unchanged"]


def _replanned(cfg: Config, store: Store, account: str, *, now: datetime, done: str) -> Outcome:
    before = store.followups(account)
    timeline = replan(cfg, store, account, now=now)
    return Outcome(done, _plan_lines(cfg, store, account, before), timeline)


def correction_from_form(form: dict[str, str], cfg: Config) -> Correction:
    """A correction from the page's form fields (``what``, ``message`` and details)."""
    what = form.get("what", "")
    message = form.get("message", "").strip()
    if not message:
        raise ActionError("which message? (no message given)")
    kind: CorrectionKind
    value: dict[str, str] = {}
    if what == "not_hiring":
        kind = "not_hiring"
    elif what in CORRECTABLE_KINDS:
        kind = "kind"
        value["kind"] = what
        if what == "interview":
            text = form.get("interview_at", "").strip()
            day, clock = form.get("interview_day", "").strip(), form.get("interview_time", "")
            if not text and day:
                text = f"{day}T{clock.strip() or '09:00'}"
            if not text:
                raise ActionError("an interview on which date and time?")
            try:
                at = datetime.fromisoformat(text)
            except ValueError:
                raise ActionError(f"not a date and time: {text!r}") from None
            value["interview_at"] = (at if at.tzinfo else at.replace(tzinfo=cfg.tz)).isoformat()
    elif what == "contact":
        kind = "contact"
        email = form.get("email", "").strip().lower()
        if "@" not in email:
            raise ActionError(f"not an e-mail address: {email!r}")
        value["email"] = email
    elif what == "merge":
        kind = "merge"
        other = form.get("with", "").strip()
        if not other or other == message:
            raise ActionError("merge with which application?")
        value["with"] = other
    elif what == "split":
        kind = "split"
    elif what == "hear_by":
        kind = "hear_by"
        try:
            value["date"] = date.fromisoformat(form.get("date", "").strip()).isoformat()
        except ValueError:
            raise ActionError("heard by which date? (YYYY-MM-DD)") from None
    else:
        raise ActionError(f"unknown correction {what!r}")
    return Correction(kind=kind, message=message, value=value)


def correct(
    cfg: Config, store: Store, account: str, correction: Correction, *, now: datetime
) -> Outcome:
    if not store.seen_ids(account, [correction.message]):
        raise ActionError("that message is not in the store")
    cid = store.add_correction(account, correction, now=now)
    return _replanned(
        cfg, store, account, now=now, done=f"correction {cid}: {correction.describe()}"
    )


def undo(cfg: Config, store: Store, account: str, correction_id: int, *, now: datetime) -> Outcome:
    if not store.undo_correction(account, correction_id, now=now):
        raise ActionError(f"correction {correction_id} is not active")
    return _replanned(cfg, store, account, now=now, done=f"correction {correction_id} undone")


def _row(store: Store, account: str, key: str) -> FollowUpRow:
    row = store.followup(account, key)
    if row is None:
        raise ActionError("no such follow-up")
    return row


def skip(cfg: Config, store: Store, account: str, key: str, *, now: datetime) -> Outcome:
    """Never draft a planned or missed follow-up (:func:`agent.followup.steering.skip`)."""
    try:
        steering.skip(store, account, _row(store, account, key), now=now)
    except steering.NotSteerable as e:
        raise ActionError(f"this follow-up is {e}") from None
    return _replanned(cfg, store, account, now=now, done="skipped: it will not be drafted")


def snooze(
    cfg: Config, store: Store, account: str, key: str, until: str, *, now: datetime
) -> Outcome:
    """Move a planned or missed follow-up to a later day, at its own time of day
    (:func:`agent.followup.steering.snooze`)."""
    row = _row(store, account, key)
    try:
        day = date.fromisoformat(until.strip())
    except ValueError:
        raise ActionError(f"snooze until which date? got {until!r}") from None
    new_time = steering.snooze_time(day, row.due_at, cfg.tz)
    try:
        steering.snooze(store, account, row, new_time, now=now)
    except steering.NotSteerable as e:
        raise ActionError(f"this follow-up is {e}") from None
    except steering.NotInFuture:
        raise ActionError(f"{when_text(new_time, cfg.tz)} is not in the future") from None
    return _replanned(
        cfg, store, account, now=now, done=f"snoozed until {when_text(new_time, cfg.tz)}"
    )


def revive(cfg: Config, store: Store, account: str, key: str, *, now: datetime) -> Outcome:
    """A missed or skipped moment is planned again (:func:`agent.followup.steering.revive`)."""
    try:
        row = steering.revive(store, account, _row(store, account, key), now=now)
    except steering.NotRevivable as e:
        raise ActionError(f"this follow-up is {e}") from None
    if row.status is FollowUpStatus.DUE:
        done = "revived: due now; the next pass drafts it"
    else:
        done = f"revived: planned for {when_text(row.due_at, cfg.tz)}"
    return _replanned(cfg, store, account, now=now, done=done)


__all__ = [
    "ActionError",
    "Outcome",
    "correct",
    "correction_from_form",
    "revive",
    "skip",
    "snooze",
    "undo",
]
