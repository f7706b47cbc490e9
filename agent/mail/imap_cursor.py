"""The IMAP sync cursor: per folder (inbox, Sent) its name, UIDVALIDITY, the last UID seen
and HIGHESTMODSEQ when the server has CONDSTORE, as versioned JSON.

The cursor is opaque to the rest of the agent; an unreadable one is not an error but a
rescan of the window (logged), so a cursor from an older version never stops a pass.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

__all__ = ["CURSOR_VERSION", "FolderState", "dump_cursor", "load_cursor"]

logger = logging.getLogger(__name__)

CURSOR_VERSION = 1


@dataclass(frozen=True)
class FolderState:
    """What the cursor remembers about one folder."""

    name: str
    uidvalidity: int
    last_uid: int
    modseq: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "uidvalidity": self.uidvalidity,
            "last_uid": self.last_uid,
            "modseq": self.modseq,
        }


def load_cursor(cursor: str | None) -> tuple[dict[str, FolderState], bool]:
    """The folder states of a cursor, and whether the cursor was unreadable."""
    if not cursor:
        return {}, False
    try:
        data = json.loads(cursor)
        if data.get("v") != CURSOR_VERSION:
            raise ValueError(f"cursor version {data.get('v')!r}")
        out = {}
        for role, f in data["folders"].items():
            out[str(role)] = FolderState(
                name=str(f["name"]),
                uidvalidity=int(f["uidvalidity"]),
                last_uid=int(f["last_uid"]),
                modseq=int(f["modseq"]) if f.get("modseq") is not None else None,
            )
        return out, False
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        logger.warning("IMAP cursor unreadable (%s); rescanning the window", exc)
        return {}, True


def dump_cursor(states: dict[str, FolderState]) -> str:
    return json.dumps(
        {"v": CURSOR_VERSION, "folders": {k: v.to_json() for k, v in states.items()}},
        sort_keys=True,
        separators=(",", ":"),
    )
