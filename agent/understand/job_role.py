"""The role applied for: ATS subject templates, "the X position", then a job title.

Pure: text in, a cleaned role name (or None) out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from agent.understand.phrase_matcher import required_literals

__all__ = ["clean_role", "first_role_candidate", "role_from"]

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


Anchors = tuple[tuple[str, ...], ...] | None


@functools.cache
def _anchors() -> tuple[list[Anchors], list[Anchors], Anchors]:
    """The literals each pattern needs (of :data:`_ROLE_PATTERNS`, of
    :data:`_TITLED_ROLE_PATTERNS`, of :data:`_TITLE`): worked out at the first use."""
    return (
        [required_literals(rx.pattern) for rx in _ROLE_PATTERNS],
        [required_literals(rx.pattern) for rx in _TITLED_ROLE_PATTERNS],
        required_literals(_TITLE.pattern),
    )


def _lowered(text: str) -> str | None:
    """``text`` in lower case when it is plain ASCII; None otherwise (case-insensitive
    matching can join other characters to these literals: every pattern is then run)."""
    return text.lower() if text.isascii() else None


def _possible(needs: Anchors, low: str | None) -> bool:
    """Whether a pattern needing these literals can match the text lowered to ``low``:
    most mail names no job title, and the title pattern is tried at every word."""
    if needs is None or low is None:
        return True
    return all(any(lit in low for lit in one_of) for one_of in needs)


def _title_in(text: str, *, need_context: bool) -> str | None:
    if not _possible(_anchors()[2], _lowered(text)):
        return None
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


def first_role_candidate(subject: str, text: str) -> str | None:
    """The first role the subject or text names, before the company is known."""
    return next(_roles_in(subject, text), None)


def _roles_in(subject: str, text: str) -> Iterator[str]:
    subj = re.sub(r"^(?:(?:re|fwd?|aw|wg|tr|rv)\s*:\s*)+", "", subject.strip(), flags=re.I)
    head = text[:3000]
    role_anchors, titled_anchors, _ = _anchors()
    lows = (_lowered(subj), _lowered(head))
    for source, low in zip((subj, head), lows, strict=True):
        for rx, needs in zip(_ROLE_PATTERNS, role_anchors, strict=True):
            if not _possible(needs, low):
                continue
            for m in rx.finditer(source):
                r = clean_role(m.group("role"))
                if (r and _TITLE.search(r)) or (r and source is head):
                    yield r
    for source, low in zip((subj, head), lows, strict=True):
        for rx, needs in zip(_TITLED_ROLE_PATTERNS, titled_anchors, strict=True):
            if not _possible(needs, low):
                continue
            for m in rx.finditer(source):
                r = clean_role(m.group("role"))
                if r and _TITLE.fullmatch(r):
                    yield r
    for source, need in ((subj, False), (head, True)):
        t = _title_in(source, need_context=need)
        if t:
            yield t
