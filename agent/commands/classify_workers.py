"""Understanding a whole mailbox on every core, in input order, for ``classify``.

``classify --json`` over tens of thousands of messages is CPU-bound pure work per message,
so large inputs are split over forked worker processes (the parent has already imported
and compiled the rules, so a worker starts in milliseconds). Results come back in input
order, so the output is the same as one process would print. Small inputs, one core or a
platform without ``fork`` stay in this process: starting workers would cost more than it
saves.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from itertools import islice
from multiprocessing.pool import MapResult, Pool
from typing import TypeVar, cast

T = TypeVar("T")

#: below this many messages the workers' start-up costs more than they save
PARALLEL_FROM = 400
#: messages handed out at a time: bounds memory on a huge mbox, keeps both cores busy
_WINDOW = 1000
_CHUNK = 20

_work: Callable[[bytes, str], object] | None = None


def _init(work: Callable[[bytes, str], object]) -> None:
    global _work
    _work = work


def _run(task: tuple[str, bytes | None]) -> object:
    label, raw = task
    if raw is None or _work is None:
        return None
    return _work(raw, label)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def in_order(
    sources: Iterator[tuple[str, bytes | Exception]],
    work: Callable[[bytes, str], T],
    before_fork: Callable[[], object] | None = None,
) -> Iterator[tuple[str, T | Exception]]:
    """``(label, work(raw, label))`` for every source, or ``(label, error)`` for one that
    could not be read, in the order of ``sources``. ``work`` must not raise (return its
    failure as a value) and its result must pickle. ``before_fork`` runs in this process
    just before the workers start: what it imports or compiles, they share (each would
    otherwise import and compile it on its own)."""
    first = list(islice(sources, PARALLEL_FROM))
    workers = min(_cores(), 4)
    if (
        len(first) < PARALLEL_FROM
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        for label, item in [*first, *sources]:
            yield label, item if isinstance(item, Exception) else work(item, label)
        return
    if before_fork is not None:
        before_fork()
    gc.freeze()  # what the workers inherit stays shared: their collector never touches it
    pool = multiprocessing.get_context("fork").Pool(workers, initializer=_init, initargs=(work,))
    try:
        window = first
        pending = _submit(pool, window)
        while window:
            following = list(islice(sources, _WINDOW))
            ahead = _submit(pool, following)  # the workers start on it while we print
            for (label, item), result in zip(window, pending.get(), strict=True):
                yield label, item if isinstance(item, Exception) else cast(T, result)
            window, pending = following, ahead
    finally:
        pool.terminate()
        pool.join()
        gc.unfreeze()


def _submit(pool: Pool, window: list[tuple[str, bytes | Exception]]) -> MapResult[object]:
    tasks = [(label, None if isinstance(item, Exception) else item) for label, item in window]
    return pool.map_async(_run, tasks, chunksize=_CHUNK)


__all__ = ["PARALLEL_FROM", "in_order"]
