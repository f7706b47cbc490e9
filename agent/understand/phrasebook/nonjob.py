"""Phrases for ``nonjob``: life that borrows hiring words (podcast interviews, rentals, schools): other.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    # ------------------------------------------------------------------ context and hard negatives
    # Life outside hiring that borrows its words: podcast and press "interviews", user
    # research sessions, mock interviews with friends, committees and volunteering, loans,
    # rentals, schools and scholarships. Decisive only without employment vocabulary.
    Entry(
        "podcast",
        ("en",),
        "present",
        r"\b(?:podcast|episode|listeners|journalist|reporter|newsroom|our\s+(?:article|story|readers))\b",
        example="podcast",
        where="both",
    ),
    Entry(
        "user_interview",
        ("en",),
        "present",
        (
            r"\b(?:user\s+(?:interview|research|study)|usability|research\s+(?:study|session|participant)|"
            r"participants?|gift\s+card|incentive|honorarium)\b"
        ),
        example="user interview",
        where="both",
    ),
    Entry(
        "mock_interview",
        ("en",),
        "present",
        (
            r"\b(?:mock|practice)\s+(?:[\w-]+\s+){0,3}?interviews?\b|\binterview\s+prep\b|\bstudy\s+group\b|"
            r"\bcoaching\s+session\b"
        ),
        example="mock interview",
        where="both",
    ),
    Entry(
        "parent_teacher",
        ("en",),
        "present",
        (
            r"\b(?:parent-teacher|(?:budget|finance|planning|social|parents?|school|hoa|steering)\s+"
            r"committee|board\s+meeting|book\s+club|volunteer\w*|church|neighbo(?:u)?rhood)\b"
        ),
        example="parent-teacher",
        where="both",
    ),
    Entry(
        "tenant",
        ("en",),
        "present",
        (
            r"\b(?:tenant|landlord|lease|rental|apartment|loan|mortgage|scholarship|"
            r"admissions?|enrol(?:l)?ment|mentorship\s+program|mentee|tuition)\b"
        ),
        example="tenant",
        where="both",
    ),
    Entry(
        "entrevista_de_radio",
        ("es",),
        "present",
        r"\b(?:entrevista\s+(?:de\s+radio|para\s+(?:el|un)\s+(?:podcast|peri[oó]dico))|ehrenamt\w*|b[eé]n[eé]vol\w*)\b",
        example="entrevista de radio",
        where="both",
    ),
    Entry(
        "mentorship",
        ("en",),
        "present",
        r"\bmentorship\b|\bbe\s+a\s+mentor\b",
        example="mentorship",
        where="both",
    ),
    Entry(
        "vorstandssitzung",
        ("de",),
        "present",
        (
            r"\b(?:vorstandssitzung|mitgliederversammlung|vereinssitzung|elternabend|assemblée\s+générale|"
            r"réunion\s+du\s+bureau|junta\s+directiva|asamblea)\b"
        ),
        example="vorstandssitzung",
        where="both",
    ),
    # a journalist's interview request
    Entry(
        "journaliste",
        ("fr", "es", "it", "pt", "de", "nl"),
        "present",
        r"\b(?:journaliste|periodista|giornalista|jornalista|journalistin|journalist)\b",
        example="journaliste",
        where="both",
    ),
)


__all__ = [
    "PHRASES",
]
