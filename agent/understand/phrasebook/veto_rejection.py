"""Phrases for ``veto_rejection``: counts against rejection: regrets that end no candidacy.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    # vetoes: "unfortunately" about billing, trials, schedules; absence notes
    Entry(
        "unfortunately_trial",
        ("en",),
        "plain",
        (
            r"\bunfortunately\b.{0,80}?\b(?:trial|payment|card|subscription|invoice|billing|order|"
            r"delivery|package|shipment|flight|reservation|booking)"
        ),
        example="unfortunately trial",
    ),
    Entry(
        "trial_ended",
        ("en",),
        "plain",
        r"\b(?:trial|subscription)\s+(?:has\s+)?(?:ended|expired|expires)",
        example="trial ended",
    ),
    Entry(
        "unfortunately_reschedule",
        ("en",),
        "plain",
        (
            r"\b(?:unfortunately|regrettably)\b.{0,80}?\b(?:reschedule|need\s+to\s+(?:move|cancel|postpone)|conflict|"
            r"(?:out|away)\s+of\s+(?:the\s+)?office|is\s+(?:sick|ill|unavailable)|came\s+up)"
        ),
        example="unfortunately reschedule",
    ),
    Entry(
        "leider_verschieben",
        ("de",),
        "plain",
        r"\bleider\b.{0,60}?\b(?:verschieben|absagen\s+müssen|termin)",
        example="leider verschieben",
    ),
    Entry(
        "malheureusement_reporter",
        ("fr",),
        "plain",
        r"\bmalheureusement\b.{0,60}?\b(?:reporter|décaler|empêchement)",
        example="malheureusement reporter",
    ),
    Entry(
        "lamentablemente_reprogramar",
        ("en",),
        "plain",
        r"\b(?:lamentablemente|desafortunadamente)\b.{0,60}?\b(?:reprogramar|cambiar\s+la)",
        example="lamentablemente reprogramar",
    ),
    Entry(
        "sent_by_mistake",
        ("en",),
        "plain",
        r"\bsent\s+(?:it\s+)?(?:by|in)\s+(?:mistake|error)\b|\bplease\s+(?:ignore|disregard)\b",
        example="sent by mistake",
    ),
)


__all__ = [
    "PHRASES",
]
