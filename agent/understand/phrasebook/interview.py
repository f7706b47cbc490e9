"""Phrases for ``interview``: an invitation to interview, a request to pick a slot, a booked interview (DESIGN.md kinds).

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

# building blocks of the compositional families below (every language at once)
# an interview, call or conversation, as hiring mail names it
_TALK = (
    r"(?:[\w-]*interview\w*|entrevista|entretien|\w*gespräch|\w*gesprek|colloquio|conversation|"
    r"conversación|conversa|call|chat|llamada|videollamada|chamada|videochamada|appel|échange|"
    r"telefonat|video-?call|chiamata|videochiamata|kennismaking\w*|kennenlernen|termin|afspraak)"
)
# an interview or a conversation, in 7 languages; and a call or an appointment (anyone's)
_INTERVIEW = (
    r"(?:[\w-]*interview\w*|entrevista|entretien|\w*gespräch|\w*gesprek|colloquio|conversation|"
    r"conversación|conversa|kennismaking\w*|kennenlernen)"
)
_CALL = (
    r"(?:llamada|videollamada|chamada|videochamada|appel|échange|telefonat|videocall|chiamata|"
    r"videochiamata|termin|afspraak)"
)
# moving a meeting to another time (the stems of the verbs)
_MOVE = (
    r"(?:move|moving|push|shift|reschedul|postpon|bring\s+forward|mover|cambiar|pasar|aplazar|posponer|"
    r"trasladar|reprogramar|verschieben|verlegen|décaler|déplacer|reporter|avancer|spostare|posticipare|"
    r"anticipare|rimandare|remarcar|mudar|adiar|reagendar|antecipar|verzetten|verplaatsen|opschuiven|"
    r"omzetten|verschuiv|schuiven|verleg)"
)
# a technical round of the hiring process, named (a session, an interview), in 7 languages
TECHNICAL_SESSION = (
    r"(?:(?:sesi[óo]n|entrevista|prueba)\s+t[ée]cnica|technical\s+(?:session|interview|round)|"
    r"entretien\s+technique|technisch\w*\s+(?:gespräch|interview)|fachgespräch|colloquio\s+tecnico|"
    r"sessione\s+tecnica|sess[ãa]o\s+t[ée]cnica|technisch\s+gesprek|technische\s+sessie)"
)
# the hiring side a candidate meets (hiring manager, recruiter, team lead), in 7 languages
_HIRING_SIDE = (
    r"(?:hiring\s+manager|recruiter|recruiting\s+team|talent\s+team|team\s+lead|responsable\s+de\s+"
    r"(?:contratación|selección|rrhh)|reclutador[a]?|teamleiter\w*|personalverantwortlich\w*|"
    r"abteilungsleiter\w*|manager|chargée?\s+de\s+recrutement|recruteu\w+|responsabile|selezionat\w+|"
    r"recrutador[a]?|gestor[a]?|teamleider|leidinggevende)"
)
# a day: a weekday (by its first letters), tomorrow, next ..., or a number, in 7 languages
_DAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"luned|marted|mercoled|gioved|venerd|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|mañana|morgen|demain|domani|amanhã|next|próxim|nächst|prochain|"
    r"prossim|volgend|\d)\w*"
)


def _moved_to_another_day(noun: str) -> str:
    """The pattern of ``noun`` moved to another day, in either order of the languages:
    "move the interview to Thursday", "het gesprek verzetten naar maandag", "das Gespräch
    auf Montag verschieben"."""
    to_day = r"\b(?:to|till|until|al?|para|pra|auf|à|au|naar|op)\s+(?:\w+\s+)?" + _DAY
    return (
        rf"\b{noun}\b[^.!?\n]{{0,40}}?\b{_MOVE}\w*\b[^.!?\n]{{0,25}}?{to_day}|"
        rf"\b{_MOVE}\w*\s+(?:\w+\s+){{0,2}}?(?:l')?{noun}\b[^.!?\n]{{0,15}}?{to_day}|"
        rf"\b{noun}\b[^.!?\n]{{0,30}}?\b(?:auf|naar|op)\s+(?:den\s+)?{_DAY}[^.!?\n]{{0,30}}?"
        r"\b(?:verschieben|verlegen|verzetten|verplaatsen|verschuiven)\b"
    )


#: the candidate's later round with a named person ("your second round with our CTO", "je
#: tweede ronde met Pieter"): an interview, and hiring talk in itself
LATER_ROUND_WITH = (
    r"\b(?:your\s+(?:second|third|next|final|last|2nd|3rd)\s+(?:round|interview)\s+with|"
    r"tu\s+(?:segunda|tercera|próxima|última)\s+(?:ronda|entrevista)\s+con|"
    r"su\s+(?:segunda|tercera|próxima|última)\s+(?:ronda|entrevista)\s+con|"
    r"(?:deine|ihre)\s+(?:zweite|dritte|nächste|letzte|finale)\s+(?:runde|gesprächsrunde)\s+mit|"
    r"(?:dein|ihr)\s+(?:zweites|drittes|finales)\s+(?:gespräch|interview)\s+mit|"
    r"(?:ton|votre)\s+(?:deuxième|second|troisième|prochain|dernier)\s+(?:tour|entretien)\s+avec|"
    r"(?:il\s+)?(?:tuo|suo)\s+(?:secondo|terzo|prossimo|ultimo)\s+(?:colloquio|round)\s+con|"
    r"(?:a\s+)?(?:sua|tua)\s+(?:segunda|terceira|próxima|última)\s+(?:rodada|ronda|entrevista|etapa)\s+com|"
    r"(?:je|uw)\s+(?:(?:tweede|derde|volgende|laatste)\s+(?:ronde|gespreksronde)|(?:tweede|derde)\s+gesprek)\s+met)\b"
)

PHRASES: tuple[Entry, ...] = (
    # issue 12: common families the engine missed, and Dutch at parity with the others
    Entry(
        "telephone_interview",
        ("en",),
        "strong",
        r"\btele(?:phone|fonic)\s+(?:interview|screen(?:ing)?)\b",
        example="telephone interview",
    ),
    Entry(
        "like_to_conduct_interview",
        ("en",),
        "strong",
        (
            r"\b(?:like|love|want|wish)\s+to\s+(?:conduct|hold|arrange|organi[sz]e)\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+){0,2}?interview\b"
        ),
        example="like to conduct interview",
    ),
    Entry(
        "ve_set_up_your_interview",
        ("en",),
        "strong",
        (
            r"\b(?:i've|i\s+have|we've|we\s+have)\s+(?:now\s+)?(?:set\s+up|scheduled|booked|arranged)\s+your\s+"
            r"(?:[\w-]+\s+){0,2}?interview\b"
        ),
        example="i've set up your interview",
    ),
    Entry(
        "invite_you_in_for_interview",
        ("en",),
        "strong",
        (
            r"\binvite\s+you\s+(?:in|over|back|to\s+(?:our|the)\s+(?:office|studio))\s+(?:for|to)\s+"
            r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:interview|conversation|chat)"
        ),
        example="invite you in for interview",
    ),
    Entry(
        "move_you_forward_to_second",
        ("en",),
        "strong",
        r"\b(?:move|moving|bring|take)\s+you\s+forward\s+to\s+(?:a|the)\s+(?:second|final|next|third)\s+round\b",
        example="move you forward to a second round",
    ),
    Entry(
        "lock_in_your_interview",
        ("en",),
        "strong",
        r"\block\s+in\s+your\s+(?:[\w-]+\s+)?interview\b",
        example="lock in your interview",
    ),
    Entry(
        "realizar_una_entrevista",
        ("es", "pt", "it", "fr", "de"),
        "strong",
        r"\b(?:realizar|tener|hacerte|hacer)\s+una\s+entrevista\b",
        example="realizar una entrevista",
    ),
    Entry(
        "queda_confirmada_tu_entrevista",
        ("es",),
        "strong",
        r"\bqueda\s+confirmada\s+(?:tu|su)\s+entrevista\b",
        example="queda confirmada tu entrevista",
    ),
    Entry(
        "le_confermo_colloquio",
        ("it",),
        "strong",
        r"\b(?:le|ti)\s+confermo\s+(?:il\s+)?colloquio\b|\b(?:fissare|organizzare|programmare)\s+un\s+colloquio\b",
        example="le confermo colloquio",
    ),
    Entry(
        "je_vous_propose_unentretien",
        ("fr",),
        "strong",
        r"\b(?:je|nous)\s+vous\s+(?:propose|proposons|confirme|confirmons)\s+(?:un|une|votre|l')\s*(?:\w+\s+)?"
        r"(?:entretien|rendez-vous|échange|appel|rencontre|visio)\b",
        example="je vous propose unentretien",
    ),
    Entry(
        "pour_entretien_technique",
        ("fr",),
        "strong",
        r"\bpour\s+l'entretien\s+(?:technique|final|individuel|de\s+recrutement|d'embauche)\b",
        example="pour l'entretien technique",
    ),
    Entry(
        "souhaiterais_vous_rencontrer",
        ("fr",),
        "strong",
        r"\bsouhaiterais\s+vous\s+rencontrer\b",
        example="souhaiterais vous rencontrer",
    ),
    Entry(
        "laden_sie_vorstellungsgespräch_ein",
        ("de",),
        "strong",
        r"\bladen\s+(?:wir\s+)?sie\b.{0,80}?\b(?:vorstellungsgespräch|gespräch|interview)\b.{0,80}?\bein\b",
        example="laden sie vorstellungsgespräch ein",
    ),
    Entry(
        "bestätige_ich_ihnen_das_vorstellungsgespräch",
        ("de",),
        "strong",
        r"\bbestätige\s+ich\s+ihnen\s+(?:das|den)\s+(?:vorstellungsgespräch|gespräch|termin)\b",
        example="bestätige ich ihnen das vorstellungsgespräch",
    ),
    Entry(
        "nodigen_je_uit_voor_een",
        ("nl",),
        "strong",
        (
            r"\b(?:nodigen|nodig)\s+(?:je|u|jou)\s+(?:graag\s+)?uit\s+voor\s+een\s+(?:[\w-]+\s+)?"
            r"(?:sollicitatiegesprek|gesprek|kennismakingsgesprek|interview|videogesprek)"
        ),
        example="nodigen je uit voor een sollicitatiegesprek",
    ),
    Entry(
        "sollicitatiegesprek",
        ("nl",),
        "strong",
        (
            r"\b(?:sollicitatiegesprek|kennismakingsgesprek|selectiegesprek|tweede\s+gesprek|vervolggesprek|"
            r"eerste\s+gesprek)\b"
        ),
        example="sollicitatiegesprek",
    ),
    Entry(
        "gesprek_inplannen",
        ("nl",),
        "strong",
        r"\b(?:een\s+)?(?:gesprek|afspraak)\s+(?:met\s+(?:je|u)\s+)?(?:inplannen|plannen)\b",
        example="gesprek inplannen",
    ),
    Entry(
        "zien_we_je_gesprek",
        ("nl",),
        "strong",
        r"\bzien\s+we\s+(?:je|u)\b.{0,60}?\b(?:gesprek|interview)\b",
        example="zien we je gesprek",
    ),
    Entry(
        "that_confirmed",
        ("en",),
        "supporting",
        r"\b(?:that's|that\s+is|you're|you\s+are|all)\s+(?:now\s+)?(?:confirmed|booked|set)\b",
        example="that's confirmed",
    ),
    # recruiter mail as it really reads: picking a slot, terse confirmations, closed roles,
    # revised and e-signed offers
    Entry(
        "choose_time_for_your",
        ("en",),
        "strong",
        r"\b(?:choose|pick|select|book)\s+a\s+(?:time|slot)\s+for\s+your\b",
        example="choose a time for your",
    ),
    Entry(
        "are_you_free_tomorrow",
        ("en",),
        "strong",
        r"\bare\s+you\s+(?:free|available)\s+(?:on\s+)?(?:tomorrow|mon|tue|wed|thu|fri)\w*\b[^.?!\n]{0,25}?\d",
        example="are you free tomorrow 1",
    ),
    Entry(
        "confirmed_for_tomorrow",
        ("en",),
        "strong",
        r"\bconfirmed\s+for\s+(?:tomorrow|mon|tue|wed|thu|fri)\w*\b[^.?!\n]{0,25}?\d",
        example="confirmed for tomorrow 1",
    ),
    Entry(
        "schedule_your_interview",
        ("en",),
        "strong",
        r"^schedule\s+your\s+(?:\w+\s+)?interview\b",
        example="schedule your interview",
        where="subject",
    ),
    # itineraries, e-sign offers and invitations phrased around the time
    Entry(
        "your_onsite_schedule",
        ("en",),
        "strong",
        (
            r"\b(?:your|the)\s+(?:[\w&'-]+\s+){0,2}?(?:virtual\s+)?(?:onsite|on-site|interview|final[-\s]round|"
            r"panel)\s+(?:schedule|itinerary|agenda)\b"
        ),
        example="your onsite schedule",
        where="both",
    ),
    Entry(
        "einladung_für_uhr",
        ("de",),
        "clear",
        r"\beinladung\s+(?:für|zum|zur|zu)\b[^\n]{0,60}?\d{1,2}[:.]\d{2}\s*uhr",
        example="einladung für 1:11uhr",
        where="both",
    ),
    Entry(
        "invitation_pour",
        ("fr",),
        "clear",
        r"\binvitation\s+(?:pour|à)\b[^\n]{0,60}?\d{1,2}\s*h\s*\d{0,2}",
        example="invitation pour 1h",
        where="both",
    ),
    # ------------------------------------------------------------------ interview
    Entry(
        "invite_to_interview",
        ("en",),
        "strong",
        (
            r"\binvit(?:e|ed|ing|ation)\s+(?:you\s+)?(?:to|for)\s+(?!a\s+scheduled\s+(?:zoom|teams|webex)\b)"
            r"(?:an?\s+|the\s+|our\s+|your\s+)?(?:[\w-]+\s+){0,3}?"
            r"(?:interview|conversation|call|chat|meeting|screen|onsite|on-site|loop|round)\b"
        ),
        example="invite to interview",
    ),
    Entry(
        "offer_you_interview",
        ("en",),
        "strong",
        r"\boffer\s+you\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:interview|slot\s+in\s+the\s+next\s+round)\b",
        example="offer you interview",
    ),
    Entry(
        "like_to_schedule_interview",
        ("en",),
        "strong",
        (
            r"\b(?:like|love|want|happy|pleased|excited|glad)\s+to\s+(?:schedule|set\s+up|arrange|book|organi[sz]e|"
            r"do|have|grab|invite\s+you\s+(?:to|for)|move\s+you\s+forward\s+to|have\s+you\s+(?:in|for))\s+"
            r"(?:an?\s+|the\s+|your\s+|some\s+)?(?:[\w\"'-]+\s+){0,3}?(?:interview|conversation|call|chat|"
            r"meeting|screen|onsite|on-site|review|coffee)"
        ),
        example="like to schedule interview",
    ),
    # an appointment "to meet you" (a time, a date, a slot), in the languages where no other
    # phrase says it
    Entry(
        "arrange_a_time_to_meet",
        ("en", "es", "it", "pt"),
        "strong",
        (
            r"\b(?:(?:like|love|want|happy|glad)\s+to\s+(?:schedule|set\s+up|arrange|book|find)\s+(?:a|some)\s+time\s+"
            r"(?:for\s+us\s+|with\s+you\s+)?to\s+(?:meet|talk|speak|chat|connect)\b|(?:concertar|agendar|programar|fijar|"
            r"coordinar)\s+(?:una\s+)?(?:cita|reunión|hora|horario|fecha)\s+(?:\w+\s+){0,2}?para\s+(?:conocerte|conocerle|"
            r"conocerla|conocernos|hablar\s+contigo|entrevistarte)|(?:fissare|organizzare|concordare|programmare)\s+(?:un\s+)?"
            r"(?:appuntamento|incontro|orario|data)\s+(?:\w+\s+){0,2}?per\s+(?:conoscerla|conoscerti|conoscerci|incontrarla|"
            r"incontrarti|un\s+colloquio)|(?:agendar|marcar|combinar)\s+(?:um\s+|uma\s+)?(?:horário|encontro|reunião|conversa|"
            r"data)\s+(?:\w+\s+){0,2}?para\s+(?:conversarmos|conhecê-l[oa]|te\s+conhecer|conhecer\s+você|nos\s+conhecermos|"
            r"uma\s+entrevista))"
        ),
        example="I would like to schedule a time for us to meet",
    ),
    Entry(
        "like_to_speak_you",
        ("en",),
        "strong",
        r"\b(?:like|love|want)\s+to\s+(?:speak|talk|meet|chat)\s+(?:with\s+)?(?:you|further)\b",
        example="like to speak you",
    ),
    Entry(
        "interview_is_scheduled",
        ("en",),
        "strong",
        (
            r"\b(?:interview|onsite|on-site|call|chat|meeting|screen|conversation)\s+(?:is|has\s+been|was|will\s+be|"
            r"are)\s+(?:now\s+)?(?:scheduled|confirmed|booked|set|moved|rescheduled)"
        ),
        example="interview is scheduled",
    ),
    Entry(
        "call_is_scheduled",
        ("en",),
        "strong",
        (
            r"\b(?:call|interview|chat|meeting|conversation|screen)\b[^.!?\n]{0,150}?\bis\s+(?:now\s+)?"
            r"(?:scheduled|confirmed|booked)\b"
        ),
        example="call is scheduled",
    ),
    Entry(
        "confirm_your_interview",
        ("en",),
        "strong",
        (
            r"\b(?:confirm|confirming|confirmed|confirmation\s+of)\s+(?:for\s+)?(?:your|the|our|an?)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:interview|call|chat|conversation|onsite)"
        ),
        example="confirm your interview",
    ),
    Entry(
        "your_interview_with",
        ("en",),
        "strong",
        r"\byour\s+(?:[\w-]+\s+){0,2}?(?:interview|onsite|on-site)\s+(?:with|for|on|at|is|has|will)\b",
        example="your interview with",
    ),
    Entry(
        "schedule_time_for_your_interview",
        ("en",),
        "strong",
        (
            r"\b(?:schedule|book|pick|select|choose|find)\s+(?:a|an|your|the)\s+(?:convenient\s+|suitable\s+)?"
            r"(?:time|slot|date)\s+(?:for|to)\s+(?:your|an?|the|our)\s+(?:[\w-]+\s+){0,2}?(?:interview|call|chat|"
            r"conversation|screen)"
        ),
        example="schedule a time for your interview",
    ),
    Entry(
        "schedule_your_interview_2",
        ("en",),
        "strong",
        (
            r"\b(?:schedule|book|set\s+up|arrange)\s+(?:your|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:interview|review|call|"
            r"chat|conversation|screen|onsite)\b"
        ),
        example="schedule your interview",
    ),
    Entry(
        "send_your_availability",
        ("en",),
        "strong",
        r"\b(?:send|share|provide|let\s+(?:me|us)\s+know)\s+(?:me\s+|us\s+)?(?:your|some)\s+availability\b",
        example="send your availability",
    ),
    Entry(
        "availability_for_interview",
        ("en",),
        "strong",
        r"\bavailability\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:interview|call|chat|conversation|screen)",
        example="availability for interview",
    ),
    Entry(
        "next_round_interview",
        ("en",),
        "strong",
        r"\b(?:next|final|second|third|first|onsite|on-site)\s+(?:round|stage)\s+(?:of\s+)?(?:interviews?)\b",
        example="next round interview",
    ),
    Entry(
        "are_you_free_chat",
        ("en",),
        "strong",
        (
            r"\b(?:are|would)\s+you\s+(?:be\s+)?(?:free|available)\b[^.?!]{0,80}?\b(?:chat|call|conversation|interview|"
            r"meet|talk|zoom|video)"
        ),
        example="are you free chat",
    ),
    Entry(
        "get_you_on_the_calendar",
        ("en",),
        "strong",
        r"\bget\s+you\s+on\s+(?:the|our|my|their|his|her)\s+calendar",
        example="get you on the calendar",
    ),
    Entry(
        "move_to_interview_stage",
        ("en",),
        "strong",
        (
            r"\b(?:move|moving|advance|advancing|progress|progressing)\s+(?:you\s+)?(?:forward\s+)?to\s+(?:the\s+)?"
            r"(?:interview|next|final|onsite|technical|second)\s+(?:stage|round|step|interview)"
        ),
        example="move to interview stage",
    ),
    Entry(
        "selected_to_interview",
        ("en",),
        "strong",
        (
            r"\b(?:selected|shortlisted|chosen)\s+(?:to\s+move\s+forward\s+)?(?:to|for)\s+(?:an?\s+|the\s+)?"
            r"(?:[\w-]+\s+)?(?:interview|next\s+round|next\s+stage)"
        ),
        example="selected to interview",
    ),
    # the application "shortlisted for an interview" (a call or an interview), said with a
    # positive auxiliary so that "has not been shortlisted" stays out, in every language
    Entry(
        "shortlisted_for_an_interview",
        ("en", "es", "it", "pt", "fr"),
        "strong",
        (
            r"\b(?:(?<!not\s)(?:has|have|was|were|been|are|is)\s+(?:been\s+)?short[\s-]?listed\s+for\s+(?:a\s+(?:call|phone\s+call|"
            r"phone\s+screen)\s+or\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?interview|(?<!no\s)(?:ha\s+sido|has\s+sido|fue|está|estás)\s+"
            r"preseleccionad[oa]\s+para\s+(?:una|la)\s+entrevista|(?<!non\s)(?:è|sei)\s+stat[oa]\s+(?:inserit[oa]\s+nella\s+rosa\s+"
            r"dei\s+candidati|(?:pre)?selezionat[oa])\s+per\s+(?:un|il)\s+colloquio|(?<!não\s)(?:foi|está|estás)\s+pré-?selecionad[oa]\s+"
            r"para\s+(?:uma|a)\s+entrevista|(?:a\s+été|avez\s+été|êtes)\s+(?:présélectionnée?s?|retenue?s?)\s+pour\s+(?:un|le|l')\s*"
            r"entretien)"
        ),
        example="your application has been short listed for a call or an interview",
    ),
    Entry(
        "hop_on_call",
        ("en",),
        "strong",
        r"\b(?:hop|jump|get)\s+on\s+a\s+(?:quick\s+|short\s+|brief\s+)?(?:call|zoom|video\s+call|chat|phone\s+call)",
        example="hop on a call",
    ),
    Entry(
        "find_time_to_chat",
        ("en",),
        "strong",
        (
            r"\b(?:find|set\s+up|schedule|grab|book|carve\s+out)\s+(?:a|some)\s+(?:time|slot)\s+to\s+(?:chat|talk|speak|"
            r"meet|connect|discuss)"
        ),
        example="find a time to chat",
    ),
    Entry(
        "what_does_your_calendar_look",
        ("en",),
        "strong",
        r"\bwhat\s+does\s+your\s+(?:calendar|schedule|availability|week)\s+look\s+like",
        example="what does your calendar look like",
    ),
    Entry(
        "when_are_you_free_chat",
        ("en",),
        "strong",
        (
            r"\bwhen\s+(?:are|would|will)\s+you\s+(?:be\s+)?(?:free|available)\b[^.?!]{0,60}?\b(?:chat|call|"
            r"conversation|interview|screen|meet|talk|zoom)"
        ),
        example="when are you free chat",
    ),
    Entry(
        "time_you_re_free",
        ("en",),
        "strong",
        (
            r"\b(?:times?|slots?|days?)\s+(?:that\s+)?(?:you(?:'re|\s+are)\s+(?:free|available)|work(?:s)?\s+"
            r"(?:best\s+)?for\s+you)\b"
        ),
        example="time you're free",
    ),
    Entry(
        "work_for_onsite",
        ("en",),
        "strong",
        r"\bwork\s+for\s+(?:an?|the|your)\s+(?:[\w-]+\s+)?(?:onsite|on-site|interview|call|chat|screen)\b",
        example="work for a onsite",
    ),
    Entry(
        "come_in_and_meet",
        ("en",),
        "strong",
        r"\bcome\s+(?:in|by|to\s+(?:our|the)\s+office)\s+(?:and|to)\s+meet\b",
        example="come in and meet",
    ),
    Entry(
        "tienes_disponibilidad_para",
        ("es",),
        "strong",
        (
            r"\b(?:tienes|tendrías|tiene)\s+disponibilidad\s+para\b|\bdisponibilidad\s+para\s+(?:una\s+)?(?:llamada|"
            r"entrevista|reunión|videollamada|charla)"
        ),
        example="tienes disponibilidad para",
    ),
    Entry(
        "hätten_sie_zeit_für",
        ("de",),
        "strong",
        (
            r"\b(?:hätten|haben)\s+sie\s+(?:am\s+\w+\s+)?zeit\s+für\b|\bzeit\s+für\s+ein\s+(?:kurzes\s+)?(?:telefonat|"
            r"gespräch|kennenlernen|videocall)"
        ),
        example="hätten sie zeit für",
    ),
    Entry(
        "seriez_vous_disponible",
        ("fr",),
        "strong",
        r"\b(?:seriez-vous|êtes-vous|auriez-vous)\s+(?:disponible|libre)s?\b|\bvos\s+disponibilités\b",
        example="seriez-vous disponible",
    ),
    Entry(
        "interview_invitation",
        ("fr",),
        "strong",
        r"\b(?:interview|call|meeting)\s+(?:invitation|invite|confirmation|details|itinerary|schedule)\b",
        example="interview invitation",
    ),
    Entry(
        "vorstellungsgespräch",
        ("de",),
        "strong",
        (
            r"\b(?:vorstellungsgespräch|bewerbungsgespräch|kennenlerngespräch|telefoninterview|"
            r"videointerview|erstgespräch|zweitgespräch|interviewtermin|gesprächstermin|fachgespräch|"
            r"persönliches\s+gespräch|videocall|telefonat|telefongespräch|videotelefonat)\b"
        ),
        example="vorstellungsgespräch",
    ),
    Entry(
        "einladen_gespräch",
        ("de",),
        "strong",
        r"\b(?:einladen|einladung)\b.{0,60}?\b(?:gespräch|interview|kennenlernen|termin)",
        example="einladen gespräch",
    ),
    # "we'd like to meet you in person" (es, pt, nl; the other languages have theirs)
    Entry(
        "meet_you_in_person",
        ("es", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?<!no\s)(?<!no\spodremos\s)(?<!no\spodemos\s)(?:conocerte|conocerle|conocerla|verte|verle)\s+(?:en\s+persona|"
            r"personalmente)|(?:o|a|te|lhe)\s+conhecer\s+"
            r"pessoalmente|conhecê-l[oa]\s+pessoalmente|conhecer\s+você\s+pessoalmente|(?:je|jou|u)\s+(?:graag\s+)?persoonlijk\s+"
            r"(?:ontmoeten|leren\s+kennen|spreken))"
        ),
        example="Nos encantaría conocerte en persona",
    ),
    # a calendar invitation sent for "our call" (es, fr, it, pt, nl; en and de have theirs)
    Entry(
        "calendar_invite_for_our_call",
        ("es", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:invitaci[óo]n(?:\s+de\s+calendario)?\s+para\s+(?:nuestra|la)\s+(?:llamada|entrevista|videollamada|reunión)|"
            r"invitation\s+(?:\w+\s+)?pour\s+(?:notre|l')\s*(?:appel|entretien|échange|visio)|invito\s+(?:di\s+calendario\s+|in\s+"
            r"calendario\s+)?per\s+(?:la\s+nostra|il\s+nostro|il)\s+(?:call|colloquio|chiamata|videochiamata)|convite\s+(?:na\s+agenda|"
            r"de\s+calendário|no\s+calendário)?\s*para\s+(?:a\s+nossa|o\s+nosso|a|o)\s+(?:call|conversa|entrevista|chamada|bate-papo)|"
            r"(?:agenda-?)?uitnodiging\s+(?:\w+\s+){0,2}?voor\s+(?:ons|het|je)\s+(?:\w+\s+)?(?:gesprek|telefoongesprek|videogesprek))"
        ),
        example="Te envío una invitación de calendario para nuestra llamada del viernes",
    ),
    # an invitation to the second (next) round (de separable verb, pt, nl)
    Entry(
        "invited_to_the_next_round",
        ("de", "pt", "nl"),
        "strong",
        (
            r"\b(?:lad(?:en|e)\s+(?:sie|dich|euch)\s+(?:\w+\s+){0,3}?(?:zu|zum|zur)\s+(?:\w+\s+){0,2}?(?:gespräch|gesprächsrunde|"
            r"interview|kennenlernen|vorstellungsgespräch|auswahlrunde|runde)\w*|convid\w+\s+(?:você\s+|o\s+|a\s+|te\s+|lhe\s+)?"
            r"(?:para|a)\s+(?:a\s+)?(?:segunda|próxima|última|terceira)\s+(?:etapa|fase|rodada)|nodig(?:en|t)?\s+(?:je|jou|u)\s+"
            r"(?:graag\s+)?uit\s+voor\s+(?:de|het|een)\s+(?:tweede\s+|derde\s+|volgende\s+|laatste\s+|eerste\s+)?"
            r"(?:gespreksronde|\w*gesprek|ronde|selectieronde))"
        ),
        example="Wir laden Sie herzlich zur zweiten Gesprächsrunde ein",
    ),
    # an interview cancelled with a new date to come (the process goes on), in the languages
    # other than English (cancel_your_interview's)
    Entry(
        "interview_cancelled_new_date",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:cancelar|anular)\s+(?:la|tu|su)\s+entrevista|(?:den|das|unser|ihr|ihren|deinen|unseren)\s+(?:[\w-]+\s+)?"
            r"(?:termin|gespräch|vorstellungsgespräch|interview)\s+(?:\w+\s+)?absagen|annuler\s+(?:l'|votre\s+|notre\s+)\s*entretien|"
            r"annullare\s+(?:il\s+)?(?:tuo\s+|suo\s+)?colloquio|cancelar\s+(?:a\s+)?(?:sua\s+|tua\s+)?entrevista|(?:het|je|ons|uw)\s+"
            r"(?:sollicitatie)?gesprek\s+(?:\w+\s+){0,3}?annuleren)\b[^.!?\n]{0,80}?\b(?:nueva\s+fecha|nuevo\s+horario|"
            r"reprogramar|neuen\s+termin|neuer\s+termin|verschieben|nouvelle\s+date|nouveau\s+créneau|reporter|nuova\s+data|nuovo\s+"
            r"orario|riprogrammare|nova\s+data|novo\s+horário|remarcar|nieuwe\s+datum|nieuw\s+tijdstip|verzetten)\b"
        ),
        example="tenemos que cancelar la entrevista de mañana; te propondremos una nueva fecha",
    ),
    # a short call proposed ("una breve llamada", "un kort belletje", "grab 20 minutes")
    Entry(
        "short_call_proposal",
        ("en", "es", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:grab\s+(?:\d+|a\s+few|some|fifteen|twenty|thirty)\s+(?:minutes|mins)\s+(?:with\s+you|of\s+your\s+time)|"
            r"(?:breve|pequeña|corta)\s+(?:llamada|videollamada|conversación)|llamada\s+(?:breve|rápida|corta)|breve\s+(?:chiamata|"
            r"call|telefonata|videochiamata)|(?:ligação|chamada|call|conversa)\s+rápida|breve\s+(?:ligação|chamada|conversa)|"
            r"kort\s+(?:belletje|telefoontje|videogesprek|kennismakingsgesprek)|korte\s+(?:call|videocall))\b"
        ),
        example="una breve llamada mañana a las 10:00",
    ),
    # "we expect you on <day> for the interview" (es, fr, it, pt, nl; de has its own)
    Entry(
        "we_expect_you_for_the_interview",
        ("es", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:te|le|os|les)\s+esperamos\b(?:[^.!?\n]|\.(?=\d)){0,80}?\bentrevista|nous\s+vous\s+attendons\b(?:[^.!?\n]|\.(?=\d)){0,80}?\bentretien|"
            r"(?:la|ti|vi)\s+aspettiamo\b(?:[^.!?\n]|\.(?=\d)){0,80}?\bcolloquio|esperamos\s+(?:por\s+)?(?:si|você|ti|te)\b(?:[^.!?\n]|\.(?=\d)){0,80}?\bentrevista|"
            r"verwachten\s+(?:je|u|jou)\b(?:[^.!?\n]|\.(?=\d)){0,80}?\w*gesprek)\b"
        ),
        example="Nous vous attendons le lundi 16 mars à 10h pour l'entretien",
    ),
    # the German verb at the end: "Sie zu einem persönlichen Gespräch einladen"
    Entry(
        "zu_gespräch_einladen",
        ("de",),
        "strong",
        (
            r"\b(?:zu|zum)\s+(?:einem\s+|einer\s+)?(?:[\w-]+\s+){0,2}?(?:gespräch|interview|kennenlernen|kennenlerngespräch|"
            r"vorstellungsgespräch|videocall|telefonat)\s+(?:\w+\s+){0,3}?einladen\b"
        ),
        example="Wir möchten Sie gerne zu einem persönlichen Gespräch einladen",
    ),
    # "would you be available for a (video) call?" in Italian and Portuguese
    Entry(
        "available_for_a_call_it_pt",
        ("it", "pt"),
        "strong",
        (
            r"\b(?:(?:saresti|sarebbe|sareste|è|sei)\s+disponibil[ei]\s+per\s+(?:una?\s+|un'\s*)?(?:videochiamata|chiamata|call|"
            r"colloquio|telefonata|incontro|videocolloquio)|(?:teria|terias|tem|tens|teriam)\s+disponibilidade\s+para\s+(?:uma?\s+)?"
            r"(?:conversa|chamada|videochamada|entrevista|call|bate-papo|reunião))"
        ),
        example="Saresti disponibile per una videochiamata giovedì?",
    ),
    # a Dutch confirmation of the booked conversation
    Entry(
        "bevestigen_je_gesprek_nl",
        ("nl",),
        "strong",
        (
            r"\b(?:bevestig(?:en)?|bevestigt)\s+(?:wij|we|ik)?\s*(?:hierbij\s+)?(?:je|jouw|uw|het|ons)\s+(?:\w+\s+)?"
            r"(?:sollicitatie|kennismakings|vervolg|tweede|eerste)?gesprek\b"
        ),
        example="Hierbij bevestigen wij je gesprek op maandag",
    ),
    Entry(
        "invitarte_entrevista",
        ("es",),
        "strong",
        r"\b(?:invitarte|invitarle|convocarte)\s+a\s+(?:una\s+)?(?:entrevista|llamada|reunión)",
        example="invitarte a entrevista",
    ),
    Entry(
        "entrevista_técnica",
        ("pt",),
        "strong",
        r"\bentrevista\s+(?:técnica|personal|telefónica|por\s+vídeo|final|virtual|con|el|para)\b",
        example="entrevista técnica",
    ),
    Entry(
        "agendar_entrevista",
        ("pt",),
        "strong",
        r"\b(?:agendar|concertar|programar|coordinar)\s+(?:una\s+)?(?:entrevista|llamada|reunión)",
        example="agendar entrevista",
    ),
    Entry(
        "tu_entrevista",
        ("es",),
        "strong",
        r"\btu\s+entrevista\b",
        example="tu entrevista",
    ),
    Entry(
        "inviter_un_entretien",
        ("fr",),
        "strong",
        r"\b(?:vous\s+)?(?:inviter|convier|convoquer)\s+à\s+(?:un|une)\s+(?:\w+\s+)?(?:entretien|échange|rencontre)",
        example="inviter à un entretien",
    ),
    Entry(
        "entretien_téléphonique",
        ("fr",),
        "strong",
        r"\bentretien\s+(?:téléphonique|technique|vidéo|final|individuel|avec|en\s+visio|de\s+recrutement)\b",
        example="entretien téléphonique",
    ),
    Entry(
        "convenir_un_entretien",
        ("fr",),
        "strong",
        r"\b(?:convenir|fixer|planifier|organiser)\s+(?:d'un|un)\s+(?:entretien|rendez-vous|créneau|échange)",
        example="convenir d'un entretien",
    ),
    Entry(
        "votre_entretien",
        ("fr",),
        "strong",
        r"\bvotre\s+entretien\b",
        example="votre entretien",
    ),
    Entry(
        "aimerions_rencontrer",
        ("es",),
        "strong",
        r"\b(?:aimerions|souhaiterions|souhaitons|voudrions|aimerai(?:t|ent)|souhaiterai(?:t|ent)|voudrai(?:t|ent)|souhaite(?:nt)?)\s+(?:vous\s+)?(?:rencontrer|échanger|vous\s+parler)",
        example="aimerions rencontrer",
    ),
    Entry(
        "lors_un_entretien",
        ("fr",),
        "strong",
        r"\blors\s+d'un\s+(?:entretien|échange|appel)\b",
        example="lors d'un entretien",
    ),
    Entry(
        "würden_sie_kennenlernen",
        ("de",),
        "strong",
        (
            r"\b(?:würden?|möchten?)\s+(?:wir\s+)?(?:sie|dich)\s+(?:gerne?\s+)?(?:(?:persönlich|näher|besser)\s+)?"
            r"(?:kennenlernen|einladen|sprechen)"
        ),
        example="würden sie kennenlernen",
    ),
    Entry(
        "nos_gustaría_conocerte",
        ("es",),
        "strong",
        r"\b(?:nos\s+gustaría|queremos)\s+(?:conocerte|hablar\s+contigo|invitarte)",
        example="nos gustaría conocerte",
    ),
    Entry(
        "quiere_conocerte",
        ("es",),
        "strong",
        r"\b(?:quiere|quieren|quisiera|quisieran)\s+conocerte\b",
        example="quiere conocerte",
    ),
    Entry(
        "convidar_para_entrevista",
        ("pt", "it"),
        "strong",
        (
            r"\b(?:convidar|convidá-lo|convidá-la|convidamos)\s+(?:você\s+)?(?:para|a)\s+(?:uma?\s+|a\s+)?"
            r"(?:entrevista|conversa|bate-papo)"
        ),
        example="convidar para entrevista",
    ),
    Entry(
        "entrevista_técnica_2",
        ("pt",),
        "strong",
        r"\bentrevista\s+(?:técnica|com|por\s+vídeo|online|presencial|final)\b|\bsua\s+entrevista\b",
        example="entrevista técnica",
    ),
    Entry(
        "agendar_entrevista_2",
        ("pt",),
        "strong",
        r"\b(?:agendar|marcar)\s+(?:uma?\s+)?(?:entrevista|conversa|call)\b",
        example="agendar entrevista",
    ),
    Entry(
        "invitarti_un_colloquio",
        ("it",),
        "strong",
        r"\b(?:invitarti|invitarla|invitarvi)\s+(?:a|per)\s+(?:un|il)\s+(?:\w+\s+)?colloquio|\bil\s+tuo\s+colloquio\b",
        example="invitarti a un colloquio",
    ),
    Entry(
        "colloquio_tecnico",
        ("it",),
        "strong",
        r"\bcolloquio\s+(?:tecnico|conoscitivo|telefonico|online|finale|con)\b",
        example="colloquio tecnico",
    ),
    Entry(
        "te_queda_bien",
        ("en",),
        "clear",
        r"\b(?:te|le)\s+(?:queda|viene)\s+bien\b|\bte\s+funciona\b",
        example="te queda bien",
    ),
    # a proposed time: "can you do Thu 3pm PT?", "how about Tuesday at 10?"
    Entry(
        "can_you_do_mon",
        ("en",),
        "strong",
        (
            r"\b(?:can|could)\s+you\s+(?:do|make)\s+(?:it\s+)?(?:on\s+)?(?:mon|tue|wed|thu|fri|tomorrow|"
            r"next\s+\w+day|this\s+\w+day)\w*\b[^.?!\n]{0,25}?\d[^.?!\n]{0,20}\?"
        ),
        example="can you do mon 1 ?",
    ),
    Entry(
        "how_about_mon",
        ("en",),
        "strong",
        (
            r"\b(?:how|what)\s+about\s+(?:mon|tue|wed|thu|fri|tomorrow|next\s+\w+day|this\s+\w+day)\w*\b"
            r"[^.?!\n]{0,25}?\d[^.?!\n]{0,20}\?"
        ),
        example="how about mon 1 ?",
    ),
    Entry(
        "booked_you_for_mon",
        ("en",),
        "strong",
        (
            r"\b(?:booked|scheduled|confirmed|penciled|pencilled)\s+you\s+(?:in\s+)?(?:for|on)\s+(?:mon|tue|wed|"
            r"thu|fri|tomorrow|next\s+\w+day|this\s+\w+day)\w*\b[^.?!\n]{0,25}?\d"
        ),
        example="booked you for mon 1",
    ),
    # a time confirmed in a thread: "Thursday at 4 works", "locking in Tuesday 2pm PT"
    Entry(
        "tomorrow_works",
        ("en",),
        "strong",
        (
            r"\b(?:tomorrow|mon|tue|wed|thu|fri)\w*\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*"
            r"(?:[A-Z]{2,4}\s+)?(?:works|is\s+(?:perfect|great|good|confirmed))\b"
        ),
        example="tomorrow 1works",
    ),
    Entry(
        "lock_in_tomorrow",
        ("en",),
        "strong",
        r"\block(?:ing|ed)?\s+in\s+(?:tomorrow|mon|tue|wed|thu|fri)\w*\b[^.?!\n]{0,25}?\d",
        example="lock in tomorrow 1",
    ),
    Entry(
        "want_to_do_tomorrow",
        ("en",),
        "strong",
        (
            r"\b(?:want|like)\s+to\s+(?:do|have|grab|set\s+up)\b[^.?!\n]{0,80}?\b(?:tomorrow|mon|tue|wed|thu|fri)"
            r"\w*\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?\?"
        ),
        example="want to do tomorrow 1?",
    ),
    Entry(
        "reschedule_your_interview",
        ("en",),
        "clear",
        (
            r"\b(?:reschedule|rescheduled|move|moved|push|postpone|postponed)\s+(?:your|our|the)\s+(?:[\w-]+\s+)?"
            r"(?:interview|call|conversation|meeting|onsite)"
        ),
        example="reschedule your interview",
    ),
    # the same family in the other languages: the interview is moved, still to happen
    Entry(
        "reschedule_the_interview_es_pt",
        ("es", "pt"),
        "clear",
        (
            # or the call, the chat: "tengo que mover nuestra llamada", "remarcar nossa conversa"
            r"\b(?:cambiar|mover|reprogramar|aplazar|mudar|remarcar|alterar|reagendar|adiar)\s+"
            r"(?:la|tu|su|nuestra|el|nuestro|a|sua|tua|nossa|o|nosso)\s+(?:entrevista|llamada|videollamada|"
            r"charla|conversación|conversa|chamada|videochamada|bate-papo)\b"
        ),
        example="tenemos que cambiar la entrevista",
    ),
    Entry(
        "reschedule_the_interview_de",
        ("de",),
        "clear",
        (
            # words may stand between the article and the noun ("unser für Donnerstag geplantes Gespräch")
            r"\b(?:das|ihr|ihren|unser|unseren|dein|deinen)\s+(?:[\w.-]+\s+){0,4}?(?:vorstellungs|bewerbungs|kennenlern)?"
            r"(?:gespräch|interview)\b[^.!?\n]{0,40}?\b(?:verschieben|verlegen)\b|\b(?:verschieben|verlegen)\s+(?:das|ihr|unser)\s+"
            r"(?:vorstellungs|bewerbungs)?gespräch\b"
        ),
        example="wir müssen das Gespräch leider verschieben",
    ),
    Entry(
        "reschedule_the_interview_fr_it",
        ("fr", "it"),
        "clear",
        (
            r"\b(?:déplacer|décaler|reporter|changer)\s+(?:l'|votre\s+|notre\s+)entretien\b|"
            r"\b(?:spostare|cambiare|rinviare|posticipare)\s+(?:il|tuo|suo|nostro)\s+colloquio\b"
        ),
        example="décaler votre entretien",
    ),
    # a named hiring session moved, in every language: "tenemos que mover la sesión técnica",
    # "we need to move your technical interview", "décaler notre entretien technique"
    Entry(
        "reschedule_the_technical_session",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            rf"\b{_MOVE}\w*\s+(?:\w+\s+){{0,2}}?(?:l')?{TECHNICAL_SESSION}|"
            rf"\b{TECHNICAL_SESSION}\b[^.!?\n]{{0,40}}?\b(?:verschieben|verlegen|verzetten|verplaatsen)\b"
        ),
        example="tenemos que mover la sesión técnica",
    ),
    Entry(
        "reschedule_the_interview_nl",
        ("nl",),
        "clear",
        r"\b(?:het|je|ons|uw)\s+(?:\w+\s+)?(?:sollicitatie|vervolg)?gesprek\b[^.!?\n]{0,40}?\b(?:verzetten|verplaatsen)\b",
        example="we moeten het gesprek helaas verzetten",
    ),
    # the candidate is asked for their availability (a conversation, an interview)
    Entry(
        "send_us_your_availability",
        ("pt", "it", "de", "nl"),
        "strong",
        (
            r"\b(?:(?:me|nos)\s+(?:passar|enviar|informar|mandar)\s+(?:a\s+)?(?:sua|tua)\s+disponibilidade|(?:mi|ci)\s+"
            r"(?:indichi|indicheresti|comunichi|faccia\s+sapere|fai\s+sapere|indichiate)\s+(?:per\s+favore\s+)?(?:la\s+)?"
            r"(?:sua|tua|vostra)\s+disponibilità|(?:teilen|nennen)\s+(?:sie|du)\s+(?:uns|mir)\s+(?:bitte\s+)?(?:ihre|deine)\s+"
            r"(?:verfügbarkeit|zeitliche\s+verfügbarkeit)|(?:teilen|sagen)\s+(?:sie|du)\s+(?:uns|mir)\s+(?:bitte\s+)?"
            r"(?:mit|bescheid),?\s+(?:an\s+welchen\s+tagen|wann)\s+(?:sie|du)\s+[^.!?\n]{0,40}?verfügbar\s+(?:sind|bist)|"
            r"(?:laat\s+(?:je|u)\s+(?:(?:ons|me|mij)\s+)?|(?:ons|me|mij)\s+laten\s+)weten\s+wanneer\s+(?:je|u)\s+"
            r"(?:\w+\s+){0,2}?beschikbaar\s+(?:bent|bent\s+voor))"
        ),
        example="Pode me passar sua disponibilidade",
    ),
    # an informal Brazilian word for the interview conversation, booked with the manager
    Entry(
        "bate_papo_with_the_manager",
        ("pt",),
        "strong",
        (
            r"\b(?:marcar|agendar|ter|fazer)\s+(?:um|uma)\s+(?:bate-papo|conversa)\s+(?:\w+\s+){0,2}?com\s+(?:o|a)\s+"
            r"(?:gestor|gestora|líder|lider|time|equipe)\b"
        ),
        example="marcar um bate-papo com o gestor da área",
    ),
    Entry(
        "cancel_your_interview",
        ("en",),
        "clear",
        r"\b(?:cancel|cancelled|canceled)\s+(?:your|our|the)\s+(?:[\w-]+\s+)?(?:interview|call|meeting|onsite)",
        example="cancel your interview",
    ),
    Entry(
        "sent_the_invite",
        ("en",),
        "clear",
        (
            r"\b(?:sent|send|sending|updated|update|moved|forward(?:ed)?|resent)\s+(?:you\s+)?(?:the|an?|a\s+calendar|"
            r"my)\s+(?:calendar\s+)?(?:invite|invitation|hold)\b"
        ),
        example="sent the invite",
    ),
    Entry(
        "calendar_invite",
        ("it",),
        "clear",
        r"\bcalendar\s+(?:invite|invitation|hold)\b",
        example="calendar invite",
    ),
    Entry(
        "minute_call",
        ("en",),
        "clear",
        r"\b\d+[- ]?(?:minute|min)\s+(?:[\w-]+\s+){0,2}?(?:call|chat|conversation|interview|meeting|video|screen)",
        example="1minute call",
    ),
    Entry(
        "phone_interview",
        ("en",),
        "clear",
        (
            r"\b(?:phone|video|technical|onsite|on-site|final|virtual|panel|behavioral|behavioural|"
            r"hiring\s+manager|recruiter|screening|initial|first|second|follow-up|in-person|zoom|teams)\s+"
            r"(?:interview|screen)\b|\b(?:recruiter|screening|hiring\s+manager)\s+call\b"
        ),
        example="phone interview",
    ),
    Entry(
        "speak_with_our_hiring_manager",
        ("en",),
        "clear",
        (
            r"\b(?:speak|talk|meet|chat)\s+with\s+(?:you\s+)?(?:our|the|my)\s+(?:hiring\s+manager|team|cto|ceo|"
            r"engineering|founders?|head|director|vp|lead|interview)"
        ),
        example="speak with our hiring manager",
    ),
    Entry(
        "interview",
        ("en",),
        "supporting",
        r"\binterview|\bentrevista|\bentretien|gespräch|gesprek\b|\bkennismaking|\bonsite\b|\bon-site\b|\bcolloquio|"
        r"\b(?:tech|technical|phone)\s+screen",
        example="interview",
        where="subject",
    ),
    Entry(
        "next_step",
        ("en",),
        "supporting",
        r"\b(?:next\s+steps?|nächste[rn]?\s+schritt|siguientes?\s+pasos?|prochaine?s?\s+étapes?)\b",
        example="next step",
        where="subject",
    ),
    Entry(
        "first_round",
        ("en",),
        "supporting",
        r"\b(?:first|second|final|next|third)\s+(?:round|stage)\b|\b(?:intro|screening|phone)\s+call\b",
        example="first round",
        where="subject",
    ),
    Entry(
        "phone_screen",
        ("en",),
        "supporting",
        r"\b(?:phone|technical|recruiter|initial|video)\s+screen\b",
        example="phone screen",
        where="subject",
    ),
    Entry(
        "which_work",
        ("en",),
        "hint",
        r"\bwhich\s+(?:of\s+these\s+)?(?:times?|slots?|days?|one)?\s*(?:works?|suits?)",
        example="which work",
    ),
    Entry(
        "interview_2",
        ("en",),
        "hint",
        r"\binterview(?:s|ing|er|ers)?\b",
        example="interview",
    ),
    Entry(
        "look_forward_to_it",
        ("en",),
        "hint",
        r"\blook(?:ing)?\s+forward\s+to\s+(?:it|(?:speaking|talking|meeting|chatting)\s+(?:with\s+)?you|our)\b",
        example="look forward to it",
    ),
    # an interview proposed in the first person
    Entry(
        "propose_an_interview_en",
        ("en",),
        "strong",
        r"\b(?:i'd|i\s+would|we'd|we\s+would)\s+(?:like\s+to\s+)?(?:propose|suggest)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?interview\b",
        example="I'd like to propose an interview",
    ),
    Entry(
        "ti_propongo_un_colloquio_it",
        ("it",),
        "strong",
        r"\b(?:ti|le|vi)\s+propon(?:go|iamo)\s+(?:un|il)\s+(?:\w+\s+)?colloquio\b",
        example="ti propongo un colloquio",
    ),
    Entry(
        "te_propongo_una_entrevista_es",
        ("es",),
        "strong",
        r"\b(?:te|le|os)\s+propon(?:go|emos)\s+(?:una\s+)?(?:entrevista|llamada|videollamada)\b",
        example="te propongo una entrevista",
    ),
    Entry(
        "proponho_uma_entrevista_pt",
        ("pt",),
        "strong",
        r"\b(?:te\s+|lhe\s+)?propo(?:nho|mos)\s+(?:uma\s+)?(?:entrevista|conversa)\b",
        example="proponho uma entrevista",
    ),
    Entry(
        "vous_proposons_un_entretien_fr",
        ("fr",),
        "strong",
        r"\bnous\s+vous\s+proposons\s+(?:un|une)\s+(?:\w+\s+)?(?:entretien|rencontre)\b",
        example="nous vous proposons un entretien",
    ),
    Entry(
        "schlagen_ihnen_gespraech_vor_de",
        ("de",),
        "strong",
        r"\b(?:schlage|schlagen)\s+(?:ich|wir)\s+(?:ihnen|dir)\s+(?:\w+\s+){0,2}?(?:gesprächstermin|gespräch|interview|vorstellungsgespräch)\b",
        example="schlagen wir Ihnen ein Gespräch",
    ),
    Entry(
        "stel_je_een_gesprek_voor_nl",
        ("nl",),
        "strong",
        r"\b(?:stel|stellen)\s+(?:ik|we|wij)\s+(?:je|u)\s+(?:graag\s+)?(?:een\s+)?(?:gesprek|sollicitatiegesprek|kennismakingsgesprek|afspraak)\s+voor\b",
        example="stel ik je een gesprek voor",
    ),
    # we would like to meet the candidate
    Entry(
        "farebbe_piacere_incontrarti_it",
        ("it",),
        "strong",
        r"\b(?:ci\s+farebbe\s+piacere|ci\s+piacerebbe|vorremmo|vorrei|vorrebbe(?:ro)?|desidera(?:no)?)\s+(?:incontrarti|incontrarla|conoscerti|conoscerla)\b",
        example="ci farebbe piacere incontrarti",
    ),
    Entry(
        "gostariamos_de_te_conhecer_pt",
        ("pt",),
        "strong",
        r"\b(?:gostaríamos|gostaria|queremos)\s+de\s+(?:te\s+conhecer|conhecer\s+você|conversar\s+com\s+você)\b",
        example="gostaríamos de te conhecer",
    ),
    Entry(
        "willen_je_graag_ontmoeten_nl",
        ("nl",),
        "strong",
        r"\b(?:willen|zouden|wil)\s+(?:je|u|jou)\s+graag\s+(?:ontmoeten|leren\s+kennen|uitnodigen)\b",
        example="willen je graag ontmoeten",
    ),
    # invited in to the office to meet the team
    Entry(
        "invite_you_in_to_meet_en",
        ("en",),
        "strong",
        r"\binvite\s+you\s+(?:in|over|back|(?:in\s+)?to\s+(?:our|the|their)\s+(?:[\w-]+\s+)?(?:office|offices|campus|studio|headquarters|hq|site))\s+(?:to|and)\s+meet\b",
        example="invite you in to meet",
    ),
    Entry(
        "invitarte_a_nuestras_oficinas_es",
        ("es",),
        "strong",
        r"\b(?:invitarte|invitarle)\s+a\s+(?:nuestras\s+oficinas|nuestra\s+oficina|nuestra\s+sede|conocer\s+al\s+equipo)\b",
        example="invitarte a nuestras oficinas",
    ),
    Entry(
        "vous_inviter_dans_nos_locaux_fr",
        ("fr",),
        "strong",
        r"\bvous\s+(?:inviter|convier)\s+(?:dans\s+nos\s+(?:locaux|bureaux)|à\s+notre\s+siège|à\s+nos\s+bureaux|sur\s+(?:notre|le)\s+site)\b",
        example="vous inviter dans nos locaux",
    ),
    Entry(
        "ins_buero_einladen_de",
        ("de",),
        "strong",
        r"\b(?:sie|dich)\s+(?:gerne\s+)?(?:zu\s+uns\s+)?(?:ins\s+büro|in\s+unser\s+büro|an\s+unseren\s+standort|vor\s+ort)\s+einladen\b|\bladen\s+(?:wir\s+)?(?:sie|dich)\s+(?:gerne\s+)?(?:zu\s+uns\s+)?(?:ins\s+büro|vor\s+ort|an\s+unseren\s+standort)\b",
        example="Sie gerne zu uns ins Büro einladen",
    ),
    Entry(
        "invitarti_in_sede_it",
        ("it",),
        "strong",
        r"\b(?:invitarti|invitarla)\s+(?:nella\s+nostra\s+sede|nei\s+nostri\s+uffici|in\s+sede|presso\s+(?:la\s+nostra\s+sede|i\s+nostri\s+uffici))\b",
        example="invitarti nella nostra sede",
    ),
    Entry(
        "convidar_ao_escritorio_pt",
        ("pt",),
        "strong",
        r"\b(?:convidá-l[oa]|convidar\s+você|te\s+convidar)\s+(?:para\s+)?(?:vir\s+)?(?:ao|à)\s+(?:nosso\s+escritório|nossa\s+sede|escritório)\b",
        example="convidá-lo ao nosso escritório",
    ),
    Entry(
        "uitnodigen_op_kantoor_nl",
        ("nl",),
        "strong",
        r"\b(?:je|u)\s+(?:graag\s+)?uit\s+(?:te\s+)?nodigen\s+(?:op|bij|naar)\s+(?:ons|het)\s+(?:kantoor|hoofdkantoor)\b|\bnodigen\s+(?:je|u)\s+(?:graag\s+)?uit\s+op\s+(?:ons|het)\s+kantoor\b",
        example="je graag uit te nodigen op ons kantoor",
    ),
    # welcomed at the office (an onsite visit)
    Entry(
        "welcoming_you_to_our_office_en",
        ("en",),
        "clear",
        r"\b(?:welcom(?:e|ing)|host(?:ing)?|see(?:ing)?)\s+you\s+(?:to|at|in)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}?(?:office|offices|campus|facility|headquarters|hq|studio|building)\b",
        example="welcoming you to our Boulder facility",
    ),
    Entry(
        "recibirte_en_nuestras_oficinas_es",
        ("es",),
        "clear",
        r"\b(?:recibirte|recibirle|verte)\s+en\s+(?:nuestras?\s+)?(?:oficinas?|sede|instalaciones)\b",
        example="recibirte en nuestras oficinas",
    ),
    Entry(
        "vous_accueillir_dans_nos_locaux_fr",
        ("fr",),
        "clear",
        r"\bvous\s+(?:accueillir|recevoir)\s+(?:dans\s+nos\s+(?:locaux|bureaux)|à\s+(?:notre|nos)\s+(?:siège|bureaux)|sur\s+(?:notre|le)\s+site)\b",
        example="vous accueillir dans nos locaux",
    ),
    Entry(
        "bei_uns_begruessen_de",
        ("de",),
        "clear",
        r"\b(?:sie|dich)\s+(?:gerne\s+)?(?:bei\s+uns\s+)?(?:im\s+büro|vor\s+ort|an\s+unserem\s+standort|in\s+unseren\s+räumen)\s+(?:begrüßen|empfangen)\b",
        example="Sie gerne bei uns vor Ort begrüßen",
    ),
    Entry(
        "accoglierti_in_sede_it",
        ("it",),
        "clear",
        r"\b(?:accoglierti|accoglierla|riceverti|vederti)\s+(?:nella\s+nostra\s+sede|nei\s+nostri\s+uffici|in\s+sede|presso\s+(?:la\s+nostra\s+sede|i\s+nostri\s+uffici))\b",
        example="accoglierti nella nostra sede",
    ),
    Entry(
        "receber_no_escritorio_pt",
        ("pt",),
        "clear",
        r"\b(?:recebê-l[oa]|receber\s+você|te\s+receber)\s+(?:em|no|na)\s+(?:nosso\s+escritório|nossa\s+sede|escritório)\b",
        example="recebê-lo em nosso escritório",
    ),
    Entry(
        "ontvangen_op_kantoor_nl",
        ("nl",),
        "clear",
        r"\b(?:je|u)\s+(?:graag\s+)?(?:ontvangen|verwelkomen)\s+op\s+(?:ons|het)\s+(?:kantoor|hoofdkantoor)\b",
        example="je graag ontvangen op ons kantoor",
    ),
    # who the candidate will meet (an itinerary)
    Entry(
        "you_will_meet_the_en",
        ("en",),
        "clear",
        r"\byou(?:'ll|\s+will)\s+(?:also\s+)?(?:be\s+)?meet(?:ing)?\s+(?:with\s+)?(?:the|our|two|three|four|several|a\s+few|members\s+of)\b",
        example="you will meet the",
    ),
    Entry(
        "conoceras_a_es",
        ("es",),
        "clear",
        r"\b(?:conocerás|te\s+reunirás\s+con|hablarás\s+con)\s+(?:a\s+)?(?:el|la|los|las|nuestr[oa]s?|dos|tres)\b",
        example="conocerás a los",
    ),
    Entry(
        "vous_rencontrerez_fr",
        ("fr",),
        "clear",
        r"\bvous\s+(?:rencontrerez|échangerez\s+avec)\s+(?:le|la|les|notre|nos|deux|trois)\b",
        example="vous rencontrerez le",
    ),
    Entry(
        "lernen_sie_team_kennen_de",
        ("de",),
        "clear",
        r"\b(?:lernen\s+sie|lernst\s+du|werden\s+sie)\s+(?:\w+\s+){0,4}?(?:team|teamleit\w*|abteilungsleit\w*|kolleg\w*|geschäftsführ\w*)\s+kennen(?:lernen)?\b",
        example="lernen Sie unser Team kennen",
    ),
    Entry(
        "incontrerai_it",
        ("it",),
        "clear",
        r"\b(?:incontrerai|conoscerai|parlerai\s+con)\s+(?:anche\s+)?(?:il|la|i|le|lo|l'|due|tre)\b",
        example="incontrerai il",
    ),
    Entry(
        "vai_conhecer_pt",
        ("pt",),
        "clear",
        r"\b(?:vai\s+conhecer|conhecerá|conversará\s+com|irá\s+conversar\s+com)\s+(?:o|a|os|as|nosso|nossa|dois|duas)\b",
        example="vai conhecer o",
    ),
    Entry(
        "maak_je_kennis_met_nl",
        ("nl",),
        "clear",
        r"\b(?:maak\s+je|maakt\s+u|maak\s+jij)\s+kennis\s+met\b|\bspreek\s+je\s+met\s+(?:de|het|onze|ons|twee|drie)\b",
        example="maak je kennis met",
    ),
    # the hiring manager can meet the candidate on a given day
    Entry(
        "can_meet_you_on_en",
        ("en",),
        "clear",
        r"\b(?:can|could|will\s+be\s+able\s+to)\s+meet\s+(?:with\s+)?you\s+on\s+(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
        example="can meet you on 12/16",
    ),
    Entry(
        "puede_reunirse_contigo_el_es",
        ("es",),
        "clear",
        r"\bpuede\s+(?:reunirse\s+contigo|verte|recibirte|entrevistarte)\s+el\s+(?:\d|lunes|martes|miércoles|jueves|viernes)",
        example="puede reunirse contigo el martes",
    ),
    Entry(
        "peut_vous_recevoir_le_fr",
        ("fr",),
        "clear",
        r"\bpeut\s+vous\s+(?:rencontrer|recevoir)\s+le\s+(?:\d|lundi|mardi|mercredi|jeudi|vendredi)",
        example="peut vous recevoir le mardi",
    ),
    Entry(
        "kann_sie_am_treffen_de",
        ("de",),
        "clear",
        r"\bkann\s+(?:sie|dich)\s+am\s+(?:\d|montag|dienstag|mittwoch|donnerstag|freitag)[^.!?]{0,40}?\b(?:treffen|sprechen|empfangen)\b",
        example="kann Sie am Dienstag um 10 Uhr treffen",
    ),
    Entry(
        "puo_incontrarti_it",
        ("it",),
        "clear",
        r"\bpuò\s+(?:incontrarti|incontrarla|riceverti|vederti)\s+(?:il\s+|lunedì|martedì|mercoledì|giovedì|venerdì|\d)",
        example="può incontrarti martedì",
    ),
    Entry(
        "pode_te_receber_no_dia_pt",
        ("pt",),
        "clear",
        r"\bpode\s+(?:te\s+)?(?:receber|encontrar|conversar\s+com)\s+(?:você\s+)?(?:no\s+dia|na|no|em)\s+(?:\d|segunda|terça|quarta|quinta|sexta)",
        example="pode te receber na terça",
    ),
    Entry(
        "kan_je_op_spreken_nl",
        ("nl",),
        "clear",
        r"\bkan\s+(?:je|u)\s+(?:op\s+)?(?:\d|maandag|dinsdag|woensdag|donderdag|vrijdag)[^.!?]{0,40}?\b(?:ontmoeten|spreken|ontvangen)\b",
        example="kan je op dinsdag om 10 uur spreken",
    ),
    # a telephone or video interview, in the languages that lacked it
    Entry(
        "entrevista_por_telefone_pt",
        ("pt",),
        "strong",
        r"\bentrevista\s+(?:telef[ôo]nica|por\s+telefone|por\s+v[íi]deo(?:chamada)?|remota)\b",
        example="entrevista por telefone",
    ),
    Entry(
        "telefonisch_gesprek_nl",
        ("nl",),
        "strong",
        r"\b(?:telefonisch(?:e)?\s+(?:interview|gesprek|kennismaking)|telefoongesprek|videogesprek|videocall|beeldbelgesprek)\b",
        example="telefonisch gesprek",
    ),
    # conducting an interview, in every language
    Entry(
        "realizar_uma_entrevista_pt",
        ("pt",),
        "strong",
        r"\b(?:realizar|fazer|ter)\s+uma\s+(?:\w+\s+)?entrevista\b",
        example="realizar uma entrevista",
    ),
    Entry(
        "interview_fuehren_de",
        ("de",),
        "strong",
        r"\b(?:ein(?:en)?|das)\s+(?:\w+\s+)?(?:interview|gespräch|vorstellungsgespräch)\s+(?:mit\s+(?:ihnen|dir)\s+)?(?:zu\s+)?(?:führen|durchführen)\b",
        example="ein Interview mit Ihnen führen",
    ),
    Entry(
        "mener_un_entretien_fr",
        ("fr",),
        "strong",
        r"\b(?:mener|réaliser|passer|conduire|organiser)\s+(?:un|l')\s*(?:\w+\s+)?entretien\b",
        example="réaliser un entretien",
    ),
    Entry(
        "svolgere_un_colloquio_it",
        ("it",),
        "strong",
        r"\b(?:svolgere|fare|sostenere|effettuare|tenere)\s+(?:un|il)\s+(?:\w+\s+)?colloquio\b",
        example="svolgere un colloquio",
    ),
    Entry(
        "gesprek_voeren_nl",
        ("nl",),
        "strong",
        r"\b(?:een|het)\s+(?:\w+\s+)?(?:gesprek|interview)\s+(?:met\s+(?:je|u|jou)\s+)?(?:te\s+)?(?:voeren|houden)\b",
        example="een gesprek met je voeren",
    ),
    # the candidate's interview set up for a time
    Entry(
        "ihr_gespraech_findet_statt_de",
        ("de",),
        "strong",
        r"\b(?:ihr|dein)\s+(?:\w+\s+)?(?:gespräch|interview)\s+(?:ist|wurde|findet|wird)\s+(?:\w+\s+){0,4}?(?:statt|geplant|bestätigt|eingeplant|vereinbart|verschoben)\b",
        example="Ihr Gespräch findet am Montag statt",
    ),
    Entry(
        "je_gesprek_staat_gepland_nl",
        ("nl",),
        "strong",
        r"\b(?:je|jouw|uw)\s+(?:\w+\s+)?(?:gesprek|interview)\s+(?:is|staat|wordt)\s+(?:\w+\s+){0,4}?(?:gepland|ingepland|bevestigd|verzet|verplaatst)\b",
        example="je gesprek staat gepland",
    ),
    Entry(
        "programado_tu_entrevista_es",
        ("es",),
        "strong",
        r"\b(?:he|hemos)\s+(?:programado|agendado|reservado|confirmado|organizado)\s+(?:tu|su)\s+(?:\w+\s+)?entrevista\b",
        example="he programado tu entrevista",
    ),
    Entry(
        "agendei_sua_entrevista_pt",
        ("pt",),
        "strong",
        r"\b(?:agendei|agendamos|marquei|marcamos|confirmei|confirmamos)\s+(?:a\s+)?(?:sua|tua)\s+(?:\w+\s+)?entrevista\b",
        example="agendei sua entrevista",
    ),
    Entry(
        "fissato_il_tuo_colloquio_it",
        ("it",),
        "strong",
        r"\b(?:ho|abbiamo)\s+(?:fissato|programmato|organizzato|confermato)\s+(?:il\s+)?(?:tuo|suo)\s+colloquio\b",
        example="ho fissato il tuo colloquio",
    ),
    Entry(
        "planifie_votre_entretien_fr",
        ("fr",),
        "strong",
        r"\b(?:j'ai|nous\s+avons)\s+(?:planifié|programmé|organisé|confirmé|fixé)\s+(?:votre|ton)\s+(?:\w+\s+)?entretien\b",
        example="j'ai planifié votre entretien",
    ),
    # the programme of an onsite visit (an itinerary)
    Entry(
        "agenda_de_tu_visita_es",
        ("es",),
        "clear",
        r"\b(?:itinerario|agenda|programa)\s+de\s+(?:tu|su)\s+(?:visita|jornada\s+de\s+entrevistas|entrevista)\b|\bjornada\s+de\s+entrevistas\b",
        example="agenda de tu visita",
        where="both",
    ),
    Entry(
        "programme_de_votre_journee_fr",
        ("fr",),
        "clear",
        r"\b(?:programme|planning|déroulé)\s+de\s+(?:votre|ta)\s+(?:journée|visite|matinée)\b|\bplanning\s+de\s+vos\s+entretiens\b",
        example="programme de votre journée",
        where="both",
    ),
    Entry(
        "ablauf_ihres_besuchs_de",
        ("de",),
        "clear",
        r"\b(?:ablaufplan|tagesablauf|ablauf)\s+(?:ihres|deines|für\s+ihren|für\s+deinen)\s+(?:besuchs?|gesprächstags?|interviewtags?|termins?)\b|\b(?:ihr|dein)\s+(?:gesprächstag|interviewtag|ablaufplan)\b",
        example="Ablauf Ihres Besuchs",
        where="both",
    ),
    Entry(
        "programma_della_giornata_it",
        ("it",),
        "clear",
        r"\b(?:programma|agenda)\s+(?:della\s+(?:tua|sua)\s+giornata|della\s+giornata\s+di\s+colloqui|dei\s+(?:tuoi\s+)?colloqui)\b",
        example="agenda dei colloqui",
        where="both",
    ),
    Entry(
        "roteiro_da_sua_visita_pt",
        ("pt",),
        "clear",
        r"\b(?:roteiro|agenda|programação)\s+d[ao]\s+(?:sua|tua)\s+(?:visita|entrevista|dia\s+de\s+entrevistas)\b|\bdia\s+de\s+entrevistas\b",
        example="roteiro da sua visita",
        where="both",
    ),
    Entry(
        "programma_van_je_bezoek_nl",
        ("nl",),
        "clear",
        r"\b(?:programma|dagprogramma|planning)\s+(?:van|voor)\s+(?:je|jouw|uw)\s+(?:bezoek|gesprekken|gespreksdag|sollicitatiedag)\b",
        example="programma van je bezoek",
        where="both",
    ),
    Entry(
        "invite_you_in_to_talk_about_role",
        ("en",),
        "strong",
        r"\binvite\s+you\s+in\b[^.]{0,60}?\b(?:talk|chat|speak)\s+(?:about|through)\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,4}?(?:role|position|job|opening)",
        example="invite you in to the studio to talk about the motion designer role",
    ),
    Entry(
        "host_you_for_final_round",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:host(?:ing)?|welcom(?:e|ing)|see(?:ing)?)\s+you\s+(?:(?:in|at)\s+(?:[\w-]+\s+){1,3}?)?(?:for|at)\s+(?:the|your|our)\s+(?:final|next|second|third|on-?site)\s+"
            r"(?:round|interview|stage)|te\s+esperamos\s+(?:en\s+nuestras\s+oficinas\s+)?para\s+la\s+(?:ronda|entrevista|etapa)\s+final|"
            r"vous\s+accueillir\s+pour\s+(?:le|votre)\s+(?:dernier\s+tour|tour\s+final|entretien\s+final)|"
            r"(?:sie|dich)\s+(?:zur|für\s+die)\s+finalen?\s+runde\s+(?:bei\s+uns\s+)?(?:begrüßen|empfangen)|"
            r"accoglierti\s+per\s+il\s+(?:colloquio|round)\s+finale|receb[eê]-l[oa]\s+para\s+a\s+(?:etapa|rodada|entrevista)\s+final|"
            r"(?:je|u)\s+(?:graag\s+)?(?:te\s+)?ontvangen\s+voor\s+(?:de|het)\s+(?:laatste\s+ronde|eindgesprek))"
        ),
        example="host you for the final round",
    ),
    # issue 12, ninth batch: families of invitations, reschedules and slot requests, in
    # every language at once (compositional: a verb of choosing + a slot + an interview)
    Entry(
        "pick_a_slot_for_the_interview",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:choose|pick|select|book|grab|reserve|elige|escoge|elija|escoja|selecciona|seleccione|"
            r"reserva|agende|wählen|wähle|buchen|buche|aussuchen|choisissez|choisir|choisis|"
            r"sélectionnez|sélectionner|réservez|réserver|scegli|scegliere|scelga|seleziona|selezionare|"
            r"selezioni|prenota|prenotare|prenoti|escolha|escolher|escolhe|selecione|selecionar|reservar|"
            r"marque|kies|kiezen|selecteer|selecteren|boek|boeken|plan)\b[^.!?\n]{0,60}?"
            r"\b(?:time|slot|timeslot|time\s+slot|date|horario|hueco|franja|fecha|termin\w*|zeitfenster|"
            r"zeitpunkt|créneau|horaire|orario|fascia\s+oraria|data|horário|tijdslot|tijdstip|moment|"
            r"datum)\b[^.!?\n]{0,50}?\b" + _TALK + r"\b"
        ),
        example="wählen Sie über den Link einen passenden Termin für ein Video-Interview",
    ),
    Entry(
        "send_two_or_three_slots",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:send|share|give|suggest|propose|let\s+(?:me|us)\s+know|indícanos|indícame|indicarnos|"
            r"indicar|envíanos|envíame|enviarnos|mándanos|dinos|proponer|sugerir|nennen|schicken|senden|"
            r"geben|vorschlagen|mitteilen|indiquer|indiquez|communiquer|communiquez|envoyer|envoyez|"
            r"proposer|proposez|transmettre|indicarci|indicarmi|indicaci|indicami|inviarci|inviaci|"
            r"comunicarci|comunicaci|mandarci|proporci|indicare|envie|envia|mande|manda|informe|informar|"
            r"indique|indicar-me|indicar-nos|passe|pasarnos|pasarme|sugira|laat|stuur|geef|mail|doorgeven)\b[^.!?\n]{0,30}?"
            r"\b(?:two\s+or\s+three|2\s*(?:-|–|or|to|o|ou|oder|bis|of)\s*3|a\s+few|some|several|a\s+couple\s+of|un\s+par\s+de|"
            r"un\s+paio\s+di|un\s+paio\s+d'|"
            r"dos\s+o\s+tres|algun[oa]s|varias|varios|zwei\s+(?:bis|oder)\s+drei|einige|ein\s+paar|mehrere|"
            r"deux\s+ou\s+trois|quelques|plusieurs|due\s+o\s+tre|alcun[ei]|qualche|duas\s+ou\s+três|"
            r"dois\s+ou\s+três|alguns|algumas|twee\s+(?:of|à)\s+drie|een\s+paar|enkele|meerdere)\s+"
            r"(?:\w+\s+)?(?:times|slots|timeslots|time\s+slots|options|dates|windows|franjas(?:\s+horarias)?|"
            r"horarios|opciones|fechas|huecos|termine|terminvorschläge|zeitfenster|zeiten|zeitpunkte|"
            r"créneaux|disponibilités|horaires|fasce\s+orarie|orari|date|disponibilità|slot|horários|"
            r"opções|datas|janelas|tijdstippen|momenten|opties|data|tijdsloten)\b"
        ),
        example="indicarci due o tre fasce orarie",
    ),
    Entry(
        "second_round_interview",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # en "second/final interview" is phone_interview's; each language's ordinals with its nouns
            r"\b(?:2nd|third|3rd)\s+(?:round\s+)?interview\b|"
            r"\b(?:segund[ao]|tercer[ao]?|terceira)\s+entrevista\b|"
            r"\b(?:zweite[sn]?|dritte[sn]?|finale[sn]?)\s+(?:vorstellungsgespräch|gespräch|interview)\b|"
            r"\b(?:second|deuxième|troisième|dernier)\s+entretien\b|"
            r"\b(?:secondo|terzo|nuovo|ultimo)\s+colloquio\b|"
            r"\b(?:derde|laatste)\s+(?:sollicitatie)?gesprek\b|"  # "tweede gesprek": sollicitatiegesprek
            r"\b(?:zweitgespräch|folgegespräch|finalgespräch|abschlussgespräch|eindgesprek)\b|"
            r"\b(?:entrevista|entretien|colloquio)\s+finale?\b"
        ),
        example="un secondo colloquio",
    ),
    Entry(
        "interview_in_person_at_the_office",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:interview\w*|entrevista|entretien|\w*gespräch|colloquio|\w*gesprek|conversa)\s+"
            r"(?:\w+\s+){0,2}?(?:in\s+sede|presso\s+(?:la\s+nostra\s+sede|i\s+nostri\s+uffici)|vor\s+ort|"
            r"bei\s+uns\s+im\s+büro|sur\s+site|en\s+présentiel|dans\s+nos\s+locaux|presencial|"
            r"en\s+persona|en\s+nuestras\s+oficinas|pessoalmente|no\s+(?:nosso\s+)?escritório|"
            r"op\s+(?:ons\s+|het\s+)?kantoor|op\s+locatie|at\s+our\s+office)\b|"
            r"\bpersönliche[sn]?\s+(?:vorstellungs)?gespräch\b"
        ),
        example="colloquio in sede",
    ),
    Entry(
        "call_with_their_hiring_manager",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            # en: "would like a video call with their director"
            r"\b(?:would\s+like|'d\s+like|wants?|keen\s+(?:on|to\s+have)|asked\s+for|asking\s+for|requested|"
            r"love)\s+(?:to\s+(?:have|set\s+up|schedule|arrange|do|book)\s+)?(?:a|an)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:call|chat|conversation|meeting|interview)\s+with\s+(?:their|the|our|its|"
            r"his|her|my\s+client's|the\s+client's)\s+(?:[\w-]+\s+)?(?:director|hiring\s+manager|manager|"
            r"head|vp|cto|ceo|cfo|coo|founders?|team|lead|partner|md|owner|president)\b|"
            # es
            r"\b(?:le\s+gustaría|les\s+gustaría|quiere|quieren|quisiera|propone|proponen)\s+"
            r"(?:tener|hacer|agendar|organizar\s+)?\s*una\s+(?:\w+\s+)?(?:llamada|videollamada|conversación|"
            r"reunión|entrevista)\s+con\s+(?:su|el|la|nuestro|nuestra)\s+(?:director[a]?|responsable|gerente|"
            r"jef[ea]|ceo|cto|fundador[a]?|equipo|hiring\s+manager)\b|"
            # de
            r"\b(?:möchte|möchten|würde|würden)\s+(?:\w+\s+){0,2}?(?:ein|einen)\s+(?:\w+\s+)?(?:gespräch|"
            r"telefonat|video-?call|call|interview|kennenlernen)\s+mit\s+(?:dem|der|ihrem|ihrer|unserem|"
            r"unserer|seinem|seiner)\s+(?:geschäftsführ\w+|abteilungsleit\w+|teamleit\w+|bereichsleit\w+|"
            r"leit\w+|hiring\s+manager|team|fachbereich|ceo|cto)\b|"
            # fr
            r"\b(?:souhaite|souhaiterai(?:t|ent)|aimerai(?:t|ent)|voudrai(?:t|ent)|propose)\s+(?:organiser\s+|"
            r"avoir\s+|planifier\s+)?(?:un|une)\s+(?:\w+\s+)?(?:appel|échange|entretien|visio|rendez-vous|"
            r"call)\s+avec\s+(?:le|la|leur|son|sa|notre)\s+(?:directeur|directrice|manager|responsable|drh|"
            r"fondat\w+|équipe|ceo|cto|dirigeant\w*)\b|"
            # it
            r"\b(?:vorrebbe(?:ro)?|desidera(?:no)?|propone)\s+(?:fare\s+|fissare\s+|organizzare\s+|avere\s+)?"
            r"(?:una|un)\s+(?:\w+\s+)?(?:chiamata|videochiamata|call|colloquio|incontro)\s+con\s+"
            r"(?:il|la|il\s+loro|la\s+loro|il\s+suo|la\s+sua|il\s+nostro|la\s+nostra)\s+(?:direttore|"
            r"direttrice|responsabile|manager|ceo|cto|fondatore|team|titolare)\b|"
            # pt
            r"\b(?:gostaria|gostariam|quer|querem|deseja|desejam)\s+(?:de\s+)?(?:fazer\s+|marcar\s+|"
            r"agendar\s+|ter\s+)?uma\s+(?:\w+\s+)?(?:conversa|chamada|videochamada|call|entrevista|reunião)\s+"
            r"com\s+(?:o|a|seu|sua|o\s+seu|a\s+sua|nosso|nossa)\s+(?:diretor[a]?|gestor[a]?|gerente|líder|"
            r"ceo|cto|fundador[a]?|time|equipe)\b|"
            # nl
            r"\b(?:wil|willen|zou|zouden)\s+(?:graag\s+)?(?:een\s+)?(?:\w+\s+)?(?:gesprek|videogesprek|call|"
            r"belafspraak|kennismaking\w*)\s+(?:inplannen\s+)?met\s+(?:de|hun|haar|zijn|onze|ons)\s+"
            r"(?:directeur|manager|leidinggevende|teamleider|team|eigenaar|ceo|cto|oprichter)\b"
        ),
        example="would like a video call with their director",
    ),
    Entry(
        "move_the_interview_to_another_day",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        _moved_to_another_day(_INTERVIEW),
        example="het tweede gesprek verzetten naar maandag 9 maart om 11:00",
    ),
    Entry(
        # a call or an appointment is as often a client's: it only supports (and English
        # "move our call" is reschedule_your_interview's)
        "move_the_call_to_another_day",
        ("es", "de", "fr", "it", "pt", "nl"),
        "supporting",
        _moved_to_another_day(_CALL),
        example="Können wir den Termin auf Freitag, 11 Uhr verlegen?",
    ),
    Entry(
        "does_this_day_and_time_work",
        ("en", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            # en: "does Tuesday at 3pm work?"
            r"\b(?:does|would|will|is)\s+(?:\w+\s+)?"
            + _DAY
            + r"[^.?!\n]{0,30}?\b(?:work|suit|good|ok)\b|"
            # it: "ti va bene martedì alle 15:30?"
            r"\b(?:ti|le|vi)\s+(?:va|andrebbe|starebbe|sta)\s+bene\b[^.?!\n]{0,40}?" + _DAY + r"|"
            # pt: "fica bom para você terça às 10h?", "dá-lhe jeito"
            r"\b(?:fica|ficaria)\s+bom\b[^.?!\n]{0,40}?"
            + _DAY
            + r"|\bd[áa]-?(?:lhe|te)\s+jeito\b|"
            # fr: "mardi à 10h vous conviendrait-il ?"
            + _DAY
            + r"[^.?!\n]{0,30}?\b(?:vous|te)\s+(?:convien\w*|irait)\b|"
            r"\b(?:vous|te)\s+(?:convien\w*|irait)\b[^.?!\n]{0,30}?" + _DAY + r"|"
            # de: "passt Ihnen Dienstag um 10 Uhr?", "würde Ihnen Dienstag passen?"
            r"\b(?:passt|passen|ginge|geht|würde|wäre)\s+(?:es\s+)?(?:ihnen|dir|bei\s+ihnen|bei\s+dir)\b"
            r"[^.?!\n]{0,40}?"
            + _DAY
            + r"|\bhätte(?:n|st)?\s+(?:sie|du)\s+(?:am\s+)?"
            + _DAY
            + r"[^.?!\n]{0,25}?\bzeit\b|"
            # nl: "past maandag om 11:00?", "schikt het u dinsdag om 10 uur?"
            r"\b(?:past|schikt|lukt)\s+(?:het\s+)?(?:je|jou|u)?\s*(?:op\s+)?"
            + _DAY
            + r"[^.?!\n]{0,25}?\d"
        ),
        example="Ti va bene martedì 10 marzo alle 15:30",
    ),
    # acknowledgements come in application_received; the invitation's own wish to meet:
    Entry(
        "the_team_would_like_to_meet_you",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:team|hiring\s+manager|director|client|equipo|responsable|team|équipe|manager|squadra|"
            r"time|equipe|gestor)\s+(?:would\s+(?:love|like)|wants|is\s+keen|le\s+gustaría|quiere|möchte|"
            r"würde|souhaite|aimerait|vorrebbe|desidera|gostaria|quer|wil|zou)\s+(?:to\s+|de\s+|graag\s+)?"
            r"(?:sie|dich|vous|je|u|te|ti|la|lhe)?\s*(?:gerne?\s+)?(?:meet|speak\s+(?:to|with)|talk\s+to|chat|talk|"
            r"interview|conocerte|entrevistarte|hablar\s+contigo|kennenlernen|sprechen|rencontrer|"
            r"conoscerti|conoscerla|incontrarti|incontrarla|conhecer|conversar|ontmoeten|spreken|"
            r"leren\s+kennen)\b"
        ),
        example="das Team möchte Sie gern kennenlernen",
    ),
    Entry(
        "we_expect_you_on_the_day",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:(?:we'll|we\s+will|we\s+look\s+forward\s+to|looking\s+forward\s+to)\s+see(?:ing)?\s+you|"
            r"expecting\s+you|(?:te|le|los|la|o|a|vos)\s+esperamos|(?:te|le)\s+esperan|"
            r"(?:wir\s+)?erwarten\s+(?:sie|dich)|(?:nous\s+)?vous\s+attendons|(?:ti|la|vi)\s+aspett(?:iamo|ano|a)|"
            r"(?:we\s+)?verwachten\s+(?:je|u|jou)|(?:we\s+)?zien\s+(?:je|u)\s+graag)\s+"
            r"(?:\w+\s+){0,2}?" + _DAY
        ),
        example="Ti aspettano martedì 15 dicembre alle 9:30",
    ),
    Entry(
        "are_you_available_on_the_day_for_a_call",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a question of availability, a day, then a call: "are you around Thursday for 30 minutes?"
            r"\b(?:are\s+you\s+(?:around|free|available)|would\s+you\s+be\s+(?:around|free|available)|"
            r"(?:podrías|puedes|podría|estarías|estás|tienes|tendrías)\b|"
            r"(?:saresti|sarebbe|sei|è)\s+disponibile|"
            r"(?:você\s+)?(?:teria|tem|terias|tens)\s+disponibilidade|(?:estaria|estarias|está)\s+disponível|"
            r"(?:heb\s+je|hebt\s+u|ben\s+je|bent\s+u)\b)"
            r"[^.?!\n]{0,30}?"
            + _DAY
            + r"[^.?!\n]{0,50}?\b(?:for|para|per|voor|um|à|às|alle|a\s+las|om)\b"
            r"[^.?!\n]{0,25}?(?:\b"
            + _TALK
            + r"|\bbelletje|\d+\s*(?:minutes|min|minutos|minuti|minuten)\b)|"
            # or the call first: "¿podrías hacer una videollamada el jueves?"
            r"\b(?:could\s+you\s+(?:do|have)|can\s+you\s+(?:do|have)|podrías\s+(?:hacer|tener)|"
            r"puedes\s+(?:hacer|tener)|könnten\s+sie|kannst\s+du|pourriez-vous\s+(?:faire|avoir)|"
            r"potresti\s+(?:fare|avere)|potrebbe\s+(?:fare|avere)|poderia\s+(?:fazer|ter)|podes\s+(?:fazer|ter)|"
            r"kun\s+je|kunt\s+u)\s+(?:a|an|una|un|ein\w*|uma|een)\s+(?:\w+\s+)?"
            + _TALK
            + r"\b[^.?!\n]{0,20}?\b"
            + _DAY
        ),
        example="Are you around Thursday afternoon for 30 minutes?",
    ),
    Entry(
        "book_a_slot_with_the_hiring_manager",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a booking verb, then the hiring side: "book a 30-minute slot with our hiring manager"
            r"\b(?:book|reserve|schedule|grab|pick|reservar|agendar|agenda|marcar|buchen|vereinbaren|réserver|"
            r"planifier|prenotare|prenota|fissare|boeken|boek|inplannen|plannen|plan)\b[^.!?\n]{0,50}?"
            r"\b(?:with|con|mit|avec|com|met)\s+(?:our|the|la|el|unserer|unserem|notre|la\s+nostra|il\s+nostro|"
            r"nostra|nostro|a\s+nossa|o\s+nosso|nossa|nosso|onze|ons|de)\s+" + _HIRING_SIDE + r"|"
            # the hiring side, then the verb (de, nl): "einen Termin mit unserer Teamleiterin buchen"
            r"\b(?:mit|met)\s+(?:unserer|unserem|der|dem|onze|ons|de)\s+"
            + _HIRING_SIDE
            + r"\b[^.!?\n]{0,40}?"
            r"\b(?:buchen|vereinbaren|inplannen|plannen|boeken)\b"
        ),
        example="book a 30-minute slot with our hiring manager",
    ),
    Entry(
        "when_would_suit_you_to_talk",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # "when would suit you for a conversation?" (en: when_are_you_free_chat)
            r"\b(?:cu[áa]ndo|wann|quand|quando|wanneer)\b[^.?!\n]{0,40}?\b(?:vendría\s+bien|viene\s+bien|"
            r"disponible|disponibilidad|passt|passen|zeit|disponibles?|disponibile|disponível|disponibilidade|"
            r"pode|poderia|schikt|past|tijd)\b[^.?!\n]{0,40}?\b(?:hablar|charlar|conversar|llamada|entrevista|"
            r"gespräch|telefonat|sprechen|interview|échanger|appel|entretien|parler|chiacchierata|colloquio|"
            r"chiamata|sentirci|parlare|conversa|falar|gesprek|bellen|kennismaken|kennismakingsgesprek)\b"
        ),
        example="Wann passt es Ihnen für ein Gespräch?",
    ),
    Entry(
        "through_to_the_next_stage",
        ("es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            # the candidate goes through to the next round (en: move_to_interview_stage)
            # or to a named later round: "queremos que pases a la segunda fase del proceso"
            r"\b(?:has\s+pasado|pasas|pases|pasarás|avanzas|avances|avanzarás|has\s+avanzado)\s+a\s+la\s+"
            r"(?:siguiente|próxima|segunda|tercera|última)\s+(?:fase|etapa|ronda)\b|"
            r"\b(?:eine\s+runde\s+weiter|in\s+die\s+(?:nächste|zweite|dritte|finale)\s+(?:runde|phase|auswahlrunde))\b|"
            r"\b(?:passe[sz]?|passiez|passerez|passez)\s+(?:à\s+l'étape\s+suivante|à\s+la\s+(?:deuxième|seconde|"
            r"troisième)\s+(?:étape|phase)|au\s+(?:second|deuxième|troisième)\s+tour)\b|\bétape\s+suivante\s+du\s+processus\b|"
            r"\b(?:sei|è)\s+passat[oa]\s+(?:alla\s+fase\s+successiva|al\s+prossimo\s+step|al\s+turno\s+successivo)\b|"
            r"\b(?:passi|passerai|accedi|accederai)\s+(?:alla\s+(?:seconda|terza|prossima)\s+fase|al\s+(?:secondo|"
            r"prossimo)\s+(?:step|colloquio))\b|"
            r"\b(?:você\s+)?(?:passou|avançou|passe|passes|passas|avance|avanças|vai\s+passar|vais\s+passar|avançará)\s+para\s+a\s+(?:próxima|segunda|"
            r"terceira)\s+(?:etapa|fase)\b|"
            r"\b(?:je\s+bent|u\s+bent|je\s+gaat|u\s+gaat)\s+(?:door\s+naar|doorgegaan\s+naar)\s+de\s+(?:volgende|"
            r"tweede|derde)\s+(?:ronde|fase)\b"
        ),
        example="Has pasado a la siguiente fase del proceso",
    ),
    # a scheduling tool's booking whose event type names a first conversation with a company
    # ("Event Type: Premier échange – <Company>", "Ereignistyp: Kennenlernen mit <Company>"):
    # only a scheduling tool writes the label, and the event names the hiring conversation
    Entry(
        "first_conversation_booked",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "self_evident",
        (
            r"\b(?:event\s+type|type\s+d'événement|tipo\s+de\s+evento|tipo\s+di\s+evento|ereignistyp|"
            r"termintyp|veranstaltungstyp|evenementtype|type\s+(?:afspraak|evenement)|afspraaktype)\s*:\s*"
            r"(?:first\s+(?:call|chat|conversation|interview)|intro(?:ductory)?\s+(?:call|chat)|initial\s+"
            r"(?:call|conversation|screen)|premier\s+(?:échange|entretien|appel|contact)|échange\s+découverte|"
            r"kennenlern(?:en|gespräch)|erstgespräch|erstes\s+(?:gespräch|kennenlernen)|(?:eerste\s+)?"
            r"kennismaking(?:sgesprek)?|eerste\s+gesprek|primera\s+(?:charla|llamada|conversación|entrevista)|"
            r"primeira\s+(?:conversa|chamada|entrevista)|primo\s+(?:colloquio|contatto|incontro)|"
            r"prima\s+(?:chiacchierata|call))\s*(?:[–—-]|with|avec|con|com|mit|met)\s+\w"
        ),
        example="event type: first call with a",
    ),
    Entry(
        "interview_is_on_the_day",
        ("es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            # the interview's day said plainly: "il colloquio è domani alle 10"
            r"\b"
            + _INTERVIEW
            + r"\s+(?:è|sarà|si\s+terrà|es|será|tendrá\s+lugar|ist|findet|est|sera|aura\s+lieu|"
            r"é|vai\s+ser|is|wordt|vindt)\s+(?:\w+\s+){0,2}?" + _DAY + r"[^.!?\n]{0,20}?\d"
        ),
        example="il colloquio è domani alle 10",
    ),
    Entry(
        "come_in_on_the_day",
        ("en",),
        "clear",
        (
            r"\b(?:can|could|would)\s+you\s+come\s+(?:in|by|over)\s+(?:on\s+)?" + _DAY + r"|"
            r"\bintroduce\s+you\s+to\s+(?:our|the|their)\s+(?:cto|ceo|founders?|hiring\s+manager|head\s+of|vp|"
            r"director|team\s+lead)"
        ),
        example="Can you come in on Tuesday at 10?",
    ),
    Entry(
        "do_you_have_minutes_for_a_call",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # "would you have 20 minutes this week for an intro chat?"
            r"\b(?:(?:would|do|could)\s+you\s+have|tendrías|tienes|tiene|hätten\s+sie|hast\s+du|"
            r"auriez-vous|avez-vous|aurais-tu|avresti|avrebbe|hai|você\s+teria|teria|terias|tens|"
            r"heb\s+je|hebt\s+u|zou\s+je)\s+(?:\w+\s+)?(?:\d+|a\s+few|some|fifteen|twenty|thirty|quince|veinte|"
            r"treinta|zwanzig|dreißig|vingt|trente|venti|trenta|vinte|trinta|twintig|dertig)\s+"
            r"(?:minutes|mins|minutos|minuten|minuti)\b[^.?!\n]{0,40}?\b(?:chat|call|conversation|talk|"
            r"interview|screen|llamada|conversación|charla|entrevista|telefonat|gespräch|interview|échange|"
            r"appel|entretien|chiamata|chiacchierata|colloquio|conversa|chamada|gesprek|kennismaking\w*|belletje)\b"
        ),
        example="Would you have 20 minutes this week for an intro chat?",
    ),
    Entry(
        "convochiamo_per_un_colloquio_it",
        ("it",),
        "strong",
        (
            r"\b(?:(?:la|ti|vi|lo)\s+convochiamo|convocar(?:la|ti|vi|lo))\s+(?:per|a)\s+(?:un|il)\s+"
            r"(?:\w+\s+)?colloquio\b"
        ),
        example="la convochiamo per un colloquio",
    ),
    Entry(
        "willen_graag_kennismaken_nl",
        ("nl",),
        "strong",
        (
            r"\b(?:willen|zouden|wil)\s+(?:we|wij|ik)?\s*(?:graag\s+)?(?:met\s+(?:je|jou|u)\s+)?"
            r"(?:kennismaken|kennis\s+maken)\b"
        ),
        example="willen we graag kennismaken",
    ),
    Entry(
        "come_by_the_office_on_the_day",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a visit asked for, then its day: "could you swing by our office on Tuesday the 8th?"
            r"\b(?:(?:could|can|would)\s+you\s+(?:swing|stop|drop|pop|come)\s+(?:by|in|over)|"
            r"(?:podrías|puedes|podéis|podría)\s+(?:pasarte|pasar|venir|acercarte)|"
            r"(?:könnten\s+sie|kannst\s+du|können\s+sie)\s+(?:\w+\s+){0,3}?(?:vorbeikommen|vorbeischauen)|"
            r"(?:pourriez-vous|pourrais-tu|peux-tu|pouvez-vous)\s+(?:passer|venir)|"
            r"(?:potresti|potrebbe|puoi|può)\s+(?:passare|venire)|"
            r"(?:poderia|podes|pode|consegue|consegues)\s+(?:passar|vir|dar\s+um\s+pulo)|"
            r"(?:kun\s+je|kunt\s+u|zou\s+je|zou\s+u)\s+(?:\w+\s+){0,3}?(?:langskomen|langs\s+komen|"
            r"komen|binnenlopen))"
            r"[^.?!\n]{0,40}?\b(?:on\s+|el\s+|am\s+|le\s+|il\s+|na\s+|no\s+|op\s+|a\s+)?"
            + _DAY
            + r"|"
            # de, nl: the day before the verb: "könnten Sie am Dienstag um 10 bei uns vorbeikommen?"
            r"\b(?:könnten\s+sie|kannst\s+du|können\s+sie|kun\s+je|kunt\s+u|zou\s+je|zou\s+u)\s+"
            r"(?:am\s+|op\s+)?"
            + _DAY
            + r"[^.?!\n]{0,40}?\b(?:vorbeikommen|vorbeischauen|langskomen|"
            r"langs\s+komen|langs\s+te\s+komen|binnenlopen)\b"
        ),
        example="Could you swing by our office on Tuesday the 8th at 9:30?",
    ),
    Entry(
        "send_me_your_availability_for_a_talk",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a talk proposed, then the candidate's availability asked for in the same message
            r"\b(?:" + _TALK + r"|bate-papo|charla|chiacchierata)\b[^\n]{0,200}?"
            r"\b(?:send|share|let\s+me\s+know|tell\s+me|give\s+me|pásame|envíame|mándame|dime|indícame|"
            r"pasadme|nennen\s+sie|schicken\s+sie|teilen\s+sie|sende\s+mir|schick\s+mir|"
            r"envoyez-moi|indiquez-moi|transmettez-moi|donnez-moi|envoie-moi|indique-moi|"
            r"mandami|indicami|fammi\s+sapere|inviami|dimmi|mi\s+mandi|mi\s+indichi|"
            r"me\s+passa|me\s+passe|me\s+envia|me\s+envie|me\s+manda|me\s+mande|me\s+diga|diz-me|indica-me|"
            r"envia-me|laat\s+(?:me|ons)\s+(?:\w+\s+)?weten|laat\s+(?:me|ons)|stuur\s+(?:me|ons)|geef\s+(?:me|ons))\s+"
            r"(?:me\s+|mir\s+|uns\s+)?(?:\w+\s+){0,2}?"
            r"(?:availability|availabilities|disponibilidad|verfügbarkeit\w*|disponibilités|disponibilità|"
            r"disponibilidade|beschikbaarheid)\b"
        ),
        example="queria marcar um bate-papo com você. Me passa sua disponibilidade?",
    ),
    Entry(
        "the_slot_is_set_for_the_day",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a reply that fixes the slot the candidate offered: "dan zetten we woensdag om 10:30 vast"
            r"\b(?:(?:let's|we'll)\s+(?:lock\s+in|pencil\s+in|go\s+with|say)\s+|"
            r"(?:quedamos|dejamos\s+fijado|confirmamos|agendamos)\s+(?:entonces\s+)?(?:el\s+)?|"
            r"(?:dann\s+)?(?:halten|machen)\s+wir\s+(?:\w+\s+){0,2}?|"
            r"(?:on\s+)?(?:retient|fixe|bloque)\s+(?:donc\s+)?|c'est\s+noté\s+pour\s+|"
            r"(?:fissiamo|confermiamo|teniamo)\s+(?:allora\s+)?|"
            r"(?:fica|ficou)\s+(?:marcado|combinado|agendado)\s+(?:para\s+)?(?:a\s+|o\s+)?|"
            r"(?:zetten|leggen|houden|spreken)\s+we\s+(?:\w+\s+){0,2}?)"
            + _DAY
            + r"\w*\s+(?:\w+\s+)?(?:at|a\s+las|um|à|alle|às|om|,)?\s*\d{1,2}(?:[:.h]\d\d|\s*(?:am|pm|uhr|h))"
        ),
        example="Prima, dan zetten we woensdag om 10:30 vast.",
    ),
    Entry(
        "set_a_new_date_for_the_cancelled_talk",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a meeting called off and another promised: "ti ricontatto per fissare una nuova data"
            r"\b(?:to\s+(?:find|set|pick|agree)\s+(?:a\s+)?new\s+(?:date|time|slot)|"
            r"para\s+(?:fijar|buscar|acordar|concertar)\s+una\s+nueva\s+(?:fecha|hora)|"
            r"(?:um\s+)?einen\s+neuen\s+termin\s+(?:zu\s+)?(?:vereinbaren|finden|abzustimmen|festzulegen)|"
            r"pour\s+(?:fixer|trouver|convenir\s+d')\s*une\s+nouvelle\s+(?:date|heure)|"
            r"nouveau\s+créneau|"
            r"per\s+(?:fissare|trovare|concordare)\s+una\s+nuova\s+(?:data|ora)|"
            r"para\s+(?:marcar|agendar|combinar)\s+uma\s+nova\s+(?:data|hora)|"
            r"om\s+een\s+nieuwe\s+(?:datum|afspraak|tijd)\s+(?:te\s+)?(?:plannen|prikken|maken|vinden))"
        ),
        example="Ti ricontatto entro venerdì per fissare una nuova data.",
    ),
    # issue 12, twelfth batch: a first call or chat proposed in plain words
    Entry(
        "a_first_chat",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:per|para|pour|für|voor)\s+(?:una\s+prima\s+(?:chiacchierata|telefonata)|un\s+primo\s+(?:scambio|contatto\s+telefonico)|"
            r"una\s+primera\s+(?:charla|conversación|llamada)|um\s+primeiro\s+(?:bate-papo|papo|contato)|"
            r"uma\s+primeira\s+conversa|un\s+premier\s+(?:échange|appel)|ein\s+erstes\s+(?:kennenlerngespräch|telefonat|gespräch)|"
            r"een\s+eerste\s+(?:kennismaking|(?:telefonisch\s+)?gesprek|belletje))\b"
        ),
        example="la chiamo venerdì alle 17 per una prima chiacchierata",
    ),
    # issue 12, public ATS templates in 7 languages (Odoo, Manatal and the like): the
    # application "shortlisted / preselected / selected for a call or an interview", said
    # with a positive auxiliary or a reflexive ("se preseleccionó"), the "call or" optional
    Entry(
        "shortlisted_for_a_call_or_interview",
        ("es", "pt", "it", "fr", "nl"),
        "strong",
        (
            r"\b(?:(?<!no\s)(?:se|ha\s+sido|fue|ha\s+quedado)\s+(?:pre)?seleccionad[oa]s?\s+para\s+(?:una\s+)?"
            r"(?:(?:llamada|videollamada|conversación)\s+o\s+(?:una\s+)?)?entrevista|(?<!no\s)se\s+(?:pre)?seleccionó\s+"
            r"para\s+(?:una\s+)?(?:(?:llamada|videollamada|conversación)\s+o\s+(?:una\s+)?)?entrevista|"
            r"(?<!não\s)(?:foi|está|ficou)\s+(?:pré-?)?selecionad[oa]\s+para\s+(?:uma\s+)?(?:(?:ligação|chamada|conversa)\s+"
            r"ou\s+(?:uma\s+)?)?entrevista|(?<!non\s)(?:è|sei)\s+stat[oa]\s+(?:pre)?selezionat[oa]\s+per\s+(?:una\s+)?"
            r"(?:(?:telefonata|chiamata|videochiamata)\s+o\s+(?:un\s+)?)?colloquio|(?:a\s+été|avez\s+été|êtes)\s+"
            r"(?:présélectionnée?s?|retenue?s?|sélectionnée?s?)\s+pour\s+(?:un\s+)?(?:(?:appel|échange)\s+ou\s+(?:un\s+)?)?"
            r"entretien|staat\s+(?:je|jouw|uw)\s+sollicitatie\s+op\s+de\s+shortlist\s+voor\s+(?:een\s+)?"
            r"(?:telefoongesprek\s+of\s+(?:een\s+)?)?(?:interview|gesprek|sollicitatiegesprek))\b"
        ),
        example="su solicitud se preseleccionó para una llamada o una entrevista",
    ),
    # a request to choose a time through a link ("puede reservar el horario que mejor le
    # convenga a través del siguiente enlace", "choisir le créneau qui vous convient via ce
    # lien"): the booking itself, the conversation named in the sentence before
    Entry(
        "choose_a_time_through_the_link",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:choose|pick|select|book|grab|reserve|elige|escoge|elija|escoja|selecciona|seleccione|reserva|"
            r"reservar|agende|agendar|wählen|wähle|buchen|buche|aussuchen|choisissez|choisir|choisis|sélectionnez|"
            r"réservez|réserver|scegli|scegliere|scelga|seleziona|prenota|prenotare|prenoti|escolha|escolher|"
            r"escolhe|selecione|marque|kies|kiezen|selecteer|boek|plan|inplannen)\b[^.!?\n]{0,40}?"
            r"\b(?:time|slot|timeslot|time\s+slot|horario|hueco|franja|termin|zeitfenster|zeitpunkt|créneau|"
            r"horaire|orario|fascia\s+oraria|horário|tijdslot|tijdstip|moment)\b[^.!?\n]{0,60}?"
            r"\b(?:link|enlace|vínculo|lien|collegamento|ligação|(?:this|el\s+siguiente|este|ce|questo|"
            r"este|deze)\s+(?:url|calendly))\b"
        ),
        example="Puede reservar el horario que mejor le convenga a través del siguiente enlace",
    ),
    # issue 12, thirteenth batch: an interview day's programme, a booked call named in a
    # scheduling tool's notice, and a short call proposed by its length, in every language
    Entry(
        "interview_schedule_all",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:tu|su)\s+(?:agenda|itinerario|programa|calendario)\s+de\s+(?:entrevistas|la\s+entrevista)|"
            r"(?:el|la)\s+(?:agenda|programa|itinerario)\s+de\s+(?:tus|sus)\s+entrevistas|"
            r"(?:ihr|dein|der)\s+(?:interview|gesprächs|ablauf|termin)plan\s+(?:für\s+)?(?:ihre|deine|die)?\s*"
            r"(?:gespräche|interviews)|(?:ablauf|zeit)plan\s+(?:ihrer|deiner)\s+(?:gespräche|interviews)|"
            r"(?:votre|ton)\s+(?:programme|planning|agenda)\s+d'entretiens|(?:le\s+)?(?:programme|planning|"
            r"déroulé)\s+de\s+(?:vos|tes)\s+entretiens|"
            r"(?:il\s+)?(?:programma|calendario|agenda)\s+dei\s+(?:tuoi|suoi)\s+colloqui|"
            r"(?:a\s+|o\s+)?(?:agenda|cronograma|roteiro|programação)\s+d[ae]s?\s+(?:suas|tuas)\s+entrevistas|"
            r"(?:je|jouw|uw|het)\s+(?:interview|gesprek)s?(?:schema|programma|planning)|(?:het\s+)?(?:schema|"
            r"programma)\s+van\s+(?:je|jouw|uw)\s+(?:gesprekken|interviews))\b"
        ),
        example="Hieronder vind je het schema van je gesprekken op donderdag",
        where="both",
    ),
    Entry(
        "interview_sessions_listed",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b\d{1,2}(?:[:.h]\d\d|h)?\s*(?:[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}(?:[:.h]\d\d|h)?\s*(?:[ap]\.?m\.?)?\s+"
            r"[^\n]{2,40}?[-–,]\s+(?:with|con|mit|avec|com|met)\s+[A-Z][\w'-]+[^\n]{0,60}?"
            r"\b\d{1,2}(?:[:.h]\d\d|h)?\s*(?:[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}(?:[:.h]\d\d|h)?\s*(?:[ap]\.?m\.?)?\s+"
            r"[^\n]{2,40}?[-–,]\s+(?:with|con|mit|avec|com|met)\s+[A-Z]"
        ),
        example="9:30 AM – 10:15 AM Coding – with Ravi Patel 10:30 AM – 11:30 AM System Design – with Ana Lima ",
    ),
    Entry(
        "booked_event_a_conversation",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:event\s+(?:type|name)|what|tipo\s+de\s+evento|evento|veranstaltung|termin(?:art)?|"
            r"type\s+d'événement|événement|tipo\s+di\s+evento|soort\s+afspraak|afspraak)\s*:\s*"
            r"(?:\d+\s*[-\s]?(?:minute|min|minuten|minutos|minuti)s?\.?\s+)?(?:intro(?:duction|ductory)?|chat|call|"
            r"conversation|screen(?:ing)?|interview|kennenlernen|gespräch|telefonat|entrevista|llamada|charla|"
            r"conversa|chamada|entretien|appel|échange|colloquio|chiamata|chiacchierata|gesprek|kennismaking)\b"
        ),
        example="Event Type: 30 Minute Intro - Acme (Staff Product Manager)",
    ),
    Entry(
        "minute_call_all",
        ("es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:(?:llamada|videollamada|charla|conversación|chamada|videochamada|conversa|appel|échange|"
            r"visio|chiamata|videochiamata|call|gesprek|(?:video)?gesprek|belletje)\s+(?:de|di|van)\s+"
            r"(?:unos\s+|uns\s+|environ\s+|circa\s+|ongeveer\s+)?\d{1,2}\s*(?:min|minutos|minutes|minuti|"
            r"minuten)\b|\d{1,2}[-\s]?(?:minütige[ns]?|minuten)[-\s]?(?:gespräch|telefonat|call|videocall|"
            r"kennenlernen|gesprek|belletje))"
        ),
        example="¿Te va bien el jueves a las 10:30 para una llamada de 30 min por Meet?",
    ),
    # the invitation with a finite verb ("La invitiamo a un colloquio", "nous vous invitons à
    # un entretien", "le invitamos a una entrevista"): the infinitives have their own entries
    Entry(
        "we_invite_you_to_an_interview",
        ("it", "fr", "es", "pt"),
        "strong",
        (
            r"\b(?:(?:la|ti|vi|l')\s*invitiamo\s+(?:a|per)\s+(?:un|il|una)\s+(?:\w+\s+)?colloquio|(?:vous|te)\s+"
            r"(?:invitons|convions|convoquons|invite|convie)\s+(?:à|pour)\s+(?:un|une|notre)\s+(?:\w+\s+)?"
            r"(?:entretien|rencontre)|(?:le|te|les|os)\s+invitamos\s+a\s+(?:una|la|nuestra)\s+(?:\w+\s+)?entrevista|"
            r"(?:o|a|te|lhe|vos)\s+convidamos\s+(?:para|a)\s+(?:uma|a)\s+(?:\w+\s+)?entrevista)\b"
        ),
        example="La invitiamo a un colloquio il giorno 10/07 per la selezione finale.",
    ),
    # issue 12, fifteenth batch: the candidate's later round with a named person ("the details
    # for your second round with our CTO", "je tweede ronde met Pieter")
    Entry(
        "your_next_round_with_someone",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        LATER_ROUND_WITH,
        example="the details for your second round with our CTO",
    ),
)


__all__ = [
    "PHRASES",
]
