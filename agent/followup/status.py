"""What ``status`` shows: one record per application, from the timeline and stored rows.

Pure: the timeline, the stored follow-up rows and ``now`` are arguments.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from agent.config import Config
from agent.followup.timeline import Application, Timeline
from agent.models import FollowUpRow, FollowUpStatus, effective_due, short_id

KIND_LABELS = {
    "thank_you": "thank-you",
    "check_in": "check-in",
    "requested_follow_up": "requested follow-up",
    "rejection_reply": "rejection reply",
}
NEXT_STATUSES = (FollowUpStatus.DUE, FollowUpStatus.SCHEDULED, FollowUpStatus.DRAFTED)


def recipients(addresses: list[str]) -> dict[str, Any]:
    """``to`` as in ``plan --json`` (the first address or null) and every address."""
    return {"to": addresses[0] if addresses else None, "recipients": list(addresses)}


def revive_hint(r: FollowUpRow) -> str:
    sid = short_id(r.key)
    return (
        f"missed {KIND_LABELS.get(r.kind, r.kind)} ({sid}): `followup-agent revive {sid}` "
        f"drafts it now, `followup-agent snooze {sid} --until DATE` later"
    )


def _decision_missing(app: Application, now: datetime) -> bool:
    """An interview took place and nobody said when a decision would come."""
    past = [iv for iv in app.interviews if iv.start <= now]
    if not past or app.stage in ("rejected", "offer"):
        return False
    return not any(
        p.source.stated_at >= past[-1].start or p.value >= past[-1].start.date()
        for p in app.promises
    )


def status_rows(
    cfg: Config, timeline: Timeline, rows: list[FollowUpRow], *, now: datetime
) -> list[dict[str, Any]]:
    """One JSON-able record per application, newest activity first."""
    out: list[dict[str, Any]] = []
    by_app: dict[str, list[FollowUpRow]] = {}
    for r in rows:
        by_app.setdefault(r.application_key, []).append(r)
    for app in timeline.applications:
        mine = by_app.get(app.key, [])
        upcoming = [r for r in mine if r.status in NEXT_STATUSES]

        upcoming.sort(key=lambda r: (r.status is not FollowUpStatus.DRAFTED, effective_due(r)))
        nxt = upcoming[0] if upcoming else None
        notes: list[str] = []
        if nxt is not None and not nxt.recipients:
            notes.append("no recipient: fill in To")
        suggestion = None
        if _decision_missing(app, now):
            suggestion = f"followup-agent note {app.short_id} --hear-by DATE"
            notes.append(f"ask when you will hear back, then: {suggestion}")
        for r in mine:
            if r.status is FollowUpStatus.NO_RECIPIENT:
                notes.append(f"no {KIND_LABELS.get(r.kind, r.kind)} drafted: {r.reason}")
        missed = sorted(
            (r for r in mine if r.status is FollowUpStatus.MISSED), key=lambda r: r.due_at
        )
        notes += [revive_hint(r) for r in missed]
        last = app.last_event()
        out.append(
            {
                "id": app.short_id,
                "key": app.key,
                "company": app.company,
                "role": app.role,
                "stage": app.stage,
                "last_event": last.text if last else None,
                "last_event_at": last.at.astimezone(cfg.tz).isoformat() if last else None,
                "next_followup": None
                if nxt is None
                else {
                    "kind": nxt.kind,
                    "status": nxt.status.value,
                    "due_at": effective_due(nxt).astimezone(cfg.tz).isoformat(),
                    **recipients(nxt.recipients),
                    "reason": nxt.reason,
                },
                "missed": [
                    {
                        "id": short_id(r.key),
                        "kind": r.kind,
                        "due_at": r.due_at.astimezone(cfg.tz).isoformat(),
                        **recipients(r.recipients),
                        "reason": r.reason,
                    }
                    for r in missed
                ],
                "notes": notes,
                "suggestion": suggestion,
            }
        )
    out.sort(key=lambda r: r["last_event_at"] or "", reverse=True)
    return out


__all__ = [
    "KIND_LABELS",
    "NEXT_STATUSES",
    "recipients",
    "revive_hint",
    "status_rows",
]
