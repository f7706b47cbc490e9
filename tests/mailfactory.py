"""Small realistic messages for backend tests, built as diffs from one base message."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid


def make_message(
    *,
    subject: str = "Interview invitation: Backend Engineer",
    sender: str = "Jane Doe <jane@acme.example>",
    to: str = "Alex Rivera <alex.rivera@example.com>",
    body: str = "Hi Alex,\n\nWe'd like to invite you to an interview on Tuesday at 10am.\n\nJane",
    date: datetime | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(domain="acme.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()
