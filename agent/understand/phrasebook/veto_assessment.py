"""Phrases for ``veto_assessment``: counts against assessment: a test already done, or one inside an interview.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry
from agent.understand.phrasebook.veto_interview import PROCESS_STAGES_LISTED, STAGES_LISTED

PHRASES: tuple[Entry, ...] = (
    Entry(
        "thank_you_for_completing_the",
        ("en",),
        "strong",
        (
            r"\b(?:thank\s+you|thanks)\s+for\s+(?:completing|submitting|taking|sending)\s+(?:the|your|our)\s+"
            r"(?:[\w-]+\s+)?(?:assessment|challenge|test|exercise|assignment|take-home)"
        ),
        example="thank you for completing the assessment",
    ),
    Entry(
        "received_your_assessment",
        ("en",),
        "strong",
        r"\b(?:received|reviewed)\s+your\s+(?:[\w-]+\s+)?(?:assessment|challenge|test|submission|take-home)",
        example="received your assessment",
    ),
    Entry(
        "test_drive",
        ("en",),
        "strong",
        r"\btest\s+(?:drive|ride|flight)\b|\bbeta\s+test",
        example="test drive",
    ),
    Entry(
        "assessment_results_are_in",
        ("en",),
        "strong",
        r"\b(?:assessment|test)\s+(?:results|score)\s+(?:are|is)\s+(?:in|ready|available)",
        example="assessment results are in",
    ),
    Entry(
        "live_coding",
        ("en",),
        "weak",
        r"\b(?:live\s+coding|pair[- ]programming|whiteboard)\b",
        example="live coding",
    ),
    Entry(
        "in_the_interview",
        ("en",),
        "weak",
        r"\b(?:in|during)\s+(?:the|your)\s+(?:\w+\s+)?interview\b",
        example="in the interview",
    ),
    Entry(
        "the_process_lists_its_stages",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        PROCESS_STAGES_LISTED,
        example="El proceso constará de una entrevista con Personas, una prueba práctica y una entrevista final.",
    ),
    Entry(
        "the_stages_listed_ahead",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        STAGES_LISTED,
        example="Next steps: online test, HR interview, technical interview and offer.",
    ),
)


__all__ = [
    "PHRASES",
]
