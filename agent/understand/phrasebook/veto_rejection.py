"""Phrases for ``veto_rejection``: counts against rejection: regrets that end no candidacy.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    # vetoes: "unfortunately" about billing, trials, schedules; absence notes
    Entry(
        "unfortunately_trial",
        ("en",),
        "plain",
        (
            r"\bunfortunately\b.{0,80}?\b(?:trial|payment|card|subscription|invoice|billing|order|"
            r"delivery|package|shipment|flight|reservation|booking)"
        ),
        example="unfortunately trial",
    ),
    Entry(
        "trial_ended",
        ("en",),
        "plain",
        r"\b(?:trial|subscription)\s+(?:has\s+)?(?:ended|expired|expires)",
        example="trial ended",
    ),
    Entry(
        "unfortunately_reschedule",
        ("en",),
        "plain",
        (
            r"\b(?:unfortunately|regrettably)\b.{0,80}?\b(?:reschedule|need\s+to\s+(?:move|cancel|postpone)|conflict|"
            r"(?:out|away)\s+of\s+(?:the\s+)?office|is\s+(?:sick|ill|unavailable)|came\s+up)"
        ),
        example="unfortunately reschedule",
    ),
    # a search paused until it restarts (a hold, not a decision: the conventions' "on hold"
    # is other), in every language
    Entry(
        "paused_until_it_restarts",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "plain",
        (
            r"\b(?:(?:don't|do\s+not|doesn't)\s+have\s+an?\s+(?:specific\s+|firm\s+)?restart\s+date|if\s+and\s+when\s+(?:the\s+"
            r"(?:role|search|position|process)|hiring|we(?:'re|\s+are)\s+hiring)\s+(?:restarts?|resumes?|again)|cuando\s+(?:se\s+)?"
            r"(?:reanude|retome|reactive)\s+(?:el\s+proceso|la\s+búsqueda)|quando\s+o\s+processo\s+(?:for\s+)?(?:retomado|"
            r"reaberto)|sobald\s+(?:der\s+prozess|die\s+suche|das\s+verfahren)\s+wieder\s+aufgenommen|dès\s+que\s+(?:le\s+"
            r"recrutement|le\s+processus)\s+reprendra|quando\s+la\s+selezione\s+riprenderà|zodra\s+de\s+(?:procedure|werving)"
            r"\s+(?:weer\s+)?(?:wordt\s+)?(?:hervat|opgestart))"
        ),
        example="we don't have a specific restart date",
    ),
    Entry(
        "leider_verschieben",
        ("de",),
        "plain",
        # a date cancelled, not the candidate refused ("weshalb wir dir absagen müssen")
        r"\bleider\b(?:(?!\b(?:dir|ihnen|euch)\s+(?:\w+\s+)?absagen).){0,60}?\b(?:verschieben|absagen\s+müssen|termin)",
        example="leider verschieben",
    ),
    Entry(
        "malheureusement_reporter",
        ("fr",),
        "plain",
        r"\bmalheureusement\b.{0,60}?\b(?:reporter|décaler|empêchement)",
        example="malheureusement reporter",
    ),
    Entry(
        "lamentablemente_reprogramar",
        ("en",),
        "plain",
        r"\b(?:lamentablemente|desafortunadamente)\b.{0,60}?\b(?:reprogramar|cambiar\s+la)",
        example="lamentablemente reprogramar",
    ),
    Entry(
        "sent_by_mistake",
        ("en",),
        "plain",
        r"\bsent\s+(?:it\s+)?(?:by|in)\s+(?:mistake|error)\b|\bplease\s+(?:ignore|disregard)\b",
        example="sent by mistake",
    ),
    # a decision only supposed ("if we go with another candidate, we'll let you know"): it
    # cancels every rejection phrase of its sentence
    Entry(
        "if_we_choose_another",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "supposed",
        (
            r"\b(?:(?:if|should|in\s+case)\s+(?:we|the\s+(?:team|role|position))|(?:si|caso|se)\s+(?:decidimos|decidirmos|"
            r"optamos|optarmos|elegimos|escolhermos|decidiamo|scegliamo|dovessimo|nous)|(?:falls|wenn|sollten)\s+wir|"
            r"(?:als|indien|mocht(?:en)?)\s+(?:we|wij))\b[^.!?\n]{0,60}?\b(?:another|someone\s+else|other\s+candidates|otr[oa]\s+"
            r"(?:persona|candidat[oa])|outr[oa]\s+(?:pessoa|candidat[oa])|anderen?\s+(?:bewerber|kandidat|person)|"
            r"jemand\s+anders|une?\s+autre\s+(?:candidat|personne)|quelqu'un\s+d'autre|un\s+altro\s+candidato|"
            r"un'altra\s+persona|qualcun\s+altro|andere\s+kandida\w*|iemand\s+anders|(?:is|gets|been)\s+filled)\b"
        ),
        example="if we decide to move forward with another candidate",
    ),
    # issue 12, fourteenth batch: a refusal said only as a condition on the candidate ("if
    # you are not selected for this position, keep an eye on our jobs page", "si votre
    # candidature n'est pas retenue, nous conserverons votre CV"): an acknowledgement's
    # promise; the span runs to the sentence's end, so the refusal words inside it go too
    Entry(
        "if_you_are_not_selected",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "plain",
        (
            # "if" (addressed to the candidate), a negation, then a word of being chosen,
            # fitting or hearing back: not "if you don't want us to keep your data"
            r"\b(?:(?:if|should|in\s+case|in\s+the\s+event)\s+(?:that\s+)?(?:you|your)|si|en\s+caso\s+de\s+que|"
            r"caso|na\s+hip[oó]tese\s+de|se\s+(?=n[aã]o\b|non\b|(?:o|a|il|la)\s+(?:seu|sua|teu|tua|suo|tuo)\b|lei\b|"
            r"voc[eê]\b)|(?:falls|wenn|sollten?)\s+(?:wir|sie|du|ihr|dein)|dans\s+le\s+cas\s+o[uù]|qualora|nel\s+caso|"
            r"(?:als|indien|mocht(?:en)?|wanneer)\s+(?:je|jij|u|jouw|uw|we|wij))\b"
            r"[^.!?\n]{0,50}?(?:\bnot|n't|\bno|\bn[aã]o|\bnicht|\bnichts|\bkeine|\bpas|\bnon|\bniet|\bniets|\bgeen)\b"
            r"[^.!?\n]{0,40}?\b(?:selected|shortlisted|successful|chosen|progress|mov(?:e|ing)\s+forward|"
            r"match|fit|meet|suit|hear|heard|contacted|invited|seleccionad|preseleccionad|elegid|avanz|encaj|ajust|"
            r"correspond|noticias|contactad|selecionad|aprovad|escolhid|avanç|atend|not[ií]cias|contatad|encaix|"
            r"berücksichtig|ausgewählt|auswahl|weiter\s*verfolg|absage|passt|entspricht|hör|gemeldet|eingeladen|"
            r"retenu|sélectionné|nouvelles|réponse|retour|convoqué|contacté|selezionat|in\s+linea|idone|"
            r"ricontattat|contattat|riscontro|notizie|geselecteerd|door\s*(?:gaat|gaan)|aansluit|past|hoort|"
            r"gehoord|uitgenodigd|aanmerking)"
            # an acknowledgement's "no news means no" in French and Italian
            r"|\bsans\s+(?:nouvelles?|réponse|retour)\s+de\s+(?:notre|ma)\s+part|"
            r"\bin\s+assenza\s+di\s+(?:un\s+)?(?:nostro\s+)?(?:riscontro|risposta)"
            r"[^.!?\n]{0,160}"
        ),
        example="If you are not selected for this position, we will keep your CV on file.",
    ),
    # the employer's own recruiting: candidates as what one schedules ("please schedule the
    # remaining candidates"), not a decision told to one of them
    Entry(
        "schedule_the_candidates",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "plain",
        (
            r"\b(?:(?:schedule|book|line\s+up|set\s+up|screen)\s+(?:the\s+|our\s+)?(?:remaining|other|next|"
            r"shortlisted|final)\s+(?:candidates|applicants)|(?:agenda|agendar|programar|convocar)\s+(?:a\s+)?(?:los|as|os)\s+"
            r"(?:demás\s+|restantes\s+|outros\s+|outras\s+)?candidat[oa]s|(?:übrigen|restlichen)\s+(?:bewerber|kandidat)\w*\s+"
            r"(?:einladen|einplanen|terminieren)|(?:planifier|convoquer)\s+les\s+(?:autres\s+)?candidats|(?:programmare|"
            r"convocare)\s+(?:gli\s+)?altri\s+candidati|(?:andere|overige)\s+kandidaten\s+(?:inplannen|uitnodigen)|"
            # ...or tells a colleague to send the refusals and close the requisition
            r"send\s+(?:out\s+)?(?:the\s+)?(?:rejection|decline|regret)\s+(?:emails?|letters?|notes?)|close\s+(?:out\s+)?"
            r"(?:the\s+)?req(?:uisition)?\b|(?:inform|notify|tell)\s+(?:your|the\s+other|the\s+remaining|the)\s+candidates|"
            r"(?:absagen|absageschreiben)\s+(?:an\s+die\s+)?(?:übrigen|anderen|restlichen)|(?:enviar|mandar)\s+(?:los|os|as)\s+"
            r"(?:correos|e-?mails)\s+de\s+(?:rechazo|recusa)|(?:envoyer|faire)\s+les\s+(?:mails|courriers)\s+de\s+refus|"
            r"(?:inviare|mandare)\s+le\s+(?:mail|email|lettere)\s+di\s+rifiuto|(?:afwijzingen|afwijzingsmails)\s+(?:versturen|sturen))"
        ),
        example="please schedule the remaining candidates",
    ),
    # advice about refusals (a newsletter's "how to answer a rejection email"): the refusal
    # it quotes is an example, not a decision, in every language
    Entry(
        "advice_about_rejection",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "plain",
        (
            r"\b(?:how\s+to\s+(?:respond|reply|answer|react|handle|deal\s+with|cope\s+with|bounce\s+back\s+from|"
            r"write|turn)\s+(?:to\s+)?(?:a\s+|an\s+|the\s+)?(?:job\s+)?rejection|"
            r"c[oó]mo\s+(?:responder|reaccionar|contestar|manejar|afrontar|lidiar\s+con|superar)\s+(?:a\s+)?(?:un|una|el|o|a|um|uma)\s+"
            r"(?:(?:correo|e-?mail|carta|mensaje|mensagem)\s+de\s+)?(?:rechazo|rejei[cç][aã]o|recusa)|"
            r"wie\s+(?:sie|du|man)\s+(?:auf\s+eine\s+absage\s+(?:reagier|antwort)|mit\s+(?:einer\s+)?absagen?\s+umgeh)|"
            r"comment\s+(?:répondre|réagir|rebondir)\s+(?:à|après)\s+(?:un|une)\s+(?:(?:mail|e-?mail|courrier|lettre)\s+de\s+)?refus|"
            r"come\s+(?:rispondere|reagire|gestire|superare)\s+(?:a\s+)?(?:un|una)\s+(?:(?:mail|e-?mail|lettera)\s+di\s+)?rifiuto|"
            r"hoe\s+(?:reageer|antwoord|ga)\s+(?:je|jij|u)\s+(?:op|met)\s+een\s+afwijzing)"
        ),
        example="how to respond to a rejection email with grace",
    ),
)


__all__ = [
    "PHRASES",
]
