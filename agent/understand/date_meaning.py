"""What each date in a message means: interview start, promised answer, requested follow-up.

The expression layer (:mod:`agent.understand.dates`) finds every date, time and relative
phrase in the new text; this step reads the sentence around each one with the phrase data
of :mod:`agent.understand.date_cues` and gives it a meaning, or says why it gets none (the
candidate's own deadline, an old event, a webinar, a cancelled slot, a phrase counted from
an event the message never dates). :func:`read_dates` returns the three contract fields
and that account, which ``explain`` prints.

Pure: ``ref`` (the Date header) is the reference time, the clock is never read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from agent.models import CalendarEvent
from agent.understand import dates as dt
from agent.understand.date_cues import union

_MAX_TEXT = 20_000  # characters of new text searched for dates (bounds every scan)

_HEAR_BACK = re.compile(r"\b" + union("hear_back"), re.I)
_FOLLOW_UP = re.compile(r"\b" + union("follow_up"), re.I)
_CANDIDATE_DEADLINE = re.compile(r"\b" + union("deadline"), re.I)
_CANCEL = re.compile(r"\b" + union("cancel"), re.I)
_EVENT = re.compile(r"\b" + union("event"), re.I)
_LEAD_ANCHOR = re.compile(
    r"\s*(?:and\s+|und\s+|y\s+|et\s+|e\s+|en\s+)?" + union("lead_anchor") + r"\b", re.I
)
_INNER_ANCHOR = re.compile(
    r"\b(?:after|following|nach|tras|después\s+de|après|dopo|após|nadat)\b", re.I
)
_ANCHOR_LINK = re.compile(r"\s*,?\s*" + union("anchor_link") + r"\s+", re.I)
_UNKNOWN_EVENT = re.compile(union("unknown_event"), re.I)
# the optional word before the noun starts at a word boundary: without it, a search
# through a long word would try \w+ from every one of its letters
_INTERVIEW_WORD = re.compile(
    r"(?:(?:your|the|our|ihre[mns]?|dem|de[lm]?|la|el|tu|su|votre|il|tuo|a|sua|je|uw|het)\s+){0,2}"
    r"(?:\b\w+\s+){0,1}?" + union("interview_word") + r"\b",
    re.I,
)
_YOUR_PROCESS = re.compile(r"\b" + union("your_process") + r"\b", re.I)
_PROCESS = re.compile(r"\b" + union("process") + r"\b", re.I)
# checked on the dozen characters before a date plus its first character
_AFTER = re.compile(union("after") + r"\s+(?:the\s+|le\s+|el\s+|il\s+|dem\s+)?.$", re.I)
_CONDITION = re.compile(r"\b" + union("condition") + r"\b", re.I)
_NEGATED = re.compile(
    r"(?:(?<!\bsi\s)(?<!\bse\s)\bno|\bnot\s+(?:yet\s+)?(?:a|an|any)?|\bkeine|\bnoch\s+keine|\baún\s+no|\bsin|\bpas\s+encore\s+de)\s*$",
    re.I,
)
_SENT_END = re.compile(
    r"(?<!\b\d)(?<!\b\d\d)(?<![A-Z][a-z])(?<!\b[ap]\.m)(?<!\bDr)(?<!\bMr)(?<!\bMs)[.!?](?=\s+[A-ZÄÖÜÉ¿¡])|\n\s*\n"
)

# --------------------------------------------------------------------------- interview slots

_SLOTS = re.compile(
    r"\b(?:availability|available|which\s+(?:of\s+these|of\s+the\s+following|one|times?|slots?|options?|day)"
    r"|following\s+(?:times|slots)"
    r"|time\s+slots?|options?\s*:|what\s+works\s+(?:best\s+)?for\s+you|let\s+(?:me|us)\s+know\s+(?:which|what)|"
    r"one\s+of\s+the\s+following|pick\s+a\s+time|select\s+a\s+time|book\s+a\s+time|"
    r"(?:do|does|would|could|will|can)\s+any\s+of\s+these|which\s+of\s+these|"
    r"verfügbar|welcher\s+termin|disponibilidad|qué\s+horario|disponibilités|quel\s+créneau)\b",
    re.I,
)
_CONFIRMED = re.compile(
    r"\b(?:confirm(?:ed|ing|ation)|scheduled|booked|is\s+set|see\s+you|look(?:ing)?\s+forward|"
    r"invit\w+|calendar\s+invite|bestätig\w*|confirmad\w*|confirmé\w*|programad\w*|prévu)\b",
    re.I,
)
_STRONG_CONFIRMED = re.compile(
    r"\b(?:confirmed|is\s+(?:now\s+)?scheduled|has\s+been\s+scheduled|booked|is\s+set|see\s+you|bestätigt|"
    r"confirmad[ao]|confirmé)\b",
    re.I,
)
_RESCHEDULE_TO = re.compile(
    r"\b(?:reschedul\w*|moved?|push(?:ed)?|postponed?|changed?|verschoben|verlegt|reprogramad\w*|"
    r"cambiad\w*|report[ée]\w*|déplac\w*)\b.{0,120}?\b(?:to|auf|a|à|al|au|for|new\s+time)\b",
    re.I,
)
# "Previous: Wed 2pm / New time: Thu 9am": the slot after the label is the one that counts
_NEW_SLOT = re.compile(
    r"\b(?:new\s+(?:time|date|slot)|updated\s+time|neuer\s+termin|neue\s+uhrzeit|nueva\s+(?:fecha|hora)"
    r"|nouvel(?:le)?\s+(?:date|horaire|heure)|nuova\s+(?:data|ora)|novo\s+horário|nova\s+data"
    r"|nieuwe\s+(?:tijd|datum))\b",
    re.I,
)
# a page of times below one dated line: an itinerary or agenda
_ITINERARY = re.compile(
    r"\b(?:itinerary|agenda|schedule|ablauf|programa|programme|programma)\b", re.I
)
_INTERVIEW_NEAR = re.compile(r"\binterview|entrevista|entretien|gespräch|colloquio|gesprek", re.I)


@dataclass(frozen=True)
class FoundDate:
    """One date expression and the meaning it was given or refused (for ``explain``)."""

    text: str
    start: int
    end: int
    value: str
    meaning: str | None  # "interview start", "promised answer", "requested follow-up", or None
    reason: str


@dataclass(frozen=True)
class DateReading:
    """The date fields of one message and the account of every date found."""

    interview_at: datetime | None = None
    interview_end: datetime | None = None
    respond_by: date | None = None
    follow_up_on: date | None = None
    found: tuple[FoundDate, ...] = ()


@dataclass
class _Pick:
    day: date | None = None
    start: int = -1
    end: int = -1
    reason: str = ""


@dataclass
class _Refusals:
    """Why a date was not used, by its span in the flowed text."""

    why: dict[tuple[int, int], str] = field(default_factory=dict)

    def add(self, start: int, end: int, reason: str) -> None:
        self.why.setdefault((start, end), reason)


def mentions_hiring_process(text: str) -> bool:
    """The text speaks of a hiring process (interviews, candidates, the role)."""
    return _PROCESS.search(text, 0, _MAX_TEXT) is not None


def speaks_of_own_candidacy(text: str) -> bool:
    """The text addresses the candidate about their candidacy ("your application",
    "enjoyed meeting you"), unlike a memo among colleagues about hiring."""
    return _YOUR_PROCESS.search(text, 0, _MAX_TEXT) is not None


def day_first(lang: str, ref: datetime | None) -> str:
    """The language code the numeric-date reader uses: "en" reads 4/3 as April 3 only for
    mail sent from the Americas (by the Date header's offset); elsewhere it is 4 March."""
    if lang != "en" or ref is None:
        return lang
    off = ref.utcoffset()
    hours = off.total_seconds() / 3600 if off is not None else 0
    return "en" if -10 <= hours <= -4 or hours == 0 else "en-gb"


def flow(text: str) -> str:
    """Join wrapped lines (keep blank-line paragraph breaks) so phrases span line ends."""
    out: list[str] = []
    for para in re.split(r"\n[ \t]*\n", text):  # linear: no backtracking over long blank runs
        out.append(" ".join(line.strip(" \t") for line in para.split("\n")))
    return "\n\n".join(out)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[start:end]``, at most ~300 characters either side."""
    lo = max(0, start - 300)
    a = lo
    for m in _SENT_END.finditer(text, lo, start + 2):
        if m.start() >= start:
            break
        a = m.end()
    m2 = _SENT_END.search(text, end, end + 302)
    b = m2.start() if m2 else min(len(text), end + 300)
    return a, b


# --------------------------------------------------------------------------- promises


# how a relative phrase is counted, the day it gives and the span of the date it used
_Anchor = tuple[str, date | None, tuple[int, int] | None]


def _anchor_of(
    piece: str,
    span: dt.Span,
    mentions: list[dt.Mention],
    interview_day: date | None,
    ref: date,
) -> _Anchor:
    """How a relative phrase is counted: ("message", day), ("anchor", day, used mention span)
    or ("unknown", None) when it hangs on an event the message does not date."""
    link = _ANCHOR_LINK.match(piece, span.end)
    if link:
        return _linked_anchor(piece, span, mentions, interview_day, link.end())
    lead = _lead_of(piece, span, mentions)
    if lead and lead.end() <= span.start:
        return _led_anchor(piece, span, mentions, interview_day, lead.end())
    return "message", span.day, None


def _linked_anchor(
    piece: str,
    span: dt.Span,
    mentions: list[dt.Mention],
    interview_day: date | None,
    at: int,
) -> _Anchor:
    """The event follows the phrase ("within 10 days after ..." from ``at``): a date close
    behind it, else the interview, else an event the message does not date."""
    window_end = min(len(piece), at + 100)
    for m in mentions:
        if at <= m.start < window_end:
            day = span.counted_from(m.day)
            return ("anchor", day, (m.start, m.end)) if day else ("message", span.day, None)
    interview = _INTERVIEW_WORD.match(piece, at)
    if interview and interview_day is not None:
        return "interview", span.counted_from(interview_day), None
    if interview or _UNKNOWN_EVENT.match(piece, at):
        return "unknown", None, None
    return "message", span.day, None


def _lead_of(piece: str, span: dt.Span, mentions: list[dt.Mention]) -> re.Match[str] | None:
    """The word that leads the event in front of the phrase ("after ..."): at the start of
    the sentence, else the last one before it that is followed by a date."""
    lead = _LEAD_ANCHOR.match(piece)
    if lead is None:
        # "... after the posting closes on July 17 and will reach out within 10 days"
        inner = [
            a
            for a in _INNER_ANCHOR.finditer(piece, 0, span.start)
            if any(a.end() <= m.start and m.end <= span.start for m in mentions)
        ]
        lead = inner[-1] if inner else None
    return lead


def _led_anchor(
    piece: str,
    span: dt.Span,
    mentions: list[dt.Mention],
    interview_day: date | None,
    at: int,
) -> _Anchor:
    """The event comes before the phrase (its clause from ``at``): the last date in it,
    else the interview when the clause names it, else an event the message does not date."""
    before = [m for m in mentions if at <= m.start and m.end <= span.start]
    if before:
        m = before[-1]
        day = span.counted_from(m.day)
        if day:
            return "anchor", day, (m.start, m.end)
    clause = piece[at : span.start]
    if interview_day is not None and _INTERVIEW_WORD.search(clause[:60]):
        return "interview", span.counted_from(interview_day), None
    return "unknown", None, None


def _date_in(
    text: str,
    a: int,
    b: int,
    ref: datetime,
    lang: str,
    *,
    prefer_after: int,
    only_after: bool = False,
    interview_day: date | None = None,
    refused: _Refusals,
) -> tuple[date, int, int, str] | None:
    piece = text[a:b]
    mentions = dt.find_mentions(piece, ref, lang=lang)
    cands: list[tuple[int, int, date, str]] = []
    used: set[tuple[int, int]] = set()
    for s in dt.find_spans(piece, ref.date()):
        how, day, anchor_span = _anchor_of(piece, s, mentions, interview_day, ref.date())
        if anchor_span:
            used.add(anchor_span)
        if how == "unknown" or day is None:
            refused.add(s.start + a, s.end + a, "counted from an event the message does not date")
            continue
        why = {
            "message": "counted from the message date",
            "anchor": "counted from the date of the event it names",
            "interview": "counted from the interview date",
        }[how]
        cands.append((s.start + a, s.end + a, day, why))
    for m in mentions:
        if (m.start, m.end) in used:
            continue
        if m.day < ref.date():
            refused.add(m.start + a, m.end + a, "before the message date: an old event")
            continue
        cands.append((m.start + a, m.end + a, m.day, "the date it states"))
    if only_after:
        # a sentence that also sets the candidate a deadline: only a date after the promise
        for c in cands:
            if c[0] < prefer_after:
                refused.add(c[0], c[1], "the candidate's own deadline")
        cands = [c for c in cands if c[0] >= prefer_after]
    if not cands:
        return None
    cands.sort(key=lambda c: (c[0] < prefer_after, abs(c[0] - prefer_after)))
    start, end, day, why = cands[0]
    return day, start, end, why


def _respond_by(
    text: str, ref: datetime, lang: str, interview_day: date | None, refused: _Refusals
) -> _Pick:
    for n, m in enumerate(_HEAR_BACK.finditer(text, 0, _MAX_TEXT)):
        if n >= 40:
            break
        if _NEGATED.search(text[max(0, m.start() - 20) : m.start()]) and not _CONDITION.search(
            text, max(0, m.start() - 80), m.start()
        ):
            continue  # "no decision yet" promises nothing; "if you get no answer within" does
        a, b = _sentence(text, m.start(), m.end())
        sentence = text[a:b]
        if _CANDIDATE_DEADLINE.search(sentence) and not re.search(
            r"\b(?:we|we'll|i'll|you'll|you\s+will)\b", sentence[: m.start() - a], re.I
        ):
            continue
        fu = _FOLLOW_UP.search(sentence)
        if (
            fu
            and re.search(r"\bif\s+you\s+(?:have\s+not|haven't)", sentence, re.I) is None
            and fu.start() < m.start() - a
        ):
            continue  # "feel free to follow up on March 10" is a follow-up date, not a promise
        cancel = _CANCEL.search(sentence)
        if cancel and cancel.start() < m.start() - a:
            continue  # "we cancel Friday's interview; we'll come back to you" promises no date
        deadline = bool(_CANDIDATE_DEADLINE.search(sentence))
        got = _date_in(
            text,
            a,
            b,
            ref,
            lang,
            prefer_after=m.end(),
            only_after=deadline,
            interview_day=interview_day,
            refused=refused,
        )
        if got is not None:
            day, start, end, why = got
            said = " ".join(m.group(0).split())
            return _Pick(day, start, end, f'promise "{said}"; {why}')
    return _Pick()


def _follow_up_on(text: str, ref: datetime, lang: str, refused: _Refusals) -> _Pick:
    for n, m in enumerate(_FOLLOW_UP.finditer(text, 0, _MAX_TEXT)):
        if n >= 40:
            break
        a, b = _sentence(text, m.start(), m.end())
        if _EVENT.search(text, a, b):
            continue  # "register for our webinar on May 21": an event, not a follow-up
        got = _date_in(text, a, b, ref, lang, prefer_after=m.end(), refused=refused)
        if got is not None:
            day, start, end, why = got
            if _AFTER.search(text[max(0, start - 12) : start + 1]):
                day, why = day + timedelta(days=1), "the day after the date it names"
            said = " ".join(m.group(0).split())
            return _Pick(day, start, end, f'asked "{said}"; {why}')
    return _Pick()


def respond_by(text: str, ref: datetime, *, lang: str = "en") -> date | None:
    """The date by which the employer said the candidate would hear back, if any."""
    return _respond_by(flow(text), ref, day_first(lang, ref), None, _Refusals()).day


def follow_up_on(text: str, ref: datetime, *, lang: str = "en") -> date | None:
    """A date on which the employer asked the candidate to follow up, if any."""
    return _follow_up_on(flow(text), ref, day_first(lang, ref), _Refusals()).day


# --------------------------------------------------------------------------- interview start


_HEADER_DATE = re.compile(
    r"\s*[>*]*\s*(?:sent|date|gesendet|datum|envoyé|enviado|fecha|data|inviato|verzonden|verstuurd)"
    r"\s*\*?\s*:",
    re.I,
)
_HEADER_NEIGHBOUR = re.compile(
    r"^\s*[>*]*\s*(?:from|von|de|da|van|to|an|à|para|a|aan|subject|betreff|objet|asunto|oggetto"
    r"|assunto|onderwerp|cc)\s*\*?\s*:",
    re.I | re.M,
)
_FORWARD_LINE = re.compile(
    r"forwarded\s+by\b|original\s+message|weitergeleitete?\s+nachricht|message\s+transféré"
    r"|mensaje\s+reenviado|messaggio\s+inoltrato|mensagem\s+encaminhada|doorgestuurd\s+bericht"
    r"|\b(?:wrote|schrieb|a\s+écrit|escribió|ha\s+scritto|escreveu|schreef)\s*:\s*$",
    re.I,
)


def _in_mail_header(text: str, pos: int) -> bool:
    """A date on a forwarded block's "Sent:/Date:" line (next to From:/To:/Subject:), a
    "Forwarded by X on <date>" line or an "On <date> X wrote:" attribution."""
    start = text.rfind("\n", max(0, pos - 300), pos) + 1
    end = text.find("\n", pos, pos + 300)
    line = text[start : end if end >= 0 else min(len(text), pos + 300)]
    if _FORWARD_LINE.search(line):
        return True
    if not _HEADER_DATE.match(line):
        return False
    around = text[max(0, start - 300) : start + len(line) + 300]
    return _HEADER_NEIGHBOUR.search(around) is not None


def _live(
    text: str, found: list[tuple[datetime, dt.Mention]], refused: _Refusals
) -> list[tuple[datetime, dt.Mention]]:
    """Drop slots that were cancelled or belong to a webinar-like event."""
    out = []
    for when, m in found:
        if _in_mail_header(text, m.start):
            refused.add(m.start, m.end, "the timestamp of a forwarded or quoted message")
            continue
        a, b = _sentence(text, m.start, m.end)
        sentence = text[a:b]
        if _CANCEL.search(sentence) and not _RESCHEDULE_TO.search(sentence):
            refused.add(m.start, m.end, "a cancelled slot")
            continue
        if _EVENT.search(sentence) and not _INTERVIEW_NEAR.search(sentence):
            refused.add(m.start, m.end, "an event (webinar, fair, info session), not an interview")
            continue
        out.append((when, m))
    return out


# an interview's start and end, the mention it came from and why (for ``explain``)
_Start = tuple[datetime | None, datetime | None, dt.Mention | None, str]
_NO_START: _Start = (None, None, None, "")
_Found = list[tuple[datetime, dt.Mention]]


def interview_time(
    events: Sequence[CalendarEvent],
    text: str,
    subject: str,
    ref: datetime | None,
    msg_tz: tzinfo,
    lang: str,
    refused: _Refusals | None = None,
) -> _Start:
    """The interview's start (and end): a calendar invitation, else the one time the text
    confirms. Returns the mention it came from and a reason, for ``explain``."""
    refused = refused if refused is not None else _Refusals()
    text = text[:_MAX_TEXT]
    live = [e for e in events if e.start is not None]
    found = dt.full_datetimes(text, ref, lang=lang, fallback=msg_tz) if ref else []
    if live:
        return _from_invitation(live, text, found, refused)
    if ref is None:
        return _without_date_header(text, msg_tz, lang)
    found = _live(text, found, refused)
    if not found:
        return _without_time_in_text(text, subject, ref, msg_tz, lang)
    return _among_times(text, found, refused)


def _from_invitation(
    live: list[CalendarEvent], text: str, found: _Found, refused: _Refusals
) -> _Start:
    """The latest live invitation decides; every time in the text is refused. A UTC
    invitation is shown in the zone the message states for the same instant."""
    best = max(live, key=lambda e: (not e.cancelled, e.sequence))
    start, end = best.start, best.end
    if start is not None and start.utcoffset() == timedelta(0):
        same = [w for w, _ in found if w == start]
        tz = same[0].tzinfo if same else dt.zone_hint(text)
        if tz is not None:
            start = start.astimezone(tz)
            end = end.astimezone(tz) if end else None
    for _, m in found:
        refused.add(m.start, m.end, "the calendar invitation decides the interview time")
    return start, end, None, "calendar invitation"


def _without_date_header(text: str, msg_tz: tzinfo, lang: str) -> _Start:
    """No Date header: only dates that state their year can be placed, and only one."""
    anchor = datetime(2000, 1, 1, tzinfo=msg_tz)
    found = [
        (when, m)
        for when, m in dt.full_datetimes(text, anchor, lang=lang, fallback=msg_tz)
        if not m.relative and re.search(r"\b(?:19|20)\d\d\b", text[m.start : m.end])
    ]
    if len({w for w, _ in found}) == 1:
        return found[0][0], None, found[0][1], "the only dated time (no Date header)"
    return _NO_START


def _without_time_in_text(
    text: str, subject: str, ref: datetime, msg_tz: tzinfo, lang: str
) -> _Start:
    """No live time in the text: the first time of an itinerary, else one in the subject."""
    agenda = _itinerary_start(text, subject, ref, msg_tz, lang)
    if agenda is not None:
        return agenda, None, None, "the first time of the itinerary below its date"
    found = dt.full_datetimes(subject, ref, lang=lang, fallback=msg_tz)
    if found:
        return found[0][0], None, None, "the time in the subject"
    return _NO_START


def _among_times(text: str, found: _Found, refused: _Refusals) -> _Start:
    """Which of the text's live times is the interview: the only one, the new one of a
    moved interview, or the booked one (none while several are offered)."""
    distinct: dict[datetime, dt.Mention] = {}
    for when, m in found:
        distinct.setdefault(when, m)
    if len(distinct) == 1:
        when, m = next(iter(distinct.items()))
        return when, None, m, "the only date and time in the text"
    moved = _moved_slot(text, found, refused)
    return moved if moved is not None else _booked_slot(text, found, refused)


def _moved_slot(text: str, found: _Found, refused: _Refusals) -> _Start | None:
    """A moved interview ("the new time is", "rescheduled to"): the time after the move;
    those before it are the old slot."""
    new_slot = _NEW_SLOT.search(text)
    if new_slot:
        after = [(w, m) for w, m in found if m.start >= new_slot.end()]
        if after:
            for _, m in found:
                if m.start < new_slot.start():
                    refused.add(m.start, m.end, "the old slot of a moved interview")
            return after[0][0], None, after[0][1], "the new time of a moved interview"
    resched = _RESCHEDULE_TO.search(text)
    if resched:
        after = [(w, m) for w, m in found if m.start >= resched.start()]
        for _, m in found:
            if m.start < resched.start():
                refused.add(m.start, m.end, "the old slot of a moved interview")
        if after:
            w, m = after[-1] if len(after) > 1 and not _CONFIRMED.search(text) else after[0]
            return w, None, m, "the new time of a moved interview"
    return None


def _booked_slot(text: str, found: _Found, refused: _Refusals) -> _Start:
    """Several times: none while slots are offered and none is firmly confirmed; else the
    one next to a confirmation or the word interview, else the first."""
    if _SLOTS.search(text) and not _STRONG_CONFIRMED.search(text):
        return _offered(found, refused)
    for when, m in found:
        window = text[max(0, m.start - 120) : m.end + 40]
        if _CONFIRMED.search(window) or _INTERVIEW_NEAR.search(window):
            return when, None, m, "the time next to a confirmation or the word interview"
    if _SLOTS.search(text):
        return _offered(found, refused)
    return found[0][0], None, found[0][1], "the first date and time in the text"


def _offered(found: _Found, refused: _Refusals) -> _Start:
    for _, m in found:
        refused.add(m.start, m.end, "one of several offered slots (none booked)")
    return _NO_START


def _itinerary_start(
    text: str, subject: str, ref: datetime, msg_tz: tzinfo, lang: str
) -> datetime | None:
    """One dated line and a table of times below it ("on Wednesday, May 13 ... 9:30 AM
    Product sense"): the first time, when the message is a confirmed agenda."""
    if _SLOTS.search(text) or not (
        _ITINERARY.search(subject) or _ITINERARY.search(text) or _STRONG_CONFIRMED.search(text)
    ):
        return None
    days = [m for m in dt.find_mentions(text, ref, lang=lang) if m.day >= ref.date()]
    if len({m.day for m in days}) != 1 or all(m.relative for m in days):
        return None
    first = days[0]
    times = [t for t in dt.find_times(text) if first.end <= t.start <= first.end + 600]
    if not times:
        return None
    fallback = dt.zone_hint(text) or msg_tz
    return datetime.combine(first.day, times[0].at, tzinfo=times[0].tz or fallback)


# --------------------------------------------------------------------------- the whole step


def read_dates(
    text: str,
    *,
    ref: datetime | None,
    kind: str,
    status_update: bool = False,
    cancelled: bool = False,
    events: Sequence[CalendarEvent] = (),
    subject: str = "",
    msg_tz: tzinfo | None = None,
    lang: str = "en",
    account: bool = False,
) -> DateReading:
    """The date fields of a message of ``kind`` from its new (unquoted) text.

    :param status_update: an ``other`` message that reports on the candidate's process
        ("still reviewing"); only such ``other`` mail may carry a ``respond_by``.
    :param cancelled: the message cancels an interview (its slot is then no start time).
    :param account: also list every date found and why it got or was refused its meaning
        (``DateReading.found``, for ``explain``; it costs a second pass over the text).
    """
    tz = msg_tz or (ref.tzinfo if ref is not None else None)
    if tz is None:
        tz = UTC
    lang = day_first(lang, ref)
    refused = _Refusals()
    interview_at = interview_end = None
    chosen: dict[tuple[int, int], tuple[str, str]] = {}
    plain = text[:_MAX_TEXT]
    if kind == "interview" or cancelled:
        interview_at, interview_end, mention, why = interview_time(
            events, plain, subject, ref, tz, lang, refused
        )
        if mention is not None:
            chosen[(mention.start, mention.end)] = ("interview start", why)
    flowed = flow(plain)
    rb = fu = _Pick()
    flow_refused = _Refusals()
    if ref is not None:
        interview_day = interview_at.date() if interview_at else None
        if kind == "offer" or (kind == "other" and not status_update):
            pass
        else:
            rb = _respond_by(flowed, ref, lang, interview_day, flow_refused)
        if kind != "other" or status_update:
            fu = _follow_up_on(flowed, ref, lang, flow_refused)
    if not account:
        return DateReading(interview_at, interview_end, rb.day, fu.day)
    found = _account(plain, ref, tz, lang, kind, status_update, chosen, refused)
    found += _account_flowed(flowed, rb, fu, flow_refused, found)
    found.sort(key=lambda f: f.start)
    return DateReading(interview_at, interview_end, rb.day, fu.day, tuple(found))


def _account(
    text: str,
    ref: datetime | None,
    tz: tzinfo,
    lang: str,
    kind: str,
    status_update: bool,
    chosen: dict[tuple[int, int], tuple[str, str]],
    refused: _Refusals,
) -> list[FoundDate]:
    if ref is None:
        return []
    out: list[FoundDate] = []
    for e in dt.find_expressions(text, ref, lang=lang, fallback=tz):
        value = e.at.isoformat() if e.at is not None else e.day.isoformat()
        said = " ".join(text[e.start : e.end].split())
        key = (e.start, e.end)
        if key in chosen:
            meaning, why = chosen[key]
            out.append(FoundDate(said, e.start, e.end, value, meaning, why))
            continue
        refusal = refused.why.get(key)
        if refusal is None and kind == "other" and not status_update:
            refusal = "the message is not about the candidate's hiring process (kind other)"
        if refusal is None:
            refusal = _why_unused(text, e, ref)
        out.append(FoundDate(said, e.start, e.end, value, None, refusal or ""))
    return out


def _why_unused(text: str, e: dt.Expression, ref: datetime) -> str | None:
    """The likeliest reason a date got no meaning, from its sentence (for ``explain``)."""
    if e.day < ref.date():
        return "before the message date: an old event"
    a, b = _sentence(text, e.start, e.end)
    if _CANDIDATE_DEADLINE.search(text, a, b):
        return "the candidate's own deadline"
    if _EVENT.search(text, a, b):
        return "an event (webinar, fair, info session), not an interview"
    if _CANCEL.search(text, a, b):
        return "a cancelled slot"
    return None


def _account_flowed(
    flowed: str, rb: _Pick, fu: _Pick, refused: _Refusals, found: list[FoundDate]
) -> list[FoundDate]:
    """Merge what the promise and follow-up readers decided (they read the flowed text,
    whose offsets differ from the raw text's only where lines were joined)."""
    out: list[FoundDate] = []
    by_text = {f.text: i for i, f in enumerate(found)}
    for start, end, meaning, why, day in _flowed_decisions(rb, fu, refused):
        said = " ".join(flowed[start:end].split())
        i = by_text.get(said)
        if i is not None and i < 0:
            continue
        if i is not None:
            old = found[i]
            if old.meaning is None and (meaning or not old.reason):
                found[i] = FoundDate(
                    old.text,
                    old.start,
                    old.end,
                    day.isoformat() if day else old.value,
                    meaning,
                    why,
                )
            continue
        value = day.isoformat() if day else ""
        out.append(FoundDate(said, start, end, value, meaning, why))
        by_text[said] = -1
    for i, f in enumerate(found):
        if not f.reason and f.meaning is None:
            found[i] = FoundDate(
                f.text, f.start, f.end, f.value, None, "no phrase around it gives it a meaning"
            )
    return [f for f in out if f.text]


def _flowed_decisions(
    rb: _Pick, fu: _Pick, refused: _Refusals
) -> list[tuple[int, int, str | None, str, date | None]]:
    """``(start, end, meaning, why, day)`` of the promised answer, the requested
    follow-up and every refused date, in the flowed text."""
    decided: list[tuple[int, int, str | None, str, date | None]] = []
    if rb.day is not None:
        decided.append((rb.start, rb.end, "promised answer", rb.reason, rb.day))
    if fu.day is not None:
        decided.append((fu.start, fu.end, "requested follow-up", fu.reason, fu.day))
    for (start, end), why in refused.why.items():
        decided.append((start, end, None, why, None))
    return decided


__all__ = [
    "DateReading",
    "FoundDate",
    "day_first",
    "flow",
    "follow_up_on",
    "interview_time",
    "mentions_hiring_process",
    "read_dates",
    "respond_by",
    "speaks_of_own_candidacy",
]
