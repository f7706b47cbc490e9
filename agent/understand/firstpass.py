"""The cheap first pass: rule out obviously unrelated mail from the header block alone.

It must never rule out hiring mail, so it only says "no" when a message is bulk or
automated mail (list headers, marketing senders, known non-hiring senders) *and* nothing
in its subject, sender or first lines speaks of jobs. Everything else goes on to the full
parse. The candidate's own mail always passes (the rules need the thank-yous they sent).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent.understand.contacts import is_platform_domain

_JOB_WORDS = re.compile(
    rb"applica|apply|applied|applicant|candida|interview|recruit|talent|hiring|hire\b|\bhr\b|"
    rb"career|\bjobs?\b|position|\brole\b|vacanc|opening|opportunit|offer|assessment|challenge|"
    rb"\btest\b|screen|next step|resume|\bcv\b|onboard|your profile|status|schedul|availability|"
    rb"reschedul|invitation|\binvite|meeting|\bcall\b|chat|follow[- ]?up|checking in|decision|"
    rb"update on|feedback|thank you for your interest|people team|"
    rb"bewerb|stelle|vorstellung|gespr\xc3\xa4ch|absage|zusage|angebot|karriere|personal|"
    rb"einladung|termin|"
    rb"candidatura|entrevista|puesto|oferta|vacante|empleo|proceso de selecci|solicitud|"
    rb"selecci\xc3\xb3n|convocatoria|"
    rb"candidature|entretien|poste|offre|recrutement|embauche|\brh\b|"
    rb"=\?",  # an encoded-word subject or name we did not decode: let it through
    re.I,
)
_BULK_HEADERS = re.compile(
    rb"^(?:list-unsubscribe|list-id|list-post|precedence:\s*(?:bulk|list|junk)|x-campaign|"
    rb"x-mailchimp|x-mc-user|feedback-id|x-sfmc|x-marketo|x-newsletter|x-auto-response-suppress:\s*all|"
    rb"auto-submitted:\s*auto-(?:generated|replied)|x-autoreply|x-autorespond)",
    re.I | re.M,
)
_AUTOMATED_SENDER = re.compile(
    rb"(?:no-?reply|do-?not-?reply|notifications?|newsletters?|news|marketing|promo\w*|deals|offers?|"
    rb"info|hello|team|support|alerts?|updates?|digest|mailer|auto-?confirm|orders?|shipping|"
    rb"receipts?|billing|account|security|store|shop|events?|mcinfo|feedback|service)"
    rb"(?:[-_.+][\w.-]*)?@",
    re.I,
)
_FROM = re.compile(rb"^from:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)
_SUBJECT = re.compile(rb"^subject:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I | re.M)
_CALENDAR = re.compile(rb"text/calendar|\.ics\b|method=(?:request|cancel)", re.I)
_ADDR = re.compile(rb"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")


def could_be_job_mail(headers: bytes, snippet: str = "", *, me: Sequence[str] = ()) -> bool:
    """False only for mail that is certainly not part of a hiring process.

    :param headers: the raw header block (bytes up to the blank line); a whole message
        also works, only the first 16 KB are looked at.
    :param snippet: the first lines of the body text when cheaply known (Gmail gives it).
    :param me: the candidate's addresses; their own mail always passes.
    """
    head = headers[:16384]
    cut = re.search(rb"\r?\n\r?\n", head)
    if cut:
        head = head[: cut.start()]
    m = _FROM.search(head)
    from_line = m.group(1) if m else b""
    addrs = _ADDR.findall(from_line)
    sender = addrs[-1].lower() if addrs else b""
    if me and sender and sender.decode("ascii", "replace") in {a.lower() for a in me}:
        return True
    if not sender:
        return True
    domain = sender.rsplit(b"@", 1)[-1].decode("ascii", "replace")
    if is_platform_domain(domain) and not domain.endswith(("google.com", "microsoft.com")):
        return True
    s = _SUBJECT.search(head)
    subject = s.group(1) if s else b""
    if _JOB_WORDS.search(subject) or _JOB_WORDS.search(from_line):
        return True
    if snippet and _JOB_WORDS.search(snippet[:1000].encode("utf-8", "replace")):
        return True
    if _CALENDAR.search(head):
        return True
    # bulk or automated mail that says nothing about jobs is ruled out; a person writing
    # (personal mail and recruiters look alike from the headers) goes on
    bulk = bool(_BULK_HEADERS.search(head))
    automated = bool(_AUTOMATED_SENDER.match(sender))
    return not (bulk or automated)


def header_block(raw: bytes) -> bytes:
    """The header block of a raw message (what a backend would give the first pass)."""
    cut = re.search(rb"\r?\n\r?\n", raw[:65536])
    return raw[: cut.start()] if cut else raw[:65536]
