"""People's names: who a display name or an invitation's text names, if anyone.

A display name comes from a header, a calendar attendee or a relay ("Jane Doe via
Lever"), and is often not a person at all ("Acme Recruiting", "Talent Team",
"Greenhouse"). :func:`parse_person` uses nameparser for the order and the suffixes
("Doe, Jane", "Jane Smith, PhD") and adds what it lacks: honorifics that carry a gender
(Herr/Frau, Sr./Sra., M./Mme, Dhr./Mevr., Sig.ra), academic titles (Dr., Prof., Dott.ssa),
relay suffixes, team mailboxes, platforms and the company itself. Anything doubtful is
not a person, and a greeting with a doubtful name greets without one: a title, company or
mailbox greeted as a person is worse than "Hello,".

Shared by understanding (who an invitation says the candidate will meet) and follow-up
(whom to greet, who is a team mailbox), so it sits below both. How to greet the people
found here is :mod:`agent.followup.greetings`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from nameparser import HumanName

from agent import company_names
from agent.senders import TEAM_WORDS, is_team_address
from agent.terminal_text import clean_text

Gender = Literal["f", "m"]

# honorifics in a display name: lower-cased, without the dot
_GENDERED: dict[str, Gender] = {
    "herr": "m",
    "frau": "f",
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sr": "m",
    "señor": "m",
    "senor": "m",
    "senhor": "m",
    "sra": "f",
    "srta": "f",
    "señora": "f",
    "senora": "f",
    "senhora": "f",
    "m": "m",
    "monsieur": "m",
    "mme": "f",
    "madame": "f",
    "mlle": "f",
    "sig": "m",
    "signor": "m",
    "sig.ra": "f",
    "signora": "f",
    "dhr": "m",
    "heer": "m",
    "mevr": "f",
    "mevrouw": "f",
}
_ACADEMIC: dict[str, tuple[str, Gender | None]] = {
    "dr": ("Dr.", None),
    "doctor": ("Dr.", None),
    "prof": ("Prof.", None),
    "professor": ("Prof.", None),
    "dott": ("Dr.", "m"),
    "dott.ssa": ("Dr.", "f"),
    "dottoressa": ("Dr.", "f"),
    "prof.ssa": ("Prof.", "f"),
    "ing": ("Ing.", None),
}
# a display name with one of these words is a team, a company or a platform, not a person
_NOT_PERSON = TEAM_WORDS | frozenset(
    [
        "gmbh",
        "inc",
        "llc",
        "ltd",
        "ag",
        "sa",
        "bv",
        "nv",
        "srl",
        "spa",
        "corp",
        "company",
        "group",
        "labs",
        "ats",
        "teamtailor",
        "personio",
        "linkedin",
        "indeed",
        "calendly",
        "google",
        "zoom",
        "microsoft",
        "outlook",
    ]
)
_SUFFIXES = frozenset(
    {"phd", "ph.d", "mba", "md", "msc", "bsc", "ma", "ba", "jr", "sr", "ii", "iii", "cpa"}
)
_RELAY_TAIL = re.compile(
    r"\s+(?:\(\s*)?(?:via|from|at|@|bei|chez|presso)\s+[^()]+\)?\s*$"
    r"|\s*[|/–—-]\s+.+$|\s*\([^()]*\)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PersonName:
    """A person's name as parsed from a display name.

    :ivar first: given name ("Jane"); empty when only an initial or a surname is known.
    :ivar surname: family name(s) with particles ("de Vries", "Martínez Ibáñez").
    :ivar title: the highest academic title, "Prof." or "Dr." (German greets with it).
    :ivar gender: from an honorific in the name only ("Frau", "Sra.", "Mme"); None else.
    """

    first: str
    surname: str
    title: str = ""
    gender: Gender | None = None

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.surname) if p)


def _key(token: str) -> str:
    return token.lower().strip(".,;:()'\"")


def _bare_name(display_name: str | None) -> str | None:
    """The display name without quotes and relay tails, or None when it holds no name."""
    name = clean_text(display_name).strip().strip("\"'").strip()
    if not name or "@" in name or any(ch.isdigit() for ch in name):
        return None
    for _ in range(2):  # "Jane Doe via Lever", "Jane Doe (Acme)", "Jane Doe | Acme"
        name = _RELAY_TAIL.sub("", name).strip(" ,")
    return name


def _names_no_person(name: str, words: list[str], company: str | None) -> bool:
    """A mailbox, team, platform or the company itself ("Acme Recruiting", "Acme")."""
    if not words or any(_key(w) in _NOT_PERSON for w in words):
        return True
    if not company or not company_names.company_key(company):
        return False
    key = company_names.company_key(company)
    if company_names.company_key(name) == key:
        return True
    return any(
        company_names.company_key(w) == key for w in words if len(company_names.company_key(w)) > 2
    )


def _leading_honorifics(words: list[str]) -> tuple[Gender | None, list[str], list[str]]:
    """Honorifics and academic titles before the name: (gender, titles, the rest)."""
    gender: Gender | None = None
    titles: list[str] = []
    rest = list(words)
    while rest:
        k = _key(rest[0]).rstrip(".")
        if k in _GENDERED and (k != "m" or rest[0] == "M."):
            gender = _GENDERED[k]
        elif k in _ACADEMIC:
            title, g = _ACADEMIC[k]
            titles.append(title)
            gender = gender or g
        else:
            break
        rest.pop(0)
    return gender, titles, rest


def _parser_titles(hn: HumanName, gender: Gender | None) -> tuple[Gender | None, list[str]]:
    """The titles nameparser found that the leading words did not (e.g. after a comma)."""
    titles: list[str] = []
    for t in hn.title_list:
        k = _key(t).rstrip(".")
        if k in _ACADEMIC:
            titles.append(_ACADEMIC[k][0])
        elif k in _GENDERED:
            gender = gender or _GENDERED[k]
    return gender, titles


def _given_and_family(hn: HumanName) -> tuple[str, str] | None:
    """(first name to greet by, surname), or None when a degree was taken for a name."""
    first, middle, last = hn.first, hn.middle, hn.last
    if _key(first) in _SUFFIXES or _key(last) in _SUFFIXES:
        return None  # "PhD" alone, or a parse that took a degree for a name
    if first and (len(first.rstrip(".")) < 2 or not first[0].isalpha()):
        first = ""  # an initial is not a first name to greet by
    surname = " ".join(p for p in (middle, last) if p) if _looks_iberian(middle, last) else last
    return first, surname


@functools.lru_cache(maxsize=4096)
def parse_person(display_name: str | None, *, company: str | None = None) -> PersonName | None:
    """The person a display name names, or None when it is not (surely) a person.

    Remembered per name: a mailbox repeats its senders, and the name parser is a tenth of
    reading a message (the answer is a frozen value, so sharing it is safe)."""
    name = _bare_name(display_name)
    if name is None:
        return None
    words = name.replace(",", " , ").split()
    if _names_no_person(name, words, company):
        return None
    gender, titles, words = _leading_honorifics(words)
    rest = " ".join(words).strip(" ,")
    if not rest:
        return None
    hn = HumanName(rest)
    gender, more_titles = _parser_titles(hn, gender)
    titles += more_titles
    parts = _given_and_family(hn)
    if parts is None:
        return None
    first, surname = parts
    if (gender or titles) and len(words) == 1 and not surname:
        first, surname = "", first  # "Frau Schmidt", "Dr. Smith": after a title, a surname
    if not first and not surname:
        return None
    if not first and not (titles or gender):
        return None  # a lone surname with no title: not enough to greet
    title = "Prof." if "Prof." in titles else ("Dr." if "Dr." in titles else "")
    return PersonName(
        first=_capitalised(first), surname=_capitalised(surname), title=title, gender=gender
    )


def first_name(display_name: str | None, *, company: str | None = None) -> str | None:
    """The first name to greet someone by, or None when the name is not (surely) a person's.

    ``"Jane Doe"`` → Jane; ``"Doe, Jane"`` → Jane; ``"Jane Smith, PhD"`` → Jane;
    ``"Acme Recruiting"``, ``"PhD"``, ``"Personalabteilung"`` → None.
    """
    person = parse_person(display_name, company=company)
    return person.first if person is not None and person.first else None


def _looks_iberian(middle: str, last: str) -> bool:
    """Two surnames ("Martínez Ibáñez"): the middle word is a family name, not a given one."""
    return bool(middle and last) and bool(re.search(r"(?:ez|es|as|os|ão)$", middle, re.I))


def _capitalised(text: str) -> str:
    """``JANE`` / ``jane`` → ``Jane``; leaves ``McKay``, ``de Vries``, ``O'Neil`` alone."""
    if text and (text.isupper() or text.islower()) and not text.startswith(("de ", "van ")):
        return " ".join(w[:1].upper() + w[1:].lower() for w in text.split())
    return text


def is_team_mailbox(address: str, display_name: str | None = None) -> bool:
    """A shared mailbox (talent@, personal@, "Recruiting Team"): greeted, if at all, as a
    group. A team's address (:func:`agent.senders.is_team_address`), or one whose local
    part or display name names no person (a company, a platform, a service)."""
    if is_team_address(address):
        return True
    local = address.rsplit("@", 1)[0].lower()
    words = re.split(r"[._+-]+", local) + clean_text(display_name).lower().split()
    return any(_key(w) in _NOT_PERSON for w in words if w)


def team_mailboxes(attendees: list[tuple[str | None, str]]) -> list[str]:
    """The attendees' addresses that are shared mailboxes (the "Personalabteilung" on an
    invitation): they arranged or watch the interview, they did not interview anyone."""
    return list(dict.fromkeys(e.lower() for n, e in attendees if is_team_mailbox(e, n)))


def names_a_person(text: str | None, people: list[str | None]) -> bool:
    """True when ``text`` is one of these people's names ("Jane Doe" taken for a company)."""
    key = company_names.company_key(text or "")
    return bool(key) and any(company_names.company_key(p or "") == key for p in people if p)


# --------------------------------------------------------------------------- in text

_TITLES = r"(?:(?:Dr|Prof|Frau|Herr|Mr|Mrs|Ms|Sr|Sra|Mme|Dott|Dott\.ssa)\.?\s+)*"
_NAME = (
    _TITLES
    + r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:de|van|der|da|di|von|del|la)?\s*[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}"
)
_MEET = re.compile(
    r"\b(?:with|meet|meeting|speak(?:ing)?\s+with|talk(?:ing)?\s+to|mit|con|avec|met|com"
    r"|conocer[áa]s?\s+a|rencontrer(?:ez|as)?|incontrer[àa]i?|conhecer[áa])\s+"
    rf"(?P<names>{_NAME}(?:\s*(?:,|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b)\s*{_NAME})*)"
)
_SPLIT = re.compile(r"\s*(?:,|\band\b|\bund\b|\by\b|\bet\b|\be\b|\ben\b)\s*")


def interviewers_named(text: str, *, exclude: list[str] | None = None) -> list[str]:
    """People an invitation says the candidate will meet: "with Priya Natarajan and Tom".

    Only first-and-last names ("Priya Natarajan") count, so "with Acme" or "with our
    team" never does; used when no calendar invitation lists the attendees.
    """
    skip = {company_names.company_key(x) for x in exclude or [] if x}
    out: list[str] = []
    for m in _MEET.finditer(text[:4000]):
        for name in _SPLIT.split(m.group("names")):
            name = name.strip()
            person = parse_person(name)
            if person is None or not person.first or not person.surname:
                continue
            if company_names.company_key(name) in skip or name in out:
                continue
            out.append(name)
    return out


__all__ = [
    "Gender",
    "PersonName",
    "first_name",
    "interviewers_named",
    "is_team_mailbox",
    "names_a_person",
    "parse_person",
    "team_mailboxes",
]
