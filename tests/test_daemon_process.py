"""The real daemon (``followup-agent --log-json run --now ...``) on a real Maildir.

The clock is shifted with ``--now`` so a thank-you due at 14:00 is a few seconds away. The
scan interval is an hour, so only the job scheduled at the due time can make the draft. The
first daemon schedules it and is stopped with SIGTERM before 14:00; a second daemon started
on the same store rebuilds the job and makes the draft at 14:00 on its clock; a third one
on the same store refuses; SIGTERM ends the second one cleanly.
"""

from __future__ import annotations

import json
import mailbox
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from agent.demo_sample import ME_ADDR, write_sample

TZ = ZoneInfo("America/New_York")
FIRST = datetime(2026, 3, 11, 10, 30, tzinfo=TZ)  # the sample's "now": a Wednesday
DUE = datetime(2026, 3, 16, 14, 0, tzinfo=TZ)  # Cyberdyne's thank-you (Monday 11:00 interview)
WAIT = 60.0  # upper bound for any wait; never asserted as a duration
ROOT = Path(__file__).resolve().parent.parent


def _command() -> list[str]:
    script = shutil.which("followup-agent")
    return [script] if script else [sys.executable, "-m", "agent"]


class Daemon:
    """A daemon subprocess whose JSON log lines are read as they come."""

    def __init__(self, cfg: Path, now: datetime) -> None:
        env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_AGENT_CRASH_AT"}
        self.proc = subprocess.Popen(
            [*_command(), "--log-json", "--config", str(cfg), "run", "--now", now.isoformat()],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self.raw: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.raw.append(line)
            try:
                self.lines.put(json.loads(line))
            except ValueError:
                continue

    def wait_for(self, what: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The first log event (from now on) that satisfies ``what``."""
        while True:
            try:
                event = self.lines.get(timeout=WAIT)
            except queue.Empty:
                raise AssertionError(f"no such log line; got:\n{''.join(self.raw)}") from None
            self.seen.append(event)
            if what(event):
                return event

    def stop(self) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(WAIT)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(WAIT)


def _scan(event: dict[str, Any]) -> bool:
    return event.get("event") == "scan"


def _drafts(root: Path) -> list[str]:
    box = mailbox.Maildir(str(root / ".Drafts"), create=False)
    return sorted(str(box.get_message(k)["To"]) for k in box.iterkeys())


@pytest.mark.slow
def test_due_job_makes_the_draft_at_its_time_across_a_restart(tmp_path: Path) -> None:
    maildir = tmp_path / "Mail"
    write_sample(maildir, now=FIRST)
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "timezone": "America/New_York",
                "me": {"name": "Alex Rivera", "addresses": [ME_ADDR]},
                "mailbox": {"backend": "maildir", "maildir": {"path": str(maildir)}},
                "store": {"path": str(tmp_path / "state.db")},
                "scan": {"every": "1h"},
            }
        )
    )
    once = subprocess.run(
        [*_command(), "--config", str(cfg), "run", "--once", "--now", FIRST.isoformat()],
        capture_output=True,
        text=True,
        timeout=WAIT,
        cwd=ROOT,
    )
    assert once.returncode == 0, once.stderr
    before = _drafts(maildir)
    assert len(before) == 3 and not any("cyberdyne" in to.lower() for to in before)

    # 1. a daemon that schedules the 14:00 job, stopped before 14:00
    first = Daemon(cfg, DUE - timedelta(minutes=5))
    try:
        started = first.wait_for(lambda e: e.get("event") == "start")
        assert started["level"] == "info"
        scan = first.wait_for(_scan)
        assert scan["reason"] == "scan" and scan["drafts_created"] == 0
        assert datetime.fromisoformat(scan["next_due_at"]) == DUE
        assert first.stop() == 0  # SIGTERM: clean exit
    finally:
        first.kill()
    events = [*first.seen]
    while not first.lines.empty():
        events.append(first.lines.get())
    assert [e["event"] for e in events if e.get("event") in ("signal", "stop")] == [
        "signal",
        "stop",
    ]
    assert _drafts(maildir) == before

    # 2. restarted a few seconds before 14:00: the job is rebuilt from the store
    second = Daemon(cfg, DUE - timedelta(seconds=6))
    try:
        scan = second.wait_for(_scan)
        assert scan["reason"] == "scan" and scan["drafts_created"] == 0
        assert datetime.fromisoformat(scan["now"]) < DUE
        assert _drafts(maildir) == before

        # 3. a second daemon on the same store refuses, in one line, non-zero
        third = subprocess.run(
            [*_command(), "--config", str(cfg), "run", "--now", DUE.isoformat()],
            capture_output=True,
            text=True,
            timeout=WAIT,
            cwd=ROOT,
        )
        assert third.returncode != 0
        assert third.stderr.strip().splitlines() == [
            f"error: another followup-agent daemon is already using {tmp_path / 'state.db'}"
        ]

        due = second.wait_for(_scan)
        assert due["reason"] == f"due job {DUE.isoformat()}"
        assert datetime.fromisoformat(due["now"]) >= DUE
        assert due["drafts_created"] == 1
        after = _drafts(maildir)
        assert len(after) == 4
        assert [to for to in after if to not in before] == [
            "Sarah Connor <sarah.connor@cyberdyne.example>"
        ]
        assert second.stop() == 0
    finally:
        second.kill()


def test_run_once_refuses_while_the_store_is_locked(tmp_path: Path) -> None:
    """A writing ``run --once`` takes the daemon's lock, so it never races a daemon."""
    import mailbox as stdlib_mailbox

    from agent.store_lock import store_lock

    maildir = tmp_path / "Mail"
    stdlib_mailbox.Maildir(str(maildir), create=True)
    store = tmp_path / "state.db"
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        "timezone: UTC\nme: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        f"mailbox:\n  backend: maildir\n  maildir:\n    path: {maildir}\n"
        f"store:\n  path: {store}\n"
    )
    with store_lock(store):
        proc = subprocess.run(
            [sys.executable, "-m", "agent", "--config", str(cfg), "run", "--once"],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert proc.returncode == 2
    assert "already using" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    dry = subprocess.run(
        [sys.executable, "-m", "agent", "--config", str(cfg), "run", "--once", "--dry-run"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert dry.returncode == 0, dry.stderr
