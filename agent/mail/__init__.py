"""Mailbox backends behind one interface (:class:`agent.mail.base.Mailbox`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent.config import Config
    from agent.mail.base import Mailbox


def open_mailbox(cfg: Config) -> Mailbox:
    """The backend named by ``mailbox.backend``; imports only what that backend needs."""
    backend = cfg.mailbox.backend
    if backend == "maildir":
        from agent.mail.maildir import MaildirMailbox

        return MaildirMailbox.from_config(cfg)
    if backend == "mbox":
        from agent.mail.mbox import MboxMailbox

        return MboxMailbox.from_config(cfg)
    if backend == "imap":
        from agent.mail.imap import ImapMailbox

        return ImapMailbox.from_config(cfg)
    if backend == "gmail":
        from agent.mail.gmail import GmailMailbox

        return GmailMailbox.from_config(cfg)
    raise ValueError(f"unknown mailbox backend {backend!r}")
