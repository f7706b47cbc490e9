"""The candidate steering one follow-up: skip, snooze and revive, for the CLI and the page alike.

``followup-agent skip|snooze|revive ID`` and the review page's buttons call the same
functions here, so a moment is steered the same way (and accepted in the same states)
whichever door the candidate used.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, datetime, time, tzinfo
from typing import Any, Protocol

from agent.models import FollowUpRow, FollowUpStatus

UPCOMING = (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE)
"""Planned moments: skip and snooze act on these."""

STEERABLE = (*UPCOMING, FollowUpStatus.MISSED)
"""What skip and snooze act on: planned moments, and missed ones (the candidate's word wins)."""

REVIVABLE = (FollowUpStatus.MISSED, FollowUpStatus.DISCARDED)
"""Moments the agent will not draft by itself: missed (past their grace) or skipped."""


class Store(Protocol):
    """Where a steered follow-up is written: :class:`agent.store.Store` is one. Named here
    so that the core does not import the store (the edge passes it in)."""

    def transaction(self) -> AbstractContextManager[None]: ...

    def update_followup(self, account: str, key: str, *, now: datetime, **changes: Any) -> None: ...


class NotRevivable(ValueError):
    """The follow-up is in a state revive does not act on (drafted, sent, planned...)."""

    def __init__(self, row: FollowUpRow) -> None:
        super().__init__(f"{row.status.value}; only missed or skipped follow-ups can be revived")
        self.row = row


class NotSteerable(ValueError):
    """The follow-up is in a state skip or snooze does not act on (drafted, sent, skipped...)."""

    def __init__(self, row: FollowUpRow, verb: str) -> None:
        super().__init__(
            f"{row.status.value}; only scheduled, due or missed follow-ups can be {verb}"
        )
        self.row = row


class NotInFuture(ValueError):
    """A snooze to a time that is not after now."""


def _require_steerable(row: FollowUpRow, verb: str) -> None:
    if row.status not in STEERABLE:
        raise NotSteerable(row, verb)


def skip(store: Store, account: str, row: FollowUpRow, *, now: datetime) -> FollowUpRow:
    """Never draft this planned or missed follow-up: it is marked discarded (``revive``
    undoes that). Raises :class:`NotSteerable` for any other state. Returns the row as stored.
    """
    _require_steerable(row, "skipped")
    status = FollowUpStatus.DISCARDED
    with store.transaction():
        store.update_followup(account, row.key, now=now, status=status)
    return replace(row, status=status, updated_at=now)


def snooze_time(day: date, due_at: datetime, tz: tzinfo) -> datetime:
    """A snooze to a bare date: that day at the follow-up's own local time of day."""
    local = due_at.astimezone(tz)
    return datetime.combine(day, time(local.hour, local.minute), tzinfo=tz)


def snooze(
    store: Store, account: str, row: FollowUpRow, until: datetime, *, now: datetime
) -> FollowUpRow:
    """Draft this planned or missed follow-up at ``until`` and not before (it is scheduled;
    the reconcile never marks a snoozed row missed for being late). Raises
    :class:`NotSteerable` for any other state and :class:`NotInFuture` unless ``until`` is
    after ``now``. Returns the row as stored.
    """
    _require_steerable(row, "snoozed")
    if until <= now:
        raise NotInFuture(f"{until.isoformat()} is not in the future")
    status = FollowUpStatus.SCHEDULED
    with store.transaction():
        store.update_followup(account, row.key, now=now, snoozed_until=until, status=status)
    return replace(row, status=status, snoozed_until=until, updated_at=now)


def revive(store: Store, account: str, row: FollowUpRow, *, now: datetime) -> FollowUpRow:
    """Plan a missed or skipped follow-up again, at the time the rules gave it.

    Its time has passed (always so for a missed one): it is ``due`` now and the next pass
    drafts it. Its time is still ahead (a skipped one): it is ``scheduled`` for that time.
    An earlier snooze is not restored (``snooze`` again for a later time). ``snoozed_until``
    is set to ``now`` as the record of the candidate's word: the reconcile never marks a row
    with it missed again, so the grace no longer applies; being no later than ``due_at`` or
    ``now`` it moves nothing. Raises :class:`NotRevivable` for any other state. Returns the
    row as stored.
    """
    if row.status not in REVIVABLE:
        raise NotRevivable(row)
    status = FollowUpStatus.DUE if row.due_at <= now else FollowUpStatus.SCHEDULED
    with store.transaction():
        store.update_followup(account, row.key, now=now, status=status, snoozed_until=now)
    return replace(row, status=status, snoozed_until=now, updated_at=now)


__all__ = [
    "REVIVABLE",
    "STEERABLE",
    "UPCOMING",
    "NotInFuture",
    "NotRevivable",
    "NotSteerable",
    "Store",
    "revive",
    "skip",
    "snooze",
    "snooze_time",
]
