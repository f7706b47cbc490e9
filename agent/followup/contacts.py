"""Who is a person and who is a machine, and which company a message belongs to.

Drafts must only ever be addressed to a human at the employer, so every address that
reaches a ``To`` header passes :func:`is_usable_contact`. The company helpers turn sender
domains and ATS display names ("Acme via Greenhouse") into a name, so threads of one
company can be linked even when the understanding step found no company in the text.
Pure string functions; no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# local parts of addresses nobody reads
_NOREPLY_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|noreply[-_.].*|.*[-_.]noreply"
    r"|.*[-_.]no[-_.]reply|notifications?|notify|alerts?|mailer[-_.]daemon|postmaster"
    r"|bounces?(?:[-+_.].*)?|auto[-_.]?(?:confirm|reply|mailer)|calendar[-_.]notification"
    r"|invitations?|news(?:letter)?s?|updates?|jobs[-_.]noreply|system|automated|robot)$"
)

# platforms that send on an employer's behalf: ATS, job boards, assessment and scheduling
# vendors, calendar relays. Their mailboxes are no contact (DESIGN.md, contact_email).
PLATFORM_DOMAINS: frozenset[str] = frozenset(
    {
        "greenhouse.io",
        "greenhouse-mail.io",
        "lever.co",
        "hire.lever.co",
        "ashbyhq.com",
        "myworkdayjobs.com",
        "myworkday.com",
        "workday.com",
        "smartrecruiters.com",
        "icims.com",
        "jobvite.com",
        "taleo.net",
        "successfactors.com",
        "successfactors.eu",
        "bamboohr.com",
        "workablemail.com",
        "workable.com",
        "recruitee.com",
        "teamtailor.com",
        "teamtailor-mail.com",
        "personio.de",
        "personio.com",
        "jazzhr.com",
        "applytojob.com",
        "breezy.hr",
        "breezyhr.com",
        "rippling.com",
        "dover.com",
        "gem.com",
        "linkedin.com",
        "indeed.com",
        "indeedemail.com",
        "glassdoor.com",
        "ziprecruiter.com",
        "wellfound.com",
        "angel.co",
        "otta.com",
        "welcometothejungle.com",
        "hackerrank.com",
        "hackerrankforwork.com",
        "codility.com",
        "codesignal.com",
        "testgorilla.com",
        "hirevue.com",
        "karat.com",
        "coderpad.io",
        "calendly.com",
        "goodtime.io",
        "zoom.us",
        "google.com",
        "calendar.google.com",
        "microsoft.com",
        "outlook.office365.com",
    }
)

# mailbox providers: a domain here says nothing about the company
FREEMAIL_DOMAINS: frozenset[str] = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "ymail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "pm.me",
        "gmx.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "fastmail.com",
        "hey.com",
        "zoho.com",
        "yandex.com",
        "mail.com",
    }
)

_TWO_LEVEL_SUFFIXES = frozenset(
    {"co.uk", "org.uk", "ac.uk", "com.au", "net.au", "co.jp", "co.nz", "com.br", "co.in", "co.za"}
)
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
_TEAM_WORDS = frozenset(
    {
        "team",
        "teams",
        "recruiting",
        "recruitment",
        "recruiter",
        "talent",
        "acquisition",
        "careers",
        "career",
        "jobs",
        "hiring",
        "hr",
        "people",
        "notifications",
        "noreply",
        "no-reply",
        "support",
        "info",
        "admin",
        "calendar",
        "via",
        "workday",
        "greenhouse",
        "lever",
        "system",
    }
)
TEAM_WORDS = _TEAM_WORDS
_ATS_NAME = re.compile(
    r"^\s*(?:the\s+)?(?P<company>.+?)\s+(?:via\s+\S.*|(?:recruiting|recruitment|talent"
    r"(?:\s+acquisition)?|careers|hiring(?:\s+team)?|jobs|people(?:\s+team)?|hr|team)"
    r"(?:\s+team)?)\s*$",
    re.IGNORECASE,
)
_AT_COMPANY = re.compile(r"^\s*\S+(?:\s+\S+)?\s+(?:at|from|@)\s+(?P<company>.+?)\s*$", re.I)


def domain_of(address: str | None) -> str | None:
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip().strip(">").lower() or None


def _matches_domain(domain: str, candidates: frozenset[str]) -> bool:
    """``domain`` is one of ``candidates`` or a subdomain of one (suffix lookups)."""
    labels = domain.split(".")
    return any(".".join(labels[i:]) in candidates for i in range(len(labels)))


def is_platform_domain(domain: str | None) -> bool:
    return bool(domain) and _matches_domain(str(domain), PLATFORM_DOMAINS)


def is_noreply(address: str | None) -> bool:
    """A no-reply, notification or bulk address: never a recipient."""
    if not address or "@" not in address:
        return True
    local = address.rsplit("@", 1)[0].lower()
    return bool(_NOREPLY_LOCAL.match(local))


def is_usable_contact(address: str | None, me: Iterable[str] = ()) -> bool:
    """True for an address a follow-up may be sent to: a person or team at the employer."""
    if not address or "@" not in address or any(c in address for c in "\r\n<>,; \t"):
        return False
    low = address.lower()
    if low in {m.lower() for m in me}:
        return False
    return not is_noreply(low) and not is_platform_domain(domain_of(low))


def employer_domain(address: str | None) -> str | None:
    """The sender's domain when it says who the employer is (not a platform or free mail)."""
    d = domain_of(address)
    if d is None or is_platform_domain(d) or _matches_domain(d, FREEMAIL_DOMAINS):
        return None
    return registrable(d)


def registrable(domain: str) -> str:
    """``careers.mail.acme.co.uk`` → ``acme.co.uk``: the part a company owns."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and ".".join(labels[-2:]) in _TWO_LEVEL_SUFFIXES:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def company_from_domain(domain: str) -> str:
    """``acme-robotics.com`` → ``Acme Robotics`` (a readable guess, used only as a fallback)."""
    label = registrable(domain).split(".")[0]
    return " ".join(p.capitalize() for p in re.split(r"[-_]+", label) if p) or domain


def company_from_display_name(name: str | None) -> str | None:
    """``Acme via Greenhouse`` / ``Acme Recruiting`` / ``Jane at Acme`` → ``Acme``."""
    if not name:
        return None
    name = name.strip().strip('"')
    for rx in (_ATS_NAME, _AT_COMPANY):
        m = rx.match(name)
        if m:
            company = m.group("company").strip(" ,-")
            if company and company.lower() not in _TEAM_WORDS:
                return company
    return None


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


def first_name(display_name: str | None, *, company: str | None = None) -> str | None:
    """The first name to greet someone by, or None when the name is not (surely) a person's.

    ``"Jane Doe"`` → Jane; ``"Doe, Jane"`` → Jane; ``"Jane Smith, PhD"`` → Jane;
    ``"Acme Recruiting"``, ``"PhD"``, ``"Personalabteilung"`` → None (see
    :func:`agent.followup.names.parse_person`).
    """
    from agent.followup.names import parse_person  # names builds on this module

    person = parse_person(display_name, company=company)
    return person.first if person is not None and person.first else None


PANEL = 2  # other attendees from which the sender of an invitation counts as its coordinator


def interviewers_only(
    attendees: list[tuple[str | None, str]], arranged_by: list[str], me: Iterable[str] = ()
) -> list[str]:
    """The attendees' addresses, without whoever sent the invitation of a panel.

    A coordinator who booked a panel is usually on the invitation too; the thank-you is
    for the people who interviewed, and the coordinator is copied instead. With a single
    other attendee the sender usually sits in ("with Tom Becker and me"), so both stay.
    """
    senders = {a.lower() for a in arranged_by}
    mine = {a.lower() for a in me}
    everyone = list(dict.fromkeys(e.lower() for _, e in attendees if e.lower() not in mine))
    others = [e for e in everyone if e not in senders]
    return others if len(others) >= PANEL else everyone


def clean_text(value: str | None) -> str:
    """Collapse all whitespace and drop control characters: safe for one header line."""
    if not value:
        return ""
    no_ctrl = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in value)
    return " ".join(no_ctrl.split())
