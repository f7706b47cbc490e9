"""A multipart body split into its parts as ``email.parser`` (compat32) splits it, for the
common shapes, without the stdlib's line-by-line walk.

The stdlib parser compiles a regular expression for every multipart boundary (each message
has its own) and feeds every body line through a generator: for multipart mail that is most
of the parse. Here the lines are cut once, a boundary line is recognised with string tests,
and each part's header block alone goes through the stdlib parser. Only mail without
anything unusual takes this path (no lone CR, no defect, no ``message/*`` part, no digest,
no repeated boundary line, every multipart closed); for anything else :func:`split_multipart`
returns ``False`` and the caller parses the whole message with the stdlib. The equivalence
with the stdlib is held by a test over every corpus message and edge cases.
"""

from __future__ import annotations

import re
from email.message import Message
from email.parser import Parser
from email.policy import compat32

# email.feedparser.headerRE: a header field, a continuation line or a Unix "From " line
_HEADER_LINE = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")
_LINE_ENDS = ("", "\n", "\r\n")  # what may follow a boundary and its blanks
_HEADER_BLOCK = Parser(policy=compat32)  # stateless: every parse makes its own FeedParser


class _Unusual(Exception):
    """A shape the stdlib parser handles with a defect or a special case: parse it whole."""


def split_multipart(msg: Message, body: str) -> bool:
    """Fill ``msg`` (its header fields read, its type multipart) with the parts of
    ``body`` (the text after its header block, decoded as the stdlib decodes it: ASCII
    with surrogate escapes). ``False``: an unusual shape; ``msg`` may then be half filled
    and the caller must parse the whole message instead."""
    if "\r" in body and body.count("\r") != body.count("\r\n"):
        return False  # a lone CR ends a line for the stdlib; not for this splitter
    lines = body.split("\n")
    last = lines.pop()
    lines = [line + "\n" for line in lines]
    if last:
        lines.append(last)
    try:
        stop = _fill_multipart(msg, lines, 0, ())
    except _Unusual:
        return False
    return stop == len(lines)


def _boundary_kind(line: str, separator: str) -> str:
    """``"end"``, ``"part"`` or ``""``: what the stdlib's boundary pattern
    ``--boundary(--)?[ \\t]*(\\r\\n|\\r|\\n)?$`` says ``line`` is (a line has no lone CR)."""
    if not line.startswith(separator):
        return ""
    rest = line[len(separator) :]
    if rest[:2] == "--" and rest[2:].lstrip(" \t") in _LINE_ENDS:
        return "end"
    return "part" if rest.lstrip(" \t") in _LINE_ENDS else ""


def _closes(line: str, separators: tuple[str, ...]) -> bool:
    """``line`` is a boundary of an enclosing multipart (the stdlib's false end of file)."""
    return line.startswith("--") and any(_boundary_kind(line, s) for s in separators)


def _fill_multipart(msg: Message, lines: list[str], at: int, outer: tuple[str, ...]) -> int:
    """Read the multipart ``msg``'s preamble, parts and epilogue from ``lines[at:]``; where
    it stopped (an enclosing boundary line or the end)."""
    boundary = msg.get_boundary()
    encoding = str(msg.get("content-transfer-encoding", "8bit")).lower()
    if boundary is None or encoding not in ("7bit", "8bit", "binary"):
        raise _Unusual
    if msg.get_content_type() == "multipart/digest":
        raise _Unusual  # its parts default to message/rfc822
    separator = "--" + boundary
    at = _read_preamble(msg, lines, at, outer, separator)
    inner = (*outer, separator)
    parts: list[Message | str] = []  # the type set_payload takes
    while True:  # lines[at] is a boundary between parts
        at += 1
        if at == len(lines) or _closes(lines[at], inner):
            raise _Unusual  # an empty or repeated boundary
        part, at = _read_part(msg, lines, at, inner)
        parts.append(part)
        if at == len(lines) or _closes(lines[at], outer):
            raise _Unusual  # the multipart is never closed
        if _boundary_kind(lines[at], separator) == "end":
            break
    msg.set_payload(parts)
    stop = at + 1
    while stop < len(lines) and not _closes(lines[stop], outer):
        stop += 1
    msg.epilogue = "".join(lines[at + 1 : stop])
    return stop


def _read_preamble(
    msg: Message, lines: list[str], at: int, outer: tuple[str, ...], separator: str
) -> int:
    """Set the preamble (the newline before the first boundary belongs to the boundary);
    where the first boundary is."""
    start = at
    while True:
        if at == len(lines) or _closes(lines[at], outer):
            raise _Unusual  # no start boundary
        kind = _boundary_kind(lines[at], separator)
        if kind == "end":
            raise _Unusual
        if kind == "part":
            break
        at += 1
    if at > start:
        msg.preamble = _without_last_newline("".join(lines[start:at]))
    return at


def _read_part(
    parent: Message, lines: list[str], at: int, ends: tuple[str, ...]
) -> tuple[Message, int]:
    """One part from ``lines[at:]``; where it stopped (a boundary line or the end)."""
    head = at
    while head < len(lines) and not _closes(lines[head], ends):
        line = lines[head]
        if not _HEADER_LINE.match(line):
            if line not in ("\n", "\r\n"):
                raise _Unusual  # a body line where a header was expected
            break
        head += 1
    part = _HEADER_BLOCK.parsestr("".join(lines[at:head]), headersonly=True)
    if part.defects or part.get_content_maintype() == "message":
        raise _Unusual
    if head < len(lines) and not _closes(lines[head], ends):
        head += 1  # the blank line after the header block
    if part.get_content_maintype() == "multipart":
        stop = _fill_multipart(part, lines, head, ends)
        epilogue = part.epilogue  # set by _fill_multipart: a str
        part.epilogue = _without_last_newline(epilogue) if epilogue else None
        return part, stop
    stop = head
    while stop < len(lines) and not _closes(lines[stop], ends):
        stop += 1
    part.set_payload(_without_last_newline("".join(lines[head:stop])))
    return part, stop


def _without_last_newline(text: str) -> str:
    """The text less one line end at its end (it belongs to the boundary that follows)."""
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith(("\n", "\r")) else text
