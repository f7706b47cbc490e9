"""Who sends mail: the one vocabulary of sender domains and machine addresses.

Every part of the agent asks this module the same questions about a sender: is the domain
a platform that writes on an employer's behalf (never a company, never a contact), a public
mail provider (says nothing about the company), is the address one nobody reads, and which
company does a domain name. Before this module five places kept their own lists and
disagreed; a domain listed here is classified the same everywhere
(``tests/test_senders.py`` fails when a second list appears).

Each domain stands for itself and its subdomains (``hire.lever.co`` is under ``lever.co``).
Decisions where the old lists disagreed, by what is true of the domain:

- ``docusign.net`` / ``docusign.com``: DocuSign's e-signature mail (``dse@docusign.net``)
  is sent for anyone's contracts, offer letters included; it never names the employer.
- ``hired.com``: a job marketplace writing about employers, not an employer.
- ``oraclecloud.com``: Oracle Recruiting Cloud (Taleo's successor) sends candidates' mail
  from ``*.oraclecloud.com``; an applicant tracking system.
- ``yahoo.co.uk``: a public mail provider, like ``yahoo.com``.
- ``invitations@`` and ``robot@``: machine mailboxes (LinkedIn's invitations@, build and
  calendar robots); nobody reads a reply there.
- ``acmerobotics.com`` names "Acme Robotics": a squashed label is split before a common
  last word of company names (:data:`_NAME_TAILS`).

Pure string functions and constant data; no I/O.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "ASSESSMENT_DOMAINS",
    "ATS_DOMAINS",
    "FREEMAIL_DOMAINS",
    "GENERAL_PURPOSE_DOMAINS",
    "JOB_BOARD_DOMAINS",
    "NOTIFICATION_DOMAINS",
    "NO_REPLY_WORDS",
    "PLATFORM_NAMES",
    "SCHEDULING_DOMAINS",
    "SCREENING_DOMAINS",
    "SEARCHED_SENDER_DOMAINS",
    "SERVICE_DOMAINS",
    "SERVICE_WORDS",
    "TEAM_NAMES",
    "TEAM_WORDS",
    "company_from_domain",
    "domain_label",
    "domain_of",
    "is_employer_domain",
    "is_freemail",
    "is_hiring_platform",
    "is_hiring_sender",
    "is_noreply",
    "is_platform_domain",
    "is_service_mailbox",
    "is_team_address",
    "is_under",
    "registrable",
]

#: Applicant tracking systems (and their mail domains): what they send is hiring mail.
ATS_DOMAINS: tuple[str, ...] = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com",
    "myworkdayjobs.com", "ashbyhq.com", "smartrecruiters.com", "smartrecruiters.net",
    "workable.com", "workablemail.com", "icims.com", "jobvite.com", "taleo.net",
    "successfactors.com", "successfactors.eu", "sapsf.com", "sapsf.eu", "bamboohr.com",
    "recruitee.com", "teamtailor.com", "teamtailor-mail.com", "personio.de", "personio.com",
    "jazzhr.com", "applytojob.com", "breezy.hr", "breezyhr.com", "rippling.com", "gem.com",
    "paradox.ai", "hirebridge.com", "recruiterbox.com", "comeet.co", "pinpointhq.com",
    "homerun.co", "manatal.com", "zohorecruit.com", "oraclecloud.com", "brassring.com",
    "kenexa.com", "avature.net", "phenompeople.com", "phenom.com", "eightfold.ai",
    "beamery.com", "fountain.com", "dover.com", "dover.io", "jobdiva.com", "join.com",
    "softgarden.io", "softgarden.de", "dvinci.de", "rexx-systems.com",
    # Welcome to the Jungle runs an ATS (formerly Welcome Kit) besides its job board
    "welcometothejungle.com", "wttj.co",
    # Brazil's most used ATS (it absorbed Kenoby): stages, tests and decisions
    "gupy.io", "gupy.com.br",
    # a French ATS: its no-reply mail carries a company's decisions ("le poste est pourvu")
    "flatchr.io",
)  # fmt: skip
#: Coding tests, assessments and recorded video interviews: hiring mail only.
ASSESSMENT_DOMAINS: tuple[str, ...] = (
    "hackerrank.com", "hackerrankforwork.com", "codility.com", "codesignal.com",
    "testgorilla.com", "hirevue.com", "coderbyte.com", "coderpad.io", "devskiller.com",
    "karat.io", "karat.com", "hackerearth.com", "testdome.com", "mettl.com", "shl.com",
    "pymetrics.com", "pymetrics.ai", "criteriacorp.com", "interviewing.io", "modernhire.com",
    "imocha.io", "vervoe.com", "qualified.io", "wonderlic.com", "harver.com",
)  # fmt: skip
#: Interview scheduling and booking tools.
SCHEDULING_DOMAINS: tuple[str, ...] = (
    "goodtime.io", "modernloop.io", "prelude.co", "calendly.com", "cal.com", "doodle.com",
)  # fmt: skip
#: Background checks before an offer: hiring mail only.
SCREENING_DOMAINS: tuple[str, ...] = ("checkr.com", "sterlingcheck.com", "hireright.com")
#: Job boards and career networks: job mail, but also alerts, marketing and social mail.
JOB_BOARD_DOMAINS: tuple[str, ...] = (
    "linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "stepstone.de",
    "xing.com", "infojobs.net", "ziprecruiter.com", "monster.com", "wellfound.com",
    "angel.co", "otta.com", "hired.com", "dice.com", "joinhandshake.com",
)  # fmt: skip
#: Services that send for anyone: calendars and video calls, bulk-mail and CRM senders,
#: e-signature. Never a company or a contact; their mail says nothing about hiring.
SERVICE_DOMAINS: tuple[str, ...] = (
    "google.com", "googlemail.com", "microsoft.com", "office365.com", "outlook.com",
    "zoom.us", "sendgrid.net", "mailgun.org", "amazonses.com", "mandrillapp.com",
    "sparkpostmail.com", "mailchimp.com", "mcsv.net", "hubspot.com", "hubspotemail.net",
    "salesforce.com", "zoho.com", "oracle.com", "docusign.net", "docusign.com",
)  # fmt: skip
#: Notification platforms: never a contact or a company, and not hiring senders either.
NOTIFICATION_DOMAINS: tuple[str, ...] = (
    "github.com", "gitlab.com", "atlassian.net", "atlassian.com", "slack.com", "notion.so",
    "meetup.com", "eventbrite.com", "substack.com", "medium.com",
)  # fmt: skip
#: Hiring platforms whose mail is not in itself about a hiring process (job alerts,
#: social notifications, anyone's bookings): the sender alone is no evidence of one.
GENERAL_PURPOSE_DOMAINS: tuple[str, ...] = (
    "linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com",
    "calendly.com", "cal.com", "doodle.com",
)  # fmt: skip
#: Public mail providers: anyone writes from them, so the domain says nothing.
FREEMAIL_DOMAINS: frozenset[str] = frozenset(
    (
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "ymail.com", "hotmail.com",
        "hotmail.de", "hotmail.fr", "outlook.com", "outlook.de", "live.com", "msn.com",
        "icloud.com", "me.com", "mac.com", "aol.com", "gmx.de", "gmx.net", "gmx.com", "web.de",
        "t-online.de", "proton.me", "protonmail.com", "pm.me", "fastmail.com", "mail.com",
        "yandex.com", "orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "libero.it",
        "qq.com", "163.com", "zoho.com", "hey.com",
    )
)  # fmt: skip

#: The platforms that send mail on employers' behalf.
_HIRING_PLATFORMS = (
    ATS_DOMAINS + ASSESSMENT_DOMAINS + SCHEDULING_DOMAINS + SCREENING_DOMAINS + JOB_BOARD_DOMAINS
)
_PLATFORMS = _HIRING_PLATFORMS + SERVICE_DOMAINS + NOTIFICATION_DOMAINS
#: Senders searched in every tab of a mailbox (Gmail's first scan): platforms whose mail
#: is about hiring. Job boards are left out (their confirmations are found by phrase;
#: their alerts and social mail would flood the scan).
SEARCHED_SENDER_DOMAINS: tuple[str, ...] = (
    ATS_DOMAINS + ASSESSMENT_DOMAINS + SCHEDULING_DOMAINS + SCREENING_DOMAINS
)

#: How a hiring or HR team names itself after its company's name ("Acme Recruiting",
#: "Acme Talent Acquisition", "Initech Recursos Humanos"), lower case: single words, and
#: pairs whose words alone may end a company's name ("Natural Resources", "Summit Partners").
TEAM_NAMES: tuple[str, ...] = (
    "team", "teams", "recruiting", "recruitment", "recruiter", "recruiters", "talent",
    "talent acquisition", "talent partner", "talent partners", "careers", "career", "jobs",
    "hiring", "hr", "people", "people ops", "people operations", "human resources",
    "application", "applications", "personal", "personalabteilung", "bewerbermanagement",
    "bewerbungen", "karriere", "recursos humanos", "rrhh", "empleo", "talento", "rh",
    "ressources humaines", "emploi", "recrutement", "recrutamento", "risorse umane",
    "selezione", "werving", "selectie",
)  # fmt: skip
#: Words of mailboxes nobody reads as a person: machines and their notices. Like a team's
#: name they end a display name without being part of the company's ("Acme Notifications").
NO_REPLY_WORDS: tuple[str, ...] = (
    "notifications", "notification", "noreply", "no-reply", "no reply", "donotreply",
)  # fmt: skip
#: Hiring platforms' names as they stand in a display name ("Acme via Greenhouse",
#: "Acme Workday"): a platform, never the company, never a person.
PLATFORM_NAMES: tuple[str, ...] = (
    "greenhouse", "lever", "workday", "workable", "ashby", "smartrecruiters",
)  # fmt: skip
#: Words of service and role mailboxes ("Service Team", "IT Support", "Calendar"): no
#: person, but often a company's own last word ("Acme Services"), so never cut off one.
SERVICE_WORDS: tuple[str, ...] = (
    "reply", "support", "info", "admin", "calendar", "via", "system", "office", "service",
    "services", "department", "desk",
)  # fmt: skip
#: Words that make a display name a team, a department or a machine rather than a person
#: ("Acme Recruiting", "Talent Team", "Personalabteilung", "Workday Notifications"),
#: lower case, one word each: every word of the lists above. A company is never made of
#: them alone ("Talent"). The one list of team words: display names, signatures, team
#: addresses and company names read it.
TEAM_WORDS: frozenset[str] = frozenset(
    w for name in TEAM_NAMES + NO_REPLY_WORDS + PLATFORM_NAMES + SERVICE_WORDS
    for w in name.split() if w != "no"
)  # fmt: skip

# Local parts of addresses nobody reads: no-reply, notification, bounce and robot boxes.
_NOREPLY_LOCAL = re.compile(
    r"(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|mailer[-_.]?daemon|postmaster"
    r"|bounces?(?:[-+_.].*)?|notifications?|notify|alerts?|news(?:letter)?s?|updates?"
    r"|auto[-_.]?(?:confirm|reply|mailer)|calendar[-_.]notification|invitations?|system"
    r"|automated|robot|.*no-?reply.*|.*do-?not-?reply.*|.*[-_.]no[-_.]reply.*"
    # the same in the other languages: "naoresponda", "no-responder", "ne-pas-repondre",
    # "nicht-antworten", "keine-antwort", "non-rispondere", "niet-beantwoorden"
    r"|.*(?:nao[-_.]?responda|no[-_.]?responder|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten"
    r"|keine[-_.]?antwort|non[-_.]?rispondere|niet[-_.]?beantwoorden|geen[-_.]?antwoord).*)",
    re.I,
)


# Local parts of role mailboxes that serve customers, not candidates (billing@, support@,
# info@, newsletters, shops, courses): somebody may read them, but a follow-up about an
# application there is wrong. Hiring mailboxes (careers@, talent@, recruiting@, jobs@,
# bewerbung@, recrutement@) are not among them, nor a person's name that starts like one
# (news.anchor@).
_SERVICE_LOCAL = re.compile(
    r"(?:billing|invoices?|info|information|admissions?|gradadmissions|events?|offers?|deals"
    r"|marketing|news|newsletters?|blog|promo\w*|sales|support|help|service|orders?|accounts?"
    r"|membership|members|community|digest|mailer|auto\w*|reminders?|receipts?|shop|store"
    r"|feedback|survey|surveys|webinars?|education|learning|academy|university)"
    # a qualifier (info-de@, support.team@, events2026@), not a person's name (news.anchor@)
    r"(?:[-_.+]?(?:[a-z]{2,3}|\d+|team|desk|center|centre|notifications?))?",
    re.I,
)


def domain_of(address: str | None) -> str | None:
    """``"Jane <jane@Acme.com>"``'s ``acme.com`` (lower case), or None without an ``@``."""
    if not address or "@" not in address:
        return None
    return address.rsplit("@", 1)[1].strip().strip(">. ").lower() or None


def is_under(domain: str | None, roots: tuple[str, ...] | frozenset[str]) -> bool:
    """``domain`` is one of ``roots`` or a subdomain of one (a set lookup per parent)."""
    if not domain:
        return False
    known = _root_set(roots) if isinstance(roots, tuple) else roots
    if domain in known:
        return True
    return any(domain[i + 1 :] in known for i, c in enumerate(domain) if c == ".")


@functools.cache
def _root_set(roots: tuple[str, ...]) -> frozenset[str]:
    return frozenset(roots)


def is_platform_domain(domain: str | None) -> bool:
    """A platform or service that sends for others: never a company, never a contact."""
    return is_under(domain, _PLATFORMS)


def is_hiring_platform(domain: str | None) -> bool:
    """A platform that sends mail on behalf of employers (ATS, job boards, assessments,
    scheduling, background checks)."""
    return is_under(domain, _HIRING_PLATFORMS)


def is_hiring_sender(domain: str | None) -> bool:
    """A hiring platform whose every mail is about a hiring process (not a job board's
    alerts or a booking tool's notices): the sender alone is evidence of job mail."""
    return is_hiring_platform(domain) and not is_under(domain, GENERAL_PURPOSE_DOMAINS)


def is_freemail(domain: str | None) -> bool:
    """A public mail provider's domain (or a subdomain of one)."""
    return is_under(domain, FREEMAIL_DOMAINS)


def is_employer_domain(domain: str | None) -> bool:
    """A domain that can say who the employer is: neither a platform nor public mail."""
    return bool(domain) and not is_platform_domain(domain) and not is_freemail(domain)


def is_noreply(address: str | None) -> bool:
    """A no-reply, notification, bounce or robot address: nobody reads a reply there."""
    if not address or "@" not in address:
        return False
    return bool(_NOREPLY_LOCAL.fullmatch(address.rsplit("@", 1)[0]))


def is_service_mailbox(address: str | None) -> bool:
    """A customer-service role mailbox (billing@, support@, info@ ...): never a contact."""
    if not address or "@" not in address:
        return False
    return bool(_SERVICE_LOCAL.fullmatch(address.rsplit("@", 1)[0]))


# the words of hiring teams' names, and the stems and squashed forms of their mailboxes'
# local parts ("recruiting-emea@", "bewerbungen@", "humanresources@", "hello@")
_TEAM_NAME_WORDS = frozenset(w for name in TEAM_NAMES for w in name.split())
_TEAM_LOCAL_WORD = re.compile(
    r"(?:recruit|bewerbung|candidat)\w*|jobs?|humanresources|seleccion|hello|contact"
)


def is_team_address(address: str | None) -> bool:
    """A hiring or HR team's shared mailbox (talent@, jobs-emea@, people.ops@, bewerbungen@,
    hello@): a team reads it, never one person. The team's word comes first; a list named
    after its members' work ("market.team@", "enron.operations@") is a group of colleagues.
    The one check of team addresses (whose process, the contact, the people greeted)."""
    if not address or "@" not in address:
        return False
    first = re.split(r"[._+-]", address.rsplit("@", 1)[0].lower(), maxsplit=1)[0]
    return first in _TEAM_NAME_WORDS or bool(_TEAM_LOCAL_WORD.fullmatch(first))


# second-level labels under which a country's companies register (acme.co.uk, acme.com.au)
_SECOND_LEVEL = frozenset({"co", "com", "ac", "org", "net", "gov"})


def registrable(domain: str) -> str:
    """``careers.mail.acme.co.uk`` → ``acme.co.uk``: the part a company owns."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _name_label(domain: str) -> str:
    """The label that carries the name: ``mail.acme.com``, ``careers.acme.co.uk`` → acme."""
    return registrable(domain).split(".")[0]


def domain_label(domain: str | None) -> str | None:
    """``mail.nordlicht-software.de`` → ``nordlichtsoftware`` (the registrable name,
    folded), or None for platforms, public mail and labels too short to be a name."""
    if not is_employer_domain(domain):
        return None
    label = re.sub(r"[^a-z0-9]", "", _name_label(str(domain)))
    return label if len(label) >= 3 else None


# Common last words of company names: a squashed domain label is split before one of them.
_NAME_TAILS = tuple(
    sorted(
        [
            *"""analytics labs lab health healthcare software systems games studios studio robotics
            capital bank logistics energy group partners digital cloud technologies security
            insurance financial finance foods media ventures solutions consulting networks
            network mobility motors pharma therapeutics biosciences bio medical devices data
            dynamics industries interactive semiconductor aerospace automation learning
            payments pay markets marketing design designs hotels travel retail brands apparel
            electric solar realty properties homes legal credit""".split(),  # noqa: SIM905
            "food bank",
            "credit union",
            "real estate",
            "health system",
        ],
        key=len,
        reverse=True,
    )
)
# labels that name a mail host or a placeholder, not a company
_NOT_A_NAME = frozenset({"mail", "email", "careers", "jobs", "hr", "talent", "example"})


def company_from_domain(domain: str | None) -> str | None:
    """``acme-robotics.com`` and ``acmerobotics.com`` → ``Acme Robotics``: a readable guess
    of the company a domain belongs to (a fallback), None for platforms and public mail."""
    if not domain or not is_employer_domain(domain):
        return None
    label = _name_label(domain)
    if label in _NOT_A_NAME:
        return None
    words = [w for w in re.split(r"[-_]+", label) if w]
    if len(words) == 1:
        for tail in _NAME_TAILS:
            squashed = tail.replace(" ", "")
            if label.endswith(squashed) and len(label) - len(squashed) >= 3:
                words = [label[: -len(squashed)], *tail.split()]
                break
    return " ".join(w[:1].upper() + w[1:] for w in words) or None
