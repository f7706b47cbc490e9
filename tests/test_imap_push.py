"""IMAP push against a real Dovecot: new mail is seen within seconds, a killed connection
comes back, and the daemon drafts the reply to a rejection moments after it arrives.

Latencies are printed (run with ``-s`` to see them), never asserted tightly: the timeouts
below only guard against hangs.
"""

from __future__ import annotations

import logging
import os
import queue
import signal
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.config import load_config_text
from agent.daemon import run_daemon
from agent.mail.imap import ImapMailbox
from agent.mail.imap_idle import InboxWatcher, is_new_mail
from tests.dovecot import DovecotServer, TcpProxy, new_user
from tests.mailfactory import interview_and_rejection, make_message

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 4, 16, 0, tzinfo=TZ)
GUARD = 30.0  # seconds: a hang guard, not a latency target


@pytest.fixture
def user(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> str:
    return new_user(dovecot, monkeypatch)


def _append(dovecot: DovecotServer, user: str, subject: str) -> float:
    """APPEND one message to INBOX from another client; returns when it was done."""
    raw = make_message(subject=subject, body="Hello", message_id=f"<{subject}@x.example>")
    c = dovecot.client(user)
    try:
        c.append("INBOX", raw)
        return time.monotonic()
    finally:
        c.logout()


def _watch(
    dovecot: DovecotServer, user: str, port: int | None = None
) -> tuple[InboxWatcher, queue.Queue[tuple[str, float]]]:
    events: queue.Queue[tuple[str, float]] = queue.Queue()
    box = ImapMailbox(dovecot.settings(user, port=port or dovecot.port), window=timedelta(1))
    watcher = InboxWatcher(
        box.open_connection,
        lambda reason: events.put((reason, time.monotonic())),
        backoff=0.2,
        rand=lambda: 1.0,
    )
    watcher.start()
    assert watcher.idling.wait(GUARD), watcher.stats
    return watcher, events


def _next(events: queue.Queue[tuple[str, float]], reason: str) -> float:
    deadline = time.monotonic() + GUARD
    while True:
        got, at = events.get(timeout=max(0.1, deadline - time.monotonic()))
        if got == reason:
            return at


def test_new_mail_responses_are_recognised() -> None:
    assert is_new_mail([(b"OK", b"Still here"), (3, b"EXISTS")])
    assert not is_new_mail([(b"OK", b"Still here"), (2, b"EXPUNGE"), (1, b"FETCH", ())])


def test_an_appended_message_wakes_the_watcher_within_seconds(
    dovecot: DovecotServer, user: str
) -> None:
    watcher, events = _watch(dovecot, user)
    try:
        latencies = []
        for i in range(3):
            sent = _append(dovecot, user, f"push-{i}")
            latencies.append(_next(events, "new mail") - sent)
        print(
            f"\nIMAP IDLE: APPEND -> watcher woke in {', '.join(f'{x * 1000:.0f} ms' for x in latencies)}"
        )
        assert watcher.stats.connects == 1 and watcher.stats.drops == 0
    finally:
        watcher.stop()
    assert not watcher.running


def _imap_processes(dovecot: DovecotServer) -> list[int]:
    """Dovecot's per-connection ``imap`` processes (children of our own master)."""
    assert dovecot.process is not None
    master = dovecot.process.pid
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            comm = Path(f"/proc/{entry}/comm").read_text().strip()
            ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if comm == "imap" and ppid == master:
            out.append(int(entry))
    return out


def test_a_killed_server_connection_recovers(dovecot: DovecotServer, user: str) -> None:
    watcher, events = _watch(dovecot, user)
    try:
        victims = _imap_processes(dovecot)
        assert victims, "no imap process to kill"
        for pid in victims:  # only this module's Dovecot; only the watcher is connected
            os.kill(pid, signal.SIGKILL)
        _next(events, "reconnected")  # it scans once after coming back: mail may be waiting
        assert watcher.idling.wait(GUARD)
        sent = _append(dovecot, user, "after-kill")
        woke = _next(events, "new mail")
        print(
            f"\nIMAP IDLE after a killed connection: woke {(woke - sent) * 1000:.0f} ms after APPEND"
        )
        assert watcher.stats.drops >= 1 and watcher.stats.connects >= 2
    finally:
        watcher.stop()


def test_a_network_cut_during_idle_recovers(dovecot: DovecotServer, user: str) -> None:
    proxy = TcpProxy(dovecot.port)
    try:
        proxy.arm(b"IDLE", after_bytes=0, mode="close")  # cut as the server accepts IDLE
        events: queue.Queue[tuple[str, float]] = queue.Queue()
        box = ImapMailbox(dovecot.settings(user, port=proxy.port), window=timedelta(1))
        watcher = InboxWatcher(
            box.open_connection,
            lambda reason: events.put((reason, time.monotonic())),
            backoff=0.2,
            rand=lambda: 1.0,
        ).start()
        try:
            _next(events, "reconnected")
            assert watcher.idling.wait(GUARD)
            _append(dovecot, user, "after-cut")
            _next(events, "new mail")
            assert proxy.cuts == 1 and watcher.stats.drops == 1 and proxy.connections == 2
        finally:
            watcher.stop()
    finally:
        proxy.close()


def test_idle_is_renewed_before_the_server_limit(dovecot: DovecotServer, user: str) -> None:
    events: queue.Queue[tuple[str, float]] = queue.Queue()
    box = ImapMailbox(dovecot.settings(user), window=timedelta(1))
    watcher = InboxWatcher(box.open_connection, lambda r: events.put((r, 0.0)), renew_every=0.3)
    watcher.start()
    try:
        deadline = time.monotonic() + GUARD
        while watcher.stats.renewals < 3 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert watcher.stats.renewals >= 3 and watcher.stats.drops == 0
        _append(dovecot, user, "after-renewals")
        _next(events, "new mail")  # still listening after the renewals
    finally:
        watcher.stop()


def test_the_daemon_drafts_a_reply_moments_after_a_rejection_arrives(
    dovecot: DovecotServer, user: str, tmp_path: Path
) -> None:
    cfg = load_config_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n"
        "  backend: imap\n"
        "  window: 3650d\n"
        "  imap:\n"
        "    host: 127.0.0.1\n"
        f"    port: {dovecot.port}\n"
        "    security: none\n"
        f"    username: {user}\n"
        "    password_env: FOLLOWUP_TEST_IMAP_PASSWORD\n"
        "scan: {every: 1h, push: true}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    idling, scanned = threading.Event(), threading.Event()
    lines: list[str] = []

    class Seen(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())
            if "idling on" in lines[-1]:
                idling.set()
            if lines[-1].startswith("scan at "):  # the daemon's first, interval scan
                scanned.set()

    handler = Seen()
    logging.getLogger("agent").addHandler(handler)
    stop = threading.Event()
    thread = threading.Thread(
        target=run_daemon, args=(cfg,), kwargs={"now_override": NOW, "stop_event": stop}
    )
    thread.start()
    try:
        assert idling.wait(GUARD), "the IDLE watcher never started"
        assert scanned.wait(GUARD), "the first scan never finished"
        _, rejection = interview_and_rejection(TZ)
        c = dovecot.client(user)
        try:
            c.append("INBOX", rejection)
            sent = time.monotonic()
        finally:
            c.logout()
        reader = dovecot.client(user)
        try:
            drafts: list[int] = []
            while not drafts and time.monotonic() - sent < GUARD:
                reader.select_folder("Drafts", readonly=True)
                drafts = reader.search(["ALL"])
                if not drafts:
                    time.sleep(0.05)
        finally:
            reader.logout()
        latency = time.monotonic() - sent
        print(f"\nIMAP push: rejection APPENDed -> reply draft in Drafts after {latency:.2f} s")
        assert len(drafts) == 1

        def pushed() -> bool:  # the step logs its line after the draft is appended
            return any(line.startswith("scan (new mail) at ") for line in lines)

        while not pushed() and time.monotonic() - sent < GUARD:
            time.sleep(0.05)
        assert pushed(), lines
    finally:
        stop.set()
        thread.join(GUARD)
        logging.getLogger("agent").removeHandler(handler)
    assert not thread.is_alive()
