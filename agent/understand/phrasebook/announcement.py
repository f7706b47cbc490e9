"""Phrases for ``announcement``: a message to a group, not to the candidate.

A departure ("has decided to leave the company"), a new hire ("please join me in
welcoming"), a reorganisation or a memo to all staff uses hiring words about someone else.
Looked for in the opening of the new text only (:mod:`agent.understand.whose`), where an
announcement says what it is; the first one said is the evidence.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "to_all_staff",
        ("en",),
        "decisive",
        r"\b(?:to\s+all\s+(?:employees|staff)|dear\s+colleagues?|hi\s+(?:everyone|all|team)\b)",
        example="To all employees",
    ),
    Entry(
        "join_me_in_welcoming",
        ("en",),
        "decisive",
        (
            r"\b(?:please\s+join\s+(?:me|us)\s+in\s+(?:welcoming|thanking|congratulating)"
            r"|(?:has|have)\s+decided\s+to\s+leave\s+the)"
        ),
        example="please join me in welcoming",
    ),
    Entry(
        "we_announce_that",
        ("en",),
        "decisive",
        (
            r"\b(?:(?:regret|pleased|sad(?:ness)?)\s+(?:that\s+)?we\s+announce"
            r"|we\s+(?:regret\s+to\s+)?announce\s+that\s+\w+(?:\s+\w+)?\s+(?:is|has|will)\b)"
        ),
        example="we announce that Dana has",
    ),
    Entry(
        "pleased_to_announce",
        ("en",),
        "decisive",
        (
            r"\b(?:we(?:'re|\s+are)\s+(?:thrilled|pleased|excited)\s+to\s+announce"
            r"|has\s+accepted\s+our\s+offer)"
        ),
        example="we're pleased to announce",
    ),
    Entry(
        "dear_colleagues",
        ("de", "es", "fr", "it", "nl", "pt"),
        "decisive",
        (
            r"\b(?:liebe\s+kolleginnen|estimados\s+compa[ñn]eros|chers\s+coll[èe]gues"
            r"|cari\s+colleghi|beste\s+collega'?s|caros\s+colegas)"
        ),
        example="Liebe Kolleginnen und Kollegen",
    ),
    # issue 12's parity: "X has decided to leave", "welcome our new colleague", "we are
    # pleased to announce" and "to all staff" in every language
    Entry(
        "welcome_our_new_colleague",
        ("en",),
        "decisive",
        r"\b(?:(?:welcome|welcoming)\s+our\s+(?:new|newest)\s+(?:colleague|team\s+member|hire)s?)",
        example="please welcome our new colleague",
    ),
    Entry(
        "ha_decidido_dejar_la_empresa",
        ("es",),
        "decisive",
        (
            r"\b(?:ha\s+decidido\s+(?:dejar|abandonar)\s+(?:la\s+empresa|la\s+compañía|el\s+equipo|nuestra)"
            r"|(?:demos|damos|dar)\s+la\s+bienvenida\s+a\s+(?:nuestr[oa]s?\s+)?nuev[oa]s?\s+compañer[oa]"
            r"|nos\s+complace\s+anunciar|a\s+todo\s+el\s+personal)"
        ),
        example="ha decidido dejar la empresa",
    ),
    Entry(
        "hat_sich_entschieden_uns_zu_verlassen",
        ("de",),
        "decisive",
        (
            r"\b(?:(?:hat|haben)\s+sich\s+(?:entschieden|entschlossen),?\s+"
            r"(?:das\s+unternehmen|die\s+firma|uns|unser\s+team|das\s+team)\s+zu\s+verlassen"
            r"|begrüßen\s+sie\s+(?:mit\s+mir\s+|mit\s+uns\s+)?(?:unsere[n]?|den|die)\s+neuen?\s+kolleg"
            r"|freuen\s+uns,?\s+(?:ihnen\s+|euch\s+)?(?:bekannt\s*zu\s*geben|mitteilen\s+zu\s+können,\s+dass\s+\w+\s+\w+\s+(?:zu\s+uns|unser\s+team))"
            r"|an\s+alle\s+mitarbeit(?:er|enden))"
        ),
        example="hat sich entschieden, das Unternehmen zu verlassen",
    ),
    Entry(
        "a_decide_de_quitter",
        ("fr",),
        "decisive",
        (
            r"\b(?:a\s+décidé\s+de\s+(?:quitter|nous\s+quitter)"
            r"|souhait(?:er|ons|ez)\s+la\s+bienvenue\s+à\s+(?:notre|nos)\s+nouve(?:au|lle|aux|lles)\s+coll[èe]gue"
            r"|(?:nous\s+avons\s+le\s+plaisir|sommes\s+(?:heureux|ravis))\s+d'annoncer"
            r"|à\s+l'ensemble\s+du\s+personnel|à\s+tous\s+les\s+collaborateurs)"
        ),
        example="a décidé de quitter l'entreprise",
    ),
    Entry(
        "ha_deciso_di_lasciare",
        ("it",),
        "decisive",
        (
            r"\b(?:ha\s+deciso\s+di\s+lasciare\s+(?:l'azienda|la\s+società|il\s+gruppo|il\s+team|la\s+nostra)"
            r"|(?:diamo|dare|dire)\s+il\s+benvenuto\s+(?:al|alla|ai|alle)\s+nuov[oaie]\s+colleg[ahi]"
            r"|siamo\s+(?:lieti|felici)\s+di\s+annunciare|a\s+tutto\s+il\s+personale|a\s+tutti\s+i\s+dipendenti)"
        ),
        example="ha deciso di lasciare l'azienda",
    ),
    Entry(
        "decidiu_deixar_a_empresa",
        ("pt",),
        "decisive",
        (
            r"\b(?:decidiu\s+(?:deixar|sair\s+d)[ao]?\s*(?:a\s+empresa|a\s+companhia|o\s+time|a\s+equipe|nossa)"
            r"|(?:dar|damos|demos)\s+as\s+boas-vindas\s+(?:ao|à|aos|às)\s+(?:noss[oa]s?\s+)?nov[oa]s?\s+colega"
            r"|temos\s+o\s+prazer\s+de\s+anunciar|a\s+todos\s+os\s+colaboradores)"
        ),
        example="decidiu deixar a empresa",
    ),
    Entry(
        "heeft_besloten_te_vertrekken",
        ("nl",),
        "decisive",
        (
            r"\b(?:heeft\s+besloten\s+(?:om\s+)?(?:het\s+bedrijf|de\s+organisatie|ons|het\s+team)"
            r"\s+te\s+verlaten|(?:verwelkomen|heten)\s+(?:wij\s+|we\s+)?onze\s+nieuwe\s+collega"
            r"|met\s+(?:genoegen|trots)\s+(?:kondigen|maken)\s+(?:wij|we)\s+(?:aan|bekend)"
            r"|aan\s+alle\s+medewerkers)"
        ),
        example="heeft besloten het bedrijf te verlaten",
    ),
)


__all__ = [
    "PHRASES",
]
