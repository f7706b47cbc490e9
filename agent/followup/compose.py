"""Turn a due follow-up into a reply draft: Jinja2 body, correct reply headers.

Templates (``agent/data/templates/<kind>.txt.j2``, replaceable per kind with
``templates.<kind>`` in the YAML) render with ``StrictUndefined``: every variable the
rules provide is always defined, empty when unknown, so templates branch instead of
printing a gap. Rendering fails closed: an unknown variable, a template error or any
leftover ``{{``/``{%`` in the output raises :class:`ComposeError` and no draft is made.

Headers are built with :class:`email.message.EmailMessage` (``policy.SMTP``): values that
came from mail (names, subjects, Message-IDs) are collapsed to one line and validated
first, so a CR/LF in a display name can never add a header. The draft's Message-ID is
deterministic per account and follow-up key (:func:`draft_message_id`), which lets a run
that crashed after creating a draft find it instead of making a second one.
"""

from __future__ import annotations

import hashlib
import logging
import re
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import jinja2

from agent.config import Config
from agent.errors import AgentError
from agent.followup import contacts as C
from agent.models import (
    FOLLOWUP_KINDS,
    DraftRequest,
    FollowUpKind,
    PlannedFollowUp,
    StoredMessage,
)

logger = logging.getLogger(__name__)

BUILTIN_TEMPLATES = Path(__file__).resolve().parent.parent / "data" / "templates"
_MSGID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")
_LEFTOVER = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_RE_PREFIX = re.compile(r"^\s*(?:re\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
TEMPLATE_VARIABLES = (
    "kind",
    "company",
    "role",
    "greeting_names",
    "interview_day",
    "interview_date",
    "interview_time",
    "decision_date",
    "follow_up_date",
    "my_name",
    "my_first_name",
    "signature",
)
_DEFAULT_SUBJECTS: dict[str, str] = {
    "thank_you": "Thank you",
    "check_in": "Following up",
    "requested_follow_up": "Following up",
    "rejection_reply": "Thank you",
}


class ComposeError(AgentError):
    """A draft could not be written without a gap or error; nothing was created."""


class Templates:
    """The four draft templates: the built-in ones, or the user's from the YAML."""

    def __init__(self, overrides: dict[str, Path | None] | None = None) -> None:
        self._env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(BUILTIN_TEMPLATES)),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=True,
            trim_blocks=False,
            lstrip_blocks=False,
        )
        self._templates: dict[str, jinja2.Template] = {}
        for kind in FOLLOWUP_KINDS:
            path = (overrides or {}).get(kind)
            try:
                if path is not None:
                    text = Path(path).expanduser().read_text(encoding="utf-8")
                    self._templates[kind] = self._env.from_string(text)
                else:
                    self._templates[kind] = self._env.get_template(f"{kind}.txt.j2")
            except OSError as exc:
                raise ComposeError(f"templates.{kind}: cannot read {path}: {exc}") from exc
            except jinja2.TemplateError as exc:
                where = path or f"built-in {kind}.txt.j2"
                raise ComposeError(f"templates.{kind}: {where}: {exc}") from exc

    @classmethod
    def from_config(cls, cfg: Config) -> Templates:
        t = cfg.templates
        return cls(
            {
                "thank_you": t.thank_you,
                "check_in": t.check_in,
                "requested_follow_up": t.requested_follow_up,
                "rejection_reply": t.rejection_reply,
            }
        )

    def render(self, kind: FollowUpKind, context: dict[str, str]) -> str:
        values = {k: "" for k in TEMPLATE_VARIABLES}
        values.update({k: str(v) for k, v in context.items()})
        try:
            text = self._templates[kind].render(**values)
        except jinja2.TemplateError as exc:
            raise ComposeError(f"the {kind} template failed: {exc}") from exc
        if _LEFTOVER.search(text):
            raise ComposeError(f"the {kind} draft still contains template syntax; not created")
        # tidy: no trailing spaces, at most one blank line in a row, one final newline
        lines = [ln.rstrip() for ln in text.strip().splitlines()]
        tidy: list[str] = []
        for ln in lines:
            if ln or (tidy and tidy[-1]):
                tidy.append(ln)
        return "\n".join(tidy) + "\n"


def draft_message_id(account: str, key: str, domain: str) -> str:
    """A deterministic, ordinary-looking Message-ID for the draft of one follow-up."""
    digest = hashlib.sha256(f"{account}\0{key}".encode()).hexdigest()[:20]
    domain = re.sub(r"[^A-Za-z0-9.-]", "", domain) or "localhost"
    return f"<{digest}.followup@{domain}>"


def reply_subject(subject: str | None, kind: FollowUpKind) -> str:
    """``"Re: "`` + the original subject, never ``"Re: Re: "``."""
    base = C.clean_text(subject)
    base = _RE_PREFIX.sub("", base).strip()
    if not base:
        return _DEFAULT_SUBJECTS[kind]
    return f"Re: {base}"


def _valid_ids(values: list[str | None]) -> list[str]:
    out: list[str] = []
    for v in values:
        v = (v or "").strip()
        if _MSGID.match(v) and v not in out:
            out.append(v)
    return out


def _address(email: str, name: str | None) -> Address | None:
    email = email.strip()
    if any(c in email for c in '\r\n<>,;"() \t'):
        return None
    local, _, domain = email.rpartition("@")
    if not local or not domain:
        return None
    display = C.clean_text(name)
    if "@" in display or ":" in display:
        display = ""  # a name that carries an address or a header is not a name
    try:
        return Address(display_name=display, username=local, domain=domain)
    except (ValueError, IndexError, TypeError):
        return None


def compose(
    followup: PlannedFollowUp,
    parent: StoredMessage | None,
    cfg: Config,
    templates: Templates,
    *,
    account: str,
    now: datetime,
    names: dict[str, str] | None = None,
) -> DraftRequest:
    """The draft for ``followup``, replying to ``parent`` (the thread's latest message).

    ``names`` maps recipient addresses to display names (from the timeline's contacts).
    """
    body = templates.render(followup.kind, followup.context)
    me = cfg.me
    from_addr = me.addresses[0] if me.addresses else None
    if from_addr is None and parent is not None:
        # reply from the address the employer wrote to
        from_addr = next(iter(parent.facts.to), None)
    domain = C.domain_of(from_addr) or "localhost"
    mid = draft_message_id(account, followup.key, domain)

    msg = EmailMessage(policy=SMTP)
    if from_addr:
        sender = _address(from_addr, me.name)
        if sender is not None:
            msg["From"] = sender
    recipients = [
        a
        for email in followup.to
        if C.is_usable_contact(email, me.addresses)
        and (a := _address(email, (names or {}).get(email))) is not None
    ]
    if recipients:
        msg["To"] = recipients
    msg["Subject"] = reply_subject(parent.facts.subject if parent else None, followup.kind)
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
    msg.set_content(body, charset="utf-8")
    raw = msg.as_bytes(policy=SMTP)
    return DraftRequest(
        raw=raw,
        message_id=mid,
        in_reply_to=in_reply_to,
        thread_id=parent.thread_id if parent is not None else None,
    )
