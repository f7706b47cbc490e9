"""``followup-agent doctor``: a checklist that says what to fix, exit 1 when anything failed."""

from __future__ import annotations

import json
import mailbox
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.cli import main
from agent.store import SCHEMA_VERSION, Store
from agent.store_lock import lock_path


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def write_config(tmp: Path, *, maildir: Path | None = None, extra: str = "") -> Path:
    maildir = maildir or tmp / "Mail"
    cfg = tmp / "config.yaml"
    cfg.write_text(
        textwrap.dedent(
            f"""\
            timezone: America/New_York
            me: {{name: Alex Rivera, addresses: [alex.rivera@example.com]}}
            mailbox:
              backend: maildir
              maildir: {{path: '{maildir}'}}
            store: {{path: '{tmp / "state" / "state.db"}'}}
            """
        )
        + extra
    )
    return cfg


def make_maildir(root: Path) -> Path:
    box = mailbox.Maildir(str(root), create=True)
    box.add_folder("Sent")
    return root


def doctor_json(capsys: pytest.CaptureFixture[str], cfg: Path) -> tuple[int, dict[str, dict]]:
    code, out, _ = run_cli(capsys, "--config", str(cfg), "doctor", "--json")
    checks = [json.loads(line) for line in out.splitlines() if line.strip()]
    return code, {c["name"]: c for c in checks}


def test_all_green_on_a_fresh_setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_maildir(tmp_path / "Mail")
    cfg = write_config(tmp_path)
    code, out, _ = run_cli(capsys, "--config", str(cfg), "doctor")
    assert code == 0, out
    assert "all good" in out
    for name in ("config", "store", "lock", "mailbox login", "drafts access"):
        assert f"✓ {name}" in out
    assert "first run creates it" in out
    assert not (tmp_path / "state" / "state.db").exists()  # doctor creates nothing


def test_existing_store_is_opened_and_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_maildir(tmp_path / "Mail")
    cfg = write_config(tmp_path)
    Store.open(tmp_path / "state" / "state.db").close()
    code, checks = doctor_json(capsys, cfg)
    assert code == 0
    assert checks["store"]["status"] == "ok"
    assert f"schema {SCHEMA_VERSION}, writable" in checks["store"]["detail"]
    assert checks["lock"]["status"] == "ok"


def test_bad_config_names_line_and_key_and_skips_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path, extra="scan:\n  evry: 5m\n")
    code, checks = doctor_json(capsys, cfg)
    assert code == 1
    assert checks["config"]["status"] == "fail"
    assert ":8:" in checks["config"]["detail"] and "scan.evry" in checks["config"]["detail"]
    assert "config check" in checks["config"]["fix"]
    assert {checks[n]["status"] for n in ("store", "mailbox login", "drafts access")} == {"skip"}


def test_missing_maildir_fails_login_with_a_fix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = write_config(tmp_path, maildir=tmp_path / "nowhere")
    code, out, _ = run_cli(capsys, "--config", str(cfg), "doctor")
    assert code == 1
    assert "✗ mailbox login" in out
    assert "fix: check mailbox.maildir.path" in out
    assert "- drafts access" in out
    assert "some checks failed" in out


def test_store_from_a_newer_version_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_maildir(tmp_path / "Mail")
    cfg = write_config(tmp_path)
    db = tmp_path / "state" / "state.db"
    Store.open(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 99")
    code, checks = doctor_json(capsys, cfg)
    assert code == 1
    assert checks["store"]["status"] == "fail"
    assert "newer followup-agent" in checks["store"]["detail"]
    assert checks["mailbox login"]["status"] == "ok"  # the other checks still run


def test_corrupt_store_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_maildir(tmp_path / "Mail")
    cfg = write_config(tmp_path)
    db = tmp_path / "state" / "state.db"
    db.parent.mkdir()
    db.write_bytes(b"this is not a database" * 100)
    code, checks = doctor_json(capsys, cfg)
    assert code == 1
    assert checks["store"]["status"] == "fail"


def test_a_running_daemon_is_reported_not_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_maildir(tmp_path / "Mail")
    cfg = write_config(tmp_path)
    db = tmp_path / "state" / "state.db"
    Store.open(db).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from filelock import FileLock; "
            f"lk = FileLock({str(lock_path(db))!r}, timeout=0); lk.acquire(); "
            "print('held', flush=True); sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        code, checks = doctor_json(capsys, cfg)
    finally:
        holder.communicate("", timeout=30)
    assert code == 0
    assert checks["lock"]["status"] == "warn"
    assert "daemon is running" in checks["lock"]["detail"]


def test_imap_without_password_says_which_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FOLLOWUP_DOCTOR_TEST_PW", raising=False)
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        "mailbox:\n  backend: imap\n  imap:\n    host: 127.0.0.1\n    port: 1\n"
        "    security: none\n    username: alex\n    password_env: FOLLOWUP_DOCTOR_TEST_PW\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    code, checks = doctor_json(capsys, cfg)
    assert code == 1
    assert checks["mailbox login"]["status"] == "fail"
    assert "FOLLOWUP_DOCTOR_TEST_PW" in checks["mailbox login"]["detail"]
    assert "export FOLLOWUP_DOCTOR_TEST_PW" in checks["mailbox login"]["fix"]


# --------------------------------------------------------------------------- a real IMAP server


@pytest.fixture(scope="module")
def dovecot() -> Iterator[object]:
    from tests.dovecot import require_dovecot, running_dovecot

    require_dovecot()
    with running_dovecot() as server:
        yield server


def imap_config(
    tmp: Path, server: object, user: str, port: int | None = None, drafts: str | None = None
) -> Path:
    cfg = tmp / "config.yaml"
    cfg.write_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n  backend: imap\n  imap:\n    host: 127.0.0.1\n"
        f"    port: {port or server.port}\n"  # type: ignore[attr-defined]
        "    security: none\n"
        f"    username: {user}\n"
        + (f"    drafts_folder: {drafts}\n" if drafts else "")
        + "    password_env: FOLLOWUP_DOCTOR_IMAP_PW\n    timeout: 10s\n"
        f"store: {{path: '{tmp / 'state.db'}'}}\n"
    )
    return cfg


def test_imap_login_and_drafts_ok(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    dovecot: object,
) -> None:
    user = dovecot.add_user()  # type: ignore[attr-defined]
    monkeypatch.setenv("FOLLOWUP_DOCTOR_IMAP_PW", dovecot.password(user))  # type: ignore[attr-defined]
    code, checks = doctor_json(capsys, imap_config(tmp_path, dovecot, user))
    assert code == 0, checks
    assert checks["mailbox login"]["status"] == "ok"
    assert user in checks["mailbox login"]["detail"]
    assert checks["drafts access"]["status"] == "ok"
    assert "the server allows drafts" in checks["drafts access"]["detail"]


def test_imap_read_only_drafts_folder_fails(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    dovecot: object,
) -> None:
    """No ACL extension here: doctor SELECTs Drafts and believes the server's [READ-ONLY]
    (Dovecot says so when the mail process cannot write the folder's Maildir)."""
    import os

    from tests.mailfactory import make_message

    user = dovecot.add_user()  # type: ignore[attr-defined]
    monkeypatch.setenv("FOLLOWUP_DOCTOR_IMAP_PW", dovecot.password(user))  # type: ignore[attr-defined]
    dovecot.deliver(user, make_message(message_id="<d@x>"), folder="Drafts", flags="DT")  # type: ignore[attr-defined]
    cur = dovecot.maildir(user, "Drafts") / "cur"  # type: ignore[attr-defined]
    before = dovecot.snapshot(user)  # type: ignore[attr-defined]
    os.chmod(cur, 0o555)
    try:
        code, out, _ = run_cli(
            capsys, "--config", str(imap_config(tmp_path, dovecot, user)), "doctor"
        )
    finally:
        os.chmod(cur, 0o755)
    assert code == 1, out
    assert "✓ mailbox login" in out
    assert (
        "✗ drafts access: imap: drafts folder 'Drafts' is read-only (server says READ-ONLY)" in out
    )
    assert "fix: set mailbox.imap.drafts_folder" in out
    assert dovecot.snapshot(user) == before  # the \\Deleted draft was not expunged


@pytest.fixture(scope="module")
def acl_dovecot() -> Iterator[object]:
    """A Dovecot with the IMAP ACL extension; the owner may not insert into 'Locked'."""
    from tests.dovecot import require_dovecot, running_dovecot

    require_dovecot()
    with running_dovecot(global_acl="Locked owner lrwstekxa\n") as server:
        yield server


@pytest.mark.parametrize("drafts", [None, "Locked"])
def test_imap_acl_myrights_decides(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    acl_dovecot: object,
    drafts: str | None,
) -> None:
    """With ACL (RFC 4314) doctor asks MYRIGHTS: Dovecot opens 'Locked' READ-WRITE (it may
    still flag and expunge) yet refuses APPEND, so only the missing 'i' right tells."""
    user = acl_dovecot.add_user()  # type: ignore[attr-defined]
    monkeypatch.setenv("FOLLOWUP_DOCTOR_IMAP_PW", acl_dovecot.password(user))  # type: ignore[attr-defined]
    client = acl_dovecot.client(user)  # type: ignore[attr-defined]
    try:
        assert b"ACL" in client.capabilities()
        client.create_folder("Locked")
        assert client.select_folder("Locked")[b"READ-WRITE"]
        with pytest.raises(Exception, match="NOPERM"):
            client.append("Locked", b"Subject: x\r\n\r\nx\r\n")
    finally:
        client.logout()
    code, checks = doctor_json(capsys, imap_config(tmp_path, acl_dovecot, user, drafts=drafts))
    if drafts is None:
        assert code == 0, checks
        assert checks["drafts access"]["status"] == "ok"
    else:
        assert code == 1, checks
        assert checks["drafts access"]["status"] == "fail"
        assert (
            "drafts folder 'Locked' is read-only (server says MYRIGHTS"
            in (checks["drafts access"]["detail"])
        )
        assert "without 'i'" in checks["drafts access"]["detail"]


def test_imap_wrong_password_fails_login_with_a_fix(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    dovecot: object,
) -> None:
    user = dovecot.add_user()  # type: ignore[attr-defined]
    monkeypatch.setenv("FOLLOWUP_DOCTOR_IMAP_PW", "not-the-password")
    code, out, _ = run_cli(capsys, "--config", str(imap_config(tmp_path, dovecot, user)), "doctor")
    assert code == 1
    assert "✗ mailbox login" in out
    assert (
        f"fix: check mailbox.imap.username ({user}) and the password in $FOLLOWUP_DOCTOR_IMAP_PW"
        in out
    )
    assert "- drafts access" in out


def test_imap_server_down_fails_login(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.dovecot import free_port

    monkeypatch.setenv("FOLLOWUP_DOCTOR_IMAP_PW", "x")
    cfg = imap_config(tmp_path, None, "alex@example.com", port=free_port())
    code, checks = doctor_json(capsys, cfg)
    assert code == 1
    assert checks["mailbox login"]["status"] == "fail"
    assert "host/port/security" in checks["mailbox login"]["fix"]


# --------------------------------------------------------------------------- the Gmail test server


def gmail_config(tmp: Path, url: str, token: Path) -> Path:
    cfg = tmp / "config.yaml"
    cfg.write_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n  backend: gmail\n"
        f"  gmail: {{api_endpoint: '{url}', token_file: '{token}'}}\n"
        f"store: {{path: '{tmp / 'state.db'}'}}\n"
    )
    return cfg


def gmail_doctor(
    tmp: Path, capsys: pytest.CaptureFixture[str], granted: list[str] | None = None
) -> tuple[int, dict[str, dict]]:
    """doctor --json against the Gmail test server; ``granted``: the token's recorded
    scopes (None: as `followup-agent auth` records them; empty: not recorded)."""
    from agent.mail.gmail_auth import SCOPES
    from tests.gmail_fixtures import write_saved_token
    from tests.gmail_server import GmailTestServer

    token = write_saved_token(
        tmp / "token.json", granted=list(SCOPES) if granted is None else granted
    )
    server = GmailTestServer("alex.rivera@example.com").start()
    try:
        return doctor_json(capsys, gmail_config(tmp, server.url, token))
    finally:
        server.stop()


def test_gmail_login_and_drafts_ok(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, checks = gmail_doctor(tmp_path, capsys)
    assert code == 0, checks
    assert checks["mailbox login"]["detail"] == "gmail: gmail:alex.rivera@example.com"
    assert checks["drafts access"]["status"] == "ok"
    assert checks["drafts access"]["detail"].endswith("the token has gmail.compose, gmail.readonly")


def test_gmail_token_without_compose_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, checks = gmail_doctor(
        tmp_path, capsys, granted=["https://www.googleapis.com/auth/gmail.readonly"]
    )
    assert code == 1, checks
    assert checks["mailbox login"]["status"] == "ok"
    assert checks["drafts access"]["status"] == "fail"
    assert "the token has gmail.readonly, none of which" in checks["drafts access"]["detail"]
    assert "followup-agent auth" in checks["drafts access"]["fix"]


@pytest.mark.parametrize("google_grants", [("readonly", "compose"), ("readonly",)])
def test_gmail_scopes_not_recorded_are_asked_of_google(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], google_grants: tuple[str, ...]
) -> None:
    """A token saved before the granted scopes were recorded: one refresh (Google's token
    endpoint, the one mock allowed) names them, and the token file keeps them."""
    import responses

    granted = [f"https://www.googleapis.com/auth/gmail.{g}" for g in google_grants]
    with responses.RequestsMock() as google:
        google.add_passthru("http://127.0.0.1")
        google.post(
            "https://oauth2.googleapis.com/token",
            json={
                "access_token": "fresh",
                "expires_in": 3600,
                "token_type": "Bearer",
                "scope": " ".join(granted),
            },
        )
        code, checks = gmail_doctor(tmp_path, capsys, granted=[])
        assert len(google.calls) == 1
    assert json.loads((tmp_path / "token.json").read_text())["granted_scopes"] == sorted(granted)
    assert (code == 0) == ("compose" in google_grants), checks
    assert checks["drafts access"]["status"] == ("ok" if code == 0 else "fail")


def test_gmail_without_a_token_says_to_authorize(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = gmail_config(tmp_path, "http://127.0.0.1:9", tmp_path / "missing-token.json")
    code, checks = doctor_json(capsys, cfg)
    assert code == 1
    assert checks["mailbox login"]["status"] == "fail"
    assert "followup-agent auth" in checks["mailbox login"]["fix"]
    assert checks["drafts access"]["status"] == "skip"
