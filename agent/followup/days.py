"""Calendar arithmetic for the rules: business days, local times of day.

All rule times are local to the configured zone (DESIGN.md); these helpers turn a local
date plus a time of day into an aware datetime, across DST changes.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo


def is_business_day(d: date, holidays: Collection[date] = ()) -> bool:
    return d.weekday() < 5 and d not in holidays


def add_business_days(d: date, n: int, holidays: Collection[date] = ()) -> date:
    """The date ``n`` business days after ``d`` (weekends and holidays do not count)."""
    out = d
    left = n
    while left > 0:
        out += timedelta(days=1)
        if is_business_day(out, holidays):
            left -= 1
    return out


def next_business_day(d: date, holidays: Collection[date] = ()) -> date:
    """``d`` itself when it is a business day, else the next one."""
    out = d
    while not is_business_day(out, holidays):
        out += timedelta(days=1)
    return out


def at_local(d: date, t: time, tz: ZoneInfo) -> datetime:
    """``d`` at wall-clock time ``t`` in ``tz`` (a time skipped by DST moves forward)."""
    naive = datetime.combine(d, t)
    aware = naive.replace(tzinfo=tz)
    # round-trip through UTC normalises non-existent local times (spring forward)
    return aware.astimezone(ZoneInfo("UTC")).astimezone(tz)


def local_date(moment: datetime, tz: ZoneInfo) -> date:
    return moment.astimezone(tz).date()


def day_start(d: date, tz: ZoneInfo) -> datetime:
    return at_local(d, time(0, 0), tz)


def human_day(moment: datetime | date, tz: ZoneInfo | None = None) -> str:
    """``Tuesday, March 3`` — how a person names a day in a short note."""
    if isinstance(moment, datetime):
        moment = moment.astimezone(tz).date() if tz else moment.date()
    return f"{moment.strftime('%A, %B')} {moment.day}"


def short_day(
    moment: datetime | date, tz: ZoneInfo | None = None, *, year: int | None = None
) -> str:
    """``Tue Mar 3`` for reasons and tables; ``Fri Jan 1 2100`` when ``year`` (the current
    one) is given and the day lies in another year."""
    if isinstance(moment, datetime):
        moment = moment.astimezone(tz).date() if tz else moment.date()
    text = f"{moment.strftime('%a %b')} {moment.day}"
    return text if year is None or moment.year == year else f"{text} {moment.year}"


def short_time(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M")


__all__ = [
    "add_business_days",
    "at_local",
    "day_start",
    "human_day",
    "is_business_day",
    "local_date",
    "next_business_day",
    "short_day",
    "short_time",
]
