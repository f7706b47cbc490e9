"""Phrases for ``employer_side``: the reader hires or interviews, not the candidate.

Mail in which the mailbox owner is the employer, the hiring manager or the interviewer
(an applicant writing to them, a panel, "please extend an offer to", a scorecard, an
agency presenting a candidate) uses the words of the candidate's own process. One of
these phrases in the new text makes the message someone else's process
(:mod:`agent.understand.whose`); the first one said is the evidence.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`. Every pattern starts
at a word boundary; the order is the order ties are broken in.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    # an applicant or candidate writing to the employer
    Entry(
        "writing_to_apply",
        ("en",),
        "decisive",
        (
            r"\b(?:i\s+am\s+writing\s+to\s+apply|i\s+would\s+like\s+to\s+apply\s+for"
            r"|please\s+find\s+my\s+(?:resume|cv))"
        ),
        example="I am writing to apply",
    ),
    Entry(
        "thank_you_for_interviewing_me",
        ("en",),
        "decisive",
        r"\b(?:thank\s+you\s+for\s+(?:taking\s+the\s+time\s+to\s+)?interview(?:ing)?\s+me)",
        example="thank you for interviewing me",
    ),
    Entry(
        "attached_is_my_resume",
        ("en",),
        "decisive",
        r"\b(?:attached\s+is\s+my\s+(?:resume|cv)|pass\s+(?:it|my\s+resume)\s+along)",
        example="attached is my resume",
    ),
    # the reader interviews or decides about someone else
    Entry(
        "interview_panel",
        ("en",),
        "decisive",
        (
            # "the interview panel for your onsite" is the candidate's own
            r"\b(?:(?:sit|be)\s+on\s+the\s+(?:interview\s+)?panel"
            r"|interview\s+panel\s+for(?!\s+your\b))"
        ),
        example="sit on the interview panel",
    ),
    Entry(
        "extend_an_offer_to",
        ("en",),
        "decisive",
        (
            # not "we've decided to extend an offer to a candidate whose background...": an
            # offer to another person, told to the candidate as a refusal
            r"\b(?:(?:please\s+)?extend\s+(?:an|the)\s+offer\s+to\b(?!\s+(?:another|someone\s+else|a\s+different|"
            r"an?\s+(?:[\w-]+\s+)?(?:candidate|applicant)\s+(?:whose|who|with)\b))|please\s+extend\s+an\s+offer)"
        ),
        example="please extend an offer to the candidate",
    ),
    Entry(
        "submit_your_scorecard",
        ("en",),
        "decisive",
        r"\b(?:submit\s+(?:your\s+)?(?:scorecard|feedback|interview\s+feedback)|scorecards?\b)",
        example="submit your scorecard",
    ),
    Entry(
        "you_interviewed",
        ("en",),
        "decisive",
        (
            # "the time you interviewed with us", "you are scheduled to interview with Sam
            # for the role": the candidate's own interview, not the reader's
            r"\b(?:(?:you\s+interviewed(?!\s+(?:with|for|at)\b)|added\s+as\s+an\s+interviewer"
            r"|scheduled\s+to\s+interview(?!\s+(?:with|for|at)\b)))"
        ),
        example="the candidate you interviewed",
    ),
    Entry(
        "interview_the_candidates",
        ("en",),
        "decisive",
        r"\b(?:interview\s+(?:the|our|both|two|three)\s+(?:\w+\s+){0,2}candidates?\b)",
        example="interview the two final candidates",
    ),
    Entry(
        "for_the_three_candidates",
        ("en",),
        "decisive",
        r"\b(?:for\s+the\s+(?:two|three|four)\s+(?:\w+\s+)?candidates\b|candidates\s+coming\s+in\b)",
        example="for the three candidates",
    ),
    Entry(
        "candidate_for_your",
        ("en",),
        "decisive",
        r"\b(?:candidate\s+for\s+your\b|introduce\s+\w+(?:\s+\w+)?\s+for\s+your\b)",
        example="a strong candidate for your team",
    ),
    Entry(
        "gave_you_as_reference",
        ("en",),
        "decisive",
        r"\b(?:(?:listed|named|gave)\s+you\s+as\s+(?:a\s+)?reference)",
        example="listed you as a reference",
    ),
    Entry(
        "the_candidates_resume",
        ("en",),
        "decisive",
        r"\b(?:the\s+candidate'?s\s+(?:resume|cv)|review\s+the\s+candidate)",
        example="the candidate's resume",
    ),
    Entry(
        "hiring_manager_training",
        ("en",),
        "decisive",
        (
            r"\b(?:hiring\s+managers?\s+(?:training|workshop)"
            r"|structured\s+interview(?:ing|s)?\s+for)"
        ),
        example="hiring manager training",
    ),
    Entry(
        "entrevistar_a_los_candidatos",
        ("es",),
        "decisive",
        (
            r"\b(?:entrevistar\s+a\s+(?:los|las|el|la)\s+(?:\w+\s+){0,2}candidat"
            r"|expediente\s+del\s+candidato|respuesta\s+que\s+mandamos\s+al\s+candidato)"
        ),
        example="entrevistar a los candidatos",
    ),
    Entry(
        "bewerbergespraech",
        ("de",),
        "decisive",
        (
            r"\b(?:bewerbergespr[äa]ch|unterlagen\s+der\s+bewerber"
            r"|absage\s+an\s+(?:den|die)\s+bewerber)"
        ),
        example="die Unterlagen der Bewerber",
    ),
    Entry(
        "jury_d_entretien",
        ("fr",),
        "decisive",
        r"\b(?:jury\s+(?:pour|d'entretien)|(?:trois|deux)\s+candidats)",
        example="le jury d'entretien",
    ),
    Entry(
        "ti_giro_questa_candidatura",
        ("it",),
        "decisive",
        (
            r"\b(?:ti\s+giro\s+questa\s+candidatura"
            r"|profilo\s+interessante\s+per\s+il\s+tuo\s+team)"
        ),
        example="ti giro questa candidatura",
    ),
    Entry(
        "entrevistar_os_candidatos",
        ("pt",),
        "decisive",
        r"\b(?:entrevistar\s+os\s+candidatos)",
        example="entrevistar os candidatos",
    ),
    Entry(
        "gesprekken_met_kandidaten",
        ("nl",),
        "decisive",
        r"\b(?:gesprekken\s+met\s+(?:de\s+)?kandidaten|cv'?s\s+(?:nog\s+)?door)",
        example="gesprekken met de kandidaten",
    ),
    # an applicant tracking system names the reader as the interviewer of a candidate
    Entry(
        "added_as_interviewer",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:(?:added|scheduled|assigned|booked|toegevoegd|ingepland|hinzugefügt|eingeplant"
            r"|eingeteilt|añadid[oa]|asignad[oa]|aggiunt[oa]|assegnat[oa]|ajoutée?|assignée?"
            r"|adicionad[oa]|designad[oa])"
            r"\s+(?:as|als|como|come|comme|en\s+tant\s+que)"
            r"\s+(?:an?\s+|the\s+|una?\s+|o\s+|a\s+|l'|il\s+|la\s+|el\s+)?"
            r"(?:interviewer\w*|gespreksleider|entrevistador\w*|intervistat(?:ore|rice)"
            r"|selezionat(?:ore|rice)|recruteu(?:r|se)|jurylid|panel(?:ist|lid)))"
        ),
        example="you have been added as an interviewer",
    ),
    Entry(
        "interview_with_the_candidate",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:(?:interview|gesprek|gespräch|entretien|entrevista|colloquio)"
            r"\s+(?:met|mit|with|avec|con|com)\s+"
            r"(?:de\s+|dem\s+|der\s+|the\s+|le\s+|la\s+|el\s+|il\s+|o\s+|a\s+)?"
            r"(?:kandidaat|kandidat(?:in)?|candidate?|candidat[oa]|bewerber(?:in)?|sollicitant)"
            r"\s+\w)"
        ),
        example="interview with the candidate Sam",
    ),
    # an agency presents a candidate to the reader
    Entry(
        "role_you_are_hiring_for",
        ("en",),
        "decisive",
        r"\b(?:(?:position|role|opening|vacancy)\s+you(?:'re|\s+are)\s+(?:hiring|recruiting)\s+for)",
        example="the role you're hiring for",
    ),
    Entry(
        "available_for_interview",
        ("en",),
        "decisive",
        r"\b(?:(?:she|he|they)\s+(?:is|are)\s+available\s+(?:to|for)\s+(?:an?\s+)?interview)",
        example="she is available for an interview",
    ),
    Entry(
        "placement_fee",
        ("en",),
        "decisive",
        r"\b(?:(?:fee\s+agreement|placement\s+fee|finder's\s+fee))",
        example="our placement fee",
    ),
    Entry(
        "kandidat_fuer_ihre_stelle",
        ("de",),
        "decisive",
        (
            r"\b(?:(?:kandidat\w*|bewerber\w*)\s+für\s+ihre\s+(?:offene\s+)?"
            r"(?:stelle|vakanz|position))"
        ),
        example="eine Kandidatin für Ihre offene Stelle",
    ),
    Entry(
        "candidat_pour_votre_poste",
        ("fr",),
        "decisive",
        r"\b(?:candidat(?:e)?\s+pour\s+votre\s+(?:poste|offre|recrutement))",
        example="une candidate pour votre poste",
    ),
    Entry(
        "candidato_para_su_vacante",
        ("es", "pt"),
        "decisive",
        (
            r"\b(?:candidat[oa]\s+para\s+(?:tu|su|sua|a\s+sua)"
            r"\s+(?:vacante|vaga|puesto|posición|posição))"
        ),
        example="un candidato para su vacante",
    ),
    Entry(
        "candidato_per_la_vostra_posizione",
        ("it",),
        "decisive",
        (
            r"\b(?:candidat[oa]\s+per\s+(?:la\s+vostra|la\s+tua|il\s+vostro|il\s+tuo)"
            r"\s+(?:posizione|ricerca|team))"
        ),
        example="una candidata per la vostra posizione",
    ),
    Entry(
        "kandidaat_voor_uw_vacature",
        ("nl",),
        "decisive",
        r"\b(?:kandidaat\s+voor\s+(?:uw|jullie|je)\s+(?:vacature|functie))",
        example="een kandidaat voor uw vacature",
    ),
    # an applicant writes to the reader
    Entry(
        "would_welcome_an_interview",
        ("en",),
        "decisive",
        (
            r"\b(?:(?:i'd|i\s+would)\s+(?:welcome|appreciate|love)\s+(?:the\s+|an?\s+)?"
            r"(?:opportunity|chance|invitation)\s+(?:for|to)\s+(?:an?\s+)?interview)"
        ),
        example="I would welcome the opportunity to interview",
    ),
    Entry(
        "anbei_mein_lebenslauf",
        ("de",),
        "decisive",
        (
            r"\b(?:anbei\s+(?:sende\s+ich\s+ihnen|finden\s+sie|erhalten\s+sie)\s+meine[n]?"
            r"\s+(?:lebenslauf|bewerbungsunterlagen|unterlagen|cv)"
            r"|über\s+(?:eine|die)\s+einladung\s+zu\s+einem\s+(?:persönlichen\s+)?"
            r"(?:vorstellungsgespräch|gespräch)\s+(?:würde|freue))"
        ),
        example="anbei sende ich Ihnen meinen Lebenslauf",
    ),
    Entry(
        "ci_joint_mon_cv",
        ("fr",),
        "decisive",
        (
            r"\b(?:(?:ci-joint|vous\s+trouverez\s+ci-joint)\s+mon\s+(?:cv|curriculum)"
            r"|je\s+me\s+permets\s+de\s+vous\s+(?:adresser|transmettre)\s+ma\s+candidature)"
        ),
        example="ci-joint mon CV",
    ),
    Entry(
        "adjunto_mi_cv",
        ("es",),
        "decisive",
        (
            r"\b(?:(?:te\s+adjunto|le\s+adjunto|adjunto\s+mi)\s+(?:mi\s+)?(?:cv|currículum|curriculum)"
            r"|me\s+gustaría\s+postularme)"
        ),
        example="le adjunto mi CV",
    ),
    Entry(
        "in_allegato_il_mio_cv",
        ("it",),
        "decisive",
        (
            r"\b(?:(?:in\s+allegato\s+(?:trova|trovi|il)|allego)\s+(?:il\s+)?(?:mio\s+)?"
            r"(?:cv|curriculum)|vorrei\s+candidarmi|desidero\s+candidarmi)"
        ),
        example="in allegato il mio CV",
    ),
    Entry(
        "segue_em_anexo_meu_cv",
        ("pt",),
        "decisive",
        (
            r"\b(?:(?:segue\s+em\s+anexo|em\s+anexo\s+envio)\s+(?:o\s+)?meu\s+(?:cv|currículo)"
            r"|gostaria\s+de\s+me\s+candidatar)"
        ),
        example="segue em anexo o meu CV",
    ),
    Entry(
        "bijgevoegd_mijn_cv",
        ("nl",),
        "decisive",
        (
            r"\b(?:(?:bijgevoegd|in\s+de\s+bijlage)\s+(?:vindt\s+u\s+|stuur\s+ik\s+)?mijn"
            r"\s+(?:cv|sollicitatiebrief)|(?:graag|hierbij)\s+solliciteer\s+ik)"
        ),
        example="bijgevoegd vindt u mijn cv",
    ),
    # the reader makes the offer (issue 12's parity: "please extend an offer to the
    # candidate" in every language)
    Entry(
        "hacer_una_oferta_al_candidato",
        ("es",),
        "decisive",
        (
            r"\b(?:(?:extender|extenderle|extiende|hacer|hacerle|haz|hazle|presentar|presentarle)"
            r"\s+una\s+oferta\s+(?:formal\s+)?(?:al|a\s+la)\s+candidat[oa])"
        ),
        example="por favor, hacerle una oferta al candidato",
    ),
    Entry(
        "dem_kandidaten_ein_angebot_machen",
        ("de",),
        "decisive",
        (
            r"\b(?:(?:dem|der)\s+(?:kandidat(?:en|in)|bewerber(?:in)?)\s+ein\s+(?:vertrags)?angebot"
            r"\s+(?:machen|unterbreiten|schicken|senden|zukommen\s+lassen))"
        ),
        example="bitte dem Kandidaten ein Angebot machen",
    ),
    Entry(
        "faire_une_offre_au_candidat",
        ("fr",),
        "decisive",
        (
            r"\b(?:(?:faire|adresser|envoyer|transmettre)\s+une\s+(?:offre|proposition)"
            r"\s+(?:d'embauche\s+)?(?:au|à\s+la)\s+candidat(?:e)?)"
        ),
        example="merci de faire une offre au candidat",
    ),
    Entry(
        "fare_un_offerta_al_candidato",
        ("it",),
        "decisive",
        (
            r"\b(?:(?:fare|inviare|mandare|proporre|presentare)\s+(?:un'|un\s+|una\s+)"
            r"(?:offerta|proposta)\s+(?:al|alla)\s+candidat[oa])"
        ),
        example="possiamo fare un'offerta al candidato",
    ),
    Entry(
        "fazer_uma_proposta_ao_candidato",
        ("pt",),
        "decisive",
        (
            r"\b(?:(?:fazer|enviar|apresentar|estender)\s+uma\s+(?:proposta|oferta)"
            r"\s+(?:ao|à|para\s+o|para\s+a)\s+candidat[oa])"
        ),
        example="podemos fazer uma proposta ao candidato",
    ),
    Entry(
        "de_kandidaat_een_aanbod_doen",
        ("nl",),
        "decisive",
        (
            r"\b(?:(?:de\s+)?kandidaat\s+een\s+(?:aanbod|voorstel|contractvoorstel)"
            r"\s+(?:doen|sturen|maken)|(?:een\s+)?(?:aanbod|voorstel)\s+(?:doen|sturen)"
            r"\s+aan\s+de\s+kandidaat)"
        ),
        example="we willen de kandidaat een aanbod doen",
    ),
    # the reader interviews the candidates ("the candidates you will interview")
    Entry(
        "the_candidates_you_interview",
        ("en",),
        "decisive",
        (
            r"\b(?:the\s+(?:\w+\s+)?candidates?\s+(?:that\s+|whom?\s+)?"
            r"(?:you(?:'ll|\s+will)?|you're|you\s+are)\s+(?:interview(?:ing)?|meet(?:ing)?)\b"
            r"|the\s+(?:\w+\s+)?candidates\s+(?:that\s+)?we(?:'ll|\s+will|'re|\s+are)"
            r"\s+(?:interview(?:ing)?|meet(?:ing)?)\s+(?:on|next|this|tomorrow|today)\b)"
        ),
        example="the candidates you will interview on Thursday",
    ),
    Entry(
        "los_candidatos_que_vas_a_entrevistar",
        ("es",),
        "decisive",
        (
            r"\b(?:(?:los|las|a\s+los|a\s+las|de\s+los|de\s+las)\s+candidat[oa]s\s+que\s+"
            r"(?:vas\s+a\s+|va\s+a\s+|vais\s+a\s+|van\s+a\s+)?"
            r"(?:entrevistar(?:ás|á|éis|án)?|entrevistas|conocerás))"
        ),
        example="los candidatos que vas a entrevistar",
    ),
    Entry(
        "die_bewerber_mit_denen_sie_sprechen",
        ("de",),
        "decisive",
        (
            r"\b(?:(?:die|den)\s+(?:kandidat(?:en|innen)|bewerber(?:n|innen)?),?\s+"
            r"(?:die|mit\s+denen)\s+(?:sie|du)\s+(?:morgen\s+|am\s+\w+\s+)?"
            r"(?:interviewen|sprechen|kennenlernen|treffen)\s+(?:werden|wirst|wollen)?)"
        ),
        example="die Bewerber, mit denen Sie am Donnerstag sprechen werden",
    ),
    Entry(
        "les_candidats_que_vous_allez_rencontrer",
        ("fr",),
        "decisive",
        (
            r"\b(?:(?:les|des|aux)\s+candidat(?:e)?s\s+que\s+(?:vous|tu)\s+(?:allez\s+|vas\s+)?"
            r"(?:rencontrer|recevoir|interviewer|rencontrerez|recevrez|verrez))"
        ),
        example="les candidats que vous allez rencontrer",
    ),
    Entry(
        "i_candidati_che_incontrerai",
        ("it",),
        "decisive",
        (
            r"\b(?:(?:i|ai|dei|le|alle|delle)\s+candidat[ie]\s+che\s+"
            r"(?:incontrerai|incontrerete|intervisterai|intervisterete|vedrai|vedrete"
            r"|dovrai\s+(?:incontrare|intervistare)))"
        ),
        example="i candidati che incontrerai domani",
    ),
    Entry(
        "os_candidatos_que_voce_vai_entrevistar",
        ("pt",),
        "decisive",
        (
            r"\b(?:(?:os|as|aos|às|dos|das)\s+candidat[oa]s\s+que\s+(?:você|vocês|tu)\s+"
            r"(?:vai\s+|vão\s+|irá\s+)?(?:entrevistar|conhecer|entrevistará))"
        ),
        example="os candidatos que você vai entrevistar",
    ),
    Entry(
        "de_kandidaten_die_je_spreekt",
        ("nl",),
        "decisive",
        (
            r"\b(?:de\s+kandidaten\s+die\s+(?:je|jij|u|jullie)\s+(?:morgen\s+|straks\s+|\w+dag\s+)?"
            r"(?:gaat\s+|gaan\s+)?(?:spreekt|spreken|interviewt|interviewen|ontmoet|ontmoeten))"
        ),
        example="de kandidaten die je morgen spreekt",
    ),
    # the reader's feedback on a candidate (a scorecard in other words)
    Entry(
        "feedback_on_the_candidate",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:(?:feedback|retour|retours|rückmeldung|valutazione)\s+"
            r"(?:(?:on|about)\s+(?:the|this|our|both|each)|zum|zur|zu\s+(?:dem|der|den)"
            r"|sobre\s+(?:el|la|los|las|o|a|os|as)|sur\s+(?:le|la|les)|sul|sulla|sui|over\s+de)\s+"
            r"(?:candidate?s?|kandidat(?:en|in|innen)?|bewerber(?:in|innen|n)?|candidat[oaie]s?"
            r"|kandidaten?)\b(?!\s+(?:experience|journey|portal|survey|process|feedback)))"
        ),
        example="your feedback on the candidate",
    ),
    # issue 12, thirteenth batch: an ATS reminder to the reader, as interviewer, to submit
    # their evaluation of a candidate, in every language
    Entry(
        "submit_your_evaluation_all",
        ("es", "de", "fr", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:(?:votre|ta|ma)\s+grille\s+d'évaluation|soumettre\s+(?:mon|votre|ton)\s+(?:feedback|évaluation|"
            r"retour)|(?:ihren|deinen|den)\s+(?:bewertungsbogen|interview-?feedback|evaluierungsbogen)|"
            r"(?:feedback|bewertung)\s+(?:einreichen|abgeben)|"
            r"(?:enviar|envía|envíe|completar|completa|rellenar|rellena)\s+(?:tu|su)\s+(?:feedback|evaluación|"
            r"ficha\s+de\s+evaluación)|"
            r"(?:inviare|invia|compilare|compila)\s+(?:il\s+tuo|la\s+tua|il\s+suo|la\s+sua)\s+(?:feedback|"
            r"valutazione|scheda\s+di\s+valutazione)|"
            r"(?:enviar|envie|preencher|preencha)\s+(?:o\s+seu|a\s+sua|seu|sua)\s+(?:feedback|avaliação|"
            r"ficha\s+de\s+avaliação)|"
            r"(?:je|jouw|uw)\s+(?:feedback|beoordeling|evaluatie|beoordelingsformulier)\s+(?:\w+\s+){0,3}?"
            r"(?:in\s+te\s+dienen|indienen|invullen|in\s+te\s+vullen)|(?:vul|dien)\s+(?:je|jouw|uw)\s+(?:feedback|"
            r"beoordeling|evaluatie|beoordelingsformulier|scorecard)\s+(?:\w+\s+){0,3}?in)\b"
        ),
        example="Votre grille d'évaluation n'a pas encore été soumise",
    ),
)


__all__ = [
    "PHRASES",
]
