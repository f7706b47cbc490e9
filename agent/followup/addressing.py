"""Who a follow-up goes to, in which thread, with whom in Cc and from which address.

All addressing lives here, in two steps:

- **When planning** (:func:`for_interview`, :func:`for_fact`, :func:`for_rejection`): the
  people the moment concerns and the thread to answer in. A thank-you goes to the
  interviewers (a team mailbox on the invitation is copied, not thanked, unless it is the
  only address there is); a check-in or requested follow-up to the contact of the message
  that gave the date; a rejection reply to its sender when a person, else to the person
  met earlier. Failing that, the application's latest human contact (in that thread when
  one is known there). Never a no-reply or platform address
  (:func:`agent.followup.recipients.is_usable_contact`).
- **When composing** (:func:`addressing`): the coordinator of an interview in Cc when
  the interviewers are in To, the Cc of the employer's mail kept in Cc, the draft sent
  from the candidate address the employer wrote to, and the best display name of each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from agent.config import Me
from agent.followup.application import Application, Contact, Interview, when
from agent.followup.recipients import interviewers_only, is_usable_contact
from agent.models import MessageFacts, PlannedFollowUp, StoredMessage
from agent.person_names import parse_person, team_mailboxes
from agent.terminal_text import clean_text

# --------------------------------------------------------------------------- when planning


@dataclass(frozen=True)
class Recipients:
    """Whom a moment concerns and where to answer: the thread and its latest message."""

    thread: str | None
    reply_to: StoredMessage | None
    to: list[str]


def usable(addresses: Iterable[str], me: list[str]) -> list[str]:
    """The addresses a follow-up may go to, lower-cased, once each, in order."""
    out: list[str] = []
    for a in addresses:
        a = a.strip().lower()
        if is_usable_contact(a, me) and a not in out:
            out.append(a)
    return out


def message_contact(m: StoredMessage | None, me: list[str]) -> list[str]:
    """Who a reply to ``m`` goes to: its named contact, Reply-To or sender, if human."""
    if m is None or m.facts.is_own:
        return []
    f = m.facts
    for addr in (f.contact_email, f.reply_to, f.from_email):
        found = usable([addr] if addr else [], me)
        if found:
            return found
    return []


def _reply_target(
    app: Application, thread: str | None, now: datetime
) -> tuple[str | None, StoredMessage | None]:
    """The thread to answer in and the message to answer (its latest one up to now)."""
    if thread is None or app.thread(thread) is None:
        c = app.human_contact()
        thread = c.thread if c and c.thread else (app.threads[-1].key if app.threads else None)
    return thread, app.latest_message_in(thread, until=now)


def _or_human_contact(app: Application, to: list[str], thread: str | None) -> list[str]:
    if to:
        return to
    c = app.human_contact(thread=thread)
    return [c.email] if c else []


def _arranged_by(iv: Interview) -> list[str]:
    """Who sent the invitation: a coordinator, not an interviewer, when others attend."""
    f = iv.source.message.facts if iv.source.message else None
    return [a for a in (f.from_email, f.reply_to, f.contact_email) if a] if f else []


def for_interview(app: Application, iv: Interview, me: list[str], now: datetime) -> Recipients:
    """A thank-you: the interviewers, else whoever sent the invitation, else the contact."""
    people = usable(interviewers_only(iv.interviewers, _arranged_by(iv), me), me)
    # a thank-you goes to the interviewers; a team mailbox on the invitation is
    # copied (see addressing) unless it is the only address there is
    teams = set(team_mailboxes(iv.interviewers))
    people = [a for a in people if a not in teams] or people
    thread, reply_to = _reply_target(app, iv.thread, now)
    to = people or message_contact(iv.source.message, me)
    return Recipients(thread, reply_to, _or_human_contact(app, to, thread))


def for_fact(
    app: Application,
    thread: str | None,
    message: StoredMessage | None,
    me: list[str],
    now: datetime,
) -> Recipients:
    """A follow-up on a stated date: the contact of the message that stated it."""
    thread, reply_to = _reply_target(app, thread, now)
    to = message_contact(message, me)
    return Recipients(thread, reply_to, _or_human_contact(app, to, thread))


@dataclass(frozen=True)
class RejectionRecipients(Recipients):
    """A rejection reply's recipients; ``met_earlier`` when no sender was a person."""

    from_sender: bool = True
    met_earlier: Contact | None = None


def for_rejection(
    app: Application, group: list[StoredMessage], me: list[str], now: datetime
) -> RejectionRecipients:
    """The latest rejection of the group sent by a person, else the person met earlier, in
    their conversation (an ATS no-reply is never answered)."""
    human = next((m for m in reversed(group) if message_contact(m, me)), None)
    if human is not None:
        t = app.thread_of(human)
        thread, reply_to = _reply_target(app, t.key if t else None, now)
        return RejectionRecipients(thread, reply_to, message_contact(human, me))
    c = app.human_contact()
    thread, reply_to = _reply_target(app, c.thread if c else None, now)
    return RejectionRecipients(
        thread, reply_to, [c.email] if c else [], from_sender=False, met_earlier=c
    )


# --------------------------------------------------------------------------- when composing


@dataclass
class Addressing:
    """Who a draft goes to. ``names`` holds the display name to write for each address."""

    sender: str | None
    to: list[str]
    cc: list[str]
    names: dict[str, str] = field(default_factory=dict)


def valid_address(email: str) -> str | None:
    """The address when it is one plain ``local@domain`` (nothing a header could abuse)."""
    email = email.strip()
    if any(c in email for c in '\r\n<>,;"() \t') or not email.isascii():
        return None
    local, _, domain = email.rpartition("@")
    if not local or not domain or "@" in local:
        return None
    return email


def employer_message(
    app: Application | None, parent: StoredMessage | None, now: datetime
) -> StoredMessage | None:
    """The employer's last message: in the thread answered, else in the application."""
    if parent is not None and not parent.facts.is_own:
        return parent
    if app is None:
        return None
    if parent is not None and (t := app.thread_of(parent)) is not None:
        mine = [m for m in t.messages if not m.facts.is_own and when(m) <= now]
        if mine:
            return mine[-1]
    theirs = [m for m in app.employer_messages() if when(m) <= now]
    return theirs[-1] if theirs else None


def _coordinator(iv: Interview | None, me: list[str]) -> str | None:
    """Who arranged the interview: the invitation's reply address, when a person."""
    if iv is None or iv.source.message is None:
        return None
    f = iv.source.message.facts
    for addr in (f.contact_email, f.reply_to, f.from_email):
        if addr and is_usable_contact(addr, me):
            return addr.lower()
    return None


def _interview_copies(iv: Interview | None, to: list[str], me: list[str]) -> list[str]:
    """A thank-you to the interviewers copies the coordinator and the team mailboxes."""
    people = {e.lower() for _, e in iv.interviewers} if iv else set()
    if not set(to) & people:
        return []
    cc: list[str] = []
    for a in [_coordinator(iv, me), *team_mailboxes(iv.interviewers if iv else [])]:
        if a and is_usable_contact(a, me) and a not in to and a not in cc:
            cc.append(a)
    return cc


def _sender(
    employer: StoredMessage | None, parent: StoredMessage | None, me: list[str]
) -> str | None:
    """The candidate address the employer wrote to, else the first of theirs."""
    sender: str | None = None
    if employer is not None:
        wrote_to = [a.lower() for a in [*employer.facts.to, *employer.facts.cc]]
        sender = next((a for a in wrote_to if a in me), None)
    sender = sender or (me[0] if me else None)
    if sender is None and parent is not None:
        sender = next(iter(parent.facts.to), None)
    return sender


def addressing(
    followup: PlannedFollowUp,
    app: Application | None,
    parent: StoredMessage | None,
    me: Me,
    now: datetime,
    interview: Interview | None = None,
) -> Addressing:
    """To (the rules' choice), Cc (coordinator, the employer's Cc), From (where they wrote).

    ``interview`` is the one a thank-you answers: its coordinator goes in Cc.
    """
    mine = me.addresses
    to = [a for e in followup.to if (a := valid_address(e.lower())) and is_usable_contact(a, mine)]
    employer = employer_message(app, parent, now)
    cc = _interview_copies(interview, to, mine) if followup.kind == "thank_you" else []
    if employer is not None:
        for addr in employer.facts.cc:
            a = valid_address(addr.lower())
            if a and is_usable_contact(a, mine) and a not in to and a not in cc:
                cc.append(a)
    sender = _sender(employer, parent, mine)
    return Addressing(sender=sender, to=to, cc=cc, names=display_names(app, [*to, *cc]))


def _names_in_message(f: MessageFacts, addr: str) -> list[str | None]:
    """The names one employer message gives ``addr``: as sender, contact or attendee."""
    out: list[str | None] = []
    if (f.reply_to or "").lower() == addr or (f.from_email or "").lower() == addr:
        out.append(f.from_name)
    if (f.contact_email or "").lower() == addr:
        out.append(f.contact_name)
    for ev in f.calendar:
        out += [n for n, e in ev.attendees if e.lower() == addr]
        if (ev.organizer_email or "").lower() == addr:
            out.append(ev.organizer_name)
    return out


def _names_known(app: Application, addr: str) -> list[str | None]:
    """Every name the application gives ``addr``: contact, interviewer, in its mail."""
    c = app.contact_named(addr)
    out: list[str | None] = [c.name] if c is not None else []
    for iv in app.interviews:
        out += [n for n, e in iv.interviewers if e.lower() == addr]
    for m in app.employer_messages():
        out += _names_in_message(m.facts, addr)
    return out


def _best_name(names: list[str | None], company: str | None) -> str | None:
    """The first full name of a person, else the first person's first name."""
    best = None
    for name in names:
        person = parse_person(name, company=company)
        if person is not None and person.surname:
            return clean_text(name) if name else person.full
        if person is not None and best is None:
            best = person.first
    return best


def display_names(app: Application | None, addresses: list[str]) -> dict[str, str]:
    """The best display name known for each address (a person's, never a relay's company)."""
    out: dict[str, str] = {}
    if app is None:
        return out
    company = app.company if not app.company.startswith("Unknown") else None
    for addr in addresses:
        name = _best_name(_names_known(app, addr), company)
        if name is not None:
            out[addr] = name
    return out


__all__ = [
    "Addressing",
    "Recipients",
    "RejectionRecipients",
    "addressing",
    "display_names",
    "employer_message",
    "for_fact",
    "for_interview",
    "for_rejection",
    "message_contact",
    "usable",
    "valid_address",
]
