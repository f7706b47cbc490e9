"""Empirical linear-time audit of every compiled pattern in ``agent.understand``.

Each module-level ``re.Pattern`` (also inside tuples, lists and dicts) is run with
``finditer`` over every hostile shape of ``tests/hostile_shapes.py`` at two sizes; a
pattern whose time grows much faster than the input (ratio of times well above the ratio
of sizes) or that takes long at all is reported. Usage::

    python3 benchmarks/regex_audit.py [small] [large]     # default 2000 20000
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import agent.understand
from tests.hostile_shapes import WORD, shapes


def patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    found: dict[int, tuple[str, re.Pattern[str] | re.Pattern[bytes]]] = {}
    for info in pkgutil.iter_modules(agent.understand.__path__):
        mod = importlib.import_module(f"agent.understand.{info.name}")
        for name, value in vars(mod).items():
            items = value if isinstance(value, tuple | list) else [value]
            if isinstance(value, dict):
                items = list(value.values()) + list(value.keys())
            for i, item in enumerate(items):
                if isinstance(item, tuple):
                    item = next((x for x in item if isinstance(x, re.Pattern)), None)
                if isinstance(item, re.Pattern):
                    label = f"{info.name}.{name}" + (f"[{i}]" if len(items) > 1 else "")
                    found.setdefault(id(item), (label, item))
    return list(found.values())


class _TooSlow(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooSlow


def run(rx: re.Pattern[str] | re.Pattern[bytes], text: str, limit: float = 2.0) -> float:
    """Seconds for ``finditer`` over ``text``; ``limit`` if it takes longer (then stopped)."""
    data: str | bytes = text.encode("utf-8", "replace") if isinstance(rx.pattern, bytes) else text
    t = time.perf_counter()
    try:
        signal.setitimer(signal.ITIMER_REAL, limit)
        try:
            for _ in rx.finditer(data):  # type: ignore[arg-type]
                pass
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _TooSlow:
        return limit
    return time.perf_counter() - t


def main() -> None:
    small = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    large = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    signal.signal(signal.SIGALRM, _alarm)
    pats = patterns()
    small_shapes, large_shapes = shapes(small), shapes(large)
    print(f"{len(pats)} patterns x {len(small_shapes)} shapes; sizes {small} and {large}")
    print(f"{'t@large':>8} {'growth':>7}  pattern / shape  (linear growth = {large / small:g})")
    worst: list[tuple[float, float, str, str]] = []
    for label, rx in pats:
        for shape_name, text in small_shapes.items():
            a = run(rx, WORD + text)
            if a < 0.001:
                continue
            b = run(rx, WORD + large_shapes[shape_name])
            growth = b / max(a, 1e-6)
            worst.append((b, growth, label, shape_name))
            if b > 0.05 and growth > 2 * large / small:
                print(f"{b:8.3f} {growth:7.1f}  {label} / {shape_name}", flush=True)
    worst.sort(reverse=True)
    print("slowest at the large size:")
    for b, growth, label, shape_name in worst[:15]:
        print(f"{b:8.3f} {growth:7.1f}  {label} / {shape_name}")


if __name__ == "__main__":
    main()
