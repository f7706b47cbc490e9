"""Text from mail made safe to show on a terminal or write to a log.

A Subject, a display name or a Message-ID is chosen by whoever sent the mail. Printed
as it is, an escape sequence in it can recolour the terminal, move the cursor, set the
window title or plant a clickable link (OSC 8), and in a Rich markup string
``[link=https://evil.example]`` becomes one too. Everything echoed from mail goes through
:func:`printable` (control characters, including bidirectional overrides, removed) and,
where Rich reads markup, :func:`for_markup` (also escaped) or :func:`as_text` (a ``Text``,
which Rich never reads as markup). Text put on one header line of a draft (a subject,
a display name) goes through :func:`clean_text`.
"""

from __future__ import annotations

import re
import unicodedata

from rich.markup import escape
from rich.text import Text

# C0 and C1 controls, DEL, zero-width and bidirectional formatting characters
_FORMAT = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_ONE_LINE = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f{_FORMAT}]+")
# the same, but a block of text keeps its line breaks and tabs
_BLOCK = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{_FORMAT}]+")


def printable(text: object, *, block: bool = False) -> str:
    """``text`` without control characters: one line (a run of them becomes one space),
    or with ``block`` a text that keeps its line breaks (``\\r\\n`` → ``\\n``)."""
    s = "" if text is None else str(text)
    if block:
        return _BLOCK.sub("", s.replace("\r\n", "\n").replace("\r", "\n"))
    return _ONE_LINE.sub(" ", s)


def for_markup(text: object) -> str:
    """For a Rich markup string: no control characters and no markup of its own."""
    return escape(printable(text))


def as_text(text: object, *, block: bool = False, style: str = "") -> Text:
    """A Rich ``Text`` (never read as markup) without control characters."""
    return Text(printable(text, block=block), style=style)


def clean_text(value: str | None) -> str:
    """Collapse all whitespace and drop control characters: safe for one header line."""
    if not value:
        return ""
    no_ctrl = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in value)
    return " ".join(no_ctrl.split())


def for_log(text: str) -> str:
    """A log message on one line: control characters shown as ``\\xNN`` escapes, so a
    crafted Message-ID can neither drive the terminal nor forge a second log line."""
    return _ONE_LINE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


__all__ = [
    "as_text",
    "clean_text",
    "for_log",
    "for_markup",
    "printable",
]
