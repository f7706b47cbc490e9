"""Phrases for ``assessment``: a test, take-home or coding challenge to do.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "arbeitsprobe",
        ("de",),
        "strong",
        r"\barbeitsprobe\b|\bprobeaufgabe\b|\bassessment\s+online\b",
        example="arbeitsprobe",
    ),
    # ------------------------------------------------------------------ assessment
    Entry(
        "coding_challenge",
        ("nl",),
        "strong",
        (
            r"\b(?:coding|technical|programming|online|skills?|take[- ]home|home|aptitude|cognitive|"
            r"personality|psychometric|logic(?:al)?|numerical|design|data|sql|written|practical|hands-on|short)\s+"
            r"(?:challenge|assessment|test|exercise|assignment|task|evaluation|quiz|case\s+study)\b"
        ),
        example="coding challenge",
    ),
    Entry(
        "take_home",
        ("en",),
        "strong",
        r"\btake[- ]homes?\b",
        example="take-home",
    ),
    Entry(
        "complete_the_assessment",
        ("en",),
        "strong",
        (
            r"\b(?:complete|completing|finish|start|begin|take|do|work\s+(?:through|on))\s+(?:the|this|our|an?|your)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:assessment|challenge|test|exercise|assignment|questionnaire|evaluation|case\s+study)\b"
        ),
        example="complete the assessment",
    ),
    Entry(
        "invited_to_take_the_test",
        ("en",),
        "strong",
        (
            r"\binvited\s+to\s+(?:take|complete|do)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:test|assessment|"
            r"challenge|exercise)"
        ),
        example="invited to take the test",
    ),
    Entry(
        "hackerrank",
        ("en",),
        "strong",
        (
            r"\b(?:hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|devskiller|qualified\.io|"
            r"testdome|mettl|pymetrics|criteria\s+corp|canditech|hackerearth)\b"
        ),
        example="hackerrank",
    ),
    Entry(
        "prepare_case_study",
        ("en",),
        "strong",
        (
            r"\b(?:prepare|send|submit|present)\s+(?:us\s+)?(?:a|an|your)\s+(?:short\s+|brief\s+)?(?:case\s+study|"
            r"presentation|work\s+sample|portfolio\s+exercise)"
        ),
        example="prepare a case study",
    ),
    Entry(
        "case_study_prepare",
        ("en",),
        "strong",
        r"\bcase\s+study\b.{0,80}?\b(?:prepare|submit|send|deadline|within|by)\b",
        example="case study prepare",
    ),
    Entry(
        "assessment_link",
        ("en",),
        "strong",
        r"\bassessment\s+(?:link|invitation|invite)\b",
        example="assessment link",
    ),
    Entry(
        "programmieraufgabe",
        ("de",),
        "strong",
        (
            r"\b(?:programmieraufgabe|coding-?challenge|online-?test|eignungstest|probeaufgabe|"
            r"fallstudie|testaufgabe|hausaufgabe|technische\s+aufgabe|einstufungstest|case-?study)\b"
        ),
        example="programmieraufgabe",
    ),
    Entry(
        "prueba_técnico",
        ("es",),
        "strong",
        (
            r"\b(?:prueba|reto|ejercicio|evaluación|test)\s+(?:técnic[oa]|de\s+código|de\s+programación|online|"
            r"en\s+línea|práctic[oa])\b"
        ),
        example="prueba técnico",
    ),
    Entry(
        "test_technique",
        ("fr",),
        "strong",
        r"\b(?:test|exercice|évaluation|cas)\s+(?:technique|pratique|en\s+ligne|de\s+code|de\s+programmation)\b",
        example="test technique",
    ),
    Entry(
        "teste_técnico",
        ("pt", "it"),
        "strong",
        (
            r"\b(?:teste|desafio|case|avaliação|prova|test|esercizio|esercitazione|sfida)\s+"
            r"(?:técnic[oa]|pr[áa]tic[oa]|online|de\s+código|de\s+programação|tecnic[oa]|di\s+programmazione)\b"
        ),
        example="teste técnico",
    ),
    Entry(
        "étude_de_cas",
        ("en",),
        "strong",
        r"\bétude\s+de\s+cas\b",
        example="étude de cas",
    ),
    Entry(
        "assessment",
        ("en",),
        "supporting",
        (
            r"\b(?:assessment|coding\s+challenge|take[- ]home|challenge|test|exercise|case\s+study|"
            r"prueba\s+técnica|test\s+technique|programmieraufgabe|desafio|prova\s+tecnica|teste\s+técnico)\b"
        ),
        example="assessment",
        where="subject",
    ),
)


__all__ = [
    "PHRASES",
]
