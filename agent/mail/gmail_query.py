"""The server-side Gmail search that narrows a first scan to possible hiring mail.

Why: Gmail charges 5 quota units per ``messages.get`` and allows 15,000 units per user per
minute, so reading every message of a 10,000-message mailbox costs 50,000 units. A first
scan asks Gmail's search for what could be part of a hiring process and reads only that.
On a real inbox bare words ("offer", "position", "application", "Termin", "Angebot",
"offre", "poste") match receipts, social notifications, friends' news and every German
appointment, so the search is built from what Gmail itself knows and precise language:

1. in every tab: senders of applicant-tracking, scheduling and assessment systems
   (:data:`agent.senders.SEARCHED_SENDER_DOMAINS`) and job boards' "your application was
   sent to" (:data:`EVERY_TAB_PHRASES`);
2. precise phrases of hiring mail in English, German, Spanish, French, Italian,
   Portuguese and Dutch (:data:`PHRASES`), outside the Promotions and Social tabs, which almost never hold a
   hiring process (Updates holds the ATS mail, Primary the people);
3. in mail a person wrote (the Primary tab) only: a few words in the subject
   (:data:`SUBJECT_WORDS`: a recruiter's "Developer Advocate interview", "Revised offer")
   and looser phrases of people's hiring mail (:data:`PERSONAL_PHRASES`: "the role",
   "your application", "going to pass");
4. the candidate's own sent mail about jobs (:data:`SENT_TERMS`), which is small;
5. then the whole threads of everything matched (done by the mailbox): a recruiter's
   "Thursday at 4 works" lives in a thread that already matched;
6. last, Primary-tab mail from the employers' domains seen so far
   (:func:`employer_queries`): a recruiter's "Quick update" in a new thread.

Gmail search matches whole words case-insensitively, a quoted phrase as consecutive words,
``OR`` binds tighter than the implicit AND, ``category:primary`` is the Primary tab, and
``after:`` takes epoch seconds (exact, unlike dates, which Gmail reads as midnight Pacific
time). The words and phrases live with the classifier's phrases, in
:mod:`agent.understand.phrasebook.search`, which the header first pass reads too.
Everything here is pure.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from datetime import datetime
from email.parser import BytesHeaderParser
from email.utils import getaddresses

from agent import senders
from agent.understand.phrasebook.search import (
    EVERY_TAB_PHRASES,
    PERSONAL_PHRASES,
    PHRASES,
    SENT_TERMS,
    SUBJECT_WORDS,
)

logger = logging.getLogger(__name__)

#: Most employers' domains searched in the second round (one query per 40).
MAX_EMPLOYER_DOMAINS = 200

#: Gmail tabs that almost never hold a hiring process; phrase searches leave them out.
SKIPPED_TABS: tuple[str, ...] = ("promotions", "social")
#: The tab of mail written by people.
PERSONAL_TAB = "primary"

#: Longest query string sent in one ``messages.list`` call; longer term lists are split
#: into several calls whose results are merged (each call costs only 5 units).
MAX_QUERY_CHARS = 1200


def render_term(term: str) -> str:
    """A search term as Gmail wants it: bare word, or a quoted phrase."""
    term = term.strip()
    if any(c in term for c in " -'\""):
        return '"' + term.replace('"', "") + '"'
    return term


def window_clause(since: datetime | None) -> str:
    """``after:<epoch seconds>`` for an exact lower bound (empty when unbounded)."""
    return f"after:{int(since.timestamp())}" if since is not None else ""


def _join(*parts: str) -> str:
    return " ".join(p for p in (x.strip() for x in parts) if p)


def _or_group(terms: Iterable[str]) -> str:
    return "(" + " OR ".join(terms) + ")"


def _unique(terms: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for t in terms:
        r = render_term(t)
        if r.lower() not in seen:
            seen.add(r.lower())
            out.append(r)
    return out


def sender_terms() -> list[str]:
    """What is searched in every tab: ``from:`` the applicant-tracking and assessment
    systems, and the job boards' "your application was sent" phrases."""
    return [f"from:{d}" for d in senders.SEARCHED_SENDER_DOMAINS] + _unique(EVERY_TAB_PHRASES)


def phrase_terms() -> list[str]:
    """Every hiring phrase of every language, rendered, without duplicates."""
    return _unique(p for phrases in PHRASES.values() for p in phrases)


def all_terms() -> list[str]:
    """Every rendered job-mail term: ATS senders first, then phrases of all languages."""
    return sender_terms() + phrase_terms()


def base_filter(since: datetime | None, extra: str | None = None) -> str:
    """What every first-scan listing shares: the window, no drafts, the user's extra terms."""
    return _join(window_clause(since), "-in:drafts", f"({extra})" if extra else "")


def tab_filter() -> str:
    """Leave out the tabs that almost never hold a hiring process."""
    return " ".join(f"-category:{t}" for t in SKIPPED_TABS)


def _chunked(prefix: str, terms: list[str], max_chars: int) -> list[str]:
    """``prefix (t1 OR t2 ...)`` split so that no query exceeds ``max_chars``."""
    room = max(200, max_chars - len(prefix) - 4)
    chunks: list[list[str]] = [[]]
    size = 0
    for term in terms:
        if chunks[-1] and size + len(term) + 4 > room:
            chunks.append([])
            size = 0
        chunks[-1].append(term)
        size += len(term) + 4
    return [_join(prefix, _or_group(c)) for c in chunks if c]


def personal_terms() -> list[str]:
    """What is searched only in the Primary tab: subject words, then personal phrases."""
    return [f"subject:{_or_group(_unique(SUBJECT_WORDS))}", *_unique(PERSONAL_PHRASES)]


def job_queries(
    since: datetime | None, extra: str | None = None, *, max_chars: int = MAX_QUERY_CHARS
) -> list[str]:
    """The received-mail searches, split into queries of at most ``max_chars`` characters.

    The union of their results (plus :func:`sent_query`) is the seed set whose threads the
    first scan reads; each is ANDed with the window and ``extra`` (``mailbox.gmail.query``).
    """
    base = base_filter(since, extra)
    return [
        *_chunked(base, sender_terms(), max_chars),
        *_chunked(_join(base, tab_filter()), phrase_terms(), max_chars),
        *_chunked(_join(base, f"category:{PERSONAL_TAB}"), personal_terms(), max_chars),
    ]


def sent_query(since: datetime | None, extra: str | None = None) -> str:
    """The candidate's own mail about jobs (its threads bring the employer's answers)."""
    return _join("in:sent", base_filter(since, extra), _or_group(_unique(SENT_TERMS)))


def window_query(since: datetime | None, extra: str | None = None) -> str:
    """Every message in the window: ids and thread ids only, to pull in whole job threads."""
    return base_filter(since, extra)


def job_query(since: datetime | None = None, extra: str | None = None) -> str:
    """The whole received-mail search as one string (for display and recall tests)."""
    phrases = _join(tab_filter(), _or_group(phrase_terms()))
    personal = _join(f"category:{PERSONAL_TAB}", _or_group(personal_terms()))
    return _join(
        base_filter(since, extra), _or_group([*sender_terms(), f"({phrases})", f"({personal})"])
    )


_ADDRESS = re.compile(r"[\w.+'-]+@([\w-]+(?:\.[\w-]+)+)")


def _domain_of(address: str) -> str | None:
    m = _ADDRESS.search(address)
    return m.group(1).lower().rstrip(".") if m else None


def correspondent_domains(header_blocks: Iterable[bytes], own: Iterable[str] = ()) -> list[str]:
    """The employers' domains in the first round's mail: senders of received mail and
    recipients of the candidate's own, minus public mail providers, ATS senders and the
    candidate's own domains (most frequent first, at most :data:`MAX_EMPLOYER_DOMAINS`)."""
    mine = {d for d in (_domain_of(a) for a in own if a) if d}
    counts: dict[str, int] = {}
    for block in header_blocks:
        msg = BytesHeaderParser().parsebytes(block)
        from_addresses = [a for _, a in getaddresses(msg.get_all("From", []))]
        if any(_domain_of(a) in mine for a in from_addresses):  # the candidate's own mail
            people = [a for _, a in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))]
        else:
            people = from_addresses
        for address in people:
            domain = _domain_of(address)
            if domain and domain not in mine and senders.is_employer_domain(domain):
                counts[domain] = counts.get(domain, 0) + 1
    ranked = sorted(counts, key=lambda d: (-counts[d], d))
    return ranked[:MAX_EMPLOYER_DOMAINS]


def employer_queries(
    since: datetime | None,
    domains: Iterable[str],
    extra: str | None = None,
    *,
    max_chars: int = MAX_QUERY_CHARS,
) -> list[str]:
    """Primary-tab mail from the employers' domains (people there write again, tersely)."""
    terms = [f"from:{d}" for d in domains]
    if not terms:
        return []
    return _chunked(_join(base_filter(since, extra), f"category:{PERSONAL_TAB}"), terms, max_chars)


__all__ = [
    "EVERY_TAB_PHRASES",
    "MAX_EMPLOYER_DOMAINS",
    "MAX_QUERY_CHARS",
    "PERSONAL_PHRASES",
    "PERSONAL_TAB",
    "PHRASES",
    "SENT_TERMS",
    "SKIPPED_TABS",
    "SUBJECT_WORDS",
    "all_terms",
    "base_filter",
    "correspondent_domains",
    "employer_queries",
    "job_queries",
    "job_query",
    "personal_terms",
    "phrase_terms",
    "render_term",
    "sender_terms",
    "sent_query",
    "tab_filter",
    "window_clause",
    "window_query",
]
