"""Logging: readable lines on stderr, or JSON lines for log collectors. Bodies never at INFO."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from agent.terminal_text import for_log


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            data.update(extra)
        if record.exc_info:
            data["exc"] = self.formatException(record.exc_info)
        return json.dumps(data, default=str)


class PrintableFilter(logging.Filter):
    """Log lines carry text from mail (Message-IDs, subjects, server answers): each message
    is rendered once, with control characters shown as escapes, never sent raw."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = for_log(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


class StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at emit time (test runners swap it per test)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def setup_logging(*, verbose: int = 0, json_lines: bool = False) -> None:
    level = logging.WARNING if verbose <= 0 else logging.INFO if verbose == 1 else logging.DEBUG
    handler = StderrHandler()
    handler.addFilter(PrintableFilter())
    if json_lines:
        handler.setFormatter(JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("agent")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    for noisy in ("googleapiclient.discovery_cache", "googleapiclient.discovery", "apscheduler"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))


__all__ = [
    "JsonFormatter",
    "PrintableFilter",
    "StderrHandler",
    "setup_logging",
]
