"""Named crash points for kill tests.

``FOLLOWUP_AGENT_CRASH_AT=draft.after_create`` (optionally ``name:N`` for the N-th time the
point is reached, counting from 1) makes the process SIGKILL itself there, so tests can
prove that a kill at that moment neither duplicates nor forgets anything. Unset, a crash
point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

_hits: dict[str, int] = {}


def crash_point(name: str) -> None:
    spec = os.environ.get("FOLLOWUP_AGENT_CRASH_AT")
    if not spec:
        return
    target, _, nth = spec.partition(":")
    if target != name:
        return
    _hits[name] = _hits.get(name, 0) + 1
    if _hits[name] >= (int(nth) if nth else 1):
        os.kill(os.getpid(), signal.SIGKILL)


__all__ = [
    "crash_point",
]
