"""Exactly-once drafts on Gmail under SIGKILL *and* API faults at the same time.

The scenario of ``test_crash_exactly_once`` (a week of a job search in four passes, the
real CLI killed 50 times at named crash points and random moments, restarted each time)
runs against the Gmail test server, with 429 and 503 answers injected into a share of
all requests and batch parts while the kills happen. The reference world gets the same
mail and runs each pass once, cleanly, on a server without faults. Afterwards: every
draft exactly once, the same follow-up states, and the store's drafts equal to the
server's drafts (by Message-ID and draft id), with no draft the store does not know.

The retry backoff is shortened with ``mailbox.gmail.retry_backoff`` so the faults cost
milliseconds, not seconds, per retry; the retry logic itself is the production one.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.gmail_fixtures import write_saved_token
from tests.gmail_server import GmailTestServer
from tests.test_crash_exactly_once import (
    MIN_DRAFTS,
    TOTAL_KILLS,
    Mail,
    _common_config,
    _header_tuple,
    scenario,
)

FAULT_RATE = 0.08  # of all requests and batch parts answer 429 or 503


class GmailWorld:
    name = "gmail"

    def __init__(self, tmp: Path, server: GmailTestServer, fault_rate: float = 0.0) -> None:
        self.tmp = tmp
        self.server = server
        self.fault_rate = fault_rate
        self.token = write_saved_token(tmp / "token.json")
        server.fail(fault_rate)

    def config_text(self) -> str:
        return _common_config(self.tmp / "state.db") + (
            "mailbox:\n"
            "  backend: gmail\n"
            "  window: 3650d\n"
            f"  gmail: {{api_endpoint: '{self.server.url}', token_file: '{self.token}',\n"
            "          retry_backoff: 0.01}\n"
        )

    def env(self) -> dict[str, str]:
        return {}

    def deliver(self, mail: Mail) -> None:
        self.server.add_message(mail.raw, folder=mail.folder, internal_date=mail.when)

    def drafts(self) -> list[tuple[str, str, str, str]]:
        return sorted(_header_tuple(m.raw) for m in self.server.drafts())

    @contextmanager
    def calm(self) -> Iterator[None]:
        """No injected faults while the test itself reads the server."""
        self.server.fail(0.0)
        try:
            yield
        finally:
            self.server.fail(self.fault_rate)


@pytest.mark.slow
def test_gmail_exactly_once_under_50_kills_and_faults(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "ref").mkdir()
    with GmailTestServer(seed=5) as server, GmailTestServer(seed=6) as ref_server:
        world = GmailWorld(tmp_path / "a", server, FAULT_RATE)
        reference = GmailWorld(tmp_path / "ref", ref_server)
        started = time.monotonic()
        log = scenario(world, reference, seed=13)
        assert len(world.drafts()) >= MIN_DRAFTS, log
        faults = server.counters.injected_failures
        assert faults > 0, "no fault was injected"
        assert server.send_attempts == [] and ref_server.send_attempts == []
        print(
            f"\ngmail: {len(log)} runs, {TOTAL_KILLS} kills, {faults} injected 429/503, "
            f"{len(world.drafts())} drafts each exactly once, "
            f"{time.monotonic() - started:.1f}s"
        )  # for -s; not asserted
