"""Phrases for ``nonjob``: life that borrows hiring words (podcast interviews, rentals, schools): other.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry
from agent.understand.phrasebook.veto_application_received import NONJOB_APPLICATION

PHRASES: tuple[Entry, ...] = (
    # ------------------------------------------------------------------ context and hard negatives
    # Life outside hiring that borrows its words: podcast and press "interviews", user
    # research sessions, mock interviews with friends, committees and volunteering, loans,
    # rentals, schools and scholarships. Decisive only without employment vocabulary.
    Entry(
        "podcast",
        ("en",),
        "present",
        r"\b(?:podcast|episode|listeners|journalist|reporter(?!\s+(?:notre|votre|l'|le|la|les|à|au|ce|cet|cette|un|une|nos|vos)\b)|"
        r"newsroom|our\s+(?:article|story|readers))\b",
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
    # ------------------------------------------------------------------ a non-job object
    # The "application" or "interview" is for a grant, a scholarship, a flat, a loan or
    # mortgage, or a course: other even where employment words (Bewerbung, candidature)
    # appear, because they name what is applied for (weights.RULES["nonjob_object"]).
    Entry(
        "nonjob_object_en",
        ("en",),
        "decisive",
        (
            r"\b(?:selected|chosen|approved|recommended)\s+for\s+funding\b|\bgrant\s+(?:application|proposal|"
            r"round)\b|\b(?:scholarship|mortgage|loan|tenancy|rental|flat|apartment)\s+(?:application|"
            r"interview|appointment)\b|\bappl(?:ication|ying)\s+(?:for|to)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:scholarship|grant|flat|apartment|loan|mortgage)\b(?!\s+(?:officer|manager|analyst|role|position))|"
            r"\b(?:entrance|admissions?)\s+interview\b"
        ),
        example="your proposal was not selected for funding",
        where="both",
    ),
    Entry(
        "nonjob_object_de",
        ("de",),
        "decisive",
        (
            r"\bbewerbung\s+(?:um|für)\s+(?:ein|eine|einen|die|das|den)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]*stipendium|"
            r"[\w-]*wohnung|studienplatz|kurs|weiterbildung\w*|förderung)\b|\b(?:stipendienantrag|"
            r"förderantrag|wohnungsbewerbung|mietinteressent\w*|selbstauskunft|baufinanzierung|"
            r"kreditantrag|aufnahmegespräch)\b"
        ),
        example="Ihre Bewerbung um ein Weiterbildungsstipendium",
        where="both",
    ),
    Entry(
        "nonjob_object_fr",
        ("fr",),
        "decisive",
        (
            r"\b(?:candidature|dossier|demande)\s+(?:de|pour|à)\s+(?:la\s+|une\s+|un\s+|l')?(?:bourse|subvention|"
            r"location|logement|appartement|prêt|crédit)\b|\bentretien\s+d'admission\b|\b(?:prêt|crédit)\s+immobilier\b"
        ),
        example="votre demande de bourse",
        where="both",
    ),
    Entry(
        "nonjob_object_es",
        ("es",),
        "decisive",
        (
            r"\b(?:solicitud|candidatura|inscripción)\s+(?:de|para|a|al)\s+(?:la\s+|una\s+|un\s+|el\s+)?(?:beca|"
            r"subvención|piso|vivienda|alquiler|hipoteca|préstamo|curso|máster)\b|\bentrevista\s+de\s+admisión\b"
        ),
        example="tu solicitud de beca",
        where="both",
    ),
    Entry(
        "nonjob_object_it",
        ("it",),
        "decisive",
        (
            r"\b(?:richiesta|domanda|candidatura|iscrizione)\s+(?:di|per|al|alla)\s+(?:un\s+|una\s+|la\s+|il\s+)?"
            r"(?:mutuo|finanziamento|prestito|borsa\s+di\s+studio|appartamento|affitto|corso|master)\b|"
            r"\bcolloquio\s+(?:in\s+filiale|di\s+ammissione)\b"
        ),
        example="la tua richiesta di mutuo",
        where="both",
    ),
    Entry(
        "nonjob_object_pt",
        ("pt",),
        "decisive",
        (
            r"\b(?:inscrição|candidatura|pedido|solicitação)\s+(?:no|na|ao|à|para\s+[oa]|de|do|da)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:curso|bolsa|financiamento|crédito|empréstimo|apartamento|arrendamento|"
            r"aluguel)\b|\bentrevista\s+de\s+admissão\b"
        ),
        example="sua inscrição no curso de Especialização",
        where="both",
    ),
    Entry(
        "nonjob_object_nl",
        ("nl",),
        "decisive",
        (
            r"\b(?:aanvraag|inschrijving|aanmelding)\s+(?:voor|van)\s+(?:een\s+|de\s+|het\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:hypotheek|lening|subsidie|studiebeurs|woning|huurwoning|appartement|opleiding|cursus)\b|"
            r"\b(?:toelatingsgesprek|hypotheekgesprek|subsidieaanvraag)\b"
        ),
        example="je aanvraag voor een hypotheek",
        where="both",
    ),
    # issue 12: a radio or TV programme's guest, in every language (not hiring)
    Entry(
        "programme_guest",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        (
            r"\b(?:on\s+air|our\s+listeners|our\s+viewers|programa\s+de\s+(?:radio|televisión|rádio|tv)|"
            r"en\s+directo|en\s+antena|nuestros\s+oyentes|radiosendung|radioprogramm|fernsehsendung|"
            r"unsere\s+(?:hörer|zuschauer)\w*|émission\s+de\s+(?:radio|télé\w*)|à\s+l'antenne|nos\s+auditeurs|"
            r"trasmissione\s+(?:radiofonica|televisiva)|programma\s+radiofonico|in\s+diretta|"
            r"i\s+nostri\s+ascoltatori|ao\s+vivo|nossos\s+ouvintes|radioprogramma|tv-programma|"
            r"live\s+in\s+de\s+uitzending|onze\s+luisteraars)\b"
        ),
        example="Queremos entrevistarte en directo",
    ),
    # an office in a club, a school's parents' association or a board, elected by its
    # members (not a job), in every language
    Entry(
        "club_or_board_office",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:(?:treasurer|secretary|chair(?:person)?|president|trustee)\s+(?:position|role|seat)\s+on\s+"
            r"the\s+(?:board|committee)|nominating\s+committee|annual\s+general\s+meeting|pta\s+(?:board|meeting)|"
            r"(?:thanks\s+for\s+joining|welcome\s+to)\s+the\s+(?:\w+\s+)?(?:committee|club)|"
            r"dear\s+members|kassenwart\w*|liebe\s+mitglieder|vereinsvorstand|queridos\s+socios|"
            r"tesorer[oa]\s+de\s+la\s+asociación|chers\s+membres|trésori\w+\s+de\s+l'association|"
            r"cari\s+soci|tesoriere\s+dell'associazione|caros\s+sócios|tesoureir[oa]\s+da\s+associação|"
            r"beste\s+leden|penningmeester|ledenvergadering)\b"
        ),
        example="treasurer position on the board",
    ),
    # a user-research interview (a study, its participants, a voucher), in the other languages
    Entry(
        "user_research_interview",
        ("es", "de", "fr", "it", "pt", "nl"),
        "present",
        (
            r"\b(?:entrevistas?\s+(?:con|de|a)\s+usuari[oa]s|nutzer(?:innen)?-?interviews?|"
            r"interviews?\s+mit\s+nutzer\w*|entretiens?\s+(?:avec\s+des\s+)?utilisateurs|"
            r"interviste?\s+(?:agli|con\s+gli)\s+utenti|entrevistas?\s+com\s+usuários|"
            r"gebruikers(?:interview|onderzoek)\w*|estudio\s+con\s+usuarios|nutzerstudie|étude\s+utilisateurs?|"
            r"ricerca\s+(?:con\s+gli\s+)?utenti|pesquisa\s+com\s+usuários|tarjeta\s+regalo|"
            r"amazon-gutschein|bon\s+d'achat|buono\s+amazon|vale-presente|cadeaubon)\b"
        ),
        example="Buscamos participantes para entrevistas con usuarios",
    ),
    Entry(
        "applied_for_something_else",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        NONJOB_APPLICATION,
        example="Thanks for applying for a plot at the community garden",
    ),
    # an application to a grant named as a compound ("Micro-Grant program"), issue 12
    Entry(
        "application_to_a_grant_programme_en",
        ("en",),
        "decisive",
        (
            r"\bappl(?:ication|ying)\s+(?:for|to)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,3}?[\w]+-"
            r"(?:grants?|scholarships?|fellowships?)\b|\b(?:micro|mini|research|travel|arts?|community|small)[\s-]"
            r"grants?\s+(?:program(?:me)?|fund|round|panel|scheme)\b"
        ),
        example="your application to the Community Micro-Grant program",
        where="both",
    ),
    # issue 12, public templates: an application for a prize, a contest or a course (French
    # "candidature" is the word for all of them; apps send the same refusal for each), in
    # every language; decisive, the object named right after the application or the interest
    Entry(
        "application_for_a_prize_contest_or_course",
        ("fr", "es", "it", "pt", "de", "nl", "en"),
        "decisive",
        (
            r"\b(?:(?:candidature|candidatura|solicitud|inscription|inscripción|iscrizione|inscrição)\s+(?:au|à\s+la|"
            r"pour\s+(?:le|la)|al|a\s+la|para\s+el|alla|ao|à|para\s+o|no|na)\s+(?:prix|concours|cours|trophée|premio|"
            r"concurso|curso|corso|concorso|prêmio|prémio)|(?:portez|porté|manifestez)\s+(?:au|à\s+notre)\s+(?:prix|"
            r"concours|trophée)|bewerbung\s+(?:für\s+den|um\s+den|zum)\s+(?:[\w-]+\s+)?[\w-]*(?:preis|wettbewerb|award)|"
            r"(?:aanmelding|inschrijving|inzending)\s+voor\s+(?:de|het)\s+(?:[\w-]+\s+)?[\w-]*(?:prijs|wedstrijd|cursus)|"
            r"(?:application|entry|submission)\s+(?:for|to)\s+the\s+(?:[\w-]+\s+){0,2}?(?:award|prize|competition|contest)|"
            r"(?:conditions|critères)\s+d'éligibilité\s+de\s+cette\s+édition|prochaines?\s+éditions?\s+(?:du|de\s+notre)\s+"
            r"(?:prix|concours))\b"
        ),
        example="Nous avons reçu votre candidature au Prix de l'Innovation 2026",
        where="both",
    ),
)


__all__ = [
    "PHRASES",
]
