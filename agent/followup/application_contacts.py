"""The human contacts of an application: who at the employer a follow-up may go to.

Senders, Reply-To addresses, contacts named in a message and interviewers, never a
no-reply or platform address (:func:`agent.followup.recipients.is_usable_contact`). Each
keeps the most recent sighting and the best name known; newest first.
"""

from __future__ import annotations

from datetime import datetime

from agent.followup.application import Contact, Interview, when
from agent.followup.recipients import is_usable_contact
from agent.models import StoredMessage
from agent.person_names import first_name
from agent.terminal_text import clean_text


class _Found:
    """Contacts by address, merged as they are seen again."""

    def __init__(self, company: str, me: set[str]) -> None:
        self.company = company
        self.me = me
        self.by_email: dict[str, Contact] = {}

    def add(
        self,
        email: str | None,
        name: str | None,
        first: str | None,
        at: datetime,
        thread: str | None,
        via: str,
    ) -> None:
        if not email or not is_usable_contact(email.strip(), self.me):
            return
        email = email.strip().lower()
        name = clean_text(name) or None
        first = first_name(first, company=self.company) if first else None
        first = first or first_name(name, company=self.company)
        old = self.by_email.get(email)
        if old is not None:
            name = name or old.name
            first = first or old.first_name
            if old.last_seen > at:
                at, thread, via = old.last_seen, old.thread, old.via
        self.by_email[email] = Contact(email, name, first, at, thread, via)

    def add_message(self, m: StoredMessage, thread: str) -> None:
        """The sender, a different Reply-To, and a contact the message names."""
        f = m.facts
        at = when(m)
        sender = (f.from_email or "").lower()
        named_sender = f.contact_email and f.contact_email.lower() == sender
        self.add(
            f.from_email,
            f.from_name,
            f.contact_name if named_sender else None,
            at,
            thread,
            "sender",
        )
        if f.reply_to and f.reply_to.lower() != sender:
            self.add(f.reply_to, None, None, at, thread, "sender")
        if f.contact_email and f.contact_email.lower() != sender:
            self.add(f.contact_email, None, f.contact_name, at, thread, "named in message")


def application_contacts(
    app_msgs: list[tuple[StoredMessage, str]],
    interviews: list[Interview],
    company: str,
    me: set[str],
) -> list[Contact]:
    """Human contacts at the employer (never no-reply or platform addresses), newest first."""
    found = _Found(company, me)
    for m, thread in app_msgs:
        if not m.facts.is_own:
            found.add_message(m, thread)
    for iv in interviews:
        for name, email in iv.interviewers:
            if email.lower() not in found.by_email:
                found.add(email, name, None, iv.source.stated_at, iv.thread, "interviewer")
    return sorted(found.by_email.values(), key=lambda c: (c.last_seen, c.email), reverse=True)


__all__ = ["application_contacts"]
