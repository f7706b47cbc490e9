"""The long-running ``followup-agent run``: a scan every ``scan.every`` plus a job at each
follow-up's due time, so a thank-you appears at 14:00 and not at the next tick.

Why it is shaped this way:

- The clock is read here and only here; every step passes ``now`` to the pipeline. With
  ``run --now T`` the daemon runs on an *offset clock*: it starts at ``T`` and advances in
  real time (``T + (real now - real start)``). Due jobs are scheduled at the real instant
  that corresponds to their due time on that clock, so a rehearsal with ``--now`` set a
  few seconds before a due time shows the draft appear a few seconds later.
- Jobs live in APScheduler's in-memory job store and are rebuilt from the SQLite store on
  start and after every step; the store is the only truth, so a restart loses nothing
  and no pickled job state can go stale.
- Every step (a scan or a due job) runs on one worker thread under one lock, so two steps
  never touch the store or the mailbox at the same time. Each step opens its own store
  connection and mailbox session: a dropped IMAP connection costs one step, not the
  daemon.
- A file lock next to the store keeps a second daemon off the same state.
- With IMAP, one more connection idles on INBOX (:mod:`agent.mail.imap_idle`) and asks
  for a scan within seconds of new mail; the interval scans go on as the fallback.
- SIGTERM/SIGINT only set an event: the step in progress finishes, then the scheduler
  stops and the process exits 0. An ``AuthError`` stops the daemon too (the user has to
  act); every other error is logged in one line and the next scan retries.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, is_dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from agent.config import Config
from agent.errors import AgentError, AuthError
from agent.logsetup import JsonFormatter
from agent.pipeline import upcoming_due_times
from agent.session import open_session
from agent.store import Store
from agent.store_lock import store_lock

if TYPE_CHECKING:
    from agent.mail.imap_idle import InboxWatcher

logger = logging.getLogger(__name__)

SCAN_JOB_ID = "scan"
PUSH_JOB_ID = "push"
DUE_JOB_PREFIX = "due:"


# --------------------------------------------------------------------------- clock


@dataclass(frozen=True)
class OffsetClock:
    """Real time shifted by a fixed offset; ``offset`` is zero without ``--now``.

    The arithmetic is done in UTC: adding a timedelta to a zoned datetime is wall-clock
    arithmetic, which would be an hour off across a DST change (a clock started in
    November at a March ``--now``).
    """

    tz: Any
    offset: timedelta = timedelta(0)
    real: Callable[[], datetime] | None = None

    @classmethod
    def starting_at(
        cls, tz: Any, start: datetime | None, real: Callable[[], datetime] | None = None
    ) -> OffsetClock:
        probe = cls(tz, timedelta(0), real)
        if start is None:
            return probe
        return cls(tz, start.astimezone(UTC) - probe.real_now().astimezone(UTC), real)

    def real_now(self) -> datetime:
        return self.real() if self.real is not None else datetime.now(self.tz)

    def now(self) -> datetime:
        return (self.real_now().astimezone(UTC) + self.offset).astimezone(self.tz)

    def to_real(self, moment: datetime) -> datetime:
        """The real instant at which this clock shows ``moment``."""
        return (moment.astimezone(UTC) - self.offset).astimezone(self.tz)


# --------------------------------------------------------------------------- one step


StepRunner = Callable[[datetime], tuple[Any, list[datetime]]]
"""``runner(now) -> (summary, upcoming due times)``; the daemon's only way to do work."""


def pipeline_runner(cfg: Config, *, dry_run: bool = False) -> StepRunner:
    """The real step: open store and mailbox, run the pipeline once, read the next due times."""

    def run(now: datetime) -> tuple[Any, list[datetime]]:
        # the daemon holds the store's lock already (run_daemon)
        with open_session(cfg, now=now, lock=False, dry_run=dry_run) as session:
            summary = session.run_once()
        return summary, list(summary.upcoming)

    return run


def store_due_times(cfg: Config, now: datetime) -> list[datetime]:
    """Due times known to the store alone (every account in it), without a mailbox.

    Used on start so the due jobs exist even when the first scan cannot reach the mailbox.
    """
    path = Path(cfg.store.path).expanduser()
    if not path.exists():
        return []
    with Store.open(path) as store:
        out: list[datetime] = []
        for account in store.accounts():
            out.extend(upcoming_due_times(cfg, store, account, now=now))
        return out


def summary_fields(summary: Any) -> dict[str, Any]:
    """A run summary as plain JSON-able fields for the log line."""
    if is_dataclass(summary) and not isinstance(summary, type):
        data = {f.name: getattr(summary, f.name) for f in fields(summary)}
    elif isinstance(summary, dict):
        data = dict(summary)
    else:
        data = {}
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, datetime):
            out[key] = value.isoformat()
        elif key == "errors" and isinstance(value, list | tuple):
            out[key] = len(value)  # the messages have their own log lines
        elif value is None or isinstance(value, bool | int | float | str):
            out[key] = value  # counts; lists of drafts (names, addresses) stay out of logs
    return out


def summary_line(summary: Any) -> str:
    """``3 new, 3 understood, 0 unreadable, 1 draft made, ...`` for the per-scan log line."""
    f = summary_fields(summary)

    def n(key: str) -> int:
        value = f.get(key, 0)
        return int(value) if isinstance(value, int) else 0

    drafts = n("drafts_created")
    parts = [
        f"{n('new_messages')} new",
        f"{n('understood')} understood",
        f"{n('unreadable')} unreadable",
        f"{drafts} draft{'s' if drafts != 1 else ''} made",
        f"{n('planned')} planned",
        f"{n('due')} due",
        f"{n('missed')} missed",
        f"{n('cancelled')} cancelled",
        f"{n('errors')} errors",
    ]
    if f.get("next_due_at"):
        parts.append(f"next due {f['next_due_at']}")
    return ", ".join(parts)


# --------------------------------------------------------------------------- the daemon


class Daemon:
    """The scheduler and its steps; ``run_daemon`` wires it to the real pipeline and signals."""

    def __init__(
        self,
        cfg: Config,
        runner: StepRunner,
        clock: OffsetClock,
        *,
        stop_event: threading.Event | None = None,
        initial_due: Callable[[datetime], Sequence[datetime]] | None = None,
    ) -> None:
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.jobstores.memory import MemoryJobStore
        from apscheduler.schedulers.background import BackgroundScheduler

        self.cfg = cfg
        self.runner = runner
        self.clock = clock
        self.stop_event = stop_event or threading.Event()
        self.initial_due = initial_due
        self.fatal: AgentError | None = None
        self.steps = 0
        self._step_lock = threading.Lock()
        self.scheduler = BackgroundScheduler(
            jobstores={"default": MemoryJobStore()},
            executors={"default": ThreadPoolExecutor(max_workers=1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=cfg.tz,
        )

    # ------------------------------------------------------------------ steps

    def step(self, reason: str) -> None:
        """One pass of the pipeline at the clock's ``now``; never raises."""
        if self.stop_event.is_set():
            return
        with self._step_lock:
            if self.stop_event.is_set():  # stopped while this step waited for the last one
                return
            now = self.clock.now()
            try:
                summary, due = self.runner(now)
            except AuthError as exc:
                logger.error(
                    "%s failed: the mailbox refused the login: %s; stopping",
                    reason,
                    exc,
                    extra={"fields": {"event": "auth_error", "reason": reason}},
                )
                self.fatal = exc
                self.stop_event.set()
                return
            except Exception as exc:  # one bad step must never end the daemon
                logger.error(
                    "%s failed: %s: %s; retrying at the next scan",
                    reason,
                    type(exc).__name__,
                    exc,
                    extra={"fields": {"event": "step_error", "reason": reason}},
                )
                logger.debug("step failure details", exc_info=True)
                return
            finally:
                self.steps += 1
            logger.info(
                "%s at %s: %s",
                reason,
                now.isoformat(timespec="seconds"),
                summary_line(summary),
                extra={
                    "fields": {
                        "event": "scan",
                        "reason": reason,
                        "now": now.isoformat(),
                        **summary_fields(summary),
                    }
                },
            )
            self.schedule_due(due, now=now)

    def schedule_due(self, due_times: Sequence[datetime], *, now: datetime) -> None:
        """Replace the due jobs with one job per distinct future due time."""
        wanted: dict[str, datetime] = {}
        for due in due_times:
            if due > now:
                run_at = self.clock.to_real(due)
                wanted[DUE_JOB_PREFIX + due.isoformat()] = run_at
        for job in self.scheduler.get_jobs():
            if job.id.startswith(DUE_JOB_PREFIX) and job.id not in wanted:
                job.remove()
        existing = {job.id for job in self.scheduler.get_jobs()}
        for job_id, run_at in sorted(wanted.items(), key=lambda kv: kv[1]):
            if job_id in existing:
                continue
            due_label = job_id.removeprefix(DUE_JOB_PREFIX)
            self.scheduler.add_job(
                self.step,
                "date",
                run_date=run_at,
                args=[f"due job {due_label}"],
                id=job_id,
                name=f"follow-ups due {due_label}",
                misfire_grace_time=None,
                coalesce=True,
                max_instances=1,
            )
        if wanted:
            logger.debug("due jobs: %s", ", ".join(sorted(wanted)))

    def request_scan(self, reason: str) -> None:
        """Scan as soon as the worker is free (IMAP push: new mail arrived); repeated
        requests while one waits collapse into one."""
        if self.stop_event.is_set() or not self.scheduler.running:
            return
        self.scheduler.add_job(
            self.step,
            "date",
            args=[f"scan ({reason})"],
            id=PUSH_JOB_ID,
            name="scan on new mail",
            replace_existing=True,
            misfire_grace_time=None,
            coalesce=True,
            max_instances=1,
        )

    def due_jobs(self) -> list[str]:
        return sorted(j.id for j in self.scheduler.get_jobs() if j.id.startswith(DUE_JOB_PREFIX))

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        every = self.cfg.scan.every.total_seconds()
        if self.initial_due is not None:
            now = self.clock.now()
            try:
                self.schedule_due(list(self.initial_due(now)), now=now)
            except Exception as exc:
                logger.warning("could not read due follow-ups from the store: %s", exc)
        self.scheduler.add_job(
            self.step,
            "interval",
            seconds=max(every, 1.0),
            args=["scan"],
            id=SCAN_JOB_ID,
            name="scan",
            next_run_time=self.clock.real_now(),
            coalesce=True,
            max_instances=1,
            misfire_grace_time=None,
        )
        self.scheduler.start()

    def wait(self, poll: float = 0.5) -> None:
        """Block until stopped (signal, ``stop_event`` or a fatal error)."""
        while not self.stop_event.wait(poll):
            pass

    def shutdown(self) -> None:
        """Let the step in progress finish, drop the rest."""
        self.stop_event.set()
        # Wait for the step in progress here, not inside scheduler.shutdown(): a step
        # reschedules jobs, which needs the locks that shutdown() holds while it waits.
        with self._step_lock:
            pass
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)


def _configure_logging(cfg: Config) -> None:
    """The daemon logs at ``logging.level`` (INFO by default) unless -v asked for more."""
    root = logging.getLogger("agent")
    wanted = logging.getLevelName(cfg.logging.level)
    if isinstance(wanted, int) and (root.level == logging.NOTSET or wanted < root.level):
        root.setLevel(wanted)
    if cfg.logging.json_format:
        for handler in root.handlers:
            if not isinstance(handler.formatter, JsonFormatter):
                handler.setFormatter(JsonFormatter())
    # APScheduler's own warnings (e.g. a scan skipped because the last one still runs) go
    # through the same handlers, so --log-json output stays JSON lines only
    aps = logging.getLogger("apscheduler")
    aps.handlers[:] = list(root.handlers)
    aps.propagate = False
    aps.setLevel(max(aps.level, logging.WARNING))


def run_daemon(
    cfg: Config,
    *,
    now_override: datetime | None = None,
    stop_event: threading.Event | None = None,
    dry_run: bool = False,
    runner: StepRunner | None = None,
    push: bool | None = None,
) -> None:
    """Run until SIGTERM/SIGINT (or ``stop_event``); raise on a held lock or a refused login.

    ``now_override`` starts an offset clock (see the module docstring). ``runner`` replaces
    the real pipeline step (tests). ``push`` (default: with the real pipeline) starts the
    IMAP IDLE watcher when ``scan.push`` and the backend allow it.
    """
    _configure_logging(cfg)
    store_path = Path(cfg.store.path).expanduser()
    clock = OffsetClock.starting_at(cfg.tz, now_override)
    stop = stop_event or threading.Event()

    with store_lock(store_path):
        daemon = Daemon(
            cfg,
            runner or pipeline_runner(cfg, dry_run=dry_run),
            clock,
            stop_event=stop,
            initial_due=(lambda now: store_due_times(cfg, now)) if runner is None else None,
        )
        restore = _install_signal_handlers(stop)
        watcher: InboxWatcher | None = None
        try:
            logger.info(
                "daemon started: store %s, scan every %s%s",
                store_path,
                cfg.scan.every,
                f", clock starts at {now_override.isoformat()}" if now_override else "",
                extra={
                    "fields": {
                        "event": "start",
                        "store": str(store_path),
                        "scan_every_s": cfg.scan.every.total_seconds(),
                    }
                },
            )
            daemon.start()
            if (push if push is not None else runner is None) and cfg.scan.push:
                from agent.mail.imap_idle import watch_inbox  # IMAP push only: IMAP setups

                try:
                    watcher = watch_inbox(cfg.mailbox, daemon.request_scan, now=clock.now())
                except Exception as exc:  # push is a bonus: polling goes on without it
                    logger.warning("IMAP push could not start (%s); polling only", exc)
            daemon.wait()
        finally:
            if watcher is not None:
                watcher.stop()
            daemon.shutdown()
            restore()
            logger.info("daemon stopped", extra={"fields": {"event": "stop"}})
    if daemon.fatal is not None:
        raise daemon.fatal


def _install_signal_handlers(stop: threading.Event) -> Callable[[], None]:
    """SIGTERM/SIGINT set ``stop``; returns a function that puts the old handlers back."""
    if threading.current_thread() is not threading.main_thread():
        return lambda: None

    def handler(signum: int, frame: FrameType | None) -> None:
        if not stop.is_set():
            logger.info(
                "got %s: finishing the current step, then stopping",
                signal.Signals(signum).name,
                extra={"fields": {"event": "signal", "signal": signal.Signals(signum).name}},
            )
        stop.set()

    old = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}

    def restore() -> None:
        for sig, previous in old.items():
            signal.signal(sig, previous)

    return restore


__all__ = [
    "DUE_JOB_PREFIX",
    "PUSH_JOB_ID",
    "SCAN_JOB_ID",
    "Daemon",
    "OffsetClock",
    "StepRunner",
    "pipeline_runner",
    "run_daemon",
    "store_due_times",
    "summary_fields",
    "summary_line",
]
