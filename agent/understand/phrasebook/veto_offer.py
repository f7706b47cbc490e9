"""Phrases for ``veto_offer``: counts against offer: offers that are not employment (sales, background checks).

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    # the position cannot be offered (a refusal, not an offer), in the languages other than
    # English (unable_extend_offer's)
    Entry(
        "cannot_offer_you_the_position",
        ("es", "de", "fr", "it", "pt", "nl"),
        "overrules",
        (
            r"\b(?:no\s+(?:podemos|podremos|vamos\s+a\s+poder|es\s+posible)\s+(?:ofrecerte|ofrecerle|hacerte\s+una\s+oferta|"
            r"hacerle\s+una\s+oferta)|(?:ihnen|dir)\s+(?:leider\s+)?(?:die|diese)\s+(?:stelle|position)\s+(?:leider\s+)?nicht\s+anbieten|"
            r"(?:ihnen|dir)\s+(?:leider\s+)?kein\s+angebot|ne\s+(?:pouvons|pourrons|sommes)\s+pas\s+(?:en\s+mesure\s+de\s+)?vous\s+"
            r"(?:proposer|offrir)|non\s+(?:possiamo|potremo|siamo\s+in\s+grado\s+di)\s+(?:offrirti|offrirle|proporti|proporle|farti\s+"
            r"un'offerta)|não\s+(?:podemos|poderemos)\s+(?:oferecer-lhe|oferecer-te|lhe\s+oferecer|te\s+oferecer|oferecer)|"
            r"(?:je|u)\s+(?:de\s+functie|de\s+baan|de\s+positie|een\s+aanbod|geen\s+aanbod)\s+(?:\w+\s+)?(?:niet\s+)?(?:aanbieden|doen))\b"
        ),
        example="Helaas kunnen we je de functie niet aanbieden",
    ),
    Entry(
        "unable_extend_offer",
        ("fr",),
        "overrules",
        (
            r"\b(?:unable|not\s+able|not\s+in\s+a\s+position|won't|will\s+not|cannot|can't|not)\s+(?:to\s+)?"
            r"(?:be\s+)?(?:extend(?:ing)?|offer(?:ing)?|make|making)\s+(?:you\s+)?(?:an?\s+)?(?:offer|the\s+position|"
            r"the\s+role)"
        ),
        example="unable extend offer",
    ),
    Entry(
        "offer_to_another",
        ("en",),
        "overrules",
        (
            r"\boffer\s+to\s+(?:another|a\s+different|an?\s+(?:internal|external|other)|someone\s+else|"
            r"an?\s+(?:[\w-]+\s+)?(?:candidate|applicant)\s+(?:whose|who|with)\b)"
        ),
        example="offer to another",
    ),
    Entry(
        "offer_the_role_to_someone",
        ("en",),
        "overrules",
        r"\boffer(?:ed|ing)?\s+the\s+(?:role|position|job)\s+to\s+(?:someone|another)",
        example="offer the role to someone",
    ),
    Entry(
        "special_offer",
        ("en",),
        "overrules",
        r"\b(?:special|exclusive|limited|best|holiday|black\s+friday|introductory|bundle|pre-?approved)\s+offers?\b",
        example="special offer",
    ),
    Entry(
        "offer_ends",
        ("en",),
        "overrules",
        r"\boffer\s+(?:ends|expires|valid\s+(?:until|through|while))\b|\b\d+\s*%\s+off\b",
        example="offer ends",
    ),
    Entry(
        "salary_negotiation_tips",
        ("en",),
        "overrules",
        r"\b(?:salary|offer)\s+negotiation\s+(?:tips|guide|course|webinar|templates?)",
        example="salary negotiation tips",
    ),
    Entry(
        "how_to_negotiate",
        ("en",),
        "overrules",
        r"\bhow\s+to\s+(?:negotiate|evaluate|accept|decline)\b|\bnewsletter\b",
        example="how to negotiate",
    ),
    Entry(
        "mortgage",
        ("en",),
        "overrules",
        r"\b(?:mortgage|home\s+loan|pre-?approval|borrower|loan\s+(?:officer|application)|nmls)\b",
        example="mortgage",
    ),
    # above -6: a background check is part of a hiring process (see core.not_hiring)
    Entry(
        "requested_background_check",
        ("en",),
        "firm",
        (
            r"\b(?:requested|initiated|ordered|complete|start)\s+(?:a|your|the)\s+background\s+(?:check|screening)"
            r"|\bbackground\s+(?:check|screening)\s+(?:report|portal|provider|vendor|as\s+part)"
        ),
        example="requested a background check",
    ),
    # the candidate as hiring manager: a tracking system asks them to approve an offer to
    # someone else, in every language
    Entry(
        "offer_approval_request",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "overrules",
        (
            r"\b(?:(?:requested|requests|needs|awaiting|awaits)\s+your\s+(?:approval|sign-?off)\s+(?:for|on)\s+(?:an?\s+|the\s+)?"
            r"offer\s+to\b|offer\s+approvals?\s+(?:requested|request|needed|required|pending)|approve\s+(?:or|/)\s+reject\b|"
            r"aprobaci[oó]n\s+(?:de\s+)?(?:la\s+)?oferta\s+(?:solicitada|pendiente|para)|"
            r"aprova[cç][aã]o\s+(?:da\s+)?(?:proposta|oferta)\s+(?:solicitada|pendente|para)|"
            r"(?:freigabe\s+(?:des\s+)?(?:vertrags)?angebots|angebotsfreigabe)\s+(?:angefordert|erforderlich|ausstehend|für)|"
            r"(?:approbation|validation)\s+(?:de\s+l'offre|d'une\s+offre)\s+(?:demandée|requise|en\s+attente|pour)|"
            r"approvazione\s+(?:dell'offerta|di\s+un'offerta)\s+(?:richiesta|in\s+attesa|per)|"
            r"goedkeuring\s+(?:van\s+(?:het|een)\s+)?aanbod\s+(?:gevraagd|aangevraagd|nodig|voor)|aanbod\s+ter\s+goedkeuring)"
        ),
        example="Marcus Lee has requested your approval for an offer to Priya Shah",
    ),
    # advice on what to say when an employer makes an offer (a careers newsletter), in
    # every language
    Entry(
        "advice_when_offered",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "overrules",
        (
            r"\b(?:what\s+to\s+(?:say|do|ask|reply)\s+when\s+(?:they|an?\s+(?:employer|company|recruiter)|you)\b|"
            r"qu[eé]\s+(?:decir|hacer|responder)\s+cuando\s+te|o\s+que\s+(?:dizer|fazer|responder)\s+quando\s+|"
            r"was\s+(?:sie|du|man)\s+(?:sagen|tun|antworten)\s+(?:sollten|solltest|sollte)?,?\s*wenn\s+|"
            r"que\s+(?:dire|faire|répondre)\s+(?:quand|lorsqu)|cosa\s+(?:dire|fare|rispondere)\s+quando\s+|"
            r"wat\s+(?:zeg|doe|antwoord)\s+(?:je|jij|u)\s+(?:als|wanneer)\s+)[^.!?\n]{0,50}?\b(?:offer|oferta|proposta|"
            r"angebot|offre|offerta|aanbod)"
        ),
        example="what to say when they make you an offer",
    ),
)


__all__ = [
    "PHRASES",
]
