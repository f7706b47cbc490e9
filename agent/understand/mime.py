"""Raw RFC 5322 bytes → decoded headers, one readable body text, calendar parts, links.

Real mail lies about its charset, nests multiparts, sends HTML only, or attaches the
invitation as an .ics file. Everything here is lenient: a bad part is skipped, a bad
charset falls back to UTF-8 then cp1252, and only input that is not a message at all
raises :class:`~agent.errors.UnreadableMessage`.
"""

from __future__ import annotations

import codecs
import functools
import logging
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.header import decode_header
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import parsedate_tz

from dateutil import parser as du

from agent.errors import UnreadableMessage
from agent.understand import addresses
from agent.understand.bounds import (
    MAX_BODY,
    MAX_RAW_HEADER,
    bounded_body,
    bounded_header,
)
from agent.understand.htmltext import html_to_text
from agent.understand.multipart import split_multipart

logger = logging.getLogger(__name__)

_KNOWN_HEADERS = frozenset(
    [
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "content-type",
        "received",
        "mime-version",
        "return-path",
        "reply-to",
        "in-reply-to",
        "references",
        "sender",
        "delivered-to",
        "x-mailer",
    ]
)
# a line that starts with one of them: found at the first such line, usually the first
_KNOWN_HEADER_LINE = re.compile(
    rb"(?mi)^(?:" + b"|".join(re.escape(h.encode()) for h in sorted(_KNOWN_HEADERS)) + rb"):"
)
_SINGLE_BYTE_LABELS = re.compile(
    r"^(?:us-?ascii|ascii|iso-?8859-\d+|latin-?1|(?:windows|cp)-?125\d)$"
)
_STUB = re.compile(
    r"(?:view|see|read) (?:this|the|it) (?:e-?mail |message )?(?:in|on) (?:your|a|the) (?:web )?browser"
    r"|trouble (?:viewing|reading|displaying)"
    r"|(?:requires|supports?) (?:an? )?html|html (?:e-?mail|version)|not display(?:ing)? properly"
    r"|html[- ](?:enabled|capable|compatible)|contains html content"
    r"|open (?:it|this|the message) in (?:your|a) (?:web )?browser",
    re.I,
)
_MAX_HTML = 6_000_000  # characters of HTML we are willing to render


_LATIN1_LABELS = frozenset(
    ["us-ascii", "ascii", "usascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1",
     "iso_8859-1", "cp819", "windows-1252", "cp1252"]
)  # fmt: skip


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes → str under a possibly wrong or unknown charset label. Never raises.

    A single-byte label on bytes that are valid UTF-8 with non-ASCII content is taken as
    a mislabel (the most common one in the wild) and decoded as UTF-8.
    """
    label = (charset or "").strip().strip('"').lower()
    if label in ("", "unknown-8bit", "x-unknown", "default", "charset"):
        label = ""
    if not label or _SINGLE_BYTE_LABELS.match(label):
        try:
            text = data.decode("utf-8")
            return text
        except UnicodeDecodeError:
            pass
        if not label or label in _LATIN1_LABELS:
            # ISO-8859-1 is read as its superset windows-1252 (as browsers do), so a
            # mislabelled "–" (0x96) or "€" (0x80) comes out right
            return data.decode("cp1252", errors="replace")
    if label and _is_mail_charset(label):
        try:
            return data.decode(label)
        except Exception:  # a wrong label; some codecs fail in odd ways (idna, utf-7 ...)
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _is_mail_charset(label: str) -> bool:
    """A real text encoding, not a bytes transform ("base64") or an escape codec."""
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return False
    return bool(getattr(info, "_is_text_encoding", True)) and info.name not in (
        "idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined",
    )  # fmt: skip


def decode_header_value(value: object) -> str:
    """An RFC 2047 header value → str; unknown charsets and broken words degrade gracefully."""
    if value is None:
        return ""
    raw = str(value)
    if "=?" not in raw:
        return _unfold(raw)
    try:
        parts = decode_header(raw)
    except Exception:  # email.errors.HeaderParseError and friends
        return _unfold(raw)
    out: list[str] = []
    prev_encoded = False
    for chunk, charset in parts:
        if isinstance(chunk, bytes):
            text = decode_bytes(chunk, charset) if charset else chunk.decode("utf-8", "replace")
        else:
            text = chunk
        encoded = charset is not None
        if out and not (encoded and prev_encoded) and not text.startswith(" "):
            out.append(" " if not out[-1].endswith(" ") else "")
        out.append(text)
        prev_encoded = encoded
    return _unfold("".join(out))


_SURROGATE_ESCAPE = re.compile("[\udc80-\udcff]")


def _escaped(s: str) -> bool:
    """``s`` carries raw 8-bit bytes as surrogate escapes (``surrogateescape``)."""
    return not s.isascii() and _SURROGATE_ESCAPE.search(s) is not None


def _text(s: str) -> str:
    """Header text without surrogate escapes: raw 8-bit bytes read as UTF-8, else cp1252."""
    if _escaped(s):
        return decode_bytes(s.encode("utf-8", "surrogateescape"), None)
    return s


def _unfold(s: str) -> str:
    if _escaped(s):
        # raw 8-bit header bytes (RFC 6532 or a broken mailer) came through surrogateescape
        s = decode_bytes(s.encode("utf-8", "surrogateescape"), None)
    if "\n" not in s and "\r" not in s:
        return s.strip()
    return " ".join(p.strip() for p in re.split(r"[\r\n]+", s) if p.strip())


def parse_addresses(values: list[str]) -> list[tuple[str, str]]:
    """``[(display name, lower-case address)]`` from raw header values; junk is skipped.

    The address comes only from each mailbox's address part (see
    :mod:`agent.understand.addresses`); encoded words are decoded in display names only.
    """
    return addresses.parse_addresses(values, decode_header_value)


MAX_DATE = 200


def parse_date(value: str | None, default_tz: tzinfo | None) -> datetime | None:
    """The Date header as an aware datetime (``-0000`` / no zone → ``default_tz`` or UTC)."""
    if not value:
        return None
    value = value[:MAX_DATE]  # a real Date is ~40 characters; the fuzzy parser is slow on more
    try:
        tup = parsedate_tz(value)
    except Exception:
        tup = None
    if tup is None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # unknown zone names: we place it ourselves
                dt = du.parse(value, fuzzy=True)
        except Exception:  # dateutil raises a zoo of types on garbage
            return None
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=default_tz or UTC)
        return dt
    try:
        naive = datetime(*tup[:6])
    except (ValueError, TypeError, OverflowError):
        return None
    offset = tup[9]
    if offset is None or (offset == 0 and "-0000" in value):
        return naive.replace(tzinfo=default_tz or UTC)
    try:
        return naive.replace(tzinfo=timezone(timedelta(seconds=offset)))
    except ValueError:
        return naive.replace(tzinfo=UTC)


@dataclass
class ParsedMail:
    """The decoded pieces of one message.

    :ivar text: the chosen body as plain text (real text/plain when present, else the HTML
        rendered), quotes still inside (marked ``>`` where the sender's client marked them).
    :ivar from_html: the text came from HTML.
    :ivar calendars: the text of every text/calendar part and .ics attachment.
    :ivar links: ``(anchor text, href)`` from the HTML body.
    :ivar attachments: file names of attachments.
    """

    msg: Message
    subject: str = ""
    from_name: str | None = None
    from_email: str | None = None
    reply_to: list[tuple[str, str]] = field(default_factory=list)
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    sender_header: str | None = None
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    text: str = ""
    from_html: bool = False
    calendars: list[str] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)

    _index: dict[str, list[str]] | None = None

    def header(self, name: str) -> str:
        """The first ``name`` header, decoded ("" when absent), at most ``MAX_HEADER`` long."""
        values = self.headers_named(name)
        return bounded_header(decode_header_value(values[0][:MAX_RAW_HEADER])) if values else ""

    def headers_named(self, name: str) -> list[str]:
        """Every raw value of ``name`` (one pass over the headers, then a dict lookup)."""
        if self._index is None:
            index: dict[str, list[str]] = {}
            for key, value in self.msg.raw_items():
                index.setdefault(str(key).lower(), []).append(_text(str(value)))
            self._index = index
        return self._index.get(name.lower(), [])


_MSGID = re.compile(r"<[^<>\s]+>")


def _ids(value: str | None) -> list[str]:
    if not value:
        return []
    found = _MSGID.findall(value)
    if found:
        return found
    value = value.strip()
    return [f"<{value.strip('<>')}>"] if value and " " not in value else []


def blank_line_at(data: bytes, end: int | None = None) -> int:
    """Where the first blank line (``\\r?\\n\\r?\\n``) starts in ``data[:end]``; -1: none.

    What ``re.search(rb"\\r?\\n\\r?\\n", data[:end])`` finds, from two substring searches
    (the pattern has no literal prefix, so the regex engine tries every position of the
    header block: a few percent of ``classify``'s time). Its first newline is the first
    one followed by ``\\n`` or ``\\r\\n``; a ``\\r`` just before it belongs to the match."""
    stop = len(data) if end is None else end
    found = [i for i in (data.find(b"\n\n", 0, stop), data.find(b"\n\r\n", 0, stop)) if i >= 0]
    if not found:
        return -1
    first = min(found)
    return first - 1 if first > 0 and data[first - 1] == 0x0D else first


def looks_like_message(raw: bytes) -> bool:
    """True when ``raw`` starts with something header-like we recognise."""
    head = raw[:65536].lstrip(b"\r\n")
    if head.startswith(b"From "):  # an mbox separator line
        head = head.split(b"\n", 1)[1] if b"\n" in head else b""
    end = blank_line_at(head)
    block = head[:end] if end >= 0 else head
    return _KNOWN_HEADER_LINE.search(block) is not None


#: a Date header further ahead of the message's arrival than this is not believed
FUTURE_DATE_SLACK = timedelta(days=1)


def arrival_time(pm: ParsedMail, default_tz: tzinfo | None) -> datetime | None:
    """When the message reached the mailbox: the date of the topmost ``Received`` header,
    the one the user's own server added (lower ones can be written by the sender)."""
    received = pm.headers_named("Received")
    if not received:
        return None
    _, sep, when = received[0].rpartition(";")
    return parse_date(when.strip(), default_tz) if sep else None


def believable_date(date: datetime | None, arrived: datetime | None) -> datetime | None:
    """The Date header, unless it lies more than a day after the message arrived: a Date of
    2100 would hide the message (and its application) until then. Then the arrival."""
    if arrived is None or date is None:
        return date if date is not None else arrived
    return arrived if date > arrived + FUTURE_DATE_SLACK else date


def parse_message(
    raw: bytes,
    *,
    default_tz: tzinfo | None = None,
    arrived: datetime | None = None,
    headers_only: bool = False,
) -> ParsedMail:
    """Decode headers and pick the body. Raises UnreadableMessage only for non-messages.

    ``arrived``: when the backend says the message arrived (IMAP INTERNALDATE, Gmail
    internalDate, the Maildir file's delivery time); else the ``Received`` header tells.
    ``headers_only``: decode the header fields and leave the body unread (empty text, no
    parts): for mail the first pass screened out, whose facts come from the headers alone.
    The MIME structure is then never walked, which spares the stdlib parser compiling a
    regular expression for every multipart boundary.
    """
    if not isinstance(raw, bytes | bytearray) or not raw.strip():
        raise UnreadableMessage("empty input")
    if not looks_like_message(bytes(raw)):
        raise UnreadableMessage("not an e-mail message (no recognisable header fields)")
    data = bytes(raw)
    if data.startswith(b"From "):
        data = data.split(b"\n", 1)[1] if b"\n" in data else b""
    try:
        msg = _parsed(data, headers_only=headers_only)
    except Exception as exc:  # compat32 is lenient; this is defensive
        raise UnreadableMessage(f"cannot parse: {exc}") from exc
    pm = ParsedMail(msg=msg)
    pm.subject = pm.header("Subject")
    frm = parse_addresses(pm.headers_named("From"))
    if frm:
        pm.from_name = bounded_header(frm[0][0]) or None
        pm.from_email = frm[0][1]
    snd = parse_addresses(pm.headers_named("Sender"))
    pm.sender_header = snd[0][1] if snd else None
    pm.reply_to = parse_addresses(pm.headers_named("Reply-To"))
    pm.to = parse_addresses(pm.headers_named("To"))
    pm.cc = parse_addresses(pm.headers_named("Cc"))
    pm.date = parse_date(_first(pm, "Date"), default_tz)
    if pm.date is not None:
        pm.date = believable_date(pm.date, arrived or arrival_time(pm, default_tz))
    mid = _ids(_first(pm, "Message-ID"))
    pm.message_id = mid[0] if mid else None
    irt = _ids(_first(pm, "In-Reply-To"))
    pm.in_reply_to = irt[0] if irt else None
    pm.references = _ids(_first(pm, "References"))
    if headers_only:
        return pm
    _collect_body(pm)
    # what every later step sees is bounded here, once (see agent.understand.bounds)
    pm.text = bounded_body(pm.text)
    pm.calendars = [c[:MAX_BODY] for c in pm.calendars]
    pm.links = [(bounded_header(a), h[:MAX_RAW_HEADER]) for a, h in pm.links[:1000]]
    return pm


def _parsed(data: bytes, *, headers_only: bool) -> Message:
    """What ``BytesParser(policy=compat32).parsebytes`` returns, without its line-by-line
    walk over the body of a single-part message (most mail; a quarter of the parse).

    The parser reads the header block alone; when it ends where the whole parse would end
    it (at the first blank line, no line broken by a lone CR, no defect) and the message
    is neither multipart nor message/*, the rest of the bytes are its payload exactly as
    the whole parse joins them. A multipart message of a common shape is split by
    :func:`~agent.understand.multipart.split_multipart`. Anything else is parsed whole."""
    parser = BytesParser(policy=compat32)
    cut = blank_line_at(data)
    if headers_only or cut < 0:
        return parser.parsebytes(data, headersonly=headers_only)
    end = data.index(b"\n", data.index(b"\n", cut) + 1) + 1  # after the blank line
    block = data[:end]
    if block.count(b"\r") != block.count(b"\r\n"):
        return parser.parsebytes(data)
    msg = parser.parsebytes(block, headersonly=True)
    maintype = msg.get_content_maintype()
    if msg.defects or maintype == "message":
        return parser.parsebytes(data)
    body = data[end:].decode("ascii", "surrogateescape")
    if maintype != "multipart":
        msg.set_payload(body)
        return msg
    return msg if split_multipart(msg, body) else parser.parsebytes(data)


def _first(pm: ParsedMail, name: str) -> str | None:
    values = pm.headers_named(name)
    return values[0] if values else None


def _payload(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if isinstance(data, bytes):
        return data
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _mentions(part: Message, headers: tuple[str, ...], param: str) -> bool:
    """Whether one of ``headers`` (their first field, as ``get_param`` reads them) may
    carry ``param``: most parts name no file, and parsing their parameters to learn
    that is a measurable share of the parse."""
    return any(param in str(part.get(h, "")).lower() for h in headers)


def _charset(part: Message) -> str | None:
    if not _mentions(part, ("content-type",), "charset"):
        return None
    try:
        cs = part.get_content_charset()
    except Exception:
        return None
    return cs


def _filename(part: Message) -> str | None:
    if not _mentions(part, ("content-disposition", "content-type"), "name"):
        return None
    try:
        name = part.get_filename()
    except Exception:
        return None
    return decode_header_value(name) if name else None


def _leaf_parts(msg: Message) -> list[tuple[Message, str, str]]:
    """The first 200 parts' leaves with their content type and disposition (lower case);
    a part whose headers cannot be read is left out."""
    try:
        parts = list(msg.walk())
    except Exception:
        parts = [msg]
    out: list[tuple[Message, str, str]] = []
    for part in parts[:200]:
        try:
            if part.is_multipart():
                continue
            ctype = (part.get_content_type() or "text/plain").lower()
            disp = str(part.get("Content-Disposition", "")).lower()
        except Exception:
            continue
        out.append((part, ctype, disp))
    return out


def _body_role(ctype: str, disp: str, fname: str | None) -> str:
    """What a leaf part is to the reader: "calendar", "plain" or "html" text, "message"
    (a forwarded message, skipped) or "" (an attachment or a type we do not read)."""
    if ctype in ("text/calendar", "application/ics") or (
        fname and fname.lower().endswith((".ics", ".vcs"))
    ):
        return "calendar"
    if ctype == "message/rfc822":
        return "message"
    attached = disp.startswith("attachment")
    if (fname or attached) and (not ctype.startswith("text/") or attached):
        return ""
    if ctype in ("text/plain", "text"):
        return "plain"
    return "html" if ctype == "text/html" else ""


def _html_wins(plain_text: str, html_parts: int, html: Callable[[], list[str]]) -> bool:
    """The HTML part is the body when the plain one is empty, a stub ("view in your
    browser") or a fraction of a much longer HTML part (the only test that reads the HTML:
    ``html`` decodes it when asked)."""
    return html_parts > 0 and (
        len(plain_text.strip()) < 40
        or (len(plain_text) < 600 and bool(_STUB.search(plain_text)))
        or (len(plain_text) < 400 and sum(len(h) for h in html()) > 20 * len(plain_text) + 4000)
    )


def _collect_body(pm: ParsedMail) -> None:
    plain: list[str] = []
    html_parts: list[Message] = []
    for part, ctype, disp in _leaf_parts(pm.msg):
        fname = _filename(part)
        role = _body_role(ctype, disp, fname)
        if fname and role != "message":
            pm.attachments.append(fname)
        if role == "calendar":
            pm.calendars.append(decode_bytes(_payload(part), _charset(part)))
        elif role == "plain":
            plain.append(decode_bytes(_payload(part), _charset(part)))
        elif role == "html":
            html_parts.append(part)
    # the HTML parts are decoded only when they may be the body: most mail that has them
    # has a real text/plain alternative too
    html = functools.cache(lambda: [decode_bytes(_payload(p), _charset(p)) for p in html_parts])
    plain_text = "\n\n".join(p for p in plain if p.strip())
    plain_text = plain_text.replace("\r\n", "\n").replace("\r", "\n")
    if _html_wins(plain_text, len(html_parts), html) or not plain_text.strip():
        joined = "\n".join(html())
        if len(joined) > _MAX_HTML:
            joined = joined[:_MAX_HTML]
        text, links = html_to_text(joined) if joined else ("", [])
        if text.strip() or not plain_text.strip():
            pm.text, pm.links, pm.from_html = text, links, bool(joined)
            return
    pm.text = plain_text.translate(_INVISIBLE_PLAIN)
    # links are evidence (scheduling, assessment platforms) even when text/plain wins
    pm.links = _plain_links(plain_text[:200_000])


_INVISIBLE_PLAIN = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u034f\u00ad"), None)
_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


def _plain_links(text: str) -> list[tuple[str, str]]:
    return [("", m.group(0)) for m in _URL.finditer(text)]


__all__ = [
    "FUTURE_DATE_SLACK",
    "MAX_DATE",
    "ParsedMail",
    "arrival_time",
    "believable_date",
    "blank_line_at",
    "decode_bytes",
    "decode_header_value",
    "looks_like_message",
    "parse_addresses",
    "parse_date",
    "parse_message",
]
