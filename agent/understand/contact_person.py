"""Who wrote, and where a reply should go.

``contact_email`` follows DESIGN.md: Reply-To, else the sender, else a recruiter or team
address named in the message; never a no-reply or platform address (what those are is
decided in :mod:`agent.senders`). The name helpers read a person's name from a display
name or the line after a sign-off.
"""

from __future__ import annotations

import re
import unicodedata

from agent.person_names import first_name, parse_person
from agent.senders import (
    domain_of,
    is_noreply,
    is_platform_domain,
    is_service_mailbox,
    is_team_address,
)

__all__ = [
    "EMAIL_IN_TEXT",
    "contact_email",
    "is_person",
    "name_from_signature",
]

EMAIL_IN_TEXT = re.compile(
    r"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
)
_ASKS_REPLY_HERE = re.compile(
    r"\b(?:(?:simply|just|please|feel\s+free\s+to)\s+)?(?:reply|respond)\s+(?:directly\s+)?to\s+this\s+"
    r"(?:e-?mail|message|thread)|\bhit\s+reply\b|\bantworten\s+sie\s+(?:einfach\s+)?auf\s+diese|"
    r"\bresponde\s+a\s+este\s+correo|\brépondez\s+(?:directement\s+)?à\s+cet?\s+(?:e-?mail|message)",
    re.I,
)
_NO_REPLY_TEXT = re.compile(
    r"\b(?:do\s+not|don't|please\s+do\s+not)\s+reply\b|\bunmonitored\b|\bnot\s+monitored\b|"
    r"\bcannot\s+(?:receive|accept)\s+replies\b|\bbitte\s+antworten\s+sie\s+nicht\b|"
    r"\bno\s+respondas\b|\bne\s+pas\s+répondre\b|\bne\s+répondez\s+pas\b",
    re.I,
)


def contact_email(
    *,
    from_email: str | None,
    reply_to: list[str],
    text: str,
    me: frozenset[str],
    company_domain: str | None,
    bulk: bool = False,
    person_only: bool = False,
    from_name: str | None = None,
    hiring: bool = False,
) -> str | None:
    """Where a reply should go, or None (see module docstring and DESIGN.md).

    Service mailboxes (billing@, events@, info@ ...) are never a contact; bulk mail (list
    headers) only when it is hiring mail (``hiring``) that asks for replies there, like a
    job board's relay. Outside hiring mail (``person_only``) only a person is a contact.
    """
    asks_here = bool(_ASKS_REPLY_HERE.search(text)) and not _NO_REPLY_TEXT.search(text)

    def usable(addr: str | None, *, allow_platform: bool) -> bool:
        if not addr or addr in me or is_noreply(addr):
            return False
        if is_service_mailbox(addr) or (bulk and not (hiring and allow_platform)):
            return False
        return allow_platform or not is_platform_domain(domain_of(addr))

    if person_only and not asks_here and not is_person(from_name, from_email):
        # mail outside any hiring process: only a person (or a request to reply) is a contact
        return None
    for addr in reply_to:
        if usable(addr, allow_platform=asks_here):
            return addr
    if usable(from_email, allow_platform=asks_here):
        return from_email
    # the sender cannot take replies: a person or team address named in the message
    named = [m.group(1).lower().rstrip(".") for m in EMAIL_IN_TEXT.finditer(text)]
    named = [a for a in named if usable(a, allow_platform=False)]
    if not named:
        return None
    if company_domain:
        same = [a for a in named if (domain_of(a) or "").endswith(company_domain)]
        if same:
            named = same
    teams = [a for a in named if is_team_address(a)]
    return (teams or named)[0]


# --------------------------------------------------------------------------- names


def name_from_signature(signature: str) -> str | None:
    """The line after a sign-off ("Best,\\nJane Smith\\nRecruiter") → "Jane Smith"."""
    lines = [x.strip() for x in signature.split("\n") if x.strip()]
    if len(lines) < 2:
        return None
    cand = lines[1]
    if (
        re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}", cand)
        and parse_person(cand) is not None
    ):
        return cand
    return None


def is_person(display: str | None, addr: str | None) -> bool:
    """A human sender: the address is built from the display name ("Jane Smith" <jsmith@...>).

    Brands and service mailboxes ("Parcel Pantry" <ship-confirm@...>) are not.
    """
    if not display or not addr or first_name(display) is None:
        return False
    local = re.sub(r"[^a-z]", "", addr.split("@", 1)[0].lower())

    def fold(w: str) -> str:
        w = unicodedata.normalize("NFKD", w.lower())
        return "".join(c for c in w if c.isalpha() and c.isascii())

    names = [fold(w) for w in re.split(r"[\s,]+", display) if fold(w)]
    if not names or len(names) > 4:
        return False
    if any(len(n) >= 3 and n in local for n in names):
        return True
    return len(names) >= 2 and local.startswith(names[0][0]) and names[-1][:4] in local
