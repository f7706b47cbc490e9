"""An IMAP server that accepts the connection and never answers fails fast, and says so.

Connecting, the TLS handshake and the greeting get ``connect_timeout`` and at most
``connect_attempts`` tries (not ``retries`` × the 60-second command ``timeout``), for
``run`` and for ``doctor``; the error names the phase that never completed instead of the
first command it wanted to send. Real sockets on loopback; no mocks.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.config import ImapSettings
from agent.errors import TransientMailError
from agent.mail.imap import ImapMailbox

ROOT = Path(__file__).resolve().parent.parent


class SilentServer:
    """Accepts TCP connections on 127.0.0.1 and never sends a byte."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        self.sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for c in self.accepted:
            c.close()
        self.sock.close()


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    try:
        yield server
    finally:
        server.close()


def _settings(port: int, security: str = "none") -> ImapSettings:
    return ImapSettings(
        host="127.0.0.1",
        port=port,
        security=security,  # type: ignore[arg-type]
        username="alex",
        password_env="FOLLOWUP_TEST_NO_SUCH_VAR",
        timeout=timedelta(seconds=30),
        connect_timeout=timedelta(seconds=0.5),
    )


def _fail(box: ImapMailbox) -> str:
    """The error of a first scan, run in a thread with a generous guard against a hang."""
    out: list[BaseException] = []

    def scan() -> None:
        try:
            box.changes(None)
        except BaseException as exc:
            out.append(exc)

    t = threading.Thread(target=scan, daemon=True)
    t.start()
    t.join(timeout=60)
    assert not t.is_alive(), "the scan hung"
    assert out and isinstance(out[0], TransientMailError), out
    return str(out[0])


def test_no_greeting_fails_after_the_connect_attempts_naming_the_phase(
    silent: SilentServer,
) -> None:
    box = ImapMailbox(
        _settings(silent.port),
        secret=lambda: "pw",
        clock=lambda: datetime(2026, 3, 2, tzinfo=UTC),
        sleep=lambda s: None,
    )
    message = _fail(box)
    assert "no IMAP greeting within 0.5s" in message
    assert "2 attempt" in message
    assert "LIST folders failed" not in message
    assert len(silent.accepted) == 2  # connect_attempts, not retries + 1


def test_no_tls_handshake_is_named(silent: SilentServer) -> None:
    box = ImapMailbox(
        _settings(silent.port, "ssl"),
        secret=lambda: "pw",
        clock=lambda: datetime(2026, 3, 2, tzinfo=UTC),
        sleep=lambda s: None,
    )
    assert "no TLS handshake within 0.5s" in _fail(box)


def test_nothing_listening_is_named() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()  # nothing listens there now
    box = ImapMailbox(_settings(port), secret=lambda: "pw", sleep=lambda s: None)
    assert "connection refused" in _fail(box)


def test_doctor_and_run_say_which_phase_hung(silent: SilentServer, tmp_path: Path) -> None:
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        "timezone: UTC\nme: {name: Alex, addresses: [alex@example.com]}\n"
        "mailbox:\n  backend: imap\n  imap:\n    host: 127.0.0.1\n"
        f"    port: {silent.port}\n    security: none\n    username: alex\n"
        "    password_env: FOLLOWUP_TEST_IMAP_PW\n    connect_timeout: 1s\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FOLLOWUP_TEST_IMAP_PW": "pw"}
    for args in (["doctor"], ["run", "--once"]):
        proc = subprocess.run(
            [sys.executable, "-m", "agent", "--config", str(cfg), *args],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env=env,
        )
        out = proc.stdout + proc.stderr
        assert proc.returncode != 0, out
        assert "no IMAP greeting within 1s" in out, out
        assert "LIST folders failed" not in out
