"""What an IMAP ``FETCH`` answer says, as text: message ids, header values, snippets.

Pure functions on bytes, shared by the scan, the body fetch and the drafts search.
Message ids are ``"<folder>:<uidvalidity>:<uid>"``, e.g. ``"INBOX:1795639045:17"``.
"""

from __future__ import annotations

import email
import email.policy
import html
import quopri
import re
from base64 import b64decode
from datetime import datetime
from email.message import Message
from typing import Any

from agent.models import Folder, MessageRef

__all__ = [
    "SNIPPET_CHARS",
    "aware",
    "clean_text",
    "dedup_key",
    "header_value",
    "make_id",
    "make_snippet",
    "msgid",
    "parse_id",
    "ref_from_fetch",
]

SNIPPET_CHARS = 300


def make_id(folder: str, uidvalidity: int, uid: int) -> str:
    return f"{folder}:{uidvalidity}:{uid}"


def parse_id(message_id: str) -> tuple[str, int, int] | None:
    """``"INBOX:17:4"`` → ``("INBOX", 17, 4)``; folder names may contain colons."""
    parts = message_id.rsplit(":", 2)
    if len(parts) != 3 or not parts[0]:
        return None
    try:
        return parts[0], int(parts[1]), int(parts[2])
    except ValueError:
        return None


def _parse_headers(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def header_value(raw: bytes, name: str) -> str | None:
    """One header of a raw message or header block, unfolded; None when absent."""
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    value = _parse_headers(head + b"\r\n\r\n").get(name)
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def msgid(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"<[^<>\s]+>", value)
    return m.group(0) if m else value.strip() or None


_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\ufeff]"
)


def aware(value: Any) -> datetime | None:
    """INTERNALDATE as imapclient gives it (naive local time when normalised) → aware."""
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.astimezone()


def clean_text(text: str) -> str:
    """One line of readable text: invisible preheader padding dropped, whitespace collapsed."""
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", text)).strip()


def _first_text_part(msg: Message) -> Message | None:
    """The first text/plain part, else the first text/html one. A subpart without any
    header (text/plain by default) is no text part: its bytes are often not text."""
    fallback: Message | None = None
    for p in msg.walk():
        ctype = p.get_content_type()
        if ctype == "text/plain":
            return p if len(p) else fallback
        if ctype == "text/html" and fallback is None:
            fallback = p
    return fallback


def _payload_bytes(part: Message) -> bytes | None:
    """The part's body as far as the (possibly truncated) bytes go, transfer encoding
    undone; None when it has no text payload."""
    payload = part.get_payload(decode=False)
    if not isinstance(payload, str):
        return None
    try:  # compat32 keeps undecodable 8-bit bytes as surrogates: get them back
        data = payload.encode("ascii", "surrogateescape")
    except UnicodeEncodeError:
        data = payload.encode("utf-8", "replace")
    cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    if cte == "base64":
        compact = re.sub(rb"[^A-Za-z0-9+/]", b"", data.split(b"=", 1)[0])
        return b64decode(compact[: len(compact) - len(compact) % 4])
    if cte == "quoted-printable":
        return quopri.decodestring(data)
    return data


def make_snippet(header: bytes, text: bytes, limit: int = SNIPPET_CHARS) -> str:
    """Readable start of the body from the header block and the first bytes of the text.

    Works on truncated data: finds the first text/plain (else text/html) part, undoes
    base64 / quoted-printable as far as the bytes go, strips tags. Best effort: "" on doubt.
    """
    if not text:
        return ""
    try:
        msg = email.message_from_bytes(header + text, policy=email.policy.compat32)
        part = _first_text_part(msg)
        if part is None or part.is_multipart():
            return ""
        data = _payload_bytes(part)
        if data is None:
            return ""
        charset = part.get_content_charset() or "utf-8"
        try:
            textual = data.decode(charset, "replace")
        except LookupError:
            textual = data.decode("utf-8", "replace")
        if part.get_content_type() == "text/html":
            textual = re.sub(r"(?is)<(script|style|head)\b.*?(</\1>|$)", " ", textual)
            textual = html.unescape(re.sub(r"<[^>]*>?", " ", textual))
        return clean_text(textual)[:limit]
    except Exception:  # a snippet is a hint; never let it break a scan
        return ""


def ref_from_fetch(
    folder: str,
    role: Folder,
    uidvalidity: int,
    uid: int,
    item: dict[bytes, Any],
) -> MessageRef | None:
    """A MessageRef from one ``UID FETCH`` answer; None for drafts and deleted messages."""
    flags = {bytes(f).lower() for f in item.get(b"FLAGS", ())}
    if b"\\draft" in flags or b"\\deleted" in flags:
        return None
    header = bytes(item.get(b"BODY[HEADER]") or b"")
    preview = item.get(b"PREVIEW")
    if isinstance(preview, bytes | str):
        text = preview.decode("utf-8", "replace") if isinstance(preview, bytes) else preview
        snippet = clean_text(text)[:SNIPPET_CHARS]
    else:
        partial = b""
        for key, value in item.items():
            if isinstance(key, bytes) and key.startswith(b"BODY[TEXT]") and value:
                partial = bytes(value)
        snippet = make_snippet(header, partial)
    thrid = item.get(b"X-GM-THRID")
    thread_id = format(int(thrid), "x") if thrid is not None else None
    return MessageRef(
        id=make_id(folder, uidvalidity, uid),
        folder=role,
        thread_id=thread_id,
        headers=header,
        snippet=snippet,
    )


_MESSAGE_ID_LINE = re.compile(rb"(?im)^message-id:\s*(<[^<>\s]+>)")


def dedup_key(ref: MessageRef, item: dict[bytes, Any]) -> str:
    gm = item.get(b"X-GM-MSGID")
    if gm is not None:
        return f"gm:{gm}"
    m = _MESSAGE_ID_LINE.search(ref.headers)
    return f"mid:{m.group(1).decode('ascii', 'replace')}" if m else f"id:{ref.id}"
