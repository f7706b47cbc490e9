"""Phrases for ``offer``: an offer of employment.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "oferta_laboral",
        ("pt",),
        "decisive",
        r"\boferta\s+laboral\b|\bcarta\s+oferta\b",
        example="oferta laboral",
    ),
    Entry(
        "aanbod_doen_voor_de_functie",
        ("nl",),
        "decisive",
        r"\baanbod\s+doen\s+voor\s+de\s+functie\b|\barbeidsvoorwaardenvoorstel\b|\bcontractaanbod\b",
        example="aanbod doen voor de functie",
    ),
    Entry(
        "proposta_de_contratação",
        ("pt",),
        "decisive",
        r"\bproposta\s+de\s+contrata[çc][ãa]o\b",
        example="proposta de contratação",
    ),
    Entry(
        "offer_ready_to_sign_2",
        ("en",),
        "decisive",
        r"\boffer\b[^.\n]{0,60}?\bready\s+(?:to\s+sign|for\s+(?:your\s+)?signature)",
        example="offer ready to sign",
    ),
    Entry(
        "revise_offer",
        ("en",),
        "decisive",
        r"\b(?:revised?|improved?)\s+(?:the\s+|your\s+|our\s+)?offer\b",
        example="revise offer",
    ),
    Entry(
        "sign_on_bonus",
        ("en",),
        "supporting",
        r"\b(?:sign-on|signing)\s+bonus\b",
        example="sign-on bonus",
    ),
    Entry(
        "offer_ready_to_sign",
        ("en",),
        "decisive",
        (
            r"\b(?:your\s+)?offer(?:\s+letter)?\s+(?:is\s+)?(?:ready|waiting|available)\s+(?:to\s+|for\s+(?:your\s+)?)"
            r"(?:sign|signature|review)"
        ),
        example="offer ready to sign",
        where="both",
    ),
    Entry(
        "esign_your_offer",
        ("en",),
        "decisive",
        r"\b(?:review\s+and\s+)?(?:e-?sign|sign)\s+your\s+(?:offer|offer\s+letter|employment\s+(?:agreement|contract))\b",
        example="esign your offer",
        where="both",
    ),
    # ------------------------------------------------------------------ offer
    Entry(
        "pleased_to_extend_offer",
        ("en",),
        "decisive",
        (
            r"\b(?:pleased|delighted|happy|thrilled|excited|glad)\s+to\s+(?:formally\s+)?(?:extend|offer|make)"
            r"\s+(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:verbal|formal|written|official|conditional)\s+)?"
            r"(?:offer|position|role|job)"
        ),
        example="pleased to extend offer",
    ),
    Entry(
        "pleased_to_offer_you",
        ("en",),
        "decisive",
        r"\b(?:pleased|delighted|happy|thrilled|excited)\s+to\s+offer\s+you\b",
        example="pleased to offer you",
    ),
    Entry(
        "would_like_to_extend_offer",
        ("en",),
        "decisive",
        (
            r"\b(?:would|'d)\s+(?:like|love)\s+to\s+(?:formally\s+)?(?:extend|offer)\s+"
            r"(?:you\s+)?(?:an?\s+|the\s+)?(?:(?:verbal|formal|written|official)\s+)?"
            r"(?:(?!interview|chance|call|spot|place|slot|opportunit|time|meeting|chat)[\w,&/-]+\s+){0,4}?"
            r"(?:offer|position|role|job)\b"
        ),
        example="would like to extend offer",
    ),
    Entry(
        "extend_offer",
        ("de",),
        "decisive",
        (
            r"\b(?:extend(?:ing)?|make|making)\s+(?:you\s+)?an?\s+(?:(?:verbal|formal|written|official|"
            r"conditional)\s+)?offer\b"
        ),
        example="extend a offer",
    ),
    Entry(
        "pleased_to_share_your_offer",
        ("en",),
        "decisive",
        (
            r"\b(?:pleased|delighted|happy|excited|thrilled)\s+to\s+(?:share|send|attach|confirm)\s+(?:you\s+)?"
            r"(?:your|our|the)\s+(?:\w+\s+)?offer\b"
        ),
        example="pleased to share your offer",
    ),
    Entry(
        "want_to_bring_you_on",
        ("en",),
        "decisive",
        (
            r"\b(?:wants?|would\s+(?:like|love)|'d\s+(?:like|love)|decided)\s+to\s+"
            r"(?:(?:bring|have|hire)\s+you\s+(?:on|aboard)|hire\s+you\s+as)\b"
        ),
        example="want to bring you on",
    ),
    Entry(
        "love_to_have_you_join",
        ("en",),
        "decisive",
        (
            r"\b(?:love|like|want|excited|thrilled)\s+to\s+have\s+you\s+(?:join|on\s+board|aboard|on\s+the\s+team|"
            r"as\s+(?:our|a|an)\b)"
        ),
        example="love to have you join",
    ),
    Entry(
        "excited_to_welcome_you_to",
        ("en",),
        "decisive",
        (
            r"\b(?:excited|pleased|happy|thrilled|delighted)\s+to\s+(?:officially\s+)?(?:welcome|offer)\s+you\s+"
            r"(?:to|aboard|as|the)\b"
        ),
        example="excited to welcome you to",
    ),
    Entry(
        "have_come_back_with_offer",
        ("en",),
        "decisive",
        r"\b(?:have|has|had)\s+(?:come|came)\s+back\s+(?:to\s+(?:us|me)\s+)?with\s+an?\s+(?:\w+\s+)?offer\b",
        example="have come back with a offer",
    ),
    Entry(
        "freuen_uns_anbieten",
        ("de",),
        "decisive",
        r"\b(?:freuen|freue)\s+(?:uns|mich)\b.{0,80}?\b(?:anbieten|anzubieten|zusage|angebot\s+zu\s+machen)",
        example="freuen uns anbieten",
    ),
    Entry(
        "vertragsangebot",
        ("de",),
        "decisive",
        r"\b(?:vertragsangebot|arbeitsvertrag|jobangebot|einstellungszusage)\b",
        example="vertragsangebot",
    ),
    Entry(
        "ihnen_die_stelle_anbieten",
        ("de",),
        "decisive",
        r"\bihnen\s+(?:die\s+(?:stelle|position)|ein\s+angebot)\b.{0,40}\banbieten",
        example="ihnen die stelle anbieten",
    ),
    Entry(
        "nos_complace_ofrecerte",
        ("es",),
        "decisive",
        (
            r"\b(?:nos\s+complace|estamos\s+encantad[oa]s\s+de|nos\s+alegra|es\s+un\s+placer)\s+"
            r"(?:poder\s+)?(?:ofrecerte|ofrecerle|hacerte\s+una\s+oferta|comunicarte\s+que)"
        ),
        example="nos complace ofrecerte",
    ),
    Entry(
        "carta_de_oferta",
        ("pt",),
        "decisive",
        r"\b(?:carta|propuesta)\s+de\s+oferta\b|\boferta\s+(?:formal|de\s+(?:trabajo|empleo))\s+(?:para\s+ti|adjunta)",
        example="carta de oferta",
    ),
    Entry(
        "queremos_ofrecerte",
        ("es",),
        "decisive",
        r"\bqueremos\s+ofrecerte\b",
        example="queremos ofrecerte",
    ),
    Entry(
        "proposition_embauche",
        ("fr",),
        "decisive",
        r"\b(?:proposition|promesse)\s+d'embauche\b",
        example="proposition d'embauche",
    ),
    Entry(
        "avons_le_plaisir_de_vous",
        ("fr",),
        "decisive",
        r"\b(?:avons|ai)\s+le\s+plaisir\s+de\s+vous\s+(?:proposer|offrir|faire\s+une\s+offre)",
        example="avons le plaisir de vous proposer",
    ),
    Entry(
        "vous_proposer_le_poste",
        ("fr",),
        "decisive",
        r"\bvous\s+proposer\s+le\s+poste\b",
        example="vous proposer le poste",
    ),
    Entry(
        "temos_prazer_oferecer",
        ("pt", "it"),
        "decisive",
        (
            r"\b(?:temos\s+o\s+prazer|ficamos\s+felizes|é\s+com\s+(?:grande\s+)?prazer\s+que)\b.{0,60}?\b"
            r"(?:oferecer|ofertar|proposta)"
        ),
        example="temos o prazer oferecer",
    ),
    Entry(
        "carta_oferta",
        ("en",),
        "decisive",
        r"\b(?:carta[\s-]+(?:oferta|proposta)|proposta\s+(?:de\s+emprego|formal|de\s+contratação))\b",
        example="carta oferta",
    ),
    Entry(
        "siamo_lieti_di_offrirti",
        ("it",),
        "decisive",
        r"\b(?:siamo\s+(?:lieti|felici)|abbiamo\s+il\s+piacere)\s+di\s+(?:offrirti|offrirle|proporti)\b",
        example="siamo lieti di offrirti",
    ),
    Entry(
        "lettera_di_offerta",
        ("it",),
        "decisive",
        r"\b(?:lettera\s+di\s+offerta|proposta\s+di\s+assunzione|offerta\s+di\s+lavoro)\b",
        example="lettera di offerta",
    ),
    Entry(
        "welcome_aboard",
        ("en",),
        "supporting",
        r"\bwelcome\s+(?:you\s+)?(?:aboard|to\s+the\s+team)\b",
        example="welcome aboard",
    ),
    Entry(
        "formal_paperwork",
        ("en",),
        "supporting",
        r"\b(?:formal|written|official)\s+(?:paperwork|offer|contract)\b",
        example="formal paperwork",
    ),
    Entry(
        "congratulations_offer",
        ("fr",),
        "supporting",
        r"\b(?:congratulations|congrats)\b.{0,120}?\b(?:offer|join(?:ing)?\s+(?:the|our)\s+team|welcome\s+aboard)",
        example="congratulations offer",
    ),
    Entry(
        "offer_congratulations",
        ("fr",),
        "supporting",
        r"\boffer\b.{0,40}?\b(?:congratulations|congrats)\b",
        example="offer congratulations",
    ),
    Entry(
        "your_offer_letter",
        ("en",),
        "clear",
        (
            r"\b(?:your|the|an?)\s+(?:formal\s+|official\s+|written\s+|final\s+)?offer\s+(?:letter|of\s+employment|"
            r"package|details|paperwork)"
        ),
        example="your offer letter",
    ),
    Entry(
        "offer_letter",
        ("en",),
        "clear",
        r"\boffer\s+(?:letter|of\s+employment)\b",
        example="offer letter",
    ),
    Entry(
        "your_formal_offer",
        ("en",),
        "clear",
        (
            r"\b(?:your|the|our)\s+(?:formal|official|written|verbal|revised|updated|final|contingent|conditional)\s+"
            r"offer\b"
        ),
        example="your formal offer",
    ),
    Entry(
        "summaris_the_offer",
        ("en",),
        "clear",
        r"\b(?:summari[sz]\w*|recap\w*|confirm\w*|outline\w*|details?\s+of)\s+(?:the|your|our)\s+offer\b",
        example="summaris the offer",
    ),
    Entry(
        "the_offer_for_the",
        ("en",),
        "clear",
        r"\b(?:the|our|an?)\s+offer\s+for\s+(?:the|this|you)\b",
        example="the offer for the",
    ),
    Entry(
        "revised_offer",
        ("en",),
        "clear",
        r"\b(?:revised|updated|improved|final)\s+(?:offer|package|compensation)\b",
        example="revised offer",
    ),
    Entry(
        "accept_the_offer",
        ("en",),
        "clear",
        r"\baccept(?:ing)?\s+(?:the|this|our)\s+offer\b|\b(?:sign|countersign)\s+(?:the|your)\s+(?:offer|contract)",
        example="accept the offer",
    ),
    Entry(
        "offer",
        ("en",),
        "supporting",
        r"\boffer\b|\bangebot\b|\boferta\b|\bproposition\b|\bproposta\b|\bofferta\b|\baanbod\b",
        example="offer",
        where="subject",
    ),
    Entry(
        "base_salary",
        ("en",),
        "hint",
        r"\b(?:base\s+(?:salary|pay|compensation)|annual\s+salary|salary\s*:)|\$\s?\d{2,3}(?:,\d{3}|k)\s+base\b",
        example="base salary",
    ),
    Entry(
        "signing_bonus",
        ("en",),
        "hint",
        r"\b(?:signing|sign-on|joining|relocation)\s+bonus\b|\bbonus\s+target\b",
        example="signing bonus",
    ),
    Entry(
        "equity",
        ("en",),
        "hint",
        r"\b(?:equity|stock\s+options|rsus?)\b",
        example="equity",
    ),
    Entry(
        "start_date",
        ("en",),
        "hint",
        r"\bstart(?:ing)?\s+date\b|\bstart\s*:",
        example="start date",
    ),
    Entry(
        "rate",
        ("en",),
        "hint",
        r"\brate\s*:\s*[$£€]|[$£€]\s?\d+\s*/\s*(?:h(?:ou)?r|day)\b",
        example="rate:$",
    ),
    Entry(
        "gehalt",
        ("en",),
        "hint",
        r"\b(?:gehalt|startdatum|eintrittsdatum|salario|fecha\s+de\s+incorporación|salaire|date\s+de\s+début)\b",
        example="gehalt",
    ),
    # we want the candidate on the team as the role (a verbal offer or its recap)
    Entry(
        "love_for_you_to_join_as_en",
        ("en",),
        "clear",
        r"\b(?:love|like|want|thrilled|excited|delighted|happy)\s+for\s+you\s+to\s+join\s+(?:us|the\s+team|[\w&.'-]+(?:\s+[\w&.'-]+){0,2})\s+(?:as|in\s+the\s+role\s+of)\b",
        example="we'd love for you to join Acme as",
    ),
    Entry(
        "vorremmo_averti_in_squadra_it",
        ("it",),
        "clear",
        r"\b(?:vorremmo|ci\s+piacerebbe|saremmo\s+(?:felici|lieti)\s+di|siamo\s+(?:felici|lieti)\s+di)\s+(?:averti|averla|accoglierti|accoglierla)\s+(?:in\s+squadra|nel\s+(?:nostro\s+)?team|con\s+noi|a\s+bordo|tra\s+di\s+noi)\b",
        example="vorremmo averti in squadra",
    ),
    Entry(
        "contar_contigo_como_es",
        ("es",),
        "clear",
        r"\b(?:nos\s+encantaría|nos\s+gustaría|queremos|estaríamos\s+encantad[oa]s\s+de)\s+(?:tenerte|contar\s+contigo|incorporarte|sumarte)\s+(?:en\s+(?:el|nuestro)\s+equipo|al\s+equipo|como|a\s+bordo)\b",
        example="nos encantaría contar contigo como",
    ),
    Entry(
        "sie_gerne_einstellen_de",
        ("de",),
        "clear",
        r"\b(?:möchten|würden)\s+(?:sie|dich)\s+(?:sehr\s+)?gerne?\s+(?:als\s+[\w-]+(?:\s+[\w()/-]+){0,3}\s+)?(?:einstellen|in\s+unserem\s+team\s+(?:begrüßen|willkommen\s+heißen)|an\s+bord\s+holen)\b",
        example="möchten Sie gerne als Product Owner einstellen",
    ),
    Entry(
        "vous_accueillir_dans_notre_equipe_fr",
        ("fr",),
        "clear",
        r"\b(?:souhaitons|aimerions|serions\s+(?:ravis|heureux)\s+de|sommes\s+(?:ravis|heureux)\s+de)\s+vous\s+(?:accueillir|compter|voir\s+rejoindre)\s+(?:dans|parmi|au\s+sein\s+de)?\s*(?:notre|nos|l')\s*(?:équipe|rangs|effectifs)\b",
        example="nous souhaitons vous accueillir dans notre équipe",
    ),
    Entry(
        "ter_voce_no_time_pt",
        ("pt",),
        "clear",
        r"\b(?:queremos|gostaríamos\s+de|adoraríamos|ficaríamos\s+felizes\s+em)\s+(?:ter\s+você|te\s+ter|contar\s+com\s+você)\s+(?:no\s+(?:nosso\s+)?time|na\s+(?:nossa\s+)?equipe|como|a\s+bordo)\b",
        example="queremos ter você no time",
    ),
    Entry(
        "je_graag_aannemen_nl",
        ("nl",),
        "clear",
        r"\b(?:je|u|jou)\s+graag\s+(?:aannemen|in\s+dienst\s+nemen|verwelkomen\s+in\s+(?:ons|het)\s+team)\b|\bwillen\s+(?:je|u)\s+(?:graag\s+)?(?:aannemen|in\s+dienst\s+nemen)\b",
        example="we je graag aannemen",
    ),
    # the offer is made formal
    Entry(
        "formalise_the_offer_en",
        ("en",),
        "clear",
        r"\bformali[sz](?:e|ing|ed)\s+(?:the|our|your|this)\s+offer\b",
        example="formalize our offer",
    ),
    Entry(
        "formalizamos_proposta_pt",
        ("pt",),
        "clear",
        r"\bformaliz(?:amos|ar|ando)\s+(?:a\s+)?(?:nossa\s+|esta\s+)?proposta\b",
        example="formalizamos nossa proposta",
    ),
    Entry(
        "formalizar_oferta_es",
        ("es",),
        "clear",
        r"\bformaliz(?:amos|ar|ando)\s+(?:la\s+|nuestra\s+)?(?:oferta|propuesta)\b",
        example="formalizar nuestra oferta",
    ),
    Entry(
        "formalizzare_proposta_it",
        ("it",),
        "clear",
        r"\bformalizz(?:iamo|are|ando)\s+(?:la\s+)?(?:nostra\s+)?(?:proposta|offerta)\b",
        example="formalizziamo la nostra proposta",
    ),
    Entry(
        "formaliser_proposition_fr",
        ("fr",),
        "clear",
        r"\bformalis(?:ons|er|ant)\s+(?:notre|la|cette)\s+(?:proposition|offre)\b",
        example="formaliser notre proposition",
    ),
    Entry(
        "angebot_formalisieren_de",
        ("de",),
        "clear",
        r"\b(?:angebot|vertragsangebot)\s+(?:zu\s+)?formalisieren\b|\bformalisieren\s+(?:wir\s+)?(?:unser|das)\s+angebot\b",
        example="Angebot zu formalisieren",
    ),
    Entry(
        "aanbod_formaliseren_nl",
        ("nl",),
        "clear",
        r"\baanbod\s+(?:te\s+)?formaliseren\b|\bformaliseren\s+(?:we\s+)?(?:ons|het)\s+aanbod\b",
        example="aanbod formaliseren",
    ),
    # the terms of employment (an offer states them)
    Entry(
        "terms_of_employment_en",
        ("en",),
        "supporting",
        r"\b(?:terms\s+of\s+(?:your\s+)?employment|employment\s+terms)\b",
        example="terms of employment",
    ),
    Entry(
        "arbeidsvoorwaarden_nl",
        ("nl",),
        "supporting",
        r"\barbeidsvoorwaarden\b",
        example="arbeidsvoorwaarden",
    ),
    Entry(
        "vertragskonditionen_de",
        ("de",),
        "supporting",
        r"\b(?:vertragskonditionen|vertragsbedingungen|anstellungsbedingungen)\b",
        example="Vertragskonditionen",
    ),
    Entry(
        "conditions_contractuelles_fr",
        ("fr",),
        "supporting",
        r"\bconditions\s+(?:contractuelles|d'embauche|d'emploi)\b",
        example="conditions contractuelles",
    ),
    Entry(
        "condiciones_contractuales_es",
        ("es",),
        "supporting",
        r"\bcondiciones\s+(?:contractuales|de\s+contratación)\b",
        example="condiciones contractuales",
    ),
    Entry(
        "condizioni_contrattuali_it",
        ("it",),
        "supporting",
        r"\bcondizioni\s+contrattuali\b|\bcontratto\s+a\s+tempo\s+(?:indeterminato|determinato)\b",
        example="condizioni contrattuali",
    ),
    Entry(
        "condicoes_contratuais_pt",
        ("pt",),
        "supporting",
        r"\bcondições\s+(?:contratuais|de\s+contratação)\b",
        example="condições contratuais",
    ),
    # waiting for the candidate's acceptance
    Entry(
        "await_your_acceptance_en",
        ("en",),
        "supporting",
        r"\b(?:await(?:ing)?|look(?:ing)?\s+forward\s+to)\s+your\s+acceptance\b",
        example="awaiting your acceptance",
    ),
    Entry(
        "aguardo_do_seu_aceite_pt",
        ("pt",),
        "supporting",
        r"\b(?:aguardo|aguardamos|no\s+aguardo)\s+(?:do\s+)?(?:seu|teu)\s+aceite\b",
        example="no aguardo do seu aceite",
    ),
    Entry(
        "espera_de_tu_aceptacion_es",
        ("es",),
        "supporting",
        r"\b(?:a\s+la\s+espera|esperamos)\s+de\s+(?:tu|su)\s+aceptación\b",
        example="a la espera de tu aceptación",
    ),
    Entry(
        "attesa_accettazione_it",
        ("it",),
        "supporting",
        r"\b(?:attendiamo|in\s+attesa\s+del(?:la)?)\s+(?:tua|sua)\s+accettazione\b",
        example="in attesa della tua accettazione",
    ),
    Entry(
        "attente_de_votre_acceptation_fr",
        ("fr",),
        "supporting",
        r"\b(?:dans\s+l'attente\s+de|attendons)\s+votre\s+acceptation\b",
        example="dans l'attente de votre acceptation",
    ),
    Entry(
        "ihre_annahme_des_angebots_de",
        ("de",),
        "supporting",
        r"\b(?:ihre|deine)\s+(?:annahme|zusage)\s+(?:des|zum|zu\s+unserem)\s+angebot",
        example="Ihre Annahme des Angebots",
    ),
    Entry(
        "akkoord_op_aanbod_nl",
        ("nl",),
        "supporting",
        r"\b(?:je|jouw|uw)\s+akkoord\s+op\s+(?:het|ons)\s+aanbod\b",
        example="je akkoord op het aanbod",
    ),
    # offering the candidate the job, in Dutch as in the other languages
    Entry(
        "bieden_je_de_functie_aan_nl",
        ("nl",),
        "decisive",
        r"\bbieden\s+(?:we|wij)\s+(?:je|u|jou)\s+(?:graag\s+|met\s+(?:veel\s+)?plezier\s+)?(?:de\s+(?:functie|baan|positie)|een\s+(?:arbeids)?contract)\b",
        example="bieden we je graag de functie",
    ),
    # a revised offer with its salary (es, de, fr, it, pt, nl; en has its own)
    Entry(
        "revised_offer_with_salary",
        ("es", "de", "fr", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:(?:revisado|mejorado)\s+(?:nuestra|la)\s+(?:oferta|propuesta)|(?:unser|das)\s+angebot\s+(?:\w+\s+)?(?:überarbeitet|"
            r"angepasst|nachgebessert|verbessert)|(?:revu|révisé|amélioré)\s+(?:notre|la)\s+(?:proposition|offre)|(?:rivisto|"
            r"migliorato)\s+la\s+(?:nostra\s+)?(?:proposta|offerta)|(?:revimos|revisamos|melhorámos|melhoramos)\s+(?:a\s+)?"
            r"(?:nossa\s+)?(?:proposta|oferta)|(?:ons|het)\s+aanbod\s+(?:\w+\s+)?(?:herzien|aangepast|verbeterd))\b[^.!?\n]{0,80}?"
            r"\b(?:salario|sueldo|gehalt|grundgehalt|salaire|rémunération|ral|retribuzione|salário|remuneração|salaris)\b"
        ),
        example="Wir haben unser Angebot überarbeitet und können das Gehalt erhöhen",
    ),
    # the offer confirmed for the position (de, nl)
    Entry(
        "offer_confirmed_for_the_position",
        ("de", "nl"),
        "decisive",
        (
            r"\b(?:bestätigen\s+(?:wir\s+)?(?:ihnen|dir)\s+(?:hiermit\s+|gerne\s+)*(?:unser|das)\s+(?:\w+\s+)?angebot\s+für\s+"
            r"die\s+(?:stelle|position)|bevestig(?:en|t)?\s+(?:we\s+|wij\s+|ik\s+)?(?:graag\s+|hierbij\s+)*(?:ons|het)\s+aanbod\s+voor\s+"
            r"de\s+(?:functie|positie|rol))\b"
        ),
        example="Gerne bestätigen wir Ihnen hiermit unser Angebot für die Stelle",
    ),
    # a formal job offer made to the candidate (es) or an offer "for the role" (it)
    Entry(
        "formal_job_offer_es_it",
        ("es", "it"),
        "decisive",
        (
            r"\b(?:hacer(?:te|le)\s+una\s+(?:propuesta|oferta)\s+(?:formal|de\s+(?:trabajo|empleo|incorporación)|laboral|para\s+"
            r"(?:el|este)\s+puesto)|offerta\s+(?:economica|formale|contrattuale)\s+per\s+(?:il\s+ruolo|la\s+posizione)|"
            r"offerta\s+di\s+assunzione)\b"
        ),
        example="Queremos hacerte una oferta formal para el puesto",
    ),
    # an employment contract sent to sign (es, fr, it, pt, nl; en and de have theirs)
    Entry(
        "employment_contract_to_sign",
        ("es", "fr", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:contrato\s+(?:de\s+trabajo|laboral|de\s+trabalho)|contrat\s+de\s+travail|contratto\s+(?:di\s+assunzione|di\s+lavoro)|"
            r"arbeidsovereenkomst|arbeidscontract)\b[^.!?\n]{0,60}?\b(?:firm\w*|sign\w*|assin\w*|ondertek\w*)"
        ),
        example="Vous trouverez ci-joint votre contrat de travail à signer",
    ),
    # the Dutch verb at the end: "je de functie van ... aan te bieden"
    Entry(
        "functie_aan_te_bieden_nl",
        ("nl",),
        "decisive",
        (
            r"\b(?:je|u|jou)\s+(?:graag\s+)?(?:de|deze)\s+(?:functie|positie|baan|rol)\b(?:(?!\b(?:niet|geen)\b)[^.!?\n]){0,60}?"
            r"\b(?:aan\s+te\s+bieden|aanbieden)\b"
        ),
        example="Wij zijn verheugd je de functie van Senior Designer aan te bieden",
    ),
    Entry(
        "queremos_contar_contigo_es",
        ("es", "pt"),
        "clear",
        r"\b(?:queremos|nos\s+encantaría|queríamos|gostaríamos\s+de)\s+contar\s+(?:contigo|con\s+usted|com\s+(?:você|voce|vocês))\s+(?:como|para|en\s+el\s+equipo|no\s+time)",
        example="queremos contar contigo como",
    ),
    Entry(
        "carta_oferta_es_pt",
        ("es", "pt"),
        "clear",
        r"\b(?:carta[\s-]+(?:de\s+)?oferta|carta\s+proposta)\b",
        example="carta oferta",
    ),
    Entry(
        "your_offer_is_ready",
        ("en",),
        "clear",
        (
            r"\byour\s+(?:[\w-]+\s+){0,2}?offer\b[^.!?]{0,80}?\b(?:is|has\s+been)\s+(?:ready|available)\s+"
            r"(?:to|for)\s+(?:review|sign|e-sign|view)"
        ),
        example="your offer is ready to review",
    ),
    # (f) "we want you on the team": the decision to hire, in every language
    Entry(
        "want_you_on_the_team",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "clear",
        (
            r"\b(?:(?:want|'d\s+love|would\s+love|'d\s+like|would\s+like)\s+you\s+(?:on\s+(?:the|our)\s+team|to\s+join\s+"
            r"(?:the|our)\s+team\s+as)|(?:queremos|adoraríamos\s+ter|gostaríamos\s+de\s+ter)\s+(?:você|voce|vc)\s+"
            r"(?:no\s+(?:nosso\s+)?time|na\s+(?:nossa\s+)?equipe|conosco|com\s+a\s+gente|a\s+bordo)|queremos\s+t[êe]-l[oa]\s+na\s+"
            r"(?:nossa\s+)?equipa|te\s+queremos\s+en\s+(?:el|nuestro)\s+equipo|queremos\s+que\s+(?:te\s+unas|formes\s+parte|"
            r"te\s+incorpores)|nos\s+(?:gustaría|encantaría)\s+que\s+(?:te\s+unieras|formaras\s+parte|te\s+incorporaras)|(?:möchten|wollen|"
            r"würden)\s+(?:sie|dich)\s+(?:sehr\s+)?(?:gerne?\s+)?(?:in\s+unserem\s+team|im\s+team|für\s+unser\s+team\s+gewinnen|"
            r"an\s+bord)|(?:voulons|souhaitons|aimerions)\s+(?:vous|te)\s+(?:avoir|compter)\s+(?:dans|parmi)|"
            r"(?:aimerions|souhaitons|voulons)\s+que\s+(?:vous\s+rejoigniez|tu\s+rejoignes)|ti\s+vogliamo\s+(?:nel\s+team|in\s+"
            r"squadra|con\s+noi)|vorremmo\s+che\s+(?:tu\s+)?(?:entrassi|ti\s+unissi|facessi\s+parte)|(?:willen|zouden)\s+"
            r"(?:je|jou|u)\s+(?:graag\s+)?(?:in\s+(?:ons|het)\s+team|aan\s+boord)|(?:willen|zouden)\s+(?:graag\s+)?dat\s+(?:je|u)\s+"
            r"(?:ons\s+team\s+(?:komt\s+)?versterkt?|bij\s+ons\s+komt))"
        ),
        example="Queremos você no time como Tech Lead",
    ),
    # (f) "here is the offer / proposal": the offer itself follows, in every language
    Entry(
        "here_is_the_offer",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "supporting",
        (
            r"\b(?:(?:here\s+is|here's|attached\s+is|please\s+find\s+attached|enclosed\s+is)\s+(?:the|your|our)\s+"
            r"(?:formal\s+|written\s+)?offer|segue\s+(?:em\s+anexo\s+)?(?:a\s+|nossa\s+)?proposta(?!\s+comercial)|"
            r"em\s+anexo\s+(?:a\s+|nossa\s+)?proposta(?!\s+comercial)|(?:te\s+enviamos|adjunto|adjuntamos|aquí\s+tienes)\s+"
            r"(?:la\s+|nuestra\s+)?(?:propuesta|oferta)(?!\s+comercial)|(?:anbei|im\s+anhang)\s+(?:finden\s+sie\s+)?"
            r"(?:das\s+|unser\s+)?(?:vertrags)?angebot|(?:ci-joint|voici)\s+(?:notre|la|votre)\s+(?:proposition|offre)"
            r"(?!\s+commerciale)|(?:in\s+allegato|ecco)\s+(?:la\s+(?:nostra\s+)?)?(?:proposta|offerta)(?!\s+commerciale)|"
            r"(?:hierbij|in\s+de\s+bijlage\s+(?:vind\s+je|vindt\s+u))\s+(?:ons|het)\s+(?:aanbod|voorstel))"
        ),
        example="Segue a proposta",
    ),
    # (f) "we would like to offer you the position", in the languages not covered above
    Entry(
        "offer_you_the_position",
        ("es", "pt", "de", "it", "nl", "fr"),
        "decisive",
        (
            r"\b(?:(?:nos\s+gustaría|queremos|nos\s+complace|nos\s+alegra)\s+(?:ofrecerte|ofrecerle)\s+(?:el\s+puesto|la\s+"
            r"posición|el\s+cargo|una\s+oferta|la\s+plaza)|(?:gostaríamos\s+de|queremos|temos\s+o\s+prazer\s+de)\s+"
            r"(?:te\s+|lhe\s+)?oferecer(?:-lhe|-te)?\s+(?:a\s+vaga|o\s+cargo|a\s+posição|uma\s+proposta|a\s+função)|"
            r"(?:möchten|würden|wollen)\s+(?:ihnen|dir)\b[^.!?\n]{0,60}?\b(?:anbieten|angebot\b[^.!?\n]{0,50}?\bmachen)|"
            r"(?:vorremmo|ci\s+piacerebbe|siamo\s+lieti\s+di)\s+(?:offrirti|offrirle|proporti|proporle)\s+(?:il\s+ruolo|la\s+"
            r"posizione|un\s+contratto|l'assunzione)|(?:willen|zouden)\s+(?:je|u|jou)\s+(?:graag\s+)?(?:een\s+aanbod\s+doen|"
            r"de\s+(?:functie|baan|positie)\s+aanbieden)|(?:souhaitons|aimerions|voulons)\s+vous\s+(?:proposer|offrir)\s+"
            r"(?:le\s+poste|un\s+(?:contrat|cdi)|une\s+offre))"
        ),
        example="we willen je graag een aanbod doen",
    ),
    # (f) "the job is yours / you got the job", in every language
    Entry(
        "the_job_is_yours",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "clear",
        (
            r"\b(?:you(?:'ve)?\s+got\s+the\s+(?:job|role|position)|the\s+(?:job|role|position)\s+is\s+yours|"
            r"(?:el\s+puesto|la\s+plaza|la\s+posición)\s+es\s+(?:tuy[oa]|suy[oa])|has\s+conseguido\s+el\s+puesto|"
            r"a\s+vaga\s+é\s+(?:sua|tua)|(?:você|voce)\s+(?:foi\s+aprovad[oa]|conseguiu\s+a\s+vaga)|"
            r"(?:sie|du)\s+(?:haben|hast)\s+(?:die\s+stelle|den\s+job)\b|die\s+stelle\s+gehört\s+(?:ihnen|dir)|"
            r"le\s+poste\s+est\s+à\s+(?:vous|toi)|(?:il\s+ruolo|il\s+posto|la\s+posizione)\s+è\s+(?:tuo|tua|suo|sua)\b|"
            r"(?:je|u)\s+bent\s+aangenomen|de\s+(?:baan|functie)\s+is\s+van\s+(?:jou|je|u)\b)"
        ),
        example="congratulations, you got the job",
    ),
    # (f) "the contract follows": the paperwork of an offer, in every language
    Entry(
        "the_contract_follows",
        ("en", "es", "pt", "de", "fr", "it", "nl"),
        "supporting",
        (
            r"\b(?:(?:send|sending)\s+(?:you\s+)?(?:the|your)\s+(?:employment\s+)?contract|(?:written|formal)\s+offer\s+"
            r"will\s+follow|te\s+enviaremos\s+el\s+contrato|(?:enviaremos|vamos\s+enviar)\s+o\s+(?:seu\s+)?contrato|"
            r"(?:den|ihren|deinen)\s+(?:arbeits)?vertrag\s+(?:zusenden|schicken|senden)|vous\s+(?:enverrons|"
            r"transmettrons)\s+(?:le|votre)\s+contrat|ti\s+invieremo\s+il\s+contratto|(?:sturen|mailen)\s+we\s+"
            r"(?:je|u)\s+(?:het|je|uw)\s+(?:arbeids)?contract)"
        ),
        example="we'll send the contract this week",
    ),
    # (f) "an offer for the position", in the languages where the noun pair carries it
    Entry(
        "offer_for_the_position",
        ("es", "pt", "de", "fr", "it", "nl"),
        "clear",
        (
            r"\b(?:(?:propuesta|oferta)\s+(?:de\s+trabajo\s+|laboral\s+)?para\s+(?:el|la)\s+(?:puesto|posición|plaza|cargo)|"
            r"(?:proposta|oferta)\s+para\s+(?:a|o)\s+(?:vaga|função|cargo|posição)|(?:angebot|vertragsangebot)\s+für\s+"
            r"(?:die|diese)\s+(?:stelle|position)|(?:offre|proposition)\s+(?:d'embauche\s+)?pour\s+le\s+poste|"
            r"(?:offerta|proposta)\s+(?:di\s+lavoro\s+|di\s+assunzione\s+)?per\s+(?:il|la)\s+(?:ruolo|posizione)|"
            r"aanbod\s+voor\s+de\s+(?:functie|rol|positie|baan))\b"
        ),
        example="nuestra propuesta para el puesto",
    ),
    # (f) the pleasure of making it ("nous sommes heureux de vous faire une offre")
    Entry(
        "pleased_to_make_an_offer",
        ("es", "pt", "de", "fr", "it", "nl"),
        "supporting",
        (
            r"\b(?:nos\s+complace|nos\s+alegra|estamos\s+encantad[oa]s|temos\s+o\s+prazer|ficamos\s+felizes|freuen\s+uns|"
            r"sommes\s+(?:heureux|ravis)|avons\s+le\s+plaisir|siamo\s+(?:felici|lieti)|abbiamo\s+il\s+piacere|"
            r"(?:zijn|ben)\s+(?:blij|verheugd)|doen\s+(?:je|u)\s+graag)\b[^.!?\n]{0,40}?\b(?:propuesta|oferta|proposta|"
            r"angebot|offre|proposition|offerta|un'offerta|aanbod)\b(?!\s+(?:comercial|commerciale|formativa))"
        ),
        example="nous sommes heureux de vous faire une offre",
    ),
    # issue 12, twelfth batch: a verbal offer or its recap in plain words ("we'd like you to
    # join Acme as", "le proponiamo l'assunzione"), and the pay it names in figures
    Entry(
        "want_you_to_join_as_en",
        ("en",),
        "clear",
        (
            r"\b(?:we'd|we\s+would|we)\s+(?:really\s+)?(?:like|love|want)\s+you\s+to\s+join\s+"
            r"(?:us|the\s+team|[\w&.'-]+(?:\s+[\w&.'-]+){0,2})\s+(?:as|in\s+the\s+role\s+of)\b"
        ),
        example="we'd like you to join Acme as",
    ),
    Entry(
        "love_to_have_you_said_alone_en",
        ("en",),
        "clear",
        r"\b(?:we'd|we\s+would|i'd|i\s+would)\s+(?:really\s+)?love\s+to\s+have\s+you(?=\s*[.!])",
        example="we'd love to have you.",
    ),
    Entry(
        "we_propose_to_hire_you",
        ("es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:le|ti|vi)\s+(?:proponiamo|propongo|offriamo|offro)\s+(?:l'|un'|la\s+|il\s+|un\s+)?"
            r"(?:assunzione|contratto|inserimento)\b|"
            r"\b(?:te|le)\s+(?:proponemos|propongo|ofrecemos|ofrezco)\s+(?:la\s+|tu\s+|su\s+|un\s+)?"
            r"(?:incorporación|contratación|contrato)\b|"
            r"\bnous\s+vous\s+(?:proposons|offrons)\s+(?:un|une|le|votre)\s+(?:cdi|cdd|contrat|embauche)\b|"
            r"\b(?:propomos|oferecemos)(?:-lhe|-te)?\s+(?:a\s+(?:sua\s+)?contratação|um\s+contrato|a\s+efetivação)\b|"
            r"\b(?:bieten|unterbreiten|geben)\s+(?:ihnen|dir)\s+(?:gerne?\s+)?(?:einen|den)\s+"
            r"(?:unbefristeten\s+|befristeten\s+)?(?:arbeitsvertrag|vertrag)\b|"
            r"\b(?:bieden|bied)\s+(?:we\s+|wij\s+|ik\s+)?(?:je|u|jou)\s+(?:graag\s+)?(?:een|het)\s+"
            r"(?:vast\s+|tijdelijk\s+)?(?:contract|arbeidscontract|dienstverband)\s+aan\b"
        ),
        example="le proponiamo l'assunzione come",
    ),
    Entry(
        "pay_in_figures",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "supporting",
        (
            r"\b(?:base|salary|pay|wage)\s+of\s+[$£€]\s?\d[\d,.]*k?|"
            r"[$£€]\s?\d[\d,.]*k?\s*(?:/\s*(?:hr|hour|h|yr|year)\b|(?:an|per)\s+(?:hour|year|annum)\b|base\b)|"
            r"\bral\s+(?:di\s+)?(?:€\s?)?\d{2,3}[.\s]?\d{3}\b|\bretribuzione\s+annua\s+lorda\b|"
            r"\d[\d.]*\s*(?:eur|€|euro)\s+brutto\b|\bbrutto(?:jahres|monats)gehalt\b|"
            r"\d[\d\s]*\s*(?:€|euros?|k€)\s+bruts?\s+(?:annuels?|par\s+an|mensuels?|par\s+mois)\b|"
            r"\bsalaire\s+(?:annuel\s+|mensuel\s+)?brut\b|"
            r"\d[\d.]*\s*(?:€|euros|pesos|mxn)\s+brutos?\s+(?:anuales|al\s+año|mensuales|al\s+mes)\b|"
            r"\b(?:salario|sueldo)\s+(?:bruto|mensual|anual)\s+de\b|"
            r"\bsalário\s+(?:base\s+|mensal\s+)?de\s+r\$\s?\d|\br\$\s?\d[\d.]*(?:,\d\d)?\s*(?:por\s+mês|mensais|/\s*mês)|"
            r"(?:€\s?\d[\d.]*|\d[\d.]*\s*(?:€|euro))\s+bruto\s+per\s+(?:maand|jaar)\b|\bbruto\s?(?:maand|jaar)salaris\b"
        ),
        example="a base of $118k",
    ),
    # issue 12, ATS templates: the candidate "has been selected / retained / approved for the
    # position" (the role named right after, never an interview or a stage), and the contract
    # proposal or admission that follows; each alone is below an offer's bar
    Entry(
        "chosen_for_the_position",
        ("es", "it", "pt", "fr", "de", "nl"),
        "clear",
        (
            r"\b(?:(?<!no\s)(?:has|ha)\s+sido\s+(?:seleccionad|elegid)[oa]\s+para\s+(?:el\s+puesto|la\s+posición|la\s+vacante|"
            r"la\s+plaza)|(?<!non\s)(?:è|sei)\s+stat[oa]\s+(?:selezionat|scelt)[oa]\s+per\s+(?:la\s+posizione|il\s+ruolo|"
            r"il\s+posto)|(?<!não\s)(?:foi|foste)\s+(?:selecionad|escolhid|aprovad)[oa]\s+(?:para\s+(?:a\s+vaga|o\s+cargo|"
            r"a\s+posição|a\s+função)|no\s+processo\s+seletivo)|(?:vous\s+avez|tu\s+as)\s+été\s+(?:retenue?|sélectionnée?|"
            r"choisie?)\s+pour\s+(?:le|ce)\s+poste|(?:votre|ta)\s+candidature\s+a\s+été\s+retenue\s+pour\s+(?:le|ce)\s+poste|"
            r"(?:sie|du)\s+(?:wurden|wurdest|sind|bist)\s+für\s+(?:die|diese)\s+(?:stelle|position)(?:\s+(?:als|im|in)\s+"
            r"[\w()/-]+)?\s+ausgewählt|"
            r"(?:je|u)\s+(?:bent|is)\s+geselecteerd\s+voor\s+(?:de|deze)\s+(?:functie|vacature|positie|baan))\b"
        ),
        example="siamo lieti di comunicarle che è stato selezionato per la posizione di Addetto vendite",
    ),
    Entry(
        "contract_proposal_or_admission",
        ("fr", "it", "pt", "es"),
        "supporting",
        (
            r"\b(?:(?:votre|ta|une|la)\s+proposition\s+de\s+contrat|(?:la|una)\s+proposta\s+contrattuale|"
            r"(?:tratar|cuidar|dar\s+andamento|seguir\s+com)\s+(?:d[ao]s?\s+|ao\s+|à\s+)?(?:sua\s+|tua\s+)?admissão|"
            r"(?:tu|su)\s+propuesta\s+de\s+contrato)\b"
        ),
        example="Vous trouverez en pièce jointe votre proposition de contrat",
    ),
)


__all__ = [
    "PHRASES",
]
