"""How to greet people in each language and register, and how to name them in a draft.

The register is the employer's ("Sehr geehrte Frau Dr. Weber" answers a formal German
mail, "Hi Jane" answers "Hi Alex"); a greeting with a doubtful name greets without one.

Gender is only used for the languages whose formal greeting needs it ("Sehr geehrte
Frau", "Estimado Sr."): from an honorific in the name, else from gender-guesser for the
language's country when it answers a definite male or female; otherwise the greeting
uses a form that needs no gender ("Guten Tag Klaus Weber").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from agent.person_names import Gender, PersonName

_COUNTRY = {
    "en": "usa",
    "de": "germany",
    "es": "spain",
    "fr": "france",
    "it": "italy",
    "pt": "portugal",
    "nl": "the_netherlands",
}


@functools.cache
def _gender_detector() -> Any:
    import gender_guesser.detector as gd  # on first use: it reads its name list from disk

    return gd.Detector(case_sensitive=False)


def gender_of(person: PersonName, lang: str) -> Gender | None:
    """The person's gender when the name says it (honorific) or leaves no doubt."""
    if person.gender is not None:
        return person.gender
    if not person.first:
        return None
    found = _gender_detector().get_gender(person.first.split()[0], _COUNTRY.get(lang, "usa"))
    return {"male": "m", "female": "f"}.get(found)  # type: ignore[return-value]


_AND = {"en": "and", "de": "und", "es": "y", "fr": "et", "it": "e", "pt": "e", "nl": "en"}


def joined(items: list[str], lang: str) -> str:
    """``A, B and C`` in ``lang`` (Spanish "y" becomes "e" before an i- sound)."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    word = _AND.get(lang, "and")
    if lang == "es" and re.match(r"(?i)h?i(?![aeiouáéó])", items[-1]):
        word = "e"
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


_NO_NAME = {
    # (familiar, polite, formal)
    "en": ("Hello,", "Hello,", "Hello,"),
    "de": ("Hallo,", "Guten Tag,", "Guten Tag,"),
    "es": ("Hola:", "Buenos días:", "Buenos días:"),
    "fr": ("Bonjour,", "Bonjour,", "Bonjour,"),
    "it": ("Buongiorno,", "Buongiorno,", "Buongiorno,"),
    "pt": ("Olá,", "Olá,", "Bom dia,"),
    "nl": ("Hallo,", "Goedendag,", "Goedendag,"),
}
_MAX_NAMED = 3


def _formal_en(p: PersonName, g: Gender | None) -> str | None:
    if p.surname and (p.title or g):
        hon = p.title or {"m": "Mr.", "f": "Ms."}[g]  # type: ignore[index]
        return f"Dear {hon} {p.surname}"
    return f"Dear {p.full}" if p.first and p.surname else None


def _formal_de(p: PersonName, g: Gender | None) -> str | None:
    if p.surname and g:
        word = "Sehr geehrte Frau" if g == "f" else "Sehr geehrter Herr"
        return f"{word} {p.title + ' ' if p.title else ''}{p.surname}"
    return None


def _formal_iberian(stem: str) -> Callable[[PersonName, Gender | None], str | None]:
    """Spanish "Estimad-" and Portuguese "Prezad-" agree with the gender."""

    def formal(p: PersonName, g: Gender | None) -> str | None:
        ending, sr = ("a", "Sra.") if g == "f" else ("o", "Sr.")
        if g and bool(p.first) and len(p.surname.split()) == 1:
            return f"{stem}{ending} {sr} {p.surname}"
        return f"{stem}{ending} {p.full}" if g and p.first else None

    return formal


def _formal_fr(p: PersonName, g: Gender | None) -> str | None:
    if g and p.surname:
        return f"Bonjour {'Madame' if g == 'f' else 'Monsieur'} {p.surname}"
    return None


def _formal_it(p: PersonName, g: Gender | None) -> str | None:
    if p.surname and p.title and g:
        return f"Gentile {'Dott.ssa' if g == 'f' else 'Dott.'} {p.surname}"
    return f"Gentile {p.full}" if p.first and p.surname else None


def _formal_nl(p: PersonName, g: Gender | None) -> str | None:
    if g and p.surname:
        surname = p.surname[:1].upper() + p.surname[1:]  # "De Vries" without a first name
        return f"Geachte {'mevrouw' if g == 'f' else 'heer'} {surname}"
    return f"Geachte {p.full}" if p.first and p.surname else None


_FORMAL_ONE: dict[str, Callable[[PersonName, Gender | None], str | None]] = {
    "en": _formal_en,
    "de": _formal_de,
    "es": _formal_iberian("Estimad"),
    "pt": _formal_iberian("Prezad"),
    "fr": _formal_fr,
    "it": _formal_it,
    "nl": _formal_nl,
}


def _formal_one(p: PersonName, lang: str) -> str | None:
    """The formal greeting of one person (without the final punctuation), or None."""
    formal = _FORMAL_ONE.get(lang)
    return formal(p, gender_of(p, lang)) if formal else None


def referred(p: PersonName, lang: str, register: str | None) -> str:
    """How a draft names a third person: "Priya", or formally "Frau Dr. Schmidt"."""
    if register != "formal":
        return p.first or p.full
    if lang == "de" and p.surname:
        g = gender_of(p, lang)
        title = f"{p.title} " if p.title else ""
        if g is not None:  # accusative/dative after "an": Frau / Herrn
            return f"{'Frau' if g == 'f' else 'Herrn'} {title}{p.surname}"
        return f"{title}{p.full}"
    return p.full


def _neutral_formal(names: list[str], lang: str) -> str:
    """A formal greeting that needs no gender: "Guten Tag Klaus Weber"."""
    opener = {
        "en": "Dear",
        "de": "Guten Tag",
        "es": "Buenos días,",
        "fr": "Bonjour",
        "it": "Gentile",
        "pt": "Bom dia,",
        "nl": "Geachte",
    }[lang]
    if lang == "it" and len(names) > 1:
        opener = "Gentili"
    return f"{opener} {joined(names, lang)}"


_REGISTERS = ("familiar", "polite", "formal")
_FAMILIAR_OPENER = {
    "en": "Hi",
    "de": "Hallo",
    "es": "Hola,",
    "fr": "Bonjour",
    "it": "Ciao",
    "pt": "Olá,",
    "nl": "Beste",
}
_POLITE_OPENER = {"en": "Dear", "de": "Hallo", "fr": "Bonjour", "it": "Gentile", "nl": "Beste"}


def _each_formally(parts: list[str], lang: str) -> str | None:
    """Everyone's own formal form in one line, where the language writes it so."""
    if lang in ("de", "fr", "nl") or len(parts) == 1:
        # each person with their own form: "Sehr geehrte Frau X, sehr geehrter Herr Y"
        return ", ".join(x[0].lower() + x[1:] if i else x for i, x in enumerate(parts))
    if lang == "en":
        return "Dear " + joined([x.removeprefix("Dear ") for x in parts], lang)
    return None


def _formal_greeting(known: list[PersonName], lang: str, end: str) -> str | None:
    """Everyone greeted formally, or None when a name lacks what that needs (then polite)."""
    parts = [x for p in known if (x := _formal_one(p, lang))]
    own = _each_formally(parts, lang) if len(parts) == len(known) else None
    if own is not None:
        return own + end
    if all(p.first and p.surname for p in known):
        full = [(p.title + " " if p.title and lang == "de" else "") + p.full for p in known]
        return _neutral_formal(full, lang) + end
    return None


def _polite_greeting(known: list[PersonName], names: str, lang: str, end: str) -> str:
    """First names with a respectful opener; Spanish and Portuguese agree with the gender."""
    if lang in ("es", "pt"):
        genders = [gender_of(p, lang) for p in known]
        if all(genders):
            fem = all(g == "f" for g in genders)
            stem = "Estimad" if lang == "es" else "Prezad"
            plural = "s" if len(known) > 1 else ""
            return f"{stem}{'a' if fem else 'o'}{plural} {names}{end}"
        return f"{'Hola,' if lang == 'es' else 'Olá,'} {names}{end}"
    opener = _POLITE_OPENER[lang]
    if lang == "it" and len(known) > 1:
        opener = "Gentili"
    return f"{opener} {names}{end}"


def salutation(people: list[PersonName | None], lang: str, register: str | None) -> str:
    """The opening line of a draft, e.g. ``Sehr geehrte Frau Dr. Weber,`` or ``Hi Jane,``.

    ``people`` are the recipients greeted; a None among them (a recipient whose name is
    not known) means nobody is named. ``register`` is the employer's (see
    :mod:`agent.understand.language`); unknown means familiar in English, polite elsewhere.
    """
    lang = lang if lang in _NO_NAME else "en"
    reg = register or ("familiar" if lang == "en" else "polite")
    end = ":" if lang == "es" and reg != "familiar" else ","
    known = [p for p in people if p is not None]
    if not known or len(known) != len(people) or len(known) > _MAX_NAMED:
        return _NO_NAME[lang][_REGISTERS.index(reg)]
    if reg == "formal":
        formal = _formal_greeting(known, lang, end)
        if formal is not None:
            return formal
        reg = "polite"
    firsts = [p.first for p in known]
    if not all(firsts):
        return _NO_NAME[lang][_REGISTERS.index(reg)]
    names = joined(firsts, lang)
    if reg == "familiar":
        return f"{_FAMILIAR_OPENER[lang]} {names}{end}"
    return _polite_greeting(known, names, lang, end)


__all__ = ["gender_of", "joined", "referred", "salutation"]
