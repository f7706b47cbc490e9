"""One IMAP connection that looks after itself: lazy login, reconnects with backoff,
read-only folder selection and the folder roles (inbox, Sent, Drafts).

:class:`ImapSession` is the base of :class:`agent.mail.imap.ImapMailbox`; every server
command goes through :meth:`ImapSession._call`, which reconnects on network trouble and
translates library errors, once, into the agent's own (``TransientMailError`` after
``retries`` failures, ``ProtocolMailError`` for a refusal).
"""

from __future__ import annotations

import imaplib
import logging
import ssl
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from imapclient import IMAPClient
from imapclient.response_parser import parse_fetch_response

from agent.errors import ProtocolMailError, TransientMailError
from agent.mail.imap_folders import FolderRoles, discover
from agent.mail.imap_login import (
    TRANSIENT,
    ConnectFailed,
    check_settings,
    connect,
    resolve_password,
    server_text,
    where,
)
from agent.models import Folder

if TYPE_CHECKING:
    from agent.config import ImapSettings

__all__ = ["FolderMissing", "ImapSession", "ValidityChanged", "seqset"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ValidityChanged(Exception):
    """The folder's UIDVALIDITY changed under us: its UIDs mean something else now."""


class FolderMissing(Exception):
    """EXAMINE/STATUS said NO: the folder does not exist (any more)."""


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


class ImapSession:
    """One IMAP account's connection. Connects lazily; reconnects by itself; ``close``
    logs out."""

    def __init__(
        self,
        settings: ImapSettings,
        *,
        secret: Callable[[], str] | None = None,
        ssl_context: ssl.SSLContext | None = None,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = 4,
        backoff: float = 0.5,
        on_connect: Callable[[IMAPClient], None] | None = None,
    ) -> None:
        check_settings(settings)
        self.settings = settings
        self._secret = secret or (lambda: resolve_password(settings))
        self._ssl_context = ssl_context
        self._sleep = sleep
        self._retries = retries
        self._backoff = backoff
        self._on_connect = on_connect
        self._client: IMAPClient | None = None
        self._connected_once = False
        self._selected: tuple[str, int] | None = None
        self._roles: FolderRoles | None = None
        self._known: dict[str, Folder] = {}
        self.reconnects = 0

    def _where(self) -> str:
        return where(self.settings)

    # ----------------------------------------------------------------- connection

    def _connect(self) -> IMAPClient:
        if self._client is not None:
            return self._client
        client = connect(
            self.settings, self._secret, ssl_context=self._ssl_context, on_connect=self._on_connect
        )
        self._client = client
        self._selected = None
        self._connected_once = True
        logger.debug("IMAP %s: logged in as %s", self._where(), self.settings.username)
        return client

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
            except ConnectFailed as exc:
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
            except TRANSIENT as exc:
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
                    f"IMAP server {self._where()}: {what}: {server_text(exc)}"
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
                raise ValidityChanged(name)
            return {b"UIDVALIDITY": expect}
        try:
            info: dict[bytes, Any] = client.select_folder(name, readonly=True)
        except imaplib.IMAP4.abort:
            raise
        except imaplib.IMAP4.error as exc:
            self._selected = None
            raise FolderMissing(f"{name}: {exc}") from exc
        uv = int(info[b"UIDVALIDITY"])
        self._selected = (name, uv)
        if expect is not None and uv != expect:
            raise ValidityChanged(name)
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
