"""Phrases for ``veto_application_received``: counts against application_received: receipts that are not applications.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "rental",
        ("en",),
        "strong",
        (
            r"\b(?:rental|lease|leasing|apartment|tenant|mortgage|loan|credit\s+card|card\s+application|"
            r"admissions?|visa|permit|scholarship|grant|membership|insurance\s+application|adoption|volunteer)\b"
        ),
        example="rental",
    ),
)


__all__ = [
    "PHRASES",
]
