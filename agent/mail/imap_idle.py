"""Push for IMAP: one connection idles on INBOX and wakes the daemon when mail arrives.

Why: the daemon polls every ``scan.every`` (15 minutes by default), so a rejection would
wait up to 15 minutes for its reply draft. Where the server offers IDLE (RFC 2177), this
watcher keeps one extra connection in IDLE on INBOX; the server tells it at once about a
new message (``* n EXISTS``), and the watcher asks the daemon for a scan within seconds.

How it behaves:

- **Costs nothing when idle.** The thread blocks in ``select`` on the socket until the
  server speaks or the IDLE must be renewed; no polling, no wake-ups in between.
- **Renews IDLE** every ``renew_every`` (25 minutes): servers may drop an IDLE after 30
  minutes (RFC 2177 asks clients to re-issue it at least every 29).
- **Survives a dropped connection.** Any network error, timeout or ``BYE`` closes the
  connection; the watcher reconnects after an exponential backoff with jitter (capped),
  and asks for one scan after reconnecting, since mail may have arrived while it was away.
  The daemon's interval scans go on all the time, so polling is the fallback while the
  watcher is down, or for good when the server does not offer IDLE.
- Read-only: INBOX is opened with EXAMINE; nothing is fetched, flagged or written.

The watcher knows nothing about scans: it calls ``on_new_mail(reason)``, and the daemon
decides what to do. Only this module and the daemon's hook know that push exists.
"""

from __future__ import annotations

import contextlib
import logging
import random
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent.config import MailboxSettings

logger = logging.getLogger(__name__)

#: Re-issue IDLE before the server's 30-minute inactivity limit (RFC 2177: "at least
#: every 29 minutes").
RENEW_EVERY = 25 * 60.0
#: Untagged responses that mean "INBOX changed in a way worth a scan".
NEW_MAIL_RESPONSES = frozenset({b"EXISTS", b"RECENT"})


@dataclass
class WatchStats:
    """What the watcher did (for logs, tests and benchmarks)."""

    connects: int = 0
    drops: int = 0
    renewals: int = 0
    wakeups: int = 0
    last_error: str | None = None
    idle_supported: bool | None = None
    events: list[str] = field(default_factory=list)


def is_new_mail(responses: list[Any]) -> bool:
    """Did the server report a new message (``(n, b"EXISTS")``) among ``responses``?"""
    for item in responses:
        if isinstance(item, tuple) and len(item) >= 2 and item[1] in NEW_MAIL_RESPONSES:
            return True
    return False


class InboxWatcher:
    """A thread that idles on INBOX and calls ``on_new_mail`` when a message arrives.

    :param connect: returns a fresh, logged-in ``IMAPClient`` (never one used for scans).
    :param on_new_mail: called from the watcher thread with a short reason; must not block.
    :param renew_every: seconds between IDLE renewals.
    :param backoff: first wait after a failure; doubles per failure up to ``max_backoff``.
    """

    def __init__(
        self,
        connect: Callable[[], Any],
        on_new_mail: Callable[[str], None],
        *,
        folder: str = "INBOX",
        renew_every: float = RENEW_EVERY,
        backoff: float = 1.0,
        max_backoff: float = 300.0,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self._connect = connect
        self._on_new_mail = on_new_mail
        self.folder = folder
        self.renew_every = renew_every
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._rand = rand
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._client: Any = None
        self._thread: threading.Thread | None = None
        self.stats = WatchStats()
        #: set once the first IDLE is in place (tests wait on it before delivering mail)
        self.idling = threading.Event()

    # ------------------------------------------------------------------ life cycle

    def start(self) -> InboxWatcher:
        self._thread = threading.Thread(target=self._run, name="imap-idle", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the thread: wake it by shutting its socket, then log out if possible."""
        self._stop.set()
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def drop_connection(self) -> None:
        """Cut the current connection as a network failure would (tests, diagnostics)."""
        self._wake()

    def _wake(self) -> None:
        with self._lock:
            client = self._client
        if client is None:
            return
        with contextlib.suppress(Exception):
            client.socket().shutdown(socket.SHUT_RDWR)

    # ------------------------------------------------------------------ the loop

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                supported = self._session(reconnected=failures > 0 or self.stats.connects > 0)
            except Exception as exc:  # network, protocol, BYE, login: all mean "retry later"
                if self._stop.is_set():
                    break
                failures += 1
                self.stats.drops += 1
                self.stats.last_error = f"{type(exc).__name__}: {exc}"
                self.idling.clear()
                delay = min(self.max_backoff, self.backoff * 2 ** (failures - 1))
                delay = delay / 2 + self._rand() * delay / 2
                logger.warning(
                    "IMAP push: connection lost (%s); reconnecting in %.1fs, polling meanwhile",
                    self.stats.last_error,
                    delay,
                )
                self._stop.wait(delay)
                continue
            finally:
                self._close()
            if not supported:
                logger.info("IMAP push: the server does not offer IDLE; polling only")
                return
            failures = 0

    def _session(self, *, reconnected: bool) -> bool:
        """One connection's life: examine INBOX, idle, renew, report new mail.

        Returns False when the server lacks IDLE, True when stopped; raises on failure.
        """
        client = self._connect()
        with self._lock:
            self._client = client
        self.stats.connects += 1
        supported = bool(client.has_capability("IDLE"))
        self.stats.idle_supported = supported
        if not supported:
            return False
        client.select_folder(self.folder, readonly=True)
        if reconnected:
            # mail may have arrived while the connection was down
            self._notify("reconnected")
        while not self._stop.is_set():
            client.idle()
            if not self.idling.is_set():
                logger.info("IMAP push: idling on %s", self.folder)
            self.idling.set()
            new_mail, woken_early = self._idle_until_news(client)
            if self._stop.is_set():
                return True
            _, late = client.idle_done()
            new_mail = new_mail or is_new_mail(list(late or []))
            if new_mail:
                self._notify("new mail")
            elif not woken_early:
                self.stats.renewals += 1
        return True

    def _idle_until_news(self, client: Any) -> tuple[bool, bool]:
        """Wait in IDLE until new mail, a stop, the renewal time, or an early wake-up
        (a dead connection); returns ``(new_mail, woken_early)``. A BYE raises."""
        deadline = time.monotonic() + self.renew_every
        new_mail = False
        woken_early = False
        while not self._stop.is_set() and not new_mail and not woken_early:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            responses = client.idle_check(timeout=remaining)
            if self._stop.is_set():
                break
            if any(isinstance(r, tuple) and r[:1] == (b"BYE",) for r in responses):
                raise ConnectionError("the server said BYE")
            new_mail = is_new_mail(responses)
            # At EOF IMAPClient returns an empty list at once instead of raising: end
            # the IDLE, which raises on a dead connection and is harmless otherwise.
            woken_early = not responses and deadline - time.monotonic() > 0.5
        return new_mail, woken_early

    def _notify(self, reason: str) -> None:
        self.stats.wakeups += 1
        self.stats.events.append(reason)
        logger.info("IMAP push: %s in %s; scanning now", reason, self.folder)
        try:
            self._on_new_mail(reason)
        except Exception:
            logger.exception("IMAP push: the new-mail callback failed")

    def _close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            with contextlib.suppress(Exception):
                client.shutdown()


def watch_inbox(
    mailbox: MailboxSettings, on_new_mail: Callable[[str], None], *, now: datetime
) -> InboxWatcher | None:
    """Start a watcher for the configured IMAP account, or None when push does not apply
    (another backend). A server without IDLE is found out by the watcher itself, which
    then ends and leaves the polling to the daemon. ``now`` is the daemon's clock (the
    watcher's connection never scans, so no window depends on it)."""
    if mailbox.backend != "imap":
        return None
    from agent.mail.imap import ImapMailbox

    box = ImapMailbox.from_settings(mailbox, now=now)
    return InboxWatcher(box.open_connection, on_new_mail).start()


__all__ = [
    "NEW_MAIL_RESPONSES",
    "RENEW_EVERY",
    "InboxWatcher",
    "WatchStats",
    "is_new_mail",
    "watch_inbox",
]
