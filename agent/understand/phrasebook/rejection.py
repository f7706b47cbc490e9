"""Phrases for ``rejection``: a message that ends the candidacy, however softly worded.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

# Pieces of the compositional families below: "a choice verb ... another person" and "the
# position ... filled" read as one phrase whatever the tense and word order (issue 12).
_GAP = r"[^.!?\n]{0,60}?"  # a short stretch within one sentence
_ANOTHER_EN = (
    r"(?:(?:someone|somebody)\s+(?:else|with|whose|who)\b|another\s+(?:[\w-]+\s+)?(?:candidate|applicant|person|individual|finalist)|"
    r"(?:a|one)\s+(?:different|more\s+[\w-]+|other|internal|external)\s+(?:candidate|applicant|person|individual|finalist)|"
    r"(?:other|different)\s+(?:candidates|applicants|finalists|individuals|profiles)|"
    r"an?\s+(?:[\w-]+\s+)?(?:candidate|applicant)\s+(?:whose|who|with)\b|"
    r"an\s+internal\s+(?:candidate|applicant|hire|colleague|transfer)|"
    r"the\s+other\s+(?:candidate|applicant|finalist|person)\b(?!s)|"
    # candidates "with more experience", "more senior profiles"
    r"(?:candidates|applicants|profiles)\s+(?:with|who\s+have|whose)\s+(?:more|greater|deeper|stronger|broader)\b|"
    r"more\s+(?:senior|experienced)\s+(?:candidates|profiles|applicants))"
)
_ANOTHER_ES = (
    r"(?:otr[oa]s?\s+(?:persona|candidat[oa]|perfil|postulante|aspirante)|alguien\s+(?:m[aá]s|con|cuy[oa]|que)\b|"
    r"(?:candidat[oa]s|perfiles)\s+(?:con\s+(?:más|mayor)\s+experiencia|de\s+(?:un\s+)?nivel\s+más|más\s+(?:senior|sénior|"
    r"experimentad))|"
    r"un[oa]?\s+(?:candidat[oa]|perfil|persona)\s+(?:cuy[oa]|que|con|intern[oa])\b|un[oa]\s+compañer[oa]\s+intern[oa])"
)
_ANOTHER_PT = (
    r"(?:outr[oa]s?\s+(?:pessoa|candidat[oa]|perfil|perfis|profissiona(?:l|is))|algu[ée]m\s+(?:mais|outro|com|cuj[oa]|que)\b|"
    r"(?:candidat[oa]s|perfis|profissionais)\s+(?:com\s+(?:mais|maior)\s+experiência|mais\s+(?:seniores|experientes))|"
    r"uma?\s+(?:candidat[oa]|pessoa|profissional|perfil)\s+(?:cuj[oa]|que|com|intern[oa])\b|uma?\s+colega\s+interna?)"
)
_ANOTHER_DE = (
    # "eine:n andere:n Kandidat:in": a gender colon, star, underscore or slash may split the ending
    r"(?:(?:eine(?:[:*_/]?[nmr])?\s+)?(?:andere|interne|externe)(?:[:*_/]?[nmr])?\s+"
    r"(?:bewerber\w*|kandidat\w*|person|kolleg\w+|mitarbeiter\w*)|"
    r"(?:eine[nmr]?\s+|de[nmr]\s+)?mitbewerber\w*|(?:kandidat|bewerber)\w*\s+mit\s+(?:mehr|größerer|umfangreicherer|"
    r"längerer)\b|"
    r"jemand(?:en|em)?\s+(?:anderen?|anderes|anders|mit)\b|eine[nmr]?\s+(?:kolleg\w+|bewerber\w*|kandidat\w*),?\s+"
    r"(?:aus\s+(?:den\s+)?eigenen\s+reihen|de[rs]sen|die|der|mit)\b|"
    # candidates (and their female form) "whose profile comes closer", the verb may stand between
    r"(?:kandidat|bewerber)\w*(?:\s+(?:und|bzw\.?|oder)\s+(?:kandidat|bewerber)\w*)?(?:\s+\w+)?,\s+(?:deren|dessen|die)\b"
    r"[^.!?\n]{0,60}?\b(?:näher|besser|eher|genauer|stärker|passender|mehr)\b)"
)
_ANOTHER_FR = (
    r"(?:une?\s+autre\s+(?:candidat\w*|personne|profil|postulant\w*)|d'autres\s+(?:candidat\w*|profils|personnes)|"
    r"(?:des\s+)?(?:profils|candidat\w*)\s+(?:plus\s+(?:expérimentés|seniors?|expérimentées)|(?:ayant|avec)\s+(?:plus|davantage)\s+"
    r"d'expérience)|"
    r"quelqu'un\s+(?:d'autre|avec|dont|qui)\b|une?\s+(?:candidat\w*|profil|personne)\s+(?:interne|dont|qui|plus)\b|une?\s+coll[èe]gue\s+(?:interne|en\s+interne)|"
    r"une\s+candidature\s+(?:interne|plus))"
)
_ANOTHER_IT = (
    r"(?:(?:candidat\w*|profili)\s+(?:con\s+(?:maggiore|più)\s+esperienza|più\s+(?:senior|esperti))|"
    r"(?:un\s+altro|un'\s*altra|altri|altre)\s+(?:candidat\w*|persona|persone|profil\w*)|qualcun\s+altro|qualcuno\s+(?:con|che|il\s+cui)\b|qualcun'altra|"
    r"(?:un[oa]?|un')\s*(?:candidat\w*|profilo|persona|risorsa)\s+(?:intern[oa]|il\s+cui|la\s+cui|che|con|più)\b|"
    r"(?:un[oa]?|un')\s*collega\s+intern[oa])"
)
_ANOTHER_NL = (
    r"(?:(?:een\s+)?andere\s+(?:kandida\w*|persoon|sollicitant\w*)|iemand\s+(?:anders|met|die|wiens)\b|"
    r"(?:een\s+)?interne\s+(?:kandida\w*|collega|sollicitant\w*)|kandida\w*\s+(?:die|wiens|met)\b)"
)

PHRASES: tuple[Entry, ...] = (
    Entry(
        "not_right_match_for_the",
        ("en",),
        "strong",
        (
            r"\bnot\s+(?:the\s+|a\s+)?(?:right|best|strongest|good|close)\s+(?:match|fit)\s+for\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,4}?"
            r"(?:role|position|job|opening)"
        ),
        example="not right match for the role",
    ),
    Entry(
        "hiring_for_the_role_is",
        ("en",),
        "strong",
        (
            r"\bhiring\s+for\s+(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:role|position|opening)\s+(?:is|has\s+been)\s+"
            r"(?:frozen|paused|cancell?ed|suspended)"
        ),
        example="hiring for the role is frozen",
    ),
    Entry(
        "won_able_to_continue_with",
        ("en",),
        "strong",
        (
            r"\b(?:won't|will\s+not|aren't|are\s+not)\s+(?:be\s+)?able\s+to\s+continue\s+with\s+your\s+"
            r"(?:application|candidacy)"
        ),
        example="won't able to continue with your application",
    ),
    Entry(
        "position_you_applied_for_has",
        ("en",),
        "strong",
        (
            r"\b(?:position|role|opening|vacancy)\s+you\s+applied\s+(?:for|to)\s+has\s+been\s+(?:withdrawn|closed|"
            r"cancell?ed|filled)"
        ),
        example="position you applied for has been withdrawn",
    ),
    Entry(
        "offered_the_role_to_another",
        ("en",),
        "strong",
        (
            r"\boffered\s+the\s+(?:[\w-]+\s+){0,4}?(?:role|position|job)\s+to\s+(?:another|a\s+different|an?\s+"
            r"(?:internal|external|other))"
        ),
        example="offered the role to another",
    ),
    Entry(
        "we_will_not_be_progressing",
        ("en",),
        "strong",
        r"\bwe\s+will\s+not\s+be\s+progressing\s+your\b",
        example="we will not be progressing your",
    ),
    Entry(
        "tu_perfil_no_encaja",
        ("es",),
        "strong",
        r"\btu\s+perfil\s+no\s+(?:encaja|se\s+ajusta)\b|\bno\s+continuaremos\s+con\s+(?:tu|su)\s+candidatura\b",
        example="tu perfil no encaja",
    ),
    Entry(
        "decidido_seguir_con_otro_candidat",
        ("es",),
        "strong",
        r"\b(?:decidido|optado\s+por)\s+seguir\s+con\s+otr[oa]s?\s+candidat",
        example="decidido seguir con otro candidat",
    ),
    Entry(
        "niet_geselecteerd",
        ("nl",),
        "strong",
        r"\b(?:niet|helaas)\b.{0,60}?\b(?:geselecteerd|verder\s+(?:(?:te\s+)?gaan|in\s+behandeling))\b",
        example="niet geselecteerd",
    ),
    Entry(
        "niet_met_je_verder_gaan",
        ("nl",),
        "strong",
        r"\bniet\s+met\s+(?:je|u)\s+verder\s+(?:te\s+)?gaan\b",
        example="niet met je verder gaan",
    ),
    Entry(
        "gekozen_voor_kandida",
        ("nl",),
        "strong",
        r"\bgekozen\s+voor\s+(?:een\s+)?(?:andere\s+)?kandida",
        example="gekozen voor kandida",
    ),
    Entry(
        "vacature_ingetrokken",
        ("nl",),
        "strong",
        r"\bvacature\b.{0,40}?\b(?:ingetrokken|vervallen|gesloten)\b",
        example="vacature ingetrokken",
    ),
    Entry(
        "best_wishes_for_the_future",
        ("en",),
        "hint",
        r"\bbest\s+wishes\s+for\s+(?:the|your)\s+future\b|\bsuccess\s+in\s+your\s+(?:job\s+)?search\b",
        example="best wishes for the future",
    ),
    Entry(
        "veel_succes_bij_je_zoektocht",
        ("nl",),
        "hint",
        r"\bveel\s+succes\s+(?:bij|met)\s+(?:je|uw)\s+(?:verdere\s+)?zoektocht\b",
        example="veel succes bij je zoektocht",
    ),
    Entry(
        "no_longer_considering_applicants",
        ("en",),
        "strong",
        r"\bno\s+longer\s+(?:considering|accepting|reviewing)\s+(?:applicants|applications|candidates)\b",
        example="no longer considering applicants",
    ),
    Entry(
        "position_has_been_closed",
        ("en",),
        "strong",
        (
            r"\b(?:position|role|requisition|opening)\s+(?:you\s+applied\s+(?:for|to)\s+)?has\s+been\s+"
            r"(?:closed|cancell?ed)\b"
        ),
        example="position has been closed",
    ),
    # ------------------------------------------------------------------ rejection
    # terse human ones: "we're going to pass", "the team went with someone more senior"
    Entry(
        "we_pass",
        ("en",),
        "strong",
        (
            r"\bwe(?:'re|\s+are|'ve|\s+have|'ll|\s+will)?\s+(?:going\s+to\s+|decided\s+to\s+|gonna\s+)?pass\b"
            r"(?!\s+(?:along|through|by|it\s+on|this\s+on|on\s+to|your\s+(?:name|details|cv|resume)\s+(?:on|along)))"
        ),
        example="we pass",
    ),
    Entry(
        "team_went_with_someone",
        ("en",),
        "strong",
        (
            r"\b(?:team|we|they|hiring\s+manager)\s+(?:went|has\s+gone|have\s+gone|decided\s+to\s+go)\s+with\s+"
            r"(?:someone|somebody|another|a\s+(?:different|more)|an?\s+(?:internal|external|other))"
        ),
        example="team went with someone",
    ),
    Entry(
        "decided_to_move_with_other",
        ("en",),
        "strong",
        (
            r"\b(?:decided|chosen|opted|elected|made\s+the\s+decision)\s+(?:not\s+)?to\s+(?:move|proceed|go|continue|"
            r"progress)\s+(?:forward\s+)?with\s+(?:other|another|a\s+different|different|(?:a|the)\s+(?:more\s+)?"
            r"(?:suitable|qualified|experienced)|someone|candidates)"
        ),
        example="decided to move with other",
    ),
    Entry(
        "decided_not_to_move",
        ("en",),
        "strong",
        (
            r"\b(?:decided|chosen|opted|made\s+the\s+(?:difficult\s+|tough\s+)?decision)\s+not\s+to\s+(?:move|proceed|"
            r"go(?!\s+to\b)|continue|progress|advance|pursue|extend|offer|invite|fill)\b"
        ),
        example="decided not to move",
    ),
    Entry(
        "move_forward_with_other",
        ("en",),
        "strong",
        (
            r"\b(?:move|moving|go|going|proceed|proceeding|continue|continuing)\s+forward\s+with\s+(?:other|another|"
            r"a\s+different|different|(?:a|one)\s+of\s+the\s+other|candidates\s+who|a\s+candidate\s+whose)"
        ),
        example="move forward with other",
    ),
    Entry(
        "move_with_other_candidate",
        ("en",),
        "strong",
        (
            r"\b(?:move|moving|moved|go|going|proceed|proceeding|continue|continuing|progress|progressing)\s+"
            r"(?:forward\s+|ahead\s+|on\s+)?with\s+(?:other|another|a\s+different|an\s+internal|more\s+\w+)\s+"
            r"(?:candidates?|applicants?|profiles?|people|individuals?|hire)"
        ),
        example="move with other candidate",
    ),
    Entry(
        "hire_internal_candidate",
        ("en",),
        "strong",
        (
            r"\b(?:hire|hiring|hired|go\s+with|going\s+with|promote|promoting)\s+(?:an?\s+|the\s+)?(?:internal|other|"
            r"another|different|external)\s+(?:candidate|applicant|person|hire)"
        ),
        example="hire internal candidate",
    ),
    Entry(
        "not_moving_forward",
        ("en",),
        "strong",
        (
            r"\b(?:not|won't|will\s+not|unable\s+to|cannot|can't|couldn't)\s+(?:be\s+)?(?:moving|move|proceed|"
            r"proceeding|progress|progressing|advance|advancing)\s+(?:forward|further|ahead|to\s+the\s+next)"
        ),
        example="not moving forward",
    ),
    Entry(
        "won_be_moving_with_your",
        ("en",),
        "strong",
        (
            r"\b(?:won't|will\s+not|not)\s+be\s+(?:moving|proceeding|progressing|advancing|continuing)\s+"
            r"(?:forward\s+)?with\s+(?:your|you|any)"
        ),
        example="won't be moving with your",
    ),
    Entry(
        "won_be_inviting_you_to",
        ("en",),
        "strong",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:inviting|asking)\s+you\s+(?:to|for|back)",
        example="won't be inviting you to",
    ),
    Entry(
        "won_be_advancing_your",
        ("en",),
        "strong",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:advancing|progressing|moving|taking)\s+(?:your|you)\b",
        example="won't be advancing your",
    ),
    Entry(
        "regret_to_inform",
        ("pt",),
        "strong",
        r"\bregret\s+to\s+(?:inform|let\s+you\s+know|tell\s+you|advise|say)",
        example="regret to inform",
    ),
    Entry(
        "regret_that_we",
        ("de",),
        "strong",
        r"\bregret\s+that\b.{0,40}?\b(?:we|you|your)\b",
        example="regret that we",
    ),
    Entry(
        "not_shortlisted",
        ("en",),
        "strong",
        r"\bnot\s+(?:been\s+)?shortlisted\b",
        example="not shortlisted",
    ),
    Entry(
        "position_has_been_closed_2",
        ("en",),
        "strong",
        (
            r"\b(?:position|role|requisition|job|opening|vacancy)\s+(?:has\s+(?:now\s+)?been|was|is\s+now)\s+"
            r"(?:closed|cancel+ed|withdrawn)\b(?!\s+(?:to|for)\s+new)"
        ),
        example="position has been closed",
    ),
    Entry(
        "will_not_be_filling_it",
        ("en",),
        "strong",
        r"\b(?:will\s+not|won't|not)\s+be\s+filling\s+(?:it|the\s+(?:role|position))\b",
        example="will not be filling it",
    ),
    Entry(
        "other_candidates_are_closer_match",
        ("en",),
        "strong",
        (
            r"\bother\s+(?:candidates|applicants)\s+(?:are|were)\s+(?:a\s+)?(?:closer|better|stronger)\s+"
            r"(?:match|fit)"
        ),
        example="other candidates are closer match",
    ),
    Entry(
        "pursue_other_candidates",
        ("en",),
        "strong",
        r"\bpursue\s+other\s+(?:candidates|applicants|profiles)",
        example="pursue other candidates",
    ),
    Entry(
        "decided_to_pursue_candidates",
        ("en",),
        "strong",
        (
            r"\b(?:decided|chosen|chose|opted)\s+to\s+(?:pursue|move\s+forward\s+with|proceed\s+with|progress\s+with|"
            r"focus\s+on|prioriti[sz]e)\s+(?:other\s+|more\s+\w+\s+)?(?:candidates|applicants|profiles|individuals)"
        ),
        example="decided to pursue candidates",
    ),
    Entry(
        "application_was_not_successful",
        ("en",),
        "strong",
        r"\b(?:application|candidacy|candidature)\s+(?:was|has\s+been|is|were)\s+(?:not\s+successful|unsuccessful)",
        example="application was not successful",
    ),
    Entry(
        "not_been_successful",
        ("en",),
        "strong",
        r"\bnot\s+been\s+successful\b|\bunsuccessful\s+(?:on\s+this\s+occasion|this\s+time|at\s+this\s+time)",
        example="not been successful",
    ),
    Entry(
        "not_to_pursue_your",
        ("en",),
        "strong",
        r"\bnot\s+to\s+pursue\s+(?:your|you|this|the)\b",
        example="not to pursue your",
    ),
    Entry(
        "not_selected_for",
        ("en",),
        "strong",
        (
            r"\b(?:not|wasn't|were\s+not|was\s+not|haven't\s+been|have\s+not\s+been)\s+(?:been\s+)?selected\s+"
            r"(?:for|to)"
        ),
        example="not selected for",
    ),
    Entry(
        "selected_aother_applicant",
        ("en",),
        "strong",
        (
            r"\b(?:selected|chosen|hired|identified|found)\s+(?:an?other|other|a\s+different|a\s+more\s+\w+|"
            r"an\s+internal)\s+(?:applicants?|candidates?|individuals?|person)"
        ),
        example="selected aother applicant",
    ),
    Entry(
        "unable_to_offer_you",
        ("en",),
        "strong",
        r"\bunable\s+to\s+offer\s+you|\bnot\s+(?:be\s+)?(?:in\s+a\s+position|able)\s+to\s+offer\s+you",
        example="unable to offer you",
    ),
    Entry(
        "won_be_able_to_offer",
        ("en",),
        "strong",
        r"\b(?:won't|will\s+not|aren't|are\s+not)\s+be\s+able\s+to\s+(?:offer\s+you|move\s+forward|proceed)",
        example="won't be able to offer you",
    ),
    Entry(
        "won_be_extending_offer",
        ("en",),
        "strong",
        (
            r"\b(?:won't|will\s+not|not)\s+be\s+(?:extending|offering|making)\s+(?:you\s+)?(?:an?\s+offer|"
            r"the\s+(?:role|position|job))"
        ),
        example="won't be extending a offer",
    ),
    Entry(
        "extended_offer_to_another",
        ("en",),
        "strong",
        (
            r"\b(?:extended|made|accepted)\s+(?:an?\s+|the\s+)?offer\s+to\s+(?:another|a\s+different|an?\s+"
            r"(?:internal|external|other))"
        ),
        example="extended offer to another",
    ),
    Entry(
        "offer_the_role_to_someone",
        ("en",),
        "strong",
        (
            r"\boffer(?:ed|ing)?\s+the\s+(?:role|position|job)\s+to\s+(?:someone|another|a\s+different|an?\s+"
            r"(?:internal|external|other))"
        ),
        example="offer the role to someone",
    ),
    Entry(
        "position_has_been_filled",
        ("en",),
        "strong",
        (
            r"\bposition\s+has\s+(?:now\s+)?been\s+filled|\b(?:we|we've|we\s+have)\s+(?:now\s+)?filled\s+the\s+"
            r"(?:position|role)|\brole\s+has\s+(?:now\s+)?been\s+filled"
        ),
        example="position has been filled",
    ),
    Entry(
        "go_in_different_direction",
        ("en",),
        "strong",
        (
            r"\b(?:go|going|gone|decided\s+to\s+go|went)\s+(?:in|with)\s+(?:a\s+|an\s+)?(?:different|another|"
            r"other|internal|external)\s+(?:direction|candidate|applicant|hire|person|profile)"
        ),
        example="go in different direction",
    ),
    Entry(
        "unable_to_consider_your_application",
        ("en",),
        "strong",
        (
            r"\b(?:unable|not\s+able)\s+to\s+(?:consider|progress|proceed\s+with|take\s+forward|move\s+forward\s+with)"
            r"\s+your\s+(?:application|candidacy|profile)"
        ),
        example="unable to consider your application",
    ),
    Entry(
        "will_not_be_continuing_your",
        ("en",),
        "strong",
        r"\bwill\s+not\s+be\s+(?:continuing|proceeding|pursuing|considering)\s+(?:with\s+)?your",
        example="will not be continuing your",
    ),
    Entry(
        "we_re_pass_on",
        ("en",),
        "strong",
        (
            r"\b(?:we're|we\s+are|we'll|we\s+will|going\s+to|decided\s+to|have\s+to|had\s+to)\s+(?:going\s+to\s+)?"
            r"pass\s+(?:for\s+now\s+)?on\b"
        ),
        example="we're pass on",
    ),
    Entry(
        "decided_to_pass",
        ("en",),
        "strong",
        r"\bdecided\s+to\s+pass\b",
        example="decided to pass",
    ),
    Entry(
        "other_candidates_whose",
        ("en",),
        "strong",
        r"\bother\s+candidates\s+(?:whose|who(?:se)?\s+(?:experience|skills|background|qualifications))",
        example="other candidates whose",
    ),
    Entry(
        "no_longer_considered",
        ("en",),
        "strong",
        r"\bno\s+longer\s+(?:being\s+)?(?:considered|under\s+consideration|in\s+consideration)",
        example="no longer considered",
    ),
    Entry(
        "closed_the_requisition_all_candidates",
        ("en",),
        "strong",
        r"\bclosed\s+the\s+(?:requisition|position|role|search)\b.{0,80}?\b(?:all|any|every)\s+(?:candidates|applicants)",
        example="closed the requisition all candidates",
    ),
    Entry(
        "leider_absage",
        ("de",),
        "strong",
        (
            r"\bleider\b.{0,160}?\b(?:absage|nicht\s+(?:weiter\s+)?berücksichtig|anderen?\s+(?:kandidat|bewerber)"
            r"|nicht\s+(?:mehr\s+)?(?:weiter|positiv|in\s+die\s+engere|für\s+sie)|gegen\s+ihre|"
            r"entschieden|nicht\s+anbieten|keine\s+positive|nicht\s+fortsetzen|nicht\s+weiterverfolgen)"
        ),
        example="leider absage",
    ),
    Entry(
        "müssen_wir_ihnen_mitteilen",
        ("de",),
        "strong",
        r"\bmüssen\s+wir\s+ihnen\s+(?:leider\s+)?mitteilen",
        example="müssen wir ihnen mitteilen",
    ),
    Entry(
        "nicht_berücksichtigen_können",
        ("de",),
        "strong",
        r"\bnicht\s+(?:weiter\s+)?berücksichtigen\s+können",
        example="nicht berücksichtigen können",
    ),
    Entry(
        "bewerbung_nicht_berücksichtigen",
        ("de",),
        "strong",
        r"\b(?:bewerbung|kandidatur)\s+nicht\s+(?:weiter\s+)?(?:berücksichtigen|verfolgen|fortsetzen)",
        example="bewerbung nicht berücksichtigen",
    ),
    Entry(
        "hemos_decidido_continuar_con_otros",
        ("es",),
        "strong",
        r"\b(?:hemos|han)\s+decidido\s+(?:continuar|seguir|avanzar)\s+con\s+otr[oa]s",
        example="hemos decidido continuar con otros",
    ),
    Entry(
        "lamentablemente_otros_candidat",
        ("es",),
        "strong",
        (
            r"\b(?:lamentablemente|desafortunadamente|lamentamos)\b.{0,160}?\b(?:otr[oa]s\s+(?:candidat|perfil)|"
            r"no\s+(?:has|ha)\s+sido\s+seleccionad|no\s+(?:podemos|vamos\s+a)\s+(?:continuar|seguir|avanzar)|"
            r"no\s+continuar|no\s+seguir|no\s+avanzar|descartad)"
        ),
        example="lamentablemente otros candidat",
    ),
    Entry(
        "no_has_sido_seleccionad",
        ("es",),
        "strong",
        r"\bno\s+(?:has|ha)\s+sido\s+seleccionad",
        example="no has sido seleccionad",
    ),
    Entry(
        "sentimos_comunicarte",
        ("pt",),
        "strong",
        r"\bsentimos\s+(?:comunicarte|informarte|decirte)",
        example="sentimos comunicarte",
    ),
    Entry(
        "otro_candidatos_que",
        ("es",),
        "strong",
        r"\b(?:otr[oa]s?\s+(?:candidat[oa]s|perfiles))\s+(?:que|cuyo|cuya)",
        example="otro candidatos que",
    ),
    Entry(
        "decidimos_seguir_com_outro_candidat",
        ("pt", "it"),
        "strong",
        (
            r"\b(?:decidimos|optamos\s+por|resolvemos)\s+(?:seguir|prosseguir|avançar|avanzar|continuar)\s+"
            r"(?:com|con)\s+(?:outr|otr)[oa]s?\s+(?:candidat|perfis|perfiles|profissionais)"
        ),
        example="decidimos seguir com outro candidat",
    ),
    Entry(
        "não_foi_selecionad",
        ("pt",),
        "strong",
        (
            r"\bnão\s+(?:foi|foram)\s+selecionad|\bnão\s+(?:vamos|iremos|poderemos)\s+(?:seguir|prosseguir|"
            r"avançar|dar\s+continuidade)"
        ),
        example="não foi selecionad",
    ),
    Entry(
        "infelizmente_outros_candidat",
        ("pt",),
        "strong",
        r"\binfelizmente\b.{0,160}?\b(?:outr[oa]s\s+candidat|não\s+(?:seguir|avançar|prosseguir|foi|poderemos))",
        example="infelizmente outros candidat",
    ),
    Entry(
        "abbiamo_deciso_di_proseguire_con",
        ("it",),
        "strong",
        (
            r"\babbiamo\s+deciso\s+di\s+(?:proseguire|procedere|andare\s+avanti|continuare)\s+con\s+(?:un\s+)?"
            r"altr[oie]\s+candidat"
        ),
        example="abbiamo deciso di proseguire con altro candidat",
    ),
    Entry(
        "non_stata_selezionat",
        ("it",),
        "strong",
        r"\bnon\s+(?:è\s+stat[ao]|sei\s+stat[ao]|siamo\s+in\s+grado)\s+(?:selezionat|di\s+proseguire)",
        example="non è stata selezionat",
    ),
    Entry(
        "purtroppo_altro_candidat",
        ("it",),
        "strong",
        r"\bpurtroppo\b.{0,160}?\b(?:altr[oie]\s+candidat|non\s+(?:potremo|possiamo|procederemo|proseguiremo))",
        example="purtroppo altro candidat",
    ),
    Entry(
        "ne_pouvons_pas_donner_suite",
        ("fr",),
        "strong",
        r"\bne\s+(?:pouvons|pourrons)\s+pas\s+(?:donner\s+(?:une\s+)?suite|retenir|poursuivre)",
        example="ne pouvons pas donner suite",
    ),
    Entry(
        "pas_été_retenu",
        ("it",),
        "strong",
        r"\b(?:pas|n'a\s+pas)\s+été\s+retenue?",
        example="pas été retenu",
    ),
    Entry(
        "malheureusement_pas_retenu",
        ("fr",),
        "strong",
        (
            r"\bmalheureusement\b.{0,160}?\b(?:pas\s+(?:été\s+)?retenu|d'autres\s+candidat|ne\s+(?:pouvons|pourrons)"
            r"\s+pas|pas\s+(?:pu\s+)?(?:donner|poursuivre)|ne\s+correspond\s+pas|autre\s+candidat)"
        ),
        example="malheureusement pas retenu",
    ),
    Entry(
        "nous_regrettons_de_vous",
        ("fr",),
        "strong",
        # an adverb may stand in it: "nous sommes toutefois au regret de vous informer"
        (
            r"\bnous\s+(?:regrettons|sommes\s+(?:(?:toutefois|cependant|néanmoins|donc|malheureusement|vraiment|"
            r"sincèrement)\s+)?au\s+regret)\s+(?:(?:toutefois|cependant|néanmoins|donc|malheureusement|vraiment|"
            r"sincèrement)\s+)?de\s+vous"
        ),
        example="nous regrettons de vous",
    ),
    Entry(
        "retenu_un_candidat",
        ("it",),
        "strong",
        r"\bretenu\s+(?:un|une|d'autres)\s+(?:autre\s+)?(?:candidat|profil)",
        example="retenu un candidat",
    ),
    Entry(
        "suite_défavorable",
        ("fr",),
        "strong",
        r"\bsuite\s+défavorable\b|\bréponse\s+(?:négative|défavorable)\b",
        example="suite défavorable",
    ),
    Entry(
        "unfortunately",
        ("en",),
        "supporting",
        r"\bunfortunately\b",
        example="unfortunately",
    ),
    Entry(
        "regrettably",
        ("en",),
        "supporting",
        r"\bregrettably\b",
        example="regrettably",
    ),
    Entry(
        "we_will_keep_your_resume",
        ("en",),
        "supporting",
        (
            r"\bwe\s+(?:will|'ll)\s+(?:keep|retain)\s+your\s+(?:resume|cv|details|information|profile|application)"
            r"\s+on\s+file"
        ),
        example="we will keep your resume on file",
    ),
    Entry(
        "keep_your_resume_on_file",
        ("en",),
        "supporting",
        r"\bkeep\s+your\s+(?:resume|cv|details|information|profile)\s+(?:on\s+file|in\s+(?:our|mind))",
        example="keep your resume on file",
    ),
    Entry(
        "wish_you_best_in_your",
        ("en",),
        "supporting",
        (
            r"\bwish\s+you\s+(?:the\s+)?(?:very\s+)?(?:best|luck|success|all\s+the\s+best|every\s+success)"
            r"(?:\s+of\s+luck)?\s+(?:in|with|on|for)\s+(?:your|the)\s+(?:job\s+)?(?:search|future|career|"
            r"endeavou?rs|hunt)"
        ),
        example="wish you best in your search",
    ),
    Entry(
        "encourage_you_to_apply",
        ("en",),
        "supporting",
        (
            r"\bencourage\s+you\s+to\s+(?:apply|re-?apply|keep\s+an\s+eye)|\binvite\s+you\s+to\s+apply\s+"
            r"(?:for|to)\s+(?:future|other)"
        ),
        example="encourage you to apply",
    ),
    Entry(
        "more_closely_match",
        ("en",),
        "supporting",
        r"\b(?:more\s+closely|better|more\s+directly)\s+(?:match|matches|align|aligns|aligned|matched|suit|suits|fit|fits)",
        example="more closely match",
    ),
    Entry(
        "unsuccessful",
        ("en",),
        "supporting",
        r"\bunsuccessful\b",
        example="unsuccessful",
    ),
    Entry(
        "closely_match_our_needs",
        ("en",),
        "supporting",
        r"\bclosely\s+match(?:es)?\s+(?:our|the)\s+(?:current\s+)?(?:needs|requirements)",
        example="closely match our needs",
    ),
    Entry(
        "this_is_not_the_news",
        ("en",),
        "supporting",
        r"\b(?:this|that)\s+(?:is|was)\s+(?:not|n't)\s+the\s+(?:news|outcome)\s+you\b|\bdisappointing\b",
        example="this is not the news you",
    ),
    Entry(
        "difficult_decision",
        ("en",),
        "supporting",
        r"\b(?:difficult|tough|hard)\s+decision\b|\bcompetitive\s+(?:pool|process|field)\b",
        example="difficult decision",
    ),
    Entry(
        "leider",
        ("en",),
        "supporting",
        r"\bleider\b",
        example="leider",
    ),
    Entry(
        "wünschen_ihnen_erfolg",
        ("de",),
        "supporting",
        r"\bwünschen\s+ihnen\b.{0,60}\b(?:erfolg|alles\s+gute)",
        example="wünschen ihnen erfolg",
    ),
    Entry(
        "lamentablemente",
        ("fr",),
        "supporting",
        r"\b(?:lamentablemente|desafortunadamente|infelizmente|purtroppo)\b",
        example="lamentablemente",
    ),
    Entry(
        "talent_pool",
        ("en",),
        "supporting",
        r"\b(?:talent\s+pool|banco\s+de\s+talentos)\b",
        example="talent pool",
    ),
    Entry(
        "te_deseamos_éxito",
        ("pt",),
        "supporting",
        r"\bte\s+deseamos\b.{0,40}\b(?:éxito|suerte)",
        example="te deseamos éxito",
    ),
    Entry(
        "malheureusement",
        ("fr",),
        "supporting",
        r"\bmalheureusement\b",
        example="malheureusement",
    ),
    Entry(
        "nous_vous_souhaitons_succès",
        ("fr",),
        "supporting",
        r"\b(?:nous\s+vous\s+souhaitons|bonne\s+continuation)\b.{0,60}\b(?:succès|chance|continuation|réussite)",
        example="nous vous souhaitons succès",
    ),
    # the candidate's profile does not match what the role needs (issue 12, sixth batch)
    Entry(
        "not_the_right_match_en",
        ("en",),
        "strong",
        r"\b(?:you(?:'re|\s+are)|your\s+(?:profile|background|experience)\s+(?:is|was))\s+not\s+(?:quite\s+)?(?:the\s+|a\s+)?(?:right|best|strong\s+enough|close\s+enough)\s+(?:match|fit)\b",
        example="you're not the right match",
    ),
    Entry(
        "profil_ne_correspond_pas_fr",
        ("fr",),
        "strong",
        r"\b(?:votre|ton)\s+(?:profil|parcours|expérience)\s+ne\s+(?:correspond|répond|convient)\s+pas\b|\bne\s+correspond\s+pas\s+(?:tout\s+à\s+fait\s+|entièrement\s+|pleinement\s+)?à\s+ce\s+que\s+nous\s+recherchons\b",
        example="votre profil ne correspond pas",
    ),
    Entry(
        "no_encaja_con_lo_que_buscamos_es",
        ("es",),
        "strong",
        r"\b(?:su|tu)\s+(?:perfil|experiencia)\s+no\s+(?:corresponde|se\s+adecúa|coincide)\b|\bno\s+(?:encaja|se\s+ajusta)\s+(?:del\s+todo\s+|completamente\s+|totalmente\s+)?(?:con|a)\s+lo\s+que\s+(?:buscamos|estamos\s+buscando)\b",
        example="no encaja del todo con lo que buscamos",
    ),
    Entry(
        "profil_passt_nicht_de",
        ("de",),
        "strong",
        (
            r"\b(?:ihr|dein)\s+(?:profil|werdegang|hintergrund)\s+(?:passt|entspricht)\s+(?:\w+\s+){0,3}?(?:nicht|kaum)\b|"
            r"\b(?:passt|entspricht)\s+(?:ihr|dein)\s+(?:profil|werdegang|hintergrund)\s+(?:\w+\s+){0,3}?(?:nicht|kaum)\b|"
            # the du-form said of the role: "für diese Rolle passt es leider nicht ganz",
            # "passt leider nicht ganz zu unseren Anforderungen" (not a date that does not suit)
            r"\bfür\s+(?:diese|die|unsere)\s+(?:rolle|stelle|position|vakanz)\s+passt\s+(?:es|das|ihr\s+profil|dein\s+profil)\s+"
            r"(?:\w+\s+){0,3}?nicht\b|\bpasst\s+(?:\w+\s+){0,4}?nicht\s+(?:ganz\s+|ausreichend\s+)?(?:zu|auf)\s+(?:der|die|"
            r"unserer|unseren|dieser|diese)\s+(?:stelle|rolle|position|anforderungen|anforderungsprofil|vakanz)"
        ),
        example="ihr profil passt leider nicht",
    ),
    Entry(
        "profilo_non_corrisponde_it",
        ("it",),
        "strong",
        r"\b(?:tuo|suo)\s+(?:profilo|percorso)\s+non\s+(?:corrisponde|rispecchia|è\s+in\s+linea|è\s+(?:del\s+tutto\s+|pienamente\s+)?(?:adatto|allineato|coerente))",
        example="il tuo profilo non corrisponde",
    ),
    Entry(
        "perfil_nao_corresponde_pt",
        ("pt",),
        "strong",
        r"\b(?:seu|teu)\s+(?:perfil|currículo)\s+não\s+(?:corresponde|se\s+encaixa|está\s+(?:totalmente\s+)?alinhado|se\s+adequa|atende)\b",
        example="seu perfil não corresponde",
    ),
    Entry(
        "profiel_past_niet_nl",
        ("nl",),
        "strong",
        r"\b(?:je|jouw|uw)\s+(?:profiel|cv|achtergrond)\s+(?:past|sluit)\s+(?:helaas\s+)?(?:niet|onvoldoende)\b",
        example="je profiel past niet",
    ),
    # other candidates fit better
    Entry(
        "andere_kandidaten_passen_besser_de",
        ("de",),
        "strong",
        r"\bandere\s+(?:kandidat|bewerber)\w*\s+(?:passen|passten|entsprechen|entsprachen)\s+(?:\w+\s+)?besser\b",
        example="andere Kandidaten passen besser",
    ),
    Entry(
        "autres_candidats_correspondent_mieux_fr",
        ("fr",),
        "strong",
        r"\bd'autres\s+(?:candidats|candidatures|profils)\s+(?:correspondent|correspondaient|répondent|répondaient)\s+(?:davantage|mieux|plus)\b",
        example="d'autres candidats correspondent davantage",
    ),
    Entry(
        "otros_candidatos_encajan_mejor_es",
        ("es",),
        "strong",
        r"\botr[oa]s\s+(?:candidat[oa]s|perfiles)\s+(?:encajan|encajaban|se\s+ajustan|se\s+ajustaban)\s+mejor\b",
        example="otros candidatos encajan mejor",
    ),
    Entry(
        "altri_candidati_piu_in_linea_it",
        ("it",),
        "strong",
        r"\baltri\s+(?:candidati|profili)\s+(?:erano|sono|risultano|risultavano)\s+più\s+(?:in\s+linea|adatti|vicini|allineati)\b",
        example="altri candidati erano più in linea",
    ),
    Entry(
        "outros_candidatos_mais_alinhados_pt",
        ("pt",),
        "strong",
        r"\boutros\s+(?:candidatos|perfis)\s+(?:mais\s+(?:alinhados|aderentes|adequados)|(?:se\s+)?encaixa(?:m|vam)\s+melhor)\b",
        example="outros candidatos mais alinhados",
    ),
    Entry(
        "andere_kandidaten_sluiten_beter_aan_nl",
        ("nl",),
        "strong",
        r"\bandere\s+kandidaten\s+(?:sluiten|sloten|passen|pasten)\s+beter\b",
        example="andere kandidaten sluiten beter aan",
    ),
    # not taking the application further
    Entry(
        "not_taking_your_application_further_en",
        ("en",),
        "strong",
        r"\b(?:won't|will\s+not|not)\s+be\s+taking\s+(?:yours|your\s+(?:application|candidacy|cv|resume|profile))\s+(?:any\s+)?further\b|\bnot\s+(?:to\s+)?take\s+your\s+(?:application|candidacy)\s+(?:any\s+)?further\b",
        example="we won't be taking yours further",
    ),
    Entry(
        "ne_pas_donner_suite_candidature_fr",
        ("fr",),
        "strong",
        r"\bne\s+pas\s+(?:donner\s+(?:de\s+)?suite|poursuivre|retenir)\s+(?:à\s+)?(?:votre|ta)\s+candidature\b|"
        r"\bne\s+(?:donnerons|donnerions|pourrons\s+donner|pouvons\s+donner)\s+pas\s+(?:de\s+)?suite\s+(?:favorable\s+)?"
        r"à\s+(?:votre|ta)\s+candidature\b|\bn'(?:avons|ont)\s+pas\s+retenu\s+(?:votre|ta)\s+candidature\b",
        example="ne pas donner suite à votre candidature",
    ),
    Entry(
        "no_poder_seguir_adelante_contigo_es",
        ("es",),
        "strong",
        r"\bno\s+(?:poder|podemos|podremos|vamos\s+a)\s+(?:seguir|avanzar|continuar)\s+(?:adelante\s+)?(?:contigo|con\s+usted)\b",
        example="no poder seguir adelante contigo",
    ),
    # a negated invitation: no interview for the candidate
    Entry(
        "not_invite_you_to_interview_en",
        ("en",),
        "strong",
        r"\b(?:won't|will\s+not|are\s+not\s+going\s+to|aren't\s+going\s+to|not\s+to|unable\s+to|cannot|can't)\s+invite\s+you\s+(?:in\s+)?(?:to|for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:interview|conversation|next\s+round)\b",
        example="we will not invite you to an interview",
    ),
    Entry(
        "no_vamos_a_invitarte_a_entrevista_es",
        ("es",),
        "strong",
        r"\bno\s+(?:vamos\s+a|podemos|podremos)\s+(?:invitarte|invitarle|convocarte|convocarle)\s+a\s+(?:una\s+)?(?:\w+\s+)?(?:entrevista|siguiente\s+fase)\b",
        example="no vamos a invitarte a una entrevista",
    ),
    Entry(
        "nicht_zum_gespraech_einladen_de",
        ("de",),
        "strong",
        r"\bnicht\s+zu\s+einem\s+(?:\w+\s+)?(?:vorstellungsgespräch|gespräch|interview)\s+(?:ein(?:zu)?laden|einladen\s+können)\b|\bkeine\s+einladung\s+zu\s+einem\s+(?:\w+\s+)?(?:vorstellungsgespräch|gespräch|interview)\b",
        example="nicht zu einem Vorstellungsgespräch einladen",
    ),
    Entry(
        "pas_vous_inviter_entretien_fr",
        ("fr",),
        "strong",
        r"\b(?:ne\s+(?:pouvons|pourrons|allons|souhaitons)\s+pas|de\s+ne\s+pas|n'allons\s+pas)\s+vous\s+(?:inviter|convier|convoquer|proposer)\s+(?:à\s+|pour\s+)?(?:un|une)\s+(?:\w+\s+)?(?:entretien|rencontre)\b",
        example="nous ne pouvons pas vous convier à un entretien",
    ),
    Entry(
        "non_invitarti_colloquio_it",
        ("it",),
        "strong",
        r"\bnon\s+(?:(?:ti|la|vi)\s+(?:inviteremo|convocheremo|possiamo\s+(?:invitare|convocare))|(?:possiamo\s+)?(?:invitarti|invitarla|convocarti|convocarla))\s+(?:a|per|al)\s+(?:un\s+|il\s+)?(?:\w+\s+)?colloquio\b",
        example="non possiamo invitarti a un colloquio",
    ),
    Entry(
        "nao_convidar_para_entrevista_pt",
        ("pt",),
        "strong",
        r"\bnão\s+(?:vamos|iremos|poderemos|podemos)\s+(?:convidá-l[oa]|convidar\s+você|te\s+convidar|convidar-te|chamá-l[oa])\s+para\s+(?:uma|a)\s+(?:\w+\s+)?entrevista\b",
        example="não vamos convidá-lo para uma entrevista",
    ),
    Entry(
        "niet_uitnodigen_voor_gesprek_nl",
        ("nl",),
        "strong",
        r"\bniet\s+(?:uit\s+te\s+nodigen|uitnodigen)\s+voor\s+(?:een|het)\s+(?:\w+\s+)?(?:gesprek|sollicitatiegesprek|interview|kennismakingsgesprek)\b|\bnodigen\s+(?:je|u)\s+niet\s+uit\b",
        example="besloten je niet uit te nodigen voor een gesprek",
    ),
    # every application closed (the search is over)
    Entry(
        "closed_all_applications_en",
        ("en",),
        "strong",
        r"\b(?:closed|withdrawn|cancell?ed)\s+(?:all|every)\s+(?:open\s+|current\s+)?(?:applications|candidacies)\b",
        example="we have closed all applications",
    ),
    Entry(
        "chiuso_tutte_le_candidature_it",
        ("it",),
        "strong",
        r"\b(?:chiuso|archiviato|annullato)\s+tutte\s+le\s+candidature\b",
        example="abbiamo chiuso tutte le candidature",
    ),
    Entry(
        "cerrado_todas_las_candidaturas_es",
        ("es",),
        "strong",
        r"\b(?:cerrado|archivado|cancelado)\s+todas\s+las\s+(?:candidaturas|solicitudes|postulaciones)\b",
        example="hemos cerrado todas las candidaturas",
    ),
    Entry(
        "encerramos_todas_as_candidaturas_pt",
        ("pt",),
        "strong",
        r"\b(?:encerramos|encerrado|fechamos|fechado|cancelamos|cancelado|arquivamos|arquivado)\s+todas\s+as\s+candidaturas\b",
        example="encerramos todas as candidaturas",
    ),
    Entry(
        "cloture_toutes_les_candidatures_fr",
        ("fr",),
        "strong",
        r"\b(?:clôturé|fermé|clos|annulé)\s+(?:l'ensemble\s+des|toutes\s+les)\s+candidatures\b",
        example="nous avons clôturé toutes les candidatures",
    ),
    Entry(
        "alle_bewerbungen_geschlossen_de",
        ("de",),
        "strong",
        r"\balle\s+(?:laufenden\s+|offenen\s+)?(?:bewerbungen|bewerbungsverfahren|kandidaturen)\s+(?:geschlossen|abgeschlossen|beendet|storniert)\b",
        example="alle laufenden Bewerbungsverfahren beendet",
    ),
    Entry(
        "alle_sollicitaties_gesloten_nl",
        ("nl",),
        "strong",
        r"\balle\s+(?:lopende\s+)?sollicitaties\s+(?:gesloten|afgesloten|stopgezet|geannuleerd|beëindigd)\b",
        example="alle sollicitaties afgesloten",
    ),
    # the search is frozen or suspended (with a closing or a regret it is a rejection)
    Entry(
        "search_frozen_en",
        ("en",),
        "supporting",
        r"\b(?:search|recruitment|recruiting|hiring|requisition)\b.{0,60}?\b(?:is|has\s+been|was|been)\s+(?:frozen|suspended|cancell?ed)\b",
        example="the search has been frozen",
    ),
    Entry(
        "ricerca_sospesa_it",
        ("it",),
        "supporting",
        r"\b(?:ricerca|selezione|processo\s+di\s+selezione|posizione)\b.{0,60}?\b(?:è\s+stat[ao]|viene|resta)\s+(?:sospes[ao]|congelat[ao]|annullat[ao]|bloccat[ao])\b",
        example="la ricerca è stata sospesa",
    ),
    Entry(
        "proceso_congelado_es",
        ("es",),
        "supporting",
        r"\b(?:proceso|búsqueda|vacante|contratación|selección)\b.{0,60}?\b(?:ha\s+quedado|ha\s+sido|queda|está)\s+(?:congelad[oa]|suspendid[oa]|cancelad[oa]|paralizad[oa])\b",
        example="el proceso ha quedado congelado",
    ),
    Entry(
        "processo_congelado_pt",
        ("pt",),
        "supporting",
        r"\b(?:processo|vaga|contratação|recrutamento)\b.{0,60}?\b(?:foi|está|ficou)\s+(?:congelad[oa]|suspens[oa]|cancelad[oa])\b",
        example="a vaga foi congelada",
    ),
    Entry(
        "recrutement_gele_fr",
        ("fr",),
        "supporting",
        r"\b(?:recrutement|processus|poste)\b.{0,60}?\b(?:a\s+été|est)\s+(?:gelé|suspendu|annulé)\b",
        example="le recrutement a été gelé",
    ),
    Entry(
        "stelle_eingefroren_de",
        ("de",),
        "supporting",
        r"\b(?:stelle|besetzung|auswahlverfahren|rekrutierung|stellenbesetzung)\b.{0,60}?\b(?:wurde|ist|wird)\s+(?:vorerst\s+|vorläufig\s+)?(?:eingefroren|gestoppt|ausgesetzt|storniert|gestrichen)\b",
        example="die Besetzung der Stelle wurde eingefroren",
    ),
    Entry(
        "vacature_bevroren_nl",
        ("nl",),
        "supporting",
        r"\b(?:vacature|werving|procedure|selectieprocedure|sollicitatieprocedure|wervingsprocedure)\b.{0,60}?\b(?:is|wordt)\s+"
        r"(?:tijdelijk\s+)?(?:bevroren|stopgezet|opgeschort|geannuleerd)\b",
        example="de vacature is bevroren",
    ),
    # wishing the candidate well for the search (only with a decision it is a rejection)
    Entry(
        "ti_auguriamo_successo_it",
        ("it",),
        "supporting",
        r"\b(?:ti|le|vi)\s+auguriamo\b.{0,60}?\b(?:successo|il\s+meglio|buona\s+fortuna|in\s+bocca\s+al\s+lupo)\b",
        example="ti auguriamo il meglio",
    ),
    Entry(
        "desejamos_sucesso_pt",
        ("pt",),
        "supporting",
        r"\b(?:te\s+|lhe\s+)?desejamos\b.{0,60}?\b(?:sucesso|boa\s+sorte|tudo\s+de\s+bom)\b",
        example="desejamos muito sucesso",
    ),
    # ------------------------------------------------------------------ the vacancy is filled
    # The family "the <position> (you applied for / as X) has now been filled" in every
    # language, with the role's name or an adverb between the noun and the verb (one clause).
    Entry(
        "vacancy_filled_en",
        ("en",),
        "self_evident",
        (
            r"\b(?:position|role|vacancy|opening|job)\b[^.!?\n]{0,80}?\b(?:has|have|had|is|was)\s+"
            r"(?:now\s+|already\s+|since\s+|just\s+|recently\s+)?(?:been\s+)?filled\b(?!\s+(?:in|out)\b)|"
            r"\b(?:decided|chosen|opted|going)\s+to\s+fill\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,5}?"
            r"(?:role|position|vacancy|opening)\s+internally\b|\bfilled\s+internally\b"
        ),
        example="the position you applied for has now been filled",
    ),
    Entry(
        "vacancy_filled_de",
        ("de",),
        "self_evident",
        (
            r"\b(?:stelle|position|vakanz)\b[^.!?\n]{0,80}?(?<!nicht\s)\b(?:(?:inzwischen|bereits|schon|"
            r"mittlerweile|anderweitig|zwischenzeitlich|intern|extern|nun)\s+)*(?:nach)?(?:besetzt|vergeben)\s+"
            r"(?:wurde|worden|ist|werden\s+konnte)|"
            r"\b(?:stelle|position|vakanz)\b[^.!?\n]{0,80}?\b(?:ist|wurde|sind|wurden)\s+(?:jetzt\s+|nun\s+|leider\s+)?"
            r"(?:inzwischen\s+|bereits\s+|schon\s+|mittlerweile\s+|anderweitig\s+|zwischenzeitlich\s+|intern\s+|extern\s+)+"
            r"(?:nach)?(?:besetzt|vergeben)\b|"
            r"\b(?:haben|hat)\s+(?:die|diese|unsere)\s+(?:stelle|position|vakanz)\s+(?:[\w-]+\s+){0,3}?(?:inzwischen\s+|"
            r"bereits\s+|schon\s+|mittlerweile\s+|anderweitig\s+|intern\s+)+(?:nach)?(?:besetzt|vergeben)\b"
        ),
        example="die Stelle als Disponent inzwischen besetzt wurde",
    ),
    Entry(
        "vacancy_filled_fr",
        ("fr",),
        "self_evident",
        (
            r"\b(?:poste|offre)\b[^.!?\n]{0,80}?\b(?:a|est)\s+(?:déjà\s+|désormais\s+|finalement\s+)?(?:été\s+)?"
            r"(?:pourvue?|attribuée?|comblée?)\b|\bposte\b[^.!?\n]{0,60}?\bn'est\s+plus\s+à\s+pourvoir\b"
        ),
        example="le poste de Contrôleur de gestion a été pourvu",
    ),
    Entry(
        "vacancy_filled_es",
        ("es",),
        "self_evident",
        (
            # a role's name between may hold an abbreviation's dot ("Desarrollador Backend Sr.")
            r"\b(?:vacante|puesto|posición|plaza|búsqueda)\b(?:\b(?:sr|ssr|jr|sra|dr|lic|ing)\.|[^.!?\n]){0,80}?\b"
            r"(?:(?:ya\s+)?(?:ha|había)\s+(?:sido\s+)?"
            r"|ya\s+(?:está|fue)\s+|se\s+ha\s+|(?:ya\s+)?(?:fue|quedó|ha\s+quedado)\s+)(?:(?:ya|finalmente|recientemente|"
            r"definitivamente)\s+)?(?:cubiert[oa]|ocupad[oa])\b|"
            r"\b(?:vacante|puesto|posición|plaza|búsqueda)\b[^.!?\n]{0,60}?\bse\s+(?:ha\s+)?(?:cubierto|cubrió|ocupado|ocupó)\b"
        ),
        example="la vacante ya ha sido cubierta",
    ),
    Entry(
        "vacancy_filled_it",
        ("it",),
        "self_evident",
        (
            # an adverb may stand on either side of "stata" ("è stata nel frattempo coperta")
            r"\b(?:posizione|ruolo|posto)\b[^.!?\n]{0,80}?\b(?:è|e'|sia)\s+(?:(?:già|ormai|nel\s+frattempo|purtroppo|infine|"
            r"recentemente)\s+)*stat[oa]\s+(?:(?:già|ormai|nel\s+frattempo|purtroppo|infine|recentemente)\s+)*(?:copert[oa]|"
            r"ricopert[oa]|assegnat[oa])\b|\bchiuso\s+(?:la\s+)?selezione\s+per\s+tutti"
        ),
        example="la posizione è stata coperta",
    ),
    Entry(
        "vacancy_filled_pt",
        ("pt",),
        "self_evident",
        (
            r"\b(?:vaga|posição|cargo|função)\b[^.!?\n]{0,80}?\b(?:já\s+)?(?:foi|está|esteja|tenha\s+sido)\s+"
            r"(?:já\s+)?(?:preenchid[ao]|ocupad[ao]|fechad[ao]|encerrad[ao])\b"
        ),
        example="a vaga de Product Designer já foi preenchida",
    ),
    Entry(
        "vacancy_filled_nl",
        ("nl",),
        "self_evident",
        (
            r"\b(?:vacature|functie|positie)\b[^.!?\n]{0,80}?\b(?:(?:is|werd|zijn)\s+(?:inmiddels\s+|ondertussen\s+|intussen\s+|al\s+|nu\s+|helaas\s+|intern\s+|"
            r"reeds\s+)*(?:ingevuld|vervuld|vergeven)|(?:ingevuld|vervuld|vergeven)\s+(?:is|werd)\b)"
        ),
        example="de vacature inmiddels is ingevuld",
    ),
    # ------------------------------------------------------------------ going on with others
    # "we have decided to continue (the process) with other candidates / not to go on with
    # your application", in every language
    Entry(
        "continue_with_others_it",
        ("it",),
        "strong",
        (
            r"\b(?:proseguire|procedere|continuare)\s+(?:il\s+(?:processo|percorso)\s+|la\s+selezione\s+)?"
            r"con\s+altri\s+(?:candidati|profili)|\bnon\s+(?:siamo\s+in\s+grado\s+di|possiamo|potremo)\s+"
            r"dare\s+seguito\s+alla\s+(?:sua|tua)\s+candidatura"
        ),
        example="proseguire il processo con altri candidati",
    ),
    Entry(
        "continue_with_others_nl",
        ("nl",),
        "strong",
        (
            r"\b(?:verder\s+(?:te\s+)?gaan|door\s+(?:te\s+)?gaan)\s+met\s+(?:een\s+)?andere\s+kandida|"
            r"\bkiezen\s+voor\s+(?:een\s+)?andere\s+kandida"
        ),
        example="verder te gaan met andere kandidaten",
    ),
    Entry(
        "continue_with_others_fr",
        ("fr",),
        "strong",
        (
            r"\b(?:choisi|décidé|préféré)\s+de\s+poursuivre\s+(?:le\s+processus\s+|notre\s+processus\s+|"
            r"la\s+procédure\s+)?avec\s+(?:d'autres|des)\s+(?:candidat|profil)"
        ),
        example="choisi de poursuivre le processus avec des profils",
    ),
    Entry(
        "not_taking_it_further_en",
        ("en",),
        "strong",
        (
            r"\b(?:won't|will\s+not|aren't|are\s+not|not)\s+(?:be\s+)?(?:taking|take)\s+(?:things|this|"
            r"your\s+(?:application|candidacy))\s+(?:any\s+)?further\b"
        ),
        example="we won't be taking things further",
    ),
    Entry(
        "not_quite_the_right_fit_en",
        ("en",),
        "supporting",
        r"\b(?:not|isn't|wasn't)\s+(?:quite\s+)?(?:the\s+|a\s+)?(?:right|best|strong)\s+(?:enough\s+)?(?:fit|match)\b",
        example="not quite the right fit",
    ),
    Entry(
        "no_longer_available_taken_further",
        ("en",),
        "strong",
        r"\b(?:will\s+not|won't)\s+be\s+(?:taken|progressed|moved)\s+(?:any\s+)?further",
        example="will not be taken further",
    ),
    Entry(
        "isnt_quite_the_fit",
        ("en",),
        "strong",
        r"\b(?:isn't|is\s+not|wasn't|was\s+not|aren't|are\s+not)\s+(?:quite\s+)?(?:the|a)\s+(?:right\s+|best\s+)?fit\s+(?:we|for)",
        example="isn't quite the fit we need",
    ),
    Entry(
        "going_to_pass",
        ("en",),
        "strong",
        r"\b(?:we're|we\s+are|we've\s+decided\s+to|we\s+have\s+decided\s+to)\s+(?:going\s+to\s+)?pass\b(?!\s+(?:it|this|you)\s+(?:on|along))",
        example="we're going to pass",
    ),
    Entry(
        "non_proseguire_candidatura_it",
        ("it",),
        "strong",
        r"\bnon\s+(?:possiamo|potremo|andremo\s+avanti|procederemo)\s+(?:proseguire\s+|procedere\s+)?con\s+la\s+(?:tua|sua)\s+candidatura",
        example="non possiamo proseguire con la tua candidatura",
    ),
    Entry(
        "niet_mee_volgende_ronde_nl",
        ("nl",),
        "strong",
        r"\b(?:je|jou|u)\s+niet\s+mee\s+te\s+nemen\s+naar\s+de\s+volgende\s+(?:ronde|fase|stap)",
        example="je niet mee te nemen naar de volgende ronde",
    ),
    Entry(
        "andere_kandidaten_beter_aansluiten_nl",
        ("nl",),
        "strong",
        r"\bandere\s+kandidat(?:en|e)\s+(?:hebben\s+)?(?:gevonden|gekozen)\s+die\s+(?:nog\s+)?beter\s+(?:aansluiten|aansluit|passen|past)",
        example="andere kandidaten gevonden die beter aansluiten",
    ),
    Entry(
        "candidats_correspondent_mieux_fr",
        ("fr",),
        "strong",
        r"\bd'autres\s+candidat(?:e)?s\s+(?:dont\s+le\s+profil\s+)?correspond(?:ent|ait)?\s+(?:davantage|mieux|plus)",
        example="d'autres candidats correspondent davantage",
    ),
    Entry(
        "andere_bewerber_besser_de",
        ("de",),
        "strong",
        r"\b(?:andere|einen\s+anderen)\s+(?:bewerber(?:innen)?|kandidat(?:en|innen)?)\b[^.]{0,40}?\b(?:besser|eher)\s+(?:passen|passt|entsprechen|entspricht)",
        example="andere bewerber entschieden, die besser passen",
    ),
    Entry(
        "otros_candidatos_se_ajustan_mejor_es_pt_it",
        ("es", "pt", "it"),
        "strong",
        r"\b(?:otros|outros|altri)\s+candidat[oi]s?\s+(?:cuyo\s+perfil\s+|cujo\s+perfil\s+|il\s+cui\s+profilo\s+)?(?:se\s+ajustan?|se\s+adequam?|si\s+adattano|encaixam?|rispondono)\s+(?:mejor|melhor|meglio)",
        example="otros candidatos se ajustan mejor",
    ),
    # ------------------------------------------------------------------ another person chosen
    # (a) "we chose / went with / offered the role to ANOTHER person", any tense and order
    Entry(
        "chose_another_person_en",
        ("en",),
        "self_evident",
        (
            r"\b(?:appointed\s+(?:someone|somebody)\b|(?:chose|chosen|selected|hired|appointed)\s+"
            + _ANOTHER_EN
            + r"|(?:chose|chosen|choose|selected|"
            r"decided|opted|elected|settled|go|going|gone|went|move[ds]?|moving|proceed\w*|progress\w*|continu\w*|"
            r"offer(?:ed|ing)?|extend(?:ed|ing)?|pursu\w*|award\w*|given|gave|accepted)\b"
            + _GAP
            + r"\b(?:with|for|to|on|by)\s+"
            + _ANOTHER_EN
            + ")"
        ),
        example="we chose to offer the Estimator role to another applicant",
    ),
    Entry(
        "chose_another_person_es",
        ("es",),
        "self_evident",
        (
            r"\b(?:optado|optamos|decidido|decidimos|elegido|elegimos|escogido|escogimos|seleccionado|seleccionamos|"
            r"decantado|decantamos|inclinado|avanzar|avanzaremos|avanzamos|seguir|seguiremos|seguimos|continuar|"
            r"continuaremos|continuamos|ofrecer|ofrecido|ofrecimos|cubrir|cubierto|contratado|contratar|apostado|"
            r"proseguir|quedarnos|quedado|nos\s+quedamos|nos\s+quedaremos|elegida|elegido|decidieron|eligieron|"
            r"optaron|prefirieron|preferimos|inclinamos|decantamos|adjudicado|adjudicada|adjudicamos|asignado|asignada|"
            r"asignamos|otorgado|incorporado|incorporamos|oferta|propuesta|ofrecida|ofertado|ofertada)\b"
            + _GAP
            + r"\b(?:con|por|a|en)\s+"
            + _ANOTHER_ES
            + r"|\bincorporaci[óo]n\s+de\s+"
            + _ANOTHER_ES
        ),
        example="hemos optado por seguir con otra persona",
    ),
    Entry(
        "chose_another_person_pt",
        ("pt",),
        "self_evident",
        (
            r"\b(?:(?:escolhemos|selecionamos|contratamos|escolhido|selecionado|contratado)\s+"
            + _ANOTHER_PT
            + "|"
            r"(?:optamos|optámos|optado|decidimos|decidido|escolhemos|escolhido|selecionamos|selecionado|seguir|seguiremos|"
            r"seguimos|prosseguir|prosseguiremos|avançar|avançaremos|avançamos|continuar|continuaremos|oferecer|"
            r"oferecemos|oferecido|oferecida|oferta|proposta|preencher|contratamos|contratar|fechamos|fechar|apostar|"
            r"preferência)\b" + _GAP + r"\b(?:com|por|a|para|em)\s+" + _ANOTHER_PT + ")"
        ),
        example="decidimos seguir com outra pessoa",
    ),
    Entry(
        "chose_another_person_de",
        ("de",),
        "self_evident",
        (
            r"\b(?:(?:entschieden|entscheiden|entschlossen|beschlossen|gewählt|ausgewählt|weiterzumachen|weitermachen|fortfahren|"
            r"fortzufahren|angeboten|anbieten)\b"
            + _GAP
            + r"\b(?:für|mit|an)\s+"
            + _ANOTHER_DE
            + "|"
            r"(?:für|mit|an)\s+"
            + _ANOTHER_DE
            + _GAP
            + r"\b(?:entschieden|(?:zu\s+)?besetzen|besetzt|vergeben|"
            r"weiterzumachen|fortzufahren|angeboten|eingestellt|ausgewählt)\b|"
            + _ANOTHER_DE
            + r"\s+(?:den\s+vorzug|die\s+zusage)|für\s+(?:eine[nr]?|die|den)\s+(?:bewerber|kandidat)\w*\s+entschieden|"
            # the role offered to another in the dative: "die Stelle einer anderen Kandidatin angeboten"
            r"(?:einer|einem)\s+(?:anderen|internen|externen|weiteren)\s+(?:bewerber\w*|kandidat\w*|person)\b"
            + _GAP
            + r"\b(?:angeboten|angebot|zusage|zugesagt|den\s+vorzug))"
        ),
        example="die Stelle mit einer internen Kollegin zu besetzen",
    ),
    Entry(
        "chose_another_person_fr",
        ("fr",),
        "self_evident",
        (
            r"\b(?:choisi|choisir|retenu|retenir|sélectionné|opté|préféré|décidé|poursuivre|poursuivons|continuer|"
            r"continuons|avancer|avançons|proposé|proposer|confié|confier|attribué|attribuer|recruté|embauché|orientés?|"
            r"privilégié|privilégier|choix|opter|préférer)\b"
            + _GAP
            + r"(?:\b(?:avec|pour|à|sur|d')\s*)?"
            + _ANOTHER_FR
        ),
        example="nous avons choisi de poursuivre avec un autre candidat",
    ),
    Entry(
        "chose_another_person_it",
        ("it",),
        "self_evident",
        (
            r"\b(?:scelto|scegliere|deciso|optato|selezionato|preferito|proseguire|procedere|continuare|avanti|offrire|"
            r"offerto|assegnato|assegnare|affidato|affidare|assunto|puntare|puntato|orientat[oi]|individuato|individuando|scegliendo|selezionando|assumendo|privilegiato|privilegiare)\b"
            + _GAP
            + r"(?:\b(?:con|a|su|per|verso)\s+)?"
            + _ANOTHER_IT
        ),
        example="abbiamo scelto di proseguire con un altro candidato",
    ),
    Entry(
        "chose_another_person_nl",
        ("nl",),
        "self_evident",
        (
            r"\b(?:(?:gekozen|kiezen|kozen|besloten|beslist|geselecteerd|verder|aangenomen|aangeboden|aanbieden|voorkeur|"
            r"vullen|ingevuld|invullen|doorgaan|verdergaan|gegund|gunnen)\b"
            + _GAP
            + r"\b(?:voor|met|aan)\s+"
            + _ANOTHER_NL
            + r"|(?:voor|met|aan)\s+"
            + _ANOTHER_NL
            + _GAP
            + r"\b(?:gekozen|geselecteerd|gegeven|geven|aangenomen|ingevuld|invullen|aangeboden|aanbieden|gegund)\b|"
            + _ANOTHER_NL
            + r"\s+(?:aangenomen|geselecteerd|gekozen))"
        ),
        example="besloten de rol aan iemand anders te geven",
    ),
    # ------------------------------------------------------------------ process cancelled
    # (g) the employer cancels the whole selection process or withdraws the position (a
    # pause or hold is not a decision and stays out), in every language
    Entry(
        "selection_process_cancelled",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:decided|had|have|need(?:ed)?|forced|made\s+the\s+(?:difficult\s+|hard\s+)?decision)\s+to\s+"
            r"(?:cancel|withdraw|discontinue|close\s+down)\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,4}?(?:recruitment|"
            r"recruiting|hiring|selection|search|process|role|position|vacancy|opening|requisition)|"
            r"(?:recruitment|hiring|selection|search)\s+(?:process\s+)?[^.!?\n]{0,60}?\b(?:has\s+been|was|is\s+being)\s+"
            r"(?:cancell?ed|withdrawn|discontinued|called\s+off)|"
            r"(?:decidido|decidimos|tenido\s+que|tuvimos\s+que|obligados\s+a|optado\s+por)\s+(?:\w+\s+){0,2}?"
            r"(?:cancelar|anular|cerrar|suspender\s+definitivamente)\s+(?:el|este|nuestro|la|esta)\s+(?:proceso|búsqueda|"
            r"vacante|convocatoria)|(?:proceso|búsqueda|vacante|convocatoria)\b[^.!?\n]{0,60}?\b(?:ha\s+sido|fue|se\s+ha)\s+"
            r"(?:cancelad[oa]|anulad[oa])|"
            r"(?:decidimos|decidido|tivemos\s+que|optamos\s+por)\s+(?:\w+\s+){0,2}?(?:cancelar|encerrar|anular)\s+"
            r"(?:o|este|nosso|a|esta)\s+(?:processo|vaga|recrutamento|seleção)|(?:processo|vaga|seleção|recrutamento)\b"
            r"[^.!?\n]{0,60}?\b(?:foi|está)\s+(?:cancelad[oa]|anulad[oa])|"
            r"(?:(?:auswahl|bewerbungs|besetzungs|rekrutierungs|recruiting)(?:verfahren|prozess)|ausschreibung|stelle)\b"
            r"[^.!?\n]{0,60}?\b(?:abgebrochen|gestoppt|zurückgezogen|storniert|annulliert|aufgehoben|gestrichen)\b|"
            r"(?:auswahl|bewerbungs|besetzungs)(?:verfahren|prozess)\b[^.!?\n]{0,40}?\beingestellt\b|"
            r"(?:décidé|dû|contraints?|obligés?)\s+(?:d'|de\s+)?(?:annuler|clôturer|arrêter|abandonner)\s+(?:le|ce|notre)\s+"
            r"(?:processus|recrutement)|(?:processus|recrutement|poste)\b[^.!?\n]{0,60}?\b(?:a|est)\s+été\s+"
            r"(?:annulée?|supprimée?|abandonnée?)|"
            r"(?:deciso|dovuto|costretti)\s+(?:di\s+)?(?:annullare|chiudere|interrompere|cancellare)\s+(?:il|la|questo|"
            r"questa)\s+(?:processo|selezione|ricerca|posizione)|(?:processo|selezione|ricerca|posizione)\b[^.!?\n]{0,60}?"
            r"\b(?:è|e')\s+stat[oa]\s+(?:annullat[oa]|cancellat[oa]|interrott[oa])|"
            r"(?:besloten|moeten|genoodzaakt)\s+(?:om\s+)?(?:de|deze|onze)\s+(?:vacature|procedure|sollicitatieprocedure|"
            r"selectieprocedure|wervingsprocedure|werving)\s+(?:in\s+te\s+trekken|stop\s+te\s+zetten|te\s+annuleren|"
            r"af\s+te\s+blazen)|(?:vacature|\w*procedure)\b[^.!?\n]{0,60}?\b(?:is|wordt|werd)\s+(?:helaas\s+|inmiddels\s+|intussen\s+)*(?:ingetrokken|"
            r"geannuleerd|stopgezet))\b"
        ),
        example="hemos decidido cancelar el proceso de selección",
    ),
    # ------------------------------------------------------------------ not among the chosen
    # (h) "only the best-matching candidates go on; you are not among them", in every language
    Entry(
        "not_among_the_chosen",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:you\s+(?:are|were)\s+not|you're\s+not|you\s+weren't|you\s+aren't)\s+(?:among|one\s+of)\s+(?:them\b|"
            r"those\s+(?:selected|chosen|shortlisted|invited)|the\s+(?:selected|chosen|shortlisted|successful)\s+"
            r"(?:candidates|applicants)|the\s+(?:candidates|applicants|people)\s+(?:(?:we\s+(?:have\s+)?|who\s+(?:were|have\s+been|"
            r"will\s+be)\s+)?(?:selected|chosen|shortlisted|invited)))|"
            r"no\s+(?:te\s+encuentras|se\s+encuentra|estás|está|figuras|figura|formas\s+parte|forma\s+parte)\s+(?:entre|de)\s+"
            r"(?:ell[oa]s|l[oa]s\s+(?:candidat[oa]s|personas|perfiles)\s+(?:seleccionad|preseleccionad|elegid|finalistas))|"
            r"não\s+(?:está|estás|esteve|se\s+encontra|faz\s+parte|fez\s+parte|ficou)\s+entre\s+(?:eles|elas|os\s+"
            r"(?:candidat[oa]s|perfis)\s+(?:selecionad|pré-?selecionad|escolhid|aprovad))|"
            r"(?:gehören|gehörst|zählen|zählst)\s+(?:sie|du)\s+(?:leider\s+|jedoch\s+|diesmal\s+)*nicht\s+(?:zu|unter)\s+"
            r"(?:diesen|den|ihnen|dem\s+kreis)|"
            r"ne\s+(?:faites|fais|figurez|figures|faisiez|figuriez)\s+pas\s+(?:partie\s+)?(?:des|parmi\s+les)\s+(?:candidat\w*|"
            r"profils|personnes)\s+(?:retenu|sélectionn|présélectionn|choisi)|"
            r"non\s+(?:rientra|rientri|è|sei|figura|figuri|fa|fai)\s+(?:parte\s+)?(?:tra|fra|dei|delle)\s+(?:i\s+|le\s+)?"
            r"(?:candidat\w*|profili|persone)\s+(?:selezionat|scelt|ammess|preselezionat)|"
            r"(?:(?:behoort|behoor|hoort|hoor)\s+(?:u|je|jij)|(?:u|je|jij)\s+(?:behoort|hoort))\s+(?:helaas\s+|echter\s+|"
            r"dit\s+keer\s+|daar\s+)*niet\s+(?:tot|bij)\s+(?:deze|de|die)\b|"
            # the subordinate clause's order: "dat u niet tot de kandidaten behoort", "dass Sie nicht zu den
            # Kandidaten gehören"
            r"niet\s+(?:tot|bij)\s+de\s+(?:kandidaten|sollicitanten|geselecteerde\w*|genodigden)\s+(?:behoort|behoor|hoort|"
            r"hoor|behoorde|behoren)|nicht\s+(?:zu|unter)\s+den\s+(?:bewerber\w*|kandidat\w*|ausgewählten|eingeladenen)\s+"
            r"(?:gehören|gehörst|zählen|zählst|gehört|zählt))"
        ),
        example="Helaas behoort u niet tot deze kandidaten",
    ),
    # not through to the next round or stage (en, de, fr, it, pt; es and nl have theirs)
    Entry(
        "not_through_to_next_stage",
        ("en", "de", "fr", "it", "pt"),
        "strong",
        (
            r"\b(?:(?:not|n't)\s+(?:been\s+)?(?:progress(?:ed|ing)|advanc(?:ed|ing)|mov(?:ed|ing)|made\s+it|got(?:ten)?\s+through|"
            r"pass(?:ed)?)\s+(?:on\s+)?(?:to|through)\s+(?:the\s+)?(?:next|following|final)\s+(?:round|stage|step|phase)|nicht\s+"
            r"(?:in\s+die|für\s+die|zur)\s+(?:nächste|zweite|finale|weitere)\s+(?:runde|stufe|phase|auswahlrunde|gesprächsrunde)\s+"
            r"(?:gekommen|eingeladen|berücksichtigt|weiterkommen|kommen|aufgenommen)|pas\s+été\s+(?:sélectionnée?|retenue?)\s+pour\s+"
            r"(?:la\s+suite|l'étape\s+suivante|la\s+prochaine\s+étape|le\s+prochain\s+tour)|non\s+(?:hai|ha|avete)\s+(?:purtroppo\s+)?"
            r"superato\s+(?:la\s+|il\s+|lo\s+)?(?:fase|selezione|step|colloquio|prova)|não\s+(?:foi|foste)\s+(?:aprovad[oa]|"
            r"selecionad[oa]|classificad[oa])\s+(?:nesta|para\s+a\s+próxima|na)\s+(?:etapa|fase))"
        ),
        example="Sie sind leider nicht in die nächste Runde gekommen",
    ),
    Entry(
        "closed_the_role_without_hiring",
        ("en",),
        "strong",
        r"\bclos(?:e|ed|ing)\s+(?:the|this)\s+(?:role|position|search|req(?:uisition)?)\s+without\s+(?:hiring|filling|making\s+a\s+hire)",
        example="decided to close the role without hiring",
    ),
    # the position filled internally (es, fr, it, pt, nl; en and de have theirs)
    Entry(
        "filled_internally",
        ("es", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:cubrir\s+(?:la|el|esta|este)\s+(?:posición|puesto|vacante|plaza)\s+(?:internamente|de\s+forma\s+interna|con\s+"
            r"(?:una\s+persona|alguien|un\s+perfil)\s+(?:de\s+la\s+propia\s+empresa|interno|de\s+nuestro\s+equipo))|pourvoir\s+"
            r"(?:le|ce)\s+poste\s+en\s+interne|poste\s+(?:a\s+été\s+)?pourvu\s+en\s+interne|coprire\s+(?:la|questa)\s+posizione\s+"
            r"internamente|preencher\s+(?:a|esta)\s+vaga\s+(?:internamente|com\s+(?:um|uma)\s+(?:colaborador|profissional|candidat)\w*"
            r"\s+intern[oa])|(?:functie|vacature|positie)\s+(?:is\s+|werd\s+)?intern\s+(?:in\s+te\s+vullen|ingevuld|invullen|vervuld))\b"
        ),
        example="Nous avons choisi de pourvoir le poste en interne",
    ),
    # the role cancelled or not opened after all (es, de, fr, it; the others have theirs)
    Entry(
        "role_cancelled_or_not_opened",
        ("es", "de", "fr", "it"),
        "strong",
        (
            r"\b(?:(?:puesto|vacante|posición)\s+(?:ha\s+sido|fue|queda)\s+(?:cancelad[oa]|anulad[oa])|stelle\s+(?:wird|ist)\s+"
            r"(?:nicht\s+mehr|doch\s+nicht)\s+(?:nach)?besetzt|poste\s+ne\s+sera\s+(?:finalement\s+)?pas\s+(?:ouvert|pourvu)|"
            r"posizione\s+non\s+(?:verrà|sarà)\s+(?:più\s+)?(?:aperta|coperta))\b"
        ),
        example="Die Stelle wird nicht mehr nachbesetzt",
    ),
    # the position cannot be offered to the candidate (es, de, fr, it, pt, nl)
    Entry(
        "cannot_offer_you_the_position",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:no\s+(?:podemos|podremos|vamos\s+a\s+poder)\s+(?:(?:ofrecerte|ofrecerle)\s+(?:el|este|la)\s+(?:puesto|posición|"
            r"vacante|trabajo)|(?:hacerte|hacerle)\s+una\s+oferta)|(?:ihnen|dir)\s+(?:leider\s+)?(?:die|diese)\s+(?:stelle|position)\s+(?:leider\s+)?nicht\s+anbieten|"
            r"ne\s+(?:pouvons|pourrons)\s+pas\s+vous\s+(?:proposer|offrir)\s+(?:le|ce)\s+poste|non\s+(?:possiamo|potremo)\s+"
            r"(?:offrirti|offrirle)\s+(?:la|questa|il)\s+(?:posizione|ruolo|lavoro)|não\s+(?:podemos|poderemos)\s+(?:oferecer-lhe|"
            r"oferecer-te|lhe\s+oferecer|te\s+oferecer)\s+(?:a|esta|o)\s+(?:vaga|posição|função|cargo)|(?:je|u)\s+de\s+(?:functie|"
            r"baan|positie)\s+(?:helaas\s+)?niet\s+(?:aanbieden|aan\s+te\s+bieden))\b"
        ),
        example="Lamentablemente no podremos ofrecerte el puesto",
    ),
    # the application itself "rejected" (the job-only nouns, so that a loan or grant
    # application stays out), in the languages other than English
    Entry(
        "application_rejected",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:candidatura\s+(?:ha\s+sido|fue)\s+(?:\w+\s+)?(?:descartad|rechazad|desestimad)[oa]|bewerbung\s+(?:wurde|ist)\s+"
            r"(?:\w+\s+)?abgelehnt|candidature\s+(?:a\s+été|est)\s+(?:\w+\s+)?(?:refusée|rejetée|déclinée)|candidatura\s+è\s+stata\s+"
            r"(?:\w+\s+)?(?:respinta|rifiutata|scartata)|candidatura\s+foi\s+(?:\w+\s+)?(?:recusada|rejeitada|reprovada|indeferida)|"
            r"sollicitatie\s+(?:is|werd)\s+(?:\w+\s+)?afgewezen)\b"
        ),
        example="Votre candidature a été refusée",
    ),
    # the candidate is not invited to the (next) interview (nl, de, pt, en)
    Entry(
        "not_invited_to_the_interview",
        ("nl", "de", "pt", "en"),
        "strong",
        (
            r"\b(?:(?:nodig(?:en|t)\s+(?:we|wij|ik)|(?:we|wij)\s+nodigen|ik\s+nodig)\s+(?:je|jou|u)\s+(?:helaas\s+)?niet\s+uit|nicht\s+(?:zu|zur|zum)\s+(?:\w+\s+){0,2}?"
            r"(?:gespräch|gesprächsrunde|interview|vorstellungsgespräch|runde|auswahlrunde)\w*\s+einladen|não\s+(?:vamos|iremos|"
            r"poderemos|podemos)\s+(?:convidá-l[oa]|convidar\s+(?:você|o|a))\s+para|(?:won't|will\s+not|not)\s+be\s+shortlisting\s+you)\b"
        ),
        example="Helaas nodigen we je niet uit voor het vervolggesprek",
    ),
    # no positive answer can be given ("keine Zusage geben", "donner une suite favorable",
    # "um retorno positivo"), in every language
    Entry(
        "no_positive_answer",
        ("en", "de", "es", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:unable|not\s+able|cannot|can't|can\s+not)\s+(?:to\s+)?(?:give|provide|send)\s+you\s+(?:a\s+)?(?:positive|"
            r"favou?rable)\s+(?:response|answer|news|reply|outcome)|keine\s+(?:zusage|positive\s+(?:rückmeldung|nachricht|"
            r"antwort|entscheidung))\s+(?:geben|erteilen|machen|senden|übermitteln|mitteilen)|no\s+(?:podemos|podremos|es\s+"
            r"posible)\s+(?:darte|darle|dar|ofrecerte|ofrecerle)\s+una\s+respuesta\s+(?:positiva|favorable)|(?:ne\s+sommes\s+"
            r"(?:(?:malheureusement|hélas|donc|pour\s+l'instant)\s+)?pas"
            r"\s+en\s+mesure\s+de\s+|ne\s+sommes\s+pas\s+en\s+mesure\s+d['’](?=y\s)|ne\s+(?:pouvons|pourrons)\s+(?:(?:malheureusement|hélas|donc)\s+)?pas\s+|"
            r"ne\s+pouvoir\s+)(?:vous\s+|y\s+)?(?:donner|réserver|apporter)\s+"
            r"(?:une\s+)?(?:suite|réponse)\s+(?:favorable|positive)|non\s+(?:possiamo|potremo|è\s+possibile)\s+(?:darle|darti|"
            r"dare|fornirle|fornirti)\s+(?:un\s+riscontro|una\s+risposta|seguito)\s+(?:positiv[oa]|favorevole)|não\s+(?:podemos|"
            r"poderemos|será\s+possível)\s+(?:dar|lhe\s+dar|te\s+dar|dar-lhe|dar-te)\s+(?:um\s+retorno|uma\s+resposta)\s+"
            r"(?:positiv[oa]|favorável)|geen\s+positie(?:f|ve)\s+(?:antwoord|bericht|reactie|uitslag|terugkoppeling)\s+"
            r"(?:kunnen\s+)?(?:geven|sturen|brengen))"
        ),
        example="Leider können wir Ihnen keine Zusage geben",
    ),
    # the profile is "not in line with" what is sought (it, pt, nl; the other languages have
    # their own phrases)
    Entry(
        "profile_not_in_line",
        ("it", "pt", "nl"),
        "strong",
        (
            r"\b(?:non\s+(?:è\s+stat[oa]\s+)?ritenut[oa]\s+in\s+linea|non\s+(?:è|risulta|sembra)\s+(?:\w+\s+)?in\s+linea)\s+"
            r"con\s+(?:il\s+profilo|le\s+(?:esigenze|caratteristiche|richieste)|quanto)|\b(?:perfil|candidatura)\s+não\s+"
            r"(?:se\s+)?(?:enquadra|adequa|encaixa|alinha|corresponde)\b|\b(?:(?:profiel|cv|ervaring|achtergrond)\s+(?:sluit|past)"
            r"|(?:sluit|past)\s+(?:je|jouw|uw)\s+(?:profiel|cv|ervaring|achtergrond))\s+(?:helaas\s+|echter\s+)?(?:onvoldoende|"
            r"niet(?:\s+voldoende)?)\s+(?:aan\s+)?bij\b"
        ),
        example="la sua candidatura non è stata ritenuta in linea con il profilo ricercato",
    ),
    # the employer will "not continue the process with you" (the selection process, not the
    # application, is the object), in the languages where no other phrase says it
    Entry(
        "not_continue_the_process_with_you",
        ("de", "es", "it", "pt"),
        "strong",
        (
            r"\b(?:(?:den|das)\s+(?:\w+\s+)?(?:prozess|verfahren|bewerbungsprozess|bewerbungsverfahren|auswahlverfahren|"
            r"auswahlprozess)\s+mit\s+(?:ihnen|dir)\s+nicht\s+(?:weiter\s+)?(?:fortzusetzen|fortsetzen|fortzuführen|fortführen|"
            r"weiterzuführen|weiterführen)|no\s+(?:vamos\s+a\s+|podemos\s+|podremos\s+)?(?:continuar|seguir|avanzar|proseguir)\s+(?:adelante\s+)?(?:(?:el|este)\s+proceso"
            r"(?:\s+de\s+selecci[oó]n)?\s+(?:contigo|con\s+usted|con\s+vos)|con\s+(?:tu|su)\s+proceso)|non\s+(?:proseguire|proseguiremo|"
            r"continuare|continueremo|procedere|procederemo)\s+(?:oltre\s+)?(?:con\s+)?(?:il|l')\s*(?:percorso|processo|iter)(?:\s+di\s+selezione)?\s+"
            r"(?:con\s+(?:te|lei|voi))|não\s+(?:seguir|continuar|avançar|prosseguir|dar\s+(?:continuidade|sequência)\s+a)\s+"
            r"(?:com\s+)?(?:o\s+)?(?:seu|teu)\s+processo|não\s+(?:seguir|continuar|prosseguir)\s+(?:com\s+)?o\s+processo\s+"
            r"(?:com\s+você|contigo|consigo)|(?:encerrar|finalizar)\s+(?:o\s+)?(?:seu|teu)\s+processo|cerrar\s+(?:tu|su)\s+proceso(?!\s+de\s+"
            r"alta)|chiudere\s+il\s+(?:tuo|suo)\s+percorso)"
        ),
        example="den Prozess mit Ihnen nicht fortzusetzen",
    ),
    # the choice "fell on" another person, or not on the candidate ("Unsere Wahl ist nicht auf
    # Sie gefallen", "onze keuze is op een andere kandidaat gevallen", "la scelta è ricaduta su
    # un altro candidato"), in every language
    Entry(
        "choice_fell_elsewhere",
        ("de", "nl", "es", "it", "pt", "fr", "en"),
        "strong",
        (
            r"\b(?:(?:wahl|entscheidung)\s+(?:ist\s+|fiel\s+|war\s+)?(?:\w+\s+){0,3}?(?:nicht\s+auf\s+(?:sie|dich|ihre\s+"
            r"bewerbung)|auf\s+"
            + _ANOTHER_DE
            + r")|(?:keuze|keus)\s+(?:is\s+|viel\s+)?(?:\w+\s+){0,3}?(?:niet\s+op\s+(?:u|jou|je|uw\s+sollicitatie)\b|op\s+"
            + _ANOTHER_NL
            + r")|(?:elecci[oó]n|decisi[oó]n|selecci[oó]n)\s+(?:final\s+)?(?:ha\s+|no\s+ha\s+)?(?:\w+\s+)?recaído\s+(?:en|sobre)\s+"
            r"(?:"
            + _ANOTHER_ES
            + r"|usted\b|ti\b)|no\s+ha\s+recaído\s+(?:en|sobre)|scelta\s+(?:finale\s+)?(?:è\s+)?(?:\w+\s+)?ricaduta\s+su\s+(?:di\s+)?"
            + _ANOTHER_IT
            + r"|non\s+è\s+(?:\w+\s+)?ricaduta\s+su|escolha\s+(?:final\s+)?(?:\w+\s+)?recaiu\s+(?:sobre|em)\s+"
            + _ANOTHER_PT
            + r"|não\s+recaiu\s+(?:sobre|em)|choix\s+ne\s+s'est\s+pas\s+(?:\w+\s+)?porté\s+sur|(?:choice|decision)\s+(?:has\s+)?"
            r"(?:fallen|fell)\s+on\s+" + _ANOTHER_EN + r")"
        ),
        example="Unsere Wahl ist leider nicht auf Sie gefallen",
    ),
    # the application "could not be retained/selected" with a connective or adverb inside
    # ("n'a donc pas pu être retenue", "no ha podido ser seleccionada", "non è stata purtroppo
    # selezionata")
    Entry(
        "application_could_not_be_chosen",
        ("fr", "es", "it", "pt"),
        "strong",
        (
            r"\b(?:candidature\s+(?:n'a|ne\s+peut|ne\s+pourra|ne\s+pourrait)\s+(?:(?:donc|malheureusement|hélas|finalement|"
            r"pas)\s+){1,2}(?:pu\s+)?(?:été|être)\s+retenue|(?:candidatura|solicitud|perfil)\s+no\s+(?:ha|fue|puede|podrá)\s+"
            r"(?:(?:lamentablemente|finalmente|desafortunadamente|en\s+esta\s+ocasión|esta\s+vez)\s+)?(?:podido\s+ser|sido|ser)\s+"
            r"(?:(?:lamentablemente|finalmente|desafortunadamente)\s+)?(?:seleccionad|elegid|aceptad|tenid[ao]\s+en\s+cuenta)|"
            r"candidatura\s+non\s+(?:è|ha|potrà|può)\s+(?:(?:purtroppo|quindi|pertanto|infine|stavolta|questa\s+volta)\s+)?"
            r"(?:stata|potuto\s+essere|essere)\s+(?:(?:purtroppo|quindi|pertanto|infine)\s+)?(?:selezionat|accolt|accettat|"
            r"presa\s+in\s+considerazione)|candidatura\s+não\s+(?:foi|pôde\s+ser|pode\s+ser|poderá\s+ser)\s+"
            r"(?:(?:infelizmente|desta\s+vez|nesta\s+fase)\s+)?(?:selecionad|aprovad|aceit|considerad))"
        ),
        example="Votre candidature n'a donc pas pu être retenue",
    ),
    # ------------------------------------------------------------------ passing (en idiom)
    # (i) "we're going to pass on you / on this one": with thanks for coming in it names itself
    Entry(
        "going_to_pass_en",
        ("en",),
        "strong",
        (
            r"\b(?:going\s+to|gonna|decided\s+to|have\s+to|will|'ll|we're)\s+(?:have\s+to\s+)?pass\s+(?:on\s+(?:you\b(?!r)|"
            r"this\s+one|moving\s+forward|(?:the|this)\s+(?:candidate|hire))|for\s+now|this\s+time)(?!\s+to\b)"
        ),
        example="we're going to pass on this one",
    ),
    Entry(
        "pass_after_the_interview_en",
        ("en",),
        "self_evident",
        (
            r"\bpass\s+on\s+(?:you\b(?!r)|this\s+one)[^\n]{0,40}?\b(?:appreciate|thanks?|thank\s+you)\s+(?:\w+\s+){0,2}?"
            r"(?:coming\s+in|interviewing|meeting\s+(?:with\s+)?(?:the\s+team|us))|(?:appreciate|thanks?|thank\s+you)\s+"
            r"(?:\w+\s+){0,2}?(?:coming\s+in|interviewing)\b[^\n]{0,60}?\bpass\s+on\s+(?:you\b(?!r)|this\s+one)"
        ),
        example="we're going to pass on this one. Appreciate you coming in",
    ),
    # ------------------------------------------------------------------ not continuing
    # (c) "we will not go on with your application / candidacy", in every language
    Entry(
        "not_on_with_your_application_nl",
        ("nl",),
        "strong",
        (
            r"\bniet\s+met\s+(?:je|jou|u)\s+verder\b|"
            r"\bniet\s+(?:verder|door)\b[^.!?\n]{0,30}?\bmet\s+(?:je|jouw|uw)\s+(?:kandidatuur|sollicitatie|"
            r"kandidaatstelling|aanmelding|procedure)|\b(?:je|jouw|uw)\s+(?:kandidatuur|sollicitatie)\s+"
            r"(?:niet\s+verder|helaas\s+niet\s+verder|wordt\s+niet\s+verder|is\s+afgewezen)"
        ),
        example="helaas gaan we niet verder met jouw kandidatuur",
    ),
    Entry(
        "not_on_with_your_application_de",
        ("de",),
        "strong",
        (
            r"\b(?:ihre|deine)\s+bewerbung\b[^.!?\n]{0,40}?\bnicht\s+(?:weiter\s+|länger\s+)?(?:zu\s+)?(?:berücksichtigen|"
            r"verfolgen|weiterverfolgen|weiterführen|in\s+die\s+engere\s+auswahl)|\bgegen\s+(?:ihre|deine)\s+"
            r"(?:bewerbung|kandidatur)\s+entschieden|\bgegen\s+eine\s+(?:weitere\s+)?zusammenarbeit\s+entschieden|"
            r"\bnicht\s+(?:weiter\s+)?mit\s+(?:ihnen|dir|ihrer\s+bewerbung|"
            r"deiner\s+bewerbung)\s+(?:fortfahren|weitermachen|weitergehen|fortsetzen)"
        ),
        example="haben uns gegen Ihre Bewerbung entschieden",
    ),
    Entry(
        "not_on_with_your_application_es_pt_it",
        ("es", "pt", "it"),
        "strong",
        (
            r"\bn(?:o|ão|on)\s+(?:(?:vamos|podemos|podremos|iremos|poderemos|possiamo|potremo|potremmo|andremo|"
            r"é\s+possível|es\s+posible|será\s+posible|será\s+possível|è\s+possibile)\s+(?:a\s+|de\s+)?)?"
            r"(?:seguir|continuar|avanzar|avançar|prosseguir|proseguire|procedere|continuare|andare\s+avanti|"
            r"seguiremos|continuaremos|avanzaremos|prosseguiremos|avançaremos|proseguiremo|procederemo|continueremo|"
            r"dar\s+(?:continuidad|continuidade|seguimiento|seguimento|sequência)|dare\s+seguito|portare\s+avanti)\s+"
            r"(?:adelante\s+|avanti\s+)?(?:con|com|en|em|a|à|alla)\s+(?:la\s+|a\s+)?(?:tu|su|sua|tua)\s+"
            r"(?:candidatura|postulaci[oó]n|aplica[cç][aã]o|solicitud|proceso|processo)|\b(?:tu|su|sua|tua)\s+candidatura\s+"
            r"n(?:o|ão|on)\s+(?:avanzará|seguirá|continuará|avançará|prosseguirá|proseguirà|procederà|ha\s+sido\s+seleccionada|"
            r"foi\s+selecionada|foi\s+aprovada|è\s+stata\s+selezionata)"
        ),
        example="não vamos prosseguir com a sua candidatura",
    ),
    Entry(
        "not_on_with_your_application_fr",
        ("fr",),
        "strong",
        (
            r"\bne\s+(?!manqu)[^.!?\n]{0,30}?\b(?:pas|plus)\b[^.!?\n]{0,20}?\b(?:donner\s+(?:une\s+)?suite(?:\s+favorable)?|"
            r"poursuivre|continuer|retenir|aller\s+plus\s+loin)\s+(?:à\s+|avec\s+)?(?:votre|ta)\s+(?:candidature|profil)|"
            r"\b(?:ne\s+pas|ne\s+plus)\s+(?:poursuivre|continuer|aller\s+plus\s+loin)\s+(?:le\s+processus\s+|l'aventure\s+|"
            r"le\s+recrutement\s+|la\s+collaboration\s+)?avec\s+(?:vous|toi)\b"
        ),
        example="nous ne pourrons pas donner une suite favorable à votre candidature",
    ),
    # the candidate will not go on to the next stage, said to them ("no continuarás en las
    # siguientes etapas", "você não seguirá para a próxima etapa", "uw kandidatuur werd niet
    # weerhouden"), in every language
    Entry(
        "you_will_not_go_on_to_the_next_stage",
        ("en", "es", "pt", "it", "fr", "de", "nl"),
        "strong",
        (
            r"\b(?:you\s+(?:will\s+not|won't)\s+be\s+(?:moving|progressing|advancing|continuing)\s+(?:forward\s+)?"
            r"(?:to|in(?:to)?)\s+the\s+next\s+(?:stage|round|step|phase)|"
            r"no\s+(?:continuarás|continuará|avanzarás|avanzará|seguirás|seguirá|pasarás|pasará)\s+(?:a|en|hacia|con)\s+"
            r"(?:las?\s+)?(?:siguientes?|próximas?)\s+(?:etapas?|fases?)|"
            r"não\s+(?:seguirá|seguirás|avançará|avançarás|continuará|continuarás|passará|passarás|prosseguirá)\s+"
            r"(?:para|em|n)\s*as?\s+(?:próximas?|seguintes?)\s+(?:etapas?|fases?)|"
            r"non\s+(?:proseguirai|proseguirà|passerai|passerà|accederai|accederà|continuerai|continuerà)\s+"
            r"(?:alla|alle|nella|nelle|al)\s+(?:(?:fas[ei]|step|colloqui[o]?)\s+)?(?:prossim|successiv)|"
            r"ne\s+(?:passerez|poursuivrez|continuerez|passeras|poursuivras|continueras)\s+pas\s+(?:à|dans|vers)\s+"
            r"(?:l['’]étape|la\s+(?:phase|prochaine|suite)|les\s+prochaines|le\s+prochain)|"
            r"(?:(?:kommen|kommst)\s+(?:sie|du)|(?:sie|du)\s+(?:kommen|kommst))\s+(?:leider\s+)?nicht\s+(?:weiter\s+)?in\s+die\s+nächste\s+"
            r"(?:runde|phase|stufe|auswahlrunde)|"
            r"(?:uw|je|jouw)\s+(?:kandidatuur|sollicitatie|profiel)\s+(?:(?:werd|is|wordt)\s+)?(?:helaas\s+)?niet\s+"
            r"(?:(?:werd|is|wordt)\s+)?(?:weerhouden|aangehouden)\b|"
            r"(?:(?:ga|gaat|kom|komt)\s+(?:je|jij|u)|(?:je|jij|u)\s+(?:gaat|komt))\s+(?:helaas\s+)?niet\s+(?:door|verder)\s+naar\s+de\s+"
            r"(?:volgende|vervolg)\w*)"
        ),
        example="no continuarás en las siguientes etapas del proceso",
    ),
    # the employer goes on with candidates whose experience fits better (no "other" said)
    Entry(
        "continue_with_better_fitting_candidates_nl",
        ("nl",),
        "strong",
        (
            r"\b(?:verder\s+(?:te\s+)?gaan|door\s+(?:te\s+)?gaan|kiezen|gekozen)\s+(?:met|voor)\s+(?:een\s+)?"
            r"kandida\w*\s+(?:van\s+wie|wier|wiens|die|met)\b[^.!?\n]{0,60}?\b(?:beter|meer|dichter|nauwer)\b"
        ),
        example="verder te gaan met kandidaten van wie de ervaring beter aansluit",
    ),
    # ------------------------------------------------------------------ ATS status
    # (d) a tracking system's "status ... changed to: Not Selected" in every language
    Entry(
        "ats_status_not_selected",
        ("en", "de", "es", "fr", "it", "pt", "nl"),
        "self_evident",
        (
            r"\b(?:(?:application|candidacy|candidature|bewerbung|candidatura|sollicitatie|kandidatuur)\b[^.!?\n]{0,60}?"
            r"\b(?:status|statut|estado|stato)|(?:status|statut|estado|stato)\b[^.!?\n]{0,40}?\b(?:application|"
            r"candidacy|candidature|bewerbung|candidatura|sollicitatie|kandidatuur))\b[^.!?\n]{0,60}?[:\-–]\s*[\"'“]?"
            r"(?:not\s+selected|rejected|declined|unsuccessful|not\s+moving\s+forward|no\s+longer\s+(?:under|in)\s+"
            r"consideration|disqualified|closed|archived|abgelehnt|absage|nicht\s+berücksichtigt|geschlossen|archiviert|"
            r"descartad[oa]|rechazad[oa]|no\s+seleccionad[oa]|cerrad[oa]|reprovad[oa]|não\s+selecionad[oa]|encerrad[oa]|"
            r"non\s+retenue?|refusée?|clôturée?|archivée?|non\s+selezionat[oa]|respint[oa]|scartat[oa]|chius[oa]|"
            r"archiviat[oa]|afgewezen|niet\s+geselecteerd|gesloten|gearchiveerd)\b"
        ),
        example="Your application status for Req 1 - Clerk has changed to: Not Selected",
    ),
    Entry(
        "not_shortlisted_all",
        ("es", "pt", "it", "fr", "de", "nl"),
        "strong",
        (
            r"\b(?:no\s+(?:has|ha|hayas|haya)\s+sido\s+(?:pre)?seleccionad|não\s+(?:foi|foste)\s+(?:pré-?)?selecionad|"
            r"non\s+(?:sei|è|sia)\s+stat[oa]\s+(?:pre)?selezionat|(?:n'avez|n'as|n'a)\s+pas\s+été\s+(?:pré)?sélectionnée?|"
            r"nicht\s+in\s+die\s+engere\s+auswahl|nicht\s+für\s+die\s+nächste\s+runde|niet\s+(?:op\s+de\s+shortlist|"
            r"(?:door|verder)\s+naar\s+de\s+volgende\s+(?:ronde|fase)))(?!\w*\s*\?)"
        ),
        example="lamentamos informarte que no has sido preseleccionado",
    ),
    # the search goes on without the candidate, in every language
    Entry(
        "search_goes_on",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:decided|chosen|opted)\s+to\s+(?:continue|keep|reopen|restart)\s+(?:our\s+|the\s+)?(?:search|looking|"
            r"recruiting)|(?:decidido|decidimos|optado\s+por|vamos\s+a|vamos)\s+(?:seguir|continuar)\s+(?:buscando|procurando)|"
            r"(?:seguiremos|continuaremos)\s+(?:buscando|procurando)|(?:suche|auswahl)\s+(?:nach\s+[\w-]+\s+)?"
            r"(?:fortsetzen|fortführen|weiterführen)|(?:poursuivons|poursuivre|continuons|continuer)\s+(?:nos|notre)\s+"
            r"recherches?|(?:continuare|proseguire|continueremo|proseguiremo)\s+(?:la|con\s+la)\s+ricerca|"
            r"(?:zoeken|kijken)\s+(?:we\s+|wij\s+)?verder\s+naar|(?:verder\s+te\s+zoeken|zoektocht\s+voort\s*te\s+zetten))\b"
            # an agency searching on for the candidate is the opposite
            r"(?!\s+(?:(?:nuevas|novas|otras|outras|andere|een|een\s+andere|new|other)\s+)?(?:oportunidades|vagas|vacantes|"
            r"posiciones|posições|opciones|opções|ofertas|baan|vacatures?|functies?|mogelijkhe\w+|roles|opportunities)\b)"
            r"(?![^.!?\n]{0,30}?\b(?:pour\s+(?:vous|toi)|per\s+(?:te|lei)|para\s+(?:ti|você|usted)|für\s+(?:sie|dich)|"
            r"voor\s+(?:jou|je|u)|for\s+you)\b)"
        ),
        example="we've decided to continue our search for the designer position",
    ),
    Entry(
        "closed_without_appointing_en",
        ("en",),
        "strong",
        (
            r"\b(?:closed|closing)\s+(?:the|this|our)\s+(?:vacancy|role|search|requisition|opening|recruitment)\s+"
            r"(?:without\s+(?:appointing|hiring|making\s+a\s+hire)|for\s+now)"
        ),
        example="we have now closed this vacancy without appointing",
    ),
    Entry(
        "background_does_not_align_en",
        ("en",),
        "strong",
        (
            r"\byour\s+(?:background|experience|profile|skills?|skill\s+set|qualifications)\s+(?:doesn't|does\s+not|didn't|"
            r"did\s+not|don't|do\s+not)\s+(?:quite\s+|fully\s+|closely\s+)?(?:align|match|fit|meet)"
        ),
        example="your background doesn't quite align with what we need",
    ),
    Entry(
        "not_going_to_work_out_en",
        ("en",),
        "supporting",
        r"\b(?:this|it)\s+(?:isn't|is\s+not|won't|will\s+not)\s+(?:be\s+)?(?:going\s+to\s+)?work(?:ing)?\s+out\b",
        example="this isn't going to work out",
    ),
    # (e) sorry it isn't better news; good wishes: support for a refusal, never one alone
    Entry(
        "not_better_news",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "supporting",
        (
            r"\b(?:(?:isn't|is\s+not|wasn't|was\s+not|not)\s+(?:better|the\s+news\s+you|happier)\s*(?:news)?|"
            r"(?:mejores|mejor)\s+noticias?|(?:melhores|melhor)\s+not[íi]cias?|notícias\s+melhores|"
            r"(?:keine|nicht\s+die)\s+(?:besseren|bessere|erhoffte)\s+(?:nachricht|nachrichten|rückmeldung)|"
            r"(?:meilleures?|une\s+meilleure)\s+nouvelles?|(?:una\s+)?notizi[ae]\s+migliori?e?|"
            r"(?:geen|niet)\s+(?:beter|leuker)\s+nieuws)\b"
        ),
        example="sorry it isn't better news",
    ),
    Entry(
        "good_wishes_nl_it_pt_fr",
        ("nl", "it", "pt", "fr", "es", "en"),
        "hint",
        (
            r"\b(?:(?:wensen|wens)\s+(?:je|jou|u)\s+(?:veel\s+succes|het\s+allerbeste|alle\s+goeds)|"
            r"in\s+bocca\s+al\s+lupo|(?:ti|le)\s+auguro\s+(?:il\s+meglio|buona\s+fortuna)|"
            r"(?:boa\s+sorte|sucesso)\s+(?:na|em)\s+(?:sua|tua)\s+(?:busca|procura|jornada|carreira)|"
            r"bonne\s+continuation|(?:te|le)\s+deseamos\s+(?:lo\s+mejor|suerte)|"
            r"(?:best\s+of\s+luck|good\s+luck)\s+(?:with|in)\s+(?:your|the)\s+(?:search|next\s+(?:step|role|chapter)|future))\b"
        ),
        example="we wensen je veel succes",
    ),
    # ------------------------------------------------------------------ twelfth batch (issue 12)
    # (f) someone else hired, or a colleague promoted into the role ("we ended up promoting
    # someone from our own floor into the seat", "decidimos contratar outra pessoa", "iemand
    # anders aan te nemen"); a promotion needs the role named, so team news is left alone
    Entry(
        "hired_or_promoted_someone_else",
        ("en", "es", "pt", "de", "nl"),
        "strong",
        (
            r"\b(?:(?:decided|chose|opted|elected|ended\s+up|went\s+ahead|going)\s+(?:to\s+)?(?:hire|hiring|bring(?:ing)?\s+"
            r"(?:on|in))\s+"
            + _ANOTHER_EN
            + r"|(?:promot(?:e|ed|ing)|mov(?:e|ed|ing)|hire[ds]?|hiring)\s+(?:someone|somebody|"
            r"a\s+colleague|a\s+team\s+member|one\s+of\s+our\s+own)\s+(?:from\s+(?:within|inside|our|the)|internally|in-house)"
            + _GAP
            + r"\b(?:role|position|job|seat|opening|vacancy|post)\b|"
            r"(?:contratar|contratando)\s+"
            + _ANOTHER_PT
            + r"|(?:promov\w+|promocion\w+|ascend\w+)\s+(?:a\s+)?(?:uma?\s+|un[ao]?\s+|a\s+)?"
            r"(?:pessoa|persona|colega|compañer[oa]|colaborador\w*|profissional|alguém|alguien)\s+(?:de|do|da|del)\s+"
            r"(?:nuestr[oa]|noss[oa]|la\s+(?:propia\s+)?(?:empresa|casa)|dentro|casa|própri[oa]\s+(?:time|equipe|empresa))"
            + _GAP
            + r"\b(?:puesto|posición|vacante|plaza|vaga|posição|cargo|função)\b|"
            + _ANOTHER_DE
            + r"\s+(?:[\w-]+\s+){0,3}?(?:einzustellen|eingestellt|einstellen|zu\s+befördern|befördert)\b|"
            r"(?:iemand\s+anders|een\s+andere\s+kandida\w*|een\s+interne\s+kandida\w*|een\s+collega)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:aan\s+te\s+nemen|aangenomen|aannemen|te\s+benoemen|benoemd))"
        ),
        example="They've decided to hire someone else for the analyst job",
    ),
    # (g) the position could be filled in the meantime, the modal before the participle
    # ("Die Stelle konnte zwischenzeitlich intern besetzt werden"); never "noch nicht"
    Entry(
        "vacancy_could_be_filled_de",
        ("de",),
        "self_evident",
        (
            r"\b(?:stelle|position|vakanz)\b[^.!?\n]{0,40}?\bkonnten?\s+(?:(?!nicht\b|noch\b)[\w-]+\s+){0,3}?(?:nach)?"
            r"(?:besetzt|vergeben)\s+werden\b"
        ),
        example="Die Stelle konnte zwischenzeitlich intern besetzt werden",
    ),
    # (h) a German refusal said as the verb ("Wir bedauern, Ihnen absagen zu müssen",
    # "müssen wir Ihnen leider absagen", "Ihnen eine Absage erteilen")
    Entry(
        "absagen_muessen_de",
        ("de",),
        "strong",
        (
            r"\b(?:(?:ihnen|dir|euch)\s+(?:(?:daher|leider|heute|hiermit|somit|deshalb|diesmal|nur)\s+)*(?:eine\s+)?absage[n]?\s+"
            r"(?:zu\s+)?(?:müssen|erteilen|geben|mitteilen|aussprechen)|müssen\s+(?:wir\s+)?(?:ihnen|dir|euch)\s+"
            r"(?:(?:leider|daher|heute|somit|diesmal|deshalb)\s+)*(?:eine\s+)?absage[n]?)\b"
        ),
        example="Wir bedauern, Ihnen absagen zu müssen",
    ),
    # (i) the employer decided not to open or fill the role after all, in every language
    Entry(
        "decided_not_to_open_the_role",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:decided|decision|chosen|opted)\s+(?:not\s+to|to\s+not)\s+(?:open|re-?open|fill|hire\s+for|go\s+ahead\s+with)\s+"
            r"(?:the|this|that)\s+(?:[\w-]+\s+){0,4}?(?:role|position|job|opening|vacancy|post)|"
            r"(?:decidi\w*|optado|optamos|optou)\s+(?:por\s+)?no\s+(?:abrir|cubrir|seguir\s+adelante\s+con)\s+(?:finalmente\s+)?"
            r"(?:la|el|esta|este)\s+(?:posición|puesto|vacante|plaza)|"
            r"(?:decidi\w*|optamos|optou)\s+(?:por\s+)?não\s+(?:abrir|preencher|seguir\s+com|contratar\s+para)\s+(?:mais\s+)?"
            r"(?:a|esta|essa)\s+(?:posição|vaga|função|cargo)|"
            r"(?:beschlossen|entschieden|entschlossen),?\s+(?:die|diese)\s+(?:stelle|position|vakanz)\s+(?:[\w-]+\s+){0,2}?nicht\s+"
            r"(?:zu\s+besetzen|nachzubesetzen|auszuschreiben|zu\s+vergeben)|"
            r"décidé\s+de\s+ne\s+pas\s+(?:ouvrir|pourvoir|maintenir)\s+(?:le|ce)\s+(?:poste|recrutement)|"
            r"deciso\s+di\s+non\s+(?:aprire|coprire|procedere\s+con)\s+(?:più\s+)?(?:la|questa|il|l')\s*(?:posizione|ruolo|"
            r"assunzione|ricerca)|"
            r"besloten\s+(?:om\s+)?(?:de|deze)\s+(?:vacature|functie|positie)\s+niet\s+(?:open\s+te\s+stellen|in\s+te\s+vullen|"
            r"te\s+vervullen))\b"
        ),
        example="we decided not to open the role after all",
    ),
    # (j) the selection process closed for everyone taking part: support for a refusal
    Entry(
        "process_closed_for_everyone",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "supporting",
        (
            r"\b(?:(?:process|search|recruitment)\s+(?:has\s+been|is|was)\s+(?:now\s+)?(?:closed|cancell?ed|ended|stopped)|"
            r"proceso\s+(?:de\s+selección\s+)?(?:queda|ha\s+quedado|ha\s+sido|fue|se\s+ha)\s+(?:cerrado|cancelado|"
            r"anulado)|processo\s+(?:seletivo\s+)?(?:foi|está|será)\s+(?:encerrado|cancelado)|verfahren\s+(?:ist|wurde|wird)\s+"
            r"(?:beendet|eingestellt|abgebrochen)|processus\s+(?:de\s+recrutement\s+)?(?:est|a\s+été)\s+(?:clos|clôturé|fermé|annulé)|"
            r"processo\s+di\s+selezione\s+(?:è|è\s+stato|viene)\s+(?:chiuso|annullato|interrotto)|procedure\s+(?:is|wordt)\s+"
            r"(?:gestopt|stopgezet|beëindigd|afgebroken))\b"
        ),
        example="O processo foi encerrado pra todo mundo",
    ),
    # (k) a public employer's list: the candidate excluded, not admitted to the next exam,
    # or below the minimum (a sede electrónica, a concorso, NEOGOV), in every language
    Entry(
        "excluded_or_not_admitted",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "self_evident",
        (
            r"\b(?:(?:not\s+(?:been\s+)?admitted\s+to|deemed\s+(?:ineligible|not\s+eligible)|(?:did\s+not|didn't|does\s+not|"
            r"doesn't)\s+meet\s+the\s+(?:minimum\s+qualifications|minimum\s+requirements|qualifications\s+for)|not\s+eligible\s+"
            r"(?:to\s+(?:proceed|continue|advance)|for\s+further\s+consideration))|"
            r"(?:figura|figuras|aparece|consta|ha\s+resultado|has\s+resultado|resulta|queda)\s+(?:como\s+)?(?:excluid[oa]|"
            r"no\s+admitid[oa]|no\s+apt[oa])|"
            r"non\s+(?:è|sei|risulta|siete|risultate)\s+(?:(?:pertanto|quindi|purtroppo|stat[oa])\s+){0,2}ammess[oa]|"
            r"(?:risulta|è\s+stat[oa]|sei\s+stat[oa])\s+esclus[oa]|"
            r"n'(?:êtes|es|avez|as)\s+pas\s+(?:été\s+)?admise?s?|"
            r"(?:você|voce|candidat[oa]|candidatura|inscrição)\s+(?:[\w-]+\s+){0,2}?(?:foi|foste|ficou)\s+(?:eliminad|"
            r"desclassificad|reprovad|inabilitad|indeferid)[oa]|(?:você|voce|candidatura|inscrição)\s+não\s+(?:foi|foste)\s+"
            r"(?:aprovad|habilitad|classificad)[oa]|"
            r"nicht\s+(?:zu[mr]?\s+|für\s+(?:das|die|den)\s+)(?:[\w-]+\s+){0,3}?zugelassen|"
            r"niet\s+(?:toegelaten|doorgelaten)\s+tot)\b"
        ),
        example="Su solicitud figura como EXCLUIDA",
    ),
    # (l) the decision "was not in your favour", in every language
    Entry(
        "decision_not_in_your_favour",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:decision|outcome)\s+(?:[\w-]+\s+){0,6}?(?:not|wasn't|isn't)\s+in\s+your\s+favou?r|"
            r"(?:decisión|resolución|valoración)\s+(?:[\w-]+\s+){0,4}?no\s+(?:ha\s+sido|fue|ha\s+resultado|resultó)\s+"
            r"favorable|(?:decisão|avaliação|parecer)\s+(?:[\w-]+\s+){0,4}?não\s+(?:foi|ficou)\s+favorável|"
            r"(?:décision|choix)\s+(?:[\w'-]+\s+){0,4}?n'(?:a|est)\s+pas\s+(?:été\s+)?en\s+votre\s+faveur|"
            r"(?:decisione|scelta|valutazione)\s+(?:[\w'-]+\s+){0,4}?non\s+(?:è|è\s+stat[oa])\s+(?:a\s+(?:tuo|suo|vostro)\s+favore|"
            r"favorevole)|nicht\s+zu\s+(?:ihren|deinen)\s+gunsten|(?:beslissing|besluit|keuze)\s+(?:[\w-]+\s+){0,4}?niet\s+in\s+"
            r"(?:jouw|uw|je)\s+voordeel)\b"
        ),
        example="The hiring manager has made a decision and it was not in your favor",
    ),
    # (m) other applicants matched or fitted better, the verb in any tense
    Entry(
        "other_candidates_better_match_en",
        ("en",),
        "strong",
        (
            r"\bother\s+(?:candidates|applicants|profiles|finalists)\s+(?:[\w-]+\s+){0,2}?(?:more\s+closely|better|more\s+"
            r"directly)\s+(?:match(?:ed|es)?|fit(?:ted|s)?|suit(?:ed|s)?|align(?:ed|s)?|met|meet)\b"
        ),
        example="other applicants more closely matched what the team needs",
    ),
    # (n) the application will not be taken forward, in the languages where no other phrase
    # says it that way ("not be progressed", "non andrà avanti", "não daremos continuidade")
    Entry(
        "application_not_taken_forward",
        ("en", "it", "fr", "pt", "de"),
        "strong",
        (
            r"\b(?:(?:application|candidacy|candidature|cv|profile)\s+(?:will|would|can|could|has)\s+not\s+(?:be\s+|been\s+)?"
            r"(?:taken|progressed|moved|carried)(?:\s+(?:forward|further))?|(?:application|candidacy|candidature)\s+"
            r"(?:won't|wouldn't|can't|cannot)\s+be\s+(?:taken|progressed|moved|carried)|"
            r"(?:not|n't)\s+(?:going\s+to\s+)?be\s+(?:moving|going)\s+(?:ahead|forward)\s+with\s+(?:your|you)\b|"
            r"candidatura\s+non\s+(?:andrà|potrà\s+andare|proseguirà)\s+(?:oltre|avanti)|"
            r"candidature\s+ne\s+(?:sera|saurait\s+être)\s+pas\s+(?:\w+\s+)?retenue|"
            r"não\s+(?:daremos|vamos\s+dar|iremos\s+dar|podemos\s+dar|poderemos\s+dar)\s+(?:continuidade|sequência|"
            r"seguimento)\s+(?:à|a|ao|no|na)\s+(?:sua|tua|seu|teu)\s+(?:candidatura|processo|perfil|aplicação)|"
            r"(?:prozess|verfahren|bewerbungsprozess|auswahlverfahren)\s+nicht\s+mit\s+(?:ihnen|dir)\s+(?:fort\w+|"
            r"weiter\w+))"
        ),
        example="your application will not be taken forward",
    ),
    # (o) the position is no longer open, or was cut, in every language
    Entry(
        "position_no_longer_available",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:position|role|job|vacancy|opening)\s+(?:you\s+applied\s+"
            r"(?:for|to)\s+)?(?:is|are)\s+no\s+longer\s+(?:available|open)|"
            r"(?:puesto|vacante|posición|plaza)\s+(?:ya\s+)?no\s+(?:está|se\s+encuentra)\s+(?:ya\s+)?(?:disponible|abiert[oa])|"
            r"(?:vaga|posição)\s+(?:já\s+)?não\s+(?:está|se\s+encontra)\s+mais\s+(?:disponível|aberta)|"
            r"(?:stelle|position|vakanz)\s+(?:ist|steht)\s+(?:leider\s+)?nicht\s+mehr\s+(?:verfügbar|vakant|offen|zu\s+vergeben)|"
            r"poste\s+n'est\s+plus\s+(?:disponible|ouvert|à\s+pourvoir)|"
            r"(?:posizione|ruolo)\s+non\s+è\s+più\s+(?:disponibile|aperta|attiva)|"
            r"(?:vacature|functie|positie)\s+is\s+(?:niet\s+meer\s+(?:beschikbaar|open|vacant)|komen\s+te\s+vervallen|"
            r"geschrapt))\b"
        ),
        example="the position is no longer available",
    ),
    # (p) someone already found or appointed for the role, in every language
    Entry(
        "someone_found_for_the_role",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:appointed|selected|hired|chosen|identified)\s+the\s+successful\s+(?:candidate|applicant)|"
            r"(?:found|appointed|selected|hired|chosen|identified)\s+(?:someone|somebody|a\s+candidate|the\s+right\s+person)\s+"
            r"(?:for|to\s+fill)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,3}?(?:role|position|job|post|vacancy|opening)|"
            r"(?:encontrado|seleccionado|elegido|contratado)\s+(?:ya\s+)?(?:a\s+)?(?:alguien|la\s+persona|una\s+persona|"
            r"un[ao]?\s+candidat[oa])\s+(?:para|que\s+(?:ocupará|cubrirá|ocupe|cubra))\s+(?:el|la|este|esta)\s+(?:puesto|"
            r"posición|vacante|plaza|rol)|"
            r"(?:encontramos|selecionamos|escolhemos|contratamos|encontrado|selecionado|escolhido)\s+(?:já\s+)?(?:alguém|"
            r"a\s+pessoa|uma\s+pessoa|um[a]?\s+candidat[oa])\s+(?:para|que\s+(?:vai|irá)\s+(?:ocupar|assumir))\s+(?:a|esta|"
            r"essa|o)\s+(?:vaga|posição|cargo|função)|"
            r"(?:jemanden|eine\s+(?:passende\s+)?person|einen\s+(?:passenden\s+)?(?:kandidaten|bewerber))\s+für\s+(?:die|diese)"
            r"\s+(?:stelle|position)\s+(?:gefunden|ausgewählt|eingestellt)|(?:stelle|position)\s+(?:[\w-]+\s+){0,2}?mit\s+"
            r"(?:einer|einem)\s+(?:[\w-]+\s+)?(?:person|kandidat\w*|bewerber\w*)\s+besetzt|"
            r"(?:trouvé|recruté|retenu|choisi|sélectionné)\s+(?:quelqu'un|la\s+personne|une\s+personne|une?\s+candidat\w*)\s+"
            r"(?:pour|qui\s+(?:occupera|rejoindra))\s+(?:ce|le|cette|la)\s+(?:poste|rôle|fonction)|"
            r"(?:trovato|individuato|selezionato|scelto|assunto)\s+(?:già\s+)?(?:qualcuno|la\s+persona|una\s+persona|"
            r"un[a']?\s*candidat\w*|la\s+risorsa|una\s+risorsa)\s+(?:per|che\s+(?:ricoprirà|occuperà))\s+(?:il|la|questo|"
            r"questa|l')\s*(?:ruolo|posizione|posto)|"
            r"(?:iemand|een\s+kandidaat|de\s+juiste\s+persoon|een\s+geschikte\s+kandidaat)\s+(?:gevonden|gekozen|aangenomen|"
            r"geselecteerd)\s+voor\s+(?:de|deze)\s+(?:functie|vacature|positie|rol)|"
            r"(?:de|deze)\s+(?:vacature|functie|positie)\s+(?:inmiddels\s+|al\s+|reeds\s+|intussen\s+)*(?:ingevuld|vervuld|"
            r"vergeven)\b(?!\s+(?:worden|kan|moet)))\b"
        ),
        example="We've already found someone for this role",
    ),
    # (q) the employer decided to close the application, or against hiring the candidate
    Entry(
        "decided_to_close_your_application",
        ("en", "es", "pt", "fr", "it", "nl", "de"),
        "strong",
        (
            r"\b(?:(?:decided|decidido|decidimos|decidiu|deciso|décidé|besloten)\s+(?:to\s+|de\s+|di\s+|om\s+)?"
            r"(?:(?:close|archive|cerrar|archivar|encerrar|finalizar|arquivar|clôturer|clore|archiver|chiudere|archiviare)\s+"
            r"(?:a\s+|la\s+)?(?:your|tu|su|sua|tua|votre)\s+(?:application|candidacy|candidature|candidatura|participação)|"
            r"(?:je|uw)\s+sollicitatie\s+(?:af\s+te\s+sluiten|te\s+sluiten|te\s+archiveren))|"
            r"gegen\s+(?:eine|ihre|deine)\s+(?:einstellung|zusammenarbeit)\s+entschieden)\b"
        ),
        example="We have decided to close your application",
    ),
    # (r) the candidate did not pass the interview or stage, or was found unsuitable
    Entry(
        "did_not_pass_the_stage",
        ("es", "pt", "de", "it", "nl"),
        "strong",
        (
            r"\b(?:no\s+(?:has|ha)\s+superado\s+(?:la|el)\s+(?:entrevista|prueba|fase|etapa|proceso)|"
            r"não\s+(?:passou|passaste|avançou|avançaste)\s+(?:para|à)\s+(?:a\s+)?(?:próxima|seguinte)\s+(?:etapa|fase)|"
            r"bewerbung\s+(?:kann|konnte|wird)\s+(?:leider\s+)?nicht\s+(?:weiter\s+)?berücksichtigt\s+werden|"
            r"non\s+(?:è\s+stat[oa]|sei\s+stat[oa]|è|risulta)\s+(?:ritenut[oa]\s+)?idone[oa]|"
            r"(?:je|u)\s+(?:bent|werd|wordt)\s+(?:helaas\s+)?afgewezen|sollicitatie\s+(?:is|werd|wordt)\s+(?:helaas\s+)?"
            r"afgewezen|(?:komt|kom)\s+(?:je|u)?\s*(?:helaas\s+)?niet\s+in\s+aanmerking\s+voor\s+(?:de|deze)\s+(?:functie|"
            r"vacature|positie))\b"
        ),
        example="no has superado la entrevista",
    ),
    # ------------------------------------------------------------------ public ATS templates
    # (issue 12: Odoo and the like, 7 languages) the hiring team "reviewed your application
    # and did not select it", the application named by an object pronoun ("no la seleccionó",
    # "ne l'a pas retenue", "non l'abbiamo selezionata", "não a selecionou")
    Entry(
        "did_not_select_it",
        ("es", "fr", "it", "pt"),
        "strong",
        (
            r"\b(?:no\s+(?:la|lo|le|te)\s+(?:(?:ha|han|hemos)\s+)?(?:seleccion(?:ó|amos|aron|ado|ada)|"
            r"preseleccion(?:ó|amos|aron|ado|ada)|eleg(?:ido|ida|imos)|elig(?:ió|ieron))|"
            r"ne\s+(?:l'|la\s+|le\s+|vous\s+)(?:a|avons|ont)\s+pas\s+(?:retenue?s?|sélectionnée?s?|présélectionnée?s?)|"
            r"non\s+(?:l'|la\s+|lo\s+|ti\s+|la\s+)(?:abbiamo|ha|hanno)\s+(?:pre)?(?:selezionat[ao]|scelt[ao])|"
            r"não\s+(?:a|o|te|lhe)\s+(?:selecion(?:ou|amos|aram)|escolhe(?:mos|ram)|(?:temos|foi)\s+selecionad[oa])|"
            # ... or by its noun ("no hemos seleccionado tu perfil para este puesto")
            r"no\s+(?:hemos|han)\s+(?:pre)?seleccionado\s+(?:tu|su)\s+(?:perfil|candidatura|solicitud|cv|currículum)|"
            r"non\s+(?:abbiamo|hanno)\s+(?:pre)?selezionato\s+(?:il\s+tuo|il\s+suo|la\s+tua|la\s+sua)\s+(?:profilo|candidatura|cv)|"
            r"não\s+(?:selecionamos|selecionaram)\s+(?:o\s+seu|a\s+sua|o\s+teu|a\s+tua|seu|sua)\s+(?:perfil|candidatura|"
            r"currículo)|n'avons\s+pas\s+(?:retenu|sélectionné|présélectionné)\s+(?:votre|ton)\s+(?:profil|dossier|cv))\b"
        ),
        example="nuestro equipo revisó su solicitud y no la seleccionó para mayor consideración",
    ),
    # the closing good wishes "for your future projects / your job search" (parity with
    # en "wish you the best in your endeavours"; with a decision it is a rejection)
    Entry(
        "best_for_future_projects",
        ("es", "fr", "it", "pt", "de", "nl"),
        "supporting",
        (
            r"\b(?:(?:le|te|les|os)\s+deseamos\s+(?:(?:mucha\s+)?suerte|lo\s+mejor|(?:mucho\s+)?éxito)\s+(?:en|para)\s+"
            r"(?:sus|tus|su|tu|el|la)\s+(?:futur[oa]s\s+|próxim[oa]s\s+)?(?:proyectos|búsqueda|carrera|trayectoria|"
            r"retos|andadura|futuro)|(?:nous\s+vous|je\s+vous|on\s+vous)\s+souhaitons?\s+(?:le\s+meilleur|"
            r"bonne\s+chance|plein\s+succès|beaucoup\s+de\s+succès|pleine\s+réussite|bonne\s+continuation)\s+"
            r"(?:dans|pour)\s+(?:vos|votre|la\s+suite\s+de\s+vos)\s+(?:futurs?\s+|prochains?\s+)?(?:projets|"
            r"recherches?|carrière|parcours)|(?:le|ti|vi)\s+auguriamo\s+(?:il\s+meglio|ogni\s+successo|buona\s+fortuna)\s+"
            r"(?:per|nei|nel|con)\s+(?:i\s+suoi|i\s+tuoi|la\s+sua|la\s+tua|il\s+suo|il\s+tuo)\s+(?:futuri\s+)?"
            r"(?:progetti|ricerca|carriera|percorso)|desejamos\s+(?:a\s+você\s+|lhe\s+)?(?:tudo\s+de\s+(?:bom|melhor)|"
            r"(?:muito\s+)?sucesso|boa\s+sorte)\s+(?:em|nos|na|no)\s+(?:seus|sua|seu|teus|tua)\s+(?:futuros\s+)?"
            r"(?:projetos|busca|procura|carreira|percurso)|für\s+(?:ihre|deine)\s+(?:zukünftigen|weiteren)\s+"
            r"(?:vorhaben|pläne|bewerbungen|stellensuche)\s+wünschen\s+wir|wensen\s+(?:je|u)\s+(?:het\s+allerbeste|"
            r"veel\s+succes)\s+(?:bij|met)\s+(?:je|uw)\s+(?:toekomstige|verdere)\s+(?:sollicitaties|loopbaan|zoektocht))\b"
        ),
        example="Le deseamos lo mejor en sus futuros proyectos",
    ),
)


__all__ = [
    "PHRASES",
]
