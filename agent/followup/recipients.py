"""Who a follow-up may be addressed to, and header-safe text.

Drafts must only ever be addressed to a human at the employer, so every address that
reaches a ``To`` header passes :func:`is_usable_contact`; what counts as a machine or a
platform is decided once, in :mod:`agent.senders`. Pure string functions; no I/O.
"""

from __future__ import annotations

from collections.abc import Iterable

from agent.senders import domain_of, is_noreply, is_platform_domain, is_service_mailbox

__all__ = ["PANEL", "interviewers_only", "is_usable_contact"]


def is_usable_contact(address: str | None, me: Iterable[str] = ()) -> bool:
    """True for an address a follow-up may be sent to: a person or team at the employer."""
    if not address or "@" not in address or any(c in address for c in "\r\n<>,; \t"):
        return False
    low = address.lower()
    if low in {m.lower() for m in me}:
        return False
    if is_noreply(low) or is_service_mailbox(low):
        return False  # nobody reads it, or it serves customers (billing@, support@)
    return not is_platform_domain(domain_of(low))


PANEL = 2  # other attendees from which the sender of an invitation counts as its coordinator


def interviewers_only(
    attendees: list[tuple[str | None, str]], arranged_by: list[str], me: Iterable[str] = ()
) -> list[str]:
    """The attendees' addresses, without whoever sent the invitation of a panel.

    A coordinator who booked a panel is usually on the invitation too; the thank-you is
    for the people who interviewed, and the coordinator is copied instead. With a single
    other attendee the sender usually sits in ("with Tom Becker and me"), so both stay.
    """
    senders = {a.lower() for a in arranged_by}
    mine = {a.lower() for a in me}
    everyone = list(dict.fromkeys(e.lower() for _, e in attendees if e.lower() not in mine))
    others = [e for e in everyone if e not in senders]
    return others if len(others) >= PANEL else everyone
