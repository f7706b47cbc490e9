"""Dates and times in mail text, resolved against the message's Date header.

Pure functions: ``ref`` (the Date header, aware) is passed in, the clock is never read.

What a :class:`Mention` holds for the awkward cases:

* "next Friday" / "by Friday": the first such weekday strictly after ``ref``'s day.
* "March 3" with no year: the year that puts it closest to ``ref`` without being more
  than 60 days in the past (mail about a date two months ago is rare; a December message
  about "January 5" means next year).
* a time with no zone: ``tz`` is None; the caller uses the Date header's offset.
* "tomorrow at 10": 10:00 (a bare hour 1-7 after "at" is read as afternoon).

English, German, Spanish and French month names, weekdays and relative words are known.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

logger = logging.getLogger(__name__)

# --------------------------------------------------------------------------- vocabulary

_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "january jan januar jänner jän enero ene janvier janv janeiro gennaio januari",
        "february feb februar febrero février fevrier févr fevr fév fevereiro febbraio fev februari",
        "march mar märz maerz mär mrz marzo mars março marco maart mrt",
        "april apr abril abr avril avr aprile",
        "may mai mayo maio maggio mag mei",
        "june jun juni junio juin junho giugno giu",
        "july jul juli julio juillet juil julho luglio lug",
        "august aug agosto ago août aout augustus",
        "september sep sept septiembre setiembre septembre setembro settembre",
        "october oct oktober okt octubre octobre outubro ottobre ott",
        "november nov noviembre novembre novembro",
        "december dec dezember dez diciembre dic décembre decembre déc dezembro dicembre",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTHS[_n] = _num

_WEEKDAYS_FULL: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "monday montag lunes lundi segunda-feira lunedì lunedi maandag",
        "tuesday dienstag martes mardi terça-feira terca-feira martedì martedi dinsdag",
        "wednesday mittwoch miércoles miercoles mercredi quarta-feira mercoledì mercoledi woensdag",
        "thursday donnerstag jueves jeudi quinta-feira giovedì giovedi donderdag",
        "friday freitag viernes vendredi sexta-feira venerdì venerdi vrijdag",
        "saturday samstag sonnabend sábado sabado samedi sabato zaterdag",
        "sunday sonntag domingo dimanche domenica zondag",
    ]
):
    for _n in _names.split():
        _WEEKDAYS_FULL[_n] = _num
_WEEKDAYS_ABBR = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6, "lun": 0, "mié": 2, "mie": 2, "jue": 3, "vie": 4, "mo": 0, "di": 1,
    "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
}  # fmt: skip

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "couple of": 2, "few": 3, "einer": 1, "einem": 1, "eine": 1, "ein": 1, "zwei": 2, "drei": 3,
    "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "zehn": 10, "vierzehn": 14,
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "diez": 10, "quince": 15, "catorce": 14, "une": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "dix": 10, "quinze": 15,
    "duas": 2, "três": 3, "dez": 10, "due": 2, "tre": 3, "dieci": 10,
    "quindici": 15, "a couple of": 2, "a few": 3, "tien": 10, "twee": 2, "drie": 3, "vijf": 5,
    "zes": 6, "zeven": 7, "een": 1, "één": 1, "veertien": 14, "quattro": 4, "cinque": 5,
    "sei": 6, "sette": 7, "otto": 8, "uma": 1, "um": 1, "dois": 2, "quatro": 4, "sete": 7,
    "oito": 8, "zwölf": 12, "dreißig": 30, "trente": 30, "treinta": 30, "trenta": 30,
    "trinta": 30, "dertig": 30, "thirty": 30, "fifteen": 15, "twenty": 20,
}  # fmt: skip

ZONES: dict[str, str] = {
    "et": "America/New_York", "est": "America/New_York", "edt": "America/New_York",
    "eastern": "America/New_York", "eastern time": "America/New_York",
    "eastern standard time": "America/New_York", "eastern daylight time": "America/New_York",
    "ct": "America/Chicago", "cst": "America/Chicago", "cdt": "America/Chicago",
    "central time": "America/Chicago", "central standard time": "America/Chicago",
    "central daylight time": "America/Chicago",
    "mt": "America/Denver", "mst": "America/Denver", "mdt": "America/Denver",
    "mountain time": "America/Denver",
    "pt": "America/Los_Angeles", "pst": "America/Los_Angeles", "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles", "pacific time": "America/Los_Angeles",
    "pacific standard time": "America/Los_Angeles", "pacific daylight time": "America/Los_Angeles",
    "gmt": "UTC", "utc": "UTC", "z": "UTC",
    "bst": "Europe/London", "uk time": "Europe/London", "london time": "Europe/London",
    "british summer time": "Europe/London",
    "cet": "Europe/Berlin", "cest": "Europe/Berlin", "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin", "central european time": "Europe/Berlin",
    "central european summer time": "Europe/Berlin", "berlin time": "Europe/Berlin",
    "paris time": "Europe/Paris", "madrid time": "Europe/Madrid", "heure de paris": "Europe/Paris",
    "hora de madrid": "Europe/Madrid", "hora peninsular": "Europe/Madrid",
    "hora de españa": "Europe/Madrid", "hora de bogotá": "America/Bogota",
    "hora de bogota": "America/Bogota", "hora de colombia": "America/Bogota",
    "hora colombiana": "America/Bogota", "hora de méxico": "America/Mexico_City",
    "hora del centro": "America/Mexico_City", "hora de lima": "America/Lima",
    "hora de chile": "America/Santiago", "hora de argentina": "America/Argentina/Buenos_Aires",
    "hora de buenos aires": "America/Argentina/Buenos_Aires", "heure de montréal": "America/Toronto",
    "heure française": "Europe/Paris", "heure de bruxelles": "Europe/Brussels",
    "deutscher zeit": "Europe/Berlin", "deutsche zeit": "Europe/Berlin",
    "wet": "Europe/Lisbon", "west": "Europe/Lisbon", "eet": "Europe/Athens",
    "eest": "Europe/Athens", "ist": "Asia/Kolkata", "india standard time": "Asia/Kolkata",
    "aest": "Australia/Sydney", "aedt": "Australia/Sydney", "sgt": "Asia/Singapore",
    "jst": "Asia/Tokyo", "hst": "Pacific/Honolulu", "akst": "America/Anchorage",
    "new york time": "America/New_York", "san francisco time": "America/Los_Angeles",
    "horário de brasília": "America/Sao_Paulo", "hora de brasília": "America/Sao_Paulo",
    "horário de brasilia": "America/Sao_Paulo", "horário de são paulo": "America/Sao_Paulo",
    "brt": "America/Sao_Paulo", "horário de lisboa": "Europe/Lisbon", "hora de lisboa": "Europe/Lisbon",
    "ora italiana": "Europe/Rome", "ora di roma": "Europe/Rome", "ora di milano": "Europe/Rome",
    # the names scheduling tools (Calendly) write for Central European Time
    "heure d'europe centrale": "Europe/Paris", "hora de europa central": "Europe/Madrid",
    "hora central europea": "Europe/Madrid", "mitteleuropäische zeit": "Europe/Berlin",
    "ora dell'europa centrale": "Europe/Rome", "horário da europa central": "Europe/Berlin",
    "hora da europa central": "Europe/Berlin", "midden-europese tijd": "Europe/Amsterdam",
}  # fmt: skip

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_WDF_RE = "|".join(sorted((re.escape(w) for w in _WEEKDAYS_FULL), key=len, reverse=True))
_WDA_RE = "|".join(
    sorted((re.escape(w) for w in _WEEKDAYS_ABBR if len(w) >= 3), key=len, reverse=True)
)
_WD_ANY = rf"(?:{_WDF_RE}|(?:{_WDA_RE})\.?)"
_ZONE_NAMES = "|".join(sorted((re.escape(z) for z in ZONES if len(z) > 1), key=len, reverse=True))

_B = r"(?<![\w/.-])"  # left boundary
_E = r"(?![\w])"  # right boundary

# short numeric dates ("3/6", "3.6.") only count right after a preposition that introduces a date
_PREP_BEFORE = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in [
            "on",
            "for",
            "am",
            "le",
            "el",
            "by",
            "den",
            "dem",
            "il",
            "op",
            "dia",
            "em",
            "per",
            "tot",
            "al",
            "au",
            "à",
            "vom",
            "zum",
            "bis",
            "até",
            "until",
            # Portuguese short weekdays: "quarta 18/11 às 14h"
            "segunda",
            "terça",
            "quarta",
            "quinta",
            "sexta",
        ]
    )
    + ")"
)

# "the 4th floor", "the 2nd round": ordinals that are no day of the month
_ORDINAL_NOUNS = (
    "floor|round|time|place|person|year|grade|step|stage|level|attempt|interview|candidate|"
    "edition|anniversary|century|percentile|quarter|week|day|call|one|option|slot|position|row"
)

_DATE_RE = re.compile(
    # every form starts a word: positions inside words and runs of spaces fail at once
    rf"""
    (?<!\w)(?=\w)
    (?P<wd_prefix>{_B}{_WD_ANY},?\s+(?:(?:the|den|le|el)\s+)?)?
    (?:
        (?P<a_month>{_B}(?:{_MONTH_RE}))\.?\s+(?P<a_day>\d{{1,2}})(?:st|nd|rd|th)?{_E}
            (?:,?\s+(?P<a_year>\d{{4}}){_E})?
      | (?P<b_day>{_B}\d{{1,2}})(?:st|nd|rd|th|er|\.|º|°)?\s*(?:of\s+|de\s+)?
            (?P<b_month>(?:{_MONTH_RE}))\.?{_E}(?:,?\s+(?:de\s+)?(?P<b_year>\d{{4}}){_E})?
      | (?P<th_wd>{_B}(?:{_WDF_RE}|(?:{_WDA_RE})\.?)),?\s+(?:the\s+)?(?P<th_day>\d{{1,2}})(?:st|nd|rd|th)(?![\w])
            (?!\s+(?:of\s+)?(?:{_MONTH_RE})\b)
      | (?P<wn_wd>{_B}(?:{_WDF_RE}|(?:{_WDA_RE})\.?)),?\s+(?:(?:den|le|el|il|dia|de)\s+)?(?P<wn_day>\d{{1,2}})
            (?:\.(?!\d)|º|°)?(?![\w:/]|[.,]\d|\s*[-–]\s*\d|\s*(?:[ap]\.?\s?m|uhr|uur|h|hrs?|horas?|heures?|ore)\b)
            (?!\s+(?:of\s+|de\s+)?(?:{_MONTH_RE})\b)
      | (?P<the_day>(?<=\bthe\s)\d{{1,2}})(?:st|nd|rd|th)(?![\w])(?!\s+(?:of\s+)?(?:{_MONTH_RE})\b)
            (?!\s+(?:{_ORDINAL_NOUNS})\b)
      | (?P<iso_y>{_B}\d{{4}})-(?P<iso_m>\d{{2}})-(?P<iso_d>\d{{2}})(?!-)(?:(?=T\d)|(?!\w))
      | (?P<n_1>{_B}\d{{1,2}})(?P<n_sep>[./-])(?P<n_2>\d{{1,2}})(?P=n_sep)(?P<n_y>\d{{4}}|\d{{2}}){_E}
      | {_PREP_BEFORE}(?P<p_1>\d{{1,2}})(?:/(?P<p_2>\d{{1,2}})(?![/\d])|\.(?P<p_3>\d{{1,2}})\.(?!\d))
      | (?P<s_1>{_B}\d{{1,2}})(?P<s_sep>[./])(?P<s_2>\d{{1,2}})\.?{_E}(?!/)
      | (?P<rel>{_B}(?:today|tomorrow|day\ after\ tomorrow|heute|übermorgen|morgen|hoy|overmorgen|vandaag
            |depois\ de\ amanhã|amanhã|hoje|dopodomani|domani|oggi
            |pasado\ mañana|mañana|aujourd'hui|aujourd’hui|après-demain|apres-demain|demain
            |tonight|this\ afternoon|this\ morning)){_E}
      | (?P<wd_mod>{_B}(?:next|this|coming|the\ coming|nächsten|nächster|kommenden|diesen
            |diesem|el\ próximo|el\ proximo|este|ce|prochain|volgende|komende|deze|prossimo|questo
            |próxima|proxima|próximo|proximo|esta)\s+)?(?P<wd>{_B}(?:{_WDF_RE})){_E}
            (?P<wd_post>\s+(?:prochain|próximo|proximo|prossimo|next\ week|de\ la\ semana\ que\ viene))?
      | (?P<wa>{_B}(?:mon|tues?|wed|thu|thurs?|fri))\.?(?=\s+(?:at\s+|@\s*)?\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\b)
    )
    """,
    re.I | re.X,
)

_AMPM = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)"
# "16.30" is a clock time right after "om", "ore", "alle" (nl/it write hours with a dot)
_DOT_AFTER = (
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s{d})" for w in ("om", "ore", "alle", "às", "um") for d in (r"\d", r"\d\d")
    )
    + ")"
)
_TIME_RE = re.compile(
    rf"""
    (?P<h>(?:(?<=\dT)|{_B})\d{{1,2}})(?:(?P<sep>[:h]|\.(?=\d\d\s*(?:uhr|uur|h|{_AMPM}))|{_DOT_AFTER}\.(?=\d\d))(?P<m>\d{{2}}))?
    (?:\s*(?P<ampm>{_AMPM})(?![a-z])|\s*(?P<uhr>uhr|uur|hrs?\b|h(?![a-z])))?
    (?P<range>\s*(?:-|–|—|to|bis|until|a|à|y)\s*
        (?P<h2>\d{{1,2}})(?:[:h.](?P<m2>\d{{2}}))?\s*(?P<ampm2>{_AMPM}(?![a-z]))?(?:\s*uhr)?)?
    """,
    re.I | re.X,
)
_DAYPART_RE = re.compile(
    r"\b(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s+(?:de\s+la|da|del|di|du|de|in\s+the|'s)\s+"
    r"(?:(?P<pm>tarde|noche|pomeriggio|sera|après-midi|apres-midi|soir|afternoon|evening|middags|avonds)"
    r"|(?P<am>mañana|manhã|mattina|mattino|matin|morning|ochtends|morgens))\b",
    re.I,
)
_NOON_RE = re.compile(r"\b(?:noon|midday|mittag|mediodía|midi)\b", re.I)
_BARE_HOUR_RE = re.compile(
    rf"\b(?:at|um|a\ las|a\ la|à|às|alle|ore|om|@)\s+(?P<h>\d{{1,2}})(?![\d:.,/%]|\s*(?:-|–)\s*\d)(?!\s*(?:"
    rf"minutes?|mins?|days?|hours?|weeks?|st|nd|rd|th|de|of|{_MONTH_RE})\b)",
    re.I | re.X,
)
# an IANA area name (Europe, America, Antarctica) has at most 10 letters: bounded, so a long
# word is not read to its end from every one of its letters
_ZONE_RE = re.compile(
    rf"""\s*(?:\(\s*)?(?:
        (?P<off>(?:GMT|UTC)\s*(?P<sign>[+-−])\s*(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?)
        (?:\)?\s*(?P<offname>[A-Z][A-Za-z .&()-]{{0,40}}?(?:Time|time)(?:\s*\([^)]*\))?))?
      | (?P<iana>[A-Z][a-z]{{1,11}}/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)
      | (?P<name>{_ZONE_NAMES})(?:\s+(?:time|zeit))?(?![a-z])(?:\s*-\s*US\s*&\s*Canada)?
    )""",
    re.I | re.X,
)
_ZONE_HINT_RE = re.compile(
    rf"(?:time\s*zone|zeitzone|zona horaria|fuseau horaire|all times(?: are)?(?: in| shown in)?|"
    rf"timezone)\s*[:=]?\s*(?P<z>\(?(?:GMT|UTC)\s*[+-−]\s*\d{{1,2}}(?::?\d{{2}})?\)?|"
    rf"[A-Z][a-z]+/[A-Z][A-Za-z_]+|{_ZONE_NAMES})",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    """One date (and maybe time) found in text.

    :ivar day: the calendar date, resolved against ``ref``.
    :ivar at: the time of day when one was stated next to the date, else None.
    :ivar tz: the stated zone, else None.
    :ivar start/end: character span in the searched text.
    :ivar relative: the date came from a weekday or word ("tomorrow"), not a calendar date.
    """

    day: date
    at: time | None
    tz: tzinfo | None
    start: int
    end: int
    relative: bool = False

    def aware(self, fallback: tzinfo) -> datetime | None:
        if self.at is None:
            return None
        return datetime.combine(self.day, self.at, tzinfo=self.tz or fallback)


def zone_from_name(name: str) -> tzinfo | None:
    """ "ET", "CEST", "GMT+1", "(UTC-05:00)", "Europe/Berlin", "Pacific Time" → tzinfo."""
    s = name.strip().strip("()").strip()
    m = _ZONE_RE.match(s)
    if not m:
        return None
    return _zone_from_match(m)


def _zone_from_match(m: re.Match[str]) -> tzinfo | None:
    if m.group("off"):
        return _offset_zone(m)
    if m.group("iana"):
        try:
            return ZoneInfo(m.group("iana"))
        except Exception:
            return None
    zname = m.group("name")
    if zname:
        named = ZONES.get(zname.lower())
        if named:
            return ZoneInfo(named)
    return None


def _offset_zone(m: re.Match[str]) -> tzinfo | None:
    """ "GMT+1", "(UTC-05:00) Eastern Time (US & Canada)": the named zone when the text
    names one (it knows daylight saving time), else the fixed offset."""
    sign = -1 if m.group("sign") in "-−" else 1
    hours, minutes = int(m.group("oh")), int(m.group("om") or 0)
    if hours > 14:
        return None
    offname = (m.group("offname") or "").lower()
    for key, iana in ZONES.items():
        if len(key) > 4 and key in offname:
            return ZoneInfo(iana)
    if "eastern" in offname:
        return ZoneInfo("America/New_York")
    if "pacific" in offname:
        return ZoneInfo("America/Los_Angeles")
    if "central" in offname and "europe" not in offname:
        return ZoneInfo("America/Chicago")
    if hours == 0 and minutes == 0:
        return UTC
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _fix_year(month: int, day: int, ref: date) -> date | None:
    for year in (ref.year, ref.year + 1, ref.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if year == ref.year and d < ref - timedelta(days=60):
            continue
        if year == ref.year - 1 and d < ref - timedelta(days=60):
            continue
        return d
    return None


# the weekdays by their full names, and Portuguese's short ones ("até quarta")
_WEEKDAY_SHORT_PT = {"segunda": 0, "terça": 1, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}
_WEEKDAY_WORD = re.compile(
    r"\b(" + _WDF_RE + "|" + "|".join(_WEEKDAY_SHORT_PT) + r")(?![\w-])", re.I
)


def weekdays_named(text: str) -> set[int]:
    """The weekdays (Monday 0) the text names by their full names, in the seven languages."""
    out: set[int] = set()
    for m in _WEEKDAY_WORD.finditer(text):
        word = m.group(1).lower()
        out.add(_WEEKDAYS_FULL.get(word, _WEEKDAY_SHORT_PT.get(word, -1)))
    out.discard(-1)
    return out


def next_weekday(ref: date, weekday: int, *, strictly_after: bool = True) -> date:
    delta = (weekday - ref.weekday()) % 7
    if delta == 0 and strictly_after:
        delta = 7
    return ref + timedelta(days=delta)


def add_business_days(start: date, n: int, holidays: frozenset[date] = frozenset()) -> date:
    d = start
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in holidays:
            n -= 1
    return d


#: digits either side of "/" or "-": the only dates whose reading depends on the language
_ORDER_BY_LANGUAGE = re.compile(r"\d[/-]\d")


def language_matters(text: str) -> bool:
    """Whether ``lang`` can change what this module reads in ``text``: only a numeric date
    written with "/" or "-" ("4/3", "04-03-2026") is read month- or day-first by language
    (``_numeric``); with "." it is day-first everywhere. Lets a caller skip language
    detection for text without one."""
    return _ORDER_BY_LANGUAGE.search(text) is not None


def _numeric(a: int, b: int, year: int | None, sep: str, ref: date, lang: str) -> date | None:
    # "." is day-first everywhere; "/" is month-first in English unless impossible
    if sep == "." or lang != "en":
        day, month = a, b
    else:
        month, day = a, b
        if month > 12 and day <= 12:
            month, day = day, month
    if year is not None and year < 100:
        year += 2000
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is None:
        return _fix_year(month, day, ref)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_from_match(m: re.Match[str], ref: date, lang: str) -> tuple[date, bool] | None:
    """The day a ``_DATE_RE`` match names, and whether it came from a word or weekday."""
    g = m.groupdict()
    try:
        if g["a_month"] or g["b_month"]:
            return _month_name_date(g, "a" if g["a_month"] else "b", ref)
        if g["th_day"] or g["the_day"]:
            return _nth_day_date(g, ref)
        if g["wn_day"]:
            return _weekday_number_date(g, ref)
        if g["iso_y"]:
            return date(int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])), False
        if g["n_1"] or g["s_1"] or g["p_1"]:
            return _numeric_date(g, ref, lang)
        if g["rel"] or g["wa"] or g["wd"]:
            return _word_date(g, ref), True
    except (ValueError, KeyError):
        return None
    return None


def _month_name_date(g: dict[str, Any], form: str, ref: date) -> tuple[date, bool] | None:
    """ "March 3" / "3 March" (``form`` "a" or "b"), with its year or the next one that fits
    (and the year in which a stated weekday is right)."""
    month = _MONTHS[g[f"{form}_month"].lower()]
    day = int(g[f"{form}_day"])
    if g[f"{form}_year"]:
        return date(int(g[f"{form}_year"]), month, day), False
    d = _fix_year(month, day, ref)
    if d and g["wd_prefix"]:
        d = _prefer_weekday(month, day, ref, g["wd_prefix"], d)
    return (d, False) if d else None


def _nth_day_date(g: dict[str, Any], ref: date) -> tuple[date, bool] | None:
    """ "Monday the 18th" / "the 23rd"."""
    day = int(g["th_day"] or g["the_day"])
    wd = None
    if g["th_wd"]:
        word = g["th_wd"].rstrip(".").lower()
        wd = _WEEKDAYS_FULL.get(word, _WEEKDAYS_ABBR.get(word))
    d = _day_of_month(day, ref, wd)
    return (d, False) if d else None


def _weekday_number_date(g: dict[str, Any], ref: date) -> tuple[date, bool] | None:
    """ "jueves 15", "jeudi 15", "Donnerstag, 15.": a weekday with a bare day number is
    that day of this or the next month, and only when the weekday is right for it."""
    word = g["wn_wd"].rstrip(".").lower()
    wd = _WEEKDAYS_FULL.get(word, _WEEKDAYS_ABBR.get(word))
    d = _day_of_month(int(g["wn_day"]), ref, wd)
    if d is None or wd is None or (d - ref).days > _WEEKDAY_NUMBER_REACH:
        return None
    return d, False


#: how far ahead a weekday with a bare day number may point ("jueves 15": a month or so)
_WEEKDAY_NUMBER_REACH = 62


def _numeric_date(g: dict[str, Any], ref: date, lang: str) -> tuple[date, bool] | None:
    """ "3/4/2026", "Tue 3/4" (a short one only right after a weekday), "3.4." after a
    preposition."""
    if g["n_1"]:
        d = _numeric(int(g["n_1"]), int(g["n_2"]), int(g["n_y"]), g["n_sep"], ref, lang)
    elif g["s_1"]:
        # "3/4" or "3.4." only count right after a weekday ("Tue 3/4", "Di., 3.4.")
        if not g["wd_prefix"]:
            return None
        d = _numeric(int(g["s_1"]), int(g["s_2"]), None, g["s_sep"], ref, lang)
    elif g["p_3"]:
        d = _numeric(int(g["p_1"]), int(g["p_3"]), None, ".", ref, lang)
    else:
        d = _numeric(int(g["p_1"]), int(g["p_2"]), None, "/", ref, lang)
    return (d, False) if d else None


def _word_date(g: dict[str, Any], ref: date) -> date:
    """ "today", "the day after tomorrow", "Thu 3pm", "Tuesday (next week)"."""
    if g["rel"]:
        word = g["rel"].lower()
        if word in ("today", "heute", "hoy", "aujourd'hui", "aujourd’hui", "tonight",
                    "this afternoon", "this morning"):  # fmt: skip
            return ref
        if word in ("day after tomorrow", "übermorgen", "pasado mañana", "après-demain",
                    "apres-demain"):  # fmt: skip
            return ref + timedelta(days=2)
        return ref + timedelta(days=1)
    if g["wa"]:  # "Thu 3pm": an abbreviated weekday only right before a clock time
        return next_weekday(ref, _WEEKDAYS_ABBR[g["wa"].lower()])
    wd = _WEEKDAYS_FULL[g["wd"].lower()]
    post = (g["wd_post"] or "").strip().lower()
    if "next week" in post or "semana que viene" in post:
        monday = ref - timedelta(days=ref.weekday()) + timedelta(days=7)
        return monday + timedelta(days=wd)
    return next_weekday(ref, wd)


def _day_of_month(day: int, ref: date, weekday: int | None) -> date | None:
    """ "Monday the 18th" / "the 23rd": the next such day of a month on or after ``ref``."""
    year, month = ref.year, ref.month
    for _ in range(14):
        try:
            d = date(year, month, day)
        except ValueError:
            d = None
        if d is not None and d >= ref and (weekday is None or d.weekday() == weekday):
            return d
        month += 1
        if month > 12:
            month, year = 1, year + 1
    return None


def _prefer_weekday(month: int, day: int, ref: date, prefix: str, guess: date) -> date:
    """With "Tuesday, March 3" pick the year in which March 3 is a Tuesday, if close."""
    word = prefix.strip().rstrip(",").split()[0].rstrip(".").lower()
    wd = _WEEKDAYS_FULL.get(word, _WEEKDAYS_ABBR.get(word))
    if wd is None or guess.weekday() == wd:
        return guess
    for year in (ref.year, ref.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d.weekday() == wd and d >= ref - timedelta(days=60):
            return d
    return guess


def _hour(h: int, ampm: str | None) -> int | None:
    if ampm:
        p = ampm.lower().replace(".", "").replace(" ", "")
        if h < 1 or h > 12:
            return None
        if p.startswith("p"):
            return h % 12 + 12
        return h % 12
    return h if 0 <= h <= 23 else None


@dataclass(frozen=True)
class _TimeHit:
    at: time
    start: int
    end: int
    tz: tzinfo | None


def find_times(text: str) -> list[_TimeHit]:
    """Every time of day in ``text``, in order: clock times ("2:30 pm", "14 Uhr"), times
    of the day ("3 de la tarde"), noon, and a bare hour after a preposition ("at 3")."""
    # a clock time where a time of the day starts ("3 in the afternoon") is that one
    dayparts = {m.start() for m in _DAYPART_RE.finditer(text)}
    hits = [t for t in _clock_times(text) if t.start not in dayparts] + _daypart_times(text)
    hits += [_time_hit(text, time(12, 0), m.start(), m.end()) for m in _NOON_RE.finditer(text)]
    hits += _bare_hours(text, [(t.start, t.end) for t in hits])
    hits.sort(key=lambda t: t.start)
    return hits


def _daypart_times(text: str) -> list[_TimeHit]:
    """ "3 de la tarde", "9 in the morning": the hour with its part of the day."""
    hits: list[_TimeHit] = []
    for m in _DAYPART_RE.finditer(text):
        h = int(m.group("h"))
        if not 1 <= h <= 12 or int(m.group("m") or 0) > 59:
            continue
        hour = h % 12 + (12 if m.group("pm") else 0)
        hits.append(_time_hit(text, time(hour, int(m.group("m") or 0)), m.start(), m.end()))
    return hits


def _bare_hours(text: str, taken: list[tuple[int, int]]) -> list[_TimeHit]:
    """ "at 3", "um 10" outside the times already found: 1-7 are afternoons."""
    hits: list[_TimeHit] = []
    for m in _BARE_HOUR_RE.finditer(text):
        s = m.start("h")
        if any(a <= s < b for a, b in taken):
            continue
        h = int(m.group("h"))
        if not 1 <= h <= 23:
            continue
        hits.append(_time_hit(text, time(h + 12 if h <= 7 else h, 0), s, m.end()))
    return hits


def _time_hit(text: str, at: time, start: int, end: int) -> _TimeHit:
    """A time found at ``text[start:end]``, taking in the zone stated right after it."""
    tz, zend = _zone_after(text, end)
    return _TimeHit(at, start, zend if tz else end, tz)


def _clock_times(text: str) -> list[_TimeHit]:
    """The ``_TIME_RE`` matches that are clock times (not a lone number or a ratio)."""
    hits: list[_TimeHit] = []
    pos = 0
    while (m := _TIME_RE.search(text, pos)) is not None:
        pos = m.end()
        if not (m.group("m") or m.group("ampm") or m.group("uhr") or m.group("ampm2")):
            # a lone number ("jeudi 15 à 10h30": the day, not a range to the time after it)
            pos = m.end("h") if m.group("range") else pos
            continue
        hour = _clock_hour(m)
        minute = int(m.group("m") or 0)
        if hour is None or minute > 59:
            continue
        if (
            not m.group("ampm")
            and not m.group("uhr")
            and m.group("sep") == ":"
            and _looks_like_ratio(text, m.start(), m.end())
        ):
            continue
        hits.append(_time_hit(text, time(hour, minute), m.start(), m.end()))
    return hits


def _clock_hour(m: re.Match[str]) -> int | None:
    """The 24-hour hour of a clock time: "at 2:30" is an afternoon, and "11-12pm" starts
    at 11am, "2-3pm" at 2pm (the latest hour before the end)."""
    h = int(m.group("h"))
    minute = int(m.group("m") or 0)
    ampm = m.group("ampm")
    hour = _hour(h, ampm)
    if hour is not None and not ampm and not m.group("uhr") and 1 <= hour <= 6:
        hour += 12  # "at 2:30" is an afternoon, not the middle of the night
    if not ampm and m.group("range") and m.group("ampm2"):
        end24 = _hour(int(m.group("h2")), m.group("ampm2"))
        if end24 is not None and 1 <= h <= 12:
            end_min = end24 * 60 + int(m.group("m2") or 0)
            options = [x for x in (h % 12, h % 12 + 12) if x * 60 + minute < end_min]
            hour = max(options) if options else _hour(h, m.group("ampm2"))
    return hour


def _looks_like_ratio(text: str, start: int, end: int) -> bool:
    """ "10:1" scores or "1:30:00" durations are not clock times."""
    return end < len(text) and text[end : end + 1] == ":"


def _zone_after(text: str, pos: int) -> tuple[tzinfo | None, int]:
    m = _ZONE_RE.match(text, pos)
    if not m:
        return None, pos
    tz = _zone_from_match(m)
    if tz is None:
        return None, pos
    end = m.end()
    if text[end : end + 1] == ")":
        end += 1
    return tz, end


def zone_hint(text: str) -> tzinfo | None:
    """A message-wide zone statement: "Time zone: America/New_York", "All times in CET"."""
    m = _ZONE_HINT_RE.search(text)
    if not m:
        return None
    return zone_from_name(m.group("z"))


_CONNECT = re.compile(
    r"^[\s,]*(?:\n\s*[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ]{1,15}:?|\n\s*[^\w\s]{1,3}|T|at|@|from|um|von|ab|a las|a la|de|à|às|alle ore|alle|om|ore|vanaf|pelas|dalle|"
    r"de|dès|from|,|-|–|⋅|·|\||\(|starting at|"
    r"beginning at|at around|around|ca\.|gegen|vers|hacia las)?[\s,]*$",
    re.I,
)
_CONNECT_BEFORE = re.compile(
    r"^[\s,]*(?:on|am|el|le|this|,|-|–|⋅|·|\||\(|\)|uhr|h|(?:[A-Z]{2,5}))?[\s,]*(?:on|am|el|le)?[\s,]*$",
    re.I,
)


# The first word of every form _DATE_RE knows: it is tried only where such a word starts
# (the same matches as finditer, several times faster on ordinary prose).
_FIRST_WORDS = frozenset(
    [w.split("-")[0] for w in (*_MONTHS, *_WEEKDAYS_FULL, *_WEEKDAYS_ABBR) if len(w) >= 3]
    + [
        "today",
        "tomorrow",
        "day",
        "heute",
        "übermorgen",
        "morgen",
        "hoy",
        "overmorgen",
        "vandaag",
        "depois",
        "amanhã",
        "hoje",
        "dopodomani",
        "domani",
        "oggi",
        "pasado",
        "mañana",
        "aujourd",
        "après",
        "apres",
        "demain",
        "tonight",
        "this",
        "next",
        "coming",
        "the",
        "nächsten",
        "nächster",
        "kommenden",
        "diesen",
        "diesem",
        "el",
        "este",
        "ce",
        "prochain",
        "volgende",
        "komende",
        "deze",
        "prossimo",
        "questo",
        "próxima",
        "proxima",
        "próximo",
        "proximo",
        "esta",
    ]
)
_WORD = re.compile(r"\w+")


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    pos = 0
    for w in _WORD.finditer(text):
        start = w.start()
        if start < pos:
            continue
        word = w.group()
        if not (word[0].isdigit() or word.lower() in _FIRST_WORDS):
            continue
        m = _DATE_RE.match(text, start)
        if m:
            pos = m.end()
            yield m


def find_mentions(text: str, ref: datetime, *, lang: str = "en") -> list[Mention]:
    """Every date in ``text`` with its time and zone when stated next to it."""
    dates = _dates_in(text, ref.date(), lang)
    if not dates:
        return []
    times = find_times(text)
    out: list[Mention] = []
    used: set[int] = set()
    for ds, de, d, rel in dates:
        best = _time_next_to(text, times, used, ds, de)
        if best is not None:
            tz, end = best.tz, max(de, best.end)
            if tz is None:
                # "9:30am - 10:00am, Friday, January 23, 2026 (Eastern Time)": zone after the date
                tz, zend = _zone_after(text, end)
                end = zend if tz else end
            out.append(Mention(d, best.at, tz, min(ds, best.start), end, relative=rel))
        else:
            tz, _ = _zone_after(text, de)
            out.append(Mention(d, None, tz, ds, de, relative=rel))
    return out


def _dates_in(text: str, refd: date, lang: str) -> list[tuple[int, int, date, bool]]:
    """``(start, end, day, relative)`` of every date in ``text`` ("morgen" in "Guten
    Morgen" is none)."""
    dates: list[tuple[int, int, date, bool]] = []
    for m in _date_matches(text):
        got = _date_from_match(m, refd, lang)
        if got is None:
            continue
        if m.group("rel") and _false_relative(text, m.start("rel"), m.group("rel")):
            continue
        dates.append((m.start(), m.end(), got[0], got[1]))
    return dates


def _time_next_to(
    text: str, times: list[_TimeHit], used: set[int], ds: int, de: int
) -> _TimeHit | None:
    """The first time not yet taken (marked in ``used``) that belongs to the date at
    ``text[ds:de]``: right after it ("March 3 at 2pm") or right before ("14:00, 3 mars")."""
    for i, t in enumerate(times):
        if i in used:
            continue
        # time after the date: "March 3 at 2pm", "3. März um 14 Uhr"
        after = t.start >= de and t.start - de <= 25 and _CONNECT.match(text[de : t.start])
        # time before the date: "2:30pm ET on Tuesday, March 3", "14:00, 3 mars"
        before = t.end <= ds and ds - t.end <= 12 and _CONNECT_BEFORE.match(text[t.end : ds])
        if after or before:
            used.add(i)
            return t
    return None


def _false_relative(text: str, pos: int, word: str) -> bool:
    """ "Guten Morgen", "por la mañana", "de la mañana" are not "tomorrow"."""
    w = word.lower()
    before = text[max(0, pos - 12) : pos].lower()
    if w == "morgen":
        return bool(re.search(r"(?:guten|am|jeden|heute|this)\s*$", before)) or (
            text[pos : pos + 1] == "M" and not re.search(r"(?:bis|ab|für|\.|,)\s*$", before)
        )
    if w == "mañana":
        return bool(re.search(r"(?:la|esta|cada|buena)\s*$", before))
    return False


def full_datetimes(
    text: str, ref: datetime, *, lang: str = "en", fallback: tzinfo | None = None
) -> list[tuple[datetime, Mention]]:
    """Mentions with a time of day, made aware (stated zone, else zone hint, else ``fallback``)."""
    hint = zone_hint(text)
    fb = hint or fallback or ref.tzinfo or UTC
    out: list[tuple[datetime, Mention]] = []
    for mention in find_mentions(text, ref, lang=lang):
        dt = mention.aware(fb)
        if dt is not None:
            out.append((dt, mention))
    return out


# --------------------------------------------------------------------------- relative spans


_SPAN_RE = re.compile(
    rf"""
    (?P<within>(?:within|in|over|up\ to|allow|innerhalb(?:\ von)?|binnen|en|en\ un\ plazo\ (?:máximo\ )?de|dentro\ de|sous|dans
        |en\ un\ máximo\ de|dans\ un\ délai\ (?:maximum\ )?de|em\ até|até|em|no\ prazo\ de|entro|nei\ prossimi|nelle\ prossime|de\ cerca\ de
        |in\ de\ komende|d'ici|d’ici)(?:\s+(?:the|der|den|las|los|les|about|around|approximately|roughly|ca\.|etwa|unos|unas
        |environ|circa|cerca\ de|ongeveer|zo'n))?(?:\s+(?:next|nächsten|kommenden|próximas|próximos|siguientes|prochains|prochaines
        |komende|prossimi|prossime|próximas|próximos))?)\s+
    (?P<n>\d{{1,2}}|{"|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))})\s*
    (?:(?:-|–|to|or|bis|oder|a|o|à|ou)\s*(?P<n2>\d{{1,2}}|{"|".join(sorted(map(re.escape, _NUMBER_WORDS), key=len, reverse=True))})\s+)?
    (?P<biz>business\ |working\ |work\ |werk|arbeits|días\ hábiles|jours\ ouvr[ée]s|jours\ ouvrables)?
    (?P<unit>days?|weeks?|hours?|tage[n]?|wochen?|woche|stunden|días|dias|horas|semanas?|jours?|heures|semaines?|hábiles
        |giorni|giorno|settimana|settimane|dagen|dag|weken|uur|ore)(?!\w)
    (?P<biz2>\s+(?:hábiles|laborables|ouvr[ée]s|ouvrables|úteis|uteis|lavorativi))?
    """,
    re.I | re.X,
)
_END_OF_WEEK_RE = re.compile(
    r"(?:end of (?P<en>next|this|the) week|(?:ende|ende der) (?P<de>nächster|nächsten|dieser|kommender|der) woche"
    r"|finales? de (?P<es>la próxima|la proxima|esta|la) semana(?P<es2> que viene)?"
    r"|fin de (?P<fr>la semaine prochaine|cette semaine|la semaine|semaine)"
    r"|eind (?:van )?(?P<nl>volgende|deze|de|komende) week"
    r"|fine (?:della |di )?(?P<it>prossima settimana|settimana prossima|questa settimana|settimana)"
    r"|(?:fim|final) d[ae] (?P<pt>próxima semana|proxima semana|semana que vem|semana|esta semana))",
    re.I,
)
_NEXT_WORDS = frozenset(
    [
        "next",
        "nächster",
        "nächsten",
        "kommender",
        "la próxima",
        "la proxima",
        "la semaine prochaine",
        "volgende",
        "komende",
        "prossima settimana",
        "settimana prossima",
        "próxima semana",
        "proxima semana",
        "semana que vem",
    ]
)
_NEXT_WEEK_RE = re.compile(
    r"\b(?:early next week|next week|nächste[rn]? woche|la (?:semana que viene|próxima semana)"
    r"|la semaine prochaine|début de la semaine prochaine|anfang nächster woche)\b",
    re.I,
)
_END_OF_MONTH_RE = re.compile(
    r"\b(?:end of (?:the|this) month|ende (?:des|dieses) monats|monatsende|finales? de(?:l| este)? mes"
    r"|fin (?:du|de) mois|fine (?:del )?mese|(?:fim|final) do mês|eind (?:van )?(?:de|deze) maand"
    r"|(?:end of|ende|fin|fine(?! ma[yr]\b)|finales? de|(?:fim|final) de|eind) (?P<month>"
    + _MONTH_RE
    + r"))\b",
    re.I,
)


@dataclass(frozen=True)
class Span:
    """A relative deadline phrase resolved to a date, with its place in the text.

    ``amount``/``unit`` ("day", "business_day") say how to count it again from another
    anchor ("within a week *of your interview*"); a fixed end ("end of next week") has
    amount 0 and cannot be re-anchored.
    """

    day: date
    start: int
    end: int
    amount: int = 0
    unit: str = ""

    def counted_from(self, anchor: date) -> date | None:
        if not self.amount:
            return None
        if self.unit == "business_day":
            return add_business_days(anchor, self.amount)
        return anchor + timedelta(days=self.amount)


def _span_size(m: re.Match[str]) -> tuple[int, str]:
    raw = (m.group("n2") or m.group("n")).lower()
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
    unit = m.group("unit").lower()
    if unit.startswith(("week", "woch", "seman", "semai", "settiman", "weken")):
        return 7 * n, "day"
    if unit.startswith(("hour", "stund", "hora", "heure", "uur", "ore")):
        return max(1, round(n / 24)), "day"
    if bool(m.group("biz") or m.group("biz2")) or unit == "hábiles":
        return n, "business_day"
    return n, "day"


# "dans la semaine qui suit votre entretien": a week counted from the event named next
_WEEK_AFTER_RE = re.compile(
    r"\b(?:dans|en|nella|na|in)\s+(?:la|the)\s+(?:semaine|semana|settimana|week)"
    r"(?=\s+(?:qui\s+suit|following|seguinte|siguiente|successiva))",
    re.I,
)


def resolve_span(m: re.Match[str], ref: date) -> date | None:
    amount, unit = _span_size(m)
    if not amount:
        return None
    return (
        add_business_days(ref, amount) if unit == "business_day" else ref + timedelta(days=amount)
    )


def find_spans(text: str, ref: date) -> list[Span]:
    """ "within two weeks", "in 5 business days", "by the end of next week", "next week"."""
    out: list[Span] = []
    for m in _SPAN_RE.finditer(text):
        d = resolve_span(m, ref)
        if d:
            amount, unit = _span_size(m)
            out.append(Span(d, m.start(), m.end(), amount, unit))
    for m in _WEEK_AFTER_RE.finditer(text):
        out.append(Span(ref + timedelta(days=7), m.start(), m.end(), 7, "day"))
    out += [Span(_end_of_week(m, ref), m.start(), m.end()) for m in _END_OF_WEEK_RE.finditer(text)]
    taken = [(s.start, s.end) for s in out]
    for m in _NEXT_WEEK_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        friday = ref - timedelta(days=ref.weekday()) + timedelta(days=11)
        out.append(Span(friday, m.start(), m.end()))
    out += [
        Span(_end_of_month(m, ref), m.start(), m.end()) for m in _END_OF_MONTH_RE.finditer(text)
    ]
    out.sort(key=lambda s: s.start)
    return out


def _end_of_week(m: re.Match[str], ref: date) -> date:
    """ "by the end of the week": this week's Friday (the next one at a weekend); "end of
    next week": next week's."""
    which = next((w for w in m.groups() if w), "").lower()
    if which in _NEXT_WORDS or bool(m.group("es2")):
        return ref - timedelta(days=ref.weekday()) + timedelta(days=11)
    return ref + timedelta(days=(4 - ref.weekday()) % 7)


def _end_of_month(m: re.Match[str], ref: date) -> date:
    """ "by the end of the month": its last day; "end of March": March's (next year's once
    March is past)."""
    if m.group("month"):
        month = _MONTHS[m.group("month").lower()]
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        month, year = ref.month, ref.year
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


@dataclass(frozen=True)
class Expression:
    """Any date, date-time or relative phrase found in text, resolved, with its span.

    :ivar kind: "datetime" (a date with a time of day), "date", or "relative" (a duration or
        period such as "within two weeks", "end of next week", resolved from ``ref``).
    :ivar at: the aware start when a time of day was stated (``kind == "datetime"``).
    """

    kind: str
    day: date
    at: datetime | None
    start: int
    end: int
    span: Span | None = None
    mention: Mention | None = None


def find_expressions(
    text: str, ref: datetime, *, lang: str = "en", fallback: tzinfo | None = None
) -> list[Expression]:
    """The expression layer: every date, time and relative phrase in ``text``, in order."""
    fb = zone_hint(text) or fallback or ref.tzinfo or UTC
    out: list[Expression] = []
    for m in find_mentions(text, ref, lang=lang):
        at = m.aware(fb)
        kind = "datetime" if at is not None else "date"
        out.append(Expression(kind, m.day, at, m.start, m.end, mention=m))
    for s in find_spans(text, ref.date()):
        if any(e.start <= s.start < e.end for e in out):
            continue
        out.append(Expression("relative", s.day, None, s.start, s.end, span=s))
    out.sort(key=lambda e: e.start)
    return out


__all__ = [
    "ZONES",
    "Expression",
    "Mention",
    "Span",
    "add_business_days",
    "find_expressions",
    "find_mentions",
    "find_spans",
    "find_times",
    "full_datetimes",
    "language_matters",
    "next_weekday",
    "resolve_span",
    "weekdays_named",
    "zone_from_name",
    "zone_hint",
]
