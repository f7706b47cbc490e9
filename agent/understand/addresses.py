"""Address headers → ``(display name, address)``, where the address comes only from the
address part of each mailbox, never from its display name.

``From: attacker@evil.example <eve@evilcorp.example>`` is a mailbox whose display name
happens to look like an address; mail clients show it as sent by eve@evilcorp.example,
and a reply goes there. ``email.utils.getaddresses`` (before Python 3.13) returns both
strings as addresses, and ``email.headerregistry`` picks the first; both would let a
sender choose who a draft goes to. Here the raw header is split into mailboxes at the
top level (outside quoted strings, comments and angle brackets); a mailbox with an
``<angle-addr>`` has that as its address, else the whole mailbox (comments removed) must
be a bare address. Encoded words (RFC 2047) are decoded only in the display name, after
the split, so their content (an address, a CR/LF) can never become part of an address.
One pass over the characters: linear in the header's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# an address as a reply can use it: no space, quote, bracket, comma or control character
_ADDRESS = re.compile(r"(?<![^\s@<>()\[\]\\,;:\"])[^\s@<>()\[\]\\,;:\"]++@[^\s@<>()\[\]\\,;:\"']++")
_MAX_ADDRESS = 254  # RFC 5321: no longer address can be delivered to
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
_PLAIN_RUN = re.compile(r'[^"(<,;:]+')  # characters _mailboxes keeps as they are


def _mailboxes(value: str) -> list[tuple[str, str | None, str]]:
    """``(text before the angle-addr, angle-addr or None, comment text)`` per mailbox."""
    out: list[tuple[str, str | None, str]] = []
    outside: list[str] = []  # text at the top level, quoted strings kept with their quotes
    last_angle: str | None = None
    comment: list[str] = []
    i, n = 0, len(value)
    while i < n:
        plain = _PLAIN_RUN.match(value, i)
        if plain is not None:  # a run of ordinary characters at once, not one by one
            outside.append(plain.group())
            i = plain.end()
            continue
        ch = value[i]
        i += 1
        if ch == '"':
            i = _read_quoted(value, i, outside)
        elif ch == "(":
            i = _read_comment(value, i, outside, comment)
        elif ch == "<":
            close = value.find(">", i)
            # "Name <a> text <b>": the first is the mailbox's; "Jane <jane@acme.example"
            # (unclosed) runs to the end
            if last_angle is None:
                last_angle = value[i:] if close < 0 else value[i:close]
            i = n if close < 0 else close + 1
        elif ch in ",;":
            out.append(("".join(outside), last_angle, "".join(comment)))
            outside, last_angle, comment = [], None, []
        elif ch == ":" and last_angle is None:
            outside = []  # "group name:" starts a group; the name is no mailbox
        else:
            outside.append(ch)
    out.append(("".join(outside), last_angle, "".join(comment)))
    return out


def _read_quoted(value: str, i: int, outside: list[str]) -> int:
    """A quoted string whose opening quote is at ``i - 1``: kept in ``outside`` with its
    quotes, backslash escapes resolved. Returns where the text after it starts."""
    outside.append('"')
    n = len(value)
    while i < n:
        ch = value[i]
        i += 1
        if ch == "\\":
            if i < n:
                outside.append(value[i])
                i += 1
            continue
        outside.append(ch)
        if ch == '"':
            break
    return i


def _read_comment(value: str, i: int, outside: list[str], comment: list[str]) -> int:
    """A (nested) comment whose opening parenthesis is at ``i - 1``: its text goes to
    ``comment`` followed by a space (an escaped character also to ``outside``). Returns
    where the text after it starts."""
    depth = 1
    n = len(value)
    while i < n:
        ch = value[i]
        i += 1
        if ch == "\\":
            if i < n:
                outside.append(value[i])
                comment.append(value[i])
                i += 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                comment.append(" ")
                break
        comment.append(ch)
    return i


def _address(text: str) -> str | None:
    addr = text.strip().lower()
    return addr if len(addr) <= _MAX_ADDRESS and _ADDRESS.fullmatch(addr) else None


def clean_name(name: str) -> str:
    """A display name fit to show and to write into a header: one line, no controls."""
    name = _CONTROL.sub(" ", name)
    return " ".join(name.split()).strip("\"' ")


def parse_addresses(
    values: Iterable[str], decode: Callable[[str], str] = lambda s: s
) -> list[tuple[str, str]]:
    """``[(display name, lower-case address)]`` from raw header values; junk is skipped.

    ``decode`` turns encoded words into text; it is applied to display names only.
    """
    out: list[tuple[str, str]] = []
    for value in values:
        for before, angle_addr, comment in _mailboxes(str(value)):
            if angle_addr is not None:
                addr = _address(angle_addr.replace("\r", "").replace("\n", ""))
                name = before
            else:
                addr = _address(before)
                name = comment
            if addr is None:
                continue
            name = name.strip()
            if len(name) >= 2 and name[0] == name[-1] == '"':
                name = name[1:-1].replace('\\"', '"')
            out.append((clean_name(decode(name)), addr))
    return out


__all__ = [
    "clean_name",
    "parse_addresses",
]
