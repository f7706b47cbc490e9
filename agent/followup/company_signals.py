"""Which company one message points to, and the identities that link its threads.

The signals, strongest first: the company the understanding step found (unless it is
implausible: a word, the role), the company in an ATS display name ("Acme via
Greenhouse"), and the employer's own sender domain (not an ATS, job board or free-mail
domain). The candidate's own mail points to the companies it was written to.
"""

from __future__ import annotations

from agent import company_names, senders
from agent.models import MessageFacts
from agent.understand.company_name import company_from_display


def explicit_company(f: MessageFacts) -> str | None:
    """The understanding step's company, unless it is implausible (a word, the role)."""
    if not company_names.plausible_company(f.company):
        return None
    company = (f.company or "").strip()
    if f.role and company_names.company_key(f.role) == company_names.company_key(company):
        return None
    return company


def message_company(f: MessageFacts) -> str | None:
    """The company one message names, by the strongest signal available."""
    explicit = explicit_company(f)
    if explicit:
        return explicit
    if f.is_own:
        return None
    from_ats = company_from_display(f.from_name, human=False)
    if from_ats:
        return from_ats
    dom = company_names.employer_domain(f.from_email)
    if dom:
        return senders.company_from_domain(dom) or dom
    return None


def _own_company_domains(f: MessageFacts, me: set[str]) -> list[str]:
    out = []
    for addr in [*f.to, *f.cc]:
        if addr.lower() in me:
            continue
        d = company_names.employer_domain(addr)
        if d:
            out.append(d)
    return out


def _own_aliases(f: MessageFacts, me: set[str]) -> tuple[set[str], str | None]:
    """The candidate's own mail: the company it names and the domains it was sent to."""
    explicit = explicit_company(f)
    aliases = {"d:" + d for d in _own_company_domains(f, me)}
    if explicit:
        aliases.add("c:" + company_names.company_key(explicit))
    return aliases, explicit


def message_aliases(f: MessageFacts, me: set[str]) -> tuple[set[str], str | None]:
    """Company identities one message carries, and its company name if it gives one.

    A sender domain counts only when the message names no other company (an agency
    recruiter writing about Acme must not link Acme with every other agency client).
    """
    if f.is_own:
        return _own_aliases(f, me)
    aliases: set[str] = set()
    explicit = explicit_company(f)
    dom = company_names.employer_domain(f.from_email)
    dom_name = (senders.company_from_domain(dom) or dom) if dom else None
    if explicit:
        ek = company_names.company_key(explicit)
        aliases.add("c:" + ek)
        if dom and dom_name:
            dk = company_names.company_key(dom_name)
            if ek and (dk.startswith(ek) or ek.startswith(dk)):
                aliases.add("d:" + dom)
        return aliases, explicit
    ats = company_from_display(f.from_name, human=False)
    if ats:
        aliases.add("c:" + company_names.company_key(ats))
    if dom and dom_name:
        aliases.add("d:" + dom)
        aliases.add("c:" + company_names.company_key(dom_name))
    return aliases, ats or dom_name


__all__ = ["explicit_company", "message_aliases", "message_company"]
