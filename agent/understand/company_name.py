"""Which company a message is about, from the best source available.

Company names come from ATS subject templates ("Your application to Acme",
"Interview: Senior Engineer at Acme"), display names ("Acme Recruiting
<no-reply@greenhouse.io>"), body phrases ("the Data Engineer position at Acme"),
signatures, the written form of the sender's domain in the text ("bramblegames" →
"Bramble Games"), and as a last resort the sender's own domain (never a platform or
public-mail one: :mod:`agent.senders`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from agent.person_names import first_name
from agent.senders import (
    NO_REPLY_WORDS,
    PLATFORM_NAMES,
    TEAM_NAMES,
    TEAM_WORDS,
    company_from_domain,
    domain_label,
    domain_of,
    is_noreply,
    is_platform_domain,
)
from agent.understand.contact_person import EMAIL_IN_TEXT, is_person
from agent.understand.job_role import first_role_candidate

__all__ = [
    "clean_company",
    "company_from_display",
    "company_from_signature",
    "company_from_subject",
    "company_from_text",
    "name_matching_label",
    "resolve_company",
]

# a team's, a machine's or a platform's name after the company's in a display name
# ("Acme Talent Acquisition Team", "Acme Notifications", "Acme via Greenhouse"): the words
# are agent.senders' one list of team words
_SUFFIX_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+")
    for name in sorted(TEAM_NAMES + NO_REPLY_WORDS + PLATFORM_NAMES, key=len, reverse=True)
)
_DISPLAY_SUFFIX = re.compile(
    r"(?<!\s)\s*(?:[-|–—,:@]\s*|\b(?:via|at|from|by)\s+)?"
    rf"\b(?:{_SUFFIX_NAMES}|via\s+\w+)(?:\s+(?:{_SUFFIX_NAMES}))*\s*$",
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
    """The company a display name names, the one reading of it for understanding and
    follow-up: "Acme Recruiting" / "Acme via Greenhouse" → Acme (``human`` False, a team
    or a platform wrote); "Jane at Acme" / "Jane Smith (Acme)" → Acme; "Jane Smith",
    "Jan de Vries" → None (a name particle is no "at")."""
    found = _company_in_display(name.strip().strip('"'), human=human) if name else None
    if found and set(found.lower().split()) <= TEAM_WORDS:
        return None  # "Recursos Humanos Team", "Karriere Team": a team, no company
    return found


# a platform named where the employer goes ("Jane Smith (Greenhouse)", "Sam at LinkedIn")
_NOT_AN_EMPLOYER = frozenset((*PLATFORM_NAMES, "linkedin"))


def _company_in_display(name: str, *, human: bool) -> str | None:
    """What the display name puts where a company goes: in brackets, after "at", after a
    bar (a person's), or before team words (a team's)."""
    m = re.search(r"\((?P<c>[^)]+)\)\s*$", name) or re.search(
        r"\b(?:at|@|from|via|bei|chez)\s+(?P<c>[^,|]+)$", name, re.I
    )
    if m:
        c = clean_company(m.group("c"))
        if c and c.lower() not in _NOT_AN_EMPLOYER:
            return c
    m2 = re.match(r"(?P<c>.+?)\s*[|–—-]\s*(?P<rest>.+)$", name)
    if m2 and human:
        return clean_company(m2.group("rest"))
    if human:
        return None
    stripped = _DISPLAY_SUFFIX.sub("", name).strip()
    if stripped != name:
        return clean_company(re.sub(r"(?i)^the\s+", "", stripped))  # "The Acme Talent Team"
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


# --------------------------------------------------------------------------- resolver

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
    if word == "&":
        return "and"
    w = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in w if c.isascii() and c.isalnum())


def name_matching_label(label: str, texts: list[str]) -> str | None:
    """The written form of a domain's name in ``texts``: "bramblegames" → "Bramble Games".

    Words are consumed while their letters spell the label (an initial may stand for a
    word: "pelicanbaycu" ← "Pelican Bay Credit Union"); a generic tail of the label
    ("-tech", "hq", "cap") may stay unmatched. The longest spelling wins, then the one
    written with capitals.
    """
    best: tuple[int, str] | None = None
    for text in texts:
        words = [(m.group(0), m.start(), m.end()) for m in _WORD_RE.finditer(text[:5000])]
        for i, (w0, _s0, _e0) in enumerate(words):
            f0 = _fold(w0)
            if not f0 or not label.startswith(f0[: max(1, min(len(f0), 3))]):
                continue
            pos, j = _spell(label, [w for w, _, _ in words], i)
            if not _spells_label(label, pos, i, j):
                continue
            span = text[words[i][1] : words[j - 1][2]].strip(" .,;:-&")
            if not span:
                continue
            written = any(c.isupper() for c in span)
            score = pos * 10 + (j - i) + (5 if written else 0)
            if best is None or score > best[0]:
                best = (score, span if written else _handle_as_name(span))
    return best[1] if best else None


def _spell(label: str, words: list[str], i: int) -> tuple[int, int]:
    """How far ``words[i:]`` spell ``label``: (letters of the label matched, next word)."""
    pos = 0
    j = i
    while j < len(words) and pos < len(label):
        f = _fold(words[j])
        if f and label.startswith(f, pos):
            pos += len(f)
        elif label[pos:] in _GENERIC_LABEL_TAIL and j > i:
            break
        elif f and j > i and label[pos] == f[0] and words[j][:1].isupper():
            pos += 1  # an initial: "cu" for "Credit Union"
        elif not (f in ("and", "the", "of", "de") and j > i):
            break
        j += 1
    return pos, j


def _spells_label(label: str, pos: int, i: int, j: int) -> bool:
    """Words i..j spelled at least three letters and all of the label but a generic tail."""
    rest = label[pos:]
    return j > i and pos >= 3 and not (rest and rest not in _GENERIC_LABEL_TAIL)


def _handle_as_name(span: str) -> str:
    """A handle or URL part ("gullwing-robotics"): its separators were spaces."""
    return " ".join(
        w if w == "&" else w[:1].upper() + w[1:] for w in re.split(r"[\s_.-]+", span) if w
    )


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


@dataclass(frozen=True)
class _Message:
    """What :func:`resolve_company` reads: the sender, the texts and the sender's domain."""

    subject: str  # as received: the subject patterns see "Re:" themselves
    bare_subject: str  # without "Re:"/"Fwd:" prefixes
    from_name: str
    from_email: str | None
    human_sender: bool
    body: str
    signature: str
    quoted: str
    domain: str | None
    platform: bool  # the sender's domain is a platform's (agent.senders)
    label: str | None  # the sender's domain as a folded name, for an employer's domain


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
    """The hiring company, from the best source available (see module docstring).

    In order: the subject; for a recruiting agency only the client its text names; the
    name a platform writes for the employer; the sender's display name when it spells the
    domain; the domain's name written in the text; the display name, body and signature;
    the quoted text; last (``allow_domain``) the sender's or an organiser's domain.
    """
    domain = domain_of(from_email)
    m = _Message(
        subject=subject,
        bare_subject=re.sub(
            r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", subject.strip(), flags=re.I
        ),
        from_name=from_name or "",
        from_email=from_email,
        human_sender=human_sender,
        body=body,
        signature=signature,
        quoted=quoted,
        domain=domain,
        platform=is_platform_domain(domain),
        label=domain_label(domain),
    )
    found = _company_in_subject(m)
    if found:
        return found
    if m.label and _AGENCY_LABEL.search(m.label):
        return _agency_client(m)
    for source in (
        _company_a_platform_names,
        _company_in_display_name,
        _domain_name_written,
        _company_in_text,
        _domain_name_in_quote,
    ):
        found = source(m)
        if found:
            return found
    return _company_of_a_domain(m) if allow_domain else None


def _company_in_subject(m: _Message) -> str | None:
    """A company the subject names, unless it is the role or a person writing."""
    support = " ".join([m.from_name, m.body[:4000], m.signature[:2000], m.quoted[:2000]])
    found = _clean(company_from_subject(m.subject, support))
    if not found:
        return None
    if _fold(found) == _fold(first_role_candidate(m.subject, m.body) or ""):
        return None  # "Votre candidature - Analyste Data": that is the role
    if re.search(rf"\b{re.escape(found)}\s+(?:from|at|@)\s+[A-Z]", m.body[:3000]):
        return None  # "New message from Sam Lee" / "Sam Lee from Acme": a person
    return found


def _agency_client(m: _Message) -> str | None:
    """A recruiting agency's own name is not the employer: only the client it names."""
    client = _clean(company_from_text(m.body))
    if client and m.label and not _fold(client).startswith(m.label[:5]):
        return client
    return None


def _company_a_platform_names(m: _Message) -> str | None:
    """The employer in a platform's display name ("Acme via Greenhouse", "Acme - GoodTime")."""
    if not (m.platform and m.from_name and not m.human_sender) or not m.domain:
        return None
    dl = re.sub(r"[^a-z]", "", m.domain.split(".")[-2])
    if _is_platform_own_name(m.from_name, m.domain, dl):
        return None
    parts = [p.strip() for p in re.split(r"\s+[-|–—]\s+|\s+via\s+", m.from_name) if p.strip()]
    parts = [p for p in parts if first_name(p) is None or len(p.split()) > 2 or len(parts) == 1]
    for part in parts:
        if dl and _fold(part).startswith(dl[:5]):
            continue  # the platform's own name ("GoodTime")
        found = _clean(_DISPLAY_SUFFIX.sub("", part).strip()) or _clean(part)
        if found:
            return found
    return None


def _is_platform_own_name(display: str, domain: str, dl: str) -> bool:
    """The display name is the platform's own ("Greenhouse", "GoodTime Notifications")."""
    own = _fold(display)
    plat = domain_label(domain.split(".", 1)[-1]) or ""
    return not own or own.startswith(dl[:5]) or bool(plat and own.startswith(plat[:5]))


def _company_in_display_name(m: _Message) -> str | None:
    """A team's display name that spells its employer's domain ("Acme Recruiting")."""
    if not (m.label and m.from_name and not m.human_sender):
        return None
    display = _clean(_DISPLAY_SUFFIX.sub("", m.from_name).strip())
    if display and _fold(display).startswith(m.label[: max(4, len(m.label) // 2)]):
        return display
    return None


def _domain_name_written(m: _Message) -> str | None:
    """The sender's domain as the text writes it ("tyrell.com" → "Tyrell Corporation")."""
    if not m.label:
        return None
    texts = [m.signature, m.from_name, m.bare_subject, m.body]
    if is_person(m.from_name, m.from_email):
        texts = [m.signature, m.bare_subject, m.body]  # the sender's own name is no company
    spelled = name_matching_label(m.label, texts)
    if not spelled:
        return None
    found = _clean(spelled) or spelled
    # a longer written form in the text wins: "Tyrell" → "Tyrell Corporation"
    longer = _clean(company_from_text(m.body))
    if longer and len(longer) > len(found) and _fold(longer).startswith(_fold(found)):
        found = longer
    return None if _ROLEISH.search(found) else found


def _company_in_text(m: _Message) -> str | None:
    """A company the display name, the body or the signature names."""
    for candidate in (
        company_from_display(m.from_name, human=m.human_sender),
        company_from_text(m.body),
        company_from_signature(m.signature),
    ):
        found = _clean(candidate)
        if found:
            return found
    return None


def _domain_name_in_quote(m: _Message) -> str | None:
    """The sender's domain as the quoted earlier message writes it."""
    if not (m.label and m.quoted):
        return None
    spelled = name_matching_label(m.label, [m.quoted[:3000]])
    if spelled and not _ROLEISH.search(spelled):
        return _clean(spelled) or spelled
    return None


def _company_of_a_domain(m: _Message) -> str | None:
    """The last resort: the sender's own domain, or for a calendar or booking tool's
    notice the organiser's business address named in the body."""
    if m.label:
        return company_from_domain(m.domain)
    if not m.platform:
        return None
    for addr in EMAIL_IN_TEXT.findall(m.body[:3000]):
        d = domain_of(addr)
        if not d or d.endswith(("example.com", "example.org", "example.net")):
            continue
        other = domain_label(d)
        if other and not is_noreply(addr):
            spelled = name_matching_label(other, [m.from_name, m.bare_subject, m.body])
            return _clean(spelled) if spelled else company_from_domain(d)
    return None
