"""Which company a message belongs to, and when two names are the same company.

The helpers turn sender domains into a name (a display name is read by
:func:`agent.understand.company_name.company_from_display`) and a company into a key (``"Acme, Inc."`` and ``"ACME"`` are one company), so threads of one company can
be linked even when the understanding step found no company in the text; the key also
tells a person's name from the company's (:mod:`agent.person_names`). Which domains
are platforms or public mail is decided in :mod:`agent.senders`. Pure string functions;
no I/O.
"""

from __future__ import annotations

import re
import unicodedata

from agent.senders import domain_of, is_employer_domain, registrable

__all__ = [
    "company_key",
    "employer_domain",
    "plausible_company",
    "slug",
]

_CORP_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "llc",
        "ltd",
        "limited",
        "gmbh",
        "ag",
        "corp",
        "corporation",
        "co",
        "company",
        "plc",
        "sa",
        "sas",
        "bv",
        "ab",
        "oy",
        "as",
        "srl",
        "pty",
        "the",
    }
)


def employer_domain(address: str | None) -> str | None:
    """The sender's domain when it says who the employer is (not a platform or free mail)."""
    d = domain_of(address)
    return registrable(d) if d is not None and is_employer_domain(d) else None


_NOT_COMPANIES = frozenset(
    {
        "cancelled",
        "canceled",
        "updated",
        "updated invitation",
        "invitation",
        "new event",
        "accepted",
        "declined",
        "reminder",
        "interview",
        "application",
        "your application",
        "thank you",
        "re",
        "fwd",
        "unknown",
    }
)


def plausible_company(name: str | None) -> bool:
    """False for words a subject-line parser may mistake for a company ("Cancelled")."""
    if not name or not name.strip():
        return False
    low = " ".join(name.lower().replace(":", " ").split())
    return low not in _NOT_COMPANIES and len(company_key(name)) >= 2


def company_key(name: str) -> str:
    """Normalised company identity: ``"Acme, Inc."`` and ``"ACME"`` → ``"acme"``."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = [w for w in re.split(r"[^a-z0-9]+", text) if w]
    while len(words) > 1 and words[-1] in _CORP_SUFFIXES:
        words.pop()
    while len(words) > 1 and words[0] == "the":
        words.pop(0)
    return "".join(words)


def slug(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unknown"
