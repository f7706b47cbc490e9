"""Whose hiring process is it? Hiring kinds are only for the candidate's own.

DESIGN.md: a message is about the candidate's own process only when it is addressed to the
candidate, comes from outside the candidate's own organisation, and speaks to the candidate
about their application. Mail in which the candidate is the employer or interviewer
(scheduling candidates, "please extend an offer", panels, scorecards, an agency presenting
a candidate, an applicant writing to them), colleagues' mail and announcements use the same
words; without this check they become the candidate's interviews and rejections.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from agent import senders
from agent.understand.contact_person import is_team_address
from agent.understand.mime import ParsedMail

# Recipient headers that say the candidate received the message (the mailbox owner's
# address appears in Delivered-To / X-Original-To when they were Bcc'd or it was forwarded).
_DELIVERY_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Forwarded-To")
# tried only where a run of address characters starts: linear on long runs without "@"
_ADDR = re.compile(r"(?<![\w.+%'-])[\w.+%'-]+@[\w-]+(?:\.[\w-]+)+")

# The reader is the one who hires or interviews: phrases addressed to an employer,
# a hiring manager or an interviewer. en, es, de, fr, it, pt, nl.
_EMPLOYER_SIDE = re.compile(
    r"\b(?:"
    # an applicant or candidate writing to the employer
    r"i\s+am\s+writing\s+to\s+apply|i\s+would\s+like\s+to\s+apply\s+for|please\s+find\s+my\s+(?:resume|cv)"
    r"|thank\s+you\s+for\s+(?:taking\s+the\s+time\s+to\s+)?interview(?:ing)?\s+me"
    r"|attached\s+is\s+my\s+(?:resume|cv)|pass\s+(?:it|my\s+resume)\s+along"
    # the reader interviews or decides about someone else
    r"|(?:sit|be)\s+on\s+the\s+(?:interview\s+)?panel|interview\s+panel\s+for"
    r"|(?:please\s+)?extend\s+(?:an|the)\s+offer\s+to\b|please\s+extend\s+an\s+offer"
    r"|submit\s+(?:your\s+)?(?:scorecard|feedback|interview\s+feedback)|scorecards?\b"
    r"|(?:you\s+interviewed|added\s+as\s+an\s+interviewer|scheduled\s+to\s+interview)"
    r"|interview\s+(?:the|our|both|two|three)\s+(?:\w+\s+){0,2}candidates?\b"
    r"|for\s+the\s+(?:two|three|four)\s+(?:\w+\s+)?candidates\b|candidates\s+coming\s+in\b"
    r"|candidate\s+for\s+your\b|introduce\s+\w+(?:\s+\w+)?\s+for\s+your\b"
    r"|(?:listed|named|gave)\s+you\s+as\s+(?:a\s+)?reference"
    r"|the\s+candidate'?s\s+(?:resume|cv)|review\s+the\s+candidate"
    r"|hiring\s+managers?\s+(?:training|workshop)|structured\s+interview(?:ing|s)?\s+for"
    # es
    r"|entrevistar\s+a\s+(?:los|las|el|la)\s+(?:\w+\s+){0,2}candidat"
    r"|expediente\s+del\s+candidato|respuesta\s+que\s+mandamos\s+al\s+candidato"
    # de
    r"|bewerbergespr[äa]ch|unterlagen\s+der\s+bewerber|absage\s+an\s+(?:den|die)\s+bewerber"
    # fr
    r"|jury\s+(?:pour|d'entretien)|(?:trois|deux)\s+candidats"
    # it
    r"|ti\s+giro\s+questa\s+candidatura|profilo\s+interessante\s+per\s+il\s+tuo\s+team"
    # pt
    r"|entrevistar\s+os\s+candidatos"
    # nl
    r"|gesprekken\s+met\s+(?:de\s+)?kandidaten|cv'?s\s+(?:nog\s+)?door"
    # every language: an ATS names the reader as the interviewer of a candidate
    r"|(?:added|scheduled|assigned|booked|toegevoegd|ingepland|hinzugefügt|eingeplant|eingeteilt"
    r"|añadid[oa]|asignad[oa]|aggiunt[oa]|assegnat[oa]|ajoutée?|assignée?|adicionad[oa]|designad[oa])"
    r"\s+(?:as|als|como|come|comme|en\s+tant\s+que)\s+(?:an?\s+|the\s+|una?\s+|o\s+|a\s+|l'|il\s+|la\s+|el\s+)?"
    r"(?:interviewer\w*|gespreksleider|entrevistador\w*|intervistat(?:ore|rice)|selezionat(?:ore|rice)"
    r"|recruteu(?:r|se)|jurylid|panel(?:ist|lid))"
    r"|(?:interview|gesprek|gespräch|entretien|entrevista|colloquio)\s+(?:met|mit|with|avec|con|com)\s+"
    r"(?:de\s+|dem\s+|der\s+|the\s+|le\s+|la\s+|el\s+|il\s+|o\s+|a\s+)?"
    r"(?:kandidaat|kandidat(?:in)?|candidate?|candidat[oa]|bewerber(?:in)?|sollicitant)\s+\w"
    # an agency presents a candidate to the reader
    r"|(?:position|role|opening|vacancy)\s+you(?:'re|\s+are)\s+(?:hiring|recruiting)\s+for"
    r"|(?:she|he|they)\s+(?:is|are)\s+available\s+(?:to|for)\s+(?:an?\s+)?interview"
    r"|(?:fee\s+agreement|placement\s+fee|finder's\s+fee)"
    r"|(?:kandidat\w*|bewerber\w*)\s+für\s+ihre\s+(?:offene\s+)?(?:stelle|vakanz|position)"
    r"|candidat(?:e)?\s+pour\s+votre\s+(?:poste|offre|recrutement)"
    r"|candidat[oa]\s+para\s+(?:tu|su|sua|a\s+sua)\s+(?:vacante|vaga|puesto|posición|posição)"
    r"|candidat[oa]\s+per\s+(?:la\s+vostra|la\s+tua|il\s+vostro|il\s+tuo)\s+(?:posizione|ricerca|team)"
    r"|kandidaat\s+voor\s+(?:uw|jullie|je)\s+(?:vacature|functie)"
    # an applicant writes to the reader
    r"|(?:i'd|i\s+would)\s+(?:welcome|appreciate|love)\s+(?:the\s+|an?\s+)?(?:opportunity|chance|invitation)\s+(?:for|to)\s+(?:an?\s+)?interview"
    r"|anbei\s+(?:sende\s+ich\s+ihnen|finden\s+sie|erhalten\s+sie)\s+meine[n]?\s+(?:lebenslauf|bewerbungsunterlagen|unterlagen|cv)"
    r"|über\s+(?:eine|die)\s+einladung\s+zu\s+einem\s+(?:persönlichen\s+)?(?:vorstellungsgespräch|gespräch)\s+(?:würde|freue)"
    r"|(?:ci-joint|vous\s+trouverez\s+ci-joint)\s+mon\s+(?:cv|curriculum)|je\s+me\s+permets\s+de\s+vous\s+(?:adresser|transmettre)\s+ma\s+candidature"
    r"|(?:te\s+adjunto|le\s+adjunto|adjunto\s+mi)\s+(?:mi\s+)?(?:cv|currículum|curriculum)|me\s+gustaría\s+postularme"
    r"|(?:in\s+allegato\s+(?:trova|trovi|il)|allego)\s+(?:il\s+)?(?:mio\s+)?(?:cv|curriculum)|vorrei\s+candidarmi|desidero\s+candidarmi"
    r"|(?:segue\s+em\s+anexo|em\s+anexo\s+envio)\s+(?:o\s+)?meu\s+(?:cv|currículo)|gostaria\s+de\s+me\s+candidatar"
    r"|(?:bijgevoegd|in\s+de\s+bijlage)\s+(?:vindt\s+u\s+|stuur\s+ik\s+)?mijn\s+(?:cv|sollicitatiebrief)|(?:graag|hierbij)\s+solliciteer\s+ik"
    r")",
    re.I,
)
# Announcements to a group: a departure, a new hire, a reorganisation, a memo to all.
_ANNOUNCEMENT = re.compile(
    r"\b(?:to\s+all\s+(?:employees|staff)|dear\s+colleagues?|hi\s+(?:everyone|all|team)\b"
    r"|please\s+join\s+(?:me|us)\s+in\s+(?:welcoming|thanking|congratulating)|(?:has|have)\s+decided\s+to\s+leave\s+the"
    r"|(?:regret|pleased|sad(?:ness)?)\s+(?:that\s+)?we\s+announce|we\s+(?:regret\s+to\s+)?announce\s+that\s+\w+(?:\s+\w+)?\s+(?:is|has|will)\b"
    r"|we(?:'re|\s+are)\s+(?:thrilled|pleased|excited)\s+to\s+announce|has\s+accepted\s+our\s+offer"
    r"|liebe\s+kolleginnen|estimados\s+compa[ñn]eros|chers\s+coll[èe]gues|cari\s+colleghi"
    r"|beste\s+collega'?s|caros\s+colegas)",
    re.I,
)

# A press digest lists news items by outlet and date ("Reuters English News Service, 10/16/01",
# "PR Newswire- 10/23/01", "2001-10-19 16:24 (New York)"): its hiring words are the news.
_PRESS_CLIPPING = re.compile(
    r"^[ \t]*[A-Z][\w.&'’ -]{1,60}?(?:,|\s-|-)[ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]*$"
    r"|^[ \t]*\d{4}-\d{2}-\d{2}[ \t]+\d{1,2}:\d{2}[ \t]+\([A-Z][\w ]{1,30}\)[ \t]*$",
    re.M,
)


def own_domains(me: Iterable[str], work_domains: Iterable[str] = ()) -> frozenset[str]:
    """The candidate's organisation: ``me.work_domains`` plus the domains of their own
    addresses that are no free-mail or platform domain."""
    out = {senders.registrable(d) for d in work_domains if d}
    for a in me:
        dom = senders.domain_of(a)
        if dom and senders.is_employer_domain(dom):
            out.add(senders.registrable(dom))
    return frozenset(out)


def _norm(addr: str) -> str:
    local, _, dom = addr.lower().partition("@")
    return local.split("+", 1)[0] + "@" + dom


def _addressed(pm: ParsedMail, mine: frozenset[str], quoted: str) -> bool:
    """To/Cc/Delivered-To name the candidate, or nobody (Bcc), or the thread includes them."""
    rcpts = [a for _, a in pm.to] + [a for _, a in pm.cc]
    for name in _DELIVERY_HEADERS:
        for value in pm.headers_named(name):
            rcpts += _ADDR.findall(str(value))
    rcpts = [_norm(a) for a in rcpts if a and "@" in a]
    if not rcpts:
        return True  # undisclosed recipients: the candidate was Bcc'd
    if any(a in mine for a in rcpts):
        return True
    sender_dom = senders.registrable(senders.domain_of(pm.from_email) or "")
    if all(senders.registrable(a.rsplit("@", 1)[1]) == sender_dom for a in rcpts):
        return True  # "To: careers@acme" with the candidates in Bcc (bulk ATS mail)
    low = quoted[:20000].lower()
    return any(a in low for a in mine)  # an earlier message of the thread was the candidate's


# Domains that name no organisation: documentation and test domains (RFC 2606/6761), where
# a recruiter and a candidate in a made-up example may share "example.com".
_NO_ORGANISATION = re.compile(r"(?:^|\.)(?:example(?:\.[a-z]{2,3})?|test|invalid|localhost)$")


def _personal(addr: str, sender: str) -> bool:
    """A person's address other than the sender's (not a team, role or no-reply mailbox)."""
    return addr != sender and not is_team_address(addr) and not senders.is_noreply(addr)


def among_colleagues(pm: ParsedMail) -> bool:
    """Sender and every named recipient work at one organisation, and a person is addressed.

    A job seeker's own hiring mail comes from an employer's domain to the candidate's
    address elsewhere; mail whose To and Cc are all the sender's colleagues is internal
    (meetings, memos, the company's own recruiting), whatever words it uses. Bulk ATS mail
    addressed only to a role mailbox of the sender's domain ("To: careers@acme") with the
    candidates in Bcc is not: it names no person.
    """
    sender = _norm(pm.from_email or "")
    dom = senders.domain_of(sender)
    if not dom or not senders.is_employer_domain(dom):
        return False
    org = senders.registrable(dom)
    if _NO_ORGANISATION.search(org):
        return False
    rcpts = [_norm(a) for _, a in pm.to + pm.cc if a and "@" in a]
    delivered = [
        _norm(a)
        for n in _DELIVERY_HEADERS
        for v in pm.headers_named(n)
        for a in _ADDR.findall(str(v))
    ]
    if not rcpts or any(senders.registrable(a.rsplit("@", 1)[1]) != org for a in rcpts + delivered):
        return False
    return any(_personal(a, sender) for a in rcpts)


def not_own_process(
    pm: ParsedMail,
    *,
    me: Sequence[str],
    work_domains: Sequence[str] = (),
    new_text: str,
    quoted: str,
    lines: str = "",
) -> str | None:
    """Why this message is not about the candidate's own hiring process, or None if it may be.

    ``new_text`` is the normalised new text; ``lines`` the same text with its line breaks
    (a press digest is recognised by its layout).
    """
    mine = frozenset(_norm(a) for a in me if a)
    if mine and not _addressed(pm, mine, quoted):
        who = ", ".join(a for _, a in pm.to[:2]) or "someone else"
        return f"not addressed to the candidate (to {who})"
    sender = pm.from_email or ""
    dom = senders.domain_of(sender)
    if (pm.header("List-Id") or pm.header("List-Post")) and not senders.is_platform_domain(dom):
        return "a mailing-list post"
    org = own_domains(mine, work_domains)
    if dom and senders.registrable(dom) in org:
        return f"from the candidate's own organisation ({dom})"
    if among_colleagues(pm):
        return f"mail among colleagues at {senders.registrable(dom or '')}"
    m = _EMPLOYER_SIDE.search(new_text)
    if m:
        return f'the candidate is the employer or interviewer: "{m.group(0)[:50]}"'
    m = _ANNOUNCEMENT.search(new_text[:600])
    if m:
        return f'an announcement: "{m.group(0)[:50]}"'
    clippings = len(_PRESS_CLIPPING.findall(lines[:20000]))
    if clippings >= 3:
        return f"a press digest ({clippings} news items with outlet and date)"
    return None


__all__ = [
    "among_colleagues",
    "not_own_process",
    "own_domains",
]
