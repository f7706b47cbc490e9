"""Time every adversarial message and parser call of ``tests/hostile_shapes.py``.

Each shape (long runs of one character, ``a-a-a-``, digits, spaces, nested parentheses,
a 1 MB line, and more) is placed in the Subject, the From display name, the Date header,
the body (before and after real text), a quote, the signature and an HTML body, then
``understand()`` runs on it; the date, contact and quote parsers also run on the shape
directly. Prints the slowest cases first and the total.

    python -m benchmarks.hostile_inputs [--size 1000000] [--top 25] [--limit 60]

A case that takes longer than ``--limit`` seconds is stopped and reported as such.
"""

from __future__ import annotations

import argparse
import signal
import time

from tests.hostile_shapes import BODY, cases


class _TooSlow(BaseException):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooSlow


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=int, default=BODY, help="characters of each shape")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--limit", type=float, default=60.0)
    args = ap.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    rows: list[tuple[float, str]] = []
    start = time.perf_counter()
    for label, call in cases(args.size):
        t = time.perf_counter()
        try:
            signal.setitimer(signal.ITIMER_REAL, args.limit)
            try:
                call()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _TooSlow:
            rows.append((float("inf"), label))
            continue
        rows.append((time.perf_counter() - t, label))
    rows.sort(reverse=True)
    print(f"{len(rows)} cases, shapes of {args.size:,} characters (headers cut to 100,000)")
    for seconds, label in rows[: args.top]:
        shown = f"> {args.limit:g}" if seconds == float("inf") else f"{seconds:.3f}"
        print(f"{shown:>8} s  {label}")
    print(f"total {time.perf_counter() - start:.1f} s")


if __name__ == "__main__":
    main()
