"""Stored follow-ups against the rules' decisions: what to change in the store (pure).

A pass plans from scratch; the store remembers what was already planned, drafted, sent or
steered by the candidate. ``reconcile`` says, for each stored row and each decision,
what to write: new → inserted; no longer called for and not drafted → cancelled;
drafted, sent, discarded rows stay as they are (a discarded draft is never recreated).
A missed row follows the rules again when they change their mind (a longer ``grace``).
A snoozed row stays scheduled until ``snoozed_until``; a row the candidate revived or
snoozed is never missed (their word beats the grace); once due, a row stays due until
drafted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from agent.followup.rules import SHOWN_STATUSES
from agent.models import FollowUpRow, FollowUpStatus, PlannedFollowUp

__all__ = ["OPEN", "Change", "match_rows", "moment_of", "reconcile"]

#: statuses the rules may still change (everything else is settled)
OPEN = (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE, FollowUpStatus.NO_RECIPIENT)


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


def _stored_for(
    rows: Sequence[FollowUpRow], matched: dict[str, PlannedFollowUp]
) -> dict[str, FollowUpRow]:
    """Decision key → the stored row about the same moment: its own key first, then rows
    stored under an earlier application name."""
    existing: dict[str, FollowUpRow] = {r.key: r for r in rows if r.key in matched}
    for r in rows:
        if r.key in matched:
            existing.setdefault(matched[r.key].key, r)
    return existing


def _status_now(row: FollowUpRow, d: PlannedFollowUp, now: datetime) -> FollowUpStatus:
    """The rules' status for an open (or missed) row, after the candidate's steering."""
    status = d.status
    if status is FollowUpStatus.MISSED and row.snoozed_until is not None:
        status = FollowUpStatus.DUE  # revived or snoozed by the candidate
    if status is FollowUpStatus.DUE and row.snoozed_until and row.snoozed_until > now:
        status = FollowUpStatus.SCHEDULED
    if status is FollowUpStatus.MISSED and row.status is FollowUpStatus.DUE:
        status = FollowUpStatus.DUE  # once due, it stays due until drafted
    return status


def _differs(row: FollowUpRow, d: PlannedFollowUp, status: FollowUpStatus) -> bool:
    return (
        status is not row.status
        or d.due_at != row.due_at
        or d.reason != row.reason
        or list(d.to) != row.recipients
        or d.thread != row.thread
        or d.reply_to_message != row.reply_to_message
    )


def reconcile(
    rows: Sequence[FollowUpRow], decisions: Sequence[PlannedFollowUp], *, now: datetime
) -> list[Change]:
    """What to change in the store so it reflects ``decisions``."""
    matched = match_rows(rows, decisions)
    existing = _stored_for(rows, matched)
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
        status = _status_now(row, d, now)
        if _differs(row, d, status):
            changes.append(Change("update", row.key, status, d))
    for row in rows:
        if row.key not in decided and row.key not in matched and row.status in OPEN:
            changes.append(Change("update", row.key, FollowUpStatus.CANCELLED, None))
    return changes
