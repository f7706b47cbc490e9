"""The cheap first pass: rule out obviously unrelated mail from the header block alone.

It must never rule out hiring mail, so it only says "no" when a message is bulk or
automated mail (list headers, marketing senders, known non-hiring senders) *and* nothing
in its subject, sender or first lines speaks of jobs. Everything else goes on to the full
parse. The candidate's own mail always passes (the rules need the thank-yous they sent).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence

from agent.senders import is_hiring_platform
from agent.understand.mime import blank_line_at, decode_header_value
from agent.understand.phrasebook import search

logger = logging.getLogger(__name__)


def _words(stems: Iterable[str], words: Iterable[str] = ()) -> re.Pattern[bytes]:
    """One byte pattern for the phrasebook's header words: stems anywhere, words whole."""
    parts = [re.escape(w.encode("utf-8")) for w in stems]
    parts += [rb"\b" + re.escape(w.encode("utf-8")) + rb"\b" for w in words]
    return re.compile(b"|".join(parts), re.I)


# Words that make any message a candidate, whoever sent it (the phrasebook's, 7 languages).
_STRONG = _words(
    (w for ws in search.HEADER_STEMS.values() for w in ws),
    (w for ws in search.HEADER_WORDS.values() for w in ws),
)
# What bulk mail (list headers) must say to be hiring mail: about *your* application,
# interview or offer, not interviews in general ("10 interview tips").
_PERSONAL_STRONG = re.compile(
    rb"\b(?:your|you|you're|ihre?|ihrer|tu|su|votre|sua|tua)\b.{0,40}(?:applica|candida|interview|offer|assessment|"
    rb"colloqui|"
    rb"test|challenge|bewerb|entrevista|entretien|oferta|offre|position|role)|"
    rb"(?:applica|candida|interview|bewerb|entrevista|entretien)\w*.{0,30}\b(?:received|submitted|"
    rb"confirm|invit|request|scheduled|update|status|sent|viewed|eingang|erhalten|recibid|re\xc3\xa7ue)|"
    rb"thank(?:s| you) for (?:applying|your)|next steps?\b|offer letter|job offer|"
    rb"eingangsbest|absage|zusage|einladung|\b(?:je|jouw|uw)\s+(?:sollicitatie|kandidatuur)",
    re.I,
)
# Words that make a message from a person (not bulk, not a robot) a candidate; a person
# writing always passes anyway, these matter for automated senders without list headers.
_WEAK = _words(search.HEADER_HINTS, search.HEADER_HINT_WORDS)
# Sender addresses of hiring teams.
_HIRING_LOCAL = re.compile(
    rb"^(?:[\w.+-]*[._-])?(?:recruit\w*|talent\w*|careers?|jobs?|hiring|hr|people|candidates?|"
    rb"bewerbung\w*|karriere|empleo|rrhh|seleccion|recrutement|rh|staffing)(?:[._+-][\w.+-]*)?@",
    re.I,
)
# searched in the block behind a newline (see header_starts): a field's name right after
# a newline is a literal prefix the regex engine scans for, where ``^`` under MULTILINE
# is tried at every position
_BULK_HEADERS = re.compile(
    rb"\n(?:list-unsubscribe|list-id|list-post|precedence:\s*(?:bulk|list|junk)|x-campaign|"
    rb"x-mailchimp|x-mc-user|feedback-id|x-sfmc|x-marketo|x-newsletter|x-auto-response-suppress:\s*all|"
    rb"auto-submitted:\s*auto-(?:generated|replied)|x-autoreply|x-autorespond)",
    re.I,
)
_AUTOMATED_SENDER = re.compile(
    rb"(?:no-?reply|do-?not-?reply|notifications?|newsletters?|news|marketing|promo\w*|deals|offers?|"
    rb"info|hello|team|support|alerts?|updates?|digest|mailer|auto-?confirm|orders?|shipping|"
    rb"receipts?|billing|account|security|store|shop|events?|mcinfo|feedback|service)"
    rb"(?:[-_.+][\w.-]*)?@",
    re.I,
)
# each begins with a newline, for header_field (a literal first byte the engine can skip to)
_FROM = re.compile(rb"\nfrom:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I)
_SUBJECT = re.compile(rb"\nsubject:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.I)
_ICS = re.compile(rb"\.ics\b")


def header_starts(fields: re.Pattern[bytes], head: bytes) -> bool:
    """Whether a line of ``head`` starts with what ``fields`` (a pattern that begins with
    a newline) finds: what ``^`` under MULTILINE finds, the first line included."""
    return fields.search(b"\n" + head) is not None


def header_field(field: re.Pattern[bytes], head: bytes) -> bytes:
    """The value (``field``'s group 1) of the first line of ``head`` that ``field`` (a
    pattern that begins with a newline) finds, as ``^`` under MULTILINE would; b"": none."""
    m = field.search(b"\n" + head)
    return m.group(1) if m else b""


def _names_a_calendar(head: bytes) -> bool:
    """A calendar part or invitation in the headers: ``text/calendar``, a ``.ics`` file or
    ``method=request|cancel``, in any case. Read in the lower-cased block, where the
    words are plain substrings (one case-insensitive alternation tried every position)."""
    low = head.lower()
    return (
        b"text/calendar" in low
        or b"method=request" in low
        or b"method=cancel" in low
        or _ICS.search(low) is not None
    )


_ADDR = re.compile(rb"(?<![\w.+%-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")  # linear: starts at a word


def could_be_job_mail(headers: bytes, snippet: str = "", *, me: Sequence[str] = ()) -> bool:
    """False only for mail that is certainly not part of a hiring process.

    :param headers: the raw header block (bytes up to the blank line); a whole message
        also works, only the first 16 KB are looked at.
    :param snippet: the first lines of the body text when cheaply known (Gmail gives it).
    :param me: the candidate's addresses; their own mail always passes.
    """
    head = _header_lines(headers)
    from_line = header_field(_FROM, head)
    addrs = _ADDR.findall(from_line)
    sender = addrs[-1].lower() if addrs else b""
    if _sender_passes(sender, me):
        return True
    subject, display = _subject_and_display(head, from_line)
    bulk = header_starts(_BULK_HEADERS, head)
    if _speaks_of_jobs(subject, display, snippet, bulk=bulk):
        return True
    if _HIRING_LOCAL.match(sender) or _names_a_calendar(head):
        return True
    # bulk or automated mail that says nothing about hiring is ruled out; a person
    # writing (personal mail and recruiters look alike from the headers) goes on
    if bulk:
        return False
    if _AUTOMATED_SENDER.match(sender):
        return bool(_WEAK.search(subject) or _WEAK.search(display))
    return True


def _header_lines(headers: bytes) -> bytes:
    head = headers[:16384]
    cut = blank_line_at(head)
    return head[:cut] if cut >= 0 else head


def _sender_passes(sender: bytes, me: Sequence[str]) -> bool:
    """Whoever sent it decides alone: the candidate (their own mail), no readable
    address (unknown: read it), or a hiring platform."""
    if not sender:
        return True
    if me and sender.decode("ascii", "replace") in {a.lower() for a in me}:
        return True
    return is_hiring_platform(sender.rsplit(b"@", 1)[-1].decode("ascii", "replace"))


def _subject_and_display(head: bytes, from_line: bytes) -> tuple[bytes, bytes]:
    """The subject and the sender's display name, RFC 2047 words decoded."""
    subject = header_field(_SUBJECT, head)
    display = from_line.split(b"<", 1)[0] if b"<" in from_line else b""
    if b"=?" in subject:
        subject = _decoded(subject)
    if b"=?" in display:
        display = _decoded(display)
    return subject, display


def _speaks_of_jobs(subject: bytes, display: bytes, snippet: str, *, bulk: bool) -> bool:
    """The subject, sender name or first lines speak of jobs (of *your* application,
    interview or offer, for bulk mail)."""
    strong = _PERSONAL_STRONG if bulk else _STRONG
    snip = snippet[:1000].encode("utf-8", "replace") if snippet else b""
    return bool(strong.search(subject) or strong.search(display) or (snip and strong.search(snip)))


def _decoded(value: bytes) -> bytes:
    """RFC 2047 encoded words → UTF-8 bytes, so "=?utf-8?q?Bewerbung?=" is read as words."""
    return decode_header_value(value.decode("ascii", "replace")).encode("utf-8", "replace")


def header_block(raw: bytes) -> bytes:
    """The header block of a raw message (what a backend would give the first pass)."""
    cut = blank_line_at(raw, 65536)
    return raw[:cut] if cut >= 0 else raw[:65536]


__all__ = [
    "could_be_job_mail",
    "header_block",
    "header_starts",
]
