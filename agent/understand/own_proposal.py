"""A reply to the candidate's own message about an interview: "Wednesday at 2:30 it is",
"dann bis Dienstag!", "À jeudi 14h30.", "Combinado! Até quarta." The recruiter's few words
say only yes; the day and time, and that it is an interview, are in the candidate's quoted
message and the subject (DESIGN.md: thread context counts)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

from agent.understand import dates as dt

# how far into the quoted part its attribution ("On ... Alex Rivera <...> wrote:",
# "Von: Alex Rivera", "Le ... a écrit :") is looked for
_ATTRIBUTION_SPAN = 400


def quotes_the_owner(quoted: str, addresses: Iterable[str], names: Iterable[str]) -> bool:
    """Whether the quoted part begins with the candidate's own message: its attribution
    line or header block names one of the owner's addresses or names."""
    head = quoted[:_ATTRIBUTION_SPAN].lower()
    if not head:
        return False
    if any(a and a.lower() in head for a in addresses):
        return True
    return any(len(n) > 3 and re.search(rf"\b{re.escape(n.lower())}\b", head) for n in names)


def proposed_time(
    reply: str, quoted: str, *, ref: datetime, lang: str, fallback: tzinfo
) -> datetime | None:
    """The date and time the candidate proposed in their quoted message, on the weekday the
    reply names ("dann bis Dienstag" → "Dienstag, 17.11.2026 um 14:00 Uhr"); None when the
    reply names no weekday or the quote holds no such time within three weeks."""
    days = dt.weekdays_named(reply)
    if not days:
        return None
    # the candidate wrote before the reply: their relative dates count from a day before
    for when, _mention in dt.full_datetimes(
        quoted[:4000], ref - timedelta(days=1), lang=lang, fallback=fallback
    ):
        if when.weekday() in days and timedelta(0) <= when - ref <= _PROPOSAL_REACH:
            return when
    return None


_PROPOSAL_REACH = timedelta(days=21)


__all__ = [
    "proposed_time",
    "quotes_the_owner",
]
