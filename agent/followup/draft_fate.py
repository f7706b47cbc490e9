"""What became of a draft the agent made: waiting, edited, sent or deleted.

Every backend answers the same question from different places (the Gmail API's drafts
and threads, an IMAP server's Drafts and Sent folders, a Maildir's files), so backends
only report facts (:class:`DraftFacts`: is the draft still in Drafts and what it says
now, which messages in Sent carry its Message-ID or reply to its parent) and this module
alone decides. It is pure: no mailbox, no store, no clock.

The decision, in order:

* still in Drafts: ``EDITED`` when it no longer says what the agent wrote (other
  subject, recipients or body text; a client that only re-wrote headers or line endings
  is not an edit), else ``WAITING``;
* a message in Sent with the draft's Message-ID: ``SENT``;
* a message in Sent replying to the same parent, sent no earlier than the draft was
  made (a reply typed by hand before the draft existed is not this draft): ``SENT``;
* else ``DELETED``.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from agent.models import DraftState, FollowUpStatus

__all__ = [
    "SENT_SLACK",
    "DraftFacts",
    "DraftOrigin",
    "SentCopy",
    "draft_fate",
    "norm_message_id",
    "same_draft",
    "stored_status",
]

#: a reply in Sent counts as this draft sent when it is no older than the draft minus
#: this (servers stamp their own receipt time; clocks differ by a little)
SENT_SLACK = timedelta(minutes=10)


@dataclass(frozen=True)
class SentCopy:
    """A message in Sent that may be the draft, sent: what its headers say."""

    message_id: str | None
    in_reply_to: str | None = None
    sent_at: datetime | None = None


@dataclass(frozen=True)
class DraftFacts:
    """What a backend found about one draft, without judging it.

    ``current`` is the draft's bytes now (None when the backend did not read them, e.g.
    no original to compare with); ``sent`` lists the messages in Sent with the draft's
    Message-ID or replying to its parent (others may be listed too: they do not count).
    """

    in_drafts: bool
    current: bytes | None = None
    sent: Sequence[SentCopy] = ()


@dataclass(frozen=True)
class DraftOrigin:
    """What a backend needs to know about the draft as made, to look for it."""

    parent: str | None  # the In-Reply-To of the draft, normalised
    made_at: datetime | None  # its Date header, aware
    compare: bool  # the original is known: read the current draft to compare

    @classmethod
    def of(cls, original: bytes | None) -> DraftOrigin:
        if original is None:
            return cls(None, None, False)
        msg = _headers(original)
        parent = norm_message_id(msg.get("In-Reply-To"))
        return cls(parent, header_date(msg.get("Date")), True)


def norm_message_id(value: str | None) -> str | None:
    """``<Abc@X>`` (with comments, spaces or without brackets) → ``abc@x``; None if empty."""
    if not value:
        return None
    m = re.search(r"<([^<>\s]+)>", str(value))
    text = m.group(1) if m else str(value).strip().strip("<>").strip()
    return text.lower() or None


def header_date(value: str | None) -> datetime | None:
    """A Date header as an aware datetime (UTC when it names no zone); None if unreadable."""
    if not value:
        return None
    try:
        when = parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _headers(raw: bytes) -> Message:
    return email.message_from_bytes(raw, policy=email.policy.compat32)


def _normalised_bytes(raw: bytes) -> bytes:
    return re.sub(rb"[ \t]+(?=\r?\n)", b"", raw.replace(b"\r\n", b"\n")).strip()


def _body_text(msg: Any) -> str:
    try:
        part = msg.get_body(preferencelist=("plain", "html"))
        content = part.get_content() if part is not None else ""
    except (LookupError, KeyError, ValueError, AttributeError):
        return ""
    return " ".join(str(content).split())


def _addresses(msg: Message, name: str) -> set[str]:
    values = [str(v) for v in msg.get_all(name, [])]
    return {addr.lower() for _, addr in getaddresses(values) if addr}


def same_draft(current: bytes, original: bytes) -> bool:
    """True when the draft still says what the agent wrote.

    Byte-equal up to line endings and trailing blanks, or (a client re-saved it and
    rewrote headers) the same subject, recipients and body text.
    """
    if _normalised_bytes(current) == _normalised_bytes(original):
        return True
    a = email.message_from_bytes(current, policy=email.policy.default)
    b = email.message_from_bytes(original, policy=email.policy.default)
    if " ".join(str(a.get("Subject", "")).split()) != " ".join(str(b.get("Subject", "")).split()):
        return False
    if any(_addresses(a, h) != _addresses(b, h) for h in ("To", "Cc")):
        return False
    return _body_text(a) == _body_text(b)


def _sent_as_this_draft(copy: SentCopy, message_id: str | None, origin: DraftOrigin) -> bool:
    if message_id and norm_message_id(copy.message_id) == message_id:
        return True
    if not origin.parent or norm_message_id(copy.in_reply_to) != origin.parent:
        return False
    if origin.made_at is None or copy.sent_at is None:
        return True
    sent_at = copy.sent_at if copy.sent_at.tzinfo else copy.sent_at.replace(tzinfo=UTC)
    return sent_at >= origin.made_at - SENT_SLACK


def draft_fate(facts: DraftFacts, *, message_id: str, original: bytes | None) -> DraftState:
    """The draft's state from what the backend found (see the module docstring)."""
    if facts.in_drafts:
        if original is None or facts.current is None or same_draft(facts.current, original):
            return DraftState.WAITING
        return DraftState.EDITED
    origin = DraftOrigin.of(original)
    ours = norm_message_id(message_id)
    if any(_sent_as_this_draft(c, ours, origin) for c in facts.sent):
        return DraftState.SENT
    return DraftState.DELETED


def stored_status(state: DraftState) -> FollowUpStatus | None:
    """The follow-up's new status for a draft's state: deleted → discarded (never drafted
    again), sent → sent; None while it waits (edited or not) in Drafts."""
    if state is DraftState.DELETED:
        return FollowUpStatus.DISCARDED
    if state is DraftState.SENT:
        return FollowUpStatus.SENT
    return None
