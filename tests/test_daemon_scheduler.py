"""The daemon's scheduling logic in-process, with a stand-in step and a shifted clock.

These check what the scheduler does (a job at each due time, errors retried, AuthError
stops, the lock, a clean stop) without the pipeline; ``test_daemon_process.py`` runs the
real daemon on a real Maildir.
"""

from __future__ import annotations

import io
import json
import logging
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from agent.config import Config, ScanSettings, parse_duration, validate_config
from agent.daemon import OffsetClock, run_daemon, summary_line
from agent.errors import AuthError, StoreLocked, TransientMailError
from agent.logsetup import JsonFormatter
from agent.pipeline import RunSummary

TZ = ZoneInfo("America/New_York")
WAIT = 30.0  # upper bound for waiting on events; never asserted as a duration


Summary = RunSummary  # the fake runner returns what run_once returns


class Runner:
    """Stands in for the pipeline: records each ``now``, replays scripted outcomes."""

    def __init__(self, script: list[Any]) -> None:
        self.script = script
        self.calls: list[datetime] = []
        self.cond = threading.Condition()

    def __call__(self, now: datetime) -> tuple[Summary, list[datetime]]:
        with self.cond:
            self.calls.append(now)
            self.cond.notify_all()
        item = self.script[len(self.calls) - 1] if len(self.calls) <= len(self.script) else None
        if callable(item):
            item = item(now)
        if isinstance(item, BaseException):
            raise item
        if item is None:
            return Summary(), []
        return item  # type: ignore[no-any-return]

    def wait_calls(self, n: int) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.calls) >= n, timeout=WAIT), self.calls


def make_cfg(tmp_path: Path, every: str = "1h") -> Config:
    cfg = validate_config(
        {"timezone": "America/New_York", "store": {"path": str(tmp_path / "state.db")}}
    )
    # a config file may not ask for less than 1m between scans; the scheduler takes any
    # interval, and these tests need seconds
    scan = ScanSettings.model_construct(every=parse_duration(every))
    return cfg.model_copy(update={"scan": scan})


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """The agent's log as JSON lines, captured."""
    buf = io.StringIO()
    handler = logging.StreamHandler(buf)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("agent")
    aps = logging.getLogger("apscheduler")  # run_daemon points it at the agent's handlers
    old = [(lg, lg.handlers[:], lg.level, lg.propagate) for lg in (root, aps)]
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    root.propagate = False
    yield buf
    for lg, handlers, level, propagate in old:
        lg.handlers[:], lg.level, lg.propagate = handlers, level, propagate


def start(cfg: Config, runner: Runner, **kw: Any) -> tuple[threading.Thread, threading.Event, list]:
    stop = threading.Event()
    errors: list[BaseException] = []

    def target() -> None:
        try:
            run_daemon(cfg, stop_event=stop, runner=runner, **kw)
        except BaseException as exc:
            errors.append(exc)

    t = threading.Thread(target=target, daemon=True)
    t.start()
    return t, stop, errors


def events(buf: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in buf.getvalue().splitlines() if line.strip()]


def test_offset_clock_maps_due_times_to_real_instants() -> None:
    real = datetime(2026, 1, 1, 12, 0, tzinfo=TZ)
    ticks = iter([real, real + timedelta(seconds=5)])
    clock = OffsetClock.starting_at(
        TZ, datetime(2026, 3, 4, 13, 59, 50, tzinfo=TZ), lambda: next(ticks)
    )
    assert clock.now() == datetime(2026, 3, 4, 13, 59, 55, tzinfo=TZ)
    assert clock.to_real(datetime(2026, 3, 4, 14, 0, tzinfo=TZ)) == real + timedelta(seconds=10)
    # started in November (EST) at a March --now (EDT): no hour lost to the DST change
    november = datetime(2026, 11, 25, 17, 0, tzinfo=TZ)
    dst = OffsetClock.starting_at(
        TZ, datetime(2026, 3, 16, 13, 59, 54, tzinfo=TZ), lambda: november
    )
    assert dst.now() == datetime(2026, 3, 16, 13, 59, 54, tzinfo=TZ)
    assert dst.now().utcoffset() == timedelta(hours=-4)
    assert dst.to_real(datetime(2026, 3, 16, 14, 0, tzinfo=TZ)) == november + timedelta(seconds=6)
    plain = OffsetClock.starting_at(TZ, None)
    assert abs(plain.now() - datetime.now(TZ)) < timedelta(minutes=1)


def test_a_job_runs_at_the_due_time_not_at_the_next_scan(
    tmp_path: Path, log_lines: io.StringIO
) -> None:
    start_at = datetime(2026, 3, 4, 13, 59, 58, tzinfo=TZ)
    due = datetime(2026, 3, 4, 14, 0, tzinfo=TZ)
    runner = Runner([(Summary(planned=1, next_due_at=due), [due]), (Summary(drafts_created=1), [])])
    t, stop, errors = start(make_cfg(tmp_path, every="1h"), runner, now_override=start_at)
    try:
        runner.wait_calls(2)
    finally:
        stop.set()
        t.join(WAIT)
    assert not t.is_alive() and not errors
    first, second = runner.calls[:2]
    assert start_at <= first < due  # the start-up scan, on the shifted clock
    assert second >= due  # the due job, long before the hourly scan
    assert second - due < timedelta(minutes=30)
    scans = [e for e in events(log_lines) if e.get("event") == "scan"]
    assert scans[0]["reason"] == "scan" and scans[0]["planned"] == 1
    assert scans[1]["reason"].startswith("due job 2026-03-04T14:00:00")
    assert scans[1]["drafts_created"] == 1
    assert "1 draft made" in scans[1]["message"]
    assert [e["event"] for e in events(log_lines)][-1] == "stop"


def test_errors_are_logged_and_retried(tmp_path: Path, log_lines: io.StringIO) -> None:
    runner = Runner([TransientMailError("server said 503"), RuntimeError("bug"), None])
    t, stop, errors = start(make_cfg(tmp_path, every="1s"), runner)
    try:
        runner.wait_calls(3)
    finally:
        stop.set()
        t.join(WAIT)
    assert not errors
    failures = [e for e in events(log_lines) if e.get("event") == "step_error"]
    assert len(failures) == 2
    assert "503" in failures[0]["message"] and "retrying" in failures[0]["message"]
    assert failures[0]["level"] == "error"
    assert any(e.get("event") == "scan" for e in events(log_lines))


def test_auth_error_stops_the_daemon(tmp_path: Path, log_lines: io.StringIO) -> None:
    runner = Runner([AuthError("token revoked")])
    t, _stop, errors = start(make_cfg(tmp_path, every="1s"), runner)
    t.join(WAIT)
    assert not t.is_alive()
    assert len(errors) == 1 and isinstance(errors[0], AuthError)
    assert len(runner.calls) == 1
    assert any("refused the login" in e["message"] for e in events(log_lines))


def test_a_second_daemon_on_the_same_store_refuses(tmp_path: Path) -> None:
    runner = Runner([])
    cfg = make_cfg(tmp_path)
    t, stop, errors = start(cfg, runner)
    try:
        runner.wait_calls(1)
        with pytest.raises(StoreLocked, match="another followup-agent daemon is already using"):
            run_daemon(cfg, stop_event=threading.Event(), runner=Runner([]))
    finally:
        stop.set()
        t.join(WAIT)
    assert not errors
    # once the first one is gone, the store is free again
    t2, stop2, errors2 = start(cfg, runner)
    runner.wait_calls(2)
    stop2.set()
    t2.join(WAIT)
    assert not errors2


def test_stop_lets_the_current_step_finish(tmp_path: Path) -> None:
    inside = threading.Event()
    release = threading.Event()
    finished: list[bool] = []

    def slow(now: datetime) -> tuple[Summary, list[datetime]]:
        inside.set()
        assert release.wait(WAIT)
        finished.append(True)
        return Summary(), [now + timedelta(seconds=1)]

    runner = Runner([slow])
    t, stop, errors = start(make_cfg(tmp_path, every="1s"), runner)
    assert inside.wait(WAIT)
    stop.set()
    t.join(0.5)
    assert t.is_alive()  # still finishing the step
    release.set()
    t.join(WAIT)
    assert not t.is_alive() and not errors
    assert finished == [True]
    assert len(runner.calls) == 1  # nothing new started after the stop


def test_due_jobs_follow_the_store(tmp_path: Path) -> None:
    """Due jobs are replaced after every step: a cancelled follow-up's job disappears."""
    from agent.daemon import Daemon

    cfg = make_cfg(tmp_path)
    clock = OffsetClock.starting_at(TZ, datetime(2026, 3, 4, 9, 0, tzinfo=TZ))
    d = Daemon(cfg, Runner([]), clock)
    d.scheduler.start(paused=True)
    try:
        now = clock.now()
        a, b = now + timedelta(hours=5), now + timedelta(days=1)
        d.schedule_due([a, b, b, now - timedelta(hours=1)], now=now)
        assert d.due_jobs() == sorted(["due:" + a.isoformat(), "due:" + b.isoformat()])
        d.schedule_due([b], now=now)
        assert d.due_jobs() == ["due:" + b.isoformat()]
    finally:
        d.scheduler.shutdown(wait=False)


def test_summary_line_counts() -> None:
    line = summary_line(Summary(new_messages=3, understood=2, drafts_created=2, errors=["x"]))
    assert line.startswith("3 new, 2 understood, 0 unreadable, 2 drafts made")
    assert "1 errors" in line
