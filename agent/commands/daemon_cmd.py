"""Review and upkeep commands: ``drafts``, ``skip``, ``snooze`` and ``doctor``.

``skip`` and ``snooze`` only touch the state store, never the mailbox, so they work offline
and while the daemon runs (SQLite serialises the writes). ``drafts`` asks the mailbox what
became of each draft unless ``--offline``; a draft the user deleted becomes ``discarded`` in
the store right away, and a discarded follow-up is never drafted again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from agent.clikit import (
    config_option,
    config_path,
    console,
    err_console,
    get_config,
    open_existing_store,
    parse_now,
    store_path,
)
from agent.config import Config, default_config_path, identity_problems, load_config
from agent.errors import AuthError, ConfigError, MailError, StoreError, TransientMailError
from agent.followup import steering
from agent.followup.status import KIND_LABELS, recipients, revive_hint
from agent.followup.steering import UPCOMING
from agent.mail.base import Mailbox
from agent.models import (
    DraftRef,
    DraftState,
    FollowUpRow,
    FollowUpStatus,
    effective_due,
    short_id,
    short_id_matches,
)
from agent.store import Store
from agent.terminal_text import for_markup

logger = logging.getLogger(__name__)


STATE_LABELS = {
    "waiting": "waiting for review",
    "edited": "edited, not sent yet",
    "sent": "sent",
    "discarded": "discarded",
}


def find_followup(store: Store, ident: str) -> tuple[str, FollowUpRow]:
    """``(account, row)`` for a short id (or any unique prefix of it, or the full key)."""
    wanted = ident.strip().lower()
    if not wanted:
        raise typer.BadParameter("give the id shown by `followup-agent drafts`", param_hint="ID")
    matches: list[tuple[str, FollowUpRow]] = []
    for account in store.accounts():
        for row in store.followups(account):
            if row.key == ident or short_id(row.key).startswith(wanted):
                matches.append((account, row))
    exact = [m for m in matches if m[1].key == ident or short_id(m[1].key) == wanted]
    if len(exact) == 1:
        return exact[0]
    if not matches:
        # an application's id (as `status` shows it, or showed it before ids were
        # unified) names its one planned follow-up
        for account in store.accounts():
            for row in store.followups(account, UPCOMING):
                if short_id_matches(row.application_key, wanted):
                    matches.append((account, row))
    if not matches:
        raise typer.BadParameter(
            f"no follow-up has the id {ident!r}; `followup-agent drafts` lists them",
            param_hint="ID",
        )
    if len(matches) > 1:
        ids = ", ".join(sorted(short_id(r.key) for _, r in matches))
        raise typer.BadParameter(f"{ident!r} matches several follow-ups: {ids}", param_hint="ID")
    return matches[0]


def _app_names(store: Store, account: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for app in store.applications(account):
        names[app.key] = f"{app.company} — {app.role}" if app.role else app.company
    return names


def _original_bytes(raw: str | None) -> bytes | None:
    return raw.encode("utf-8", "surrogateescape") if raw is not None else None


# --------------------------------------------------------------------------- drafts


@dataclass
class DraftsReport:
    drafts: list[dict[str, Any]]
    upcoming: list[dict[str, Any]]
    skipped: list[dict[str, Any]]
    checked: bool
    warning: str | None = None
    missed: list[dict[str, Any]] = field(default_factory=list)


def collect_drafts(cfg: Config, *, offline: bool, now: datetime) -> DraftsReport:
    """Every draft the agent made (refreshed from the mailbox) and what comes next."""
    if not store_path(cfg).exists():
        return DraftsReport([], [], [], False)
    store = open_existing_store(cfg)
    try:
        box: Mailbox | None = None
        warning = None
        if not offline:
            from agent.mail import open_mailbox

            try:
                box = open_mailbox(cfg, now=now)
            except MailError as exc:
                warning = (
                    f"could not reach the mailbox ({exc}); showing the stored states "
                    "(--offline skips this check)"
                )
        try:
            return _collect(store, box, now=now, warning=warning)
        finally:
            if box is not None:
                box.close()
    finally:
        store.close()


def _collect(
    store: Store, box: Mailbox | None, *, now: datetime, warning: str | None
) -> DraftsReport:
    drafts: list[dict[str, Any]] = []
    upcoming: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []
    live_account = box.account if box is not None else None
    for account in store.accounts():
        names = _app_names(store, account)
        for row in store.followups(account):
            app = names.get(row.application_key, row.application_key)
            base = {
                "id": short_id(row.key),
                "kind": row.kind,
                "application": app,
                **recipients(row.recipients),
                "due_at": row.due_at.isoformat(),
            }
            if row.draft_id and row.status in (
                FollowUpStatus.DRAFTED,
                FollowUpStatus.SENT,
                FollowUpStatus.DISCARDED,
            ):
                state, checked = _draft_state(store, box, live_account, account, row, now)
                drafts.append(
                    {
                        **base,
                        "state": state,
                        "checked": checked,
                        "draft_id": row.draft_id,
                        "message_id": row.draft_message_id,
                        "drafted_at": row.updated_at.isoformat(),
                    }
                )
            elif row.status in UPCOMING:
                upcoming.append(
                    {
                        **base,
                        "status": row.status.value,
                        "when": effective_due(row).isoformat(),
                        "snoozed_until": (
                            row.snoozed_until.isoformat() if row.snoozed_until else None
                        ),
                        "reason": row.reason,
                    }
                )
            elif row.status is FollowUpStatus.DISCARDED:
                skipped.append({**base, "reason": row.reason})
            elif row.status is FollowUpStatus.MISSED:
                missed.append({**base, "reason": row.reason, "hint": revive_hint(row)})
    upcoming.sort(key=lambda d: (d["when"], d["id"]))
    missed.sort(key=lambda d: (d["due_at"], d["id"]))
    return DraftsReport(drafts, upcoming, skipped, box is not None, warning, missed)


def _draft_state(
    store: Store,
    box: Mailbox | None,
    live_account: str | None,
    account: str,
    row: FollowUpRow,
    now: datetime,
) -> tuple[str, bool]:
    """The draft's state now; SENT and DELETED are written back to the store."""
    stored = {
        FollowUpStatus.SENT: "sent",
        FollowUpStatus.DISCARDED: "discarded",
    }.get(row.status, "waiting")
    if row.status is not FollowUpStatus.DRAFTED or box is None or live_account != account:
        return stored, False
    ref = DraftRef(
        draft_id=row.draft_id or "",
        message_id=row.draft_message_id or "",
        thread_id=row.draft_thread_id,
    )
    try:
        state = box.draft_state(ref, original=_original_bytes(row.draft_raw))
    except MailError as exc:
        logger.warning("could not check draft %s: %s", short_id(row.key), exc)
        return stored, False
    if state is DraftState.DELETED:
        with store.transaction():
            store.update_followup(account, row.key, now=now, status=FollowUpStatus.DISCARDED)
        return "discarded", True
    if state is DraftState.SENT:
        with store.transaction():
            store.update_followup(account, row.key, now=now, status=FollowUpStatus.SENT)
        return "sent", True
    return ("edited" if state is DraftState.EDITED else "waiting"), True


def _local(dt_text: str, cfg: Config) -> str:
    return datetime.fromisoformat(dt_text).astimezone(cfg.tz).strftime("%a %b %d %H:%M")


def drafts(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of tables."),
    offline: bool = typer.Option(
        False, "--offline", help="Do not ask the mailbox; show the states last recorded."
    ),
    config: Path | None = config_option(),
) -> None:
    """List the drafts the agent made (waiting, edited, sent, discarded), what comes next,
    and the moments it missed (each with the id that revives it)."""
    cfg = get_config(ctx, config)
    report = collect_drafts(cfg, offline=offline, now=parse_now(None, cfg))
    if report.warning:
        err_console.print(f"[yellow]warning:[/] {report.warning}", highlight=False)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "drafts": report.drafts,
                    "upcoming": report.upcoming,
                    "skipped": report.skipped,
                    "missed": report.missed,
                    "checked_mailbox": report.checked,
                },
                indent=None,
            )
        )
        return
    if not report.drafts and not report.upcoming and not report.missed:
        console.print("No drafts yet and nothing coming up.", highlight=False)
    if report.drafts:
        table = Table(title="Drafts the agent made", title_justify="left")
        table.add_column("id", no_wrap=True)
        table.add_column("kind")
        table.add_column("application")
        table.add_column("to", overflow="fold")
        table.add_column("state")
        table.add_column("drafted", no_wrap=True)
        for d in report.drafts:
            label = STATE_LABELS.get(d["state"], d["state"])
            if not d["checked"] and d["state"] == "waiting":
                label += " (not checked)"
            table.add_row(
                d["id"],
                KIND_LABELS.get(d["kind"], d["kind"]),
                for_markup(d["application"]),
                for_markup(d["to"]) if d["to"] else "[yellow]no recipient: fill in To[/]",
                label,
                _local(d["drafted_at"], cfg),
            )
        console.print(table)
    if report.upcoming:
        wide = console.width >= 140  # the reasons are long sentences: only when they fit
        table = Table(title="Coming up", title_justify="left")
        table.add_column("id", no_wrap=True)
        table.add_column("kind")
        table.add_column("application")
        table.add_column("to", overflow="fold")
        table.add_column("when", no_wrap=True)
        if wide:
            table.add_column("why")
        for u in report.upcoming:
            when = _local(u["when"], cfg)
            if u["snoozed_until"]:
                when += " (snoozed)"
            row = [
                u["id"],
                KIND_LABELS.get(u["kind"], u["kind"]),
                for_markup(u["application"]),
                for_markup(u["to"]) if u["to"] else "[yellow]no recipient[/]",
                when,
            ]
            table.add_row(*row, *([for_markup(u["reason"])] if wide else []))
        console.print(table)
        console.print(
            "Steer one with `followup-agent skip ID` or `followup-agent snooze ID --until DATE`"
            + ("" if wide else "; `followup-agent status` or `drafts --json` say why"),
            highlight=False,
            markup=False,
        )
    if report.missed:
        table = Table(title="Missed (too late when first seen)", title_justify="left")
        table.add_column("id", no_wrap=True)
        table.add_column("kind")
        table.add_column("application")
        table.add_column("was due", no_wrap=True)
        for m in report.missed:
            table.add_row(
                m["id"],
                KIND_LABELS.get(m["kind"], m["kind"]),
                for_markup(m["application"]),
                _local(m["due_at"], cfg),
            )
        console.print(table)
        console.print(
            "Draft one anyway with `followup-agent revive ID` "
            "(or later: `followup-agent snooze ID --until DATE`)",
            highlight=False,
            markup=False,
        )


# --------------------------------------------------------------------------- skip / snooze


NOW_HELP = "Pretend it is this time (ISO-8601); default: the real clock."


def _refuse_unless(row: FollowUpRow, allowed: tuple[FollowUpStatus, ...], verb: str) -> None:
    """A usage error when ``row`` is not in a state ``verb`` can act on."""
    if row.status not in allowed:
        values = [s.value for s in allowed]
        names = values[-1] if len(values) == 1 else ", ".join(values[:-1]) + f" or {values[-1]}"
        raise typer.BadParameter(
            f"{short_id(row.key)} is {row.status.value}; only {names} follow-ups can be {verb}",
            param_hint="ID",
        )


@dataclass
class Steering:
    """One follow-up the user is steering, with the config, clock and open store."""

    cfg: Config
    now: datetime
    store: Store
    account: str
    row: FollowUpRow

    @property
    def sid(self) -> str:
        return short_id(self.row.key)

    def update(self, **changes: Any) -> None:
        with self.store.transaction():
            self.store.update_followup(self.account, self.row.key, now=self.now, **changes)


@contextlib.contextmanager
def _steering(
    ctx: typer.Context,
    config: Path | None,
    now_text: str | None,
    ident: str,
    allowed: tuple[FollowUpStatus, ...],
    verb: str,
) -> Iterator[Steering]:
    cfg = get_config(ctx, config)
    now = parse_now(now_text, cfg)
    with open_existing_store(cfg) as store:
        account, row = find_followup(store, ident)
        _refuse_unless(row, allowed, verb)
        yield Steering(cfg, now, store, account, row)


def skip(
    ctx: typer.Context,
    ident: str = typer.Argument(..., metavar="ID", help="The id shown by `followup-agent drafts`."),
    config: Path | None = config_option(),
) -> None:
    """Never draft this planned (or missed) follow-up (it is marked discarded)."""
    cfg = get_config(ctx, config)
    now = parse_now(None, cfg)
    with open_existing_store(cfg) as store:
        account, row = find_followup(store, ident)
        sid = short_id(row.key)
        if row.status is FollowUpStatus.DISCARDED:
            console.print(f"{sid} was already skipped; nothing to do.", highlight=False)
            return
        if row.status is FollowUpStatus.DRAFTED:
            raise typer.BadParameter(
                f"{sid} is already a draft in your mailbox; delete the draft there and it "
                "will never be made again",
                param_hint="ID",
            )
        try:
            steering.skip(store, account, row, now=now)
        except steering.NotSteerable as e:
            raise typer.BadParameter(f"{sid} is {e}", param_hint="ID") from None
    logger.info("follow-up %s skipped by the user", sid)
    console.print(f"skipped {sid} ({row.kind}); it will not be drafted.", highlight=False)


def parse_until(value: str, cfg: Config, row_due: datetime) -> datetime:
    """``--until``: a date (at the follow-up's own time of day) or an ISO date-time."""
    text = value.strip()
    try:
        if "T" in text or " " in text:
            parsed = datetime.fromisoformat(text)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=cfg.tz)
        day = date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(
            f"expected a date such as 2026-03-20 or a date-time such as 2026-03-20T09:00, "
            f"got {value!r}",
            param_hint="--until",
        ) from None
    return steering.snooze_time(day, row_due, cfg.tz)


def snooze(
    ctx: typer.Context,
    ident: str = typer.Argument(..., metavar="ID", help="The id shown by `followup-agent drafts`."),
    until: str = typer.Option(
        ...,
        "--until",
        help="New date (at the follow-up's usual time of day) or date-time, e.g. 2026-03-20.",
    ),
    now_text: str | None = typer.Option(None, "--now", help=NOW_HELP),
    config: Path | None = config_option(),
) -> None:
    """Move a planned (or missed) follow-up to a later time; it is drafted then, not before."""
    with _steering(ctx, config, now_text, ident, steering.STEERABLE, "snoozed") as s:
        new_time = parse_until(until, s.cfg, s.row.due_at)
        try:
            steering.snooze(s.store, s.account, s.row, new_time, now=s.now)
        except steering.NotInFuture as e:
            raise typer.BadParameter(str(e), param_hint="--until") from None
    logger.info("follow-up %s snoozed until %s", s.sid, new_time.isoformat())
    console.print(
        f"snoozed {s.sid} ({s.row.kind}) until {new_time.astimezone(s.cfg.tz):%a %Y-%m-%d %H:%M}.",
        highlight=False,
    )


def revive(
    ctx: typer.Context,
    ident: str = typer.Argument(
        ...,
        metavar="ID",
        help="The id of a missed or skipped follow-up (`status` and `drafts` list them).",
    ),
    now_text: str | None = typer.Option(None, "--now", help=NOW_HELP),
    config: Path | None = config_option(),
) -> None:
    """Draft a missed or skipped follow-up after all: due now if its time has passed (the next
    pass drafts it), else planned for its time again."""
    cfg = get_config(ctx, config)
    now = parse_now(now_text, cfg)
    with open_existing_store(cfg) as store:
        account, row = find_followup(store, ident)
        sid = short_id(row.key)
        try:
            row = steering.revive(store, account, row, now=now)
        except steering.NotRevivable as e:
            raise typer.BadParameter(
                f"{sid} is {e} (snooze moves planned ones)", param_hint="ID"
            ) from None
    logger.info("follow-up %s revived by the user (%s)", sid, row.status.value)
    label = KIND_LABELS.get(row.kind, row.kind)
    if row.status is FollowUpStatus.DUE:
        then = "the next pass (`followup-agent run --once`, or the daemon's next scan) drafts it"
    else:
        then = f"it is planned for {row.due_at.astimezone(cfg.tz):%a %Y-%m-%d %H:%M}"
    console.print(f"revived {sid} ({label}); {then}.", highlight=False)


# --------------------------------------------------------------------------- doctor


@dataclass
class Check:
    name: str
    status: str  # ok | warn | fail | skip
    detail: str
    fix: str | None = None


def _check_config(path: Path | None) -> tuple[Check, Config | None]:
    shown = path or default_config_path()
    if path is None and not shown.exists():
        return (
            Check(
                "config",
                "fail",
                f"no config file at {shown}",
                "create one with `followup-agent config init`, then edit it",
            ),
            None,
        )
    try:
        cfg = load_config(path)
    except ConfigError as exc:
        return (
            Check(
                "config",
                "fail",
                str(exc),
                f"edit {exc.file or shown}; `followup-agent config check` validates it",
            ),
            None,
        )
    missing = identity_problems(cfg)
    if missing:
        key, message = missing[0]
        return (
            Check(
                "config",
                "fail",
                f"{shown}: {key}: {message}",
                f"set {' and '.join(k for k, _ in missing)} in {shown}",
            ),
            cfg,
        )
    return Check("config", "ok", f"{shown} is valid"), cfg


def _write_probe(directory: Path) -> str | None:
    """Why nothing can be written in ``directory`` (None: a file was created and removed).

    A real write, not ``os.access``: permissions, read-only mounts, ACLs and root all
    answer truthfully this way."""
    import tempfile

    try:
        fd, name = tempfile.mkstemp(prefix=".followup-agent-probe-", dir=directory)
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(fd)
    os.unlink(name)
    return None


def _nearest_existing(path: Path) -> Path:
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _drafts_dir(cfg: Config) -> Path | None:
    """Where Maildir-family backends write drafts (Gmail and IMAP: on the server)."""
    if cfg.mailbox.backend == "maildir":
        m = cfg.mailbox.maildir
        return Path(m.path).expanduser() / f".{m.drafts_folder}"
    if cfg.mailbox.backend == "mbox":
        return Path(cfg.mailbox.mbox.drafts_maildir).expanduser()
    return None


def _check_drafts_writable(cfg: Config) -> str | None:
    folder = _drafts_dir(cfg)
    if folder is None:
        return None
    target = folder / "tmp" if (folder / "tmp").exists() else _nearest_existing(folder)
    if not target.is_dir():
        return f"{target} is not a directory"
    problem = _write_probe(target)
    return f"cannot write in {target}: {problem}" if problem else None


def _dir_write_probe(path: Path) -> None:
    problem = _write_probe(path.parent)  # WAL mode creates -wal and -shm files beside it
    if problem:
        raise OSError(f"its directory {path.parent} is not writable: {problem}")


def _store_write_probe(path: Path) -> None:
    """Write to the store and roll back: a read-only file or directory fails here, not in
    the middle of a run (BEGIN IMMEDIATE alone succeeds on a read-only file)."""
    import sqlite3

    conn = sqlite3.connect(str(path), timeout=5, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE doctor_write_probe (x INTEGER)")
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _check_store(cfg: Config) -> list[Check]:
    from agent.daemon import lock_is_free, lock_path
    from agent.store import SCHEMA_VERSION

    path = store_path(cfg)
    checks: list[Check] = []
    if not path.exists():
        parent = _nearest_existing(path.parent)
        if parent.is_dir() and _write_probe(parent) is None:
            checks.append(
                Check("store", "ok", f"{path} does not exist yet; the first run creates it")
            )
        else:
            checks.append(
                Check(
                    "store",
                    "fail",
                    f"cannot create {path}: {parent} is not writable",
                    "set store.path to a writable place",
                )
            )
            return checks
    else:
        try:
            _dir_write_probe(path)  # first: in WAL mode an unwritable directory fails vaguely
            with Store.open(path) as store:
                version = store.schema_version
            _store_write_probe(path)
        except StoreError as exc:
            checks.append(
                Check("store", "fail", str(exc), "check store.path and the file's permissions")
            )
            return checks
        except Exception as exc:  # e.g. sqlite3.OperationalError: readonly database
            checks.append(
                Check(
                    "store",
                    "fail",
                    f"{path} is not writable: {exc}",
                    "check the file's owner and permissions (and its directory's)",
                )
            )
            return checks
        if version != SCHEMA_VERSION:
            checks.append(
                Check(
                    "store",
                    "fail",
                    f"{path} has schema {version}, this followup-agent knows {SCHEMA_VERSION}",
                    "upgrade followup-agent",
                )
            )
        else:
            checks.append(Check("store", "ok", f"{path} opens, schema {version}, writable"))
    if not path.exists():  # no store, so no daemon has run on it: nothing to probe
        checks.append(Check("lock", "ok", "no daemon has used this store yet"))
        return checks
    try:
        free = lock_is_free(path)
    except OSError as exc:
        checks.append(Check("lock", "fail", f"cannot use {lock_path(path)}: {exc}"))
        return checks
    if free:
        checks.append(Check("lock", "ok", "no daemon is using this store"))
    else:
        checks.append(
            Check(
                "lock",
                "warn",
                f"a followup-agent daemon is running on this store ({lock_path(path)} is held)",
                "fine if you meant it to; stop it before starting another",
            )
        )
    return checks


def _login_fix(cfg: Config, exc: Exception) -> str:
    backend = cfg.mailbox.backend
    if backend == "imap":
        s = cfg.mailbox.imap
        if isinstance(exc, AuthError):
            where = (
                f"the keyring entry {s.keyring_service!r}"
                if s.keyring_service
                else f"${s.password_env}"
            )
            return f"check mailbox.imap.username ({s.username}) and the password in {where}"
        return (
            f"check mailbox.imap.host/port/security ({s.host}:{s.port}, {s.security}) "
            "and your network"
        )
    if backend == "gmail":
        g = cfg.mailbox.gmail
        if isinstance(exc, AuthError):
            return (
                f"run `followup-agent auth`: the token in {g.token_file} is missing, expired "
                f"or revoked (client secrets: {g.credentials_file})"
            )
        return "check your network (and mailbox.gmail.api_endpoint if you set one)"
    if backend == "maildir":
        return f"check mailbox.maildir.path ({cfg.mailbox.maildir.path})"
    return f"check mailbox.mbox.path ({cfg.mailbox.mbox.path})"


PROBE_MESSAGE_ID = "<doctor-probe@followup-agent.invalid>"


def _probe_login(box: Mailbox, cursors: dict[str, str] | None) -> str:
    """The account, after the cheapest call that needs a logged-in session where one is cheap.

    With a stored cursor that is an incremental ``changes`` (nothing is stored); without
    one, the Drafts search below is the first call that logs in (IMAP connects lazily).
    """
    check = getattr(box, "check", None)
    if callable(check):
        check()
    account = box.account  # Gmail: getProfile unless the address is saved with the token
    cursor = (cursors or {}).get(account)
    if cursor is not None:
        box.changes(cursor)
    return account


def _check_mailbox(cfg: Config, now: datetime) -> list[Check]:
    from agent.mail import open_mailbox
    from agent.mail.gmail_auth import DRAFT_SCOPES

    backend = cfg.mailbox.backend
    imap = cfg.mailbox.imap
    if (
        backend == "imap"
        and imap.auth == "password"
        and not imap.keyring_service
        and imap.password_env
        and not os.environ.get(imap.password_env)
    ):
        return [
            Check(
                "mailbox login",
                "fail",
                f"${imap.password_env} is not set",
                f"export {imap.password_env}=... (or set mailbox.imap.keyring_service)",
            ),
            Check("drafts access", "skip", "needs a working login"),
        ]
    cursors = _stored_cursor(cfg)
    try:
        box = open_mailbox(cfg, now=now)
    except (MailError, OSError) as exc:
        return [
            Check("mailbox login", "fail", f"{backend}: {exc}", _login_fix(cfg, exc)),
            Check("drafts access", "skip", "needs a working login"),
        ]
    login_exc: Exception | None = None
    drafts_exc: Exception | None = None
    server_refuses: str | None = None  # why the server would refuse a draft (IMAP)
    account = "?"
    try:
        try:
            account = _probe_login(box, cursors)
        except (MailError, OSError) as exc:
            login_exc = exc
        if login_exc is None:
            try:
                box.find_drafts([PROBE_MESSAGE_ID])
            except (AuthError, TransientMailError) as exc:
                login_exc = exc  # the search was the first call to log in
            except (MailError, OSError) as exc:
                drafts_exc = exc
        ask_server = getattr(box, "drafts_writable", None)
        if login_exc is None and drafts_exc is None and callable(ask_server):
            try:
                server_refuses = ask_server()
            except (MailError, OSError) as exc:
                drafts_exc = exc
    finally:
        box.close()
    scopes: list[str] | None = None
    if backend == "gmail" and login_exc is None and drafts_exc is None:
        try:
            scopes = _gmail_granted_scopes(cfg)
        except (MailError, OSError) as exc:
            drafts_exc = exc
    if login_exc is not None:
        return [
            Check("mailbox login", "fail", f"{backend}: {login_exc}", _login_fix(cfg, login_exc)),
            Check("drafts access", "skip", "needs a working login"),
        ]
    checks = [Check("mailbox login", "ok", f"{backend}: {account}")]
    if drafts_exc is not None:
        fix = (
            "set mailbox.imap.drafts_folder to your server's Drafts folder"
            if backend == "imap"
            else "the Gmail token needs the gmail.compose scope: run `followup-agent auth`"
            if backend == "gmail"
            else "check that the Drafts folder is readable and writable"
        )
        checks.append(Check("drafts access", "fail", f"{backend}: {drafts_exc}", fix))
    elif scopes is not None and not DRAFT_SCOPES.intersection(scopes):
        checks.append(
            Check(
                "drafts access",
                "fail",
                f"gmail: the token has {_short_scopes(scopes)}, none of which may save "
                "drafts (gmail.compose is needed)",
                "run `followup-agent auth` and allow followup-agent to manage drafts",
            )
        )
    elif scopes is not None:
        checks.append(
            Check(
                "drafts access",
                "ok",
                f"the Drafts folder can be searched; the token has {_short_scopes(scopes)}",
            )
        )
    elif server_refuses is not None:
        checks.append(
            Check(
                "drafts access",
                "fail",
                f"{backend}: {server_refuses}",
                "set mailbox.imap.drafts_folder to a folder you may write in, "
                "or ask the server's administrator for the insert right",
            )
        )
    elif (unwritable := _check_drafts_writable(cfg)) is not None:
        checks.append(
            Check(
                "drafts access",
                "fail",
                f"{backend}: {unwritable}",
                "drafts are written there: check its owner and permissions "
                "(or point the drafts folder elsewhere)",
            )
        )
    elif _drafts_dir(cfg) is not None:
        checks.append(Check("drafts access", "ok", "the Drafts folder can be searched and written"))
    elif callable(ask_server):
        checks.append(
            Check(
                "drafts access", "ok", "the Drafts folder can be searched; the server allows drafts"
            )
        )
    else:
        checks.append(Check("drafts access", "ok", "the Drafts folder can be searched"))
    return checks


def _gmail_granted_scopes(cfg: Config) -> list[str]:
    """The scopes Google granted the saved token. Not recorded yet (a token saved by an
    older followup-agent): one refresh, whose answer names them, records them."""
    from agent.mail import gmail_auth

    token_file = Path(cfg.mailbox.gmail.token_file).expanduser()
    scopes = gmail_auth.read_granted_scopes(token_file)
    if scopes is None:
        creds = gmail_auth.load_credentials(token_file, refresh=False)
        gmail_auth.refresh_credentials(creds, token_file)
        scopes = gmail_auth.read_granted_scopes(token_file)
    if scopes is None:
        raise AuthError(
            f"Google did not say which scopes the token in {token_file} has; "
            "run `followup-agent auth` again"
        )
    return scopes


def _short_scopes(scopes: list[str]) -> str:
    return ", ".join(s.removeprefix("https://www.googleapis.com/auth/") for s in scopes)


def _stored_cursor(cfg: Config) -> dict[str, str] | None:
    """Each account's stored sync cursor: probing with it is cheap on every backend."""
    path = store_path(cfg)
    if not path.exists():
        return None
    try:
        with Store.open(path) as store:
            out: dict[str, str] = {}
            for account in store.accounts():
                value = store.cursor(account)
                if value is not None:
                    out[account] = value
            return out
    except (StoreError, OSError):
        return None


def run_doctor(path: Path | None) -> list[Check]:
    """Every check, in order; later ones are skipped when what they need failed."""
    first, cfg = _check_config(path)
    checks = [first]
    if cfg is None:
        checks += [
            Check(name, "skip", "needs a valid config")
            for name in ("store", "lock", "mailbox login", "drafts access")
        ]
        return checks
    checks += _check_store(cfg)
    checks += _check_mailbox(cfg, parse_now(None, cfg))
    return checks


MARKS: dict[str, str] = {
    "ok": "[green]✓[/]",
    "warn": "[yellow]![/]",
    "fail": "[bold red]✗[/]",
    "skip": "[dim]-[/]",
}


def doctor(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object per check."),
    config: Path | None = config_option(),
) -> None:
    """Check config, store, mailbox login and Drafts access; say what to fix."""
    checks = run_doctor(config_path(ctx, config))
    failed = any(c.status == "fail" for c in checks)
    if as_json:
        for c in checks:
            typer.echo(json.dumps(c.__dict__))
    else:
        for c in checks:
            console.print(
                f"{MARKS[c.status]} {c.name}: {for_markup(c.detail)}",
                highlight=False,
                soft_wrap=True,
            )
            if c.fix and c.status in ("fail", "warn"):
                console.print(f"    fix: {c.fix}", highlight=False, markup=False, soft_wrap=True)
        console.print(
            "[bold red]some checks failed[/]" if failed else "[green]all good[/]",
            highlight=False,
        )
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    commands: list[tuple[str, Callable[..., None]]] = [
        ("drafts", drafts),
        ("skip", skip),
        ("snooze", snooze),
        ("revive", revive),
        ("doctor", doctor),
    ]
    for name, fn in commands:
        app.command(name)(fn)
