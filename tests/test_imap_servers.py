"""Server variants: localised SPECIAL-USE folders, implicit TLS and STARTTLS, XOAUTH2."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.config import load_config_text
from agent.errors import AuthError, ProtocolMailError
from agent.mail import open_mailbox
from agent.mail.imap import ImapMailbox
from agent.models import DraftRequest, DraftState, Folder
from tests.dovecot import DovecotServer, WireCounter, new_user, running_dovecot
from tests.mailfactory import make_message

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
ME = "Alex Rivera <alex.rivera@example.com>"


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DovecotServer]:
    """Drafts is called Entwürfe and Sent "Gesendete Elemente": only SPECIAL-USE says so."""
    with running_dovecot(
        drafts_mailbox="Entwürfe", sent_mailbox="Gesendete Elemente", tls=True, oauth=True
    ) as server:
        yield server


@pytest.fixture
def user(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> str:
    name = new_user(dovecot, monkeypatch)
    dovecot.deliver(name, make_message(message_id="<in@acme.example>", date=NOW), when=NOW)
    mine = make_message(sender=ME, message_id="<out@example.com>", date=NOW)
    dovecot.deliver(name, mine, folder="Gesendete Elemente", when=NOW, flags="S")
    return name


def _box(dovecot: DovecotServer, user: str, **kw: object) -> ImapMailbox:
    overrides = {k: kw.pop(k) for k in list(kw) if k in {"port", "security", "auth"}}
    overrides.update({k: kw.pop(k) for k in list(kw) if k.endswith("_folder")})
    return ImapMailbox(
        dovecot.settings(user, **overrides),
        window=timedelta(days=30),
        clock=lambda: NOW,
        sleep=lambda s: None,
        **kw,  # type: ignore[arg-type]
    )


def _draft() -> DraftRequest:
    mid = "<fu.followup@example.com>"
    raw = make_message(sender=ME, message_id=mid, in_reply_to="<in@acme.example>", date=NOW)
    return DraftRequest(raw=raw, message_id=mid, in_reply_to="<in@acme.example>")


def test_localised_drafts_and_sent_found_by_special_use(dovecot: DovecotServer, user: str) -> None:
    with _box(dovecot, user) as box:
        changes = box.changes(None)
        assert sorted(r.folder for r in changes.added) == [Folder.INBOX, Folder.SENT]
        sent_ref = next(r for r in changes.added if r.folder is Folder.SENT)
        assert sent_ref.id.startswith("Gesendete Elemente:")
        draft = _draft()
        ref = box.create_draft(draft)
        assert ref.draft_id.startswith("Entwürfe:")
        assert box.find_drafts([draft.message_id]) == {draft.message_id: ref}
        assert box.draft_state(ref, original=draft.raw) is DraftState.WAITING
    files = {k: v for k, v in dovecot.snapshot(user).items() if k.startswith(".Entw&APw-rfe/")}
    assert [flags for flags, _ in files.values()] == ["DS"]  # modified UTF-7 on disk


def test_config_override_beats_special_use(dovecot: DovecotServer, user: str) -> None:
    c = dovecot.client(user)
    c.create_folder("Agent Drafts")
    c.logout()
    with _box(dovecot, user, drafts_folder="Agent Drafts") as box:
        ref = box.create_draft(_draft())
    assert ref.draft_id.startswith("Agent Drafts:")


def test_implicit_tls(dovecot: DovecotServer, user: str) -> None:
    assert dovecot.tls_port and dovecot.cafile
    ctx = ssl.create_default_context(cafile=str(dovecot.cafile))
    with _box(dovecot, user, port=dovecot.tls_port, security="ssl", ssl_context=ctx) as box:
        assert len(box.changes(None).added) == 2


def test_starttls(dovecot: DovecotServer, user: str) -> None:
    ctx = ssl.create_default_context(cafile=str(dovecot.cafile))
    counter = WireCounter()
    with _box(dovecot, user, security="starttls", ssl_context=ctx, on_connect=counter) as box:
        assert len(box.changes(None).added) == 2
    assert counter.commands[0] == "STARTTLS"
    assert counter.commands.index("LOGIN") > 0  # the password only crosses encrypted


def test_untrusted_certificate_is_refused_in_one_line(dovecot: DovecotServer, user: str) -> None:
    with (
        _box(dovecot, user, port=dovecot.tls_port, security="ssl") as box,
        pytest.raises(ProtocolMailError) as err,
    ):
        box.changes(None)
    assert "TLS certificate not trusted" in str(err.value) and "\n" not in str(err.value)


def test_xoauth2_login_with_a_token_provider(dovecot: DovecotServer, user: str) -> None:
    assert dovecot.oauth_server is not None
    calls: list[int] = []

    def token() -> str:
        calls.append(1)
        return f"good-{user}"

    counter = WireCounter()
    with _box(dovecot, user, auth="xoauth2", secret=token, on_connect=counter) as box:
        assert len(box.changes(None).added) == 2
    assert calls == [1]  # fetched lazily, once per login
    assert "AUTHENTICATE" in counter.commands and "LOGIN" not in counter.commands
    assert f"good-{user}" in dovecot.oauth_server.seen


def test_refused_oauth_token_is_an_auth_error(dovecot: DovecotServer, user: str) -> None:
    with (
        _box(dovecot, user, auth="xoauth2", secret=lambda: "revoked") as box,
        pytest.raises(AuthError) as err,
    ):
        box.changes(None)
    assert "OAuth" in str(err.value) and user in str(err.value) and "\n" not in str(err.value)


def test_from_config_xoauth2_reuses_the_saved_oauth_token(
    dovecot: DovecotServer, user: str, tmp_path: Path
) -> None:
    token_file = tmp_path / "gmail-token.json"
    token_file.write_text(
        json.dumps(
            {
                "token": f"good-{user}",
                "refresh_token": "1//refresh",
                "token_uri": "http://127.0.0.1:9/token",  # never called: not expired
                "client_id": "cid",
                "client_secret": "secret",
                "scopes": ["https://mail.google.com/"],
                "expiry": (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            }
        )
    )
    cfg = load_config_text(
        f"""
mailbox:
  backend: imap
  window: 3650d
  gmail:
    token_file: {token_file}
  imap:
    host: 127.0.0.1
    port: {dovecot.port}
    security: none
    username: {user}
    auth: xoauth2
"""
    )
    with open_mailbox(cfg, now=NOW) as box:
        assert isinstance(box, ImapMailbox)
        assert len(box.changes(None).added) == 2
