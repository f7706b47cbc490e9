"""Phrases for ``meeting``: meeting talk: counts for interview only in hiring context.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

# a working day named as the day agreed, per language (for "see you Thursday"; "see you
# Saturday" is a weekend plan, not an interview)
_DAY_EN = r"(?:(?:mon|tues|wednes|thurs|fri)day|tomorrow)\b"
_DAY_ES = r"(?:lunes|martes|mi[eé]rcoles|jueves|viernes|mañana)\b"
_DAY_DE = r"(?:montag|dienstag|mittwoch|donnerstag|freitag|morgen)\b"
_DAY_FR = r"(?:lundi|mardi|mercredi|jeudi|vendredi|demain)\b"
_DAY_IT = r"(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|domani)\b"
_DAY_PT = r"(?:segunda|ter[cç]a|quarta|quinta|sexta|amanhã)\b"
_DAY_NL = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen)\b"

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
    # the last word of a thread that set a time: "see you Thursday", "Wednesday at 2:30 it
    # is", "dann bis Dienstag!", "À jeudi 14h30.", "Até quarta.", "Top, tot donderdag!": the
    # day is the one agreed; it counts for an interview only in hiring context (a reply
    # quoting the candidate's own interview mail), never on its own
    Entry(
        "see_you_on_day",
        ("en",),
        "strong",
        (
            r"\b(?:see|talk\s+to|speak\s+(?:to|with))\s+you\s+(?:then\s+)?(?:on\s+|this\s+|next\s+)?"
            rf"{_DAY_EN}|\b{_DAY_EN}(?:\s+at)?\s+\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:[a-z]{{2,4}}\s+)?it\s+is\b"
        ),
        example="see you thursday",
    ),
    Entry(
        "see_you_on_day_es",
        ("es",),
        "strong",
        (
            rf"\bnos\s+(?:vemos|hablamos)\s+(?:el\s+|este\s+|entonces\s+el\s+)?{_DAY_ES}|"
            rf"(?:^|[.!¡,;\n]\s*)(?:hasta|hablamos)\s+(?:el\s+)?{_DAY_ES}"
        ),
        example="nos vemos el jueves",
    ),
    Entry(
        "see_you_on_day_de",
        ("de",),
        "strong",
        (
            rf"\b(?:dann|also)\s+bis\s+(?:(?:zum|am|nächsten)\s+)?{_DAY_DE}|"
            rf"(?:^|[.!,;\n]\s*)bis\s+(?:(?:zum|am|nächsten)\s+)?{_DAY_DE}\s*[!.]|"
            rf"\bwir\s+(?:sehen|sprechen|hören)\s+uns\s+(?:dann\s+)?(?:am\s+)?{_DAY_DE}"
        ),
        example="dann bis dienstag",
    ),
    Entry(
        "see_you_on_day_fr",
        ("fr",),
        "strong",
        (
            rf"(?:^|[.!,;\n]\s*)à\s+{_DAY_FR}|"
            rf"\bon\s+se\s+(?:voit|parle|retrouve)\s+(?:donc\s+)?(?:le\s+|ce\s+)?{_DAY_FR}"
        ),
        example="merci. à jeudi",
    ),
    Entry(
        "see_you_on_day_it",
        ("it",),
        "strong",
        (
            rf"(?:^|[.!,;\n]\s*)a\s+{_DAY_IT}|"
            rf"\bci\s+(?:vediamo|sentiamo)\s+(?:allora\s+)?(?:il\s+|questo\s+)?{_DAY_IT}"
        ),
        example="perfetto, a giovedì",
    ),
    Entry(
        "see_you_on_day_pt",
        ("pt",),
        "strong",
        (
            rf"(?:^|[.!,;\n]\s*)até\s+(?:a\s+|à\s+|na\s+|no\s+)?{_DAY_PT}|"
            rf"\b(?:nos\s+vemos|nos\s+falamos|falamos)\s+(?:então\s+)?(?:na\s+|no\s+)?{_DAY_PT}"
        ),
        example="combinado! até quarta",
    ),
    Entry(
        "see_you_on_day_nl",
        ("nl",),
        "strong",
        (
            rf"(?:^|[.!,;\n]\s*|\b(?:top|prima|mooi|dan)\s+)tot\s+(?:aanstaande\s+)?{_DAY_NL}|"
            rf"\b(?:we\s+(?:spreken|zien)\s+elkaar|zie\s+je)\s+(?:dan\s+)?(?:op\s+|aanstaande\s+)?{_DAY_NL}"
        ),
        example="top, tot donderdag",
    ),
)


__all__ = [
    "PHRASES",
]
