"""Phrases for ``applied``: the candidate applied: opens every kind, overrules bulk-mail and outreach negatives.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "the_candidate_applied",
        ("en",),
        "present",
        (
            r"\b(?:your\s+(?:recent\s+)?(?:job\s+)?application|you\s+(?:recently\s+)?applied|(?:thank\s+you|thanks)\s+for\s+"
            r"(?:applying|your\s+application|your\s+interest)|applied\s+(?:for|to)|your\s+candidacy|your\s+candidature|"
            r"ihre\s+bewerbung|tu\s+candidatura|su\s+candidatura|votre\s+candidature|your\s+interview|"
            r"(?:sua|tua|la\s+sua|la\s+tua)\s+candidatura|processo\s+seletivo|(?:je|uw)\s+sollicitatie|"
            r"tu\s+postulaci[óo]n|"
            r"your\s+(?:time|conversation|call)\s+with|(?:spoke|talked)\s+with\s+(?:you|me|us)|"
            r"interest\s+in\s+(?:the|our)\s+.{0,60}?\s+(?:role|position)|our\s+(?:call|conversation|chat)|"
            r"your\s+(?:resume|cv|portfolio|take-home)|(?:next|nächsten|siguiente|prochaine)\s+(?:step|schritt|paso|étape)"
            r"|(?:the|our)\s+(?:hiring|recruiting|selection|interview)\s+process"
            r"|great\s+(?:chatting|talking|speaking)\s+(?:with\s+you\s+)?(?:earlier|today|yesterday|this\s+morning))"
        ),
        example="your application",
        where="both",
    ),
    # issue 12: the same said in other words and the informal forms of the other languages
    Entry(
        "the_candidate_applied_in_other_words",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        (
            r"\b(?:throwing\s+your\s+hat\s+in(?:to)?\s+the\s+ring|putting\s+yourself\s+forward|"
            r"deine\s+bewerbung|ta\s+candidature|(?:je|jouw|uw)\s+kandidatuur|jouw\s+sollicitatie|"
            r"(?:tu|su)\s+solicitud\s+(?:para|al)\s+(?:el\s+)?puesto|(?:seu|teu)\s+currículo)\b"
        ),
        example="Thanks for throwing your hat in the ring",
        where="both",
    ),
)


__all__ = [
    "PHRASES",
]
