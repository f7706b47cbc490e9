"""One place that opens what a pass needs: the state store (locked for a writer), the
mailbox, and the pass's clock. ``run --once``, each daemon step and ``demo`` all come here.

Why a lock for ``run --once`` and not for daemon steps: the daemon holds the store's lock
for its whole life (:func:`agent.store_lock.store_lock`), so its steps must not take it
again; a lone pass that writes takes it itself, since two writers racing could draft
twice. A dry run writes nothing, not even an empty store: without one it plans in memory.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from agent.config import Config
from agent.followup.timeline import Timeline
from agent.mail import open_mailbox
from agent.mail.base import Mailbox
from agent.pipeline import Progress, RunSummary, run_once, timeline_from_store
from agent.store import Store
from agent.store_lock import store_lock

__all__ = ["Session", "open_session"]


@dataclass
class Session:
    """An open store and mailbox at ``now``; closed by :func:`open_session`."""

    cfg: Config
    store: Store
    mailbox: Mailbox
    now: datetime
    dry_run: bool = False  # passes read and plan, but write nothing

    @property
    def account(self) -> str:
        return self.mailbox.account

    def run_once(self, *, progress: Progress | None = None) -> RunSummary:
        """One pipeline pass (:func:`agent.pipeline.run_once`) at the session's ``now``."""
        return run_once(
            self.cfg,
            self.store,
            self.mailbox,
            now=self.now,
            dry_run=self.dry_run,
            progress=progress,
        )

    def timeline(self) -> Timeline:
        """The applications as the store has them now (after a pass: what it planned on)."""
        return timeline_from_store(self.cfg, self.store, self.account, now=self.now)


@contextlib.contextmanager
def open_session(
    cfg: Config, *, now: datetime, lock: bool = True, dry_run: bool = False
) -> Iterator[Session]:
    """Store and mailbox for passes at ``now``; ``lock``: hold the store's lock (not when
    the caller, the daemon, already does); ``dry_run``: passes write nothing, not even a
    new store file."""
    path = Path(cfg.store.path).expanduser()
    guard = store_lock(path) if lock and not dry_run else contextlib.nullcontext()
    where: Path | str = ":memory:" if dry_run and not path.exists() else path
    with guard, Store.open(where) as store, open_mailbox(cfg, now=now) as box:
        yield Session(cfg, store, box, now, dry_run)
