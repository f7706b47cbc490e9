"""IMAP sync cost: the agent's ImapMailbox vs a naive client, against a real Dovecot.

The mailbox is the 10,000-message synthetic one (benchmarks/synthetic_mailbox.py: ~5% job
mail, the rest realistic unrelated mail), written straight into the user's Maildir before
the first session (no 10,000 APPENDs), each file's mtime set to its Date so that the
server's INTERNALDATE and SEARCH SINCE behave as on a real account.

Measured for a first scan and for incremental scans with 0 and 20 new messages, both
clients on the same server in the same run:

* **agent**: ``ImapMailbox.changes`` (headers + 1 KiB of text in bulk ``UID FETCH``
  ranges), the pipeline's first pass (``could_be_job_mail``) on those headers, then
  ``ImapMailbox.fetch`` of full bodies for the candidates only;
* **naive**: ``SELECT``, ``SEARCH``, then one ``UID FETCH <uid> (BODY.PEEK[])`` per message
  (it remembers the last UID between scans, so it is not *that* naive).

Columns: IMAP commands sent after login (LOGOUT not counted), bytes read from the server,
wall time on loopback, an *estimate* of the wall time against a server ``--rtt-ms`` away
(loopback time + one round trip per command: both clients wait for each answer before
the next command), and recall of the job messages (their bodies were fetched). Commands
are counted by wrapping imaplib's ``_command`` (every command passes through it), bytes
by wrapping its ``read``/``readline``.

Run: ``python -m benchmarks.imap_sync`` (about half a minute; needs the ``dovecot`` binary,
Debian package ``dovecot-imapd``; ``--help`` for options).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from imapclient import IMAPClient

from agent.mail.imap import ImapMailbox
from agent.mail.imap_text import header_value
from agent.understand.firstpass import could_be_job_mail
from benchmarks.synthetic_mailbox import (
    DEFAULT_END,
    ME_EMAIL,
    SPAN_DAYS,
    SyntheticMessage,
    generate,
)
from tests.dovecot import DovecotServer, WireCounter, running_dovecot

WINDOW = timedelta(days=SPAN_DAYS + 2)  # the whole synthetic mailbox is in the first scan


@dataclass
class Row:
    scenario: str
    client: str
    commands: int
    bytes_read: int
    seconds: float
    found: int
    wanted: int
    rtt: float = 0.0

    @property
    def estimate(self) -> float:
        return self.seconds + self.commands * self.rtt

    @property
    def recall(self) -> str:
        return f"{100.0 * self.found / self.wanted:.1f}%" if self.wanted else "n/a"


def _mid(raw: bytes) -> str | None:
    return header_value(raw, "Message-ID")


def deliver(server: DovecotServer, user: str, msgs: Sequence[SyntheticMessage]) -> None:
    for m in msgs:
        date = header_value(m.raw, "Date")
        when = parsedate_to_datetime(date) if date else DEFAULT_END
        folder = "Sent" if m.folder == "sent" else None
        server.deliver(user, m.raw, folder=folder, when=when, flags="S")


class NaiveClient:
    """SELECT + SEARCH, then one ``UID FETCH uid (BODY.PEEK[])`` per message."""

    def __init__(self, server: DovecotServer, user: str, counter: WireCounter) -> None:
        self.server, self.user, self.counter = server, user, counter
        self.last: dict[str, int] = {}

    def scan(self) -> list[bytes]:
        c = IMAPClient("127.0.0.1", port=self.server.port, ssl=False, timeout=60)
        self.counter(c)
        c.login(self.user, self.server.password(self.user))
        out: list[bytes] = []
        since = (DEFAULT_END - WINDOW).date()
        for folder in ("INBOX", "Sent"):
            c.select_folder(folder, readonly=True)
            if folder in self.last:
                lo = self.last[folder] + 1
                uids = [u for u in c.search(["UID", f"{lo}:*"]) if u >= lo]
            else:
                uids = c.search(["SINCE", since])
            for uid in uids:
                data = c.fetch([uid], ["BODY.PEEK[]"])
                out.append(data[uid][b"BODY[]"])
            self.last[folder] = max([self.last.get(folder, 0), *uids])
        c.logout()
        return out


def _agent_scan(
    server: DovecotServer, user: str, counter: WireCounter, cursor: str | None
) -> tuple[str, list[bytes]]:
    box = ImapMailbox(
        server.settings(user),
        window=WINDOW,
        clock=lambda: DEFAULT_END,
        on_connect=counter,
    )
    with box:
        changes = box.changes(cursor)
        wanted = [
            r.id for r in changes.added if could_be_job_mail(r.headers, r.snippet, me=[ME_EMAIL])
        ]
        bodies = [m.raw for m in box.fetch(wanted)]
    return changes.cursor, bodies


def _measure(counter: WireCounter, fn: Callable[[], Any]) -> tuple[Any, int, int, float]:
    counter.reset()
    t0 = time.perf_counter()
    out = fn()
    return out, len(counter.after_login()), counter.bytes_read, time.perf_counter() - t0


def run(n: int, new: int, rtt: float) -> list[Row]:
    msgs = generate(n, seed=0)
    extra = [m for m in generate(new * 3, seed=7, end=DEFAULT_END) if m.folder == "inbox"][:new]
    jobs = {_mid(m.raw) for m in msgs if m.is_job}
    jobs_new = {_mid(m.raw) for m in extra if m.is_job}
    rows: list[Row] = []
    os.environ["FOLLOWUP_TEST_IMAP_PASSWORD"] = "secret"
    with running_dovecot() as server:
        agent_user = server.add_user("secret")
        naive_user = server.add_user("secret")
        t0 = time.perf_counter()
        for user in (agent_user, naive_user):
            deliver(server, user, msgs)
        print(f"wrote {2 * len(msgs)} Maildir files in {time.perf_counter() - t0:.1f}s")

        agent_counter, naive_counter = WireCounter(), WireCounter()
        naive = NaiveClient(server, naive_user, naive_counter)

        def record(
            scenario: str,
            client: str,
            stats: tuple[Any, int, int, float],
            bodies: list[bytes],
            wanted: set[str | None],
        ) -> None:
            got = {_mid(b) for b in bodies}
            rows.append(
                Row(
                    scenario,
                    client,
                    stats[1],
                    stats[2],
                    stats[3],
                    len(got & wanted),
                    len(wanted),
                    rtt,
                )
            )

        # first scan
        stats = _measure(
            agent_counter, lambda: _agent_scan(server, agent_user, agent_counter, None)
        )
        cursor, bodies = stats[0]
        record("first scan", "agent", stats, bodies, jobs)
        stats = _measure(naive_counter, naive.scan)
        record("first scan", "naive", stats, stats[0], jobs)

        # nothing new
        stats = _measure(
            agent_counter, lambda: _agent_scan(server, agent_user, agent_counter, cursor)
        )
        cursor, bodies = stats[0]
        record("incremental, 0 new", "agent", stats, bodies, set())
        stats = _measure(naive_counter, naive.scan)
        record("incremental, 0 new", "naive", stats, stats[0], set())

        # 20 new
        for user in (agent_user, naive_user):
            deliver(server, user, extra)
        stats = _measure(
            agent_counter, lambda: _agent_scan(server, agent_user, agent_counter, cursor)
        )
        cursor, bodies = stats[0]
        record(f"incremental, {len(extra)} new", "agent", stats, bodies, jobs_new)
        stats = _measure(naive_counter, naive.scan)
        record(f"incremental, {len(extra)} new", "naive", stats, stats[0], jobs_new)
    return rows


def report(rows: list[Row]) -> str:
    rtt_ms = round(rows[0].rtt * 1000) if rows else 0
    est = f"est.s@{rtt_ms}ms"
    lines = [
        f"{'scenario':<22} {'client':<6} {'commands':>9} {'bytes read':>13} {'seconds':>8} "
        f"{est:>12} {'job recall':>10}",
    ]
    for r in rows:
        lines.append(
            f"{r.scenario:<22} {r.client:<6} {r.commands:>9} {r.bytes_read:>13,} "
            f"{r.seconds:>8.2f} {r.estimate:>12.1f} {r.recall:>10}"
        )
    lines.append("")
    lines.append("ratios naive / agent:")
    by = {(r.scenario, r.client): r for r in rows}
    for scenario in dict.fromkeys(r.scenario for r in rows):
        a, n = by[(scenario, "agent")], by[(scenario, "naive")]

        def ratio(x: float, y: float) -> str:
            return f"{x / y:.1f}x" if y else "n/a"

        lines.append(
            f"  {scenario:<22} commands {ratio(n.commands, a.commands):>8}   "
            f"bytes {ratio(n.bytes_read, a.bytes_read):>8}   time {ratio(n.seconds, a.seconds):>8}   "
            f"est. time @{rtt_ms}ms {ratio(n.estimate, a.estimate):>8}"
        )
    idle = by[("incremental, 0 new", "agent")]
    verdict = "met" if idle.commands <= 3 else "MISSED"
    lines.append(
        f"target: an incremental scan with nothing new sends at most 3 commands after login: "
        f"{idle.commands} ({verdict})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="messages in the mailbox")
    ap.add_argument("--new", type=int, default=20, help="new messages for the last scan")
    ap.add_argument(
        "--rtt-ms", type=float, default=20.0, help="round trip for the remote-server estimate"
    )
    args = ap.parse_args(argv)
    rows = run(args.n, args.new, args.rtt_ms / 1000.0)
    print(report(rows))
    return 0 if rows and all(r.found == r.wanted for r in rows if r.client == "agent") else 1


if __name__ == "__main__":
    raise SystemExit(main())
