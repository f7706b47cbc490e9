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
    # still deciding, in the other languages
    Entry(
        "still_deciding_all",
        ("es", "pt", "it", "nl", "de", "fr"),
        "clear",
        (
            r"\b(?:(?:seguimos|todavía\s+estamos|aún\s+estamos)\s+(?:revisando|evaluando|valorando|analizando)|"
            r"(?:aún|todavía)\s+no\s+(?:hemos\s+tomado|tenemos)\s+una\s+decisión|(?:ainda\s+estamos|continuamos)\s+"
            r"(?:analisando|avaliando|revisando)|ainda\s+não\s+(?:tomamos|temos)\s+uma\s+decisão|(?:stiamo\s+ancora|"
            r"continuiamo\s+a)\s+(?:valutando|valutare|esaminando|esaminare)|non\s+abbiamo\s+ancora\s+preso\s+una\s+"
            r"decisione|(?:zijn|nog)\s+(?:nog\s+)?bezig\s+met\s+(?:de\s+)?(?:selectie|beoordeling)|nog\s+geen\s+"
            r"(?:beslissing|besluit)\s+genomen|noch\s+keine\s+entscheidung\s+(?:getroffen|gefallen)|(?:prüfen|sichten)\s+"
            r"(?:noch|derzeit)\s+(?:alle\s+)?(?:bewerbungen|unterlagen)|pas\s+encore\s+pris\s+(?:de|une)\s+décision|"
            r"(?:toujours|encore)\s+en\s+cours\s+d'(?:étude|examen|évaluation))\b"
        ),
        example="todavía no hemos tomado una decisión",
    ),
)


__all__ = [
    "PHRASES",
]
