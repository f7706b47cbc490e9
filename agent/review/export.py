"""Corrections as labelled examples, for improving the classifier (JSON lines).

Each line pairs what the agent read from a message (the ``classify --json`` contract)
with what the candidate said it is. The store keeps no message bodies, so an example names
its message (backend id, Message-ID, subject, sender, date) for fetching the text again.
"""

from __future__ import annotations

from typing import Any

from agent.followup.corrections import Correction
from agent.models import StoredMessage


def _label(c: Correction, messages: dict[str, StoredMessage]) -> dict[str, Any]:
    v = c.value
    if c.kind == "not_hiring":
        return {"kind": "other", "about_my_hiring": False}
    if c.kind == "kind":
        return {"kind": v.get("kind"), "interview_at": v.get("interview_at")}
    if c.kind == "contact":
        return {"contact_email": v.get("email")}
    if c.kind == "merge":
        other = messages.get(v.get("with", ""))
        return {"same_application_as": other.facts.message_id if other else v.get("with")}
    if c.kind == "split":
        return {"own_application": True}
    return {"respond_by": v.get("date")}


def examples(corrections: list[Correction], messages: list[StoredMessage]) -> list[dict[str, Any]]:
    """One labelled example per active correction, oldest first."""
    by_id = {m.id: m for m in messages}
    out: list[dict[str, Any]] = []
    for c in corrections:
        if c.undone_at is not None:
            continue
        m = by_id.get(c.message)
        f = m.facts if m else None
        out.append(
            {
                "correction": c.id,
                "correction_kind": c.kind,
                "said": c.describe(),
                "created_at": c.created_at.isoformat() if c.created_at else None,
                "message": {
                    "id": c.message,
                    "message_id": f.message_id if f else None,
                    "subject": f.subject if f else None,
                    "from": f.from_email if f else None,
                    "date": f.sent_at.isoformat() if f and f.sent_at else None,
                },
                "predicted": f.contract_dict() if f else None,
                "label": _label(c, by_id),
            }
        )
    return out


__all__ = [
    "examples",
]
