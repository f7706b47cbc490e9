"""Turn a due follow-up into a reply draft: the right words, people and headers.

What a careful person would send (DESIGN.md, "Drafts a careful person would send"):

- **People** (:mod:`agent.followup.addressing`): To, Cc, From and display names.
  Nobody to write to: no draft (:class:`ComposeError`).
- **Words** (:mod:`agent.followup.template_context`): the language and register of the
  employer's last message, the greeting, day words and only true facts, rendered by the
  template of that language and kind.

Templates (:class:`TemplateSet`) are compiled from text the caller read
(:func:`agent.template_files.load_templates`). They render with ``StrictUndefined``:
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
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from typing import Any

import jinja2

from agent import senders
from agent.config import Me, Rules
from agent.errors import AgentError
from agent.followup.addressing import Addressing, addressing, valid_address
from agent.followup.application import Application
from agent.followup.template_context import (
    DEFAULT_LANGUAGE,
    TEMPLATE_VARIABLES,
    draft_context,
    interview_at,
    moment_of,
)
from agent.models import DraftRequest, FollowUpKind, PlannedFollowUp, StoredMessage
from agent.terminal_text import clean_text

logger = logging.getLogger(__name__)

_MSGID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
# reply and forward prefixes of the mail clients of our languages, stacked or not
_REPLY_PREFIX = re.compile(
    r"^\s*(?:(?:re|aw|sv|vs|rv|r|antw|antwort|wg|tr|fw|fwd|rif|ref|res|enc|doorst|odp)"
    r"\s*(?:\[\d+\]|\(\d+\))?\s*:\s*)+",
    re.IGNORECASE,
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


class ComposeError(AgentError):
    """A draft could not be written without a gap or error; nothing was created."""


# --------------------------------------------------------------------------- templates


@dataclass(frozen=True)
class TemplateSource:
    """One template's text, and where it came from (named in an error)."""

    text: str
    origin: str


class TemplateSet:
    """The draft templates per language and kind, compiled from text the caller read.

    ``per_language`` holds a template for (language, kind); ``shared`` one for a kind in
    every language that has none of its own.
    :raises ComposeError: a template that does not compile.
    """

    def __init__(
        self,
        per_language: Mapping[tuple[str, FollowUpKind], TemplateSource],
        shared: Mapping[FollowUpKind, TemplateSource] | None = None,
    ) -> None:
        self._env = jinja2.Environment(
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
        )
        self._shared = {kind: self._compile(src) for kind, src in (shared or {}).items()}
        self._templates = {key: self._compile(src) for key, src in per_language.items()}

    def _compile(self, source: TemplateSource) -> jinja2.Template:
        try:
            return self._env.from_string(source.text)
        except jinja2.TemplateError as exc:
            raise ComposeError(f"{source.origin}: {exc}") from exc

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


# --------------------------------------------------------------------------- the draft


def _thread_headers(msg: EmailMessage, parent: StoredMessage | None) -> str | None:
    """In-Reply-To and References of a reply to ``parent``; returns the In-Reply-To."""
    if parent is None:
        return None
    parent_ids = _valid_ids([parent.facts.message_id])
    if not parent_ids:
        return None
    in_reply_to = parent_ids[0]
    refs = _valid_ids([*parent.facts.references, in_reply_to])[-20:]
    msg["In-Reply-To"] = in_reply_to
    msg["References"] = " ".join(refs)
    return in_reply_to


def _address_lines(who: Addressing, my_name: str) -> bytes:
    """From, To and Cc, written here one address per folded line (see the module doc)."""
    head: list[str] = []
    if who.sender and valid_address(who.sender):
        head.append("From: " + address_header([(who.sender, my_name)]))
    head.append("To: " + address_header([(a, who.names.get(a)) for a in who.to]))
    if who.cc:
        head.append("Cc: " + address_header([(a, who.names.get(a)) for a in who.cc]))
    return "".join(h + "\r\n" for h in head).encode("ascii")


def compose(
    followup: PlannedFollowUp,
    parent: StoredMessage | None,
    me: Me,
    rules: Rules,
    templates: TemplateSet,
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
    iv = interview_at(app, moment_of(followup)) if followup.kind == "thank_you" else None
    who = addressing(followup, app, parent, me, now, iv)
    if not who.to:
        raise ComposeError(f"follow-up {followup.key}: nobody to address it to; no draft made")
    lang, context = draft_context(followup, app, parent, me, rules, who, now)
    body = templates.render(followup.kind, context, lang)
    domain = senders.domain_of(who.sender) or "localhost"
    mid = draft_message_id(account, followup.key, domain)

    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = reply_subject(parent.facts.subject if parent else None, followup.kind, lang)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = mid
    in_reply_to = _thread_headers(msg, parent)
    long_lines = any(len(ln.encode()) > 900 for ln in body.splitlines())
    msg.set_content(body, charset="utf-8", cte="quoted-printable" if long_lines else "8bit")
    raw = _address_lines(who, me.name) + msg.as_bytes(policy=SMTP)
    return DraftRequest(
        raw=raw,
        message_id=mid,
        in_reply_to=in_reply_to,
        thread_id=parent.thread_id if parent is not None else None,
    )


__all__ = [
    "ComposeError",
    "TemplateSet",
    "TemplateSource",
    "address_header",
    "compose",
    "draft_message_id",
    "format_address",
    "reply_subject",
]
