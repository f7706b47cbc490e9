"""Phrases for ``veto_offer``: counts against offer: offers that are not employment (sales, background checks).

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "unable_extend_offer",
        ("fr",),
        "overrules",
        (
            r"\b(?:unable|not\s+able|not\s+in\s+a\s+position|won't|will\s+not|cannot|can't|not)\s+(?:to\s+)?"
            r"(?:be\s+)?(?:extend(?:ing)?|offer(?:ing)?|make|making)\s+(?:you\s+)?(?:an?\s+)?(?:offer|the\s+position|"
            r"the\s+role)"
        ),
        example="unable extend offer",
    ),
    Entry(
        "offer_to_another",
        ("en",),
        "overrules",
        r"\boffer\s+to\s+(?:another|a\s+different|an?\s+(?:internal|external|other))",
        example="offer to another",
    ),
    Entry(
        "offer_the_role_to_someone",
        ("en",),
        "overrules",
        r"\boffer(?:ed|ing)?\s+the\s+(?:role|position|job)\s+to\s+(?:someone|another)",
        example="offer the role to someone",
    ),
    Entry(
        "special_offer",
        ("en",),
        "overrules",
        r"\b(?:special|exclusive|limited|best|holiday|black\s+friday|introductory|bundle|pre-?approved)\s+offers?\b",
        example="special offer",
    ),
    Entry(
        "offer_ends",
        ("en",),
        "overrules",
        r"\boffer\s+(?:ends|expires|valid\s+(?:until|through|while))\b|\b\d+\s*%\s+off\b",
        example="offer ends",
    ),
    Entry(
        "salary_negotiation_tips",
        ("en",),
        "overrules",
        r"\b(?:salary|offer)\s+negotiation\s+(?:tips|guide|course|webinar|templates?)",
        example="salary negotiation tips",
    ),
    Entry(
        "how_to_negotiate",
        ("en",),
        "overrules",
        r"\bhow\s+to\s+(?:negotiate|evaluate|accept|decline)\b|\bnewsletter\b",
        example="how to negotiate",
    ),
    Entry(
        "mortgage",
        ("en",),
        "overrules",
        r"\b(?:mortgage|home\s+loan|pre-?approval|borrower|loan\s+(?:officer|application)|nmls)\b",
        example="mortgage",
    ),
    # above -6: a background check is part of a hiring process (see core.not_hiring)
    Entry(
        "requested_background_check",
        ("en",),
        "firm",
        (
            r"\b(?:requested|initiated|ordered|complete|start)\s+(?:a|your|the)\s+background\s+(?:check|screening)"
            r"|\bbackground\s+(?:check|screening)\s+(?:report|portal|provider|vendor|as\s+part)"
        ),
        example="requested a background check",
    ),
)


__all__ = [
    "PHRASES",
]
