"""Phrases for ``status``: a status update without a decision ("still reviewing").

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

#: the review takes longer than planned ("we need a little more time", "nimmt noch etwas
#: Zeit in Anspruch", a Zwischenbescheid): an interim notice, not a receipt
MORE_TIME_NEEDED = (
    r"\b(?:(?:need|needs|require)\s+(?:a\s+(?:bit|little)\s+|some\s+)?more\s+time|taking\s+(?:a\s+(?:bit|little)\s+)?"
    r"longer\s+than\s+(?:expected|planned|anticipated|usual)|"
    r"noch\s+(?:etwas|einige|ein\s+wenig|eine\s+gewisse)\s+zeit\s+in\s+anspruch|(?:benötigen|brauchen)\s+(?:wir\s+)?"
    r"noch\s+(?:etwas|ein\s+wenig|einige)\s+(?:zeit|tage)|dauert\s+(?:leider\s+)?(?:noch\s+etwas|länger\s+als)|"
    r"zwischenbescheid|"
    r"necesitamos\s+(?:un\s+poco\s+|algo\s+)?más\s+(?:de\s+)?tiempo|(?:está|están)\s+(?:llevando|tomando)\s+"
    r"más\s+tiempo\s+de\s+lo\s+(?:previsto|esperado)|"
    r"besoin\s+d'un\s+peu\s+plus\s+de\s+temps|prend(?:ra)?\s+(?:un\s+peu\s+)?plus\s+de\s+temps\s+que\s+prévu|"
    r"demande\s+encore\s+un\s+peu\s+de\s+temps|"
    r"bisogno\s+di\s+(?:ancora\s+)?(?:un\s+po'\s+(?:di\s+)?)?(?:più\s+tempo|tempo\s+in\s+più)|richiede\s+"
    r"(?:ancora\s+un\s+po'\s+di|più)\s+tempo|"
    r"precisamos\s+de\s+(?:um\s+pouco\s+)?mais\s+(?:de\s+)?tempo|(?:está|estão)\s+(?:levando|demorando)\s+"
    r"mais\s+(?:tempo\s+)?do\s+que\s+(?:o\s+)?(?:previsto|esperado)|"
    r"(?:hebben|heeft)\s+(?:\w+\s+)?(?:nog\s+)?(?:wat|iets|een\s+beetje)\s+meer\s+tijd\s+nodig|duurt\s+"
    r"(?:iets\s+|wat\s+)?langer\s+dan\s+(?:verwacht|gepland|gebruikelijk))\b"
)

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
    # issue 12, thirteenth batch: an interim notice (Zwischenbescheid) in every language
    Entry(
        "more_time_needed",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        MORE_TIME_NEEDED,
        example="nimmt die Sichtung der Unterlagen noch etwas Zeit in Anspruch",
        where="both",
    ),
)


__all__ = [
    "MORE_TIME_NEEDED",
    "PHRASES",
]
