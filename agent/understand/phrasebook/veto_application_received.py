"""Phrases for ``veto_application_received``: counts against application_received: receipts that are not applications.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry
from agent.understand.phrasebook.status import MORE_TIME_NEEDED

#: an application for money, a place or a membership rather than a job, in 7 languages
NONJOB_APPLICATION = (
    r"\b(?:applying|application|applied|apply|submission)\s+(?:\"[^\"\n]{0,60}\"\s+)?(?:to|for)\s+"
    r"(?:(?!(?:role|position|job|opening|vacancy|post|team|at)\b)[\w-]+\s+){0,6}?(?:fund|grants?|fellowships?|membership|member\s+spot|plots?|allotment|scholarship|bursary|fellowship\s+grant|"
    r"loan|mortgage|tenancy|apartment|residency\s+permit|visa|club)\b(?!\s+(?:writer|manager|officer|"
    r"coordinator|specialist|analyst|administrator|accountant|associate|director|lead|position|role|job))|"
    r"\bsolicitud\s+de\s+(?:beca|subvención|ayuda|préstamo|hipoteca|alquiler|membresía|socio|visado)\b|"
    r"\b(?:förderantrag|mitgliedsantrag|stipendienantrag|kreditantrag|mietantrag|"
    r"antrag\s+auf\s+(?:förderung|ein\s+stipendium|mitgliedschaft|einen\s+kredit))\b|"
    r"\bdemande\s+(?:de|d')\s*(?:subvention|bourse|adhésion|prêt|logement|financement)\b|"
    r"\bdomanda\s+di\s+(?:contributo|borsa\s+di\s+studio|iscrizione|finanziamento|mutuo|prestito|"
    r"adesione)\b|"
    r"\b(?:pedido|solicitação|candidatura)\s+(?:de|à|ao|para\s+a)\s+(?:bolsa|financiamento|adesão|"
    r"empréstimo|sócio|associação|edital)\b|"
    r"\b(?:subsidieaanvraag|aanvraag\s+(?:voor\s+)?(?:een\s+)?(?:subsidie|beurs|lidmaatschap|lening|"
    r"hypotheek|huurwoning))\b"
)

PHRASES: tuple[Entry, ...] = (
    Entry(
        "rental",
        ("en",),
        "strong",
        (
            r"\b(?:rental|lease|leasing|apartment|tenant|mortgage|loan|credit\s+card|card\s+application|"
            r"admissions?|visa|permit|scholarships?|grants?|fellowships?|membership|insurance\s+application|adoption|volunteer)\b"
        ),
        example="rental",
    ),
    Entry(
        "an_application_for_something_else",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        NONJOB_APPLICATION,
        example="Thank you for applying to the Open Source Maintainers Fund",
    ),
    # issue 12, thirteenth batch: mail that thanks for the application but says something
    # else: the review needs more time (an interim notice), or a recruiter asks for the
    # candidate's salary expectations (tests/corpus/README.md: other)
    Entry(
        "the_review_needs_more_time",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "firm",
        MORE_TIME_NEEDED,
        example="we need a little more time to review all applications",
    ),
    Entry(
        "your_salary_expectations_asked",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "firm",
        (
            r"\b(?:your\s+(?:salary|compensation|pay)\s+(?:expectations|requirements)|"
            r"(?:tus|sus)\s+(?:expectativas|pretensiones|aspiraciones)\s+(?:salariales|económicas)|"
            r"tu\s+aspiración\s+salarial|(?:ihre|deine|ihrer|deiner)\s+gehaltsvorstellung(?:en)?|"
            r"(?:vos|tes)\s+(?:prétentions|attentes)\s+salariales|(?:tue|sue)\s+(?:aspettative|richieste|pretese)\s+"
            r"(?:economiche|salariali)|(?:sua|tua)\s+pretensão\s+salarial|(?:suas|tuas)\s+expectativas\s+salariais|"
            r"(?:je|jouw|uw)\s+salaris(?:indicatie|wens|verwachting(?:en)?))\b"
        ),
        example="could you share your salary expectations and your earliest start date?",
    ),
)


__all__ = [
    "PHRASES",
]
