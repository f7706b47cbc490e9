"""Which language a message is written in, and how formally it addressed the candidate.

The draft answers in the employer's language and mirrors their register (DESIGN.md,
"Drafts a careful person would send"), so both are read from the **unquoted** text of
each message at understanding time and stored with its facts.

Language: lingua-language-detector, restricted to the languages we have templates for,
in its low-accuracy (trigram) mode, with the commonest function words as tie-breaker when
it is unsure. ``python3 -m benchmarks.language`` measured on the scenario texts (whole
messages and their first sentence, 46 texts): low mode 0.3 s load, 66 MB peak, 45/46
(one short English sentence full of names read as French); high mode 5.8 s, 207 MB,
46/46; ours 45/46 with the miss a two-word "Genial, Alex." left unknown on purpose (the
message before it decides). The detector is built once per process, on first use.

Register, from the opening line and the pronouns:

``formal``
    the candidate was addressed by title and surname ("Sehr geehrter Herr Rivera",
    "Dear Mr. Rivera", "Estimado Sr. Rivera", "Madame, Monsieur"), or not by name at all
    in a language with a polite pronoun that the text uses (Sie, usted, vous, Lei, u).
``polite``
    by first name, with the polite pronoun or a formal opener ("Dear Alex", "Estimado
    Alex" with usted, "Hallo Alex" with Sie, "Bonjour Alex" with vous).
``familiar``
    by first name with the familiar pronoun or opener ("Hi Alex", "Hallo Alex" with du,
    "Hola Alex" with tú, "Ciao Alex").
"""

from __future__ import annotations

import functools
import re
from typing import Any, Literal

Register = Literal["formal", "polite", "familiar"]
LANGUAGES: tuple[str, ...] = ("en", "es", "de", "fr", "it", "pt", "nl")
_LINGUA_NAMES = {
    "en": "ENGLISH",
    "es": "SPANISH",
    "de": "GERMAN",
    "fr": "FRENCH",
    "it": "ITALIAN",
    "pt": "PORTUGUESE",
    "nl": "DUTCH",
}
#: below this many letters a guess is noise
_MIN_LETTERS = 12
#: lingua's confidence above which its answer stands alone
_SURE = 0.9
_PLAUSIBLE = 0.05
# the commonest function words: a tie-breaker when the trigram model is unsure
_FUNCTION_WORDS_TEXT = {
    "en": "the and for your you to of we our with at is are this be",
    "es": "el la los las de que y en para por con tu su le nos es",
    "de": "der die das und ich sie ihr ihre wir für mit ist nicht zu den",
    "fr": "le la les de des et pour vous votre nous est avec un une au",
    "it": "il la le di che per con non sono un una ti lei sua",
    "pt": "o a os as de que para com não você sua seu um uma em",
    "nl": "de het een en van voor je jouw u uw we wij met is niet",
}
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(text.split(" ")) for lang, text in _FUNCTION_WORDS_TEXT.items()
}
_MAX_CHARS = 2000
#: the language shows in the first few sentences; lingua's time grows with the length
_SAMPLE_CHARS = 600


@functools.cache
def _detector() -> Any:
    # imported on first use: lingua's models take a while to load, and most runs read
    # only a few messages' language
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, _LINGUA_NAMES[c]) for c in LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code (one of :data:`LANGUAGES`) of ``text``, or None when too short."""
    sample = _strip_noise(text[: _SAMPLE_CHARS * 2])[:_SAMPLE_CHARS]
    if sum(c.isalpha() for c in sample) < _MIN_LETTERS:
        return None
    ranked = _detector().compute_language_confidence_values(sample)
    if not ranked:
        return None
    codes = [(c.language.iso_code_639_1.name.lower(), c.value) for c in ranked]
    best, confidence = codes[0]
    if confidence < _SURE:
        # trigrams alone waver on one short sentence full of names ("Thanks for your
        # application for the Data Analyst role at Prairie Analytics" reads French to
        # them): let the function words decide among the plausible languages
        plausible = [c for c, v in codes if v >= _PLAUSIBLE]
        words = re.findall(r"[^\W\d_]+", sample.lower())
        votes = {c: sum(w in _FUNCTION_WORDS[c] for w in words) for c in plausible}
        top = max(votes.values(), default=0)
        if top > votes.get(best, 0):
            best = next(c for c in plausible if votes[c] == top)
    return best if best in LANGUAGES else None


# an address is tried only where a word starts (it then takes the whole word), so a long
# word without "@" is read once, not once per letter
_URL = re.compile(r"https?://\S+|www\.\S+|(?<!\S)\S+@\S+")


def _strip_noise(text: str) -> str:
    """Links and addresses say nothing about the language."""
    return " ".join(_URL.sub(" ", text).split())


# --------------------------------------------------------------------------- register

_OPENER = re.compile(
    r"^\s*(?P<opener>sehr\s+geehrte[rs]?|liebe[rs]?|guten\s+(?:tag|morgen|abend)|hallo|hi|hey"
    r"|hello|dear|good\s+(?:morning|afternoon)|estimad[oa]s?|apreciad[oa]|querid[oa]|hola"
    r"|buen[oa]s\s+(?:d[ií]as|tardes)|bonjour|bonsoir|cher|ch[èe]re|salut|madame|monsieur"
    r"|gentile|gentilissim[oa]|egregi[oa]|car[oa]|ciao|buongiorno|buonasera|salve"
    r"|prezad[oa]s?|exm[oa]\.?|ol[áa]|oi|bom\s+dia|boa\s+tarde|geachte|beste|hoi|goedemiddag"
    r"|goedemorgen|dag)\b[\s,]*(?P<rest>[^\n]{0,60})",
    re.IGNORECASE,
)
_HONORIFIC = re.compile(
    r"^(?:herr|frau|mr|mrs|ms|miss|dr|prof|sr|sra|srta|señor|señora|senhor|senhora|sig|sig\.ra"
    r"|dott|dott\.ssa|dhr|mevr|heer|mevrouw|madame|monsieur|mme|mlle|m)\b\.?",
    re.IGNORECASE,
)
_FORMAL_OPENERS = frozenset(
    {"sehr geehrte", "sehr geehrter", "sehr geehrtes", "madame", "monsieur", "geachte", "egregio"}
)
_POLITE_OPENERS = frozenset(
    {
        "dear",
        "estimado",
        "estimada",
        "estimados",
        "apreciado",
        "apreciada",
        "gentile",
        "gentilissimo",
        "gentilissima",
        "prezado",
        "prezada",
        "prezados",
        "beste",
        "liebe",
        "lieber",
        "cher",
        "chère",
        "guten tag",
        "buongiorno",
        "bom dia",
        "good morning",
        "good afternoon",
        "buenos días",
        "buenos dias",
    }
)
_FAMILIAR_OPENERS = frozenset({"hi", "hey", "hola", "ciao", "hoi", "salut", "oi", "querido"})
# pronouns that decide polite vs familiar in the body (case matters for German "Sie")
_POLITE_PRONOUNS: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\b(?:Sie|Ihnen|Ihre[mnrs]?|Ihr)\b"),
    "es": re.compile(r"\b(?:usted(?:es)?|su candidatura|le agradecemos|le escribo)\b", re.I),
    "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.I),
    "it": re.compile(r"\b(?:Lei|La ringrazi\w*|Suo|Sua|Le scrivo)\b"),
    "pt": re.compile(r"\b(?:você|voce|o senhor|a senhora|V\. ?Sa\.?|vossa|sua|seu)\b", re.I),
    "nl": re.compile(r"\b(?:u|uw)\b", re.I),
}
_FAMILIAR_PRONOUNS: dict[str, re.Pattern[str]] = {
    "de": re.compile(r"\b(?:du|dich|dir|dein(?:e[mnrs]?)?|euch|eure?)\b"),
    "es": re.compile(r"\b(?:tú|tu|tus|te|contigo|vosotros)\b", re.I),
    "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b", re.I),
    "it": re.compile(r"\b(?:tu|ti|tuo|tua|tuoi|tue)\b", re.I),
    "pt": re.compile(r"\b(?:tu|te|teu|tua|contigo)\b", re.I),
    "nl": re.compile(r"\b(?:je|jij|jou|jouw)\b", re.I),
}


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return ""


def register_of(text: str, language: str | None) -> Register | None:
    """How ``text`` (the unquoted part of an employer's message) addressed the candidate."""
    m = _OPENER.match(_first_line(text))
    opener = " ".join(m.group("opener").lower().split()) if m else ""
    rest = m.group("rest").strip() if m else ""
    by_title = bool(_HONORIFIC.match(rest)) or opener in _FORMAL_OPENERS
    body = text[:_MAX_CHARS]
    lang = language or "en"
    polite = bool(_POLITE_PRONOUNS[lang].search(body)) if lang in _POLITE_PRONOUNS else False
    familiar = bool(_FAMILIAR_PRONOUNS[lang].search(body)) if lang in _FAMILIAR_PRONOUNS else False
    if by_title:
        return "formal"
    named = bool(re.match(r"^[A-ZÀ-Ý][\w'-]+(?:\s*[,:!]|\s*$)", rest))
    if not m or not named:
        # no name in the greeting: a polite pronoun says formal; otherwise we do not know
        if lang != "en" and polite and not familiar:
            return "formal"
        return None
    if lang == "en":
        return "familiar" if opener in _FAMILIAR_OPENERS | {"hello"} else "polite"
    if familiar and not polite:
        return "familiar"
    if polite:
        return "polite"
    return "familiar" if opener in _FAMILIAR_OPENERS else "polite"


__all__ = ["LANGUAGES", "Register", "detect_language", "register_of"]
