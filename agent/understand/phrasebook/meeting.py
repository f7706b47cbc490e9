"""Phrases for ``meeting``: meeting talk: counts for interview only in hiring context.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    # meeting logistics (links, dial-ins, booking tools, pasted invitations): they make a
    # hiring conversation an interview, but are no evidence of one on their own (a board
    # meeting on Teams, a barber's booking page)
    Entry(
        "calendly_com",
        ("en",),
        "strong",
        r"\b(?:calendly\.com|goodtime\.io|calendar\.app\.google|doodle\.com|meetings\.hubspot\.com)",
        example="calendly.com",
    ),
    Entry(
        "is_inviting_you_to_scheduled",
        ("en",),
        "clear",
        r"\b(?:is|are)\s+inviting\s+you\s+to\s+a\s+scheduled\s+(?:zoom|teams|webex)\s+meeting\b",
        example="is inviting you to a scheduled zoom meeting",
    ),
    Entry(
        "zoom_us",
        ("en",),
        "hint",
        r"\bzoom\.us/j/|\bmeet\.google\.com/|\bteams\.microsoft\.com/l/meetup|\bmicrosoft\s+teams\s+meeting\b",
        example="zoom.us/j/",
    ),
    Entry(
        "dialin",
        ("en",),
        "hint",
        r"\b(?:dial-?in|meeting\s+id|passcode|join\s+(?:the\s+)?(?:zoom|meeting|call|video))\b",
        example="dialin",
    ),
)


__all__ = [
    "PHRASES",
]
