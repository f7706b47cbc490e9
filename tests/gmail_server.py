"""A Gmail REST API test server on 127.0.0.1 that speaks the real wire format.

The real ``googleapiclient`` + ``google-auth`` + ``httplib2`` stack is pointed at it with
``client_options={"api_endpoint": server.url}`` and the batch URI
``{server.url}/batch/gmail/v1``. It keeps real state (messages, labels, threads joined by
threadId / References, history with increasing ids, drafts) and answers the endpoints the
agent uses: users.getProfile, messages.list (with a useful subset of Gmail search),
messages.get (minimal / metadata / full / raw), history.list, drafts.create / list / get /
update / delete, threads.get, labels.list and the multipart/mixed batch endpoint.

Test hooks: :meth:`GmailTestServer.add_message`, :meth:`send_draft_as_user`,
:meth:`delete_draft`, :meth:`edit_draft`, :meth:`expire_history`, failure injection
(``fail_rate`` / ``fail_next``, outer requests and batch parts alike), ``latency`` per HTTP
round trip, the per-user quota (Google's published units, 15,000 per moving 60 s) and
counters (``round_trips``, ``units``, ``calls`` per endpoint). Every send endpoint answers
403 and is recorded in ``send_attempts`` so tests can assert it was never called.
"""

from __future__ import annotations

import base64
import contextlib
import email
import email.policy
import html
import json
import random
import re
import threading
import time
import unicodedata
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

# Google's published per-method quota units (developers.google.com/gmail/api/reference/quota).
QUOTA_UNITS: dict[str, int] = {
    "getProfile": 1,
    "labels.list": 1,
    "messages.list": 5,
    "messages.get": 5,
    "messages.send": 100,
    "history.list": 2,
    "drafts.create": 10,
    "drafts.update": 15,
    "drafts.list": 5,
    "drafts.get": 5,
    "drafts.delete": 10,
    "drafts.send": 100,
    "threads.get": 10,
    "threads.list": 10,
}
QUOTA_PER_USER_PER_MINUTE = 15_000
QUOTA_WINDOW_SECONDS = 60.0

SYSTEM_LABELS = (
    "INBOX",
    "SENT",
    "DRAFT",
    "SPAM",
    "TRASH",
    "UNREAD",
    "STARRED",
    "IMPORTANT",
    "CHAT",
    "CATEGORY_PERSONAL",
    "CATEGORY_SOCIAL",
    "CATEGORY_PROMOTIONS",
    "CATEGORY_UPDATES",
    "CATEGORY_FORUMS",
)
_IN_LABELS = {
    "inbox": "INBOX",
    "sent": "SENT",
    "draft": "DRAFT",
    "drafts": "DRAFT",
    "spam": "SPAM",
    "trash": "TRASH",
    "starred": "STARRED",
    "important": "IMPORTANT",
    "chats": "CHAT",
    "chat": "CHAT",
    "unread": "UNREAD",
}
_PST = ZoneInfo("America/Los_Angeles")  # Gmail reads date-only search values as Pacific time
_WORD = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """Gmail-like word split: case-insensitive runs of letters and digits."""
    return _WORD.findall(text.casefold())


def _strip_html(text: str) -> str:
    text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)
    text = re.sub(r"(?s)<[^>]+>", " ", text)
    return html.unescape(text)


def body_text(msg: Message) -> str:
    """All text parts of a message, HTML reduced to its words (what Gmail searches)."""
    out: list[str] = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype not in ("text/plain", "text/html", "text/calendar"):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        charset = part.get_content_charset() or "utf-8"
        try:
            text = payload.decode(charset, errors="replace")
        except LookupError:
            text = payload.decode("utf-8", errors="replace")
        out.append(_strip_html(text) if ctype == "text/html" else text)
    return "\n".join(out)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def unb64url(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def norm_subject(subject: str) -> str:
    s = subject.strip()
    while True:
        m = re.match(r"(?i)^(re|fwd?|aw|wg|sv|tr|rv)\s*:\s*", s)
        if not m:
            return " ".join(s.split()).casefold()
        s = s[m.end() :]


def norm_msgid(value: str) -> str:
    return value.strip().strip("<>").strip().casefold()


# --------------------------------------------------------------------------- state


@dataclass
class StoredMsg:
    id: str
    thread_id: str
    labels: set[str]
    raw: bytes
    internal_ms: int
    history_id: int
    headers: list[tuple[str, str]]
    message_id: str
    references: list[str]
    subject: str
    snippet: str
    text_tokens: list[str]
    text_set: frozenset[str]
    field_tokens: dict[str, list[str]]
    has_attachment: bool
    filenames: list[str]

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None


def _unfold(value: str) -> str:
    return re.sub(r"\r?\n[ \t]+", " ", value).strip()


def parse_stored(
    mid: str, thread_id: str, labels: set[str], raw: bytes, internal_ms: int, history_id: int
) -> StoredMsg:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    headers: list[tuple[str, str]] = []
    for k, v in msg.items():
        value = v if isinstance(v, str) else str(v)
        headers.append((k, _unfold(value)))

    def decoded(name: str) -> str:
        v = msg.get(name)
        if v is None:
            return ""
        try:
            return _unfold(str(make_header(decode_header(str(v)))))
        except (ValueError, LookupError, UnicodeError):  # malformed: keep the raw text
            return _unfold(str(v))

    subject = decoded("Subject")
    text = body_text(msg)
    fields = {
        "from": tokens(decoded("From")),
        "to": tokens(decoded("To")),
        "cc": tokens(decoded("Cc")),
        "bcc": tokens(decoded("Bcc")),
        "subject": tokens(subject),
        "list": tokens(decoded("List-Id")),
        "deliveredto": tokens(decoded("Delivered-To")),
    }
    all_tokens = fields["subject"] + fields["from"] + fields["to"] + fields["cc"] + tokens(text)
    refs = (msg.get("References") or "").split() + (msg.get("In-Reply-To") or "").split()
    filenames = [p.get_filename() or "" for p in msg.walk() if p.get_filename()]
    snippet = " ".join(text.split())[:200]
    return StoredMsg(
        id=mid,
        thread_id=thread_id,
        labels=labels,
        raw=raw,
        internal_ms=internal_ms,
        history_id=history_id,
        headers=headers,
        message_id=norm_msgid(msg.get("Message-ID") or ""),
        references=[norm_msgid(r) for r in refs if r.strip()],
        subject=subject,
        snippet=snippet,
        text_tokens=all_tokens,
        text_set=frozenset(all_tokens),
        field_tokens=fields,
        has_attachment=bool(filenames),
        filenames=filenames,
    )


@dataclass
class HistoryRecord:
    id: int
    kind: str  # messageAdded | messageDeleted | labelAdded | labelRemoved
    message_id: str
    thread_id: str
    labels: list[str]


@dataclass
class Draft:
    id: str
    message_id: str


class ApiError(Exception):
    """An error answer in Google's JSON shape."""

    STATUS = {
        400: "INVALID_ARGUMENT",
        401: "UNAUTHENTICATED",
        403: "PERMISSION_DENIED",
        404: "NOT_FOUND",
        429: "RESOURCE_EXHAUSTED",
        500: "INTERNAL",
        503: "UNAVAILABLE",
    }

    def __init__(self, code: int, message: str, reason: str, domain: str = "global") -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.reason = reason
        self.domain = domain

    def body(self) -> dict[str, Any]:
        return {
            "error": {
                "code": self.code,
                "message": self.message,
                "errors": [{"message": self.message, "domain": self.domain, "reason": self.reason}],
                "status": self.STATUS.get(self.code, "UNKNOWN"),
            }
        }


def injected_error(status: int) -> ApiError:
    if status == 429:
        return ApiError(
            429, "Too many concurrent requests for user.", "rateLimitExceeded", "usageLimits"
        )
    if status == 403:
        return ApiError(403, "User-rate limit exceeded.", "userRateLimitExceeded", "usageLimits")
    if status == 500:
        return ApiError(500, "Internal error encountered.", "backendError")
    if status == 503:
        return ApiError(503, "The service is currently unavailable.", "backendError")
    return ApiError(status, f"Injected error {status}.", "injected")


# --------------------------------------------------------------------------- inbox tabs

#: Gmail's tab labels. The API names the Primary tab ``CATEGORY_PERSONAL``; search
#: writes it ``category:primary`` (support.google.com/mail/answer/7190).
TAB_LABELS = (
    "CATEGORY_PERSONAL",
    "CATEGORY_SOCIAL",
    "CATEGORY_PROMOTIONS",
    "CATEGORY_UPDATES",
    "CATEGORY_FORUMS",
)
_CATEGORY_SEARCH = {
    "primary": "CATEGORY_PERSONAL",
    "personal": "CATEGORY_PERSONAL",
    "social": "CATEGORY_SOCIAL",
    "promotions": "CATEGORY_PROMOTIONS",
    "updates": "CATEGORY_UPDATES",
    "forums": "CATEGORY_FORUMS",
}
#: Social networks and community sites whose mail Gmail files under Social.
SOCIAL_DOMAINS = (
    "linkedin.com",
    "facebookmail.com",
    "facebook.com",
    "instagram.com",
    "twitter.com",
    "x.com",
    "xing.com",
    "meetup.com",
    "nextdoor.com",
    "reddit.com",
    "redditmail.com",
    "pinterest.com",
    "strava.com",
    "tiktok.com",
)
_AUTOMATED_SENDER = re.compile(
    r"(no-?reply|do-?not-?reply|notif|alert|auto|confirm|receipt|order|"
    r"billing|invoice|account|security|mcinfo|info|support|service|updates?|mailer|team|"
    r"bestellung|commande|pedido|termin|rappel|kundenservice|versand|shipping|delivery)",
    re.I,
)
_PROMO_SENDER = re.compile(r"(news|newsletter|marketing|promo|offers?|deals?|hello|shop)", re.I)
_PROMO_SUBJECT = re.compile(
    r"(\d+\s?%|\bsale\b|\bdeals?\b|\boffers?\b|exclusive|discount|coupon|save\b|"
    r"rabatt|angebot|gutschein|sonderangebot|offre|soldes|promo|r[ée]duction|oferta|descuento|"
    r"rebajas|last chance|don'?t miss)",
    re.I,
)


def gmail_tab(msg: StoredMsg) -> str:
    """The inbox tab Gmail would give a received message, from what Gmail's own
    classifier is known to weigh: the sender (a social network, an automated mailbox),
    bulk-mail headers and promotional wording. People writing to you land in Primary,
    whatever words they use; receipts and notifications in Updates even when they say
    "offer"; marketing in Promotions; mailing lists in Forums."""
    sender = (msg.header("From") or "").lower()
    m = re.search(r"([\w.+-]+)@([\w.-]+)", sender)
    local, domain = (m.group(1), m.group(2)) if m else ("", "")
    if any(domain == d or domain.endswith("." + d) for d in SOCIAL_DOMAINS):
        return "CATEGORY_SOCIAL"
    bulk = bool(msg.header("List-Unsubscribe")) or (msg.header("Precedence") or "").lower() in (
        "bulk",
        "list",
    )
    if msg.header("List-Id") and not msg.header("List-Unsubscribe"):
        return "CATEGORY_FORUMS"
    if bulk and (_PROMO_SENDER.search(local) or _PROMO_SUBJECT.search(msg.subject)):
        return "CATEGORY_PROMOTIONS"
    if b"method=request" in msg.raw.lower() or b"method:request" in msg.raw.lower():
        return "CATEGORY_PERSONAL"  # an invitation someone sent, even through a calendar
    if bulk or msg.header("Auto-Submitted") or _AUTOMATED_SENDER.search(local):
        return "CATEGORY_UPDATES"
    return "CATEGORY_PERSONAL"


# --------------------------------------------------------------------------- search


@dataclass(frozen=True)
class Term:
    field: str | None  # None: anywhere; else from/to/cc/subject/...
    words: tuple[str, ...]


@dataclass(frozen=True)
class Op:
    name: str
    value: str


@dataclass(frozen=True)
class Not:
    node: Node


@dataclass(frozen=True)
class And:
    nodes: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    nodes: tuple[Node, ...]


Node = Term | Op | Not | And | Or

_TEXT_FIELDS = {"from", "to", "cc", "bcc", "subject", "list", "deliveredto"}
_OPS = {
    "in",
    "is",
    "label",
    "after",
    "before",
    "older",
    "newer",
    "newer_than",
    "older_than",
    "rfc822msgid",
    "has",
    "filename",
    "category",
}
_TOKEN_RE = re.compile(
    r"""\s*(?:
        (?P<lp>\() | (?P<rp>\)) | (?P<lb>\{) | (?P<rb>\}) |
        (?P<neg>-)(?=[^\s)}]) |
        (?P<op>[A-Za-z_0-9]+):(?=[^\s]) |
        "(?P<phrase>[^"]*)"? |
        (?P<word>[^\s(){}"]+)
    )""",
    re.X,
)


class QueryError(ValueError):
    pass


def _lex(q: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    q = q.strip()
    while pos < len(q):
        m = _TOKEN_RE.match(q, pos)
        if not m or m.end() == pos:
            if q[pos].isspace():
                pos += 1
                continue
            raise QueryError(f"cannot parse query at {q[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind) if kind else ""))
    return out


class _Parser:
    def __init__(self, q: str) -> None:
        self.toks = _lex(q)
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> tuple[str, str]:
        t = self.toks[self.i]
        self.i += 1
        return t

    def parse(self) -> Node:
        node = self.expr(None, end=None)
        if self.peek() is not None:
            raise QueryError("unbalanced parentheses in query")
        return node

    def expr(self, fld: str | None, end: str | None) -> Node:
        """A sequence of OR-groups joined by implicit AND (OR binds tighter, as in Gmail)."""
        items: list[Node] = []
        while True:
            t = self.peek()
            if t is None or (end is not None and t[0] == end):
                break
            if t[0] in ("rp", "rb"):
                raise QueryError("unbalanced parentheses in query")
            if t == ("word", "AND"):
                self.take()
                continue
            items.append(self.or_group(fld, end))
        if len(items) == 1:
            return items[0]
        return And(tuple(items))

    def or_group(self, fld: str | None, end: str | None) -> Node:
        nodes = [self.unary(fld, end)]
        while self.peek() == ("word", "OR"):
            self.take()
            nodes.append(self.unary(fld, end))
        return nodes[0] if len(nodes) == 1 else Or(tuple(nodes))

    def unary(self, fld: str | None, end: str | None) -> Node:
        t = self.peek()
        if t is None:
            raise QueryError("query ends too early")
        if t[0] == "neg":
            self.take()
            return Not(self.unary(fld, end))
        return self.primary(fld)

    def group(self, fld: str | None) -> Node:
        kind, _ = self.take()
        closing = "rp" if kind == "lp" else "rb"
        if kind == "lb":  # {a b} means a OR b
            items: list[Node] = []
            while self.peek() is not None and self.peek()[0] != "rb":  # type: ignore[index]
                items.append(self.unary(fld, closing))
            self.take()
            return Or(tuple(items)) if len(items) != 1 else items[0]
        node = self.expr(fld, closing)
        if self.peek() is None:
            raise QueryError("unbalanced parentheses in query")
        self.take()
        return node

    def primary(self, fld: str | None) -> Node:
        t = self.peek()
        assert t is not None
        kind, value = t
        if kind in ("lp", "lb"):
            return self.group(fld)
        self.take()
        if kind == "op":
            name = value.lower()
            nxt = self.peek()
            if name in _TEXT_FIELDS:
                if nxt is not None and nxt[0] in ("lp", "lb"):
                    return self.group(name)
                return self.value_term(name)
            if name in _OPS:
                if nxt is not None and nxt[0] in ("lp", "lb"):
                    inner = self.group(None)
                    return _apply_op(name, inner)
                _, v = self.take()
                return Op(name, v)
            # unknown operator: Gmail reads it as text
            _, v = self.take()
            return Term(fld, tuple(tokens(f"{value} {v}")))
        if kind == "phrase":
            return Term(fld, tuple(tokens(value)))
        return Term(fld, tuple(tokens(value)))

    def value_term(self, name: str) -> Node:
        _kind, v = self.take()
        return Term(name, tuple(tokens(v)))


def _apply_op(name: str, node: Node) -> Node:
    if isinstance(node, Term):
        return Op(name, " ".join(node.words))
    if isinstance(node, Or):
        return Or(tuple(_apply_op(name, n) for n in node.nodes))
    if isinstance(node, And):
        return And(tuple(_apply_op(name, n) for n in node.nodes))
    if isinstance(node, Not):
        return Not(_apply_op(name, node.node))
    return node


def parse_query(q: str) -> Node:
    """Parse the Gmail search syntax subset this server understands."""
    if not q.strip():
        return And(())
    return _Parser(q).parse()


def _contains_seq(hay: list[str], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    first = needle[0]
    return any(tok == first and tuple(hay[i : i + n]) == needle for i, tok in enumerate(hay))


def _parse_search_date(value: str) -> float:
    if value.isdigit():
        return float(value)
    for fmt in ("%Y/%m/%d", "%Y-%m-%d", "%m/%d/%Y"):
        try:
            d = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return d.replace(tzinfo=_PST).timestamp()
    raise QueryError(f"bad date {value!r}")


def _parse_age(value: str) -> timedelta:
    m = re.fullmatch(r"(\d+)([dmy])", value.lower())
    if not m:
        raise QueryError(f"bad age {value!r}")
    n, unit = int(m.group(1)), m.group(2)
    return timedelta(days=n * {"d": 1, "m": 30, "y": 365}[unit])


def matches(node: Node, msg: StoredMsg, now: float) -> bool:
    """Does ``msg`` satisfy the parsed query ``node``?"""
    if isinstance(node, And):
        return all(matches(n, msg, now) for n in node.nodes)
    if isinstance(node, Or):
        return any(matches(n, msg, now) for n in node.nodes)
    if isinstance(node, Not):
        return not matches(node.node, msg, now)
    if isinstance(node, Term):
        if not node.words:
            return True
        if node.field is None:
            if not all(w in msg.text_set for w in node.words):
                return False
            return len(node.words) == 1 or _contains_seq(msg.text_tokens, node.words)
        hay = msg.field_tokens.get(node.field, [])
        return _contains_seq(hay, node.words)
    name, value = node.name, node.value.strip()
    low = value.lower()
    secs = msg.internal_ms / 1000.0
    if name in ("in", "is"):
        if low == "anywhere":
            return True
        label = _IN_LABELS.get(low)
        return label is not None and label in msg.labels
    if name == "label":
        want = low.replace("/", "-").replace(" ", "-")
        return any(lb.lower().replace("/", "-").replace(" ", "-") == want for lb in msg.labels)
    if name == "category":
        return _CATEGORY_SEARCH.get(low, "") in msg.labels
    if name in ("after", "newer"):
        return secs >= _parse_search_date(value)
    if name in ("before", "older"):
        return secs < _parse_search_date(value)
    if name == "newer_than":
        return secs >= now - _parse_age(value).total_seconds()
    if name == "older_than":
        return secs < now - _parse_age(value).total_seconds()
    if name == "rfc822msgid":
        return msg.message_id == norm_msgid(value)
    if name == "has":
        return low == "attachment" and msg.has_attachment
    if name == "filename":
        return any(low in f.lower() for f in msg.filenames)
    return False


# --------------------------------------------------------------------------- the app


@dataclass
class Counters:
    round_trips: int = 0
    requests: int = 0
    batch_parts: int = 0
    units: int = 0
    injected_failures: int = 0
    quota_rejections: int = 0
    calls: Counter[str] = field(default_factory=Counter)

    def snapshot(self) -> dict[str, Any]:
        return {
            "round_trips": self.round_trips,
            "requests": self.requests,
            "batch_parts": self.batch_parts,
            "units": self.units,
            "injected_failures": self.injected_failures,
            "quota_rejections": self.quota_rejections,
            "calls": dict(self.calls),
        }


class GmailState:
    """The mailbox behind the server; every method is thread-safe."""

    def __init__(
        self, email_address: str = "alex.rivera@example.com", *, seed: int = 0, tabs: bool = True
    ) -> None:
        self.email_address = email_address
        #: assign Gmail's inbox tabs (CATEGORY_*) to received mail, as Gmail does by default
        self.tabs = tabs
        self.lock = threading.RLock()
        self.messages: dict[str, StoredMsg] = {}
        self.threads: dict[str, list[str]] = {}
        self.by_msgid: dict[str, list[str]] = {}
        self.drafts: dict[str, Draft] = {}
        self.history: list[HistoryRecord] = []
        self.history_id = 1000
        self.history_horizon = 0  # startHistoryId below this answers 404
        self.user_labels: dict[str, str] = {}
        self._next_id = 0x18C0_0000_0000_0000
        self._rng = random.Random(seed)

    # ids look like Gmail's: 16 hex digits, increasing
    def _new_id(self) -> str:
        self._next_id += self._rng.randint(1, 0xFFFF)
        return f"{self._next_id:016x}"

    def _bump_history(self) -> int:
        self.history_id += self._rng.randint(1, 7)  # increasing, not contiguous
        return self.history_id

    def _pick_thread(self, msg_refs: list[str], subject: str, thread_id: str | None) -> str | None:
        if thread_id is not None:
            members = self.threads.get(thread_id)
            if not members:
                return None
            ids = {self.messages[m].message_id for m in members}
            subjects = {norm_subject(self.messages[m].subject) for m in members}
            if any(r in ids for r in msg_refs) and norm_subject(subject) in subjects:
                return thread_id
            return None
        for ref in reversed(msg_refs):
            for mid in self.by_msgid.get(ref, []):
                other = self.messages.get(mid)
                if other and norm_subject(other.subject) == norm_subject(subject):
                    return other.thread_id
        return None

    def add_message(
        self,
        raw: bytes,
        labels: set[str] | list[str] | tuple[str, ...] = ("INBOX", "UNREAD"),
        *,
        thread_id: str | None = None,
        internal_date: datetime | None = None,
        record_history: bool = True,
    ) -> StoredMsg:
        """Store a message; thread it like Gmail (threadId / References + same subject)."""
        with self.lock:
            mid = self._new_id()
            hid = self._bump_history()
            stored = parse_stored(mid, "", set(labels), raw, 0, hid)
            if internal_date is None:
                try:
                    internal_date = parsedate_to_datetime(stored.header("Date") or "")
                except (TypeError, ValueError, IndexError):
                    internal_date = None
            if internal_date is None:
                internal_date = datetime.now(UTC)
            if internal_date.tzinfo is None:
                internal_date = internal_date.replace(tzinfo=UTC)
            if self.tabs and not stored.labels & {"SENT", "DRAFT", "CHAT", *TAB_LABELS}:
                stored.labels.add(gmail_tab(stored))
            tid = self._pick_thread(stored.references, stored.subject, thread_id) or mid
            stored.thread_id = tid
            stored.internal_ms = int(internal_date.timestamp() * 1000)
            self.messages[mid] = stored
            self.threads.setdefault(tid, []).append(mid)
            if stored.message_id:
                self.by_msgid.setdefault(stored.message_id, []).append(mid)
            if record_history:
                self.history.append(
                    HistoryRecord(hid, "messageAdded", mid, tid, sorted(stored.labels))
                )
            return stored

    def remove_message(self, mid: str) -> None:
        with self.lock:
            stored = self.messages.pop(mid, None)
            if stored is None:
                return
            self.threads[stored.thread_id].remove(mid)
            if not self.threads[stored.thread_id]:
                del self.threads[stored.thread_id]
            if stored.message_id:
                self.by_msgid[stored.message_id].remove(mid)
            hid = self._bump_history()
            self.history.append(
                HistoryRecord(hid, "messageDeleted", mid, stored.thread_id, sorted(stored.labels))
            )

    def create_draft(self, raw: bytes, thread_id: str | None) -> tuple[Draft, StoredMsg]:
        with self.lock:
            stored = self.add_message(raw, {"DRAFT"}, thread_id=thread_id)
            did = "r" + str(self._rng.randint(10**17, 10**18))
            draft = Draft(did, stored.id)
            self.drafts[did] = draft
            return draft, stored

    def search(
        self, q: str, *, label_ids: list[str] | None = None, include_spam_trash: bool = False
    ) -> list[StoredMsg]:
        node = parse_query(q)
        now = time.time()
        with self.lock:
            msgs = list(self.messages.values())
        low = q.lower()
        explicit = any(s in low for s in ("in:spam", "in:trash", "in:anywhere"))
        out = []
        for m in msgs:
            if not include_spam_trash and not explicit and m.labels & {"SPAM", "TRASH"}:
                continue
            if label_ids and not all(lb in m.labels for lb in label_ids):
                continue
            if matches(node, m, now):
                out.append(m)
        out.sort(key=lambda m: (m.internal_ms, m.id), reverse=True)
        return out


def _part(stored: StoredMsg, fmt: str, metadata_headers: list[str] | None) -> dict[str, Any]:
    """The ``payload`` of a message in format metadata or full."""
    if fmt == "metadata":
        wanted = {h.lower() for h in metadata_headers} if metadata_headers else None
        headers = [
            {"name": k, "value": v}
            for k, v in stored.headers
            if wanted is None or k.lower() in wanted
        ]
        msg = email.message_from_bytes(stored.raw, policy=email.policy.compat32)
        return {"mimeType": msg.get_content_type(), "headers": headers}
    msg = email.message_from_bytes(stored.raw, policy=email.policy.compat32)
    return _payload_tree(msg, "")


def _payload_tree(msg: Message, part_id: str) -> dict[str, Any]:
    headers = [{"name": k, "value": _unfold(str(v))} for k, v in msg.items()]
    node: dict[str, Any] = {
        "partId": part_id,
        "mimeType": msg.get_content_type(),
        "filename": msg.get_filename() or "",
        "headers": headers,
    }
    if msg.is_multipart():
        subparts = msg.get_payload()
        assert isinstance(subparts, list)
        node["body"] = {"size": 0}
        node["parts"] = [
            _payload_tree(p, f"{part_id}.{i}" if part_id else str(i))
            for i, p in enumerate(subparts)
        ]
    else:
        data = msg.get_payload(decode=True)
        data = data if isinstance(data, bytes) else b""
        node["body"] = {"size": len(data), "data": b64url(data)} if data else {"size": 0}
    return node


def message_json(
    stored: StoredMsg, fmt: str = "full", metadata_headers: list[str] | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": stored.id,
        "threadId": stored.thread_id,
        "labelIds": sorted(stored.labels),
    }
    if fmt == "minimal":
        out.update(historyId=str(stored.history_id), internalDate=str(stored.internal_ms))
        out["sizeEstimate"] = len(stored.raw)
        return out
    out["snippet"] = html.escape(stored.snippet, quote=True).replace("&#x27;", "&#39;")
    out["historyId"] = str(stored.history_id)
    out["internalDate"] = str(stored.internal_ms)
    out["sizeEstimate"] = len(stored.raw)
    if fmt == "raw":
        out["raw"] = b64url(stored.raw)
    else:
        out["payload"] = _part(stored, fmt, metadata_headers)
    return out


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "application/json; charset=UTF-8"

    @classmethod
    def json(cls, obj: Any, status: int = 200) -> Response:
        return cls(status, json.dumps(obj).encode("utf-8"))


_API = re.compile(r"^/gmail/v1/users/(?P<user>[^/]+)/(?P<rest>.*)$")


class GmailApp:
    """Routing, quota, failure injection and counters around a :class:`GmailState`."""

    def __init__(self, state: GmailState, *, seed: int = 0) -> None:
        self.state = state
        self.counters = Counters()
        self.send_attempts: list[str] = []
        self.log: list[tuple[str, str]] = []  # (method, path) of every logical request
        self.latency = 0.0
        self.fail_rate = 0.0
        self.fail_statuses: tuple[int, ...] = (429, 503)
        self.fail_next: deque[int] = deque()
        self.quota_enabled = True
        self.quota_budget = QUOTA_PER_USER_PER_MINUTE
        self.quota_window = QUOTA_WINDOW_SECONDS
        self.clock: Callable[[], float] = time.monotonic
        self._spent: deque[tuple[float, int]] = deque()
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    # ---- accounting
    def reset_counters(self) -> None:
        with self._lock:
            self.counters = Counters()

    def _maybe_fail(self) -> ApiError | None:
        with self._lock:
            if self.fail_next:
                status = self.fail_next.popleft()
                if status == 0:  # a placeholder: this request passes
                    return None
            elif self.fail_rate and self._rng.random() < self.fail_rate:
                status = self._rng.choice(self.fail_statuses)
            else:
                return None
            self.counters.injected_failures += 1
        return injected_error(status)

    def _charge(self, method_name: str) -> ApiError | None:
        units = QUOTA_UNITS.get(method_name, 5)
        with self._lock:
            now = self.clock()
            while self._spent and self._spent[0][0] <= now - self.quota_window:
                self._spent.popleft()
            spent = sum(u for _, u in self._spent)
            if self.quota_enabled and spent + units > self.quota_budget:
                self.counters.quota_rejections += 1
                return ApiError(
                    429,
                    "Quota exceeded for quota metric 'Queries' and limit 'Queries per minute "
                    "per user' of service 'gmail.googleapis.com'.",
                    "userRateLimitExceeded",
                    "usageLimits",
                )
            self._spent.append((now, units))
            self.counters.units += units
            self.counters.calls[method_name] += 1
        return None

    def quota_spent_in_window(self) -> int:
        with self._lock:
            now = self.clock()
            return sum(u for t, u in self._spent if t > now - self.quota_window)

    # ---- entry points
    def handle_http(
        self, method: str, target: str, headers: dict[str, str], body: bytes
    ) -> Response:
        """One HTTP round trip from a client."""
        with self._lock:
            self.counters.round_trips += 1
        if self.latency:
            time.sleep(self.latency)
        path = urlsplit(target).path
        if path.rstrip("/") in ("/batch/gmail/v1", "/batch"):
            if method != "POST":
                return Response.json(ApiError(405, "POST only", "badRequest").body(), 405)
            err = self._maybe_fail()
            if err is not None:
                return Response.json(err.body(), err.code)
            return self._batch(headers, body)
        return self.handle_api(method, target, body)

    def handle_api(self, method: str, target: str, body: bytes) -> Response:
        """One logical API request (a whole HTTP request or one batch part)."""
        with self._lock:
            self.counters.requests += 1
        parts = urlsplit(target)
        path = parts.path
        self.log.append((method, path))
        if "send" in path.rsplit("/", 1)[-1] or path.startswith("/upload/"):
            self.send_attempts.append(f"{method} {path}")
            return Response.json(
                ApiError(403, "Sending is forbidden on this test server.", "forbidden").body(), 403
            )
        query = {k: v for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        try:
            route = self._route(method, path)
            if route is None:
                raise ApiError(404, f"No such endpoint: {method} {path}", "notFound")
            name, handler, args = route
            err = self._maybe_fail()
            if err is not None:
                raise err
            err = self._charge(name)
            if err is not None:
                raise err
            return handler(query, body, *args)
        except ApiError as exc:
            return Response.json(exc.body(), exc.code)
        except QueryError as exc:
            return Response.json(
                ApiError(400, f"Invalid query: {exc}", "invalidArgument").body(), 400
            )

    def _route(
        self, method: str, path: str
    ) -> tuple[str, Callable[..., Response], tuple[str, ...]] | None:
        m = _API.match(path)
        if not m:
            return None
        rest = m.group("rest").rstrip("/")
        seg = rest.split("/")
        table: list[tuple[str, str, str, Callable[..., Response]]] = [
            ("GET", "profile", "getProfile", self.get_profile),
            ("GET", "labels", "labels.list", self.labels_list),
            ("GET", "messages", "messages.list", self.messages_list),
            ("GET", "messages/*", "messages.get", self.messages_get),
            ("GET", "history", "history.list", self.history_list),
            ("POST", "drafts", "drafts.create", self.drafts_create),
            ("GET", "drafts", "drafts.list", self.drafts_list),
            ("GET", "drafts/*", "drafts.get", self.drafts_get),
            ("PUT", "drafts/*", "drafts.update", self.drafts_update),
            ("DELETE", "drafts/*", "drafts.delete", self.drafts_delete),
            ("GET", "threads/*", "threads.get", self.threads_get),
            ("GET", "threads", "threads.list", self.threads_list),
        ]
        for meth, pattern, name, handler in table:
            pseg = pattern.split("/")
            if meth != method or len(pseg) != len(seg):
                continue
            args: list[str] = []
            for p, s in zip(pseg, seg, strict=True):
                if p == "*":
                    args.append(s)
                elif p != s:
                    break
            else:
                return name, handler, tuple(args)
        return None

    # ---- batch
    def _batch(self, headers: dict[str, str], body: bytes) -> Response:
        ctype = headers.get("content-type", "")
        m = re.search(r'boundary="?([^";]+)"?', ctype)
        if not m or not ctype.lower().startswith("multipart/mixed"):
            return Response.json(
                ApiError(400, "Expected multipart/mixed", "badRequest").body(), 400
            )
        boundary = m.group(1)
        text = body.decode("utf-8")
        chunks = text.split(f"--{boundary}")
        out_boundary = f"batch_{uuid.uuid4().hex}"
        out: list[str] = []
        n_parts = 0
        for chunk in chunks[1:]:
            if chunk.startswith("--"):
                break
            chunk = chunk.lstrip("\r\n")
            head, _, http_req = re.split(r"(\r?\n\r?\n)", chunk, maxsplit=1)
            part_headers = dict(
                (k.strip().lower(), v.strip())
                for k, _, v in (line.partition(":") for line in head.splitlines() if ":" in line)
            )
            content_id = part_headers.get("content-id", "<0>")
            n_parts += 1
            if n_parts > 100:
                resp = Response.json(
                    ApiError(400, "Too many requests in one batch (max 100).", "badRequest").body(),
                    400,
                )
            else:
                resp = self._inner(http_req)
            cid = content_id.strip()
            cid = f"<response-{cid[1:]}" if cid.startswith("<") else f"<response-{cid}>"
            reason = {200: "OK", 204: "No Content", 404: "Not Found", 429: "Too Many Requests"}
            out.append(
                f"--{out_boundary}\r\n"
                "Content-Type: application/http\r\n"
                f"Content-ID: {cid}\r\n\r\n"
                f"HTTP/1.1 {resp.status} {reason.get(resp.status, 'Error')}\r\n"
                f"Content-Type: {resp.content_type}\r\n"
                f"Content-Length: {len(resp.body)}\r\n\r\n"
                f"{resp.body.decode('utf-8')}\r\n"
            )
        with self._lock:
            self.counters.batch_parts += n_parts
        out.append(f"--{out_boundary}--\r\n")
        return Response(
            200, "".join(out).encode("utf-8"), f"multipart/mixed; boundary={out_boundary}"
        )

    def _inner(self, http_req: str) -> Response:
        pieces = re.split(r"\r?\n\r?\n", http_req, maxsplit=1)
        head, body = (pieces[0], pieces[1]) if len(pieces) == 2 else (http_req, "")
        lines = head.splitlines()
        method, target, _proto = lines[0].split(" ", 2)
        body_b = body.rstrip("\r\n").encode("utf-8")
        return self.handle_api(method, target, body_b)

    # ---- endpoints
    def get_profile(self, q: dict[str, list[str]], body: bytes) -> Response:
        s = self.state
        with s.lock:
            return Response.json(
                {
                    "emailAddress": s.email_address,
                    "messagesTotal": len(s.messages),
                    "threadsTotal": len(s.threads),
                    "historyId": str(s.history_id),
                }
            )

    def labels_list(self, q: dict[str, list[str]], body: bytes) -> Response:
        labels = [{"id": x, "name": x, "type": "system"} for x in SYSTEM_LABELS]
        labels += [{"id": k, "name": v, "type": "user"} for k, v in self.state.user_labels.items()]
        return Response.json({"labels": labels})

    @staticmethod
    def _page(q: dict[str, list[str]], default: int = 100, cap: int = 500) -> tuple[int, int]:
        try:
            size = int(q.get("maxResults", [str(default)])[0])
            start = int(q.get("pageToken", ["0"])[0] or 0)
        except ValueError:
            raise ApiError(400, "Invalid paging parameter", "invalidArgument") from None
        return max(1, min(size, cap)), start

    def messages_list(self, q: dict[str, list[str]], body: bytes) -> Response:
        size, start = self._page(q)
        found = self.state.search(
            q.get("q", [""])[0],
            label_ids=q.get("labelIds"),
            include_spam_trash=q.get("includeSpamTrash", ["false"])[0] == "true",
        )
        page = found[start : start + size]
        out: dict[str, Any] = {"resultSizeEstimate": len(found)}
        if page:
            out["messages"] = [{"id": m.id, "threadId": m.thread_id} for m in page]
        if start + size < len(found):
            out["nextPageToken"] = str(start + size)
        return Response.json(out)

    def _get_msg(self, mid: str) -> StoredMsg:
        with self.state.lock:
            stored = self.state.messages.get(mid)
        if stored is None:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        return stored

    def messages_get(self, q: dict[str, list[str]], body: bytes, mid: str) -> Response:
        fmt = q.get("format", ["full"])[0]
        if fmt not in ("minimal", "metadata", "full", "raw"):
            raise ApiError(400, f"Invalid format {fmt}", "invalidArgument")
        stored = self._get_msg(mid)
        return Response.json(message_json(stored, fmt, q.get("metadataHeaders")))

    def history_list(self, q: dict[str, list[str]], body: bytes) -> Response:
        s = self.state
        try:
            start_id = int(q.get("startHistoryId", [""])[0])
        except ValueError:
            raise ApiError(400, "Invalid startHistoryId", "invalidArgument") from None
        size, offset = self._page(q)
        types = set(q.get("historyTypes", []))
        label_id = q.get("labelId", [None])[0]
        with s.lock:
            if start_id < s.history_horizon:
                raise ApiError(404, "Requested entity was not found.", "notFound")
            current = s.history_id
            records = [
                r
                for r in s.history
                if r.id > start_id
                and (not types or r.kind in types)
                and (label_id is None or label_id in r.labels)
            ]
        page = records[offset : offset + size]
        out: dict[str, Any] = {"historyId": str(current)}
        if page:
            hist = []
            for r in page:
                msg = {"id": r.message_id, "threadId": r.thread_id, "labelIds": r.labels}
                key = {
                    "messageAdded": "messagesAdded",
                    "messageDeleted": "messagesDeleted",
                    "labelAdded": "labelsAdded",
                    "labelRemoved": "labelsRemoved",
                }[r.kind]
                hist.append({"id": str(r.id), "messages": [msg], key: [{"message": msg}]})
            out["history"] = hist
        if offset + size < len(records):
            out["nextPageToken"] = str(offset + size)
        return Response.json(out)

    def drafts_create(self, q: dict[str, list[str]], body: bytes) -> Response:
        try:
            obj = json.loads(body or b"{}")
            message = obj["message"]
            raw = unb64url(message["raw"])
        except (ValueError, KeyError, TypeError):
            raise ApiError(
                400, "Invalid draft: message.raw is required", "invalidArgument"
            ) from None
        draft, stored = self.state.create_draft(raw, message.get("threadId"))
        return Response.json(
            {
                "id": draft.id,
                "message": {
                    "id": stored.id,
                    "threadId": stored.thread_id,
                    "labelIds": sorted(stored.labels),
                },
            }
        )

    def drafts_update(self, q: dict[str, list[str]], body: bytes, did: str) -> Response:
        s = self.state
        try:
            obj = json.loads(body or b"{}")
            raw = unb64url(obj["message"]["raw"])
        except (ValueError, KeyError, TypeError):
            raise ApiError(400, "Invalid draft", "invalidArgument") from None
        with s.lock:
            draft = s.drafts.get(did)
            if draft is None:
                raise ApiError(404, "Requested entity was not found.", "notFound")
            old = s.messages[draft.message_id]
            s.remove_message(old.id)
            stored = s.add_message(raw, {"DRAFT"}, thread_id=old.thread_id)
            draft.message_id = stored.id
        return Response.json(
            {
                "id": did,
                "message": {"id": stored.id, "threadId": stored.thread_id, "labelIds": ["DRAFT"]},
            }
        )

    def drafts_list(self, q: dict[str, list[str]], body: bytes) -> Response:
        s = self.state
        size, start = self._page(q)
        query = q.get("q", [""])[0]
        with s.lock:
            by_msg = {d.message_id: d for d in s.drafts.values()}
        hits = [m for m in s.search(query, label_ids=["DRAFT"]) if m.id in by_msg]
        page = hits[start : start + size]
        out: dict[str, Any] = {"resultSizeEstimate": len(hits)}
        if page:
            out["drafts"] = [
                {"id": by_msg[m.id].id, "message": {"id": m.id, "threadId": m.thread_id}}
                for m in page
            ]
        if start + size < len(hits):
            out["nextPageToken"] = str(start + size)
        return Response.json(out)

    def drafts_get(self, q: dict[str, list[str]], body: bytes, did: str) -> Response:
        fmt = q.get("format", ["full"])[0]
        with self.state.lock:
            draft = self.state.drafts.get(did)
            stored = self.state.messages.get(draft.message_id) if draft else None
        if draft is None or stored is None:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        return Response.json(
            {"id": did, "message": message_json(stored, fmt, q.get("metadataHeaders"))}
        )

    def drafts_delete(self, q: dict[str, list[str]], body: bytes, did: str) -> Response:
        if not self.state_delete_draft(did):
            raise ApiError(404, "Requested entity was not found.", "notFound")
        return Response(204, b"", "text/plain")

    def state_delete_draft(self, did: str) -> bool:
        s = self.state
        with s.lock:
            draft = s.drafts.pop(did, None)
            if draft is None:
                return False
            s.remove_message(draft.message_id)
            return True

    def threads_get(self, q: dict[str, list[str]], body: bytes, tid: str) -> Response:
        fmt = q.get("format", ["full"])[0]
        s = self.state
        with s.lock:
            ids = list(s.threads.get(tid, []))
            msgs = [s.messages[i] for i in ids]
        if not msgs:
            raise ApiError(404, "Requested entity was not found.", "notFound")
        msgs.sort(key=lambda m: (m.internal_ms, m.id))
        return Response.json(
            {
                "id": tid,
                "historyId": str(max(m.history_id for m in msgs)),
                "messages": [message_json(m, fmt, q.get("metadataHeaders")) for m in msgs],
            }
        )

    def threads_list(self, q: dict[str, list[str]], body: bytes) -> Response:
        size, start = self._page(q)
        found = self.state.search(q.get("q", [""])[0], label_ids=q.get("labelIds"))
        seen: list[str] = []
        for m in found:
            if m.thread_id not in seen:
                seen.append(m.thread_id)
        page = seen[start : start + size]
        out: dict[str, Any] = {"resultSizeEstimate": len(seen)}
        if page:
            out["threads"] = [{"id": t, "snippet": "", "historyId": "0"} for t in page]
        if start + size < len(seen):
            out["nextPageToken"] = str(start + size)
        return Response.json(out)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items()}
        resp = self.server.app.handle_http(self.command, self.path, headers, body)
        self.send_response(resp.status)
        self.send_header("Content-Type", resp.content_type)
        self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        self.wfile.write(resp.body)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, app: GmailApp) -> None:
        self.app = app
        super().__init__(("127.0.0.1", 0), _Handler)


def _as_bytes(raw: bytes | str | EmailMessage) -> bytes:
    if isinstance(raw, EmailMessage):
        return raw.as_bytes()
    if isinstance(raw, str):
        return raw.encode("utf-8")
    return raw


class GmailTestServer:
    """Start with :meth:`start` (or as a context manager); ``url`` is the api_endpoint."""

    def __init__(
        self, email_address: str = "alex.rivera@example.com", *, seed: int = 0, tabs: bool = True
    ) -> None:
        self.state = GmailState(email_address, seed=seed, tabs=tabs)
        self.app = GmailApp(self.state, seed=seed)
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ---- life
    def start(self) -> GmailTestServer:
        self._server = _Server(self.app)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="gmail-test-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None

    def __enter__(self) -> GmailTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._server is not None, "server not started"
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def batch_uri(self) -> str:
        return f"{self.url}/batch/gmail/v1"

    # ---- knobs (forwarded to the app)
    @property
    def counters(self) -> Counters:
        return self.app.counters

    @property
    def send_attempts(self) -> list[str]:
        return self.app.send_attempts

    def reset_counters(self) -> None:
        self.app.reset_counters()

    def set_latency(self, seconds: float) -> None:
        self.app.latency = seconds

    def fail(self, rate: float = 0.0, statuses: tuple[int, ...] = (429, 503)) -> None:
        """Fail this share of requests (outer requests and batch parts alike)."""
        self.app.fail_rate = rate
        self.app.fail_statuses = statuses

    def fail_next(self, *statuses: int) -> None:
        """Answer the next logical requests (in order) with these statuses (0: let it pass).

        Logical requests are outer HTTP requests and batch parts, in the order the server
        sees them: a batch is its outer request first, then its parts."""
        self.app.fail_next.extend(statuses)

    @contextlib.contextmanager
    def failing(self, rate: float, statuses: tuple[int, ...] = (429, 503)) -> Iterator[None]:
        old = (self.app.fail_rate, self.app.fail_statuses)
        self.fail(rate, statuses)
        try:
            yield
        finally:
            self.fail(*old)

    # ---- mailbox hooks
    def add_message(
        self,
        raw: bytes | str | EmailMessage,
        *,
        folder: str = "inbox",
        labels: list[str] | None = None,
        internal_date: datetime | None = None,
        record_history: bool = True,
    ) -> StoredMsg:
        """Deliver a message to the inbox (``folder="inbox"``) or file it as sent."""
        if labels is None:
            labels = {"inbox": ["INBOX", "UNREAD"], "sent": ["SENT"], "archive": []}[folder]
        return self.state.add_message(
            _as_bytes(raw), labels, internal_date=internal_date, record_history=record_history
        )

    def draft_ids(self) -> list[str]:
        with self.state.lock:
            return list(self.state.drafts)

    def drafts(self) -> list[StoredMsg]:
        with self.state.lock:
            return [self.state.messages[d.message_id] for d in self.state.drafts.values()]

    def delete_draft(self, draft_id: str) -> None:
        """The user deletes a draft."""
        if not self.app.state_delete_draft(draft_id):
            raise KeyError(draft_id)

    def edit_draft(self, draft_id: str, new_body: str) -> StoredMsg:
        """The user edits a draft's text (Gmail gives the draft message a new id)."""
        s = self.state
        with s.lock:
            draft = s.drafts[draft_id]
            old = s.messages[draft.message_id]
            msg = email.message_from_bytes(old.raw, policy=email.policy.default)
            assert isinstance(msg, EmailMessage)
            msg.set_content(new_body)
            s.remove_message(old.id)
            stored = s.add_message(msg.as_bytes(), {"DRAFT"}, thread_id=old.thread_id)
            draft.message_id = stored.id
            return stored

    def send_draft_as_user(self, draft_id: str, *, when: datetime | None = None) -> StoredMsg:
        """The user presses Send in Gmail: the draft goes, a SENT copy joins the thread."""
        s = self.state
        with s.lock:
            draft = s.drafts[draft_id]
            stored = s.messages[draft.message_id]
            raw, tid = stored.raw, stored.thread_id
            self.app.state_delete_draft(draft_id)
            return s.add_message(raw, {"SENT"}, thread_id=tid, internal_date=when)

    def expire_history(self) -> None:
        """Make every history id handed out so far too old (history.list answers 404)."""
        with self.state.lock:
            self.state.history_horizon = self.state._bump_history()

    def message(self, mid: str) -> StoredMsg:
        with self.state.lock:
            return self.state.messages[mid]

    def thread_of(self, mid: str) -> list[StoredMsg]:
        with self.state.lock:
            tid = self.state.messages[mid].thread_id
            return [self.state.messages[i] for i in self.state.threads[tid]]

    def search(self, q: str) -> list[StoredMsg]:
        return self.state.search(q)


def fold_accents(text: str) -> str:
    """Strip diacritics (helper for tests comparing words)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
