"""Phrases for ``status``: a status update without a decision ("still reviewing").

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "still_reviewing",
        ("en",),
        "clear",
        (
            r"\b(?:still|currently|continue\s+to\s+be)\s+(?:reviewing|evaluating|considering|interviewing|"
            r"in\s+the\s+process)"
        ),
        example="still reviewing",
    ),
    Entry(
        "role_is_on_hold",
        ("en",),
        "clear",
        r"\b(?:role|position|req(?:uisition)?|hiring|search)\s+(?:is|has\s+been|was)\s+(?:put\s+)?on\s+hold\b",
        example="role is on hold",
    ),
    Entry(
        "give_you_update",
        ("en",),
        "clear",
        r"\b(?:wanted\s+to\s+)?(?:give|giving)\s+you\s+(?:a|an)\s+(?:quick\s+)?update\b",
        example="give you a update",
    ),
    Entry(
        "haven_forgotten_about_you",
        ("en",),
        "clear",
        r"\bhaven't\s+forgotten\s+about\s+you\b",
        example="haven't forgotten about you",
    ),
    Entry(
        "debriefing",
        ("en",),
        "clear",
        r"\b(?:still\s+)?debriefing\b|\bgathering\s+feedback\b|\bno\s+decision\s+(?:yet|has\s+been)",
        example="debriefing",
    ),
    Entry(
        "status_changed",
        ("nl",),
        "clear",
        r"\bstatus\s+(?:of\s+your\s+application\s+)?(?:has\s+)?(?:changed|been\s+updated)|\bnew\s+status\b",
        example="status changed",
    ),
    Entry(
        "noch_in_der_auswahl",
        ("de",),
        "clear",
        r"\bnoch\s+(?:in\s+der\s+auswahl|im\s+auswahlprozess|nicht\s+abgeschlossen)",
        example="noch in der auswahl",
    ),
    Entry(
        "seguimos_revisando",
        ("pt",),
        "clear",
        r"\bseguimos\s+(?:revisando|evaluando)\b",
        example="seguimos revisando",
    ),
    Entry(
        "étudions_encore",
        ("fr",),
        "clear",
        r"\b(?:étudions|examinons)\s+(?:encore|toujours)\b",
        example="étudions encore",
    ),
)


__all__ = [
    "PHRASES",
]
