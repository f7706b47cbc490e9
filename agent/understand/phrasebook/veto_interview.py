"""Phrases for ``veto_interview``: counts against interview: the words of an interview that is not the candidate's to attend.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

#: the stages of the process listed ahead ("next steps: online test, HR interview, technical
#: interview and offer"): an acknowledgement's map, not a booking of any of them
STAGES_LISTED = (
    r"\b(?:next\s+steps|the\s+(?:next\s+)?(?:steps|stages)\s+(?:are|will\s+be|include)|próximas\s+etapas|"
    r"próximos\s+pasos|etapas\s+(?:do|del)\s+proceso?|nächsten?\s+schritte|prochaines\s+étapes|"
    r"étapes\s+du\s+processus|prossimi\s+passi|prossime\s+fasi|fasi\s+del\s+processo|volgende\s+stappen)"
    # "of the process", "do processo", "im Auswahlprozess" between the heading and its colon
    r"(?:\s+(?:of|in|do|da|del|de|du|des|im|della|dell'|van)\s+(?:the\s+|o\s+|la\s+|het\s+)?(?:\w+\s+)?"
    r"(?:process|processo|proceso|processus|prozess|auswahlprozess|procedure|procedimiento|selection|seleção|"
    r"selección|sélection|selezione|selectie))?"
    r"\s*:\s*(?:[^.:\n]{3,50}?,\s*[^.:\n]{3,50}?(?:,|\s+(?:and|then|y|e|und|et|ed|en)\s+)[^.:\n]{3,50}|"
    # a numbered list of three or more: "Next steps: 1. phone screen 2. technical interview 3. onsite"
    r"(?:\(?1[.)]\s*[^:\n]{3,60}?\s+\(?2[.)]\s*[^:\n]{3,60}?\s+\(?3[.)]\s*\w))"
)


#: the process described ahead as a list of its stages in a sentence ("El proceso constará de
#: una entrevista con Personas, una prueba práctica y una entrevista final"): an
#: acknowledgement's map, not a booking of any of them
PROCESS_STAGES_LISTED = (
    r"\b(?:(?:the|this|our)\s+(?:selection\s+|recruitment\s+|hiring\s+|interview\s+)?process\s+"
    r"(?:will\s+)?(?:consists?\s+of|includes?|involves?|comprises?)|"
    r"(?:el|este|nuestro)\s+proceso(?:\s+de\s+selección)?\s+(?:consta(?:rá)?\s+de|consiste\s+en|"
    r"consistirá\s+en|incluye|incluirá|contempla)|"
    r"(?:das|unser)\s+(?:auswahl|bewerbungs)?verfahren\s+(?:besteht|umfasst)|(?:der|unser)\s+(?:auswahl|"
    r"bewerbungs)?prozess\s+(?:besteht|umfasst|beinhaltet)|"
    r"(?:le|ce|notre)\s+processus(?:\s+de\s+(?:recrutement|sélection))?\s+(?:comprend(?:ra)?|comporte(?:ra)?|"
    r"se\s+compose(?:ra)?\s+de|consiste(?:ra)?\s+en|se\s+déroulera\s+en)|"
    r"(?:il|questo|il\s+nostro)\s+(?:processo|percorso|iter)(?:\s+di\s+selezione)?\s+(?:prevede|prevedrà|"
    r"comprende|comprenderà|consiste\s+in|si\s+compone\s+di)|"
    r"(?:o|este|o\s+nosso)\s+processo(?:\s+seletivo|\s+de\s+seleção|\s+de\s+recrutamento)?\s+(?:consiste\s+em|"
    r"consistirá\s+em|inclui|incluirá|contempla|é\s+composto\s+por|será\s+composto\s+por|terá)|"
    r"(?:het|de|onze|ons)\s+(?:selectie|sollicitatie)?(?:proces|procedure)\s+(?:bestaat|omvat))"
    r"\b[^.:\n]{0,25}?[^.:\n]{3,60}?,\s*[^.:\n]{3,60}?(?:,|\s+(?:and|then|y|e|und|et|ed|en)\s+)[^.:\n]{3,60}"
)

# a programme, a podcast or a paper ("for our podcast", "für unseren Podcast"), not a job
# at one ("for the radio producer role")
_PROGRAMME = (
    r"\b(?:(?:for|on|in)\s+(?:our|the|my)\s+(?:radio\s+)?(?:podcast|show|newspaper|magazine|blog|"
    r"programme|program|documentary|broadcast|channel|radio\s+station)|"
    r"(?:para|en)\s+(?:nuestro|nuestra|el|la)\s+(?:programa|podcast|periódico|revista|emisora|radio|"
    r"documental|canal|blog)|"
    r"(?:für|in)\s+(?:unseren|unsere|unser|unserer|unserem|die|den)\s+\w*(?:podcast|sendung|zeitung|"
    r"magazin|blog|radio\w*|dokumentation|kanal)|"
    # the programme itself as the subject: "notre émission aimerait vous interviewer"
    r"(?:our|nuestro|nuestra|unser\w*|notre|il\s+nostro|la\s+nostra|o\s+nosso|a\s+nossa|onze|ons)\s+"
    r"(?:podcast|show|programa|programme|émission|sendung|programma|trasmissione|uitzending|radio|"
    r"newspaper|magazine|periódico|revista|zeitung|magazin|journal|giornale|rivista|jornal|krant)|"
    r"(?:pour|dans)\s+(?:notre|le|la|l')\s*(?:émission|podcast|journal|magazine|revue|documentaire|"
    r"radio|chaîne|blog)|"
    r"(?:per|nel|nella)\s+(?:il\s+nostro|la\s+nostra|nostro|nostra|il|la)?\s*(?:programma|podcast|"
    r"giornale|rivista|trasmissione|radio|documentario|canale|blog)|"
    r"(?:para|no|na)\s+(?:o\s+nosso|a\s+nossa|nosso|nossa|o|a)\s+(?:programa|podcast|jornal|revista|"
    r"rádio|documentário|canal|blog)|"
    r"(?:voor|in)\s+(?:onze|ons|de|het)\s+(?:podcast|programma|krant|tijdschrift|blad|radio|"
    r"documentaire|kanaal|uitzending|blog))\b"
    r"(?!\s+(?:producer|host|presenter|editor|productor\w*|presentador\w*|redactor\w*|produzent\w*|"
    r"moderator\w*|redakteur\w*|producteur\w*|animat\w+|rédacteur\w*|produttore\w*|conduttore\w*|"
    r"redattore\w*|produtor\w*|apresentador\w*|redator\w*|redacteur\w*|presentator\w*|di\s+graduate|"
    r"graduate|trainee))"
)

#: a work sample handed to the candidate, and presenting it
_TASK = (
    r"\b(?:case\s+study|business\s+case|exercise|assignment|challenge|caso\s+pr[áa]ctico|caso\s+studio|"
    r"caso\s+pratico|estudo\s+de\s+caso|desaf[íi]o|reto|étude\s+de\s+cas|cas\s+pratique|fallstudie|"
    r"aufgabe|case-?opdracht|casus|opdracht)\b"
)
_PRESENT = (
    r"\b(?:pr[eé]s[eé]nt\w*|apresent\w*|expos\w+|präsent\w+|presenteer\w*|"
    r"presentación|presentatie)\b"
)

PHRASES: tuple[Entry, ...] = (
    # issue 12, fifteenth batch: a case or task to prepare and present at the interview: the
    # interview is where the assessment is delivered ("une présentation que vous exposerez lors
    # de votre entretien final", "present your case during the final interview")
    Entry(
        "task_presented_at_the_interview",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"(?:"
            + _TASK
            + r"[^\n]{0,200}?"
            + _PRESENT
            + r"|"
            + _PRESENT
            + r"[^.!?\n]{0,40}?"
            + _TASK
            + r")"
            r"[^.!?\n]{0,80}?"
            r"\b(?:during|at|in|lors\s+de|pendant|au\s+cours\s+de|durante|en|na|no|während|im|bei|tijdens)\s+"
            r"(?:(?:your|the|our|votre|le|tu|la|su|sua|a|o|il|tuo|ihrem|deinem|dem|je|uw|het)\s+)?"
            r"(?:final\w*\s+|last\s+|next\s+|últim[ao]\s+|finale?\s+|letzten\s+|laatste\s+)?"
            r"(?:interview|entretien|entrevista|colloquio|gespräch|vorstellungsgespräch|gesprek|sollicitatiegesprek)\b"
        ),
        example="prepare a case study that you will present during your final interview",
    ),
    # the sender's own interview (a friend's news), not the candidate's
    # issue 12, fifteenth batch: the sender got through to an interview themselves (a friend's
    # news: "passei pra entrevista final", "I got through to the final interview", "ich habe
    # das finale Gespräch"), in the first person
    Entry(
        "i_got_through_to_the_interview",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "overrules",
        (
            r"\b(?:i(?:'ve|\s+have)?\s+(?:got|made\s+it|gotten)\s+(?:through\s+)?(?:to|into)\s+the\s+"
            r"(?:final|next|second|last)\s+(?:interview|round)|i\s+(?:got|have|landed)\s+(?:a|an|the)\s+"
            r"(?:final\s+|second\s+|job\s+)?interview\s+(?:at|with)|"
            r"(?:pasé|he\s+pasado|llegué|he\s+llegado)\s+a\s+la\s+(?:entrevista|ronda)\s+final|"
            r"(?:tengo|conseguí)\s+(?:la\s+|una\s+)?entrevista\s+(?:final\s+)?(?:en|con)|"
            r"ich\s+(?:habe|hab)\s+(?:das|ein)\s+(?:finale|letzte|zweite)s?\s+(?:gespräch|interview)|"
            r"ich\s+bin\s+in\s+der\s+(?:finalen|letzten)\s+runde|"
            r"je\s+(?:suis|passe)\s+(?:passée?\s+)?(?:en|à\s+l')\s*entretien\s+final|"
            r"j'ai\s+(?:décroché\s+)?(?:un|l')\s*entretien\s+(?:final\s+)?(?:chez|avec)|"
            r"sono\s+passat[oa]\s+al\s+colloquio\s+finale|ho\s+(?:il|un)\s+colloquio\s+(?:finale\s+)?(?:con|da|presso)|"
            r"(?:passei|cheguei)\s+(?:pra|para\s+a|à)\s+(?:entrevista|etapa)\s+final|"
            r"ik\s+(?:ben|mag)\s+door\s+naar\s+(?:het|de)\s+(?:laatste|finale|tweede)\s+(?:gesprek|ronde))\b"
        ),
        example="Passei pra entrevista final na empresa!",
    ),
    Entry(
        "my_interview",
        ("en",),
        "firm",
        r"\bmy\s+(?:first|next|final|second|job|big)?\s*interview\b",
        example="my interview",
    ),
    Entry(
        "heres_what_happens_next",
        ("en",),
        "plain",
        (
            r"\b(?:(?:here'?s\s+)?what\s+happens\s+next|what\s+to\s+expect\s+next|our\s+(?:interview|hiring)\s+"
            r"process\s+(?:consists|includes|involves|has|looks))\b"
        ),
        example="heres what happens next",
    ),
    # the same heading of an acknowledgement's list of steps still to come, in the other languages
    Entry(
        "what_happens_next_heading",
        ("de", "fr", "es", "it", "pt", "nl"),
        "plain",
        (
            r"\b(?:wie\s+es\s+(?:jetzt\s+|nun\s+)?weitergeht|so\s+geht\s+es\s+weiter|la\s+suite\s+du\s+processus|"
            r"comment\s+se\s+déroule\s+la\s+suite|c[óo]mo\s+sigue\s+el\s+proceso|qué\s+pasa\s+ahora|"
            r"come\s+prosegue\s+(?:il\s+processo|la\s+selezione)|cosa\s+succede\s+ora|"
            r"como\s+funciona\s+o\s+processo|o\s+que\s+acontece\s+agora|hoe\s+het\s+(?:nu\s+)?verder\s+gaat)\b"
        ),
        example="wie es jetzt weitergeht",
    ),
    # "our selection process usually includes: ..." ahead of a list of its steps, in every
    # language: an acknowledgement's map of the process, not an invitation
    Entry(
        "our_process_includes",
        ("en", "de", "fr", "es", "it", "pt", "nl"),
        "plain",
        (
            r"\b(?:our\s+(?:selection|recruitment|recruiting|application)\s+process|unser\s+(?:bewerbungs|auswahl|"
            r"recruiting|einstellungs)prozess|notre\s+processus\s+de\s+(?:recrutement|sélection)|nuestro\s+proceso\s+"
            r"de\s+selección|il\s+nostro\s+(?:processo|percorso|iter)\s+di\s+selezione|o\s+nosso\s+processo\s+"
            r"(?:seletivo|de\s+seleção)|onze\s+(?:sollicitatie|selectie)procedure|ons\s+(?:sollicitatie|selectie)proces)"
            r"\s+(?:(?:usually|typically|normally|normalerweise|meist|généralement|habituellement|normalmente|"
            r"habitualmente|di\s+solito|solitamente|geralmente|meestal|doorgaans)\s+)?(?:consists|includes|involves|"
            r"umfasst|besteht|beinhaltet|comprend|comporte|inclut|se\s+déroule\s+en|incluye|consta\s+de|consiste\s+en|"
            r"prevede|comprende|si\s+articola|inclui|consiste\s+em|é\s+composto|prevê|bestaat\s+uit|omvat)\b"
        ),
        example="Il nostro processo di selezione prevede di solito:",
    ),
    Entry(
        "interview_tips",
        ("en",),
        "strong",
        (
            r"\binterview\s+(?:tips|questions|prep|preparation|guide|advice|skills|coach|course|"
            r"masterclass|cheat\s?sheet|practice)\b"
        ),
        example="interview tips",
    ),
    Entry(
        "prepare_your_interview",
        ("en",),
        "strong",
        r"\b(?:prepare|preparing|ace|nail|practice)\s+(?:for\s+)?(?:your|the|an?|any)\s+(?:next\s+)?interviews?\b",
        example="prepare your interview",
    ),
    Entry(
        "webinar",
        ("en",),
        "strong",
        (
            r"\b(?:webinar|livestream|live\s+stream|masterclass|workshop|career\s+fair|job\s+fair|"
            r"hiring\s+(?:event|fair|day)|recruiting\s+event|open\s+house)\b"
        ),
        example="webinar",
    ),
    Entry(
        "good_luck",
        ("en",),
        "plain",
        r"\bgood\s+luck\b|\bbreak\s+a\s+leg\b|\bfingers\s+crossed\b|\bsuerte\b|\bviel\s+erfolg\b|\bbonne\s+chance\b",
        example="good luck",
    ),
    Entry(
        "save_your_seat",
        ("en",),
        "strong",
        r"\b(?:save\s+your\s+(?:seat|spot)|register\s+(?:now|today|here)|reserve\s+your\s+(?:seat|spot))\b",
        example="save your seat",
    ),
    Entry(
        "podcast_interview",
        ("en",),
        "strong",
        r"\b(?:podcast|episode)\b.{0,60}?\binterview",
        example="podcast interview",
    ),
    Entry(
        "mock_interview",
        ("en",),
        "strong",
        r"\b(?:mock|practice)\s+interviews?\b",
        example="mock interview",
    ),
    Entry(
        "won_be_inviting_you",
        ("en",),
        "strong",
        r"\b(?:won't|will\s+not|not)\s+be\s+(?:inviting|asking)\s+you\b",
        example="won't be inviting you",
    ),
    Entry(
        "whether_we_set_up",
        ("en",),
        "strong",
        (
            r"\b(?:whether|if)\s+(?:we'd|we\s+would|we'll|we\s+will|we\s+want)\s+(?:like\s+to\s+)?(?:set\s+up|schedule|"
            r"move|invite|proceed|bring)"
        ),
        example="whether we'd set up",
    ),
    Entry(
        "if_you_are_selected",
        ("en",),
        "strong",
        r"\b(?:if|once|should)\s+you\s+(?:are|have\s+been|get|were|be)\s+(?:selected|shortlisted|chosen|invited)\b",
        example="if you are selected",
    ),
    # French "entretien" is also servicing (a boiler, a car) and the annual review
    Entry(
        "entretien_as_servicing_fr",
        ("fr",),
        "strong",
        (
            r"\bentretien\s+(?:annuel\b|périodique\b|(?:technique\s+)?(?:de\s+(?:votre|la|ton|ta|l')\s*|du\s+|des\s+)"
            r"(?:véhicule|voiture|chaudière|jardin|climatisation|pompe|moto|vélo|appareil|installation|toiture|piscine|logement|"
            r"bâtiment|ascenseur|espaces\s+verts|matériel|équipement)s?\b)"
        ),
        example="l'entretien de votre chaudière",
    ),
    # an interview only in a condition ("we will contact you if an interview will be
    # scheduled"), in every language
    Entry(
        "if_an_interview_is_scheduled",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "strong",
        (
            r"\b(?:(?:if|should)\s+an?\s+(?:interview|call)\s+(?:will\s+be|is|gets|would\s+be)\s+(?:scheduled|arranged|set\s+up)|"
            r"si\s+se\s+(?:programa|concierta|agenda)\s+una\s+entrevista|caso\s+(?:uma\s+)?entrevista\s+(?:seja|venha\s+a\s+ser)\s+"
            r"(?:agendada|marcada)|falls\s+ein\s+(?:vorstellungsgespräch|gespräch|interview)\s+(?:vereinbart|angesetzt|geplant)|"
            r"si\s+un\s+entretien\s+(?:est|était|devait\s+être)\s+(?:programmé|planifié|organisé)|qualora\s+(?:venga|sia)\s+"
            r"(?:fissato|programmato)\s+un\s+colloquio|als\s+er\s+een\s+gesprek\s+(?:wordt|zal\s+worden)\s+(?:ingepland|gepland))"
        ),
        example="if an interview will be scheduled",
    ),
    Entry(
        "if_your_profile_interview",
        ("de",),
        "strong",
        (
            r"\bif\s+(?:your|there(?:'s|\s+is)(?:\s+an?)?|we\s+(?:see|find)\s+an?)\s+(?:strong\s+|good\s+|potential\s+)?"
            r"(?:profile|background|experience|qualifications|skills|fit|match)\b"
            r".{0,80}?\b(?:interview|contact|reach\s+out|in\s+touch|schedule)"
        ),
        example="if your profile interview",
    ),
    Entry(
        "admission",
        ("en",),
        "strong",
        r"\b(?:admissions?|enrol(?:l)?ment|program(?:me)?\s+application)\b",
        example="admission",
    ),
    Entry(
        "visa",
        ("en",),
        "overrules",
        (
            r"\b(?:visa|consula(?:r|te)|embassy|passport|immigration|uscis|naturali[sz]ation|green\s+card|"
            r"citizenship|biometrics?)\b"
        ),
        example="visa",
    ),
    Entry(
        "after_your_interview",
        ("en",),
        "plain",
        (
            r"\b(?:after|since|following|about|from|during|(?:thank(?:s|\s+you)|grateful|appreciat\w*)\b[^.!?]{0,40}?\bfor)"
            r"\s+(?:your|our|the)\s+(?:[\w-]+\s+){0,2}?"
            # "during the interview, you will meet the team" describes an interview still to come
            r"(?:interviews?|onsite|on-site|call|conversation|chat)\b(?!\s+(?:on|at|is|will|with\s+\w+\s+on)|,?\s+you(?:'ll|\s+will))"
        ),
        example="after your interview",
    ),
    Entry(
        "thanks_for_the_time_you",
        ("en",),
        "plain",
        (
            r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:the\s+time\s+you\s+spent|(?:your|the)\s+time|"
            r"interviewing|meeting|speaking|taking\s+the\s+time)"
        ),
        example="thanks for the time you spent",
    ),
    # the steps of the process described, not an invitation
    Entry(
        "selected_candidates_are_invited_en",
        ("en",),
        "strong",
        r"\b(?:selected|shortlisted|successful|qualified)\s+(?:candidates|applicants)\s+(?:are|will\s+be|may\s+be|get)\s+(?:then\s+)?(?:invited|contacted|asked|scheduled)\b",
        example="selected candidates are invited",
    ),
    Entry(
        "candidatos_seleccionados_seran_invitados_es",
        ("es",),
        "strong",
        r"\b(?:candidat[oa]s|perfiles)\s+(?:seleccionad[oa]s|preseleccionad[oa]s)\s+(?:serán|son|recibirán)\s+(?:invitad|convocad|contactad|una\s+invitación)",
        example="los candidatos seleccionados serán convocados",
    ),
    Entry(
        "ausgewaehlte_bewerber_werden_eingeladen_de",
        ("de",),
        "strong",
        r"\b(?:ausgewählte|passende|geeignete)\s+(?:kandidat|bewerber)\w*\s+(?:werden|erhalten)\s+(?:\w+\s+){0,3}?(?:eingeladen|kontaktiert|einladung)",
        example="ausgewählte Bewerber werden eingeladen",
    ),
    Entry(
        "candidats_retenus_seront_convoques_fr",
        ("fr",),
        "strong",
        r"\bcandidat(?:e)?s\s+(?:retenu|présélectionné|sélectionné)(?:e)?s\s+(?:seront|sont|recevront)\s+(?:invité|convoqué|contacté|une\s+invitation)",
        example="les candidats retenus seront convoqués",
    ),
    Entry(
        "candidati_selezionati_saranno_invitati_it",
        ("it",),
        "strong",
        r"\bcandidati\s+(?:selezionati|preselezionati|idonei)\s+(?:saranno|verranno|vengono)\s+(?:invitati|convocati|contattati)",
        example="i candidati selezionati saranno convocati",
    ),
    Entry(
        "candidatos_selecionados_serao_convidados_pt",
        ("pt",),
        "strong",
        r"\bcandidatos\s+(?:selecionados|pré-selecionados|aprovados)\s+(?:serão|são)\s+(?:convidados|convocados|contatados|contactados)",
        example="os candidatos selecionados serão convidados",
    ),
    Entry(
        "geselecteerde_kandidaten_worden_uitgenodigd_nl",
        ("nl",),
        "strong",
        r"\bgeselecteerde\s+kandidaten\s+(?:worden|ontvangen)\s+(?:\w+\s+){0,3}?(?:uitgenodigd|benaderd|uitnodiging)",
        example="geselecteerde kandidaten worden uitgenodigd",
    ),
    Entry(
        "media_interview_on_air",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:entrevist\w*|intervist\w*|interview\w*|entretien)\b[^.]{0,60}?\b(?:en\s+directo|en\s+vivo|on\s+air|live\s+on|"
            r"in\s+diretta|en\s+direct|ao\s+vivo|en\s+nuestro\s+programa|in\s+our\s+(?:show|programme|program|podcast)|"
            r"nel\s+nostro\s+programma|dans\s+notre\s+émission|no\s+nosso\s+programa|in\s+unserer\s+sendung|"
            r"in\s+ons\s+programma|live\s+in\s+de\s+uitzending)"
        ),
        example="entrevista en directo",
    ),
    Entry(
        "newsletter_contents",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:au\s+sommaire|dans\s+ce\s+numéro|in\s+this\s+issue|en\s+este\s+número|in\s+dieser\s+ausgabe|"
            r"in\s+deze\s+editie|in\s+questo\s+numero|nesta\s+edição)\b"
        ),
        example="au sommaire",
    ),
    # issue 12, ninth batch: a journalist's or programme's interview, and advice about
    # interviews, in every language (neither is an invitation to the candidate's own)
    Entry(
        "interview_for_our_programme",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:interview\w*|entrevist\w*|intervist\w*|entretien)\b[^.!?\n]{0,60}?"
            + _PROGRAMME
            + r"|"
            + _PROGRAMME
            + r"[^.!?\n]{0,70}?\b(?:interview\w*|intervist\w*|entrevist\w*)"
        ),
        example="Queremos entrevistarte para nuestro programa",
    ),
    Entry(
        "interview_you_about_your_book",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:interview\w*|entrevist\w*|intervist\w*)\s+(?:you\s+|te\s+|sie\s+|dich\s+|vous\s+|ti\s+|la\s+|"
            r"je\s+|u\s+|você\s+)?(?:about|on|sobre|über|zu|sur|su|sul|sulla|over|acerca\s+de)\s+"
            r"(?:your|tu|su|ihr\w*|dein\w*|votre|ton|il\s+tuo|la\s+tua|il\s+suo|la\s+sua|tuo|tua|suo|sua|"
            r"o\s+seu|a\s+sua|seu|je|jouw|uw)\s+(?:\w+\s+)?(?:book|novel|research|study|paper|album|film|"
            r"exhibition|libro|novela|investigación|estudio|buch|roman|forschung|studie|livre|recherche|"
            r"étude|romanzo|ricerca|studio|livro|romance|pesquisa|estudo|boek|onderzoek)\b|"
            r"\b(?:zu|über)\s+(?:ihrem|deinem|ihrer|deiner)\s+(?:buch|roman|forschung|studie)\b"
            r"[^.!?\n]{0,40}?\binterview\w*"
        ),
        example="entrevistarte sobre tu libro",
    ),
    Entry(
        "how_to_prepare_for_an_interview",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # generic advice (an interview, interviews), not "prepare for your interview on Monday"
            r"\b(?:c[óo]mo)\s+(?:preparar(?:te|se)?|afrontar|superar)\s+(?:para\s+)?(?:una|las)\s+entrevistas?|"
            r"\bconsejos\s+para\s+(?:una|superar\s+una|las)\s+entrevistas?|"
            r"\bpreguntas\s+(?:más\s+)?(?:frecuentes|típicas|comunes)\s+(?:en|de)\s+(?:una|las)\s+entrevistas?|"
            r"\bso\s+bereite[nt]?\s+(?:sie|du)\s+(?:sich|dich)\s+(?:\w+\s+)?(?:auf|für)\s+(?:ein|das)\s+"
            r"(?:vorstellungsgespräch|bewerbungsgespräch|interview)|"
            r"\b(?:tipps|ratgeber|checkliste)\s+(?:für\s+(?:ein|das)|zum)\s+(?:vorstellungsgespräch|"
            r"bewerbungsgespräch|interview)|\bhäufige\s+fragen\s+im\s+vorstellungsgespräch|"
            r"\bcomment\s+(?:bien\s+)?(?:préparer|réussir)\s+(?:un|son|ses)\s+entretiens?|"
            r"\bconseils\s+pour\s+(?:réussir\s+)?(?:un|son|ses)\s+entretiens?|"
            r"\bquestions\s+(?:fréquentes|les\s+plus\s+posées|pièges)\s+(?:en|d')\s*entretien|"
            r"\bcome\s+(?:prepararsi|affrontare|superare)\s+(?:a\s+un|al|per\s+un|un)\s+(?:\w+\s+)?colloqui|"
            r"\bconsigli\s+per\s+(?:un|superare\s+un|affrontare\s+un)\s+colloquio|"
            r"\bdomande\s+(?:più\s+)?(?:frequenti|comuni)\s+(?:al|nel|durante\s+il)\s+colloquio|"
            r"\bcomo\s+(?:se\s+preparar|preparar-se|mandar\s+bem|arrasar)\s+(?:para|na|numa|em)\s+(?:uma\s+)?"
            r"entrevistas?|\bdicas\s+(?:para|de)\s+(?:uma\s+)?entrevistas?|"
            r"\bperguntas\s+(?:mais\s+)?(?:frequentes|comuns)\s+(?:em|numa)\s+entrevistas?|"
            r"\b(?:zo|hoe)\s+bereid\s+(?:je|u)\s+(?:je|zich)\s+(?:goed\s+)?voor\s+op\s+een\s+"
            r"(?:\w+\s+)?(?:sollicitatiegesprek|interview)|"
            r"\btips\s+voor\s+(?:een|het)\s+(?:\w+\s+)?(?:sollicitatiegesprek|interview)|"
            r"\b(?:veelgestelde|lastige)\s+vragen\s+(?:tijdens|in|bij)\s+(?:een|het)\s+sollicitatiegesprek"
        ),
        example="zo bereid je je voor op een sollicitatiegesprek",
    ),
    Entry(
        "questions_asked_in_an_interview",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a listicle's "the 5 questions always asked in an interview", in every language
            r"\b(?:\d+|three|five|ten|top|drei|fünf|zehn|häufigsten|tres|cinco|diez|trois|cinq|dix|tre|cinque|"
            r"dieci|três|dez|drie|vijf|tien)\s+(?:\w+\s+){0,2}?(?:questions|fragen|preguntas|domande|perguntas|"
            r"vragen|mistakes|fehler|errores|erreurs|errori|erros|fouten)\b[^.!?\n]{0,60}?"
            r"\b(?:interviews?|vorstellungsgespräch|entrevistas?|entretiens?|colloqui[oa]?|sollicitatiegesprek)\b"
        ),
        example="De 5 vragen die je altijd krijgt in een sollicitatiegesprek",
    ),
    Entry(
        "an_agency_presents_its_candidate",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "overrules",
        (
            # a recruiter offering a candidate to Alex as the hiring side: the interview is theirs
            r"\b(?:(?:pleased|happy|delighted|like)\s+to\s+(?:present|introduce|put\s+forward|submit|propose)|"
            r"(?:presentarte|presentarle|proponerte|proponerle|presentaros)|"
            r"(?:ihnen|dir|euch)\s+(?:gerne\s+|heute\s+)?(?:\w+\s+){0,2}?(?:vorstellen|vorschlagen)|"
            r"(?:vous|te)\s+(?:présenter|proposer)|"
            r"(?:presentarle|presentarti|proporle|proporti|presentarvi|proporvi)|"
            r"(?:apresentar|indicar)(?:-lhe|-te)?|"
            r"(?:stel|stellen|draag|dragen)\s+(?:ik|we|wij)\s+(?:graag\s+|hierbij\s+)?)"
            r"(?!\s+(?:you|yourself|a\s+ti|a\s+você)\b)[^.!?;\n]{0,25}?\b(?:candidate|candidat[oae]?|kandidaa?t\w*)\b|"
            # en: a named person put forward for Alex's opening
            r"\b(?:present|put\s+forward|submit)\s+(?!you\b)\w+\s+\w+\s+for\s+your\s+(?:[\w-]+\s+){0,4}?"
            r"(?:vacancy|opening|role|position|req\w*)\b|"
            # de: the verb last: "möchte ich Ihnen heute eine Kandidatin vorstellen"
            r"\b(?:ihnen|dir|euch)\s+(?:\w+\s+){0,3}?(?:kandidat\w*|profil)\s+(?:\w+\s+){0,2}?"
            r"(?:vorstellen|vorschlagen|vorstelle|vorschlage)\b|"
            r"\b(?:kandidaatvoorstel|kandidatenvorschlag|"
            r"proposition\s+de\s+candidat|propuesta\s+de\s+candidat[oa]|proposta\s+di\s+candidat[oa]|"
            r"indicação\s+de\s+candidat[oa])\b"
        ),
        example="I'm pleased to present Marcus Oyelaran for your Senior Data Engineer vacancy",
        where="both",
    ),
    Entry(
        "the_process_is_on_hold",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # the role or the process paused: news, not an invitation, whatever round it names
            r"\b(?:role|position|process|search|hiring|opening|req(?:uisition)?)\s+(?:is\s+|has\s+been\s+)?"
            r"(?:on\s+hold|paused)|\b(?:put|placed)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?"
            r"(?:role|position|process|search|hiring|opening)\s+on\s+hold\b|"
            r"\b(?:proceso|posición|vacante|puesto)\s+(?:\w+\s+){0,6}?(?:está|queda|ha\s+quedado)\s+"
            r"(?:en\s+pausa|congelad[oa]|suspendid[oa]|en\s+espera)\b|"
            r"\b(?:prozess|verfahren|auswahlverfahren|stelle|besetzung)\s+(?:\w+\s+){0,3}?"
            r"(?:ist\s+|wird\s+)?(?:pausiert|auf\s+eis\s+gelegt|vorerst\s+gestoppt|ausgesetzt)\b|"
            r"\b(?:processus|recrutement|poste)\s+(?:\w+\s+){0,3}?(?:est\s+)?(?:en\s+pause|suspendu|gelé)\b|"
            r"\b(?:processo|selezione|posizione)\s+(?:\w+\s+){0,3}?(?:è\s+)?(?:in\s+pausa|sospes[oa]|congelat[oa])\b|"
            r"\b(?:processo|vaga|seleção)\s+(?:\w+\s+){0,3}?(?:está\s+|foi\s+)?(?:em\s+pausa|pausad[oa]|"
            r"suspens[oa]|congelad[oa])\b|"
            r"\b(?:procedure|proces|vacature|functie)\s+(?:\w+\s+){0,3}?(?:is\s+|ligt\s+|wordt\s+)?"
            r"(?:on\s+hold|gepauzeerd|stilgelegd|tijdelijk\s+stil)\b"
        ),
        example="el proceso para la posición de Líder Técnico está en pausa",
    ),
    Entry(
        "we_will_say_whether_we_invite_you",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # an acknowledgement that says when it will decide on an interview (en: whether_we_set_up)
            r"\b(?:si|ob|of|se)\s+(?:te|le|la|lo|sie|dich|vous|te|ti|você|je|u|we\s+je|we\s+u|wij\s+je|"
            r"nous\s+vous|wir\s+sie|wir\s+dich|lo\s+|la\s+)?\s*(?:\w+\s+){0,3}?"
            r"(?:invitamos|invitaremos|convocamos|convocaremos|einladen|einlädt|invitons|inviterons|"
            r"convoquerons|convoquons|invitiamo|inviteremo|convochiamo|convocheremo|convidamos|"
            r"convidaremos|será\s+convidad[oa]|uitnodigen|uitnodigt)\b"
        ),
        example="laten we je weten of we je uitnodigen voor een kennismakingsgesprek",
    ),
    Entry(
        "a_radio_or_television_interview",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # the press asking for an interview on the air (media_interview_on_air: the other order)
            r"\b(?:live|radio|tv|television|on-air|broadcast)\s+(?:\w+\s+)?interview\b|"
            r"\bentrevista\s+(?:en\s+directo|en\s+vivo|radiofónica|televisiva|en\s+la\s+radio|para\s+la\s+radio)\b|"
            r"\b(?:radio|fernseh|live)-?interview\b|\binterview\s+(?:im\s+radio|im\s+fernsehen|live\s+im)\b|"
            r"\b(?:interview|entretien)\s+(?:radio|radiophonique|télévisée?|à\s+la\s+radio|en\s+direct)\b|"
            r"\bintervista\s+(?:radiofonica|televisiva|in\s+radio|in\s+diretta)\b|"
            r"\bentrevista\s+(?:na\s+rádio|para\s+a\s+rádio|ao\s+vivo|televisiva)\b|"
            r"\b(?:radio|tv|live)-?interview\b|\binterview\s+(?:op\s+de\s+radio|voor\s+de\s+radio|live\s+in)\b"
        ),
        example="would love a short live interview with you",
        where="both",
    ),
    Entry(
        "an_appointment_with_the_job_centre",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "overrules",
        (
            # the public employment service's adviser meeting: about the job search, not a hiring process
            r"\b(?:work\s+coach|jobcentre|job\s+centre|jobcenter|agentur\s+für\s+arbeit|arbeitsvermittler\w*|"
            r"arbeitsagentur|france\s+travail|pôle\s+emploi|votre\s+conseill(?:er|ère)\s+(?:france\s+travail|"
            r"pôle\s+emploi|emploi)|sepe|servicio\s+público\s+de\s+empleo|oficina\s+de\s+empleo|"
            r"centro\s+per\s+l'impiego|centri\s+per\s+l'impiego|iefp|centro\s+de\s+emprego|uwv|"
            r"werkcoach|klantmanager\s+werk)\b"
        ),
        example="un entretien avec votre conseiller France Travail",
        where="both",
    ),
    Entry(
        "my_own_interview",
        ("es", "de", "fr", "it", "pt", "nl"),
        "firm",
        (
            # the writer's own interview, forwarded or told (en: my_interview)
            r"\b(?:mi|mis)\s+(?:primera\s+|próxima\s+)?entrevista\b|"
            r"\bmein(?:em|en)?\s+(?:erste[ns]?\s+|nächste[ns]?\s+)?(?:vorstellungsgespräch|bewerbungsgespräch)\b|"
            r"\bmon\s+(?:premier\s+|prochain\s+)?entretien\b|"
            r"\bil\s+mio\s+(?:primo\s+|prossimo\s+)?colloquio\b|\bal\s+mio\s+colloquio\b|"
            r"\b(?:minha|a\s+minha)\s+(?:primeira\s+|próxima\s+)?entrevista\b|"
            r"\bmijn\s+(?:eerste\s+|volgende\s+)?(?:sollicitatie)?gesprek\b"
        ),
        example="mijn eerste gesprek in drie jaar",
    ),
    Entry(
        "questions_interviewers_ask",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # advice about the questions the hiring side asks: an article, not an invitation
            r"\b(?:(?:preguntas|perguntas|domande)\s+(?:que|che)\s+(?:hacen|fazem|fanno)\s+(?:los|las|os|as|i|gli)\s+"
            r"(?:reclutador|recrutador|selezionator|entrevistador)\w*|"
            r"(?:questions|fragen|preguntas|domande|perguntas|vragen),?\s+(?:that\s+|die\s+|que\s+|"
            r"qu'|che\s+|)?(?:\w+\s+)?(?:hiring\s+managers|recruiters|interviewers|employers|personaler\w*|"
            r"recruiter\w*|arbeitgeber|reclutador(?:es|as)|entrevistador(?:es|as)|empleadores|recruteurs|"
            r"employeurs|selezionatori|recruiter|datori\s+di\s+lavoro|recrutador(?:es|as)|entrevistador(?:es|as)|"
            r"empregadores|werkgevers|recruiters)\s+(?:\w+\s+){0,2}?(?:ask|stellen|hacen|posent|fanno|fazem|"
            r"stellen|vragen)\b)"
        ),
        example="the five questions hiring managers ask most often",
    ),
    Entry(
        "the_process_lists_its_stages",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        PROCESS_STAGES_LISTED,
        example="El proceso constará de una entrevista con Personas, una prueba práctica y una entrevista final.",
    ),
    # issue 12, fifteenth batch: an ATS status change to a stage named in quotes ("avançou para a
    # fase "Entrevista com a equipa""): the stage's name, not an invitation with its time
    Entry(
        "moved_to_the_named_stage",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:moved|advanced|progressed)\s+(?:forward\s+)?to\s+the\s+(?:stage|step|phase)|"
            r"(?:avanzó|avanzado|pasado|pasó|movido)\s+a\s+la\s+(?:fase|etapa)|"
            r"(?:in\s+(?:die|der)|zur)\s+(?:phase|stufe|runde)|"
            r"(?:passée?|avancée?)\s+(?:à|en)\s+l'étape|"
            r"(?:passata|avanzata|spostata)\s+alla\s+fase|"
            r"(?:avançou|passou|movida|avançada)\s+(?:para|à|pra)\s+(?:a\s+)?(?:fase|etapa)|"
            r"(?:doorgeschoven|verplaatst|door)\s+naar\s+de\s+(?:fase|stap|ronde))"
            r"\s*:?\s*[\"“„«'‘]\s*[^\"”“»'’\n]{3,60}[\"”“»'’]"
        ),
        example='A sua candidatura avançou para a fase "Entrevista com a equipa".',
    ),
    Entry(
        "the_stages_listed_ahead",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        STAGES_LISTED,
        example="Próximas etapas: teste online, entrevista com RH, entrevista técnica e proposta.",
    ),
    # issue 12, twelfth batch: mail that talks about an interview without inviting the
    # candidate to one (a survey about it, a rehearsal, someone else's, a conditional one,
    # one already held) and an agency putting its candidate forward
    Entry(
        "candidate_experience_survey",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "overrules",
        (
            r"\bhow\s+was\s+your\s+(?:interview(?:ing)?|candidate|application)\s+experience\b|"
            r"\b(?:tell\s+us|hear)\s+(?:about\s+)?(?:about\s+)?your\s+(?:interview(?:ing)?|candidate|application)\s+experience\b|"
            r"\b(?:candidate|interview)\s+(?:experience\s+)?survey\b|\btake\s+(?:the|our|a\s+short)\s+survey\b|"
            r"\bencuesta\s+(?:sobre\s+tu\s+experiencia|de\s+(?:satisfacción|experiencia))|\bcómo\s+fue\s+tu\s+experiencia\b|"
            r"\b(?:umfrage|befragung)\s+(?:zu\s+(?:ihrer|deiner)|zum)\s+(?:bewerbungs\w*|erfahrung)|"
            r"\bwie\s+war\s+(?:ihre|deine)\s+(?:bewerbungs)?erfahrung\b|"
            r"\b(?:enquête|questionnaire)\s+(?:de\s+satisfaction|sur\s+votre\s+expérience)|"
            r"\bcomment\s+s'est\s+passée\s+votre\s+expérience\b|"
            r"\b(?:sondaggio|questionario)\s+(?:di\s+soddisfazione|sulla\s+(?:tua|sua)\s+esperienza)|"
            r"\bcom'è\s+andata\s+la\s+(?:tua|sua)\s+esperienza\b|"
            r"\bpesquisa\s+(?:de\s+satisfação|sobre\s+(?:a\s+)?sua\s+experiência)|\bcomo\s+foi\s+(?:a\s+)?sua\s+experiência\b|"
            r"\b(?:enquête|vragenlijst)\s+over\s+(?:je|jouw|uw)\s+(?:ervaring|sollicitatie)|"
            r"\bhoe\s+was\s+(?:je|jouw|uw)\s+(?:sollicitatie-?)?ervaring\b"
        ),
        example="How was your interview experience with Acme?",
        where="both",
    ),
    Entry(
        "mock_interview_all",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:entretiens?\s+blancs?|simulation\s+d'entretien|simulacros?\s+de\s+entrevista|"
            r"entrevistas?\s+simuladas?|simulación\s+de\s+entrevista|colloqui?o?\s+simulat[oi]|"
            r"simulazione\s+(?:di|del)\s+colloquio|simulaç(?:ão|ões)\s+de\s+entrevista|"
            r"probe(?:vorstellungs)?gespräch|übungs(?:vorstellungs)?gespräch|probeinterview|"
            r"bewerbungsgespräch\s+(?:üben|simulieren|proben)|proefsollicitatie|oefen(?:sollicitatie)?gesprek|"
            r"sollicitatiegesprek\s+oefenen)\b"
        ),
        example="on fasse un entretien blanc",
        where="both",
    ),
    Entry(
        "someone_elses_interview",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:my|his|her|their)\s+(?:sister|brother|son|daughter|wife|husband|partner|friend|cousin|mom|mother|"
            r"dad|father|niece|nephew|roommate|flatmate)(?:'s)?\s+(?:\w+\s+){0,4}?(?:job\s+)?interview|"
            r"\b(?:mi|su)\s+(?:hermana|hermano|hija|hijo|esposa|esposo|marido|novia|novio|pareja|amiga|amigo|prima|"
            r"primo|madre|padre|sobrina|sobrino)\s+(?:\w+\s+){0,3}?entrevista|"
            r"\bentrevista\s+de\s+(?:mi|minha|meu)\s+(?:hermana|hermano|hija|hijo|irmã|irmão|filha|filho|amiga|amigo)\b|"
            r"\b(?:minha|meu)\s+(?:irmã|irmão|filha|filho|esposa|marido|namorada|namorado|amiga|amigo|prima|primo|"
            r"mãe|pai)\s+(?:\w+\s+){0,3}?entrevista|"
            r"\b(?:ma|mon)\s+(?:sœur|soeur|frère|fille|fils|femme|mari|copine|copain|amie?|cousine?|mère|père)\s+"
            r"(?:\w+\s+){0,3}?entretien|"
            r"\b(?:mia|mio)\s+(?:sorella|fratello|figlia|figlio|moglie|marito|ragazza|ragazzo|amica|amico|cugina|cugino)\s+"
            r"(?:\w+\s+){0,3}?colloquio|"
            r"\b(?:meine|mein)\s+(?:schwester|bruder|tochter|sohn|frau|mann|freundin|freund|mutter|vater)\s+"
            r"(?:\w+\s+){0,3}?(?:vorstellungsgespräch|bewerbungsgespräch)|"
            r"\bmijn\s+(?:zus|broer|dochter|zoon|vrouw|man|vriendin|vriend|moeder|vader)\s+(?:\w+\s+){0,3}?sollicitatiegesprek"
        ),
        example="Mi hermana tiene su entrevista para enfermera el lunes",
        where="both",
    ),
    Entry(
        "if_your_profile_fits_all",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # an interview promised only on a condition: an acknowledgement, not an invitation
            r"\bsi\s+(?:votre|ton)\s+(?:profil|candidature|parcours)\s+(?:\w+\s+){0,3}?(?:correspond|retient|répond|est\s+retenu)|"
            r"\bsi\s+(?:tu|su)\s+(?:perfil|candidatura)\s+(?:\w+\s+){0,3}?(?:encaja|se\s+ajusta|coincide|corresponde|"
            r"resulta|es\s+seleccionad)|\ben\s+caso\s+de\s+(?:interés|que\s+tu\s+perfil)|"
            r"\b(?:se|qualora)\s+il\s+(?:tuo|suo)\s+profilo\b|\bin\s+caso\s+di\s+(?:interesse|esito\s+positivo)\b|"
            r"\b(?:caso|se)\s+(?:o\s+)?(?:seu|teu)\s+perfil\b|\bem\s+caso\s+de\s+interesse\b|"
            r"\b(?:sollte|wenn|falls)\s+(?:ihr|dein)\s+profil\b|"
            r"\b(?:als|indien|mocht)\s+(?:je|jouw|uw)\s+profiel\b"
        ),
        example="Si votre profil correspond à nos attentes, nous reviendrons vers vous",
    ),
    # issue 12, fourteenth batch: the same promise with the subject left out or the
    # candidate as subject ("qualora risultasse in linea con i requisiti, sarà nostra cura
    # ricontattarla per un colloquio", "caso seja selecionado, entraremos em contato")
    Entry(
        "if_you_are_found_suitable_all",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:qualora|se|nel\s+caso\s+(?:in\s+cui)?)\s+(?:(?:lei|tu)\s+)?(?:risultasse|risulti|risulterà|"
            r"fosse|sarà|venisse|venga|verrà)\s+(?:in\s+linea|idone|interessant|adatt|coerente|selezionat|"
            r"preselezionat)|"
            r"(?:si|en\s+caso\s+de\s+que)\s+(?:resultas|resulta|resultaras|resultase|eres|fueras|fuera|quedas|"
            r"sales)\s+(?:pre)?seleccionad|en\s+caso\s+de\s+(?:resultar|ser|quedar)\s+(?:pre)?seleccionad|"
            r"(?:caso|se)\s+(?:voc[eê]\s+)?(?:seja|for|fores|sejas)\s+(?:pr[eé]-?)?(?:selecionad|aprovad|escolhid)|"
            r"(?:falls|wenn|sollten)\s+(?:sie|du)\s+(?:\w+\s+){0,3}?(?:in\s+die\s+engere\s+auswahl|in\s+frage|"
            r"ausgewählt|berücksichtigt)|"
            r"si\s+(?:vous\s+êtes|tu\s+es)\s+(?:pré-?)?(?:retenue?|sélectionnée?)|"
            r"(?:should|if)\s+you\s+be\s+(?:shortlisted|selected|chosen)|if\s+shortlisted|"
            r"(?:als|indien|mocht(?:en)?)\s+(?:je|u)\s+(?:\w+\s+){0,2}?(?:geselecteerd|doorgaat|door\s+gaat|"
            r"in\s+aanmerking\s+komt))"
            r"[^.!?\n]{0,160}"
        ),
        example="Qualora risultasse in linea con i requisiti, la ricontatteremo per un colloquio.",
    ),
    Entry(
        "after_your_interview_all",
        ("es", "de", "fr", "it", "pt", "nl"),
        "plain",
        (
            # an interview already held, named to say what comes next
            r"\b(?:tras|después\s+de|luego\s+de)\s+(?:tu|su|la|nuestra)\s+(?:\w+\s+)?(?:entrevista|charla)\b|"
            r"\b(?:suite\s+à|à\s+la\s+suite\s+de|dans\s+la\s+continuité\s+de|après)\s+(?:votre|notre|ton)\s+"
            r"(?:\w+\s+)?(?:entretien|échange)\b|"
            r"\b(?:nach|im\s+anschluss\s+an)\s+(?:ihrem|deinem|unserem|dem)\s+(?:\w+\s+)?(?:gespräch|interview|telefonat)\b|"
            r"\b(?:dopo|in\s+seguito\s+al|a\s+seguito\s+del)\s+(?:il\s+)?(?:tuo\s+|suo\s+|nostro\s+)?"
            r"(?:colloquio|chiacchierata)\b|"
            r"\b(?:após|depois\s+d[ae])\s+(?:a\s+)?(?:sua|nossa)\s+(?:\w+\s+)?(?:entrevista|conversa)\b|"
            r"\b(?:na|naar\s+aanleiding\s+van)\s+(?:je|jouw|uw|ons)\s+(?:\w+\s+)?(?:gesprek|sollicitatiegesprek)\b"
        ),
        example="Dans la continuité de votre entretien téléphonique",
    ),
    Entry(
        "interview_tips_all",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:consejos|tips)\s+para\s+(?:tu|la|una)\s+entrevista|\bconseils\s+pour\s+(?:votre|ton|un|réussir\s+(?:votre|ton|un))\s+entretien|"
            r"\bconsigli\s+per\s+(?:il\s+tuo\s+|il\s+)?colloquio|\bdicas\s+para\s+(?:a\s+sua\s+|sua\s+|a\s+|uma\s+)?entrevista|"
            r"\btipps\s+(?:für|zum)\s+(?:ihr\s+|dein\s+|das\s+)?(?:vorstellungs|bewerbungs)gespräch|"
            r"\btips\s+voor\s+(?:je|jouw|uw|het|een)\s+sollicitatiegesprek|"
            r"\b(?:zo|hoe)\s+bereid\s+je\s+(?:je|jezelf)\s+(?:\w+\s+){0,2}?(?:sollicitatiegesprek|gesprek)\s+voor\b"
        ),
        example="5 tips voor je sollicitatiegesprek",
        where="both",
    ),
    Entry(
        "an_agency_sends_a_candidates_profile",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "overrules",
        (
            # conjugated: "je vous présente la candidature de M. X" (the infinitive is in
            # an_agency_presents_its_candidate); not the job's own profile ("le profil de poste")
            r"\b(?:(?:je|nous)\s+vous\s+(?:présente|présentons|propose|proposons|adresse|transmets|transmettons)\s+"
            r"(?:la\s+candidature|le\s+profil|le\s+cv)\s+d(?:e|')(?!\s*(?:poste|l'offre|la\s+mission))|"
            r"(?:te|le|les)\s+(?:presento|presentamos|propongo|proponemos|env[íi]o|enviamos)\s+"
            r"(?:la\s+candidatura|el\s+perfil|el\s+cv|el\s+currículum)\s+de\b(?!\s+(?:la\s+vacante|el\s+puesto))|"
            r"(?:ti|le|vi)\s+(?:presento|presentiamo|propongo|proponiamo|invio|inviamo|giro)\s+"
            r"(?:la\s+candidatura|il\s+profilo|il\s+cv|il\s+curriculum)\s+d(?:i|el|ella)\b|"
            r"(?:apresento|apresentamos|envio|enviamos|indico|indicamos)(?:-lhe|-te)?\s+"
            r"(?:a\s+candidatura|o\s+perfil|o\s+cv|o\s+currículo)\s+d[eoa]\b(?!\s+(?:vaga|cargo))|"
            r"(?:sende|senden|schicke|schicken|übermittle|übermitteln)\s+(?:ihnen|dir|euch)\s+(?:\w+\s+){0,2}?"
            r"(?:das\s+profil|den\s+lebenslauf|die\s+bewerbung)\s+(?:von|des|der)\s+(?:herrn?|frau|kandidat\w*)\b|"
            r"(?:stuur|sturen)\s+(?:ik|we|wij)\s+(?:je|u|jou)\s+(?:graag\s+)?(?:het\s+profiel|het\s+cv)\s+van\s+"
            r"(?:de\s+heer|mevrouw|kandida\w+)\b|"
            r"(?:sending|forwarding)\s+you\s+(?:the\s+)?(?:cv|resume|résumé|profile)\s+of\s+(?:our\s+)?(?:candidate|mr|mrs|ms)\b)"
        ),
        example="je vous présente la candidature de M. Thomas Dufresne pour votre poste",
        where="both",
    ),
    # issue 12, thirteenth batch: a question asked before any interview is set up ("before I
    # set up time with the hiring manager, could you share your salary expectations?")
    Entry(
        "before_an_interview_is_set_up",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "plain",
        (
            r"\b(?:before\s+(?:i|we)\s+(?:set\s+up|schedule|book|arrange|line\s+up)\s+(?:any\s+)?(?:time|an?\s+"
            r"(?:interview|call|chat)|anything|interviews)|antes\s+de\s+(?:agendar|programar|concertar|coordinar)\s+"
            r"(?:una|la|cualquier)\s+(?:entrevista|llamada|reunión)|bevor\s+wir\s+(?:einen|ein)\s+(?:termin|gespräch|"
            r"interview|telefonat)\s+(?:vereinbaren|planen|ansetzen|ausmachen)|avant\s+de\s+(?:planifier|programmer|"
            r"fixer|caler|organiser)\s+(?:un|l')\s*(?:entretien|appel|rendez-vous|échange)|prima\s+di\s+(?:fissare|"
            r"programmare|organizzare)\s+(?:un|il)\s+(?:colloquio|call|incontro)|antes\s+de\s+(?:agendar|marcar)\s+"
            r"(?:uma|a)\s+(?:entrevista|conversa|chamada)|voordat\s+(?:we|ik)\s+(?:een|het)\s+(?:gesprek|afspraak|"
            r"interview)\s+(?:inplannen|plannen|maken|inplan))\b"
        ),
        example="Before I set up time with the hiring manager, could you share your salary expectations?",
    ),
)


__all__ = [
    "PHRASES",
    "PROCESS_STAGES_LISTED",
    "STAGES_LISTED",
]
