"""Pytest fixtures and message builders for Gmail tests (import the fixtures into a module)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest

from agent.mail.gmail import GmailMailbox, RetryPolicy
from agent.mail.gmail_auth import SCOPES
from tests.gmail_server import GmailTestServer

ME = "alex.rivera@example.com"


class FakeSleep:
    """Records the backoff delays instead of waiting; can move the server's quota clock."""

    def __init__(self, server: GmailTestServer | None = None) -> None:
        self.delays: list[float] = []
        self.offset = 0.0
        if server is not None:
            base = server.app.clock
            server.app.clock = lambda: base() + self.offset

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.offset += seconds


@pytest.fixture
def gmail_server() -> Iterator[GmailTestServer]:
    server = GmailTestServer(ME).start()
    try:
        yield server
    finally:
        server.stop()


def fake_credentials() -> Any:
    from google.oauth2.credentials import Credentials

    return Credentials(token="test-token")  # no expiry, no refresh token: never refreshes


def make_gmail_mailbox(
    server: GmailTestServer, *, sleep: FakeSleep | None = None, **kwargs: Any
) -> GmailMailbox:
    retry = kwargs.pop("retry", None) or RetryPolicy(
        sleep=sleep or FakeSleep(server), rand=lambda: 0.5
    )
    kwargs.setdefault("clock", lambda: datetime.now(UTC))
    return GmailMailbox(fake_credentials(), api_endpoint=server.url, retry=retry, **kwargs)


@pytest.fixture
def gmail_mailbox_factory(
    gmail_server: GmailTestServer,
) -> Iterator[Callable[..., GmailMailbox]]:
    made: list[GmailMailbox] = []

    def factory(**kwargs: Any) -> GmailMailbox:
        box = make_gmail_mailbox(gmail_server, **kwargs)
        made.append(box)
        return box

    yield factory
    for box in made:
        box.close()


_counter = [0]


def mail(
    *,
    subject: str,
    body: str,
    sender: str = "Jane Smith <jane.smith@acme.example>",
    to: str = f"Alex Rivera <{ME}>",
    date: datetime | None = None,
    msgid: str | None = None,
    in_reply_to: str | None = None,
    extra: dict[str, str] | None = None,
) -> EmailMessage:
    """A small RFC 5322 message; dates default to a day ago so they fall in the window."""
    _counter[0] += 1
    m = EmailMessage()
    m["From"] = sender
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date or datetime.now(UTC) - timedelta(days=1))
    m["Message-ID"] = msgid or f"<t{_counter[0]}.{id(m)}@{sender.split('@')[-1].strip('>')}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or {}).items():
        m[k] = v
    m.set_content(body)
    return m


def reply_draft(parent: EmailMessage, body: str, msgid: str) -> EmailMessage:
    """What the composer makes: Re: subject, In-Reply-To/References, our Message-ID."""
    m = EmailMessage()
    m["From"] = f"Alex Rivera <{ME}>"
    m["To"] = parent["From"]
    subject = str(parent["Subject"])
    m["Subject"] = subject if subject.lower().startswith("re:") else f"Re: {subject}"
    m["In-Reply-To"] = parent["Message-ID"]
    m["References"] = parent["Message-ID"]
    m["Message-ID"] = msgid
    m["Date"] = format_datetime(datetime.now(UTC))
    m.set_content(body)
    return m


def write_saved_token(
    path: Path, account: str = ME, granted: Sequence[str] | None = SCOPES
) -> Path:
    """A token file as `followup-agent auth` leaves it: valid far ahead, mode 0600.

    ``granted``: the scopes Google granted (None or empty: not recorded, as older versions
    saved it).
    """
    data: dict[str, Any] = {
        "token": "test-token",
        "refresh_token": "unused",
        "client_id": "cid",
        "client_secret": "secret",
        "token_uri": "http://127.0.0.1:9/token",
        "expiry": "2099-01-01T00:00:00Z",
        "account": account,
    }
    if granted:
        data["granted_scopes"] = list(granted)
    path.write_text(json.dumps(data))
    path.chmod(0o600)
    return path
