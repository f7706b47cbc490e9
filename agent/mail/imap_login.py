"""Getting into an IMAP account: settings checked, the secret found, the session opened.

The password comes from an environment variable or the system keyring, never from YAML;
Gmail over IMAP logs in with XOAUTH2 and the OAuth token of ``followup-agent auth``.
Connecting, TLS, the greeting, STARTTLS and login each fail with words that say which
step it was (:func:`connect_phase`), so ``doctor`` and the daemon's log can tell a wrong
port from a wrong password.
"""

from __future__ import annotations

import imaplib
import logging
import os
import re
import socket
import ssl
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from imapclient import IMAPClient, SocketTimeout
from imapclient.exceptions import CapabilityError, LoginError
from imapclient.exceptions import ProtocolError as ImapProtocolError

from agent.config import is_loopback
from agent.errors import AuthError, ConfigError, ProtocolMailError

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from agent.config import ImapSettings

__all__ = [
    "TRANSIENT",
    "ConnectFailed",
    "check_settings",
    "connect",
    "connect_phase",
    "gmail_token_provider",
    "resolve_password",
    "server_text",
    "where",
    "xoauth2_string",
]

# Network trouble worth a reconnect: socket errors and timeouts (OSError), the server
# hanging up or saying BYE (imaplib abort), a reply cut off mid-way (unparsable).
TRANSIENT: tuple[type[BaseException], ...] = (
    OSError,
    EOFError,
    imaplib.IMAP4.abort,
    ImapProtocolError,
)


class ConnectFailed(Exception):
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


def server_text(exc: BaseException) -> str:
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


def gmail_token_provider(token_file: Path) -> Callable[[], str]:
    """A fresh access token from the Gmail OAuth token file (``followup-agent auth``).

    Read at each login, refreshed by google-auth when expired. Gmail's IMAP server only
    accepts tokens carrying the ``https://mail.google.com/`` scope; a token made for the
    Gmail API backend alone is refused, and the AuthError says so.
    """

    def provide() -> str:
        from agent.mail.gmail_auth import load_credentials

        creds = load_credentials(token_file)
        return str(creds.token)

    return provide


def where(s: ImapSettings) -> str:
    """``host:port``, as messages name the server."""
    return f"{s.host}:{s.port}"


def login(client: IMAPClient, s: ImapSettings, secret: str) -> None:
    """LOGIN or AUTHENTICATE XOAUTH2; a refusal is an AuthError that says what to check."""
    try:
        if s.auth == "xoauth2":
            client.oauth2_login(s.username, secret)
        else:
            client.login(s.username, secret)
    except LoginError as exc:
        said = server_text(exc) or "login refused"
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
            f"IMAP server {where(s)} refused the login for {s.username} ({said}); {hint}"
        ) from exc


def _open_client(s: ImapSettings, ctx: ssl.SSLContext) -> IMAPClient:
    """The TCP (and, for ``ssl``, TLS) connection and the greeting, under the short
    connect timeout; commands then run under the long one."""
    connect_s = min(s.connect_timeout, s.timeout).total_seconds()
    timeout = SocketTimeout(connect=connect_s, read=s.timeout.total_seconds())
    try:
        if s.security == "ssl":
            return IMAPClient(s.host, port=s.port, ssl=True, ssl_context=ctx, timeout=timeout)
        return IMAPClient(s.host, port=s.port, ssl=False, timeout=timeout)
    except ssl.SSLCertVerificationError:
        raise
    except TRANSIENT as exc:
        raise ConnectFailed(connect_phase(exc, connect_s)) from exc


def connect(
    s: ImapSettings,
    secret: Callable[[], str],
    *,
    ssl_context: ssl.SSLContext | None = None,
    on_connect: Callable[[IMAPClient], None] | None = None,
) -> IMAPClient:
    """A logged-in client. Network trouble before the session exists is
    :class:`ConnectFailed` naming the phase; a refused login is an ``AuthError``."""
    ctx = ssl_context or ssl.create_default_context()
    client = _open_client(s, ctx)
    phase = "STARTTLS"
    try:
        if on_connect is not None:
            on_connect(client)
        if s.security == "starttls":
            try:
                client.starttls(ctx)
            except CapabilityError as exc:
                raise ProtocolMailError(
                    f"IMAP server {where(s)} does not offer STARTTLS; "
                    "use security: ssl (usually port 993)"
                ) from exc
        phase = "login"
        login(client, s, secret())
    except BaseException as exc:
        try:
            client.shutdown()
        except Exception:
            logger.debug("shutdown after a failed login failed", exc_info=True)
        if isinstance(exc, TRANSIENT) and not isinstance(exc, ssl.SSLCertVerificationError):
            raise ConnectFailed(f"{phase} interrupted ({type(exc).__name__}: {exc})") from exc
        raise
    return client
