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
from dataclasses import dataclass

from agent import senders
from agent.understand.classify import MATCHER
from agent.understand.mime import ParsedMail
from agent.understand.phrase_matcher import MatchTexts, PhraseMatch, clip
from agent.understand.phrases import Signal, Stage

# Recipient headers that say the candidate received the message (the mailbox owner's
# address appears in Delivered-To / X-Original-To when they were Bcc'd or it was forwarded).
_DELIVERY_HEADERS = ("Delivered-To", "X-Original-To", "Envelope-To", "X-Forwarded-To")
# tried only where a run of address characters starts: linear on long runs without "@"
_ADDR = re.compile(r"(?<![\w.+%'-])[\w.+%'-]+@[\w-]+(?:\.[\w-]+)+")

# Whose process the words say it is: phrases of the phrasebook (phrasebook/employer_side.py,
# announcement.py, press.py), compiled into the classifier's one matcher.
#: an announcement says what it is in its opening: its phrases are looked for there only
ANNOUNCEMENT_OPENING = 600
#: a press digest has at least this many item lines (outlet and date) in its first
#: PRESS_WINDOW characters
PRESS_ITEMS = 3
PRESS_WINDOW = 20000
# every item line of phrasebook/press.py ends in a date's digit or a bracketed place: a
# cheap count of such line ends spares most mail the item patterns
_ITEM_LINE_END = re.compile(r"[\d)][ \t]*$", re.M)


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
    return addr != sender and not senders.is_team_address(addr) and not senders.is_noreply(addr)


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


@dataclass(frozen=True)
class NotOwn:
    """Why a message is not about the candidate's own hiring process."""

    why: str  # the evidence ``classify`` shows
    phrase: PhraseMatch | None = None  # the phrasebook phrase that said so (``explain``)


def whose_process(
    pm: ParsedMail,
    *,
    me: Sequence[str],
    work_domains: Sequence[str] = (),
    new_text: str,
    quoted: str,
    lines: str = "",
) -> NotOwn | None:
    """Why this message is not about the candidate's own hiring process (with the phrase
    that said so, if a phrase did), or None if it may be: first who the message is from
    and to, then what its words say.

    ``new_text`` is the normalised new text; ``lines`` the same text with its line breaks
    (a press digest is recognised by its layout).
    """
    mine = frozenset(_norm(a) for a in me if a)
    why = _not_own_by_address(pm, mine, work_domains, quoted)
    if why:
        return NotOwn(why)
    return _not_own_by_words(new_text, lines)


def _not_own_by_address(
    pm: ParsedMail, mine: frozenset[str], work_domains: Sequence[str], quoted: str
) -> str | None:
    """Someone else's by its addresses: not to the candidate, a mailing list, from the
    candidate's own organisation, or among colleagues of one."""
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
    return None


def _not_own_by_words(new_text: str, lines: str) -> NotOwn | None:
    """Someone else's by its words: the reader hires or interviews, an announcement to a
    group, a press digest."""
    said = _first_said(new_text, Signal.EMPLOYER_SIDE)
    if said:
        return NotOwn(f'the candidate is the employer or interviewer: "{said.said[:50]}"', said)
    said = _first_said(new_text[:ANNOUNCEMENT_OPENING], Signal.ANNOUNCEMENT)
    if said:
        return NotOwn(f'an announcement: "{said.said[:50]}"', said)
    clippings, said = _press_items(lines[:PRESS_WINDOW])
    if clippings >= PRESS_ITEMS:
        return NotOwn(f"a press digest ({clippings} news items with outlet and date)", said)
    return None


def _first_said(text: str, signal: Signal) -> PhraseMatch | None:
    """The phrase of ``signal`` said first in ``text`` (on a tie, the first in the
    phrasebook): as one alternation of all of them would find it."""
    found = MATCHER.scan(MatchTexts.of(subject="", body=text), stage=Stage.WHOSE, only=signal)
    return min(found, key=lambda m: m.start, default=None)


def _press_items(text: str) -> tuple[int, PhraseMatch | None]:
    """How many lines of ``text`` are a press digest's items, and the first phrase found."""
    if len(_ITEM_LINE_END.findall(text)) < PRESS_ITEMS:
        return 0, None  # too few lines end like an item (a date, a place in brackets)
    count, first = 0, None
    for c in _PRESS_PHRASES:
        items = list(c.regex.finditer(text))
        count += len(items)
        if items and first is None:
            said = items[0].group(0)
            first = PhraseMatch(c.phrase, f'"{clip(said)}"', said, items[0].start())
    return count, first


# the press phrases as the matcher compiled them: they are counted, not found once
_PRESS_PHRASES = tuple(c for c in MATCHER.compiled if c.phrase.signal is Signal.PRESS)


__all__ = [
    "ANNOUNCEMENT_OPENING",
    "PRESS_ITEMS",
    "PRESS_WINDOW",
    "NotOwn",
    "among_colleagues",
    "own_domains",
    "whose_process",
]
