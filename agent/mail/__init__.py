"""Mailbox backends behind one interface (:class:`agent.mail.base.Mailbox`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from agent.config import Config
    from agent.mail.base import Mailbox


def open_mailbox(cfg: Config, *, now: datetime) -> Mailbox:
    """The backend named by ``mailbox.backend``; imports only what that backend needs.

    ``now`` is the pass's clock (``run --now`` or the real time, read by the CLI or the
    daemon): the first scan's window (``mailbox.window``) ends there, so a replay of an
    old mailbox or a rehearsal at another date sees the mail around that date. Maildir and
    mbox have no window: they read every message once.
    """
    settings = cfg.mailbox  # each backend gets its own section, never the whole Config
    backend = settings.backend
    if backend == "maildir":
        from agent.mail.maildir import MaildirMailbox

        return MaildirMailbox.from_settings(settings.maildir)
    if backend == "mbox":
        from agent.mail.mbox import MboxMailbox

        return MboxMailbox.from_settings(settings.mbox)
    if backend == "imap":
        from agent.mail.imap import ImapMailbox

        return ImapMailbox.from_settings(settings, now=now)
    if backend == "gmail":
        from agent.mail.gmail import GmailMailbox

        return GmailMailbox.from_settings(settings, now=now)
    raise ValueError(f"unknown mailbox backend {backend!r}")


__all__ = [
    "open_mailbox",
]
