"""Who wrote, for which company and role, and where a reply should go.

Company and role come from ATS subject templates ("Your application to Acme",
"Interview: Senior Engineer at Acme"), display names ("Acme Recruiting
<no-reply@greenhouse.io>"), body phrases ("the Data Engineer position at Acme"),
signatures, and as a last resort the sender's own domain (never an ATS or free-mail one).
``contact_email`` follows DESIGN.md: Reply-To, else the sender, else a recruiter or team
address named in the message; never a no-reply or platform address.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterator

logger = logging.getLogger(__name__)

# Applicant tracking, scheduling, assessment and job-board domains: never a company, never
# a contact (unless the message asks for replies there).
PLATFORM_DOMAINS = (
    "greenhouse.io", "greenhouse-mail.io", "lever.co", "myworkday.com", "workday.com",
    "myworkdayjobs.com", "ashbyhq.com", "smartrecruiters.com", "workable.com", "workablemail.com",
    "icims.com", "jobvite.com", "taleo.net", "successfactors.com", "successfactors.eu",
    "sapsf.com", "sapsf.eu", "bamboohr.com", "recruitee.com", "teamtailor.com", "teamtailor-mail.com",
    "personio.de", "personio.com", "jazzhr.com", "applytojob.com", "breezy.hr", "breezyhr.com",
    "jobs.lever.co", "hire.lever.co", "rippling.com", "gem.com", "paradox.ai", "hirebridge.com",
    "linkedin.com", "indeed.com", "indeedemail.com", "glassdoor.com", "stepstone.de", "xing.com",
    "welcometothejungle.com", "wttj.co", "infojobs.net", "ziprecruiter.com", "monster.com",
    "wellfound.com", "angel.co", "otta.com", "hired.com", "dice.com", "join.com",
    "hackerrank.com", "hackerrankforwork.com", "codility.com", "codesignal.com", "testgorilla.com",
    "hirevue.com", "coderbyte.com", "devskiller.com", "karat.io", "karat.com", "hackerearth.com",
    "testdome.com", "mettl.com", "shl.com", "pymetrics.com", "pymetrics.ai", "criteriacorp.com",
    "calendly.com", "goodtime.io", "cal.com", "doodle.com", "modernloop.io", "prelude.co",
    "zoom.us", "google.com", "googlemail.com", "microsoft.com", "office365.com", "outlook.com",
    "sendgrid.net", "mailgun.org", "amazonses.com", "mandrillapp.com", "sparkpostmail.com",
    "mailchimp.com", "mcsv.net", "hubspot.com", "hubspotemail.net", "salesforce.com",
    "recruiterbox.com", "comeet.co", "pinpointhq.com", "homerun.co", "manatal.com", "zohorecruit.com",
    "zoho.com", "oracle.com", "oraclecloud.com", "brassring.com", "kenexa.com", "avature.net",
    "phenompeople.com", "eightfold.ai", "beamery.com", "fountain.com", "dover.com", "dover.io",
    "checkr.com", "sterlingcheck.com", "hireright.com", "docusign.net", "docusign.com",
    "joinhandshake.com",
)  # fmt: skip
# Notification platforms: never a contact or a company, but not hiring senders either.
NOTIFICATION_DOMAINS = (
    "github.com", "gitlab.com", "atlassian.net", "atlassian.com", "slack.com", "notion.so",
    "meetup.com", "eventbrite.com", "substack.com", "medium.com",
)  # fmt: skip
FREEMAIL_DOMAINS = frozenset(
    [
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.co.uk",
        "ymail.com",
        "hotmail.com",
        "hotmail.de",
        "hotmail.fr",
        "outlook.com",
        "outlook.de",
        "live.com",
        "msn.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "aol.com",
        "gmx.de",
        "gmx.net",
        "gmx.com",
        "web.de",
        "t-online.de",
        "proton.me",
        "protonmail.com",
        "fastmail.com",
        "mail.com",
        "yandex.com",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "wanadoo.fr",
        "libero.it",
        "qq.com",
        "163.com",
        "zoho.com",
        "hey.com",
        "pm.me",
    ]
)
_NOREPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|noreply|donotreply|mailer[-_.]?daemon|"
    r"postmaster|bounce[s]?|notifications?|notify|alerts?|newsletters?|news|updates?|"
    r"info[-_.]?noreply|automated|auto[-_.]?confirm|system|careers[-_.]?noreply|jobs[-_.]?noreply|"
    r"recruiting[-_.]?noreply|talent[-_.]?noreply|hr[-_.]?noreply|.*[-_.]no[-_.]?reply|.*noreply.*|"
    r".*no-reply.*|.*donotreply.*|.*do-not-reply.*)@",
    re.I,
)
_TEAM_LOCAL = re.compile(
    r"^(?:talent|recruit\w*|careers?|jobs?|hiring|hr|people|humanresources|rh|rrhh|personal|"
    r"bewerbung\w*|karriere|empleo|talento|seleccion|recrutement|candidat\w*|team|hello|contact)"
    r"(?:[-_.]\w+)?@",
    re.I,
)


def domain_of(addr: str | None) -> str | None:
    if not addr or "@" not in addr:
        return None
    return addr.rsplit("@", 1)[1].lower().strip(">. ")


def is_platform_domain(domain: str | None) -> bool:
    """An ATS, job board, assessment, scheduling or notification platform's domain."""
    return is_hiring_platform(domain) or _under(domain, NOTIFICATION_DOMAINS)


def is_hiring_platform(domain: str | None) -> bool:
    """A platform that sends mail on behalf of employers (ATS, job boards, assessments)."""
    return _under(domain, PLATFORM_DOMAINS)


def _under(domain: str | None, roots: tuple[str, ...]) -> bool:
    """``domain`` is one of ``roots`` or a subdomain of one (a set lookup per parent)."""
    if not domain:
        return False
    known = _root_set(roots)
    if domain in known:
        return True
    return any(domain[i + 1 :] in known for i, c in enumerate(domain) if c == ".")


@functools.cache
def _root_set(roots: tuple[str, ...]) -> frozenset[str]:
    return frozenset(roots)


def is_noreply(addr: str | None) -> bool:
    return bool(addr) and bool(_NOREPLY.match(addr or ""))


def is_team_address(addr: str) -> bool:
    return bool(_TEAM_LOCAL.match(addr))


_EMAIL_IN_TEXT = re.compile(
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


_NOT_A_PERSON = re.compile(
    r"^(?:billing|invoices?|info|information|admissions?|gradadmissions|events?|offers?|deals|"
    r"marketing|news|newsletters?|blog|promo\w*|sales|support|help|service|orders?|accounts?|"
    r"membership|members|community|digest|mailer|auto\w*|reminders?|receipts?|shop|store|"
    r"feedback|survey|surveys|webinars?|education|learning|academy|university)(?:[-_.+]\w*)?@",
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
        if _NOT_A_PERSON.match(addr) or (bulk and not (hiring and allow_platform)):
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
    named = [m.group(1).lower().rstrip(".") for m in _EMAIL_IN_TEXT.finditer(text)]
    named = [a for a in named if usable(a, allow_platform=False)]
    if not named:
        return None
    if company_domain:
        same = [a for a in named if (domain_of(a) or "").endswith(company_domain)]
        if same:
            named = same
    teams = [a for a in named if is_team_address(a)]
    return (teams or named)[0]


# --------------------------------------------------------------------------- company


_DISPLAY_SUFFIX = re.compile(
    r"(?<!\s)\s*(?:[-|–—,:@]\s*|\b(?:via|at|from|by)\s+)?\b(?:"
    r"recruiting(?:\s+team)?|recruitment(?:\s+team)?|recruiters?|talent(?:\s+(?:acquisition|team|"
    r"partners?))?(?:\s+team)?|careers?(?:\s+team)?|jobs|hiring(?:\s+team)?|hr(?:\s+team)?|"
    r"people(?:\s+(?:team|ops|operations))?|human\s+resources|team|notifications?|no[- ]?reply|"
    r"application(?:s)?|karriere|recrutement|rh|rrhh|empleo|talento|personal|bewerbermanagement"
    r"|greenhouse|lever|workday|workable|ashby|smartrecruiters|via\s+\w+)\s*$",
    re.I,
)
_COMPANY_CLEAN_TAIL = re.compile(
    r"(?:(?<!&)[,.]?\s+(?:inc|llc|llp|ltd|gmbh|ag|sa|s\.a|sas|sl|s\.l|bv|plc|co)\.?)$", re.I
)
# bounded: an unanchored pattern starts at every capital of a 100k-character word, and an
# unbounded tail would rescan the rest of it from each (quadratic); no name is this long
_NAME_TOKEN = r"[A-Z0-9ÄÖÜÉÈÀÁÍÓÚÑ][\w&'’.+-]{0,40}"
_COMPANY = rf"(?P<company>{_NAME_TOKEN}(?:[ ](?:{_NAME_TOKEN}|&|de|of|and|y|et|für|the)){{0,4}})"
_SUBJECT_COMPANY = [
    re.compile(p)
    for p in (
        rf"(?i:your\s+application\s+(?:to|at|with|for\s+.+?\s+at))\s+{_COMPANY}",
        rf"(?i:thank\s+you\s+for\s+(?:applying|your\s+(?:application|interest))\s+(?:to|at|in|with))\s+{_COMPANY}",
        rf"(?i:thanks\s+for\s+applying\s+(?:to|at))\s+{_COMPANY}",
        rf"(?i:(?:was|been)\s+(?:sent|submitted|forwarded)\s+to|viewed\s+by|received\s+by)\s+{_COMPANY}\s*$",
        rf"^{_COMPANY}\s*:\s",
        rf"^{_COMPANY}\s+(?i:has|have|wants|would\s+like|is|invites?|invited|viewed|reviewed|requested|"
        rf"sent|messaged)\s",
        rf"(?i:\bat)\s+{_COMPANY}\s*(?:[-–|!?:(]|$)",
        rf"(?i:\bwith)\s+{_COMPANY}\s*(?:[-–|!?:(]|$)",
        rf"(?i:\bfrom)\s+{_COMPANY}\s*(?:[-–|!?:(]|$)",
        rf"(?i:\b(?:bei|chez|en))\s+{_COMPANY}\s*(?:[-–|!?:(]|$)",
        rf"^{_COMPANY}\s*(?:[|:–—-]\s*|\s+)(?i:application|interview|update|offer|next\s+steps|"
        rf"assessment|coding|your\s+application|bewerbung|candidature|candidatura)",
        rf"(?i:\byour)\s+{_COMPANY}\s+(?i:application|interview|offer|assessment|test|challenge|onsite)",
        rf"^{_COMPANY}\s*[|–—-]\s",
        rf"[|–—-]\s*{_COMPANY}\s+(?i:with)\s",
        rf"[|–—-]\s*{_COMPANY}\s*$",
        rf"^(?i:interview|call|meeting|booking)?\s*(?i:confirmed|scheduled|booked|invitation)\s*:\s*"
        rf"{_COMPANY}\s*[|–—-]\s",
    )
]
_BODY_COMPANY = [
    re.compile(p)
    for p in (
        rf"(?i:(?:position|role|job|opening|vacancy|opportunity)(?:\s+of\s+[^.\n]{{2,60}}?)?\s+(?:at|with))\s+{_COMPANY}",
        rf"(?i:(?:applying|applied|application|apply)\s+(?:to|at|with))\s+{_COMPANY}",
        rf"(?i:interest\s+in\s+(?:joining|working\s+(?:at|for|with))?)\s*{_COMPANY}",
        rf"(?i:(?:team|here)\s+at)\s+{_COMPANY}",
        rf"(?i:\bjoin(?:ing)?)\s+{_COMPANY}",
        rf"(?i:the)\s+{_COMPANY}\s+(?i:recruiting|talent|hiring|people|careers|recruitment)\s+team",
        rf"(?i:on\s+behalf\s+of)\s+{_COMPANY}",
        rf"(?i:\bbei\s+(?:der\s+|die\s+)?)\s*{_COMPANY}",
        rf"(?i:\bchez)\s+{_COMPANY}",
        rf"(?i:\ben)\s+{_COMPANY}(?=[ .,!])",
        rf"(?i:(?:were|was|been)\s+(?:sent|submitted|forwarded)\s+to)\s+{_COMPANY}",
        rf"(?:[A-Z][\w'-]{{1,40}}\s+){{1,3}}(?i:from|at)\s+{_COMPANY}\s+(?i:wrote|sent\s+you|messaged\s+you)\b",
        rf"{_COMPANY}\s+(?i:viewed|reviewed|downloaded)\s+your\s+(?i:application|resume|cv|profile)",
        rf"{_COMPANY}\s+(?i:would\s+like\s+to\s+(?:meet|speak\s+with|interview|invite|offer|move)|"
        rf"(?:have|has|had)\s+(?:come|came)\s+back|want(?:s)?\s+to\s+(?:meet|interview|hire))\b",
    )
]
# a recruiting agency's own name is not the employer: only the client it names counts
_AGENCY_LABEL = re.compile(
    r"talent|recruit|staffing|resourcing|search|headhunt|personnel|placement"
)
_NOT_COMPANY = re.compile(
    r"^(?:the|a|an|our|your|this|that|us|you|we|it|all|any|home|work|least|once|first|last|time|"
    r"hello|hi|dear|thanks|thank|re|fwd|fw|aw|wg|tr|rv|interview|application|update|next|"
    r"position|role|job|team|company|linkedin|indeed|glassdoor|greenhouse|lever|workday|"
    r"workable|ashby|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|"
    r"unserem|unserer|ihnen|uns|nuestro|nuestra|notre|nous|vous|la|le|el|los|las|les|der|die|das|"
    r"mind|touch|person|the moment|this time|this stage|present|recruiting|careers|hiring|talent|"
    r"people|hr|no-reply|noreply|jobs|[0-9]+|[A-Z]|scale|heart|front|end|start|place|least|"
    r"ihre|ihrer|ihr|ihren|sie|tu|su|sus|tus|votre|vos|regarding|receipt|receipt of|reminder|"
    r"action requested|confirmed|invitation|thank you|congratulations|welcome|important|urgent|"
    r"eingangsbestätigung|eingangsbestätigung ihrer|absage|zusage|einladung|candidatura|"
    r"confirmación|confirmation|rappel|recordatorio|erinnerung|alex|alex rivera|updated|updated invitation|"
    r"new event|event|reminder|canceled|cancelled|rescheduled|booked|scheduled|action required|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"aggiornamento|atualização|retorno|recebemos|obrigado|obrigada|grazie|sua|seu|tua|la sua|"
    r"vaga|posizione|processo seletivo|selezione)$",
    re.I,
)
_TRAILING_JUNK = re.compile(
    r"(?:\s+(?:and|for|to|as|in|on|the|is|was|has|team|we|our|you|your|y|et|und|pour|para|we're|"
    r"recruiting|talent|careers|hiring|people|for|about|—|-|–))+$",
    re.I,
)


def clean_company(raw: str | None) -> str | None:
    if not raw:
        return None
    s = raw.strip().strip("\"'“”‘’.,:;!?()[]")
    s = _DISPLAY_SUFFIX.sub("", s).strip()
    s = _TRAILING_JUNK.sub("", s).strip()
    s = re.sub(r"'s$|’s$", "", s).strip()
    s = _COMPANY_CLEAN_TAIL.sub("", s).strip().rstrip(",.")
    if not s or len(s) > 60 or _NOT_COMPANY.match(s) or "@" in s:
        return None
    if not re.search(r"[A-Za-zÀ-ÿ]", s):
        return None
    return s


def company_from_display(name: str | None, *, human: bool) -> str | None:
    """ "Acme Recruiting" → Acme; "Jane at Acme" / "Jane Smith (Acme)" → Acme; "Jane Smith" → None."""
    if not name:
        return None
    m = re.search(r"\((?P<c>[^)]+)\)\s*$", name) or re.search(
        r"\b(?:at|@|from|via|bei|de|chez)\s+(?P<c>[^,|]+)$", name, re.I
    )
    if m:
        c = clean_company(m.group("c"))
        if c and not re.fullmatch(
            r"(?i)greenhouse|lever|workday|workable|ashby|smartrecruiters|linkedin", c
        ):
            return c
    m2 = re.match(r"(?P<c>.+?)\s*[|–—-]\s*(?P<rest>.+)$", name)
    if m2 and human:
        return clean_company(m2.group("rest"))
    if human:
        return None
    stripped = _DISPLAY_SUFFIX.sub("", name).strip()
    if stripped != name.strip():
        return clean_company(stripped)
    return None


_PRONOUN_START = re.compile(
    r"^(?:your|our|my|the|ihre?[rnms]?|unsere?[rnms]?|tu|tus|su|sus|nuestra?s?|votre|vos|notre|nos|"
    r"re|fwd?|aw|wg)\b",
    re.I,
)
_WEAK_SUBJECT_PATTERNS = 5  # the last patterns (company at the start / after a dash) need support


def company_from_subject(subject: str, support: str = "") -> str | None:
    """A company named in the subject. Candidates from the weaker positional patterns must
    also appear in ``support`` (display name, body, signature) to count."""
    subj = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", subject.strip(), flags=re.I)
    weak_from = len(_SUBJECT_COMPANY) - _WEAK_SUBJECT_PATTERNS
    for n, rx in enumerate(_SUBJECT_COMPANY):
        m = rx.search(subj)
        if m:
            raw = m.group("company")
            if _PRONOUN_START.match(raw):
                continue
            if (n >= weak_from or rx.pattern.startswith("^")) and raw.split()[0] not in support:
                continue
            c = clean_company(raw)
            if c:
                return c
    return None


def company_from_text(text: str) -> str | None:
    head = text[:3000]
    for rx in _BODY_COMPANY:
        for m in rx.finditer(head):
            c = clean_company(m.group("company"))
            if c:
                return c
    return None


def company_from_signature(signature: str) -> str | None:
    for line in signature.split("\n")[1:8]:
        m = re.match(
            r"^\s*(?:[A-Z][\w .&/-]{2,60}?)\s*(?:[,|@–—-]|\bat\b)\s*(?P<c>[A-Z][\w&' .-]{1,40})\s*$",
            line,
        )
        if m and re.search(
            r"(?i)recruit|talent|hr|people|engineer|manager|lead|director|partner|sourcer|head|founder|cto|ceo",
            line,
        ):
            c = clean_company(m.group("c"))
            if c:
                return c
    return None


def company_from_domain(domain: str | None) -> str | None:
    if not domain or domain in FREEMAIL_DOMAINS or is_platform_domain(domain):
        return None
    parts = domain.split(".")
    # mail.acme.com, careers.acme.co.uk → acme
    if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2:
        label = parts[-3]
    else:
        label = parts[-2] if len(parts) >= 2 else parts[0]
    if label in ("mail", "email", "careers", "jobs", "hr", "talent", "example"):
        return None
    words = [w for w in re.split(r"[-_]+", label) if w]
    if len(words) == 1:
        for tail in _NAME_TAILS:
            squashed = tail.replace(" ", "")
            if label.endswith(squashed) and len(label) - len(squashed) >= 3:
                words = [label[: -len(squashed)], *tail.split()]
                break
    return " ".join(w[:1].upper() + w[1:] for w in words)


# common last words of company names: a squashed domain label is split before one of them
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


# --------------------------------------------------------------------------- role

_ROLE = r"(?P<role>[A-Z][\w/&+#.,()' -]{2,70}?)"
_ROLE_PATTERNS = [
    re.compile(p)
    for p in (
        rf"(?i:interview(?:\s+invitation)?\s*[:\-–—|]\s*){_ROLE}\s+(?i:at|with|@|-|–|—|\|)\s",
        rf"(?i:application\s+(?:for|to)\s+(?:the\s+)?){_ROLE}\s+(?i:(?:position|role|job|opening)\s+)?(?i:at|with|@)\s",
        rf"(?i:(?:the|our|your)\s+){_ROLE}\s+(?i:position|role|opening|vacancy|job)\b",
        rf"(?i:(?:position|role)\s+(?:of|as)\s+){_ROLE}(?=\s+(?i:at|with|in|here|and|for)\b|[.,;!\n]|$)",
        rf"(?i:for\s+(?:the\s+)?){_ROLE}\s+(?i:position|role)\b",
        rf"(?i:(?:applying|applied)\s+(?:for|to)\s+(?:the\s+)?){_ROLE}(?=\s+(?i:at|with|position|role)\b|[.,;!\n])",
        rf"(?i:stelle\s+als|position\s+als|bewerbung\s+als)\s+{_ROLE}(?=\s+(?i:bei|in|und|für)\b|[.,;!\n]|$)",
        rf"(?i:puesto\s+de|posición\s+de|vacante\s+de)\s+{_ROLE}(?=\s+(?i:en|con|y|para)\b|[.,;!\n]|$)",
        rf"(?i:poste\s+de|poste\s+d'|offre\s+de)\s*{_ROLE}(?=\s+(?i:chez|au\s+sein|à|et|pour)\b|[.,;!\n]|$)",
        rf"^{_ROLE}\s*(?:[-–—|:]\s*)(?i:application|interview|offer|update|candidature|bewerbung)",
        rf"(?i:application\s+received\s*[:\-–—|]\s*){_ROLE}\s*$",
        rf"^(?i:your\s+){_ROLE}\s+(?i:application|interview|candidacy)\b",
        rf"(?i:(?:application|candidatura|bewerbung|candidature)(?:\s+(?:received|update|status))?\s*"
        rf"[:\-–—|]\s*){_ROLE}\s*$",
        rf"(?i:vaga\s+de|cargo\s+de|posição\s+de|posizione\s+di|ruolo\s+di)\s+{_ROLE}"
        rf"(?=\s+(?i:na|no|em|da|do|presso|in|per|e|con)\b|[.,;!\n]|$)",
    )
]
# looser contexts: the phrase must also look like a job title
_TITLED_ROLE_PATTERNS = [
    re.compile(
        rf"(?i:\b(?:assessment|challenge|test|process|interview|application|message|candidacy)\s+"
        rf"(?:for|about)\s+(?:the\s+)?){_ROLE}(?=\s*[.!,;:\n(]|\s+(?i:at|with|role|position)\b|$)"
    ),
]
_NOT_ROLE = re.compile(
    r"^(?:the|a|an|this|that|your|our|next|following|same|new|open|other|current|application|"
    r"interview|position|role|job|team|company|candidate|update|status|offer)$|"
    r"\b(?:thank|thanks|applying|application|received|interview|unfortunately|we|you|your|our)\b",
    re.I,
)


def clean_role(raw: str | None) -> str | None:
    if not raw:
        return None
    s = raw.strip().strip("\"'“”‘’.,:;!?").strip()
    s = re.sub(
        r"\s*\((?:[A-Z]*-?\d[\w-]*|req[^)]*|job\s+id[^)]*|ref[^)]*)\)\s*$", "", s, flags=re.I
    )
    s = re.sub(
        r"\s*[-–—|]\s*(?:remote|hybrid|onsite|[A-Z][a-z]+,\s*[A-Z]{2})\s*$", "", s, flags=re.I
    )
    s = re.sub(r"\s*(?:#|job\s*id:?|req\s*id:?|ref:?)\s*[\w-]*\d[\w-]*\s*$", "", s, flags=re.I)
    s = re.sub(r"^.*\bfor\s+the\s+(?=[A-Z])", "", s)  # "Technical Deep Dive for the X"
    s = re.sub(
        r"^(?:\S*(?:gespräch|interview|entretien|entrevista|einladung|invitation)\S*\s+)+",
        "",
        s,
        flags=re.I,
    )
    s = re.sub(
        r"\s*\((?:remote|hybrid|onsite|on-site|posting|job|req|ref)\b[^)]*\)", "", s, flags=re.I
    )
    if s.isupper() and len(s) > 4:
        s = " ".join(w if len(w) <= 3 and w not in ("DATA",) else w.capitalize() for w in s.split())
    s = re.sub(r"(\))\s+[a-zà-ÿ].*$", r"\1", s)  # "X (m/w/d) machen zu können"
    s = re.sub(
        r"\s+(?:en|in|im|à|a)\s+(?:CDI|CDD|remote|Remoto|Teilzeit|Vollzeit)\b.*$", "", s, flags=re.I
    )
    s = s.strip(" -–—|,.")
    if len(s) < 2 or len(s) > 80 or _NOT_ROLE.search(s):
        return None
    if not re.search(r"[A-Za-zÀ-ÿ]", s):
        return None
    return s


_TITLE_NOUN = (
    r"(?:engineer|developer|designer|analyst|scientist|programmer|administrator|architect|"
    r"advocate|consultant|specialist|manager|lead|director|coordinator|intern|researcher|"
    r"technician|writer|editor|accountant|officer|associate|assistant|strategist|artist|actuary|"
    r"cientista|sviluppatore|ricercatore|desenvolvedor(?:a)?|analyste|"
    r"entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|chef\s+de\s+projet|consultant(?:e)?|"
    r"(?:desarrollador(?:a)?|ingenier[oa]|engenheir[oa](?:\(a\))?|analista|científic[oa]|cientista|"
    r"développeu(?:r|se)|ingénieur)"
    r"(?-i:\s+(?:de\s+|d')?[A-Z][\w-]*(?=[\s.,;:!)]|$))?)"
)
_TITLE = re.compile(
    # bounded word lengths: a 100k-character word must not be re-scanned from each position
    rf"(?<![\w-])(?P<title>(?:[A-ZÀ-Þ][\w+#./&-]{{0,40}}\s+){{0,4}}[\w-]{{0,40}}(?i:{_TITLE_NOUN})"
    r"(?:\s*\((?:m/w/d|w/m/d|m/f/d|h/f|f/h|[A-Za-z./ ]{1,12})\))?"
    r"(?:,\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2}(?=\s*(?:$|[.;:!)\n]|(?:at|with|role|position|opening|"
    r"process|team|interview|application|offer|loop)\b)))?"
    r"(?:\s+(?:Java|Python|Go|Rust|iOS|Android|Frontend|Backend)\b)?)",
)
_TITLE_CONTEXT = re.compile(
    r"\b(?:role|position|opening|job|vacancy|req|requisition|as\s+an?|for\s+the|for\s+our|"
    r"application|interview|candidacy|stelle|position|als|puesto|de|poste|offer)\b",
    re.I,
)


def _title_in(text: str, *, need_context: bool) -> str | None:
    for m in _TITLE.finditer(text):
        title = m.group("title")
        if not title.split()[0][:1].isupper():
            continue
        window = text[max(0, m.start() - 40) : m.end() + 30]
        if need_context and not _TITLE_CONTEXT.search(window):
            continue
        r = clean_role(title)
        if r and not re.search(r"(?i)\b(?:recruit|talent|hiring\s+manager|head\s+of|people)\b", r):
            return r
    return None


def role_from(subject: str, text: str, company: str | None = None) -> str | None:
    """The role applied for: ATS subject templates, "the X position", then a job title."""
    for role in _roles_in(subject, text):
        if company and role.lower().startswith(company.lower() + " "):
            role = role[len(company) + 1 :].strip()
        if role and not (company and role.lower() == company.lower()):
            return role  # "applying to Acme!" names the company, not the role: try the next
    return None


def _role_from(subject: str, text: str) -> str | None:
    return next(_roles_in(subject, text), None)


def _roles_in(subject: str, text: str) -> Iterator[str]:
    subj = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", subject.strip(), flags=re.I)
    head = text[:3000]
    for source in (subj, head):
        for rx in _ROLE_PATTERNS:
            for m in rx.finditer(source):
                r = clean_role(m.group("role"))
                if (r and _TITLE.search(r)) or (r and source is head):
                    yield r
    for source in (subj, head):
        for rx in _TITLED_ROLE_PATTERNS:
            for m in rx.finditer(source):
                r = clean_role(m.group("role"))
                if r and _TITLE.fullmatch(r):
                    yield r
    for source, need in ((subj, False), (head, True)):
        t = _title_in(source, need_context=need)
        if t:
            yield t


# --------------------------------------------------------------------------- names


_GENERIC_NAME = re.compile(
    r"(?i)\b(?:team|recruiting|recruitment|talent|careers?|jobs|hiring|hr|people|no-?reply|"
    r"notifications?|support|info|admin|the|via|department|group|acquisition|human|resources|"
    r"bewerbermanagement|rrhh|recrutement|service)\b"
)


def first_name(display: str | None) -> str | None:
    """ "Jane Smith" → Jane, "Smith, Jane" → Jane; team/robot names → None."""
    if not display:
        return None
    name = display.strip().strip("\"'")
    if "@" in name or _GENERIC_NAME.search(name):
        return None
    name = re.split(r"\s+(?:at|from|via|@|\||-|–|\()\s*", name)[0].strip()
    if "," in name:
        last, _, first = name.partition(",")
        name = first.strip() or last.strip()
    parts = [p for p in re.split(r"\s+", name) if p]
    if not parts:
        return None
    first = parts[0].strip(".,")
    if not re.fullmatch(r"[A-ZÀ-Þ][a-zà-ÿ'’-]+", first) or len(first) < 2:
        return None
    if first.lower() in ("dr", "mr", "mrs", "ms", "herr", "frau", "sr", "sra", "mme", "m"):
        return parts[1].strip(".,") if len(parts) > 2 else None
    return first


def name_from_signature(signature: str) -> str | None:
    """The line after a sign-off ("Best,\\nJane Smith\\nRecruiter") → "Jane Smith"."""
    lines = [x.strip() for x in signature.split("\n") if x.strip()]
    if len(lines) < 2:
        return None
    cand = lines[1]
    if re.fullmatch(
        r"[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}", cand
    ) and not _GENERIC_NAME.search(cand):
        return cand
    return None


def is_person(display: str | None, addr: str | None) -> bool:
    """A human sender: the address is built from the display name ("Jane Smith" <jsmith@...>).

    Brands and service mailboxes ("Parcel Pantry" <ship-confirm@...>) are not.
    """
    if not display or not addr or first_name(display) is None:
        return False
    local = re.sub(r"[^a-z]", "", addr.split("@", 1)[0].lower())
    import unicodedata

    def fold(w: str) -> str:
        w = unicodedata.normalize("NFKD", w.lower())
        return "".join(c for c in w if c.isalpha() and c.isascii())

    names = [fold(w) for w in re.split(r"[\s,]+", display) if fold(w)]
    if not names or len(names) > 4:
        return False
    if any(len(n) >= 3 and n in local for n in names):
        return True
    return len(names) >= 2 and local.startswith(names[0][0]) and names[-1][:4] in local


# --------------------------------------------------------------------------- company (resolver)

_LEGAL_SUFFIX = re.compile(
    r"(?:(?<!&)[,\s]+(?:inc|llc|llp|ltd|limited|gmbh|ag|sa|s\.a|sas|sarl|sl|s\.l|bv|b\.v|nv|plc|"
    r"pty|oy|ab|srl|spa|kg|ug|co)\.?)+$",
    re.I,
)
_ROLEISH = re.compile(
    r"\b(?:engineer\w*|developer|designer|analyst|scientist|manager|director|lead|intern|"
    r"architect|consultant|specialist|administrator|recruiter|coordinator|associate|officer|"
    r"programmer|entwickler\w*|desarrollador\w*|ingénieur|développeu\w+|analista|position|role|"
    r"científic[oa]|ingenier[oa]|ingenieur\w*|berater\w*|consultor\w*|chef|responsable|"
    r"praktik\w*|werkstudent\w*|stagiaire|becari[oa]|analyste|researcher|artist|writer|editor|accountant|"
    r"technician|actuary|cientista|engenheir[oa]s?|desenvolvedor\w*|sviluppat\w+|ricercat\w+|"
    r"pleno|sênior|júnior|"
    r"application|interview|candidate|update|offer|team|status)\b",
    re.I,
)
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'’.-]*|&")
_GENERIC_LABEL_TAIL = (
    "tech", "technologies", "hq", "inc", "group", "labs", "app", "apps", "io", "jobs", "careers",
    "hr", "mail", "team", "global", "corp", "co", "online", "digital", "software", "systems",
    "data", "ai", "cap", "capital", "uk", "us", "de", "fr", "es", "cu", "ins", "health",
)  # fmt: skip


def _fold(word: str) -> str:
    import unicodedata

    if word == "&":
        return "and"
    w = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in w if c.isascii() and c.isalnum())


def domain_label(domain: str | None) -> str | None:
    """ "mail.nordlicht-software.de" → "nordlichtsoftware" (the registrable name, folded)."""
    if not domain or domain in FREEMAIL_DOMAINS or is_platform_domain(domain):
        return None
    parts = domain.lower().split(".")
    if len(parts) >= 3 and len(parts[-2]) <= 3 and len(parts[-1]) == 2:
        label = parts[-3]  # acme.co.uk, andinas.com.co
    else:
        label = parts[-2] if len(parts) >= 2 else parts[0]
    label = re.sub(r"[^a-z0-9]", "", label)
    return label if len(label) >= 3 else None


def name_matching_label(label: str, texts: list[str]) -> str | None:
    """The written form of a domain's name in ``texts``: "bramblegames" → "Bramble Games".

    Words are consumed while their letters spell the label (an initial may stand for a
    word: "pelicanbaycu" ← "Pelican Bay Credit Union"); a generic tail of the label
    ("-tech", "hq", "cap") may stay unmatched.
    """
    best: tuple[int, str] | None = None
    for text in texts:
        words = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text[:5000])]
        for i, (w0, _s0, _e0) in enumerate(words):
            f0 = _fold(w0)
            if not f0 or not label.startswith(f0[: max(1, min(len(f0), 3))]):
                continue
            pos = 0
            j = i
            while j < len(words) and pos < len(label):
                f = _fold(words[j][0])
                if f and label.startswith(f, pos):
                    pos += len(f)
                elif label[pos:] in _GENERIC_LABEL_TAIL and j > i:
                    break
                elif f and j > i and label[pos] == f[0] and words[j][0][:1].isupper():
                    pos += 1  # an initial: "cu" for "Credit Union"
                elif f in ("and", "the", "of", "de") and j > i:
                    pass
                else:
                    break
                j += 1
            rest = label[pos:]
            if j == i or (rest and rest not in _GENERIC_LABEL_TAIL and pos < len(label)):
                continue
            if pos < 3:
                continue
            span = text[words[i][1] : words[j - 1][2]]
            span = span.strip(" .,;:-&")
            if not span:
                continue
            written = any(c.isupper() for c in span)
            if not written:
                # a handle or URL part ("gullwing-robotics"): its separators were spaces
                span = " ".join(
                    w if w == "&" else w[:1].upper() + w[1:]
                    for w in re.split(r"[\s_.-]+", span)
                    if w
                )
            score = pos * 10 + (j - i) + (5 if written else 0)
            if best is None or score > best[0]:
                best = (score, span)
    return best[1] if best else None


def _clean(candidate: str | None) -> str | None:
    if not candidate:
        return None
    c = re.split(r"(?<=[a-zà-ÿ])\.\s", candidate)[0]  # "Atelier Numérique. Rémunération"
    c = clean_company(c)
    if not c:
        return None
    c = _LEGAL_SUFFIX.sub("", c).strip(" ,.")
    if not c or _ROLEISH.search(c):
        return None
    return c


def resolve_company(
    *,
    subject: str,
    from_name: str | None,
    from_email: str | None,
    human_sender: bool,
    body: str,
    signature: str,
    allow_domain: bool,
    quoted: str = "",
) -> str | None:
    """The hiring company, from the best source available (see module docstring)."""
    domain = domain_of(from_email)
    platform = is_platform_domain(domain)
    label = domain_label(domain)
    subj = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", subject.strip(), flags=re.I)
    texts = [signature, from_name or "", subj, body]

    support = " ".join([from_name or "", body[:4000], signature[:2000], quoted[:2000]])
    from_subject = _clean(company_from_subject(subject, support))
    if from_subject and _fold(from_subject) == _fold(_role_from(subject, body) or ""):
        from_subject = None  # "Votre candidature - Analyste Data": that is the role
    if from_subject and re.search(
        rf"\b{re.escape(from_subject)}\s+(?:from|at|@)\s+[A-Z]", body[:3000]
    ):
        from_subject = None  # "New message from Sam Lee" / "Sam Lee from Acme": a person
    if from_subject:
        return from_subject
    if label and not platform and _AGENCY_LABEL.search(label):
        client = _clean(company_from_text(body))
        if client and not _fold(client).startswith(label[:5]):
            return client
        return None
    if platform and from_name and not human_sender:
        own = _fold(from_name)
        plat = domain_label((domain or "").split(".", 1)[-1]) or ""
        dl = re.sub(r"[^a-z]", "", (domain or "").split(".")[-2] if domain else "")
        if own and not own.startswith(dl[:5]) and not (plat and own.startswith(plat[:5])):
            parts = [p.strip() for p in re.split(r"\s+[-|–—]\s+|\s+via\s+", from_name) if p.strip()]
            parts = [
                p for p in parts if first_name(p) is None or len(p.split()) > 2 or len(parts) == 1
            ]
            for part in parts:
                if dl and _fold(part).startswith(dl[:5]):
                    continue  # the platform's own name ("GoodTime")
                c = _clean(_DISPLAY_SUFFIX.sub("", part).strip()) or _clean(part)
                if c:
                    return c
    if label and from_name and not human_sender:
        display = _clean(_DISPLAY_SUFFIX.sub("", from_name).strip())
        if display and _fold(display).startswith(label[: max(4, len(label) // 2)]):
            return display
    if label:
        # the sender's own name is no company ("Rachael Tyrell" <rachael@tyrell.com>)
        person = is_person(from_name, from_email)
        spelled = name_matching_label(label, texts[:1] + texts[2:] if person else texts)
        if spelled:
            c = _clean(spelled) or spelled
            # a longer written form in the text wins: "Tyrell" → "Tyrell Corporation"
            longer = _clean(company_from_text(body))
            if longer and len(longer) > len(c) and _fold(longer).startswith(_fold(c)):
                c = longer
            if not _ROLEISH.search(c):
                return c
    for cand in (
        company_from_display(from_name, human=human_sender),
        company_from_text(body),
        company_from_signature(signature),
    ):
        c = _clean(cand)
        if c:
            return c
    if label and quoted:
        spelled = name_matching_label(label, [quoted[:3000]])
        if spelled and not _ROLEISH.search(spelled):
            return _clean(spelled) or spelled
    if allow_domain and label:
        return company_from_domain(domain)
    if platform and allow_domain:
        # a calendar or booking tool's notice: the organiser's business address names it
        for addr in _EMAIL_IN_TEXT.findall(body[:3000]):
            d = domain_of(addr)
            if not d or d.endswith(("example.com", "example.org", "example.net")):
                continue
            other = domain_label(d)
            if other and not is_noreply(addr):
                spelled = name_matching_label(other, [from_name or "", subj, body])
                return _clean(spelled) if spelled else company_from_domain(d)
    return None
