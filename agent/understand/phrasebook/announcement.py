"""Phrases for ``announcement``: a message to a group, not to the candidate.

A departure ("has decided to leave the company"), a new hire ("please join me in
welcoming"), a reorganisation or a memo to all staff uses hiring words about someone else.
Looked for in the opening of the new text only (:mod:`agent.understand.whose`), where an
announcement says what it is; the first one said is the evidence.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "to_all_staff",
        ("en",),
        "decisive",
        r"\b(?:to\s+all\s+(?:employees|staff)|dear\s+colleagues?|hi\s+(?:everyone|all|team)\b)",
        example="To all employees",
    ),
    Entry(
        "join_me_in_welcoming",
        ("en",),
        "decisive",
        (
            r"\b(?:please\s+join\s+(?:me|us)\s+in\s+(?:welcoming|thanking|congratulating)"
            r"|(?:has|have)\s+decided\s+to\s+leave\s+the)"
        ),
        example="please join me in welcoming",
    ),
    Entry(
        "we_announce_that",
        ("en",),
        "decisive",
        (
            r"\b(?:(?:regret|pleased|sad(?:ness)?)\s+(?:that\s+)?we\s+announce"
            r"|we\s+(?:regret\s+to\s+)?announce\s+that\s+\w+(?:\s+\w+)?\s+(?:is|has|will)\b)"
        ),
        example="we announce that Dana has",
    ),
    Entry(
        "pleased_to_announce",
        ("en",),
        "decisive",
        (
            r"\b(?:we(?:'re|\s+are)\s+(?:thrilled|pleased|excited)\s+to\s+announce"
            r"|has\s+accepted\s+our\s+offer)"
        ),
        example="we're pleased to announce",
    ),
    Entry(
        "dear_colleagues",
        ("de", "es", "fr", "it", "nl", "pt"),
        "decisive",
        (
            r"\b(?:liebe\s+kolleginnen|estimados\s+compa[ñn]eros|chers\s+coll[èe]gues"
            r"|cari\s+colleghi|beste\s+collega'?s|caros\s+colegas)"
        ),
        example="Liebe Kolleginnen und Kollegen",
    ),
)


__all__ = [
    "PHRASES",
]
