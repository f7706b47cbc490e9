"""The candidate's corrections, applied to what the agent understood (pure).

A correction names one message (its backend id, which stays put when applications are
renamed or merged) and says what the agent got wrong about it or about its application:

- ``not_hiring``: the message is not about the candidate's hiring (read as ``other``);
- ``kind``: the message is a rejection / offer / assessment / acknowledgement, or an
  interview at a given time;
- ``contact``: this person is the contact for the message's application;
- ``merge``: the message's application and another message's application are one;
- ``split``: the message's thread is an application of its own;
- ``hear_by``: the application's decision date, as the candidate heard it.

``build_timeline`` applies them at three points (messages, grouping, each application),
so every later pass respects them; an undone correction is simply no longer passed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from agent.models import Kind, MessageFacts, Note, StoredMessage

CorrectionKind = Literal["not_hiring", "kind", "contact", "merge", "split", "hear_by"]
CORRECTION_KINDS: tuple[CorrectionKind, ...] = (
    "not_hiring",
    "kind",
    "contact",
    "merge",
    "split",
    "hear_by",
)
#: the kinds a ``kind`` correction may give a message
CORRECTABLE_KINDS: tuple[Kind, ...] = (
    "rejection",
    "interview",
    "offer",
    "assessment",
    "application_received",
)


@dataclass(frozen=True)
class Correction:
    """One correction as the store keeps it; ``value`` holds its details as text."""

    kind: CorrectionKind
    message: str  # backend id of the message it is about
    value: dict[str, str] = field(default_factory=dict)
    created_at: datetime | None = None
    id: int | None = None
    undone_at: datetime | None = None

    def describe(self) -> str:
        """One line for people: what the candidate said."""
        v = self.value
        if self.kind == "not_hiring":
            return "not about my hiring"
        if self.kind == "kind":
            if v.get("kind") == "interview" and v.get("interview_at"):
                return f"an interview on {v['interview_at'].replace('T', ' ')[:16]}"
            return f"this is {_KIND_WORDS.get(v.get('kind', ''), v.get('kind', ''))}"
        if self.kind == "contact":
            return f"{v.get('email', '')} is my contact"
        if self.kind == "merge":
            return "the same application as another message's"
        if self.kind == "split":
            return "this thread is an application of its own"
        return f"I will hear back by {v.get('date', '')}"


_KIND_WORDS = {
    "rejection": "a rejection",
    "interview": "an interview",
    "offer": "an offer",
    "assessment": "an assessment",
    "application_received": "an application acknowledgement",
}


def _corrected_facts(f: MessageFacts, c: Correction) -> MessageFacts:
    if c.kind == "not_hiring":
        return f.model_copy(
            update={
                "kind": "other",
                "interview_at": None,
                "interview_end": None,
                "interview_cancelled": False,
                "respond_by": None,
                "follow_up_on": None,
                "calendar": [],
            }
        )
    kind = c.value.get("kind", "other")
    update: dict[str, object] = {"kind": kind, "interview_cancelled": False}
    if kind == "interview":
        at = c.value.get("interview_at")
        update["interview_at"] = datetime.fromisoformat(at) if at else f.interview_at
        update["interview_end"] = None
        update["calendar"] = []  # the stated time wins over any invitation in the message
    else:
        update |= {"interview_at": None, "interview_end": None, "calendar": []}
        if kind in ("rejection", "offer"):
            update |= {"respond_by": None, "follow_up_on": None}
    return f.model_copy(update=update)


class Corrections:
    """The active corrections, indexed for ``build_timeline``."""

    def __init__(self, items: Iterable[Correction] = ()) -> None:
        self.items: list[Correction] = sorted(
            (c for c in items if c.undone_at is None), key=lambda c: c.id or 0
        )
        self._facts: dict[str, Correction] = {}
        for c in self.items:
            if c.kind in ("not_hiring", "kind"):
                self._facts[c.message] = c  # the latest correction of a message wins

    def __bool__(self) -> bool:
        return bool(self.items)

    def message(self, m: StoredMessage) -> StoredMessage:
        """The message as the candidate says it should be read."""
        c = self._facts.get(m.id)
        if c is None:
            return m
        return StoredMessage(
            m.id, m.folder, m.thread_id, _corrected_facts(m.facts, c), m.first_seen
        )

    def grouping(self) -> list[tuple[Literal["merge", "split"], str, str | None]]:
        """Merges and splits in the order they were made (a later one may undo an earlier)."""
        out: list[tuple[Literal["merge", "split"], str, str | None]] = []
        for c in self.items:
            if c.kind == "merge" and c.value.get("with"):
                out.append(("merge", c.message, c.value["with"]))
            elif c.kind == "split":
                out.append(("split", c.message, None))
        return out

    def contact(self, message_ids: set[str]) -> str | None:
        """The contact the candidate named for an application holding ``message_ids``."""
        found = None
        for c in self.items:
            if c.kind == "contact" and c.message in message_ids and c.value.get("email"):
                found = c.value["email"].strip().lower()
        return found

    def notes(self, app_key: str, message_ids: set[str]) -> list[Note]:
        """Heard-by dates as notes of the application holding ``message_ids``."""
        out: list[Note] = []
        for c in self.items:
            if c.kind == "hear_by" and c.message in message_ids and c.created_at is not None:
                out.append(
                    Note(
                        application=app_key,
                        kind="hear_by",
                        value=date.fromisoformat(c.value["date"]),
                        noted_at=c.created_at,
                        # negative: never the id of a note made with `followup-agent note`
                        id=-(c.id or 0),
                    )
                )
        return out


def with_contact(
    messages: Sequence[tuple[StoredMessage, str]], email: str
) -> list[tuple[StoredMessage, str]]:
    """Every employer message of an application names ``email`` as the one to answer."""
    out: list[tuple[StoredMessage, str]] = []
    for m, thread in messages:
        if not m.facts.is_own:
            f = m.facts
            # a first name known for someone else must not greet this person
            name = f.contact_name if (f.contact_email or "").lower() == email else None
            facts = f.model_copy(update={"contact_email": email, "contact_name": name})
            m = StoredMessage(m.id, m.folder, m.thread_id, facts, m.first_seen)
        out.append((m, thread))
    return out


__all__ = [
    "CORRECTABLE_KINDS",
    "CORRECTION_KINDS",
    "Correction",
    "CorrectionKind",
    "Corrections",
    "with_contact",
]
