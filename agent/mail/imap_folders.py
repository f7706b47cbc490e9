"""Which IMAP folder is the inbox, Sent and Drafts, whatever the server calls them.

Pure: takes a LIST answer and the config overrides, returns names. Order of trust:

1. the config override (``mailbox.imap.sent_folder`` / ``drafts_folder``);
2. the RFC 6154 SPECIAL-USE attribute (``\\Sent``, ``\\Drafts``) that Dovecot, Gmail,
   Fastmail, Outlook.com and most modern servers put on LIST lines, whatever the
   folder's localised name (``Entwürfe``, ``[Google Mail]/Entwürfe``);
3. well-known names, exact first (``Drafts``, ``[Gmail]/Drafts``, ``INBOX.Drafts``),
   then by the last path component in any language we know (``Entwürfe``, ``Brouillons``).

Folder names arrive decoded from IMAP modified UTF-7 when IMAPClient decodes them; raw
``bytes`` names are decoded here too, so ``Entw&APw-rfe`` is ``Entwürfe`` either way.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from imapclient.imap_utf7 import decode as utf7_decode

logger = logging.getLogger(__name__)

#: One LIST line as IMAPClient returns it: (flags, delimiter, name).
ListEntry = tuple[Sequence[bytes], bytes | None, str | bytes]

DRAFTS_NAMES: tuple[str, ...] = (
    "Drafts",
    "[Gmail]/Drafts",
    "[Google Mail]/Drafts",
    "INBOX.Drafts",
    "INBOX/Drafts",
    "Draft",
    "Entwürfe",
    "Brouillons",
    "Borradores",
    "Bozze",
    "Concepts",
    "Rascunhos",
    "Utkast",
    "Kladder",
    "Luonnokset",
    "Szkice",
    "Koncepty",
    "Черновики",
    "下書き",
    "草稿",
)

SENT_NAMES: tuple[str, ...] = (
    "Sent",
    "Sent Items",
    "Sent Messages",
    "Sent Mail",
    "[Gmail]/Sent Mail",
    "[Google Mail]/Sent Mail",
    "[Google Mail]/Gesendet",
    "INBOX.Sent",
    "INBOX/Sent",
    "INBOX.Sent Items",
    "INBOX.Sent Messages",
    "Gesendet",
    "Gesendete Elemente",
    "Gesendete Objekte",
    "Envoyés",
    "Éléments envoyés",
    "Messages envoyés",
    "Enviados",
    "Elementos enviados",
    "Posta inviata",
    "Inviata",
    "Verzonden",
    "Verzonden items",
    "Itens enviados",
    "Skickat",
    "Sendt",
    "Lähetetyt",
    "Wysłane",
    "Odeslané",
    "Отправленные",
    "送信済み",
    "已发送",
)

_NOT_SELECTABLE = {b"\\noselect", b"\\nonexistent"}


@dataclass(frozen=True)
class FolderRoles:
    """Server names of the folders the agent uses; None when the account has no such folder."""

    inbox: str
    sent: str | None
    drafts: str | None

    def role_of(self, name: str) -> str:
        """``"inbox"``, ``"sent"``, ``"drafts"`` or ``"other"`` for a server folder name."""
        if name == self.inbox or (self.inbox.upper() == "INBOX" and name.upper() == "INBOX"):
            return "inbox"
        if name == self.sent:
            return "sent"
        if name == self.drafts:
            return "drafts"
        return "other"


def decode_name(name: str | bytes) -> str:
    """A folder name as a person reads it (modified UTF-7 decoded)."""
    if isinstance(name, bytes):
        return str(utf7_decode(name))
    if "&" in name:
        try:
            return str(utf7_decode(name.encode("ascii")))
        except (UnicodeError, ValueError):
            return name
    return name


def _selectable(entries: Iterable[ListEntry]) -> list[tuple[set[bytes], str, str | None]]:
    out = []
    for flags, delim, name in entries:
        lowered = {bytes(f).lower() for f in flags}
        if lowered & _NOT_SELECTABLE:
            continue
        sep = delim.decode("ascii", "replace") if isinstance(delim, bytes) else delim
        out.append((lowered, decode_name(name), sep))
    return out


def _by_attribute(entries: list[tuple[set[bytes], str, str | None]], attr: bytes) -> str | None:
    for flags, name, _ in entries:
        if attr.lower() in flags:
            return name
    return None


def _by_name(entries: list[tuple[set[bytes], str, str | None]], names: Sequence[str]) -> str | None:
    present = {name.casefold(): name for _, name, _ in entries}
    for candidate in names:
        hit = present.get(candidate.casefold())
        if hit is not None:
            return hit
    # Localised or nested (``INBOX/Entwürfe``, ``Archive.Sent``): match the last component.
    wanted = [c.rsplit("/", 1)[-1].casefold() for c in names]
    best: tuple[int, int, str] | None = None
    for _, name, sep in entries:
        last = name.rsplit(sep, 1)[-1] if sep else name
        if last.casefold() in wanted:
            rank = (wanted.index(last.casefold()), name.count(sep or "/"), name)
            if best is None or rank < best:
                best = rank
    return best[2] if best else None


def discover(
    entries: Iterable[ListEntry],
    *,
    inbox: str = "INBOX",
    sent_override: str | None = None,
    drafts_override: str | None = None,
) -> FolderRoles:
    """Pick the Sent and Drafts folders from a LIST answer (see the module docstring)."""
    usable = _selectable(entries)
    sent = sent_override or _by_attribute(usable, b"\\Sent") or _by_name(usable, SENT_NAMES)
    drafts = drafts_override or _by_attribute(usable, b"\\Drafts") or _by_name(usable, DRAFTS_NAMES)
    if sent is not None and sent == drafts:
        logger.warning("Sent and Drafts resolve to the same folder %r; ignoring Sent", sent)
        sent = None
    return FolderRoles(inbox=inbox, sent=sent, drafts=drafts)


__all__ = [
    "DRAFTS_NAMES",
    "SENT_NAMES",
    "FolderRoles",
    "ListEntry",
    "decode_name",
    "discover",
]
