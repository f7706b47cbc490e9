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
        r"\b(?:(?:sit|be)\s+on\s+the\s+(?:interview\s+)?panel|interview\s+panel\s+for)",
        example="sit on the interview panel",
    ),
    Entry(
        "extend_an_offer_to",
        ("en",),
        "decisive",
        r"\b(?:(?:please\s+)?extend\s+(?:an|the)\s+offer\s+to\b|please\s+extend\s+an\s+offer)",
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
        r"\b(?:(?:you\s+interviewed|added\s+as\s+an\s+interviewer|scheduled\s+to\s+interview))",
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
)


__all__ = [
    "PHRASES",
]
