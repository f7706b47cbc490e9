"""Calendar invitations (text/calendar parts, .ics attachments) → CalendarEvent values.

Times come back aware: TZID via the invitation's VTIMEZONE or an IANA/Windows name,
UTC for ``Z`` times, and floating times placed in the message's zone. ``METHOD:CANCEL``
or ``STATUS:CANCELLED`` marks the event cancelled.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.models import CalendarEvent

if TYPE_CHECKING:
    import icalendar

logger = logging.getLogger(__name__)

# Common Windows zone names (Outlook/Exchange) → IANA, for invitations without VTIMEZONE.
WINDOWS_ZONES = {
    "eastern standard time": "America/New_York",
    "us eastern standard time": "America/Indianapolis",
    "central standard time": "America/Chicago",
    "mountain standard time": "America/Denver",
    "us mountain standard time": "America/Phoenix",
    "pacific standard time": "America/Los_Angeles",
    "alaskan standard time": "America/Anchorage",
    "hawaiian standard time": "Pacific/Honolulu",
    "atlantic standard time": "America/Halifax",
    "gmt standard time": "Europe/London",
    "greenwich standard time": "Atlantic/Reykjavik",
    "w. europe standard time": "Europe/Berlin",
    "central europe standard time": "Europe/Budapest",
    "central european standard time": "Europe/Warsaw",
    "romance standard time": "Europe/Paris",
    "e. europe standard time": "Europe/Chisinau",
    "fle standard time": "Europe/Kiev",
    "gtb standard time": "Europe/Bucharest",
    "russian standard time": "Europe/Moscow",
    "israel standard time": "Asia/Jerusalem",
    "india standard time": "Asia/Kolkata",
    "china standard time": "Asia/Shanghai",
    "singapore standard time": "Asia/Singapore",
    "tokyo standard time": "Asia/Tokyo",
    "korea standard time": "Asia/Seoul",
    "aus eastern standard time": "Australia/Sydney",
    "new zealand standard time": "Pacific/Auckland",
    "e. south america standard time": "America/Sao_Paulo",
    "sa pacific standard time": "America/Bogota",
    "argentina standard time": "America/Argentina/Buenos_Aires",
    "utc": "UTC",
    "coordinated universal time": "UTC",
}


def _zone(name: str) -> tzinfo | None:
    n = name.strip().strip('"')
    try:
        return ZoneInfo(n)
    except (ZoneInfoNotFoundError, ValueError, KeyError):
        pass
    iana = WINDOWS_ZONES.get(n.lower())
    if iana:
        return ZoneInfo(iana)
    if n.lower().startswith("(utc") or n.lower().startswith("(gmt"):
        # "(UTC-05:00) Eastern Time (US & Canada)"
        m = re.match(r"\((?:UTC|GMT)([+-])(\d{1,2}):?(\d{2})?\)", n, re.I)
        if m:
            sign = -1 if m.group(1) == "-" else 1
            return timezone(sign * timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0)))
    return None


def _fix(value: object, prop: object, floating: tzinfo | None) -> datetime | None:
    """Make a DTSTART/DTEND value aware (all-day dates give None: no time is known)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            tz = value.tzinfo
            name = str(getattr(tz, "key", "") or getattr(tz, "zone", "") or "")
            # icalendar's own tzicalvtz is fine; re-attach IANA when the TZID names one
            tzid = None
            params = getattr(prop, "params", None)
            if params is not None:
                tzid = params.get("TZID")
            if tzid and not name:
                z = _zone(str(tzid))
                if z is not None and value.utcoffset() is None:
                    return value.replace(tzinfo=z)
            if value.utcoffset() is None:
                return value.replace(tzinfo=floating or UTC)
            return value
        params = getattr(prop, "params", None)
        tzid = params.get("TZID") if params is not None else None
        if tzid:
            z = _zone(str(tzid))
            if z is not None:
                return value.replace(tzinfo=z)
        return value.replace(tzinfo=floating or UTC)
    if isinstance(value, date):
        return None
    return None


def _addr(v: object) -> str | None:
    s = str(v or "").strip()
    if s.lower().startswith("mailto:"):
        s = s[7:]
    s = s.strip().lower()
    return s if "@" in s else None


def _cn(v: object) -> str | None:
    params = getattr(v, "params", None)
    if params is None:
        return None
    cn = params.get("CN")
    if not cn:
        return None
    name = str(cn).strip().strip('"')
    return name or None


def parse_calendars(texts: list[str], *, floating: tzinfo | None) -> list[CalendarEvent]:
    """Every VEVENT in ``texts``; a broken calendar is skipped with a debug log.

    icalendar is imported the first time a message has a calendar: most mail has none,
    and the import was a twentieth of ``classify``'s start-up."""
    events: list[CalendarEvent] = []
    if texts:
        import icalendar
    for text in texts:
        try:
            cal = icalendar.Calendar.from_ical(text)
        except Exception as exc:
            logger.debug("unreadable calendar part: %s", exc)
            # some producers wrap several calendars or omit the END; try the first one
            continue
        try:
            cals = cal if isinstance(cal, list) else [cal]
            for c in cals:
                method = str(c.get("METHOD", "") or "").upper()
                for ev in c.walk("VEVENT"):
                    events.append(_event(ev, method, floating))
        except Exception as exc:
            logger.debug("calendar part skipped: %s", exc)
    return events


def _event(ev: icalendar.cal.Component, method: str, floating: tzinfo | None) -> CalendarEvent:
    def decoded(name: str) -> object:
        try:
            return ev.decoded(name)
        except Exception:
            return None

    start = _fix(decoded("DTSTART"), ev.get("DTSTART"), floating)
    end = _fix(decoded("DTEND"), ev.get("DTEND"), floating)
    if end is None and start is not None:
        dur = decoded("DURATION")
        if isinstance(dur, timedelta):
            end = start + dur
    status = str(ev.get("STATUS", "") or "").upper()
    try:
        seq = int(str(ev.get("SEQUENCE", 0) or 0))
    except ValueError:
        seq = 0
    org = ev.get("ORGANIZER")
    att = ev.get("ATTENDEE")
    atts = att if isinstance(att, list) else ([att] if att is not None else [])
    attendees: list[tuple[str | None, str]] = []
    for a in atts:
        email = _addr(a)
        if email:
            attendees.append((_cn(a), email))
    summary = str(ev.get("SUMMARY", "") or "")
    return CalendarEvent(
        uid=str(ev.get("UID")) if ev.get("UID") else None,
        sequence=seq,
        method=method,
        cancelled=method == "CANCEL" or status == "CANCELLED",
        summary=summary,
        start=start,
        end=end,
        organizer_email=_addr(org),
        organizer_name=_cn(org),
        attendees=attendees,
    )


__all__ = [
    "WINDOWS_ZONES",
    "parse_calendars",
]
