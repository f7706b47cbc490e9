"""The lock that keeps a second writer (daemon or ``run --once``) off one state store.

An ``flock`` on ``<store>.lock``: the kernel drops it when the process dies, even by
SIGKILL, so a crashed daemon never leaves a stale lock behind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from agent.errors import StoreLocked
from agent.private_files import private_dir

__all__ = ["lock_is_free", "lock_path", "store_lock"]


def lock_path(store_path: Path) -> Path:
    """The lock file that marks a store as in use by a daemon: ``<store>.lock``."""
    return store_path.with_name(store_path.name + ".lock")


@contextmanager
def store_lock(store_path: Path) -> Iterator[FileLock]:
    """Hold the daemon lock on ``store_path`` or raise :class:`StoreLocked` at once.

    The lock is an ``flock`` on ``<store>.lock``: the kernel drops it when the process
    dies, even by SIGKILL, so a crashed daemon never leaves a stale lock behind.
    """
    store_path = Path(store_path).expanduser()
    private_dir(store_path.parent)
    lock = FileLock(str(lock_path(store_path)), timeout=0, mode=0o600)
    try:
        lock.acquire()
    except Timeout:
        raise StoreLocked(f"another followup-agent daemon is already using {store_path}") from None
    try:
        yield lock
    finally:
        lock.release()


def lock_is_free(store_path: Path) -> bool:
    """True when no daemon holds the lock on ``store_path`` (a probe; nothing is kept)."""
    try:
        with store_lock(store_path):
            return True
    except StoreLocked:
        return False
