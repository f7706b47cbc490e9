"""The candidate steering one follow-up: what ``revive`` does, for the CLI and the page alike.

``followup-agent revive ID`` and the review page's revive button both call :func:`revive`,
so a moment comes back the same way whichever door the candidate used.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from agent.models import FollowUpStatus
from agent.store import FollowUpRow, Store

UPCOMING = (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE)
"""Planned moments: skip and snooze act on these."""

REVIVABLE = (FollowUpStatus.MISSED, FollowUpStatus.DISCARDED)
"""Moments the agent will not draft by itself: missed (past their grace) or skipped."""


class NotRevivable(ValueError):
    """The follow-up is in a state revive does not act on (drafted, sent, planned...)."""

    def __init__(self, row: FollowUpRow) -> None:
        super().__init__(f"{row.status.value}; only missed or skipped follow-ups can be revived")
        self.row = row


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
