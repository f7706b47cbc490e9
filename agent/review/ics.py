"""``/calendar.ics``: interviews and upcoming follow-ups for any calendar app (icalendar)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

import icalendar

from agent.followup.status import KIND_LABELS
from agent.followup.timeline import Timeline
from agent.models import FollowUpRow, FollowUpStatus, effective_due

UPCOMING = (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE, FollowUpStatus.DRAFTED)
INTERVIEW_LENGTH = timedelta(hours=1)  # when the invitation gave no end
FOLLOWUP_LENGTH = timedelta(minutes=15)


def _uid(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32] + "@followup-agent.invalid"


def calendar(timeline: Timeline, rows: list[FollowUpRow], *, now: datetime) -> bytes:
    """Every interview (past ones too, for the record) and every open follow-up."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//followup-agent//review//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Job applications")
    names = {a.key: a.company for a in timeline.applications}
    for app in timeline.applications:
        for iv in app.interviews:
            ev = icalendar.Event()
            ev.add("uid", _uid(f"interview:{app.key}:{iv.key}"))
            ev.add("dtstamp", now)
            ev.add("dtstart", iv.start)
            ev.add("dtend", iv.end or iv.start + INTERVIEW_LENGTH)
            role = f" ({app.role})" if app.role else ""
            ev.add("summary", f"Interview: {app.company}{role}")
            people = ", ".join(n or e for n, e in iv.interviewers)
            if people:
                ev.add("description", f"With {people}")
            cal.add_component(ev)
    for r in rows:
        if r.status not in UPCOMING:
            continue
        due = effective_due(r)
        ev = icalendar.Event()
        ev.add("uid", _uid(f"followup:{r.key}"))
        ev.add("dtstamp", now)
        ev.add("dtstart", due)
        ev.add("dtend", due + FOLLOWUP_LENGTH)
        label = KIND_LABELS.get(r.kind, r.kind)
        state = " (draft ready)" if r.status is FollowUpStatus.DRAFTED else ""
        ev.add("summary", f"Send {label}: {names.get(r.application_key, r.application_key)}{state}")
        ev.add("description", r.reason)
        cal.add_component(ev)
    return bytes(cal.to_ical())


__all__ = [
    "FOLLOWUP_LENGTH",
    "INTERVIEW_LENGTH",
    "UPCOMING",
    "calendar",
]
