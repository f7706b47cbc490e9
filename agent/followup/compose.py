"""Turn a due follow-up into a reply draft: the right words, people and headers.

What a careful person would send (DESIGN.md, "Drafts a careful person would send"):

- **Language and register** of the employer's last message (its unquoted text, read at
  understanding time): templates per language, the greeting from
  :func:`agent.followup.names.salutation`, day words from the recipient's clock
  (:mod:`agent.followup.wording`).
- **People**: the rules chose whom the moment concerns (``followup.to``); here the
  coordinator of an interview goes in Cc when the interviewers are in To, the Cc of the
  employer's mail stays in Cc, and the draft is from the candidate address the employer
  wrote to. Nobody to write to: no draft (:class:`ComposeError`).
- **Only true facts**: how many interviews, who sent a rejection (a person or a system),
  whether the recipient was an interviewer; a suggested sentence only from facts (a topic
  named in the invitation, the interviewers' names), else nothing.

Templates: ``<lang>/<kind>.txt.j2`` in the user's ``templates.folder`` first, then a
``templates.<kind>`` file (used for every language), then the built-in
``agent/data/templates/<lang>/<kind>.txt.j2``. They render with ``StrictUndefined``:
every variable in :data:`TEMPLATE_VARIABLES` is always defined (empty when unknown), and
an unknown variable, a template error or leftover ``{{``/``{%`` raises
:class:`ComposeError` and no draft is made.

Headers: values that came from mail are collapsed to one line and validated first, so a
CR/LF in a name can never add a header. Address headers are written here, one address per
line with RFC 2047 names (the email package's own folding has been seen to encode the
comma between two non-ASCII names, which loses the second address). The body is 8bit
UTF-8, so the draft reads as text in a file. The Message-ID is deterministic per account
and follow-up key (:func:`draft_message_id`), so a run that crashed after creating a
draft finds it instead of making a second one.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any

import jinja2

from agent import senders
from agent.config import Config
from agent.errors import AgentError
from agent.followup.application import Application, Interview, when
from agent.followup.names import (
    PersonName,
    is_team_mailbox,
    joined,
    names_a_person,
    parse_person,
    referred,
    salutation,
    team_mailboxes,
)
from agent.followup.recipients import clean_text, is_usable_contact
from agent.followup.wording import long_day, when_phrase
from agent.models import (
    FOLLOWUP_KINDS,
    DraftRequest,
    FollowUpKind,
    PlannedFollowUp,
    StoredMessage,
)
from agent.understand.language import LANGUAGES

logger = logging.getLogger(__name__)

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "data" / "templates"
DEFAULT_LANGUAGE = "en"
_MSGID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
# reply and forward prefixes of the mail clients of our languages, stacked or not
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|rv|r|antw|antwort|wg|tr|fw|fwd|rif|ref|res|enc|doorst|odp)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+",
    re.IGNORECASE,
)
TEMPLATE_VARIABLES = (
    "kind",
    "language",
    "register",
    "familiar",
    "greeting",
    "company",
    "role",
    "interview_when",
    "interview_count",
    "interviewers",
    "pass_on_to",
    "pass_on_count",
    "recipient_interviewed",
    "informed_by",
    "topic",
    "note_mode",
    "decision_date",
    "follow_up_date",
    "my_name",
    "my_first_name",
    "signature",
    # kept for templates written before languages existed
    "greeting_names",
    "interview_day",
    "interview_date",
    "interview_time",
)
_DEFAULT_SUBJECTS: dict[str, dict[str, str]] = {
    "en": {"thanks": "Thank you", "follow": "Following up"},
    "de": {"thanks": "Vielen Dank", "follow": "Nachfrage zu meiner Bewerbung"},
    "es": {"thanks": "Gracias", "follow": "Seguimiento de mi candidatura"},
    "fr": {"thanks": "Merci", "follow": "Suivi de ma candidature"},
    "it": {"thanks": "Grazie", "follow": "Aggiornamento sulla mia candidatura"},
    "pt": {"thanks": "Obrigado", "follow": "Acompanhamento da minha candidatura"},
    "nl": {"thanks": "Bedankt", "follow": "Navraag over mijn sollicitatie"},
}
# words of a calendar summary that say what kind of meeting it is, not what it is about
_GENERIC_SUMMARY = re.compile(
    r"\b(?:interviews?|entrevistas?|vorstellungsgespr[äa]ch|gespr[äa]ch|interview|entretien"
    r"|colloquio|sollicitatiegesprek|gesprek|call|chat|meeting|meet|video|phone|zoom|teams"
    r"|google|onsite|on-site|virtual|remote|round|runde|ronda|tour|first|second|third|final"
    r"|1st|2nd|3rd|technical|technisches|t[ée]cnica|technique|tecnico|screen|screening"
    r"|recruiter|hiring|manager|panel|with|mit|con|avec|met|com|and|und|y|et|e|en|for|f[üu]r"
    r"|para|pour|per|voor|the|der|die|das|el|la|le|il|o|a|de|di|van|invitation|einladung"
    r"|confirmed|confirmation|updated|invite|intro|introductory|follow-up|next|steps?|\d+)\b",
    re.IGNORECASE,
)


class ComposeError(AgentError):
    """A draft could not be written without a gap or error; nothing was created."""


# --------------------------------------------------------------------------- templates


class Templates:
    """The draft templates per language: the user's, then the built-in ones."""

    def __init__(
        self, overrides: dict[str, Path | None] | None = None, folder: Path | None = None
    ) -> None:
        self._env = jinja2.Environment(
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
        )
        self._templates: dict[tuple[str, str], jinja2.Template] = {}
        self._shared: dict[str, jinja2.Template] = {}
        for kind in FOLLOWUP_KINDS:
            path = (overrides or {}).get(kind)
            if path is not None:
                self._shared[kind] = self._load(Path(path).expanduser(), f"templates.{kind}")
            for lang in LANGUAGES:
                user = folder.expanduser() / lang / f"{kind}.txt.j2" if folder else None
                if user is not None and user.is_file():
                    self._templates[(lang, kind)] = self._load(user, "templates.folder")
                elif kind not in self._shared:
                    builtin = BUILTIN_TEMPLATES / lang / f"{kind}.txt.j2"
                    self._templates[(lang, kind)] = self._load(builtin, "built-in")

    def _load(self, path: Path, key: str) -> jinja2.Template:
        try:
            return self._env.from_string(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ComposeError(f"{key}: cannot read {path}: {exc}") from exc
        except jinja2.TemplateError as exc:
            raise ComposeError(f"{key}: {path}: {exc}") from exc

    @classmethod
    def from_config(cls, cfg: Config) -> Templates:
        t = cfg.templates
        return cls(
            {
                "thank_you": t.thank_you,
                "check_in": t.check_in,
                "requested_follow_up": t.requested_follow_up,
                "rejection_reply": t.rejection_reply,
            },
            folder=t.folder,
        )

    def render(self, kind: FollowUpKind, context: dict[str, Any], lang: str = "en") -> str:
        template = self._templates.get((lang, kind)) or self._shared.get(kind)
        if template is None:
            template = self._templates.get((DEFAULT_LANGUAGE, kind)) or self._shared[kind]
        values: dict[str, Any] = {k: "" for k in TEMPLATE_VARIABLES}
        values.update(context)
        try:
            text = template.render(**values)
        except jinja2.TemplateError as exc:
            raise ComposeError(f"the {kind} template ({lang}) failed: {exc}") from exc
        if _LEFTOVER.search(text):
            raise ComposeError(f"the {kind} draft still contains template syntax; not created")
        # tidy: no trailing spaces, at most one blank line in a row, one final newline
        lines = [ln.rstrip() for ln in text.strip().splitlines()]
        tidy: list[str] = []
        for ln in lines:
            if ln or (tidy and tidy[-1]):
                tidy.append(" ".join(ln.split(" ")) if ln.strip() else "")
        return "\n".join(re.sub(r"(?<=\S)  +", " ", ln) for ln in tidy) + "\n"


# --------------------------------------------------------------------------- subjects, ids


def draft_message_id(account: str, key: str, domain: str) -> str:
    """A deterministic, ordinary-looking Message-ID for the draft of one follow-up."""
    digest = hashlib.sha256(f"{account}\0{key}".encode()).hexdigest()[:20]
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    return f"<{digest}.followup@{domain}>"


def reply_subject(subject: str | None, kind: FollowUpKind, lang: str = "en") -> str:
    """``"Re: "`` + the original subject, without stacking any client's prefix.

    ``"AW: Einladung"`` → ``"Re: Einladung"``; ``"RE: RV: Entrevista"`` → ``"Re: Entrevista"``.
    """
    base = _REPLY_PREFIX.sub("", clean_text(subject)).strip()
    if not base:
        words = _DEFAULT_SUBJECTS.get(lang, _DEFAULT_SUBJECTS["en"])
        return words["thanks" if kind in ("thank_you", "rejection_reply") else "follow"]
    return f"Re: {base}"


def _valid_ids(values: list[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        v = (v or "").strip()
        if _MSGID.match(v) and v not in out:
            out.append(v)
    return out


# --------------------------------------------------------------------------- addresses


def _valid_address(email: str) -> str | None:
    email = email.strip()
    if any(c in email for c in '\r\n<>,;"() \t') or not email.isascii():
        return None
    local, _, domain = email.rpartition("@")
    if not local or not domain or "@" in local:
        return None
    return email


def format_address(email: str, name: str | None) -> str:
    """``Name <addr>`` with an RFC 2047 name when it is not ASCII; the address alone else."""
    display = clean_text(name)
    if "@" in display or ":" in display:
        display = ""  # a name that carries an address or a header is not a name
    if not display:
        return email
    if display.isascii():
        return formataddr((display, email))
    encoded = Header(display, "utf-8").encode(linesep="\r\n")
    return f"{encoded} <{email}>"


def address_header(pairs: list[tuple[str, str | None]]) -> str:
    """One header value, one address per folded line: parses back to the same addresses."""
    return ",\r\n ".join(format_address(e, n) for e, n in pairs)


@dataclass
class Addressing:
    """Who a draft goes to. ``names`` holds the display name to write for each address."""

    sender: str | None
    to: list[str]
    cc: list[str]
    names: dict[str, str] = field(default_factory=dict)


def _employer_message(
    app: Application | None, parent: StoredMessage | None, now: datetime
) -> StoredMessage | None:
    """The employer's last message: in the thread answered, else in the application."""
    if parent is not None and not parent.facts.is_own:
        return parent
    if app is None:
        return None
    if parent is not None and (t := app.thread_of(parent)) is not None:
        mine = [m for m in t.messages if not m.facts.is_own and when(m) <= now]
        if mine:
            return mine[-1]
    theirs = [m for m in app.employer_messages() if when(m) <= now]
    return theirs[-1] if theirs else None


def _interview_at(app: Application | None, moment: datetime | None) -> Interview | None:
    if app is None or moment is None:
        return None
    same = [iv for iv in app.interviews if iv.start == moment]
    if same:
        return same[0]
    past = [iv for iv in app.interviews if iv.start <= moment]
    return past[-1] if past else None


def _coordinator(iv: Interview | None, cfg: Config) -> str | None:
    """Who arranged the interview: the invitation's reply address, when a person."""
    if iv is None or iv.source.message is None:
        return None
    f = iv.source.message.facts
    for addr in (f.contact_email, f.reply_to, f.from_email):
        if addr and is_usable_contact(addr, cfg.me.addresses):
            return addr.lower()
    return None


def addressing(
    followup: PlannedFollowUp,
    app: Application | None,
    parent: StoredMessage | None,
    cfg: Config,
    now: datetime,
) -> Addressing:
    """To (the rules' choice), Cc (coordinator, the employer's Cc), From (where they wrote)."""
    me = cfg.me.addresses
    to = [a for e in followup.to if (a := _valid_address(e.lower())) and is_usable_contact(a, me)]
    employer = _employer_message(app, parent, now)
    cc: list[str] = []
    if followup.kind == "thank_you":
        iv = _interview_at(app, _moment(followup))
        coordinator = _coordinator(iv, cfg)
        people = {e.lower() for _, e in iv.interviewers} if iv else set()
        if set(to) & people:
            # the coordinator and the team mailboxes on the invitation are copied
            for a in [coordinator, *team_mailboxes(iv.interviewers if iv else [])]:
                if a and is_usable_contact(a, me) and a not in to and a not in cc:
                    cc.append(a)
    if employer is not None:
        for addr in employer.facts.cc:
            a = _valid_address(addr.lower())
            if a and is_usable_contact(a, me) and a not in to and a not in cc:
                cc.append(a)
    sender = None
    if employer is not None:
        wrote_to = [a.lower() for a in [*employer.facts.to, *employer.facts.cc]]
        sender = next((a for a in wrote_to if a in me), None)
    sender = sender or (me[0] if me else None)
    if sender is None and parent is not None:
        sender = next(iter(parent.facts.to), None)
    return Addressing(sender=sender, to=to, cc=cc, names=_display_names(app, [*to, *cc]))


def _display_names(app: Application | None, addresses: list[str]) -> dict[str, str]:
    """The best display name known for each address (a person's, never a relay's company)."""
    out: dict[str, str] = {}
    if app is None:
        return out
    company = app.company if not app.company.startswith("Unknown") else None
    for addr in addresses:
        candidates: list[str | None] = []
        c = app.contact_named(addr)
        if c is not None:
            candidates.append(c.name)
        for iv in app.interviews:
            candidates += [n for n, e in iv.interviewers if e.lower() == addr]
        for m in app.employer_messages():
            f = m.facts
            if (f.reply_to or "").lower() == addr or (f.from_email or "").lower() == addr:
                candidates.append(f.from_name)
            if (f.contact_email or "").lower() == addr:
                candidates.append(f.contact_name)
            for ev in f.calendar:
                candidates += [n for n, e in ev.attendees if e.lower() == addr]
                if (ev.organizer_email or "").lower() == addr:
                    candidates.append(ev.organizer_name)
        for name in candidates:
            person = parse_person(name, company=company)
            if person is not None and person.surname:
                out[addr] = clean_text(name) if name else person.full
                break
            if person is not None and addr not in out:
                out[addr] = person.first
    return out


def _moment(followup: PlannedFollowUp) -> datetime | None:
    text = followup.context.get("moment", "")
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


# --------------------------------------------------------------------------- facts


def _topic(iv: Interview | None, app: Application, me_name: str, lang: str) -> str:
    """What the interview was about, when its calendar title names it ("system design").

    Written mid-sentence: lowercased, except acronyms ("API design") and German, whose
    nouns keep their capital ("Fallstudie")."""
    if iv is None or iv.source.message is None:
        return ""
    for ev in iv.source.message.facts.calendar:
        text = ev.summary
        for known in (app.company, app.role or "", me_name, *me_name.split()):
            if known:
                text = re.sub(re.escape(known), " ", text, flags=re.IGNORECASE)
        parts = [p for p in re.split(r"[:|()\[\]–—/<>]|\s-\s|,", text) if p.strip()]
        for part in reversed(parts):
            words = re.sub(r"[^\w\s&+#'-]", " ", part).split()
            if _GENERIC_SUMMARY.search(part) or not 1 <= len(words) <= 4:
                continue  # "Interview 1", "Video call": what kind of meeting, not its topic
            if sum(len(w) for w in words) >= 3:
                if lang != "de":
                    words = [w if len(w) > 1 and w.isupper() else w.lower() for w in words]
                return " ".join(words)
    return ""


def _greeted(
    app: Application | None, addresses: list[str], names: dict[str, str]
) -> list[PersonName | None]:
    """The people a greeting names: a team mailbox is left out, an unknown name is None."""
    company = app.company if app and not app.company.startswith("Unknown") else None
    out: list[PersonName | None] = []
    for a in addresses:
        person = parse_person(names.get(a), company=company)
        if person is None and is_team_mailbox(a, names.get(a)):
            continue
        out.append(person)
    return out


_APPLICATION_WORD = re.compile(
    r"^(?:sollicitatie|bewerbung|candidatura|candidature|application|solicitud)"
    r"(?:\s+(?:als|voor|for|para|pour|per|de|als))?\s+",
    re.IGNORECASE,
)


def _role(role: str | None) -> str:
    """The role as a noun: "Sollicitatie Data Engineer" (a subject line's) → "Data Engineer"."""
    return _APPLICATION_WORD.sub("", clean_text(role))


def _company(app: Application | None) -> str:
    """The company to name, unless it is unknown or really a person's name (a relay's)."""
    if app is None or app.company.startswith("Unknown"):
        return ""
    people: list[str | None] = [c.name for c in app.contacts]  # people with an address
    people += [n for iv in app.interviews for n, _ in iv.interviewers]
    return "" if names_a_person(app.company, people) else clean_text(app.company)


def draft_context(
    followup: PlannedFollowUp,
    app: Application | None,
    parent: StoredMessage | None,
    cfg: Config,
    who: Addressing,
    now: datetime,
) -> tuple[str, dict[str, Any]]:
    """The language of the draft and every template variable, from the timeline's facts."""
    # the employer's last message decides; a short one ("Great, see you Tuesday") that
    # shows neither a language nor a register leaves it to the one before
    employer = _employer_message(app, parent, now)
    earlier = [m for m in (app.employer_messages() if app else []) if when(m) <= now]
    voices = [employer, *reversed(earlier)] if employer else list(reversed(earlier))
    lang = next((m.facts.language for m in voices if m.facts.language), DEFAULT_LANGUAGE)
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    register = next((m.facts.formality for m in voices if m.facts.formality), None)
    reg = register or ("familiar" if lang == "en" else "polite")
    people = _greeted(app, who.to, who.names)
    ctx: dict[str, Any] = {k: v for k, v in followup.context.items() if k in TEMPLATE_VARIABLES}
    company = _company(app)
    ctx.update(
        kind=followup.kind,
        language=lang,
        register=reg,
        familiar=reg == "familiar",
        greeting=salutation(people, lang, reg),
        company=company,
        role=_role(app.role if app else followup.context.get("role", "")),
        note_mode=_note_mode(followup.kind, cfg),
        interview_count=0,
    )
    moment = _moment(followup)
    iv = _interview_at(app, moment)
    if app is not None and moment is not None:
        ctx["interview_count"] = len([i for i in app.interviews if i.start <= moment])
    if iv is not None:
        ctx["interview_when"] = when_phrase(iv.start, now, lang)
        mine = set(cfg.me.addresses)
        met = [(n, e.lower()) for n, e in iv.interviewers if e.lower() not in mine]
        names = [
            referred(p, lang, reg)
            for n, _ in met
            if (p := parse_person(n, company=company or None)) is not None and p.first
        ]
        ctx["interviewers"] = joined(names, lang)
        people_at = {e for _, e in met if e}
        ctx["recipient_interviewed"] = bool(set(who.to) & people_at)
        if names and not ctx["recipient_interviewed"]:
            ctx["pass_on_to"] = joined(names, lang)
            ctx["pass_on_count"] = len(names)
        if followup.kind == "thank_you":
            ctx["topic"] = _topic(iv, app, cfg.me.name, lang) if app else ""
    if followup.kind == "rejection_reply":
        ctx["informed_by"] = _informed_by(app, moment, who.to)
    # the rules said whether there is a date; here it is written the language's way
    if followup.context.get("decision_date") and app is not None and app.promises:
        since = iv.start.date() if iv is not None and followup.kind == "thank_you" else None
        promised = [p for p in app.promises if since is None or p.value >= since]
        if promised:
            ctx["decision_date"] = long_day(promised[-1].value, lang)
    if followup.context.get("follow_up_date"):
        ctx["follow_up_date"] = long_day(followup.due_at.date(), lang)
    return lang, ctx


def _informed_by(app: Application | None, moment: datetime | None, to: list[str]) -> str:
    """ "person" when the rejection came from someone we now write to, else "system"."""
    if app is None or moment is None:
        return "system"
    for m in app.rejections:
        if when(m) == moment:
            f = m.facts
            senders = {(a or "").lower() for a in (f.from_email, f.reply_to, f.contact_email)}
            human = not f.is_automatic and is_usable_contact(f.from_email or "")
            return "person" if human and senders & set(to) else "system"
    return "system"


def _note_mode(kind: FollowUpKind, cfg: Config) -> str:
    rule = getattr(cfg.rules, kind, None)
    return str(getattr(rule, "personal_note", "suggest"))


# --------------------------------------------------------------------------- the draft


def compose(
    followup: PlannedFollowUp,
    parent: StoredMessage | None,
    cfg: Config,
    templates: Templates,
    *,
    account: str,
    now: datetime,
    app: Application | None = None,
) -> DraftRequest:
    """The draft for ``followup``, replying to ``parent`` (the thread's latest message).

    ``app`` is the application the follow-up belongs to: its contacts, interviews and
    messages supply names, Cc and the facts the draft states.
    :raises ComposeError: no recipient, or a template that cannot be rendered cleanly.
    """
    who = addressing(followup, app, parent, cfg, now)
    if not who.to:
        raise ComposeError(f"follow-up {followup.key}: nobody to address it to; no draft made")
    lang, context = draft_context(followup, app, parent, cfg, who, now)
    body = templates.render(followup.kind, context, lang)
    domain = senders.domain_of(who.sender) or "localhost"
    mid = draft_message_id(account, followup.key, domain)

    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = reply_subject(parent.facts.subject if parent else None, followup.kind, lang)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = mid
    in_reply_to = None
    if parent is not None:
        parent_ids = _valid_ids([parent.facts.message_id])
        if parent_ids:
            in_reply_to = parent_ids[0]
            refs = _valid_ids([*parent.facts.references, in_reply_to])[-20:]
            msg["In-Reply-To"] = in_reply_to
            msg["References"] = " ".join(refs)
    long_lines = any(len(ln.encode()) > 900 for ln in body.splitlines())
    msg.set_content(body, charset="utf-8", cte="quoted-printable" if long_lines else "8bit")
    head: list[str] = []
    if who.sender and _valid_address(who.sender):
        head.append("From: " + address_header([(who.sender, cfg.me.name)]))
    head.append("To: " + address_header([(a, who.names.get(a)) for a in who.to]))
    if who.cc:
        head.append("Cc: " + address_header([(a, who.names.get(a)) for a in who.cc]))
    raw = "".join(h + "\r\n" for h in head).encode("ascii") + msg.as_bytes(policy=SMTP)
    return DraftRequest(
        raw=raw,
        message_id=mid,
        in_reply_to=in_reply_to,
        thread_id=parent.thread_id if parent is not None else None,
    )


__all__ = [
    "TEMPLATE_VARIABLES",
    "Addressing",
    "ComposeError",
    "Templates",
    "address_header",
    "addressing",
    "compose",
    "draft_context",
    "draft_message_id",
    "reply_subject",
]
