"""Phrases for ``employment``: employment words that overrule nonjob.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "employment_words",
        ("en",),
        "present",
        (
            r"\b(?:position|job|vacanc\w*|hiring\s+manager|recruit\w*|talent\s+acquisition|salary|"
            r"compensation|employment|candidacy|headcount|requisition|full-time|part-time|"
            r"offer\s+letter|start\s+date|stelle|puesto|poste|vaga|posizione|vacature\w*|sollicitatie\w*|vacante|bewerbung\w*)\b"
        ),
        example="position",
    ),
)


__all__ = [
    "PHRASES",
]
