"""Gmail OAuth: token refresh against Google's token endpoint (answered by ``responses``),
the installed-app flow driven offline, and the one-sentence error for a dead token."""

from __future__ import annotations

import json
import socket
import stat
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import responses

from agent.errors import AuthError
from agent.mail import gmail_auth
from tests import gmail_fixtures
from tests.gmail_fixtures import make_gmail_mailbox

gmail_server = gmail_fixtures.gmail_server

TOKEN_URI = "https://oauth2.googleapis.com/token"
CLIENT = {
    "installed": {
        "client_id": "cid.apps.googleusercontent.com",
        "project_id": "p",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": TOKEN_URI,
        "client_secret": "secret",
        "redirect_uris": ["http://localhost"],
    }
}


def _expired_token(path: Path, *, account: str | None = "alex.rivera@example.com") -> None:
    data = {
        "token": "stale",
        "refresh_token": "refresh-1",
        "token_uri": TOKEN_URI,
        "client_id": "cid.apps.googleusercontent.com",
        "client_secret": "secret",
        "scopes": list(gmail_auth.SCOPES),
        "expiry": (datetime.now(UTC) - timedelta(hours=1)).replace(tzinfo=None).isoformat() + "Z",
    }
    if account:
        data["account"] = account
    path.write_text(json.dumps(data))


def _form(body: object) -> dict[str, list[str]]:
    text = body.decode() if isinstance(body, bytes) else str(body)
    if text.startswith("{"):
        return {k: [str(v)] for k, v in json.loads(text).items()}
    return parse_qs(text)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@responses.activate
def test_refresh_writes_new_token_with_mode_0600(tmp_path: Path) -> None:
    token = tmp_path / "sub" / "token.json"
    token.parent.mkdir()
    _expired_token(token)
    token.chmod(0o644)
    responses.post(
        TOKEN_URI,
        json={"access_token": "fresh", "expires_in": 3600, "token_type": "Bearer"},
    )
    creds = gmail_auth.load_credentials(token)
    assert creds.token == "fresh"
    saved = json.loads(token.read_text())
    assert saved["token"] == "fresh"
    assert saved["refresh_token"] == "refresh-1"
    assert saved["account"] == "alex.rivera@example.com"  # kept across refreshes
    assert "granted_scopes" not in saved  # Google's answer named none
    assert _mode(token) == 0o600
    body = _form(responses.calls[0].request.body)
    assert body["grant_type"] == ["refresh_token"]
    assert body["refresh_token"] == ["refresh-1"]
    assert not list(token.parent.glob(".token-*"))  # no temp file left behind


@responses.activate
def test_invalid_grant_is_one_sentence(tmp_path: Path) -> None:
    token = tmp_path / "token.json"
    _expired_token(token)
    responses.post(
        TOKEN_URI,
        status=400,
        json={"error": "invalid_grant", "error_description": "Token has been expired or revoked."},
    )
    with pytest.raises(AuthError) as info:
        gmail_auth.load_credentials(token)
    assert str(info.value) == (
        "Google no longer accepts the saved authorisation (it was revoked or expired); "
        "run `followup-agent auth` again."
    )
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_missing_token_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(AuthError, match="run `followup-agent auth` first"):
        gmail_auth.load_credentials(tmp_path / "none.json")


def test_missing_client_file_says_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(AuthError, match="Desktop app"):
        gmail_auth.load_client_config(tmp_path / "credentials.json")


def test_example_credentials_file_has_the_desktop_app_shape() -> None:
    path = Path(__file__).resolve().parent.parent / "credentials.example.json"
    data = gmail_auth.load_client_config(path)
    assert set(data) == {"installed"}
    assert data["installed"]["token_uri"] == TOKEN_URI


@responses.activate
def test_opening_the_mailbox_with_a_revoked_token_fails_cleanly(tmp_path: Path) -> None:
    from agent.config import load_config
    from agent.mail import open_mailbox

    token = tmp_path / "token.json"
    _expired_token(token)
    responses.post(TOKEN_URI, status=400, json={"error": "invalid_grant"})
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        "mailbox:\n  backend: gmail\n  gmail:\n"
        f"    token_file: {token}\n    api_endpoint: http://127.0.0.1:9\n"
    )
    with pytest.raises(AuthError, match="run `followup-agent auth` again"):
        open_mailbox(load_config(cfg), now=datetime.now(UTC))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@responses.activate
def test_installed_app_flow_offline(tmp_path: Path, gmail_server) -> None:
    """run_local_server in a thread; the test plays the browser; the token exchange and the
    account lookup are answered locally."""
    client = tmp_path / "credentials.json"
    client.write_text(json.dumps(CLIENT))
    token = tmp_path / "tok" / "token.json"
    responses.add_passthru("http://localhost")
    responses.add_passthru("http://127.0.0.1")
    responses.post(
        TOKEN_URI,
        json={
            "access_token": "new-access",
            "refresh_token": "new-refresh",
            "expires_in": 3600,
            "token_type": "Bearer",
            "scope": " ".join(gmail_auth.SCOPES),
        },
    )
    port = _free_port()
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["creds"] = gmail_auth.authorize(
                client, token, port=port, open_browser=False, state="st-1", timeout_seconds=20
            )
        except Exception as exc:  # reported below
            result["error"] = exc

    t = threading.Thread(target=run)
    t.start()
    url = f"http://localhost:{port}/?state=st-1&code=auth-code&scope=" + "+".join(gmail_auth.SCOPES)
    deadline = time.monotonic() + 10
    while True:  # the redirect server answers exactly one request: do not probe it
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                assert resp.status == 200
            break
        except urllib.error.URLError as exc:
            assert isinstance(exc.reason, ConnectionRefusedError), exc
            assert time.monotonic() < deadline, "redirect server did not start"
            time.sleep(0.02)
    t.join(20)
    assert "error" not in result, result.get("error")
    saved = json.loads(token.read_text())
    assert saved["token"] == "new-access"
    assert saved["refresh_token"] == "new-refresh"
    assert saved["granted_scopes"] == sorted(gmail_auth.SCOPES)  # what doctor reports
    assert _mode(token) == 0o600
    assert _mode(token.parent) == 0o700
    exchange = _form(responses.calls[0].request.body)
    assert exchange["code"] == ["auth-code"]
    assert exchange["grant_type"] == ["authorization_code"]
    # the saved token works against the (loopback) API
    creds = gmail_auth.load_credentials(token)
    box = make_gmail_mailbox(gmail_server)
    box.credentials = creds
    assert box.account == "gmail:alex.rivera@example.com"
    box.close()
