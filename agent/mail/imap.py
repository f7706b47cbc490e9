"""IMAP backend for any provider (Dovecot, Fastmail, Outlook.com, Gmail with IMAP, ...).

What it promises, beyond :class:`agent.mail.base.Mailbox`:

* **Never touches the user's mail.** Folders are opened with EXAMINE (read-only) and
  every fetch is ``BODY.PEEK`` — no ``\\Seen`` is ever added, no flag changes, no moves.
  The only write is ``APPEND`` of the agent's own drafts (``\\Draft \\Seen``) to Drafts.
* **Cheap incremental sync.** The cursor is JSON with, per folder (inbox, Sent), the
  folder name, UIDVALIDITY, the last UID seen and HIGHESTMODSEQ when the server has
  CONDSTORE. A scan with nothing new costs one ``STATUS`` per folder (2 commands after
  login). New mail is read as headers (+ the server's RFC 8970 ``PREVIEW`` when offered,
  else the first KiB of text, for a snippet) in bulk ``UID FETCH`` ranges; full bodies
  only for the ids the caller asks :meth:`fetch` for.
* **UIDVALIDITY change** (folder recreated, server migrated): a clean rescan of that
  folder bounded by ``mailbox.window``, ``Changes.full_rescan=True``, no duplicates.
* **Resilient.** A dropped connection, a timeout or a server ``BYE`` mid-scan reconnects
  with exponential backoff and resumes at the chunk that failed; nothing is returned
  twice. After ``retries`` failures it raises :class:`~agent.errors.TransientMailError`
  and the caller keeps its old cursor. Library errors are translated here, once.
* Gmail's ``X-GM-THRID`` (as hex, like the Gmail API's threadId) is used as thread id
  when the server offers ``X-GM-EXT-1``.

Message ids are ``"<folder>:<uidvalidity>:<uid>"``, e.g. ``"INBOX:1795639045:17"``.
"""

from __future__ import annotations

import email
import email.policy
import functools
import html
import imaplib
import json
import logging
import os
import quopri
import re
import socket
import ssl
import time
import traceback
from base64 import b64decode
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email.message import Message
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any, TypeVar

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import CapabilityError, LoginError
from imapclient.exceptions import ProtocolError as ImapProtocolError
from imapclient.response_parser import parse_fetch_response, parse_response

from agent.config import is_loopback
from agent.errors import AuthError, ConfigError, ProtocolMailError, TransientMailError
from agent.mail.base import Mailbox
from agent.mail.imap_folders import FolderRoles, decode_name, discover
from agent.models import (
    Changes,
    DraftRef,
    DraftRequest,
    DraftState,
    Folder,
    MailMessage,
    MessageRef,
)

if TYPE_CHECKING:
    from agent.config import Config, ImapSettings

logger = logging.getLogger(__name__)

T = TypeVar("T")

CURSOR_VERSION = 1
#: UIDs per header ``UID FETCH``: big enough for few round trips, small enough that a
#: dropped connection costs little to redo.
HEADER_CHUNK = 500
#: At most this many messages and (by RFC822.SIZE seen in the scan) bytes per body
#: ``UID FETCH``: few round trips, bounded memory and little to redo after a drop.
BODY_CHUNK = 200
BODY_CHUNK_BYTES = 4 * 1024 * 1024
_UNKNOWN_SIZE = 64 * 1024
#: Bytes of body text fetched with the headers for the snippet when the server has no
#: PREVIEW (0: no snippet at all).
SNIPPET_BYTES = 1024
SNIPPET_CHARS = 300
#: Message-IDs per ``SEARCH OR ...`` when looking for drafts.
SEARCH_BATCH = 16

DRAFT_FLAGS = (b"\\Draft", b"\\Seen")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)

# Network trouble worth a reconnect: socket errors and timeouts (OSError), the server
# hanging up or saying BYE (imaplib abort), a reply cut off mid-way (unparsable).
_TRANSIENT: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    imaplib.IMAP4.abort,
    ImapProtocolError,
)


class _ValidityChanged(Exception):
    """The folder's UIDVALIDITY changed under us: its UIDs mean something else now."""


class _ConnectFailed(Exception):
    """Connecting, TLS, the greeting, STARTTLS or login did not complete; says which."""

    def __init__(self, phase: str) -> None:
        super().__init__(phase)
        self.phase = phase


def connect_phase(exc: BaseException, seconds: float) -> str:
    """What went wrong before a session existed, in words (timeouts by where they hit)."""
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused (nothing listens on that port)"
    if isinstance(exc, socket.gaierror):
        return f"host not found ({exc.strerror or exc})"
    frames = {f.name for f in traceback.extract_tb(exc.__traceback__)}
    if isinstance(exc, TimeoutError):
        if "create_connection" in frames:
            return f"no answer to the connection within {seconds:g}s"
        if "do_handshake" in frames:
            return f"connected, but no TLS handshake within {seconds:g}s"
        return f"connected, but no IMAP greeting within {seconds:g}s"
    if isinstance(exc, ssl.SSLError):
        return f"TLS handshake failed ({exc.reason or exc})"
    if isinstance(exc, EOFError | imaplib.IMAP4.abort | ConnectionResetError):
        return f"the server closed the connection before greeting ({exc})"
    return f"connecting failed ({type(exc).__name__}: {exc})"


class _FolderMissing(Exception):
    """EXAMINE/STATUS said NO: the folder does not exist (any more)."""


# --------------------------------------------------------------------------- secrets


def _server_text(exc: BaseException) -> str:
    """What the server said, on one line, without the ``b'...'`` of a bytes repr."""
    arg = exc.args[0] if exc.args else ""
    if isinstance(arg, bytes):
        text = arg.decode("utf-8", "replace")
    else:
        text = str(arg)
        m = re.fullmatch(r"""b(['"])(.*)\1""", text, re.S)
        if m:
            text = m.group(2)
    return " ".join(text.split())


def check_settings(s: ImapSettings) -> None:
    """Refuse plain-text IMAP to anything but this machine, before connecting."""
    if s.security == "none" and not is_loopback(s.host):
        raise ConfigError(
            f"security 'none' sends your password in clear text; it is only allowed for a "
            f"server on this machine (127.0.0.1), not {s.host!r}: use ssl or starttls",
            key="mailbox.imap.security",
        )
    if not s.username:
        raise ConfigError("required for the imap backend", key="mailbox.imap.username")


def resolve_password(s: ImapSettings) -> str:
    """The IMAP password from ``password_env``, else the system keyring; never from YAML."""
    if s.password_env:
        value = os.environ.get(s.password_env)
        if value:
            return value
    if s.keyring_service:
        try:
            import keyring
            from keyring.errors import KeyringError
        except ImportError as exc:  # pragma: no cover - keyring is a dependency
            raise AuthError("the keyring package is not installed") from exc
        try:
            value = keyring.get_password(s.keyring_service, s.username)
        except KeyringError as exc:
            raise AuthError(
                f"cannot read the IMAP password for {s.username} from the system keyring "
                f"(service {s.keyring_service!r}): {exc}"
            ) from exc
        if value:
            return value
    where = []
    if s.password_env:
        where.append(f"set the environment variable {s.password_env}")
    if s.keyring_service:
        where.append(f"store it with: keyring set {s.keyring_service} {s.username}")
    else:
        where.append("or set mailbox.imap.keyring_service to use the system keyring")
    raise AuthError(f"no IMAP password for {s.username} at {s.host}: {'; '.join(where)}")


def xoauth2_string(user: str, access_token: str) -> bytes:
    """The SASL XOAUTH2 initial response (Google / Microsoft format), before base64."""
    return f"user={user}\x01auth=Bearer {access_token}\x01\x01".encode()


def _gmail_token_provider(cfg: Config) -> Callable[[], str]:
    """A fresh access token from the Gmail OAuth token file (``followup-agent auth``).

    Read at each login, refreshed by google-auth when expired. Gmail's IMAP server only
    accepts tokens carrying the ``https://mail.google.com/`` scope; a token made for the
    Gmail API backend alone is refused, and the AuthError says so.
    """

    def provide() -> str:
        from agent.mail.gmail_auth import load_credentials

        creds = load_credentials(cfg.mailbox.gmail.token_file)
        return str(creds.token)

    return provide


# --------------------------------------------------------------------------- pure helpers


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


def seqset(uids: Sequence[int]) -> str:
    """Sorted UIDs as an IMAP sequence set with ranges: ``[1,2,3,7,9,10]`` → ``1:3,7,9:10``."""
    out: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(out)


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield list(items[i : i + size])


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


def _msgid(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"<[^<>\s]+>", value)
    return m.group(0) if m else value.strip() or None


_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\ufeff]"
)


def _aware(value: Any) -> datetime | None:
    """INTERNALDATE as imapclient gives it (naive local time when normalised) → aware."""
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo is not None else value.astimezone()


def clean_text(text: str) -> str:
    """One line of readable text: invisible preheader padding dropped, whitespace collapsed."""
    return re.sub(r"\s+", " ", _INVISIBLE.sub("", text)).strip()


def make_snippet(header: bytes, text: bytes, limit: int = SNIPPET_CHARS) -> str:
    """Readable start of the body from the header block and the first bytes of the text.

    Works on truncated data: finds the first text/plain (else text/html) part, undoes
    base64 / quoted-printable as far as the bytes go, strips tags. Best effort: "" on doubt.
    """
    if not text:
        return ""
    try:
        msg = email.message_from_bytes(header + text, policy=email.policy.compat32)
        part: Message | None = None
        fallback: Message | None = None
        for p in msg.walk():
            ctype = p.get_content_type()
            if ctype == "text/plain":
                part = p
                break
            if ctype == "text/html" and fallback is None:
                fallback = p
        part = part or fallback
        if part is None or part.is_multipart():
            return ""
        payload = part.get_payload(decode=False)
        if not isinstance(payload, str):
            return ""
        try:  # compat32 keeps undecodable 8-bit bytes as surrogates: get them back
            data = payload.encode("ascii", "surrogateescape")
        except UnicodeEncodeError:
            data = payload.encode("utf-8", "replace")
        cte = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if cte == "base64":
            compact = re.sub(rb"[^A-Za-z0-9+/]", b"", data.split(b"=", 1)[0])
            data = b64decode(compact[: len(compact) - len(compact) % 4])
        elif cte == "quoted-printable":
            data = quopri.decodestring(data)
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


def _dedup_key(ref: MessageRef, item: dict[bytes, Any]) -> str:
    gm = item.get(b"X-GM-MSGID")
    if gm is not None:
        return f"gm:{gm}"
    m = _MESSAGE_ID_LINE.search(ref.headers)
    return f"mid:{m.group(1).decode('ascii', 'replace')}" if m else f"id:{ref.id}"


def _normalise(raw: bytes) -> bytes:
    return re.sub(rb"[ \t]+(?=\r?\n)", b"", raw.replace(b"\r\n", b"\n")).strip()


def same_draft(current: bytes, original: bytes) -> bool:
    """True when the draft in the mailbox still says what the agent wrote.

    Byte-equal up to line endings, or (when a client re-saved it and rewrote headers)
    the same recipients, subject and body text.
    """
    if _normalise(current) == _normalise(original):
        return True
    a = email.message_from_bytes(current, policy=email.policy.default)
    b = email.message_from_bytes(original, policy=email.policy.default)
    for name in ("Subject", "To", "Cc"):
        if str(a.get(name, "")).strip() != str(b.get(name, "")).strip():
            return False

    def body(m: Any) -> str:
        part = m.get_body(preferencelist=("plain", "html"))
        try:
            content = part.get_content() if part is not None else ""
        except (LookupError, KeyError, ValueError):
            return ""
        return re.sub(r"\s+", " ", str(content)).strip()

    return body(a) == body(b)


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


@dataclass
class _Scan:
    refs: list[tuple[MessageRef, dict[bytes, Any]]]
    state: FolderState
    rescan: bool


# --------------------------------------------------------------------------- the backend


class ImapMailbox(Mailbox):
    """One IMAP account. Connects lazily; reconnects by itself; ``close`` logs out."""

    backend = "imap"

    def __init__(
        self,
        settings: ImapSettings,
        *,
        window: timedelta = timedelta(days=120),
        secret: Callable[[], str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        clock: Callable[[], datetime] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = 4,
        backoff: float = 0.5,
        header_chunk: int = HEADER_CHUNK,
        body_chunk: int = BODY_CHUNK,
        body_chunk_bytes: int = BODY_CHUNK_BYTES,
        snippet_bytes: int = SNIPPET_BYTES,
        on_connect: Callable[[IMAPClient], None] | None = None,
    ) -> None:
        """
        :param secret: returns the password (``auth: password``) or a fresh OAuth access
            token (``auth: xoauth2``) when a login happens; default: :func:`resolve_password`.
        :param clock: the time the first scan's window ends at (default: now, UTC).
        :param sleep: waits between reconnect attempts (tests pass a no-op).
        :param on_connect: called with each new client before login (tests count commands).
        """
        check_settings(settings)
        self.settings = settings
        self.window = window
        self._secret = secret or (lambda: resolve_password(settings))
        self._ssl_context = ssl_context
        self._clock = clock or (lambda: datetime.now(UTC))
        self._sleep = sleep
        self._retries = retries
        self._backoff = backoff
        self._header_chunk = max(1, header_chunk)
        self._body_chunk = max(1, body_chunk)
        self._body_chunk_bytes = body_chunk_bytes
        self._sizes: dict[str, int] = {}  # message id -> RFC822.SIZE, from the scans
        self._snippet_bytes = snippet_bytes
        self._on_connect = on_connect
        self._client: IMAPClient | None = None
        self._connected_once = False
        self._selected: tuple[str, int] | None = None
        self._roles: FolderRoles | None = None
        self._known: dict[str, Folder] = {}
        self.reconnects = 0

    @classmethod
    def from_config(cls, cfg: Config, *, now: datetime) -> ImapMailbox:
        """``now``: the pass's clock; the first scan's window ends there."""
        s = cfg.mailbox.imap
        check_settings(s)
        secret = _gmail_token_provider(cfg) if s.auth == "xoauth2" else None
        return cls(s, window=cfg.mailbox.window, secret=secret, clock=lambda: now)

    @property
    def account(self) -> str:
        user = self.settings.username
        return f"imap:{user}" if "@" in user else f"imap:{user}@{self.settings.host}"

    def _where(self) -> str:
        return f"{self.settings.host}:{self.settings.port}"

    # ----------------------------------------------------------------- connection

    def _connect(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        s = self.settings
        connect_s = min(s.connect_timeout, s.timeout).total_seconds()
        # connect, TLS and the greeting under the short timeout; commands under the long one
        timeout = SocketTimeout(connect=connect_s, read=s.timeout.total_seconds())
        ctx = self._ssl_context or ssl.create_default_context()
        try:
            if s.security == "ssl":
                client = IMAPClient(s.host, port=s.port, ssl=True, ssl_context=ctx, timeout=timeout)
            else:
                client = IMAPClient(s.host, port=s.port, ssl=False, timeout=timeout)
        except ssl.SSLCertVerificationError:
            raise
        except _TRANSIENT as exc:
            raise _ConnectFailed(connect_phase(exc, connect_s)) from exc
        phase = "STARTTLS"
        try:
            if self._on_connect is not None:
                self._on_connect(client)
            if s.security == "starttls":
                try:
                    client.starttls(ctx)
                except CapabilityError as exc:
                    raise ProtocolMailError(
                        f"IMAP server {self._where()} does not offer STARTTLS; "
                        "use security: ssl (usually port 993)"
                    ) from exc
            phase = "login"
            self._login(client)
        except BaseException as exc:
            try:
                client.shutdown()
            except Exception:
                logger.debug("shutdown after a failed login failed", exc_info=True)
            if isinstance(exc, _TRANSIENT) and not isinstance(exc, ssl.SSLCertVerificationError):
                raise _ConnectFailed(f"{phase} interrupted ({type(exc).__name__}: {exc})") from exc
            raise
        self._client = client
        self._selected = None
        self._connected_once = True
        logger.debug("IMAP %s: logged in as %s", self._where(), s.username)
        return client

    def _login(self, client: IMAPClient) -> None:
        s = self.settings
        secret = self._secret()
        try:
            if s.auth == "xoauth2":
                client.oauth2_login(s.username, secret)
            else:
                client.login(s.username, secret)
        except LoginError as exc:
            said = _server_text(exc) or "login refused"
            if s.auth == "xoauth2":
                hint = (
                    "the OAuth token was refused (Gmail over IMAP needs the "
                    "https://mail.google.com/ scope); run `followup-agent auth` again"
                )
            elif s.keyring_service and not os.environ.get(s.password_env or ""):
                hint = f"check the password in the keyring (service {s.keyring_service!r})"
            else:
                hint = f"check the password in ${s.password_env}"
            raise AuthError(
                f"IMAP server {self._where()} refused the login for {s.username} ({said}); {hint}"
            ) from exc

    def open_connection(self) -> IMAPClient:
        """A new logged-in connection that the caller owns and closes (the IDLE watcher's,
        :mod:`agent.mail.imap_idle`); this mailbox's own connection is left alone."""
        own, selected = self._client, self._selected
        self._client = None
        try:
            return self._connect()
        finally:
            self._client, self._selected = own, selected

    def _drop(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is not None:
            try:
                client.shutdown()
            except Exception:
                logger.debug("IMAP shutdown failed", exc_info=True)

    def close(self) -> None:
        client, self._client, self._selected = self._client, None, None
        if client is None:
            return
        try:
            client.logout()
        except Exception:
            try:
                client.shutdown()
            except Exception:
                logger.debug("IMAP close failed", exc_info=True)

    def _call(self, op: Callable[[IMAPClient], T], what: str) -> T:
        """Run ``op`` on a live connection; reconnect with backoff on network trouble."""
        attempt = 0
        connect_failures = 0
        while True:
            try:
                return op(self._connect())
            except _ConnectFailed as exc:
                # never connected yet (run, doctor): connect_attempts; reconnecting
                # mid-scan: the usual retries. Either way the error names the phase.
                self._drop()
                connect_failures += 1
                limit = (
                    self._retries + 1 if self._connected_once else self.settings.connect_attempts
                )
                if connect_failures >= limit:
                    raise TransientMailError(
                        f"IMAP server {self._where()}: {exc.phase}; gave up after "
                        f"{connect_failures} attempt(s), before {what}"
                    ) from exc
                self._pause(connect_failures, limit, exc.phase)
            except ssl.SSLCertVerificationError as exc:
                self._drop()
                raise ProtocolMailError(
                    f"IMAP server {self._where()}: TLS certificate not trusted "
                    f"({exc.verify_message or exc})"
                ) from exc
            except _TRANSIENT as exc:
                self._drop()
                attempt += 1
                if attempt > self._retries:
                    raise TransientMailError(
                        f"IMAP server {self._where()}: {what} failed {attempt} times, "
                        f"giving up for now ({type(exc).__name__}: {exc})"
                    ) from exc
                self._pause(
                    attempt, self._retries, f"{what} interrupted ({type(exc).__name__}: {exc})"
                )
            except imaplib.IMAP4.error as exc:
                raise ProtocolMailError(
                    f"IMAP server {self._where()}: {what}: {_server_text(exc)}"
                ) from exc

    def _pause(self, attempt: int, of: int, trouble: str) -> None:
        """Back off (exponentially, at most a minute) before reconnecting."""
        delay = min(self._backoff * 2 ** (attempt - 1), 60.0)
        logger.warning(
            "IMAP %s: %s; reconnecting in %.1fs (attempt %d/%d)",
            self._where(),
            trouble,
            delay,
            attempt,
            of,
        )
        self.reconnects += 1
        self._sleep(delay)

    def _capable(self, client: IMAPClient, name: bytes) -> bool:
        return name in client.capabilities()

    def _examine(self, client: IMAPClient, name: str, expect: int | None) -> dict[bytes, Any]:
        """EXAMINE (read-only SELECT) ``name`` unless it is already open with ``expect``."""
        if self._selected is not None and self._selected[0] == name and expect is not None:
            if self._selected[1] != expect:
                raise _ValidityChanged(name)
            return {b"UIDVALIDITY": expect}
        try:
            info: dict[bytes, Any] = client.select_folder(name, readonly=True)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            self._selected = None
            raise _FolderMissing(f"{name}: {exc}") from exc
        uv = int(info[b"UIDVALIDITY"])
        self._selected = (name, uv)
        if expect is not None and uv != expect:
            raise _ValidityChanged(name)
        return info

    def _uid_fetch(
        self, client: IMAPClient, uids: Sequence[int], items: Sequence[str]
    ) -> dict[int, dict[bytes, Any]]:
        """``UID FETCH`` with a compact sequence set (ranges), answers for ``uids`` only."""
        if not uids:
            return {}
        imap = client._imap
        tag = imap._command("UID", "FETCH", seqset(uids), "(" + " ".join(items) + ")")
        typ, data = imap._command_complete("FETCH", tag)
        if typ != "OK":
            raise imaplib.IMAP4.error(f"FETCH failed: {data!r}")
        typ, data = imap._untagged_response(typ, data, "FETCH")
        parsed = parse_fetch_response(data, client.normalise_times, True)
        wanted = set(uids)
        return {int(k): v for k, v in parsed.items() if int(k) in wanted}

    # ----------------------------------------------------------------- folders

    def _folder_roles(self) -> FolderRoles:
        if self._roles is None:
            entries = self._call(lambda c: c.list_folders(), "LIST folders")
            s = self.settings
            self._roles = discover(
                entries,
                inbox=s.inbox_folder,
                sent_override=s.sent_folder,
                drafts_override=s.drafts_folder,
            )
            logger.info(
                "IMAP %s: inbox %r, sent %r, drafts %r",
                self._where(),
                self._roles.inbox,
                self._roles.sent,
                self._roles.drafts,
            )
            for name, role in (
                (self._roles.inbox, Folder.INBOX),
                (self._roles.sent, Folder.SENT),
                (self._roles.drafts, Folder.DRAFTS),
            ):
                if name:
                    self._known[name] = role
        return self._roles

    def _role_of(self, name: str) -> Folder:
        if name in self._known:
            return self._known[name]
        if name.upper() == "INBOX" or name == self.settings.inbox_folder:
            return Folder.INBOX
        role = self._folder_roles().role_of(name)
        return Folder(role)

    def _drafts_folder(self, *, create: bool) -> str | None:
        name = self.settings.drafts_folder or self._folder_roles().drafts
        if name is None and create:
            name = "Drafts"
            logger.warning(
                "IMAP %s: no Drafts folder (no \\Drafts SPECIAL-USE, no common name); creating %r",
                self._where(),
                name,
            )
            self._call(lambda c: c.create_folder(name), f"CREATE {name}")
            self._roles = replace(self._folder_roles(), drafts=name)
            self._known[name] = Folder.DRAFTS
        return name

    def _sent_folder(self) -> str | None:
        return self.settings.sent_folder or self._folder_roles().sent

    def drafts_writable(self) -> str | None:
        """Why a draft could not be saved in the Drafts folder (None: the server allows it).

        Asks without writing: with the ACL extension (RFC 4314) MYRIGHTS must include
        ``i`` (insert, what APPEND needs); a server can grant SELECT read-write and still
        refuse APPEND. Without it, SELECT (not EXAMINE) answers ``[READ-ONLY]`` or
        ``[READ-WRITE]``; the folder is then left by UNSELECT or by EXAMINE, never CLOSE,
        which would expunge (RFC 3501 6.4.2). No Drafts folder yet: the first draft
        creates one, so None.
        """
        drafts = self._drafts_folder(create=False)
        if drafts is None:
            return None

        def op(c: IMAPClient) -> str | None:
            if self._capable(c, b"ACL"):
                typ, data = c._imap.myrights(c._normalise_folder(drafts))
                if typ != "OK":
                    said = b" ".join(d for d in data if isinstance(d, bytes))
                    return f"drafts folder {drafts!r}: MYRIGHTS refused ({said.decode(errors='replace')})"
                rights = parse_response([d for d in data if d is not None])[-1]
                rights = rights.decode() if isinstance(rights, bytes) else str(rights)
                if "i" not in rights:
                    return (
                        f"drafts folder {drafts!r} is read-only (server says MYRIGHTS "
                        f"{rights!r}, without 'i', the insert right)"
                    )
                return None
            self._selected = None
            try:
                c.select_folder(drafts)
            except imaplib.IMAP4.readonly:
                problem: str | None = (
                    f"drafts folder {drafts!r} is read-only (server says READ-ONLY)"
                )
            except imaplib.IMAP4.abort:
                raise
            except imaplib.IMAP4.error as exc:
                return f"drafts folder {drafts!r} cannot be selected ({_server_text(exc)})"
            else:
                problem = None
            if problem is None and self._capable(c, b"UNSELECT"):
                c.unselect_folder()
            else:
                self._examine(c, drafts, None)  # also clears imaplib's sticky READ-ONLY
            return problem

        return self._call(op, f"check that {drafts} is writable")

    # ----------------------------------------------------------------- sync

    def changes(self, cursor: str | None) -> Changes:
        states, broken = load_cursor(cursor)
        s = self.settings
        plan: list[tuple[Folder, str | None]] = [(Folder.INBOX, s.inbox_folder)]
        sent = s.sent_folder or (states["sent"].name if "sent" in states else None)
        if sent is None:
            sent = self._folder_roles().sent
            if sent is None:
                logger.warning(
                    "IMAP %s: no Sent folder found; scanning the inbox only", self._where()
                )
        plan.append((Folder.SENT, sent))

        out: list[MessageRef] = []
        seen: set[str] = set()
        new_states: dict[str, FolderState] = {}
        full = broken
        counts: list[str] = []
        for role, name in plan:
            if name is None:
                continue
            prev = states.get(role.value)
            scan = self._scan_folder(role, name, prev, from_cursor=name != s.sent_folder)
            if scan is None:
                continue
            new_states[role.value] = scan.state
            full = full or scan.rescan
            for ref, item in scan.refs:
                key = _dedup_key(ref, item)
                if key in seen:
                    continue
                seen.add(key)
                out.append(ref)
            counts.append(f"{scan.state.name} {len(scan.refs)} new")
            self._known[scan.state.name] = role
        logger.info(
            "IMAP %s: %s%s",
            self._where(),
            ", ".join(counts) or "nothing to scan",
            " (full rescan)" if full else "",
        )
        return Changes(added=out, cursor=dump_cursor(new_states), full_rescan=full)

    def _status(self, name: str) -> dict[bytes, Any] | None:
        def op(c: IMAPClient) -> dict[bytes, Any] | None:
            items = ["UIDNEXT", "UIDVALIDITY"]
            if self._capable(c, b"CONDSTORE"):
                items.append("HIGHESTMODSEQ")
            while True:
                try:
                    st: dict[bytes, Any] = c.folder_status(name, items)
                    return st
                except imaplib.IMAP4.abort:
                    raise
                except imaplib.IMAP4.error as exc:
                    if "HIGHESTMODSEQ" in items:  # a folder without mod-sequences: ask less
                        items.remove("HIGHESTMODSEQ")
                        continue
                    logger.info("IMAP %s: STATUS %r refused: %s", self._where(), name, exc)
                    return None

        return self._call(op, f"STATUS {name}")

    def _scan_folder(
        self, role: Folder, name: str, prev: FolderState | None, *, from_cursor: bool
    ) -> _Scan | None:
        st = self._status(name)
        if st is None:
            if role is Folder.SENT and from_cursor and self.settings.sent_folder is None:
                self._roles = None  # renamed? look again
                fresh = self._folder_roles().sent
                if fresh and fresh != name:
                    return self._scan_folder(role, fresh, prev, from_cursor=False)
            if role is Folder.INBOX:
                raise ProtocolMailError(
                    f"IMAP server {self._where()}: the inbox folder {name!r} does not exist "
                    "(mailbox.imap.inbox_folder)"
                )
            logger.warning("IMAP %s: folder %r is gone; skipping it", self._where(), name)
            return None
        uv = int(st[b"UIDVALIDITY"])
        uidnext = int(st.get(b"UIDNEXT") or 0)
        modseq = int(st[b"HIGHESTMODSEQ"]) if st.get(b"HIGHESTMODSEQ") is not None else None
        for _ in range(3):
            try:
                if prev is not None and prev.uidvalidity == uv and prev.name == name:
                    if (modseq is not None and prev.modseq == modseq) or (
                        uidnext and uidnext <= prev.last_uid + 1
                    ):
                        return _Scan([], replace(prev, modseq=modseq or prev.modseq), False)
                    return self._incremental(role, prev, uidnext, modseq)
                if prev is not None:
                    logger.warning(
                        "IMAP %s: %r changed UIDVALIDITY (%s → %s) or name; rescanning it",
                        self._where(),
                        name,
                        prev.uidvalidity,
                        uv,
                    )
                return self._full(role, name, uidnext, modseq, rescan=prev is not None)
            except _ValidityChanged:
                logger.warning("IMAP %s: %r changed UIDVALIDITY mid-scan", self._where(), name)
                prev = FolderState(name, -1, 0)
                st = self._status(name)
                if st is None:
                    return None
                uidnext = int(st.get(b"UIDNEXT") or 0)
                modseq = int(st[b"HIGHESTMODSEQ"]) if st.get(b"HIGHESTMODSEQ") else None
                uv = int(st[b"UIDVALIDITY"])
            except _FolderMissing:
                logger.warning("IMAP %s: folder %r vanished mid-scan", self._where(), name)
                return None
        raise TransientMailError(
            f"IMAP server {self._where()}: {name!r} keeps changing UIDVALIDITY"
        )

    def _header_items(self, client: IMAPClient) -> list[str]:
        items = ["UID", "FLAGS", "RFC822.SIZE", "BODY.PEEK[HEADER]"]
        if self._snippet_bytes > 0:
            # RFC 8970 PREVIEW: the server's own plain-text preview (<= 256 chars, never
            # sets \Seen) is smaller and better than the first KiB of a MIME body.
            if self._capable(client, b"PREVIEW"):
                items.append("PREVIEW")
            else:
                items.append(f"BODY.PEEK[TEXT]<0.{self._snippet_bytes}>")
        if self._capable(client, b"X-GM-EXT-1"):
            items += ["X-GM-THRID", "X-GM-MSGID"]
        return items

    def _fetch_headers(
        self, role: Folder, name: str, uv: int, uids: Sequence[int], last_uid: int
    ) -> tuple[list[tuple[MessageRef, dict[bytes, Any]]], int]:
        """Headers of ``uids`` in chunks; a reconnect resumes at the chunk that failed."""
        refs: list[tuple[MessageRef, dict[bytes, Any]]] = []
        for chunk in _chunks(sorted(uids), self._header_chunk):

            def op(c: IMAPClient, chunk: list[int] = chunk) -> dict[int, dict[bytes, Any]]:
                self._examine(c, name, uv)
                return self._uid_fetch(c, chunk, self._header_items(c))

            data = self._call(op, f"FETCH headers from {name}")
            for uid in sorted(data):
                ref = ref_from_fetch(name, role, uv, uid, data[uid])
                if ref is not None:
                    refs.append((ref, data[uid]))
                    size = data[uid].get(b"RFC822.SIZE")
                    if isinstance(size, int):
                        self._sizes[ref.id] = size
            last_uid = max(last_uid, chunk[-1])
        return refs, last_uid

    def _incremental(
        self, role: Folder, prev: FolderState, uidnext: int, modseq: int | None
    ) -> _Scan:
        name, uv = prev.name, prev.uidvalidity
        lo = prev.last_uid + 1
        if uidnext and uidnext - lo <= self._header_chunk:
            # Few new: fetch the whole UID range at once, no SEARCH needed.
            uids = list(range(lo, uidnext))
        else:

            def op(c: IMAPClient) -> list[int]:
                self._examine(c, name, uv)
                return [int(u) for u in c.search(["UID", f"{lo}:*"]) if int(u) >= lo]

            uids = self._call(op, f"SEARCH new in {name}")
        refs, last = self._fetch_headers(role, name, uv, uids, max(prev.last_uid, uidnext - 1))
        return _Scan(refs, FolderState(name, uv, last, modseq), False)

    def _full(
        self, role: Folder, name: str, uidnext: int, modseq: int | None, *, rescan: bool
    ) -> _Scan:
        since: date = (self._clock() - self.window).date()

        def op(c: IMAPClient) -> tuple[int, int, list[int]]:
            self._selected = None  # always re-EXAMINE: we need fresh UIDVALIDITY/UIDNEXT
            info = self._examine(c, name, None)
            uids = [int(u) for u in c.search(["SINCE", since])]
            return int(info[b"UIDVALIDITY"]), int(info.get(b"UIDNEXT") or uidnext), uids

        uv, next_uid, uids = self._call(op, f"SEARCH window in {name}")
        refs, last = self._fetch_headers(role, name, uv, uids, max(next_uid - 1, 0))
        return _Scan(refs, FolderState(name, uv, last, modseq), rescan)

    # ----------------------------------------------------------------- bodies

    def fetch(self, ids: Sequence[str]) -> Iterator[MailMessage]:
        groups: dict[tuple[str, int], list[int]] = {}
        for message_id in ids:
            parsed = parse_id(message_id)
            if parsed is None:
                logger.warning("IMAP: not an id of this backend: %r", message_id)
                continue
            groups.setdefault((parsed[0], parsed[1]), []).append(parsed[2])
        for (name, uv), uids in groups.items():
            role = self._role_of(name)
            for chunk in self._body_chunks(name, uv, sorted(set(uids))):
                op = functools.partial(self._fetch_bodies, name=name, uv=uv, uids=chunk)
                try:
                    data = self._call(op, f"FETCH bodies from {name}")
                except (_ValidityChanged, _FolderMissing) as exc:
                    logger.info("IMAP %s: %s ids are gone (%s)", self._where(), name, exc)
                    break
                for uid in chunk:
                    item = data.get(uid)
                    raw = item.get(b"BODY[]") if item else None
                    if raw is None:
                        continue
                    thrid = item.get(b"X-GM-THRID") if item else None
                    yield MailMessage(
                        id=make_id(name, uv, uid),
                        folder=role,
                        raw=bytes(raw),
                        thread_id=format(int(thrid), "x") if thrid is not None else None,
                        arrived=_aware(item.get(b"INTERNALDATE") if item else None),
                    )

    def _body_chunks(self, name: str, uv: int, uids: list[int]) -> Iterator[list[int]]:
        chunk: list[int] = []
        size = 0
        for uid in uids:
            n = self._sizes.get(make_id(name, uv, uid), _UNKNOWN_SIZE)
            if chunk and (len(chunk) >= self._body_chunk or size + n > self._body_chunk_bytes):
                yield chunk
                chunk, size = [], 0
            chunk.append(uid)
            size += n
        if chunk:
            yield chunk

    def _fetch_bodies(
        self, c: IMAPClient, *, name: str, uv: int, uids: list[int]
    ) -> dict[int, dict[bytes, Any]]:
        self._examine(c, name, uv)
        items = ["UID", "FLAGS", "INTERNALDATE", "BODY.PEEK[]"]
        if self._capable(c, b"X-GM-EXT-1"):
            items.append("X-GM-THRID")
        return self._uid_fetch(c, uids, items)

    # ----------------------------------------------------------------- drafts

    def _search_message_ids(
        self, client: IMAPClient, message_ids: Sequence[str], header: str = "Message-ID"
    ) -> dict[str, list[int]]:
        """UIDs (not \\Deleted) in the open folder whose ``header`` is one of the ids."""
        found: dict[str, list[int]] = {}
        wanted = {m.strip(): m for m in message_ids}
        for i in range(0, len(message_ids), SEARCH_BATCH):
            batch = list(message_ids[i : i + SEARCH_BATCH])
            criteria: list[Any] = ["HEADER", header, batch[-1]]
            for mid in reversed(batch[:-1]):
                criteria = ["OR", ["HEADER", header, mid], criteria]
            if len(batch) > 1:
                criteria = [criteria]
            uids = [int(u) for u in client.search([*criteria, "NOT", "DELETED"])]
            if not uids:
                continue
            if len(batch) == 1:
                found.setdefault(batch[0], []).extend(sorted(uids))
                continue
            field = f"BODY.PEEK[HEADER.FIELDS ({header.upper()})]"
            data = self._uid_fetch(client, uids, ["UID", field])
            for uid, item in sorted(data.items()):
                for key, value in item.items():
                    if isinstance(key, bytes) and key.startswith(b"BODY[HEADER.FIELDS"):
                        got = _msgid(header_value(bytes(value or b""), header))
                        if got and got in wanted:
                            found.setdefault(wanted[got], []).append(uid)
        return found

    def create_draft(self, draft: DraftRequest) -> DraftRef:
        drafts = self._drafts_folder(create=True)
        assert drafts is not None
        raw = re.sub(rb"\r?\n", b"\r\n", draft.raw)
        when: datetime | None = None
        date_header = header_value(raw, "Date")
        if date_header:
            try:
                when = parsedate_to_datetime(date_header)
            except (TypeError, ValueError):
                when = None
        tried = False

        def op(c: IMAPClient) -> DraftRef:
            nonlocal tried
            if tried:
                # The connection broke during APPEND: it may have landed. Look first.
                info = self._examine(c, drafts, None)
                hits = self._search_message_ids(c, [draft.message_id])
                if hits.get(draft.message_id):
                    uid = hits[draft.message_id][-1]
                    return self._draft_ref(drafts, int(info[b"UIDVALIDITY"]), uid, draft)
            tried = True
            answer = c.append(drafts, raw, flags=DRAFT_FLAGS, msg_time=when)
            m = _APPENDUID.search(bytes(answer or b""))
            if m:
                return self._draft_ref(drafts, int(m.group(1)), int(m.group(2)), draft)
            info = self._examine(c, drafts, None)  # no UIDPLUS: find it by Message-ID
            uids = self._search_message_ids(c, [draft.message_id]).get(draft.message_id) or [0]
            return self._draft_ref(drafts, int(info[b"UIDVALIDITY"]), uids[-1], draft)

        try:
            ref = self._call(op, f"APPEND draft to {drafts}")
        except _FolderMissing as exc:
            raise ProtocolMailError(f"IMAP server {self._where()}: {exc}") from exc
        logger.info("IMAP %s: draft %s saved in %s", self._where(), draft.message_id, drafts)
        return ref

    @staticmethod
    def _draft_ref(folder: str, uv: int, uid: int, draft: DraftRequest) -> DraftRef:
        return DraftRef(
            draft_id=make_id(folder, uv, uid),
            message_id=draft.message_id,
            thread_id=draft.thread_id,
        )

    def find_drafts(self, message_ids: Iterable[str]) -> dict[str, DraftRef]:
        mids = list(dict.fromkeys(m for m in message_ids if m))
        if not mids:
            return {}
        drafts = self._drafts_folder(create=False)
        if drafts is None:
            return {}

        def op(c: IMAPClient) -> dict[str, DraftRef]:
            try:
                info = self._examine(c, drafts, None)
            except _FolderMissing:
                return {}
            uv = int(info[b"UIDVALIDITY"])
            hits = self._search_message_ids(c, mids)
            return {
                mid: DraftRef(draft_id=make_id(drafts, uv, uids[-1]), message_id=mid)
                for mid, uids in hits.items()
                if uids
            }

        return self._call(op, f"SEARCH drafts in {drafts}")

    def find_sent(self, message_ids: Iterable[str]) -> set[str]:
        mids = list(dict.fromkeys(m for m in message_ids if m))
        sent = self._sent_folder() if mids else None
        if sent is None:
            return set()

        def op(c: IMAPClient) -> set[str]:
            try:
                self._examine(c, sent, None)
            except _FolderMissing:
                return set()
            return {mid for mid, uids in self._search_message_ids(c, mids).items() if uids}

        return self._call(op, f"SEARCH sent mail in {sent}")

    def draft_state(self, ref: DraftRef, *, original: bytes | None = None) -> DraftState:
        parent = _msgid(header_value(original, "In-Reply-To")) if original else None
        made_at: datetime | None = None
        if original:
            date_header = header_value(original, "Date")
            try:
                made_at = parsedate_to_datetime(date_header) if date_header else None
            except (TypeError, ValueError):
                made_at = None
        drafts = self._drafts_folder(create=False)
        sent = self._sent_folder()

        def op(c: IMAPClient) -> DraftState:
            if drafts is not None:
                try:
                    self._examine(c, drafts, None)
                    hits = self._search_message_ids(c, [ref.message_id]).get(ref.message_id)
                except _FolderMissing:
                    hits = None
                if hits:
                    if original is None:
                        return DraftState.WAITING
                    data = self._uid_fetch(c, hits[-1:], ["UID", "BODY.PEEK[]"])
                    raw = data.get(hits[-1], {}).get(b"BODY[]")
                    if raw is None:
                        return DraftState.WAITING
                    return (
                        DraftState.WAITING
                        if same_draft(bytes(raw), original)
                        else (DraftState.EDITED)
                    )
            if sent is None:
                return DraftState.DELETED
            try:
                self._examine(c, sent, None)
            except _FolderMissing:
                return DraftState.DELETED
            if self._search_message_ids(c, [ref.message_id]).get(ref.message_id):
                return DraftState.SENT
            if parent and self._replied_after(c, parent, made_at):
                return DraftState.SENT
            return DraftState.DELETED

        return self._call(op, f"draft state of {ref.message_id}")

    def _replied_after(self, c: IMAPClient, parent: str, made_at: datetime | None) -> bool:
        """Is there a message in the open (Sent) folder replying to ``parent`` after ``made_at``?"""
        criteria: list[Any] = ["HEADER", "In-Reply-To", parent]
        if made_at is not None:
            criteria += ["SINCE", (made_at - timedelta(days=1)).date()]
        uids = [int(u) for u in c.search(criteria)]
        if not uids:
            return False
        fields = "BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO DATE)]"
        for item in self._uid_fetch(c, uids, ["UID", fields]).values():
            block = b"".join(
                bytes(v or b"")
                for k, v in item.items()
                if isinstance(k, bytes) and k.startswith(b"BODY[HEADER.FIELDS")
            )
            if _msgid(header_value(block, "In-Reply-To")) != parent:
                continue
            if made_at is None:
                return True
            sent_date = header_value(block, "Date")
            try:
                when = parsedate_to_datetime(sent_date) if sent_date else None
            except (TypeError, ValueError):
                when = None
            if when is None or (when.tzinfo and made_at.tzinfo and when >= made_at):
                return True
        return False


__all__ = [
    "ImapMailbox",
    "check_settings",
    "decode_name",
    "make_id",
    "make_snippet",
    "parse_id",
    "resolve_password",
    "same_draft",
    "seqset",
    "xoauth2_string",
]
