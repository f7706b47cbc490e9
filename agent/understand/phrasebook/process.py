"""Phrases for ``process``: hiring talk (interview and application nouns): the gate for interview and rejection.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry
from agent.understand.phrasebook.interview import LATER_ROUND_WITH, TECHNICAL_SESSION

PHRASES: tuple[Entry, ...] = (
    # what only hiring mail says: interview and application nouns (the gate for interview
    # and rejection: meeting talk and a job title are not enough)
    Entry(
        "hiring_talk",
        ("en",),
        "present",
        (
            r"\b(?:interview\w*|entrevista\w*|entretien\w*|vorstellungsgespräch\w*|bewerbungsgespräch\w*|"
            r"telefoninterview|colloqui[oa]\w*|sollicitatiegesprek\w*|kennismakingsgesprek\w*|"
            r"(?:tweede|derde|vervolg|eind|selectie)\s?gesprek|(?:zweit|folge|kennenlern)gespräch|zweites\s+gespräch|"
            r"applica(?:tion|nt)s?|you(?:'ve|\s+have)?\s+applied|candida\w*|bewerb\w*|kandida\w*|sollicit\w*|postulaci\w+|"
            r"recruit\w*|recrut\w*|reclut\w*|werving\w*|personalauswahl|hiring\s+(?:manager|team)|talent(?:\s?pool)?|banco\s+de\s+talentos|werfreserve|selecci[óo]n|selezione|seletivo|"
            r"vacature|vacancy|vaga|vacante|offer\s+letter|take-home|final\s+round|onsite|"
            r"(?:intro|introductory|screening|recruiter)\s+call|(?:tech|technical|phone)\s+screen\w*|"
            + TECHNICAL_SESSION
            + r"|next\s+(?:chat|conversation|round)|your\s+(?:job\s+)?search|for\s+(?:this|the)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:role|position|opening)|(?:voor|in)\s+(?:de|deze)\s+functie|(?:voor|over)\s+(?:de|deze)\s+rol(?!\s+van\s+(?:de|het)\b)|para\s+(?:el|este|la|esta)\s+(?:puesto|cargo|vaga|posición)|"
            r"per\s+(?:il|la|questo|questa)\s+(?:ruolo|posizione)|pour\s+(?:le|ce)\s+poste|für\s+(?:die|diese)\s+(?:stelle|position)|"
            r"(?:about|regarding)\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:role|position|opening)|"
            r"sobre\s+(?:el\s+puesto|la\s+vacante|a\s+vaga|o\s+cargo)|sul(?:la)?\s+(?:ruolo|posizione)|"
            r"(?:zur|über\s+die)\s+(?:stelle|position)|(?:sur\s+le|au\s+sujet\s+du)\s+poste|"
            r"over\s+de\s+(?:functie|vacature))\b"
        ),
        example="interview",
        where="both",
    ),
    # issue 12, fifteenth batch: the candidate's later round with a named person
    Entry(
        "your_later_round_with_someone",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        LATER_ROUND_WITH,
        example="the details for your second round with our CTO",
        where="both",
    ),
)


__all__ = [
    "PHRASES",
]
