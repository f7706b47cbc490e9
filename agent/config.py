"""YAML configuration → typed, validated settings.

The YAML is parsed once into a node tree (for line numbers) and once into plain data
(for pydantic). Every validation error is mapped back to the node it came from, so the
user reads ``config.yaml:12: scan.every: expected a duration such as 15m, 2h or 3d,
got '15 minutes'`` and the program stops before any mailbox is touched.
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
from datetime import date, time, timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs
import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationError,
    field_validator,
)

from agent.errors import ConfigError

APP_NAME = "followup-agent"

_DURATION_RE = re.compile(
    r"^\s*(?:(\d+)\s*w)?\s*(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+)\s*s)?\s*$"
)


def parse_duration(value: object) -> timedelta:
    """``"15m"``, ``"2h"``, ``"3d"``, ``"1h30m"``, ``"2w"`` → timedelta. Plain integers are seconds."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, bool):
        raise ValueError(f"expected a duration such as 15m, 2h or 3d, got {value!r}")
    if isinstance(value, int):
        return timedelta(seconds=value)
    if isinstance(value, str):
        m = _DURATION_RE.match(value)
        if m and any(m.groups()):
            w, d, h, mi, s = (int(g) if g else 0 for g in m.groups())
            return timedelta(weeks=w, days=d, hours=h, minutes=mi, seconds=s)
    raise ValueError(f"expected a duration such as 15m, 2h or 3d, got {value!r}")


def parse_clock(value: object) -> time:
    """``"14:00"`` / ``"8:30"`` → time."""
    if isinstance(value, time):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        # YAML 1.1 reads 14:00 unquoted as the sexagesimal integer 840
        return time(value // 60, value % 60) if 0 <= value < 24 * 60 else _bad_clock(value)
    if isinstance(value, str):
        m = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value)
        if m and int(m.group(1)) < 24 and int(m.group(2)) < 60:
            return time(int(m.group(1)), int(m.group(2)))
    return _bad_clock(value)


def _bad_clock(value: object) -> time:
    raise ValueError(f"expected a time of day such as 14:00, got {value!r}")


def format_duration(value: timedelta) -> str:
    """A duration the way the YAML writes it: ``120d``, ``15m``, ``1h30m``, ``0m``."""
    total = int(value.total_seconds())
    if total == 0:
        return "0m"
    sign = "-" if total < 0 else ""
    total = abs(total)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        n, total = divmod(total, size)
        if n:
            parts.append(f"{n}{unit}")
    return sign + "".join(parts)


Duration = Annotated[
    timedelta,
    BeforeValidator(parse_duration),
    PlainSerializer(format_duration, return_type=str, when_used="json"),
]
Clock = Annotated[
    time,
    BeforeValidator(parse_clock),
    PlainSerializer(lambda t: t.strftime("%H:%M"), return_type=str, when_used="json"),
]


def _expand(value: object) -> object:
    if isinstance(value, str):
        return Path(os.path.expandvars(os.path.expanduser(value)))
    return value


ExpandedPath = Annotated[Path, BeforeValidator(_expand)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Me(Section):
    """Who the candidate is. ``name`` and ``addresses`` are required before any draft is
    written (:func:`identity_problems`): a draft signed with a placeholder is worse than none."""

    name: str = ""
    first_name: str | None = None
    addresses: list[str] = []
    # your employer's mail domains: hiring words in mail from there (panels, offers you
    # extend, colleagues' news) are someone else's process, not your job hunt
    work_domains: list[str] = []
    signature: str | None = None

    @field_validator("work_domains")
    @classmethod
    def _domains(cls, v: list[str]) -> list[str]:
        out = []
        for d in v:
            d = d.strip().lower().lstrip("@")
            if "@" in d or "." not in d or " " in d:
                raise ValueError(f"expected a mail domain such as example.com, got {d!r}")
            out.append(d)
        return out

    @field_validator("addresses")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        for a in v:
            if "@" not in a:
                raise ValueError(f"expected an e-mail address, got {a!r}")
        return [a.strip().lower() for a in v]


class GmailSettings(Section):
    credentials_file: ExpandedPath = Path("credentials.json")
    token_file: ExpandedPath = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)) / "gmail-token.json"
    )
    api_endpoint: str | None = None
    query: str | None = None  # extra Gmail search terms ANDed to the built-in ones
    retry_backoff: float = Field(1.0, gt=0, le=60)  # seconds before the first retry


class ImapSettings(Section):
    host: str = "localhost"
    port: int = Field(993, ge=1, le=65535)
    security: Literal["ssl", "starttls", "none"] = "ssl"
    username: str = ""
    auth: Literal["password", "xoauth2"] = "password"
    password_env: str | None = "FOLLOWUP_IMAP_PASSWORD"
    keyring_service: str | None = None  # look the password up in the system keyring
    inbox_folder: str = "INBOX"
    sent_folder: str | None = None  # null: found by SPECIAL-USE, then by common names
    drafts_folder: str | None = None
    timeout: Duration = timedelta(seconds=60)
    # connecting and the server's greeting: a server that accepts and never answers fails
    # in connect_attempts × connect_timeout, not in retries × timeout
    connect_timeout: Duration = timedelta(seconds=10)
    connect_attempts: int = Field(2, ge=1, le=10)


class MaildirSettings(Section):
    path: ExpandedPath = Path("~/Mail").expanduser()
    sent_folder: str = "Sent"
    drafts_folder: str = "Drafts"


class MboxSettings(Section):
    path: ExpandedPath = Path("mail.mbox")
    drafts_maildir: ExpandedPath = Path("~/Mail/followup-drafts").expanduser()


class MailboxSettings(Section):
    backend: Literal["gmail", "imap", "maildir", "mbox"] = "maildir"
    window: Duration = timedelta(days=120)  # how far back the first scan looks
    gmail: GmailSettings = GmailSettings()
    imap: ImapSettings = ImapSettings()
    maildir: MaildirSettings = MaildirSettings()
    mbox: MboxSettings = MboxSettings()


class StoreSettings(Section):
    path: ExpandedPath = Field(
        default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)) / "state.db"
    )


MIN_SCAN_EVERY = timedelta(minutes=1)


class ScanSettings(Section):
    every: Duration = timedelta(minutes=15)
    push: bool = True  # IMAP: idle on INBOX and scan within seconds of new mail

    @field_validator("every")
    @classmethod
    def _not_too_often(cls, v: timedelta) -> timedelta:
        if v < MIN_SCAN_EVERY:
            raise ValueError(
                f"expected at least 1m between scans (a mail server may block a client that "
                f"polls faster), got {format_duration(v)}"
            )
        return v


PersonalNote = Literal["suggest", "placeholder", "none"]
"""What a draft says where the candidate could add a sentence of their own: ``suggest`` a
specific one built from facts (or nothing), a bracketed ``placeholder`` to fill in, or
``none``."""


class ThankYouRule(Section):
    enabled: bool = True
    personal_note: PersonalNote = "suggest"
    # overdue when first seen: still drafted while late by less than this, else missed
    grace: Duration = timedelta(days=2)
    morning_ends: Clock = time(12, 0)  # interviews starting before this are "morning"
    same_day_at: Clock = time(14, 0)  # thank-you time after a morning interview
    next_day_at: Clock = time(8, 30)  # thank-you time the morning after a later interview
    skip_weekends: bool = False  # move a next-morning thank-you off Sat/Sun to Monday


class FallbackCheckIn(Section):
    enabled: bool = False
    business_days_after_interview: int = Field(7, ge=1, le=60)


class CheckInRule(Section):
    enabled: bool = True
    personal_note: PersonalNote = "suggest"
    grace: Duration = timedelta(days=10)
    business_days_after: int = Field(3, ge=0, le=60)
    max_per_stage: int = Field(1, ge=0, le=5)
    at: Clock = time(9, 0)
    fallback: FallbackCheckIn = FallbackCheckIn()


class RequestedFollowUpRule(Section):
    enabled: bool = True
    personal_note: PersonalNote = "suggest"
    grace: Duration = timedelta(days=10)
    at: Clock = time(9, 0)


class RejectionReplyRule(Section):
    enabled: bool = True
    personal_note: PersonalNote = "suggest"
    grace: Duration = timedelta(days=7)
    delay: Duration = timedelta(0)


class Rules(Section):
    holidays: list[date] = []
    thank_you: ThankYouRule = ThankYouRule()
    check_in: CheckInRule = CheckInRule()
    requested_follow_up: RequestedFollowUpRule = RequestedFollowUpRule()
    rejection_reply: RejectionReplyRule = RejectionReplyRule()

    def grace(self, kind: str) -> timedelta:
        """How late a moment first seen overdue may still be drafted (per kind)."""
        rule = getattr(self, kind)
        assert isinstance(rule.grace, timedelta)
        return rule.grace


class TemplatesSettings(Section):
    """Jinja2 templates that replace the built-in ones (null: built-in).

    ``folder`` holds ``<lang>/<kind>.txt.j2`` (lang: en, es, de, fr, it, pt, nl) replacing
    one language's template; a ``<kind>`` path replaces that kind in every language.
    """

    folder: ExpandedPath | None = None
    thank_you: ExpandedPath | None = None
    check_in: ExpandedPath | None = None
    requested_follow_up: ExpandedPath | None = None
    rejection_reply: ExpandedPath | None = None


class LoggingSettings(Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    json_format: bool = Field(False, alias="json")


class NotifySettings(Section):
    # apprise URLs (desktop, ntfy, Slack, mailto, json://...); empty: no notifications
    apprise_urls: list[str] = []


class Config(Section):
    timezone: str = "UTC"
    me: Me = Me()
    mailbox: MailboxSettings = MailboxSettings()
    store: StoreSettings = StoreSettings()
    scan: ScanSettings = ScanSettings()
    rules: Rules = Rules()
    templates: TemplatesSettings = TemplatesSettings()
    logging: LoggingSettings = LoggingSettings()
    notify: NotifySettings = NotifySettings()

    @field_validator("timezone")
    @classmethod
    def _valid_zone(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"expected an IANA time zone such as America/New_York or Europe/Berlin, got {v!r}"
            ) from None
        return v

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.yaml"


# --------------------------------------------------------------------------- loading


def _node_for(root: yaml.Node | None, loc: tuple[int | str, ...]) -> tuple[yaml.Node | None, bool]:
    """Walk the YAML node tree along a pydantic error location.

    Returns the deepest node reached and whether the key itself (not only a parent) was
    found; for an unknown key we return the key node so the line is the key's line.
    """
    node = root
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value == str(part):
                    node = v
                    break
            else:
                return node, False
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part < len(node.value):
                node = node.value[part]
            else:
                return node, False
        else:
            return node, False
    return node, True


def _key_line(root: yaml.Node | None, loc: tuple[int | str, ...]) -> int | None:
    if not loc:
        return 1
    parent, found = _node_for(root, loc[:-1])
    if found and isinstance(parent, yaml.MappingNode):
        for k, _ in parent.value:
            if isinstance(k, yaml.ScalarNode) and k.value == str(loc[-1]):
                return int(k.start_mark.line) + 1
    node, _ = _node_for(root, loc)
    return int(node.start_mark.line) + 1 if node is not None else None


def _allowed_keys(loc: tuple[int | str, ...]) -> list[str]:
    model: type[BaseModel] = Config
    for part in loc:
        field = model.model_fields.get(str(part))
        if field is None:
            for f in model.model_fields.values():
                if f.alias == str(part):
                    field = f
        ann = field.annotation if field else None
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            model = ann
        else:
            return []
    return [f.alias or name for name, f in model.model_fields.items()]


def _explain(err: Any) -> str:
    kind = err["type"]
    value = err.get("input")
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    msg = str(err["msg"])
    msg = msg.removeprefix("Value error, ")
    if kind in {"bool_parsing", "bool_type"}:
        return f"expected true or false, got {value!r}"
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return f"expected a whole number, got {value!r}"
    if kind in {"string_type"}:
        return f"expected text, got {value!r}"
    if kind in {"list_type"}:
        return f"expected a list, got {value!r}"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return f"expected a mapping of keys, got {value!r}"
    if kind == "literal_error":
        return msg.replace("Input should be", "expected") + f", got {value!r}"
    if kind.startswith("date"):
        return f"expected a date such as 2026-12-24, got {value!r}"
    if "Input should be" in msg:
        return msg.replace("Input should be", "expected") + f", got {value!r}"
    return msg


#: keys of earlier versions, and what replaced them
RENAMED = {
    "rules.stale_after": (
        "replaced by a grace per kind: rules.thank_you.grace (2d), rules.check_in.grace "
        "(10d), rules.requested_follow_up.grace (10d), rules.rejection_reply.grace (7d)"
    ),
}


def is_loopback(host: str) -> bool:
    """This machine (plain-text IMAP is allowed only to it)."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def semantic_errors(cfg: Config) -> list[tuple[tuple[str, ...], str]]:
    """Mistakes a type cannot express, as ``(key path, message)``: found when the file is
    loaded, so ``config check`` and ``doctor`` report them, not a run in the middle."""
    out: list[tuple[tuple[str, ...], str]] = []
    imap = cfg.mailbox.imap
    if cfg.mailbox.backend == "imap" and imap.security == "none" and not is_loopback(imap.host):
        out.append(
            (
                ("mailbox", "imap", "security"),
                f"'none' sends your password in clear text; it is only allowed for a server on "
                f"this machine (127.0.0.1), not {imap.host!r}: use ssl or starttls",
            )
        )
    if cfg.mailbox.backend == "imap" and not imap.username:
        out.append((("mailbox", "imap", "username"), "required for the imap backend"))
    folder = cfg.templates.folder
    if folder is not None and not Path(folder).is_dir():
        out.append(
            (
                ("templates", "folder"),
                f"no such folder: {folder} (`followup-agent templates export DIR` writes the "
                "built-in templates there to start from)",
            )
        )
    for kind in TemplatesSettings.model_fields:
        path = getattr(cfg.templates, kind)
        if kind != "folder" and path is not None and not Path(path).is_file():
            out.append(
                (
                    ("templates", kind),
                    f"no such file: {path} (`followup-agent templates export DIR` writes the "
                    "built-in templates to start from; null uses them as they are)",
                )
            )
    return out


def identity_problems(cfg: Config) -> list[tuple[str, str]]:
    """What is missing before a draft may be written: ``(key, message)``."""
    out = []
    if not cfg.me.name.strip():
        out.append(("me.name", "required before the agent writes a draft (the name it signs)"))
    if not cfg.me.addresses:
        out.append(
            (
                "me.addresses",
                "required before the agent writes a draft (the addresses you write from; "
                "mail from them is your own)",
            )
        )
    return out


def require_identity(cfg: Config, source: str | None = None) -> None:
    """Refuse to write drafts for nobody: ``me.name`` and ``me.addresses`` must be set."""
    problems = identity_problems(cfg)
    if problems:
        key, message = problems[0]
        raise ConfigError(message, file=source, key=key)


def validate_config(
    data: object, *, source: str = "<config>", root: yaml.Node | None = None
) -> Config:
    if data is None:
        raise ConfigError(
            "the file has no settings; `followup-agent config init` writes a commented one",
            file=source,
            line=1,
        )
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping of settings at the top level", file=source, line=1)
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(err["loc"])
        key = ".".join(str(p) for p in loc) or "(top level)"
        message = _explain(err)
        if err["type"] == "extra_forbidden" and key in RENAMED:
            message += f"; {RENAMED[key]}"
        elif err["type"] == "extra_forbidden":
            allowed = _allowed_keys(loc[:-1])
            close = difflib.get_close_matches(str(loc[-1]), allowed, n=1, cutoff=0.6)
            if close:
                message += f"; did you mean {'.'.join([*map(str, loc[:-1]), close[0]])!r}?"
            elif allowed:
                message += f"; expected one of: {', '.join(sorted(allowed))}"
        raise ConfigError(message, file=source, line=_key_line(root, loc), key=key) from None
    for path, message in semantic_errors(cfg):
        raise ConfigError(message, file=source, line=_key_line(root, path), key=".".join(path))
    return cfg


class _ConfigLoader(yaml.SafeLoader):
    """SafeLoader that leaves timestamps as text (pydantic parses dates with a better error)
    and refuses a key given twice in one mapping (YAML's last-wins would hide a mistake)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[object, int] = {}
        for key_node, _ in node.value:
            if (
                not isinstance(key_node, yaml.ScalarNode)
                or key_node.tag == "tag:yaml.org,2002:merge"
            ):
                continue
            key = self.construct_object(key_node, deep=deep)
            line = int(key_node.start_mark.line) + 1
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key {key!r} (first on line {seen[key]}); give each key once",
                    key_node.start_mark,
                )
            seen[key] = line
        return super().construct_mapping(node, deep=deep)


_ConfigLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_config_text(text: str, *, source: str = "<config>") -> Config:
    try:
        root = yaml.compose(text, Loader=_ConfigLoader)
        data = yaml.load(text, Loader=_ConfigLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise ConfigError(f"not valid YAML: {exc.problem or exc}", file=source, line=line) from None
    return validate_config(data, source=source, root=root)


def load_config(path: Path | str | None) -> Config:
    """Load and validate ``path`` (None: the default file, which must exist: the built-in
    defaults would write drafts for nobody, like mbsync without a config refuses to run)."""
    if path is None:
        p = default_config_path()
        if not p.exists():
            raise ConfigError(
                "no configuration file; create one with `followup-agent config init` "
                "(or pass --config FILE)",
                file=str(p),
            )
    else:
        p = Path(path).expanduser()
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"file not found; `followup-agent config init {p}` writes a commented one",
            file=str(p),
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", file=str(p)) from None
    return load_config_text(text, source=str(p))


__all__ = [
    "APP_NAME",
    "MIN_SCAN_EVERY",
    "RENAMED",
    "CheckInRule",
    "Clock",
    "Config",
    "Duration",
    "ExpandedPath",
    "FallbackCheckIn",
    "GmailSettings",
    "ImapSettings",
    "LoggingSettings",
    "MailboxSettings",
    "MaildirSettings",
    "MboxSettings",
    "Me",
    "NotifySettings",
    "PersonalNote",
    "RejectionReplyRule",
    "RequestedFollowUpRule",
    "Rules",
    "ScanSettings",
    "Section",
    "StoreSettings",
    "TemplatesSettings",
    "ThankYouRule",
    "default_config_path",
    "format_duration",
    "identity_problems",
    "is_loopback",
    "load_config",
    "load_config_text",
    "parse_clock",
    "parse_duration",
    "require_identity",
    "semantic_errors",
    "validate_config",
]
