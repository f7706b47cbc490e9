"""The server-side Gmail search that narrows a first scan to possible hiring mail.

Why: Gmail charges 5 quota units per ``messages.get`` and allows 15,000 units per user per
minute, so reading the metadata of every message in a 10,000-message mailbox costs
50,000 units. A first scan therefore asks Gmail's search for the messages that could be
part of a hiring process and only reads those. The query must miss no job mail, so it is
built from phrases of hiring mail in English, Spanish, German and French plus the sender
domains of applicant-tracking and assessment systems, and it stays clear of bare words
such as "offer", "position" or "interview" that newsletters and promotions use all the
time (those come in as phrases: "offer letter", "video interview", ...).

Gmail search matches whole words case-insensitively, a quoted phrase as consecutive words,
``OR`` binds tighter than the implicit AND, and ``after:`` takes epoch seconds (exact,
unlike dates, which Gmail reads as midnight Pacific time). Everything here is pure.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

logger = logging.getLogger(__name__)

#: Senders of applicant-tracking, scheduling and assessment systems (``from:`` matches a
#: domain and its subdomains, e.g. ``hire.lever.co``).
ATS_DOMAINS: tuple[str, ...] = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "myworkday.com",
    "myworkdayjobs.com",
    "workday.com",
    "ashbyhq.com",
    "smartrecruiters.com",
    "smartrecruiters.net",
    "workable.com",
    "workablemail.com",
    "icims.com",
    "jobvite.com",
    "bamboohr.com",
    "recruitee.com",
    "teamtailor.com",
    "teamtailor-mail.com",
    "personio.de",
    "personio.com",
    "successfactors.com",
    "successfactors.eu",
    "taleo.net",
    "breezy.hr",
    "jazzhr.com",
    "applytojob.com",
    "jobdiva.com",
    "pinpointhq.com",
    "comeet.co",
    "join.com",
    "softgarden.io",
    "softgarden.de",
    "dvinci.de",
    "rexx-systems.com",
    "welcometothejungle.com",
    "gem.com",
    "goodtime.io",
    "paradox.ai",
    "eightfold.ai",
    "phenom.com",
    "avature.net",
    "oraclecloud.com",
    "hackerrank.com",
    "hackerrankforwork.com",
    "codility.com",
    "codesignal.com",
    "testgorilla.com",
    "coderbyte.com",
    "hirevue.com",
    "karat.io",
    "interviewing.io",
    "modernhire.com",
    "criteriacorp.com",
    "pymetrics.ai",
    "imocha.io",
    "testdome.com",
    "vervoe.com",
    "hackerearth.com",
    "qualified.io",
    "mettl.com",
    "shl.com",
    "devskiller.com",
    "wonderlic.com",
    "harver.com",
    "calendly.com",
)

#: Phrases and words of hiring mail (employer side), per language. Multi-word entries are
#: searched as phrases. Bare words appear only when they are rare outside hiring.
PHRASES: dict[str, tuple[str, ...]] = {
    "en": (
        # application received / status
        "thank you for applying",
        "thanks for applying",
        "for applying",
        "application received",
        "received your application",
        "receipt of your application",
        "reviewing your application",
        "review your application",
        "your application to",
        "your application for the",
        "your job application",
        "your application was sent",
        "applied on",
        "update on your application",
        "regarding your application",
        "about your application",
        "status of your application",
        "application status",
        "application update",
        "your candidacy",
        "your candidate profile",
        "you applied",
        "applied for the",
        "applied to the",
        "your resume",
        "your cv",
        "still reviewing candidates",
        "reviewing candidates",
        "hiring process",
        "recruitment process",
        "recruiting process",
        "selection process",
        # interviews and scheduling
        "interview invitation",
        "invitation to interview",
        "invite you to",
        "an interview",
        "your interview",
        "interviews",
        "interviewing",
        "interviewer",
        "interviewers",
        "video interview",
        "phone interview",
        "phone screen",
        "screening call",
        "onsite interview",
        "on-site interview",
        "virtual interview",
        "technical interview",
        "final interview",
        "panel interview",
        "interview for the",
        "interview process",
        "interview schedule",
        "interview scheduled",
        "interview confirmation",
        "interview confirmed",
        "interview request",
        "interview availability",
        "schedule an interview",
        "schedule your interview",
        "hiring manager",
        "hiring team",
        "next steps",
        "next step",
        # people and teams
        "recruiter",
        "recruiters",
        "recruiting team",
        "recruitment team",
        "talent acquisition",
        "talent team",
        "talent partner",
        "people team",
        # assessments
        "coding challenge",
        "coding exercise",
        "coding test",
        "take-home",
        "take home assignment",
        "technical assessment",
        "online assessment",
        "skills assessment",
        "your assessment",
        "assessment invitation",
        "hackerrank",
        "codility",
        "codesignal",
        # decisions
        "other candidates",
        "another candidate",
        "move forward with",
        "moving forward with",
        "not be moving forward",
        "not moving forward",
        "not to move forward",
        "decided to pursue",
        "pursue other",
        "regret to inform",
        "not been selected",
        "position has been filled",
        "interest in the",
        "your interest in",
        "thank you for your interest",
        "thanks for your interest",
        "offer letter",
        "job offer",
        "offer of employment",
        "employment offer",
        "offer you the",
        "offer you a",
        "extend an offer",
        "extend you an offer",
        "verbal offer",
        "formal offer",
        "compensation package",
        "position at",
        "role at",
        "the position",
        "the role",
    ),
    "de": (
        "bewerbung",
        "bewerbungen",
        "bewerber",
        "bewerberin",
        "bewerbungsgespräch",
        "bewerbungsgespraech",
        "bewerbungsprozess",
        "bewerbungsverfahren",
        "bewerbungsunterlagen",
        "vorstellungsgespräch",
        "vorstellungsgespraech",
        "kennenlerngespräch",
        "kennenlerngespraech",
        "auswahlprozess",
        "auswahlverfahren",
        "kandidaten",
        "kandidatin",
        "einladung zum",
        "zur position",
        "an der position",
        "für die position",
        "die stelle",
        "der stelle",
        "stellenangebot",
        "vertragsangebot",
        "arbeitsvertrag",
        "programmieraufgabe",
        "nächsten schritt",
        "naechsten schritt",
        "absage",
        "personalabteilung",
    ),
    "es": (
        "candidatura",
        "candidaturas",
        "candidato",
        "candidata",
        "candidatos",
        "tu solicitud",
        "su solicitud",
        "entrevista",
        "entrevistas",
        "proceso de selección",
        "proceso de seleccion",
        "el puesto",
        "del puesto",
        "al puesto",
        "puesto de",
        "prueba técnica",
        "prueba tecnica",
        "carta de oferta",
        "oferta de empleo",
        "oferta de trabajo",
        "reclutamiento",
        "recursos humanos",
    ),
    "fr": (
        "candidature",
        "candidatures",
        "candidat",
        "candidate",
        "candidats",
        "entretien",
        "entretiens",
        "le poste",
        "au poste",
        "du poste",
        "poste de",
        "test technique",
        "proposition d'embauche",
        "promesse d'embauche",
        "offre d'emploi",
        "recrutement",
        "processus de recrutement",
        "ressources humaines",
    ),
}

#: Words too common to search alone, searched only in mail without the word "unsubscribe":
#: bulk mail (newsletters, promotions, job alerts) must carry an unsubscribe link, while a
#: recruiter's or hiring manager's own reply ("Re: Juniper offer - revised", "SQL exercise
#: for Solutions Engineer", "Developer Advocate interview") does not.
PERSONAL_WORDS: tuple[str, ...] = (
    "interview",
    "interviews",
    "offer",
    "offers",
    "application",
    "applications",
    "applied",
    "applying",
    "candidate",
    "candidates",
    "position",
    "role",
    "recruiter",
    "recruiting",
    "hiring",
    "resume",
    "portfolio",
    "exercise",
    "assignment",
    "challenge",
    "case study",
    "second round",
    "final round",
    "next round",
    "intro call",
    "calendar invite",
    "deep dive",
    "meet link",
    "great chatting",
    "going to pass",
    "quick call",
    "confirmed for",
    "call your cell",
    "salary",
    "compensation",
    "stelle",
    "angebot",
    "gespräch",
    "gespraech",
    "termin",
    "oferta",
    "puesto",
    "offre",
    "poste",
)

#: Extra words for the candidate's own sent mail, which is small enough to search broadly
#: (a thank-you written by hand says "interview", "position" or "opportunity").
SENT_WORDS: tuple[str, ...] = (
    "interview",
    "position",
    "role",
    "opportunity",
    "application",
    "applied",
    "recruiter",
    "offer",
    "speak with me",
    "speaking with me",
    "taking the time",
    "bewerbung",
    "stelle",
    "entrevista",
    "puesto",
    "entretien",
    "poste",
)

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


def all_terms() -> list[str]:
    """Every rendered job-mail term: ATS senders first, then phrases of all languages."""
    out = [f"from:{d}" for d in ATS_DOMAINS]
    seen: set[str] = set()
    for phrases in PHRASES.values():
        for p in phrases:
            r = render_term(p)
            if r.lower() not in seen:
                seen.add(r.lower())
                out.append(r)
    return out


def base_filter(since: datetime | None, extra: str | None = None) -> str:
    """What every first-scan listing shares: the window, no drafts, the user's extra terms."""
    return _join(window_clause(since), "-in:drafts", f"({extra})" if extra else "")


def job_queries(
    since: datetime | None, extra: str | None = None, *, max_chars: int = MAX_QUERY_CHARS
) -> list[str]:
    """The job-mail search, split into queries of at most ``max_chars`` characters.

    The union of their results is the candidate set; each is ANDed with the window and
    ``extra`` (``mailbox.gmail.query``).
    """
    base = base_filter(since, extra)
    room = max(200, max_chars - len(base) - 4)
    chunks: list[list[str]] = [[]]
    size = 0
    for term in all_terms():
        if chunks[-1] and size + len(term) + 4 > room:
            chunks.append([])
            size = 0
        chunks[-1].append(term)
        size += len(term) + 4
    queries = [_join(base, _or_group(c)) for c in chunks if c]
    personal = [render_term(t) for t in PERSONAL_WORDS]
    queries.append(_join(base, "-unsubscribe", _or_group(personal)))
    return queries


def sent_query(since: datetime | None, extra: str | None = None) -> str:
    """The candidate's own mail about jobs that does not reply in a job thread."""
    terms = [render_term(t) for t in SENT_WORDS]
    return _join("in:sent", base_filter(since, extra), _or_group(terms))


def window_query(since: datetime | None, extra: str | None = None) -> str:
    """Every message in the window: ids and thread ids only, to pull in whole job threads."""
    return base_filter(since, extra)


def job_query(since: datetime | None = None, extra: str | None = None) -> str:
    """The whole job-mail search as one string (for display and recall tests)."""
    personal = _join("-unsubscribe", _or_group(render_term(t) for t in PERSONAL_WORDS))
    return _join(base_filter(since, extra), _or_group([*all_terms(), f"({personal})"]))
