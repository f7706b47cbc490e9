"""Dates and day words in the language of a draft, seen from the recipient's clock.

"Thank you for speaking with me on Tuesday" is wrong in a Tuesday-afternoon draft (it is
"this morning") and in Wednesday's ("yesterday"). :func:`when_phrase` chooses the words
from the interview's own zone (the one the invitation stated), so a Tokyo interview is
not dated by a New York clock. Month and weekday names come from Babel (CLDR); only the
order of the parts and the little words around them are ours, per language.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from babel.dates import format_date

# adverbial phrases that fit "… spoke with me {when}" in each language's templates
_RELATIVE: dict[str, dict[str, str]] = {
    "en": {
        "this_morning": "this morning",
        "this_afternoon": "this afternoon",
        "today": "today",
        "yesterday": "yesterday",
    },
    "de": {
        "this_morning": "heute Vormittag",
        "this_afternoon": "heute Nachmittag",
        "today": "heute",
        "yesterday": "gestern",
    },
    "es": {
        "this_morning": "esta mañana",
        "this_afternoon": "esta tarde",
        "today": "hoy",
        "yesterday": "ayer",
    },
    "fr": {
        "this_morning": "ce matin",
        "this_afternoon": "cet après-midi",
        "today": "aujourd'hui",
        "yesterday": "hier",
    },
    "it": {
        "this_morning": "stamattina",
        "this_afternoon": "oggi pomeriggio",
        "today": "oggi",
        "yesterday": "ieri",
    },
    "pt": {
        "this_morning": "esta manhã",
        "this_afternoon": "esta tarde",
        "today": "hoje",
        "yesterday": "ontem",
    },
    "nl": {
        "this_morning": "vanochtend",
        "this_afternoon": "vanmiddag",
        "today": "vandaag",
        "yesterday": "gisteren",
    },
}
# "on Tuesday" / "on March 3": a weekday within the last week, else the date
_ON_WEEKDAY = {
    "en": "on {}",
    "de": "am {}",
    "es": "el {}",
    "fr": "{}",
    "it": "{}",
    "pt": "{}",
    "nl": "op {}",
}
_ON_DATE = {
    "en": "on {}",
    "de": "am {}",
    "es": "el {}",
    "fr": "le {}",
    "it": "il {}",
    "pt": "no dia {}",
    "nl": "op {}",
}
_PT_WEEKDAY_ARTICLE = {"sábado": "no", "domingo": "no"}  # the other days are feminine: "na"
# day + month, and weekday + day + month, in each language's order (CLDR gives the names)
_DAY_MONTH = {
    "en": "MMMM d",
    "de": "d. MMMM",
    "es": "d 'de' MMMM",
    "fr": "d MMMM",
    "it": "d MMMM",
    "pt": "d 'de' MMMM",
    "nl": "d MMMM",
}
_FULL_DAY = {
    "en": "EEEE, MMMM d",
    "de": "d. MMMM",  # "bis zum 20. März": a weekday would need a comma after it
    "es": "EEEE d 'de' MMMM",
    "fr": "EEEE d MMMM",
    "it": "EEEE d MMMM",
    "pt": "EEEE, d 'de' MMMM",
    "nl": "EEEE d MMMM",
}
_AFTERNOON_FROM = 12
_EVENING_FROM = 17


def weekday(d: date, lang: str) -> str:
    return str(format_date(d, "EEEE", locale=lang))


def long_day(d: date, lang: str) -> str:
    """``Friday, March 13`` / ``Freitag, 13. März`` / ``viernes 13 de marzo``."""
    return str(format_date(d, _FULL_DAY.get(lang, _FULL_DAY["en"]), locale=lang))


def when_phrase(moment: datetime, now: datetime, lang: str) -> str:
    """How the recipient would say when ``moment`` was, speaking at ``now``.

    Both are read in ``moment``'s own zone: "this morning", "yesterday", "on Tuesday"
    (within the last six days), else "on March 3".
    """
    lang = lang if lang in _RELATIVE else "en"
    local_now = now.astimezone(moment.tzinfo)
    day, today = moment.date(), local_now.date()
    words = _RELATIVE[lang]
    if day == today:
        if moment.hour < _AFTERNOON_FROM:
            return words["this_morning"]
        if moment.hour < _EVENING_FROM and local_now.hour < _EVENING_FROM + 2:
            return words["this_afternoon"]
        return words["today"]
    if day == today - timedelta(days=1):
        return words["yesterday"]
    if today - timedelta(days=6) <= day < today:
        name = weekday(day, lang)
        if lang == "pt":
            return f"{_PT_WEEKDAY_ARTICLE.get(name, 'na')} {name}"
        return _ON_WEEKDAY[lang].format(name)
    text = str(format_date(day, _DAY_MONTH[lang], locale=lang))
    if day.year != today.year:
        pattern = {"en": "MMMM d, y", "es": "d 'de' MMMM 'de' y", "pt": "d 'de' MMMM 'de' y"}
        text = str(format_date(day, pattern.get(lang, _DAY_MONTH[lang] + " y"), locale=lang))
    return _ON_DATE[lang].format(text)


__all__ = ["long_day", "weekday", "when_phrase"]
