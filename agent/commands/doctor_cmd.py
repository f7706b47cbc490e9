"""``doctor``: check config, store, lock, mailbox login and Drafts access; say what to fix.

Each check is real, not a guess: the store and the drafts folder are written to (and
rolled back), the mailbox is logged into with the cheapest call that needs a session.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import typer

from agent.clikit import (
    config_option,
    config_path,
    console,
    parse_now,
    store_path,
)
from agent.config import Config, default_config_path, identity_problems, load_config
from agent.errors import AuthError, ConfigError, MailError, StoreError, TransientMailError
from agent.mail.base import Mailbox
from agent.store import SCHEMA_VERSION, Store
from agent.store_lock import lock_is_free, lock_path
from agent.terminal_text import for_markup

logger = logging.getLogger(__name__)


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
    conn = sqlite3.connect(str(path), timeout=5, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("CREATE TABLE doctor_write_probe (x INTEGER)")
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _check_store(cfg: Config) -> list[Check]:
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


def _login_failed(cfg: Config, exc: Exception) -> list[Check]:
    return [
        Check("mailbox login", "fail", f"{cfg.mailbox.backend}: {exc}", _login_fix(cfg, exc)),
        Check("drafts access", "skip", "needs a working login"),
    ]


def _password_missing(cfg: Config) -> list[Check] | None:
    """IMAP with a password variable that is not set: said before any connection."""
    imap = cfg.mailbox.imap
    if (
        cfg.mailbox.backend == "imap"
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
    return None


@dataclass
class _Probe:
    """What asking the mailbox found: the account, or why login or Drafts failed."""

    account: str = "?"
    login_exc: Exception | None = None
    drafts_exc: Exception | None = None
    server_refuses: str | None = None  # why the server would refuse a draft (IMAP)
    asks_server: bool = False  # the backend can say whether Drafts is writable


def _probe(box: Mailbox, cursors: dict[str, str] | None) -> _Probe:
    """Log in, search Drafts, and ask the server whether a draft may be saved."""
    out = _Probe()
    try:
        out.account = _probe_login(box, cursors)
    except (MailError, OSError) as exc:
        out.login_exc = exc
        return out
    try:
        box.find_drafts([PROBE_MESSAGE_ID])
    except (AuthError, TransientMailError) as exc:
        out.login_exc = exc  # the search was the first call to log in
        return out
    except (MailError, OSError) as exc:
        out.drafts_exc = exc
        return out
    ask_server = getattr(box, "drafts_writable", None)
    out.asks_server = callable(ask_server)
    if ask_server is not None and callable(ask_server):
        try:
            out.server_refuses = ask_server()
        except (MailError, OSError) as exc:
            out.drafts_exc = exc
    return out


def _drafts_check(cfg: Config, probe: _Probe, scopes: list[str] | None) -> Check:
    """The "drafts access" line, from the probe, the Gmail token's scopes or the disk."""
    from agent.mail.gmail_auth import DRAFT_SCOPES

    backend = cfg.mailbox.backend
    if probe.drafts_exc is not None:
        fix = (
            "set mailbox.imap.drafts_folder to your server's Drafts folder"
            if backend == "imap"
            else "the Gmail token needs the gmail.compose scope: run `followup-agent auth`"
            if backend == "gmail"
            else "check that the Drafts folder is readable and writable"
        )
        return Check("drafts access", "fail", f"{backend}: {probe.drafts_exc}", fix)
    if scopes is not None and not DRAFT_SCOPES.intersection(scopes):
        return Check(
            "drafts access",
            "fail",
            f"gmail: the token has {_short_scopes(scopes)}, none of which may save "
            "drafts (gmail.compose is needed)",
            "run `followup-agent auth` and allow followup-agent to manage drafts",
        )
    if scopes is not None:
        return Check(
            "drafts access",
            "ok",
            f"the Drafts folder can be searched; the token has {_short_scopes(scopes)}",
        )
    if probe.server_refuses is not None:
        return Check(
            "drafts access",
            "fail",
            f"{backend}: {probe.server_refuses}",
            "set mailbox.imap.drafts_folder to a folder you may write in, "
            "or ask the server's administrator for the insert right",
        )
    unwritable = _check_drafts_writable(cfg)
    if unwritable is not None:
        return Check(
            "drafts access",
            "fail",
            f"{backend}: {unwritable}",
            "drafts are written there: check its owner and permissions "
            "(or point the drafts folder elsewhere)",
        )
    if _drafts_dir(cfg) is not None:
        return Check("drafts access", "ok", "the Drafts folder can be searched and written")
    if probe.asks_server:
        return Check(
            "drafts access", "ok", "the Drafts folder can be searched; the server allows drafts"
        )
    return Check("drafts access", "ok", "the Drafts folder can be searched")


def _check_mailbox(cfg: Config, now: datetime) -> list[Check]:
    """Login, then Drafts access: each only when what it needs worked."""
    from agent.mail import open_mailbox

    missing = _password_missing(cfg)
    if missing is not None:
        return missing
    cursors = _stored_cursor(cfg)
    try:
        box = open_mailbox(cfg, now=now)
    except (MailError, OSError) as exc:
        return _login_failed(cfg, exc)
    try:
        probe = _probe(box, cursors)
    finally:
        box.close()
    scopes: list[str] | None = None
    if cfg.mailbox.backend == "gmail" and probe.login_exc is None and probe.drafts_exc is None:
        try:
            scopes = _gmail_granted_scopes(cfg)
        except (MailError, OSError) as exc:
            probe.drafts_exc = exc
    if probe.login_exc is not None:
        return _login_failed(cfg, probe.login_exc)
    login = Check("mailbox login", "ok", f"{cfg.mailbox.backend}: {probe.account}")
    return [login, _drafts_check(cfg, probe, scopes)]


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
    app.command("doctor")(doctor)


__all__ = [
    "MARKS",
    "PROBE_MESSAGE_ID",
    "Check",
    "doctor",
    "register",
    "run_doctor",
]
