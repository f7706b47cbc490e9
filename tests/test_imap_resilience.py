"""Connection killed, BYE and stalls mid-scan: the backend reconnects, resumes, loses nothing.

A loopback proxy between the backend and Dovecot breaks the conversation at a chosen
command, after a chosen number of bytes of the server's answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from agent.errors import TransientMailError
from agent.mail.imap import ImapMailbox
from agent.models import DraftRequest
from tests.dovecot import DovecotServer, TcpProxy, WireCounter, free_port, new_user
from tests.mailfactory import make_message

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
N = 120


@pytest.fixture
def proxy(dovecot: DovecotServer) -> Iterator[TcpProxy]:
    p = TcpProxy(dovecot.port)
    try:
        yield p
    finally:
        p.close()


@pytest.fixture
def user(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> str:
    name = new_user(dovecot, monkeypatch)
    for i in range(N):
        when = NOW - timedelta(days=i % 20, minutes=i)
        raw = make_message(subject=f"Message {i}", message_id=f"<m{i}@x.example>", date=when)
        dovecot.deliver(name, raw, when=when, flags="S" if i % 2 else "")
    return name


def _box(port: int, dovecot: DovecotServer, user: str, **kw: object) -> ImapMailbox:
    settings = dovecot.settings(user, port=port, timeout=kw.pop("timeout", timedelta(seconds=10)))
    kw.setdefault("sleep", lambda s: None)
    return ImapMailbox(
        settings,
        window=timedelta(days=60),
        clock=lambda: NOW,
        header_chunk=25,
        body_chunk=10,
        **kw,  # type: ignore[arg-type]
    )


def _ids_once(ids: list[str]) -> set[str]:
    assert len(ids) == len(set(ids)), "a message was returned twice"
    return set(ids)


def _reference(dovecot: DovecotServer, user: str) -> tuple[set[str], str]:
    with _box(dovecot.port, dovecot, user) as box:
        changes = box.changes(None)
    return _ids_once([r.id for r in changes.added]), changes.cursor


@pytest.mark.parametrize("mode", ["close", "bye"])
def test_connection_killed_mid_header_fetch_resumes_without_loss(
    dovecot: DovecotServer, user: str, proxy: TcpProxy, mode: str
) -> None:
    expected, expected_cursor = _reference(dovecot, user)
    assert len(expected) == N
    counter = WireCounter()
    # Break the third header chunk, a few KiB into the server's answer.
    proxy.arm(b"BODY.PEEK[HEADER]", after_bytes=0 if mode == "bye" else 5000, mode=mode, nth=3)
    with _box(proxy.port, dovecot, user, on_connect=counter) as box:
        changes = box.changes(None)
        assert box.reconnects == 1
    assert proxy.cuts == 1 and counter.connections == 2
    assert _ids_once([r.id for r in changes.added]) == expected
    assert changes.cursor == expected_cursor
    # only the broken chunk was fetched again: 5 chunks of 25 + 1 retry
    assert counter.commands.count("UID FETCH") == 6


def test_connection_killed_mid_body_fetch_yields_each_message_once(
    dovecot: DovecotServer, user: str, proxy: TcpProxy
) -> None:
    expected, _ = _reference(dovecot, user)
    with _box(proxy.port, dovecot, user) as box:
        ids = sorted(expected)
        proxy.arm(b"BODY.PEEK[]", after_bytes=3000, nth=4)
        got = [m.id for m in box.fetch(ids)]
        assert box.reconnects == 1
    assert proxy.cuts == 1
    assert _ids_once(got) == expected


def test_server_that_stops_answering_times_out_and_resumes(
    dovecot: DovecotServer, user: str, proxy: TcpProxy
) -> None:
    expected, _ = _reference(dovecot, user)
    proxy.arm(b"BODY.PEEK[HEADER]", after_bytes=2000, mode="stall", nth=2)
    with _box(proxy.port, dovecot, user, timeout=timedelta(seconds=1)) as box:
        changes = box.changes(None)
        assert box.reconnects == 1
    assert _ids_once([r.id for r in changes.added]) == expected


def test_append_cut_before_the_answer_does_not_duplicate_the_draft(
    dovecot: DovecotServer, user: str, proxy: TcpProxy
) -> None:
    mid = "<fu1.followup@example.com>"
    raw = make_message(subject="Re: Message 0", message_id=mid, in_reply_to="<m0@x.example>")
    with _box(proxy.port, dovecot, user) as box:
        box.find_drafts(["<warm-up@x>"])  # connect and discover folders first
        # the APPEND reaches the server, the client never hears "OK [APPENDUID ...]"
        proxy.arm(b"APPEND", after_bytes=0, mode="close")
        ref = box.create_draft(DraftRequest(raw=raw, message_id=mid, in_reply_to="<m0@x.example>"))
        assert box.reconnects == 1
    check = dovecot.client(user)
    check.select_folder("Drafts", readonly=True)
    assert len(check.search(["HEADER", "Message-ID", mid])) == 1
    check.logout()
    assert ref.message_id == mid and ref.draft_id.startswith("Drafts:")


def test_gives_up_after_bounded_retries(dovecot: DovecotServer, user: str) -> None:
    """Never connected: connect_attempts tries (with backoff), and the phase is named."""
    delays: list[float] = []
    box = _box(free_port(), dovecot, user, sleep=delays.append, retries=3)
    box.settings = box.settings.model_copy(update={"connect_attempts": 4})
    with box, pytest.raises(TransientMailError) as err:
        box.changes(None)
    assert delays == [0.5, 1.0, 2.0]  # exponential backoff between the attempts
    assert "\n" not in str(err.value) and "gave up after 4 attempt" in str(err.value)
    assert "connection refused" in str(err.value)
