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
    # issue 12, fifteenth batch: the candidate's own interview is moved ("Claire has been called
    # into a board meeting, so we need to move your interview"): the other meeting is the
    # interviewer's reason, the mail is about the interview
    Entry(
        "your_interview_is_moved",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        (
            r"\b(?:(?:reschedule|move|push|postpone)\s+your\s+(?:[\w-]+\s+)?interview|"
            r"(?:cambiar|mover|reprogramar|aplazar|posponer)\s+(?:tu|su)\s+entrevista|"
            r"(?:mudar|remarcar|reagendar|adiar|alterar)\s+(?:a\s+)?(?:sua|tua)\s+entrevista|"
            r"(?:ihr|dein)\s+(?:vorstellungsgespräch|interview|gespräch)\s+(?:\w+\s+){0,3}?(?:verschieben|verlegen)|"
            r"(?:déplacer|décaler|reporter|reprogrammer)\s+(?:votre|ton)\s+entretien|"
            r"(?:spostare|rinviare|posticipare|riprogrammare)\s+(?:il\s+)?(?:suo|tuo)\s+colloquio|"
            r"(?:je|uw)\s+(?:sollicitatie)?gesprek\s+(?:\w+\s+){0,3}?(?:verzetten|verplaatsen|uitstellen))\b"
        ),
        example="we need to move your interview",
    ),
)


__all__ = [
    "PHRASES",
]
