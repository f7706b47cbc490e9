"""The most text any understanding step looks at: one place, applied as mail is parsed.

Any sender can put a 100,000-character word in a Subject or a megabyte on one line; a
pattern that is linear on real mail can still be slow on that. Whatever the patterns
downstream (classification, dates, contacts, quotes), they see at most:

* ``MAX_HEADER`` characters of a decoded header value (a Subject, a display name),
* ``MAX_BODY`` characters of body text,
* lines of at most ``MAX_LINE`` characters (longer ones are broken at a space),
* words of at most ``MAX_WORD`` characters (longer ones are cut, ending in ``…``).

Real hiring mail is far inside these: subjects of a few dozen words, paragraphs of a few
hundred, no "word" longer than a tracking URL. Everything here is one linear pass.
"""

from __future__ import annotations

import re

MAX_HEADER = 1_000
MAX_RAW_HEADER = 20_000  # raw (encoded) header value before decoding
MAX_BODY = 200_000
MAX_LINE = 4_000
MAX_WORD = 300

# tried only where a word (a line) starts, so a run just under the limit is scanned once
_LONG_WORD = re.compile(rf"(?<!\S)\S{{{MAX_WORD + 1},}}")
_LONG_LINE = re.compile(rf"(?m)^[^\n]{{{MAX_LINE + 1},}}")


def _cut_word(m: re.Match[str]) -> str:
    return m.group()[:MAX_WORD] + "…"


def _break_line(m: re.Match[str]) -> str:
    line = m.group()
    out: list[str] = []
    while len(line) > MAX_LINE:
        cut = line.rfind(" ", MAX_LINE // 2, MAX_LINE)
        cut = cut if cut > 0 else MAX_LINE
        out.append(line[:cut])
        line = line[cut:].lstrip(" ")
    out.append(line)
    return "\n".join(out)


def bounded_words(text: str) -> str:
    """``text`` with every word longer than ``MAX_WORD`` cut short."""
    return _LONG_WORD.sub(_cut_word, text)


def bounded_header(value: str) -> str:
    """A decoded header value as the understanding steps may see it."""
    return bounded_words(value[:MAX_HEADER])


def bounded_body(text: str) -> str:
    """Body text as the understanding steps may see it."""
    return _LONG_LINE.sub(_break_line, bounded_words(text[:MAX_BODY]))


__all__ = [
    "MAX_BODY",
    "MAX_HEADER",
    "MAX_LINE",
    "MAX_RAW_HEADER",
    "MAX_WORD",
    "bounded_body",
    "bounded_header",
    "bounded_words",
]
