"""The anchoring literals of every phrase pattern, precomputed. Generated: do not edit.

:func:`agent.understand.phrase_matcher.required_literals` parses each pattern with the
stdlib's regular-expression parser; doing that for every phrase at each start was a third
of ``classify``'s start-up. This table holds its answers, keyed by a digest of the pattern
(:func:`~agent.understand.phrase_matcher.pattern_digest`); a pattern missing from it is
analysed at start-up as before, so a stale table only costs time. tests/test_phrases.py
fails when it is stale. After editing the phrasebook, regenerate it with one command:

    python -m agent.understand.phrasebook
"""

from __future__ import annotations

ANCHORS: dict[str, tuple[tuple[str, ...], ...] | None] = {
    "3792c6f232c13bab": (
        ("screen", "interview"),
        ("fonic", "phone"),
        ("tele",),
    ),  # interview/telephone_interview
    "474758283e1334b3": (
        ("interview",),
        ("hold", "organi", "arrange", "conduct"),
        ("to",),
    ),  # interview/like_to_conduct_interview
    "9f0064a80258a880": (
        ("interview",),
        ("up", "booked", "arranged", "scheduled"),
        ("your",),
    ),  # interview/ve_set_up_your_interview
    "e002a3dd8e105897": (
        ("invite",),
        ("chat", "interview", "conversation"),
        ("in", "back", "over", "office", "studio"),
    ),  # interview/invite_you_in_for_interview
    "6da0701ed03b46bc": (("forward",), ("round",), ("to",)),  # interview/move_you_forward_to_second
    "4e3b5ef888be9aad": (("interview",), ("lock",), ("in",)),  # interview/lock_in_your_interview
    "e31611bfa52122a8": (
        ("entrevista",),
        ("hacer", "tener", "hacerte", "realizar"),
        ("una",),
    ),  # interview/realizar_una_entrevista
    "04a2238420345aa3": (
        ("confirmada",),
        ("entrevista",),
        ("queda",),
    ),  # interview/queda_confirmada_tu_entrevista
    "ae39cc7c7e4fdcf7": (("colloquio",),),  # interview/le_confermo_colloquio
    "9028afe188ffee24": (
        ("propose", "confirme", "proposons", "confirmons"),
        ("appel", "visio", "échange", "entretien", "rencontre", "rendez-vous"),
        ("vous",),
    ),  # interview/je_vous_propose_unentretien
    "04097307502a38f3": (
        ("l'entretien",),
        ("final", "technique", "d'embauche", "individuel", "recrutement"),
        ("pour",),
    ),  # interview/pour_entretien_technique
    "512be344b537287f": (
        ("souhaiterais",),
        ("rencontrer",),
        ("vous",),
    ),  # interview/souhaiterais_vous_rencontrer
    "2f5532d54c7ba0db": (
        ("gespräch", "interview", "vorstellungsgespräch"),
        ("laden",),
        ("sie",),
    ),  # interview/laden_sie_vorstellungsgespräch_ein
    "22157c50967ea4cb": (
        ("bestätige",),
        ("termin", "gespräch", "vorstellungsgespräch"),
        ("ihnen",),
    ),  # interview/bestätige_ich_ihnen_das_vorstellungsgespräch
    "3fbbaa09678f07a1": (
        ("gesprek", "interview", "videogesprek", "sollicitatiegesprek", "kennismakingsgesprek"),
        ("nodig",),
        ("voor",),
    ),  # interview/nodigen_je_uit_voor_een
    "8af7d7ab31f74a57": (
        (
            "gesprek",
            "vervolggesprek",
            "selectiegesprek",
            "sollicitatiegesprek",
            "kennismakingsgesprek",
        ),
    ),  # interview/sollicitatiegesprek
    "ef0973efa15615e4": (
        ("gesprek", "afspraak"),
        ("plannen", "inplannen"),
    ),  # interview/gesprek_inplannen
    "664719409b171598": (
        ("gesprek", "interview"),
        ("zien",),
        ("we",),
    ),  # interview/zien_we_je_gesprek
    "c0446703e93a8bcd": (
        ("set", "booked", "confirmed"),
        ("is", "all", "you", "that's", "you're"),
    ),  # interview/that_confirmed
    "b086befa8d20172d": (
        ("book", "pick", "choose", "select"),
        ("for",),
        ("your",),
    ),  # interview/choose_time_for_your
    "6405fb1cba0682fd": (
        ("free", "available"),
        ("fri", "mon", "thu", "tue", "wed", "tomorrow"),
        ("are",),
    ),  # interview/are_you_free_tomorrow
    "e1a9f9be7e1872ed": (
        ("confirmed",),
        ("fri", "mon", "thu", "tue", "wed", "tomorrow"),
        ("for",),
    ),  # interview/confirmed_for_tomorrow
    "de81ce6d6b1249d9": (
        ("interview",),
        ("schedule",),
        ("your",),
    ),  # interview/schedule_your_interview
    "9bbcbddcd8d9dafa": (
        ("agenda", "schedule", "itinerary"),
        ("final", "panel", "onsite", "on-site", "interview"),
        ("the", "your"),
    ),  # interview/your_onsite_schedule
    "24a72b225c061526": (
        ("einladung",),
        ("uhr",),
        ("zu", "für", "zum", "zur"),
    ),  # interview/einladung_für_uhr
    "331aeaf39556609a": (("invitation",),),  # interview/invitation_pour
    "cfbab831e085d944": (
        ("invit",),
        (
            "call",
            "chat",
            "loop",
            "round",
            "onsite",
            "screen",
            "meeting",
            "on-site",
            "interview",
            "conversation",
        ),
        ("to", "for"),
    ),  # interview/invite_to_interview
    "e872b29126b54bb1": (
        ("offer",),
        ("round", "interview"),
        ("you",),
    ),  # interview/offer_you_interview
    "3baa81714ccb882e": (
        (
            "call",
            "chat",
            "coffee",
            "onsite",
            "review",
            "screen",
            "meeting",
            "on-site",
            "interview",
            "conversation",
        ),
        ("to",),
        ("glad", "like", "love", "want", "happy", "excited", "pleased"),
    ),  # interview/like_to_schedule_interview
    "39a1258dfe94d4e5": (
        (
            "chat",
            "meet",
            "talk",
            "speak",
            "connect",
            "contigo",
            "conhecer",
            "colloquio",
            "conhecê-l",
            "conocerla",
            "conocerle",
            "conocerte",
            "conocernos",
            "conoscerci",
            "conoscerla",
            "conoscerti",
            "entrevista",
            "conhecermos",
            "incontrarla",
            "incontrarti",
            "conversarmos",
            "entrevistarte",
        ),
    ),  # interview/arrange_a_time_to_meet
    "a185454efa7aa1ba": (
        ("chat", "meet", "talk", "speak"),
        ("to",),
        ("you", "further"),
    ),  # interview/like_to_speak_you
    "bd44caf3e9d29a42": (
        ("call", "chat", "onsite", "screen", "meeting", "on-site", "interview", "conversation"),
        ("be", "is", "are", "was", "been"),
        ("set", "moved", "booked", "confirmed", "scheduled", "rescheduled"),
    ),  # interview/interview_is_scheduled
    "95b4e52136b69f1b": (
        ("booked", "confirmed", "scheduled"),
        ("call", "chat", "screen", "meeting", "interview", "conversation"),
        ("is",),
    ),  # interview/call_is_scheduled
    "81ea961466400493": (
        ("confirm",),
        ("call", "chat", "onsite", "interview", "conversation"),
    ),  # interview/confirm_your_interview
    "bf2159dfc8700478": (
        ("onsite", "on-site", "interview"),
        ("your",),
        ("at", "is", "on", "for", "has", "will", "with"),
    ),  # interview/your_interview_with
    "94e66d0118dd7d84": (
        ("call", "chat", "screen", "interview", "conversation"),
        ("book", "find", "pick", "choose", "select", "schedule"),
        ("to", "for"),
    ),  # interview/schedule_time_for_your_interview
    "fbb820e202b70a18": (
        ("call", "chat", "onsite", "review", "screen", "interview", "conversation"),
        ("up", "book", "arrange", "schedule"),
    ),  # interview/schedule_your_interview_2
    "931208183e11a998": (
        ("availability",),
        ("me", "us", "send", "share", "provide"),
        ("some", "your"),
    ),  # interview/send_your_availability
    "39459ac5858a8d6e": (
        ("availability",),
        ("call", "chat", "screen", "interview", "conversation"),
        ("for",),
    ),  # interview/availability_for_interview
    "7736c6c7ad3c1592": (
        ("interview",),
        ("round", "stage"),
        ("next", "final", "first", "third", "onsite", "second", "on-site"),
    ),  # interview/next_round_interview
    "6d3e7496e73cbe2f": (
        ("free", "available"),
        ("call", "chat", "meet", "talk", "zoom", "video", "interview", "conversation"),
        ("you",),
    ),  # interview/are_you_free_chat
    "a33da32cf69bef15": (("calendar",), ("on",), ("get",)),  # interview/get_you_on_the_calendar
    "9325e30be8a8a286": (
        ("step", "round", "stage", "interview"),
        ("to",),
        ("move", "moving", "advance", "progress", "advancing", "progressing"),
    ),  # interview/move_to_interview_stage
    "f21ae5943784136a": (
        ("chosen", "selected", "shortlisted"),
        ("round", "stage", "interview"),
        ("to", "for"),
    ),  # interview/selected_to_interview
    "ba30ba8fc1f98398": (
        ("colloquio", "entretien", "interview", "selecionad", "preseleccionad"),
    ),  # interview/shortlisted_for_an_interview
    "dbc45a8bba890e39": (
        ("call", "chat", "zoom", "phone", "video"),
        ("on",),
        ("get", "hop", "jump"),
    ),  # interview/hop_on_call
    "db91a90aaa2f3b2a": (
        ("chat", "meet", "talk", "speak", "connect", "discuss"),
        ("to",),
        ("up", "book", "find", "grab", "carve", "schedule"),
    ),  # interview/find_time_to_chat
    "decc1d1a22e67bcf": (
        ("what",),
        ("does",),
        ("week", "calendar", "schedule", "availability"),
    ),  # interview/what_does_your_calendar_look
    "f1408e4e46f14778": (
        ("when",),
        ("free", "available"),
        ("call", "chat", "meet", "talk", "zoom", "screen", "interview", "conversation"),
    ),  # interview/when_are_you_free_chat
    "86760f16a5e427d0": (
        ("free", "work", "available"),
        ("day", "slot", "time"),
    ),  # interview/time_you_re_free
    "c2022749f8bdd8ea": (
        ("work",),
        ("call", "chat", "onsite", "screen", "on-site", "interview"),
        ("for",),
    ),  # interview/work_for_onsite
    "b31751ddc9acd46e": (
        ("come",),
        ("meet",),
        ("by", "in", "office"),
    ),  # interview/come_in_and_meet
    "f2d2dc94da7701fb": (("disponibilidad",),),  # interview/tienes_disponibilidad_para
    "410377de6c280c1a": (
        ("zeit", "gespräch", "telefonat", "videocall", "kennenlernen"),
    ),  # interview/hätten_sie_zeit_für
    "1a4854361e377932": (
        ("êtes-vous", "auriez-vous", "seriez-vous", "disponibilités"),
    ),  # interview/seriez_vous_disponible
    "4ac6a8d893624dd4": (
        ("invite", "details", "schedule", "itinerary", "invitation", "confirmation"),
        ("call", "meeting", "interview"),
    ),  # interview/interview_invitation
    "ab5e24312c8be11f": (
        (
            "telefonat",
            "videocall",
            "erstgespräch",
            "fachgespräch",
            "persönliches",
            "zweitgespräch",
            "videointerview",
            "videotelefonat",
            "gesprächstermin",
            "interviewtermin",
            "telefongespräch",
            "telefoninterview",
            "bewerbungsgespräch",
            "kennenlerngespräch",
            "vorstellungsgespräch",
        ),
    ),  # interview/vorstellungsgespräch
    "fe207b1ebf1c90ba": (
        ("einlad",),
        ("termin", "gespräch", "interview", "kennenlernen"),
        ("en", "ung"),
    ),  # interview/einladen_gespräch
    "ae3cfcc572c74ad5": (
        ("invitarle", "invitarte", "convocarte"),
        ("llamada", "reunión", "entrevista"),
    ),  # interview/invitarte_entrevista
    "c14171336a658bb9": (
        ("entrevista",),
        ("el", "con", "para", "final", "vídeo", "técnica", "virtual", "personal", "telefónica"),
    ),  # interview/entrevista_técnica
    "c75fc99f95af1b69": (
        ("llamada", "reunión", "entrevista"),
        ("agendar", "concertar", "coordinar", "programar"),
    ),  # interview/agendar_entrevista
    "d1b93f68b3f6fa43": (("entrevista",), ("tu",)),  # interview/tu_entrevista
    "8ab8b996ad229c3b": (
        ("convier", "inviter", "convoquer"),
        ("échange", "entretien", "rencontre"),
        ("un",),
    ),  # interview/inviter_un_entretien
    "218712556110f81c": (
        ("entretien",),
        (
            "avec",
            "final",
            "vidéo",
            "visio",
            "technique",
            "individuel",
            "recrutement",
            "téléphonique",
        ),
    ),  # interview/entretien_téléphonique
    "6b195ccbd088ebaf": (
        ("créneau", "échange", "entretien", "rendez-vous"),
        ("fixer", "convenir", "organiser", "planifier"),
        ("un", "d'un"),
    ),  # interview/convenir_un_entretien
    "61c053784531b00e": (("entretien",), ("votre",)),  # interview/votre_entretien
    "56cc715c1ff2455e": (
        (
            "aimerai",
            "voudrai",
            "souhaite",
            "aimerions",
            "voudrions",
            "souhaitons",
            "souhaiterai",
            "souhaiterions",
        ),
        ("parler", "échanger", "rencontrer"),
    ),  # interview/aimerions_rencontrer
    "41adbd62d5fee6cd": (
        ("appel", "échange", "entretien"),
        ("lors",),
        ("d'un",),
    ),  # interview/lors_un_entretien
    "4921f9eedd0dd85d": (
        ("einladen", "sprechen", "kennenlernen"),
        ("würde", "möchte"),
        ("sie", "dich"),
    ),  # interview/würden_sie_kennenlernen
    "eea45a0f9e232451": (
        ("gustaría", "queremos"),
        ("contigo", "conocerte", "invitarte"),
    ),  # interview/nos_gustaría_conocerte
    "3720179fb0134a1c": (
        ("conocerte",),
        ("qui",),
        ("ere", "eren", "siera", "sieran"),
    ),  # interview/quiere_conocerte
    "1424d65fa8bf638b": (
        ("conversa", "bate-papo", "entrevista"),
        ("convid",),
        ("ar", "amos", "á-la", "á-lo"),
    ),  # interview/convidar_para_entrevista
    "581225b95d2c2621": (("entrevista",),),  # interview/entrevista_técnica_2
    "8492426eaff22537": (
        ("marcar", "agendar"),
        ("call", "conversa", "entrevista"),
    ),  # interview/agendar_entrevista_2
    "34402120b50d90ef": (("colloquio",),),  # interview/invitarti_un_colloquio
    "6af25c6d291938c2": (
        ("colloquio",),
        ("con", "finale", "online", "tecnico", "telefonico", "conoscitivo"),
    ),  # interview/colloquio_tecnico
    "ecbb31be437b549c": (("queda", "viene", "funciona"),),  # interview/te_queda_bien
    "fc911bc72bc7bfa2": (
        ("day", "fri", "mon", "thu", "tue", "wed", "tomorrow"),
        ("an", "ould"),
        ("do", "make"),
    ),  # interview/can_you_do_mon
    "433902e5d8b926e7": (
        ("how", "what"),
        ("day", "fri", "mon", "thu", "tue", "wed", "tomorrow"),
        ("about",),
    ),  # interview/how_about_mon
    "de47934933c0fb86": (
        ("booked", "penciled", "confirmed", "pencilled", "scheduled"),
        ("day", "fri", "mon", "thu", "tue", "wed", "tomorrow"),
        ("you",),
    ),  # interview/booked_you_for_mon
    "840903db7ada60b6": (
        ("good", "great", "works", "perfect", "confirmed"),
        ("fri", "mon", "thu", "tue", "wed", "tomorrow"),
    ),  # interview/tomorrow_works
    "b8608b61c3f83b4c": (
        ("lock",),
        ("fri", "mon", "thu", "tue", "wed", "tomorrow"),
        ("in",),
    ),  # interview/lock_in_tomorrow
    "f290beed689ca8df": (
        ("fri", "mon", "thu", "tue", "wed", "tomorrow"),
        ("to",),
        ("like", "want"),
    ),  # interview/want_to_do_tomorrow
    "0141c3ad1cc0296d": (
        ("call", "onsite", "meeting", "interview", "conversation"),
        ("our", "the", "your"),
        ("move", "push", "moved", "postpone", "postponed", "reschedule", "rescheduled"),
    ),  # interview/reschedule_your_interview
    "b78c12db5612f1cc": (
        ("entrevista",),
        (
            "adiar",
            "mover",
            "mudar",
            "alterar",
            "aplazar",
            "cambiar",
            "remarcar",
            "reagendar",
            "reprogramar",
        ),
    ),  # interview/reschedule_the_interview_es_pt
    "e2d98a91796919e7": (("gespräch", "interview"),),  # interview/reschedule_the_interview_de
    "dffa0aa50b612302": (("colloquio", "entretien"),),  # interview/reschedule_the_interview_fr_it
    "9f68137a65db3c7c": (
        ("gesprek",),
        ("zetten", "plaatsen"),
        ("ver",),
    ),  # interview/reschedule_the_interview_nl
    "fdad5c5c2458b521": (
        ("beschikbaar", "disponibilità", "verfügbarkeit", "disponibilidade"),
    ),  # interview/send_us_your_availability
    "ba64bbe16f9144f2": (
        ("conversa", "bate-papo"),
        ("com",),
        ("ter", "fazer", "marcar", "agendar"),
    ),  # interview/bate_papo_with_the_manager
    "b35cb4c73c63d437": (
        ("cancel",),
        ("call", "onsite", "meeting", "interview"),
        ("our", "the", "your"),
    ),  # interview/cancel_your_interview
    "a67679d6743869d9": (
        ("hold", "invite", "invitation"),
        ("send", "sent", "moved", "resent", "update", "forward", "sending", "updated"),
    ),  # interview/sent_the_invite
    "936e5e980f70aeef": (
        ("calendar",),
        ("hold", "invite", "invitation"),
    ),  # interview/calendar_invite
    "3f14df6f84dbab08": (
        ("call", "chat", "video", "screen", "meeting", "interview", "conversation"),
        ("min",),
    ),  # interview/minute_call
    "6bea493cffd5a5bf": (
        ("screen", "manager", "interview", "recruiter", "screening"),
    ),  # interview/phone_interview
    "36a2355cc36379c4": (
        ("chat", "meet", "talk", "speak"),
        (
            "vp",
            "ceo",
            "cto",
            "head",
            "lead",
            "team",
            "founder",
            "manager",
            "director",
            "interview",
            "engineering",
        ),
        ("with",),
    ),  # interview/speak_with_our_hiring_manager
    "45e3ad71b820e724": (
        ("onsite", "on-site", "gespräch", "colloquio", "entretien", "interview", "entrevista"),
    ),  # interview/interview
    "f7a01ff5fd26d271": (("step", "nächste", "prochain", "siguiente"),),  # interview/next_step
    "d5c9239f966cae6c": (
        ("intro", "phone", "round", "stage", "screening"),
    ),  # interview/first_round
    "faa6a4570688167c": (
        ("screen",),
        ("phone", "video", "initial", "recruiter", "technical"),
    ),  # interview/phone_screen
    "18bfb039e74831ac": (("which",), ("suit", "work")),  # interview/which_work
    "b03c63933938288b": (("interview",),),  # interview/interview_2
    "1a08cae0de764f30": (("forward",), ("to",), ("look",)),  # interview/look_forward_to_it
    "a1ea57b2766b0a9b": (
        ("interview",),
        ("propose", "suggest"),
    ),  # interview/propose_an_interview_en
    "bffa2006899e0210": (
        ("colloquio",),
        ("propon",),
        ("go", "iamo"),
    ),  # interview/ti_propongo_un_colloquio_it
    "43e1f1133f3f4147": (
        ("llamada", "entrevista", "videollamada"),
        ("propon",),
        ("go", "emos"),
    ),  # interview/te_propongo_una_entrevista_es
    "eb004a0a0d2769fd": (
        ("conversa", "entrevista"),
        ("propo",),
        ("mos", "nho"),
    ),  # interview/proponho_uma_entrevista_pt
    "c4348a055122699f": (
        ("proposons",),
        ("entretien", "rencontre"),
        ("nous",),
    ),  # interview/vous_proposons_un_entretien_fr
    "1c52a4b16dc53452": (
        ("gespräch", "interview", "gesprächstermin", "vorstellungsgespräch"),
        ("schlage",),
        ("ich", "wir"),
    ),  # interview/schlagen_ihnen_gespraech_vor_de
    "962a8f0ae1fe0cf2": (
        ("gesprek", "afspraak", "sollicitatiegesprek", "kennismakingsgesprek"),
        ("stel",),
        ("voor",),
    ),  # interview/stel_je_een_gesprek_voor_nl
    "30f5929c66cf1760": (
        ("conoscerla", "conoscerti", "incontrarla", "incontrarti"),
        ("vorrei", "farebbe", "desidera", "vorrebbe", "vorremmo", "piacerebbe"),
    ),  # interview/farebbe_piacere_incontrarti_it
    "95d3982a763d1abb": (
        ("conhecer", "conversar"),
        ("gostaria", "queremos", "gostaríamos"),
        ("de",),
    ),  # interview/gostariamos_de_te_conhecer_pt
    "c174c1876d8887d5": (
        ("kennen", "ontmoeten", "uitnodigen"),
        ("graag",),
        ("wil", "willen", "zouden"),
    ),  # interview/willen_je_graag_ontmoeten_nl
    "5cc065157eeca4db": (
        ("invite",),
        ("meet",),
        ("in", "to", "back", "over"),
    ),  # interview/invite_you_in_to_meet_en
    "dd9cd9ef83c91017": (
        ("invitar",),
        ("conocer", "nuestra", "nuestras"),
        ("le", "te"),
    ),  # interview/invitarte_a_nuestras_oficinas_es
    "2a4911ff9beb0539": (
        ("convier", "inviter"),
        ("vous",),
        ("site", "notre", "locaux", "bureaux"),
    ),  # interview/vous_inviter_dans_nos_locaux_fr
    "72e43b508ab23c7c": (("laden", "einladen"),),  # interview/ins_buero_einladen_de
    "18849177fa7066d4": (
        ("invitar",),
        ("sede", "nostra", "nostri", "presso"),
        ("la", "ti"),
    ),  # interview/invitarti_in_sede_it
    "3770ac55b255c4bd": (
        ("convidar", "convidá-l"),
        ("nossa", "escritório"),
    ),  # interview/convidar_ao_escritorio_pt
    "3232f042d8064d9c": (("nodigen",),),  # interview/uitnodigen_op_kantoor_nl
    "b5956a99508f2bfa": (
        ("at", "in", "to"),
        ("hq", "campus", "office", "studio", "offices", "building", "facility", "headquarters"),
        ("you",),
    ),  # interview/welcoming_you_to_our_office_en
    "60e11437e804c515": (
        ("verte", "recibirle", "recibirte"),
        ("sede", "oficina", "instalaciones"),
        ("en",),
    ),  # interview/recibirte_en_nuestras_oficinas_es
    "c55040b5a1542b40": (
        ("recevoir", "accueillir"),
        ("vous",),
        ("site", "siège", "locaux", "bureaux"),
    ),  # interview/vous_accueillir_dans_nos_locaux_fr
    "cc67141c8c155f94": (
        ("begrüßen", "empfangen"),
        ("sie", "dich"),
        ("vor", "büro", "unseren", "standort"),
    ),  # interview/bei_uns_begruessen_de
    "b806a5f048c0fb78": (
        ("vederti", "riceverti", "accoglierla", "accoglierti"),
        ("sede", "nostra", "nostri", "presso"),
    ),  # interview/accoglierti_in_sede_it
    "9f4ee1e334adb64e": (
        ("receber", "recebê-l"),
        ("nossa", "escritório"),
        ("em", "na", "no"),
    ),  # interview/receber_no_escritorio_pt
    "9cf78c6cbc6f9bd4": (
        ("ontvangen", "verwelkomen"),
        ("kantoor", "hoofdkantoor"),
        ("het", "ons"),
    ),  # interview/ontvangen_op_kantoor_nl
    "57c75bf6b6880601": (("meet",), ("you",), ("'ll", "will")),  # interview/you_will_meet_the_en
    "8370aae1b21299ed": (
        ("hablarás", "reunirás", "conocerás"),
        ("el", "la", "dos", "las", "los", "tres", "nuestr"),
    ),  # interview/conoceras_a_es
    "c1046da5f5263f3a": (
        ("échangerez", "rencontrerez"),
        ("vous",),
        ("la", "le", "les", "nos", "deux", "notre", "trois"),
    ),  # interview/vous_rencontrerez_fr
    "bd15d5aa8985e0aa": (
        ("kennen",),
        ("lernen", "lernst", "werden"),
        ("team", "kolleg", "teamleit", "geschäftsführ", "abteilungsleit"),
    ),  # interview/lernen_sie_team_kennen_de
    "c3e3d0f7b61cba51": (("parlerai", "conoscerai", "incontrerai"),),  # interview/incontrerai_it
    "113b8eced18fa140": (
        ("conhecer", "conhecerá", "conversar", "conversará"),
    ),  # interview/vai_conhecer_pt
    "245a87fd93a8e2a7": (("kennis", "spreek"),),  # interview/maak_je_kennis_met_nl
    "da9225fca310a51e": (("meet",), ("on",), ("you",)),  # interview/can_meet_you_on_en
    "82568510a3f479fd": (
        ("puede",),
        ("verte", "reunirse", "recibirte", "entrevistarte"),
        ("el",),
    ),  # interview/puede_reunirse_contigo_el_es
    "69a24690e2446d81": (
        ("cevoir", "ncontrer"),
        ("peut",),
        ("vous",),
    ),  # interview/peut_vous_recevoir_le_fr
    "d60de09fa21c9782": (
        ("treffen", "sprechen", "empfangen"),
        ("kann",),
        ("sie", "dich"),
    ),  # interview/kann_sie_am_treffen_de
    "804a75b7ef8f9aa8": (
        ("vederti", "riceverti", "incontrarla", "incontrarti"),
        ("può",),
    ),  # interview/puo_incontrarti_it
    "0b2d559c4b04f51c": (
        ("receber", "conversar", "encontrar"),
        ("pode",),
        ("em", "na", "no", "dia"),
    ),  # interview/pode_te_receber_no_dia_pt
    "400ab369765e99df": (
        ("spreken", "ontmoeten", "ontvangen"),
        ("kan",),
    ),  # interview/kan_je_op_spreken_nl
    "915b6af75f21b8dd": (
        ("entrevista",),
        ("por", "telef", "remota", "telefone"),
    ),  # interview/entrevista_por_telefone_pt
    "26829c9053c0f667": (
        ("videocall", "telefonisch", "videogesprek", "beeldbelgesprek", "telefoongesprek"),
    ),  # interview/telefonisch_gesprek_nl
    "79d6490cf82f96cf": (
        ("entrevista",),
        ("uma",),
        ("ter", "fazer", "realizar"),
    ),  # interview/realizar_uma_entrevista_pt
    "2c627cd74e278240": (
        ("gespräch", "interview", "vorstellungsgespräch"),
        ("führen", "durchführen"),
        ("das", "ein"),
    ),  # interview/interview_fuehren_de
    "f804b3001bf46346": (
        ("entretien",),
        ("mener", "passer", "conduire", "réaliser", "organiser"),
        ("l'", "un"),
    ),  # interview/mener_un_entretien_fr
    "692ad8c93b5d90b4": (
        ("colloquio",),
        ("fare", "tenere", "svolgere", "sostenere", "effettuare"),
        ("il", "un"),
    ),  # interview/svolgere_un_colloquio_it
    "bac52ff67df2c19f": (
        ("gesprek", "interview"),
        ("houden", "voeren"),
        ("een", "het"),
    ),  # interview/gesprek_voeren_nl
    "e0544330d905c038": (
        ("gespräch", "interview"),
        ("statt", "geplant", "bestätigt", "eingeplant", "vereinbart", "verschoben"),
        ("ihr", "dein"),
    ),  # interview/ihr_gespraech_findet_statt_de
    "58dd8a5728ce026f": (
        ("gesprek", "interview"),
        ("verzet", "gepland", "bevestigd", "ingepland", "verplaatst"),
        ("je", "uw", "jouw"),
    ),  # interview/je_gesprek_staat_gepland_nl
    "977542396ccaa797": (
        ("entrevista",),
        ("agendado", "reservado", "confirmado", "organizado", "programado"),
        ("he",),
    ),  # interview/programado_tu_entrevista_es
    "e36893e3174c6ff4": (
        ("entrevista",),
        ("agendei", "marquei", "marcamos", "agendamos", "confirmei", "confirmamos"),
        ("sua", "tua"),
    ),  # interview/agendei_sua_entrevista_pt
    "5dfbf4a376fb4b37": (
        ("colloquio",),
        ("fissato", "confermato", "organizzato", "programmato"),
        ("suo", "tuo"),
    ),  # interview/fissato_il_tuo_colloquio_it
    "82f5dc6e6fdd5b50": (
        ("entretien",),
        ("j'ai", "avons"),
        ("fixé", "confirmé", "organisé", "planifié", "programmé"),
    ),  # interview/planifie_votre_entretien_fr
    "5a32caa91a131d49": (
        ("agenda", "programa", "itinerario", "entrevistas"),
    ),  # interview/agenda_de_tu_visita_es
    "61b88a99582d3253": (
        ("déroulé", "planning", "programme", "entretiens"),
    ),  # interview/programme_de_votre_journee_fr
    "0964abf74828247e": (
        ("ablauf", "ablaufplan", "tagesablauf", "gesprächstag", "interviewtag"),
    ),  # interview/ablauf_ihres_besuchs_de
    "a4754566f429cd6b": (
        ("colloqui", "giornata"),
        ("agenda", "programma"),
        ("de",),
    ),  # interview/programma_della_giornata_it
    "19e6f39d0ab1f0c7": (
        ("agenda", "roteiro", "entrevistas", "programação"),
    ),  # interview/roteiro_da_sua_visita_pt
    "408e3f1c996e9b27": (
        ("planning", "programma", "dagprogramma"),
        ("bezoek", "gesprekken", "gespreksdag", "sollicitatiedag"),
        ("an", "oor"),
    ),  # interview/programma_van_je_bezoek_nl
    "735bbca8520f3189": (
        ("invite",),
        ("chat", "talk", "speak"),
        ("job", "role", "opening", "position"),
    ),  # interview/invite_you_in_to_talk_about_role
    "ce140f2b93987bc6": (
        (
            "receb",
            "round",
            "stage",
            "begrüßen",
            "empfangen",
            "esperamos",
            "interview",
            "ontvangen",
            "accueillir",
            "accoglierti",
        ),
    ),  # interview/host_you_for_final_round
    "aa926cebcc5bb8bf": (
        (
            "call",
            "chat",
            "appel",
            "video",
            "termin",
            "chamada",
            "gesprek",
            "llamada",
            "échange",
            "afspraak",
            "chiamata",
            "conversa",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "telefonat",
            "entrevista",
            "conversación",
            "conversation",
            "kennenlernen",
            "kennismaking",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
        (
            "boek",
            "book",
            "grab",
            "kies",
            "pick",
            "plan",
            "buche",
            "elige",
            "elija",
            "wähle",
            "agende",
            "boeken",
            "buchen",
            "choose",
            "escoge",
            "escoja",
            "kiezen",
            "marque",
            "scegli",
            "scelga",
            "select",
            "wählen",
            "choisir",
            "choisis",
            "escolha",
            "escolhe",
            "prenota",
            "prenoti",
            "reserva",
            "reserve",
            "escolher",
            "reservar",
            "réserver",
            "réservez",
            "aussuchen",
            "prenotare",
            "scegliere",
            "selecione",
            "selecteer",
            "seleziona",
            "selezioni",
            "choisissez",
            "selecciona",
            "seleccione",
            "selecionar",
            "selecteren",
            "selezionare",
            "sélectionner",
            "sélectionnez",
        ),
        (
            "data",
            "date",
            "slot",
            "time",
            "datum",
            "fecha",
            "hueco",
            "fascia",
            "franja",
            "moment",
            "orario",
            "termin",
            "créneau",
            "horaire",
            "horario",
            "horário",
            "tijdslot",
            "tijdstip",
            "timeslot",
            "zeitpunkt",
            "zeitfenster",
        ),
    ),  # interview/pick_a_slot_for_the_interview
    "cb6db06aff2fe791": (
        (
            "data",
            "date",
            "slot",
            "datas",
            "dates",
            "orari",
            "slots",
            "times",
            "fechas",
            "huecos",
            "opties",
            "opções",
            "orarie",
            "zeiten",
            "franjas",
            "janelas",
            "options",
            "termine",
            "windows",
            "créneaux",
            "horaires",
            "horarios",
            "horários",
            "momenten",
            "opciones",
            "timeslots",
            "tijdsloten",
            "zeitpunkte",
            "tijdstippen",
            "zeitfenster",
            "disponibilità",
            "disponibilités",
            "terminvorschläge",
        ),
        (
            "me",
            "us",
            "geef",
            "give",
            "laat",
            "mail",
            "send",
            "dinos",
            "envia",
            "envie",
            "geben",
            "manda",
            "mande",
            "passe",
            "share",
            "stuur",
            "nennen",
            "senden",
            "sugira",
            "envoyer",
            "envoyez",
            "envíame",
            "indicar",
            "indique",
            "informe",
            "inviaci",
            "propose",
            "sugerir",
            "suggest",
            "envíanos",
            "indicaci",
            "indicami",
            "indicare",
            "indiquer",
            "indiquez",
            "indícame",
            "informar",
            "inviarci",
            "mandarci",
            "mándanos",
            "proponer",
            "proporci",
            "proposer",
            "proposez",
            "schicken",
            "enviarnos",
            "indicarci",
            "indicarmi",
            "indícanos",
            "mitteilen",
            "comunicaci",
            "indicarnos",
            "communiquer",
            "communiquez",
            "comunicarci",
            "transmettre",
            "vorschlagen",
        ),
    ),  # interview/send_two_or_three_slots
    "3d9de41e387019b7": (
        (
            "gesprek",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "eindgesprek",
            "finalgespräch",
            "folgegespräch",
            "zweitgespräch",
            "abschlussgespräch",
            "vorstellungsgespräch",
        ),
    ),  # interview/second_round_interview
    "76bba45ff8e370ca": (
        (
            "gesprek",
            "conversa",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "persönliche",
        ),
    ),  # interview/interview_in_person_at_the_office
    "94309b5f93c2d5a5": (
        (
            "call",
            "chat",
            "quer",
            "würde",
            "deseja",
            "möchte",
            "querem",
            "würden",
            "aimerai",
            "desejam",
            "gesprek",
            "llamada",
            "meeting",
            "möchten",
            "propone",
            "propose",
            "reunión",
            "voudrai",
            "desidera",
            "gostaria",
            "souhaite",
            "vorrebbe",
            "gostariam",
            "interview",
            "entrevista",
            "belafspraak",
            "souhaiterai",
            "conversación",
            "conversation",
            "kennismaking",
            "videogesprek",
            "videollamada",
        ),
    ),  # interview/call_with_their_hiring_manager
    "c21c9ca83d4a9503": (
        (
            "gesprek",
            "conversa",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "conversación",
            "conversation",
            "kennenlernen",
            "kennismaking",
        ),
    ),  # interview/move_the_interview_to_another_day
    "b58bb3447cd8b584": (
        (
            "appel",
            "legen",
            "termin",
            "zetten",
            "chamada",
            "llamada",
            "échange",
            "afspraak",
            "chiamata",
            "plaatsen",
            "schieben",
            "schuiven",
            "telefonat",
            "videocall",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
    ),  # interview/move_the_call_to_another_day
    "bdfb81616f088453": (
        (
            "ok",
            "bene",
            "fica",
            "geht",
            "good",
            "lukt",
            "past",
            "suit",
            "work",
            "wäre",
            "ginge",
            "hätte",
            "irait",
            "jeito",
            "passt",
            "würde",
            "passen",
            "schikt",
            "convien",
        ),
    ),  # interview/does_this_day_and_time_work
    "a844e886e69de4dc": (
        (
            "chat",
            "meet",
            "talk",
            "speak",
            "kennen",
            "contigo",
            "spreken",
            "conhecer",
            "sprechen",
            "conocerte",
            "conversar",
            "interview",
            "ontmoeten",
            "conoscerla",
            "conoscerti",
            "rencontrer",
            "incontrarla",
            "incontrarti",
            "kennenlernen",
            "entrevistarte",
        ),
        (
            "ike",
            "ove",
            "wil",
            "zou",
            "keen",
            "quer",
            "wants",
            "würde",
            "möchte",
            "quiere",
            "aimerait",
            "desidera",
            "gostaria",
            "gustaría",
            "souhaite",
            "vorrebbe",
        ),
        (
            "team",
            "time",
            "client",
            "equipe",
            "equipo",
            "gestor",
            "équipe",
            "manager",
            "squadra",
            "director",
            "responsable",
        ),
    ),  # interview/the_team_would_like_to_meet_you
    "171a267713c3abdf": (
        (
            "see",
            "graag",
            "aspett",
            "esperan",
            "erwarten",
            "attendons",
            "esperamos",
            "expecting",
            "verwachten",
        ),
    ),  # interview/we_expect_you_on_the_day
    "a9b42cd7286e5889": (
        (
            "ben",
            "heb",
            "bent",
            "call",
            "chat",
            "free",
            "hebt",
            "appel",
            "estás",
            "video",
            "around",
            "podría",
            "puedes",
            "termin",
            "tienes",
            "chamada",
            "gesprek",
            "llamada",
            "podrías",
            "échange",
            "afspraak",
            "chiamata",
            "conversa",
            "estarías",
            "gespräch",
            "tendrías",
            "available",
            "colloquio",
            "entretien",
            "interview",
            "telefonat",
            "disponível",
            "entrevista",
            "disponibile",
            "conversación",
            "conversation",
            "kennenlernen",
            "kennismaking",
            "videochamada",
            "videollamada",
            "videochiamata",
            "disponibilidade",
        ),
    ),  # interview/are_you_available_on_the_day_for_a_call
    "505775043b837ba9": (
        (
            "team",
            "boeken",
            "buchen",
            "gestor",
            "talent",
            "manager",
            "plannen",
            "recruteu",
            "inplannen",
            "recruiter",
            "reclutador",
            "recruiting",
            "recrutador",
            "selezionat",
            "teamleider",
            "teamleiter",
            "recrutement",
            "responsable",
            "vereinbaren",
            "responsabile",
            "leidinggevende",
            "abteilungsleiter",
            "personalverantwortlich",
        ),
    ),  # interview/book_a_slot_with_the_hiring_manager
    "a41da769b674b947": (
        (
            "appel",
            "falar",
            "bellen",
            "hablar",
            "parler",
            "charlar",
            "gesprek",
            "llamada",
            "parlare",
            "chiamata",
            "conversa",
            "gespräch",
            "sentirci",
            "sprechen",
            "échanger",
            "colloquio",
            "conversar",
            "entretien",
            "interview",
            "telefonat",
            "entrevista",
            "kennismaken",
            "chiacchierata",
            "kennismakingsgesprek",
        ),
        (
            "past",
            "pode",
            "tijd",
            "zeit",
            "passt",
            "viene",
            "passen",
            "schikt",
            "poderia",
            "vendría",
            "disponible",
            "disponível",
            "disponibile",
            "disponibilidad",
            "disponibilidade",
        ),
        ("ndo", "wann", "quand", "quando", "wanneer"),
    ),  # interview/when_would_suit_you_to_talk
    "7fdafb863151e3c8": (
        (
            "tweede",
            "weiter",
            "nächste",
            "próxima",
            "prossimo",
            "suivante",
            "volgende",
            "processus",
            "siguiente",
            "successiva",
            "successivo",
        ),
    ),  # interview/through_to_the_next_stage
    "c3937bb82d27801a": (
        (
            "gesprek",
            "conversa",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "conversación",
            "conversation",
            "kennenlernen",
            "kennismaking",
        ),
    ),  # interview/interview_is_on_the_day
    "3d289721a53b45a2": (("come", "introduce"),),  # interview/come_in_on_the_day
    "89a6374eb4bfa62d": (
        (
            "call",
            "chat",
            "talk",
            "appel",
            "charla",
            "screen",
            "chamada",
            "gesprek",
            "llamada",
            "échange",
            "belletje",
            "chiamata",
            "conversa",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "telefonat",
            "entrevista",
            "conversación",
            "conversation",
            "kennismaking",
            "chiacchierata",
        ),
        ("min",),
        (
            "hai",
            "heb",
            "you",
            "zou",
            "hast",
            "hebt",
            "tens",
            "teria",
            "tiene",
            "hätten",
            "terias",
            "tienes",
            "avrebbe",
            "avresti",
            "tendrías",
            "aurais-tu",
            "avez-vous",
            "auriez-vous",
        ),
    ),  # interview/do_you_have_minutes_for_a_call
    "d28dbbd9d1b2ccaf": (
        ("colloquio",),
        ("convocar", "convochiamo"),
        ("il", "un"),
    ),  # interview/convochiamo_per_un_colloquio_it
    "9b196c82e8f6e4ea": (
        ("kennis",),
        ("maken",),
        ("wil", "willen", "zouden"),
    ),  # interview/willen_graag_kennismaken_nl
    "9f804e7bb98995cb": (
        (
            "pop",
            "come",
            "drop",
            "pode",
            "stop",
            "komen",
            "langs",
            "odría",
            "odéis",
            "podes",
            "swing",
            "uedes",
            "eux-tu",
            "odrías",
            "venire",
            "vorbei",
            "passare",
            "poderia",
            "consegue",
            "consegues",
            "langskomen",
            "ourrais-tu",
            "ouvez-vous",
            "binnenlopen",
            "ourriez-vous",
            "vorbeikommen",
            "vorbeischauen",
        ),
    ),  # interview/come_by_the_office_on_the_day
    "71d9b3f6937b20f0": (
        (
            "availability",
            "disponibilità",
            "verfügbarkeit",
            "availabilities",
            "disponibilidad",
            "disponibilités",
            "beschikbaarheid",
            "disponibilidade",
        ),
        (
            "call",
            "chat",
            "appel",
            "video",
            "charla",
            "termin",
            "chamada",
            "gesprek",
            "llamada",
            "échange",
            "afspraak",
            "chiamata",
            "conversa",
            "gespräch",
            "bate-papo",
            "colloquio",
            "entretien",
            "interview",
            "telefonat",
            "entrevista",
            "conversación",
            "conversation",
            "kennenlernen",
            "kennismaking",
            "videochamada",
            "videollamada",
            "chiacchierata",
            "videochiamata",
        ),
        (
            "me",
            "diga",
            "dime",
            "geef",
            "give",
            "laat",
            "send",
            "tell",
            "dimmi",
            "envia",
            "envie",
            "manda",
            "mande",
            "mandi",
            "passa",
            "passe",
            "sende",
            "share",
            "stuur",
            "weten",
            "diz-me",
            "nennen",
            "pásame",
            "sapere",
            "schick",
            "teilen",
            "envíame",
            "indichi",
            "inviami",
            "mandami",
            "mándame",
            "pasadme",
            "envia-me",
            "indicami",
            "indícame",
            "schicken",
            "indica-me",
            "donnez-moi",
            "envoie-moi",
            "envoyez-moi",
            "indique-moi",
            "indiquez-moi",
            "transmettez-moi",
        ),
    ),  # interview/send_me_your_availability_for_a_talk
    "c4d2f318fd1ff492": (
        (
            "fixe",
            "c'est",
            "let's",
            "we'll",
            "bloque",
            "halten",
            "houden",
            "leggen",
            "machen",
            "zetten",
            "dejamos",
            "marcado",
            "retient",
            "spreken",
            "teniamo",
            "agendado",
            "fissiamo",
            "quedamos",
            "agendamos",
            "combinado",
            "confermiamo",
            "confirmamos",
        ),
    ),  # interview/the_slot_is_set_for_the_day
    "9eaab2980ecae3ec": (
        (
            "to",
            "nueva",
            "marcar",
            "nieuwe",
            "termin",
            "agendar",
            "fissare",
            "nouveau",
            "trovare",
            "combinar",
            "nouvelle",
            "concordare",
        ),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "61cdf2e2a57422db": (
        ("best", "good", "close", "right", "strongest"),
        ("fit", "match"),
        ("job", "role", "opening", "position"),
    ),  # rejection/not_right_match_for_the
    "127d32fb3f7f6faf": (
        ("hiring",),
        ("cancel", "frozen", "paused", "suspended"),
        ("role", "opening", "position"),
    ),  # rejection/hiring_for_the_role_is
    "d051553c385e2823": (
        ("candidacy", "application"),
        ("continue",),
        ("able",),
    ),  # rejection/won_able_to_continue_with
    "3741c8b2a52c3925": (
        ("applied",),
        ("cancel", "closed", "filled", "withdrawn"),
        ("been",),
    ),  # rejection/position_you_applied_for_has
    "0884702e1479f46e": (
        ("offered",),
        ("other", "nother", "external", "internal", "different"),
        ("job", "role", "position"),
    ),  # rejection/offered_the_role_to_another
    "85455648dfe19401": (
        ("progressing",),
        ("be",),
        ("we",),
    ),  # rejection/we_will_not_be_progressing
    "04601acba8fdeb41": (("perfil", "continuaremos"),),  # rejection/tu_perfil_no_encaja
    "a46c12ceed6eafbc": (
        ("candidat",),
        ("seguir",),
        ("optado", "decidido"),
    ),  # rejection/decidido_seguir_con_otro_candidat
    "176bbf0531266b85": (
        ("verder", "geselecteerd"),
        ("niet", "helaas"),
    ),  # rejection/niet_geselecteerd
    "4f75da9502daad80": (("verder",), ("niet",), ("gaan",)),  # rejection/niet_met_je_verder_gaan
    "d7b1e41c40f58369": (("gekozen",), ("kandida",), ("voor",)),  # rejection/gekozen_voor_kandida
    "8225ff3c6e9bd350": (
        ("vacature",),
        ("gesloten", "vervallen", "ingetrokken"),
    ),  # rejection/vacature_ingetrokken
    "5d19d479cb2f267c": (("wishes", "success"),),  # rejection/best_wishes_for_the_future
    "cd2e7704722c39c3": (
        ("zoektocht",),
        ("succes",),
        ("veel",),
    ),  # rejection/veel_succes_bij_je_zoektocht
    "2b343c8f8d7619d4": (
        ("applicants", "candidates", "applications"),
        ("accepting", "reviewing", "considering"),
        ("longer",),
    ),  # rejection/no_longer_considering_applicants
    "86f96439f9682283": (
        ("ancel", "losed"),
        ("been",),
        ("role", "opening", "position", "requisition"),
    ),  # rejection/position_has_been_closed
    "2db6054f7a4f4728": (("pass",), ("we",)),  # rejection/we_pass
    "814a62ec0f9ddb92": (
        ("gone", "went", "decided"),
        ("with",),
        ("we", "team", "they", "manager"),
    ),  # rejection/team_went_with_someone
    "1706e4bd09da816b": (
        ("opted", "chosen", "decided", "elected", "decision"),
        (
            "other",
            "another",
            "someone",
            "suitable",
            "different",
            "qualified",
            "candidates",
            "experienced",
        ),
        ("to",),
    ),  # rejection/decided_to_move_with_other
    "a92dad76550baf30": (
        ("opted", "chosen", "decided", "decision"),
        ("to",),
        ("not",),
    ),  # rejection/decided_not_to_move
    "13a97422e574f0d5": (
        ("forward",),
        ("other", "another", "candidate", "different", "candidates"),
        ("with",),
    ),  # rejection/move_forward_with_other
    "910f6fe4d98ec947": (
        ("hire", "people", "profile", "applicant", "candidate", "individual"),
        ("with",),
        ("more", "other", "another", "internal", "different"),
    ),  # rejection/move_with_other_candidate
    "ba48b3acd00738f7": (
        ("other", "another", "external", "internal", "different"),
        ("hire", "person", "applicant", "candidate"),
        ("go", "hire", "going", "hired", "hiring", "promote", "promoting"),
    ),  # rejection/hire_internal_candidate
    "06e3ad05cf490027": (
        ("to", "ahead", "forward", "further"),
        ("not", "will", "can't", "won't", "cannot", "unable", "couldn't"),
        (
            "move",
            "moving",
            "advance",
            "proceed",
            "progress",
            "advancing",
            "proceeding",
            "progressing",
        ),
    ),  # rejection/not_moving_forward
    "e19aacff5621721f": (
        ("moving", "advancing", "continuing", "proceeding", "progressing"),
        ("be",),
        ("with",),
    ),  # rejection/won_be_moving_with_your
    "57f13ebf2339949a": (
        ("asking", "inviting"),
        ("be",),
        ("you",),
    ),  # rejection/won_be_inviting_you_to
    "abac6a8569e6af95": (
        ("moving", "taking", "advancing", "progressing"),
        ("be",),
        ("you",),
    ),  # rejection/won_be_advancing_your
    "7efee3300c412cb8": (
        ("regret",),
        ("to",),
        ("let", "say", "tell", "advise", "inform"),
    ),  # rejection/regret_to_inform
    "594dcea171568353": (("regret",), ("that",), ("we", "you", "your")),  # rejection/regret_that_we
    "34974d0d3ae117ed": (("shortlisted",), ("not",)),  # rejection/not_shortlisted
    "257181b4e8234c37": (
        ("cance", "closed", "withdrawn"),
        ("job", "role", "opening", "vacancy", "position", "requisition"),
        ("is", "was", "been"),
    ),  # rejection/position_has_been_closed_2
    "5624731ec1d47a65": (
        ("filling",),
        ("be",),
        ("it", "role", "position"),
    ),  # rejection/will_not_be_filling_it
    "a432a78afebb69be": (
        ("applicants", "candidates"),
        ("better", "closer", "stronger"),
        ("other",),
    ),  # rejection/other_candidates_are_closer_match
    "6f96b1b5416f3638": (
        ("profiles", "applicants", "candidates"),
        ("pursue",),
        ("other",),
    ),  # rejection/pursue_other_candidates
    "f210744effdf0bd2": (
        ("profiles", "applicants", "candidates", "individuals"),
        ("chose", "opted", "chosen", "decided"),
        ("focus", "pursue", "forward", "proceed", "prioriti", "progress"),
    ),  # rejection/decided_to_pursue_candidates
    "0cc3fcc40bfa1baf": (
        ("successful", "unsuccessful"),
        ("candidacy", "application", "candidature"),
        ("is", "was", "been", "were"),
    ),  # rejection/application_was_not_successful
    "eb15d6d4b6710928": (("successful", "unsuccessful"),),  # rejection/not_been_successful
    "a3973e79c4774d4b": (("pursue",), ("to",), ("not",)),  # rejection/not_to_pursue_your
    "0ec09aaa96ac11e3": (
        ("selected",),
        ("to", "for"),
        ("not", "was", "been", "were", "wasn't", "haven't"),
    ),  # rejection/not_selected_for
    "a7211d546294a1cb": (
        ("person", "applicant", "candidate", "individual"),
        ("found", "hired", "chosen", "selected", "identified"),
    ),  # rejection/selected_aother_applicant
    "4ff72869bededff1": (("offer", "unable"),),  # rejection/unable_to_offer_you
    "fbe4387f26ad8737": (
        ("offer", "forward", "proceed"),
        ("able",),
        ("be",),
    ),  # rejection/won_be_able_to_offer
    "a65c069ffabce6fb": (
        ("making", "offering", "extending"),
        ("job", "role", "offer", "position"),
        ("be",),
    ),  # rejection/won_be_extending_offer
    "8903f7a797f516c3": (
        ("offer",),
        ("other", "nother", "external", "internal", "different"),
        ("made", "accepted", "extended"),
    ),  # rejection/extended_offer_to_another
    "7d54e780a1f486d2": (
        ("offer",),
        ("other", "another", "someone", "external", "internal", "different"),
        ("job", "role", "position"),
    ),  # rejection/offer_the_role_to_someone
    "3eb15d14e6c4ba6e": (("filled", "position"),),  # rejection/position_has_been_filled
    "b9cbe42a52cf22dd": (
        ("other", "another", "external", "internal", "different"),
        ("hire", "person", "profile", "applicant", "candidate", "direction"),
        ("go", "gone", "went", "going", "decided"),
    ),  # rejection/go_in_different_direction
    "5f1ecf6fc7e2d4cc": (
        ("profile", "candidacy", "application"),
        ("forward", "proceed", "consider", "progress"),
        ("able", "unable"),
    ),  # rejection/unable_to_consider_your_application
    "d2031ba720b71b5f": (
        ("pursuing", "continuing", "proceeding", "considering"),
        ("be",),
        ("will",),
    ),  # rejection/will_not_be_continuing_your
    "4e2e920a5ce81671": (
        ("pass",),
        ("on",),
        ("to", "we", "had", "going", "we'll", "we're", "decided"),
    ),  # rejection/we_re_pass_on
    "c7673b75f8ec81d8": (("decided",), ("pass",), ("to",)),  # rejection/decided_to_pass
    "2f23e2900758082a": (("candidates",), ("other",), ("who",)),  # rejection/other_candidates_whose
    "69d1c8180823c93a": (
        ("considered", "consideration"),
        ("longer",),
        ("no",),
    ),  # rejection/no_longer_considered
    "11d91ff50e13c3d9": (
        ("applicants", "candidates"),
        ("closed",),
        ("role", "search", "position", "requisition"),
    ),  # rejection/closed_the_requisition_all_candidates
    "1391722340c78083": (
        ("leider",),
        (
            "gegen",
            "nicht",
            "absage",
            "anbieten",
            "bewerber",
            "kandidat",
            "positive",
            "fortsetzen",
            "entschieden",
            "berücksichtig",
            "weiterverfolgen",
        ),
    ),  # rejection/leider_absage
    "ba912d90f124d25f": (
        ("mitteilen",),
        ("müssen",),
        ("ihnen",),
    ),  # rejection/müssen_wir_ihnen_mitteilen
    "4d74b4976f81f29e": (
        ("berücksichtigen",),
        ("können",),
        ("nicht",),
    ),  # rejection/nicht_berücksichtigen_können
    "4102dad1830f2b8b": (
        ("bewerbung", "kandidatur"),
        ("verfolgen", "fortsetzen", "berücksichtigen"),
        ("nicht",),
    ),  # rejection/bewerbung_nicht_berücksichtigen
    "498aa7118ff630c2": (
        ("decidido",),
        ("seguir", "avanzar", "continuar"),
        ("con",),
    ),  # rejection/hemos_decidido_continuar_con_otros
    "098be92ba82ab8a3": (
        ("lamentamos", "lamentablemente", "desafortunadamente"),
        ("perfil", "seguir", "avanzar", "candidat", "continuar", "descartad", "seleccionad"),
    ),  # rejection/lamentablemente_otros_candidat
    "bbb5a5c83e3fb019": (("seleccionad",), ("sido",), ("no",)),  # rejection/no_has_sido_seleccionad
    "c8029360fbcafaef": (
        ("sentimos",),
        ("decirte", "informarte", "comunicarte"),
    ),  # rejection/sentimos_comunicarte
    "b6cb0f52ea2fa13a": (
        ("candidat", "perfiles"),
        ("otr",),
        ("que", "cuya", "cuyo"),
    ),  # rejection/otro_candidatos_que
    "c028910fc5daf58d": (
        ("optamos", "decidimos", "resolvemos"),
        ("perfis", "candidat", "perfiles", "profissionais"),
        ("seguir", "avanzar", "avançar", "continuar", "prosseguir"),
    ),  # rejection/decidimos_seguir_com_outro_candidat
    "f25e5ea696f0a51c": (
        ("seguir", "avançar", "prosseguir", "selecionad", "continuidade"),
        ("não",),
    ),  # rejection/não_foi_selecionad
    "02e3e27b1884c2aa": (
        ("infelizmente",),
        ("não", "candidat"),
    ),  # rejection/infelizmente_outros_candidat
    "5faa2a90e38a002d": (
        ("candidat",),
        ("abbiamo",),
        ("deciso",),
    ),  # rejection/abbiamo_deciso_di_proseguire_con
    "9d71eaa19318c18a": (
        ("proseguire", "selezionat"),
        ("stat", "siamo"),
        ("non",),
    ),  # rejection/non_stata_selezionat
    "8a78c3509b7903f5": (
        ("purtroppo",),
        ("otremo", "ossiamo", "candidat", "rocederemo", "roseguiremo"),
    ),  # rejection/purtroppo_altro_candidat
    "e998f93c8a5e3be7": (
        ("donner", "retenir", "poursuivre"),
        ("vons", "rrons"),
        ("pou",),
    ),  # rejection/ne_pouvons_pas_donner_suite
    "93552f83716359a6": (("retenu",), ("été",), ("n'a", "pas")),  # rejection/pas_été_retenu
    "550285975cf1c351": (
        ("malheureusement",),
        ("vons", "rrons", "donner", "retenu", "candidat", "d'autres", "correspond", "poursuivre"),
    ),  # rejection/malheureusement_pas_retenu
    "62de16676e1c7f45": (
        ("sommes", "regrettons"),
        ("nous",),
        ("vous",),
    ),  # rejection/nous_regrettons_de_vous
    "1017c7337cedc312": (
        ("retenu",),
        ("profil", "candidat"),
        ("un", "une", "d'autres"),
    ),  # rejection/retenu_un_candidat
    "d247f21b3742fe15": (("négative", "défavorable"),),  # rejection/suite_défavorable
    "f36e7cad54dc29e0": (("unfortunately",),),  # rejection/unfortunately
    "de598e10bfd7a647": (("regrettably",),),  # rejection/regrettably
    "7042f5e629cdba65": (
        ("file",),
        ("on",),
        ("cv", "resume", "details", "profile", "application", "information"),
    ),  # rejection/we_will_keep_your_resume
    "dfba0aec167ba758": (
        ("in", "file"),
        ("cv", "resume", "details", "profile", "information"),
        ("keep",),
    ),  # rejection/keep_your_resume_on_file
    "79b51649543dc217": (
        ("wish",),
        ("best", "luck", "success"),
        ("hunt", "career", "future", "search", "endeavo"),
    ),  # rejection/wish_you_best_in_your
    "917353ad29e72e2e": (("invite", "encourage"),),  # rejection/encourage_you_to_apply
    "c580282c0d72b4ce": (
        ("better", "closely", "directly"),
        (
            "fit",
            "fits",
            "suit",
            "align",
            "match",
            "suits",
            "aligns",
            "aligned",
            "matched",
            "matches",
        ),
    ),  # rejection/more_closely_match
    "787b3ada608d9306": (("unsuccessful",),),  # rejection/unsuccessful
    "c98421bea19ff69a": (
        ("closely",),
        ("match",),
        ("needs", "requirements"),
    ),  # rejection/closely_match_our_needs
    "2c3594a382a9236c": (("news", "outcome", "disappointing"),),  # rejection/this_is_not_the_news
    "87e1254d6c021718": (("decision", "competitive"),),  # rejection/difficult_decision
    "52c8b02bf549295d": (("leider",),),  # rejection/leider
    "b4f60d71459ad9ec": (
        ("wünschen",),
        ("ihnen",),
        ("alles", "erfolg"),
    ),  # rejection/wünschen_ihnen_erfolg
    "df20c55c275ef199": (
        ("purtroppo", "infelizmente", "lamentablemente", "desafortunadamente"),
    ),  # rejection/lamentablemente
    "8ba3bb73a74cb5d2": (("talent", "talentos"),),  # rejection/talent_pool
    "60ab0226966bba28": (
        ("deseamos",),
        ("éxito", "suerte"),
        ("te",),
    ),  # rejection/te_deseamos_éxito
    "14e1cd03e71e3e2e": (("malheureusement",),),  # rejection/malheureusement
    "97cee6fd1569ad6f": (
        ("souhaitons", "continuation"),
        ("chance", "succès", "réussite", "continuation"),
    ),  # rejection/nous_vous_souhaitons_succès
    "7690db794cceb794": (
        ("best", "right", "enough", "strong"),
        ("fit", "match"),
        ("you",),
    ),  # rejection/not_the_right_match_en
    "6add9aa9c2e5faa4": (
        ("profil", "parcours", "expérience", "recherchons"),
    ),  # rejection/profil_ne_correspond_pas_fr
    "6bd6fc0ce07d1fe6": (
        ("perfil", "buscamos", "buscando", "experiencia"),
    ),  # rejection/no_encaja_con_lo_que_buscamos_es
    "83cd92e66a9d95b3": (("profil", "werdegang"),),  # rejection/profil_passt_nicht_de
    "ac9430f6937c1333": (
        ("rofilo", "ercorso"),
        ("linea", "adatto", "coerente", "allineato", "rispecchia", "corrisponde"),
        ("non",),
    ),  # rejection/profilo_non_corrisponde_it
    "cd75be4be6b89a2e": (
        ("perfil", "currículo"),
        ("adequa", "atende", "encaixa", "alinhado", "corresponde"),
        ("não",),
    ),  # rejection/perfil_nao_corresponde_pt
    "dfa147d1a9134d93": (
        ("past", "sluit"),
        ("niet", "onvoldoende"),
        ("je", "uw", "jouw"),
    ),  # rejection/profiel_past_niet_nl
    "4a7023364ea1b829": (
        ("bewerber", "kandidat"),
        ("andere",),
        ("besser",),
    ),  # rejection/andere_kandidaten_passen_besser_de
    "08e1e4d8b733d5bb": (
        ("répondent", "répondaient", "correspondent", "correspondaient"),
        ("d'autres",),
        ("profils", "candidats", "candidatures"),
    ),  # rejection/autres_candidats_correspondent_mieux_fr
    "acfd15d0a215539b": (
        ("candidat", "perfiles"),
        ("ajustan", "encajan", "ajustaban", "encajaban"),
        ("mejor",),
    ),  # rejection/otros_candidatos_encajan_mejor_es
    "8384d93fbc85abcf": (
        ("profili", "candidati"),
        ("altri",),
        ("linea", "adatti", "vicini", "allineati"),
    ),  # rejection/altri_candidati_piu_in_linea_it
    "44e83bc3545246b6": (
        ("encaixa", "dequados", "derentes", "linhados"),
        ("outros",),
        ("perfis", "candidatos"),
    ),  # rejection/outros_candidatos_mais_alinhados_pt
    "e5051078ca403472": (
        ("kandidaten",),
        ("andere",),
        ("passen", "pasten", "sloten", "sluiten"),
    ),  # rejection/andere_kandidaten_sluiten_beter_aan_nl
    "7331edc93c487aee": (
        ("further", "candidacy", "application"),
    ),  # rejection/not_taking_your_application_further_en
    "602e22f121e5f608": (("candidature",),),  # rejection/ne_pas_donner_suite_candidature_fr
    "08380ef199ba90ae": (
        ("seguir", "avanzar", "continuar"),
        ("poder", "vamos", "podemos", "podremos"),
        ("tigo", "usted"),
    ),  # rejection/no_poder_seguir_adelante_contigo_es
    "e89218be7b85a586": (
        ("invite",),
        ("round", "interview", "conversation"),
        ("you",),
    ),  # rejection/not_invite_you_to_interview_en
    "c4284edfbf6ccadd": (
        ("siguiente", "entrevista"),
        ("invitarle", "invitarte", "convocarle", "convocarte"),
        ("vamos", "podemos", "podremos"),
    ),  # rejection/no_vamos_a_invitarte_a_entrevista_es
    "9919ff924cda751b": (
        ("gespräch", "einladung", "interview", "vorstellungsgespräch"),
    ),  # rejection/nicht_zum_gespraech_einladen_de
    "66ecbb57451b54fe": (
        ("entretien", "rencontre"),
        ("convier", "inviter", "proposer", "convoquer"),
        ("vous",),
    ),  # rejection/pas_vous_inviter_entretien_fr
    "16a361de42dc4ea8": (
        ("colloquio",),
        (
            "possiamo",
            "invitarla",
            "invitarti",
            "convocarla",
            "convocarti",
            "inviteremo",
            "convocheremo",
        ),
        ("non",),
    ),  # rejection/non_invitarti_colloquio_it
    "bd41252246adbd66": (
        ("entrevista",),
        ("chamá-l", "convidar", "convidá-l", "convidar-te"),
        ("vamos", "iremos", "podemos", "poderemos"),
    ),  # rejection/nao_convidar_para_entrevista_pt
    "dac5278b73095ffd": (("odigen", "nodigen"),),  # rejection/niet_uitnodigen_voor_gesprek_nl
    "f3df92d5de9f2df3": (
        ("candidacies", "applications"),
        ("cancel", "closed", "withdrawn"),
        ("all", "every"),
    ),  # rejection/closed_all_applications_en
    "c185191731e6fa51": (
        ("candidature",),
        ("chiuso", "annullato", "archiviato"),
        ("tutte",),
    ),  # rejection/chiuso_tutte_le_candidature_it
    "5cac0b3e78a57ef5": (
        ("solicitudes", "candidaturas", "postulaciones"),
        ("cerrado", "archivado", "cancelado"),
        ("todas",),
    ),  # rejection/cerrado_todas_las_candidaturas_es
    "2f15d0ecc253663b": (
        ("candidaturas",),
        (
            "fechado",
            "fechamos",
            "arquivado",
            "cancelado",
            "encerrado",
            "arquivamos",
            "cancelamos",
            "encerramos",
        ),
        ("todas",),
    ),  # rejection/encerramos_todas_as_candidaturas_pt
    "1f7cbe825aa08e33": (
        ("candidatures",),
        ("toutes", "l'ensemble"),
        ("clos", "fermé", "annulé", "clôturé"),
    ),  # rejection/cloture_toutes_les_candidatures_fr
    "163dedc0bb807ee4": (
        ("bewerbungen", "kandidaturen", "bewerbungsverfahren"),
        ("beendet", "storniert", "geschlossen", "abgeschlossen"),
        ("alle",),
    ),  # rejection/alle_bewerbungen_geschlossen_de
    "3ecf5e11ba2f22c9": (
        ("sollicitaties",),
        ("gesloten", "beëindigd", "stopgezet", "afgesloten", "geannuleerd"),
        ("alle",),
    ),  # rejection/alle_sollicitaties_gesloten_nl
    "39e5578d2f7de1e8": (
        ("cancel", "frozen", "suspended"),
        ("hiring", "search", "recruiting", "recruitment", "requisition"),
        ("is", "was", "been"),
    ),  # rejection/search_frozen_en
    "94273203404b5ed3": (
        ("ricerca", "posizione", "selezione"),
        ("sospes", "bloccat", "annullat", "congelat"),
        ("stat", "resta", "viene"),
    ),  # rejection/ricerca_sospesa_it
    "5c59bc5f39b87436": (
        ("cancelad", "congelad", "paralizad", "suspendid"),
        ("proceso", "vacante", "búsqueda", "selección", "contratación"),
        ("está", "sido", "queda", "quedado"),
    ),  # rejection/proceso_congelado_es
    "95fd0c117e7c779e": (
        ("suspens", "cancelad", "congelad"),
        ("vaga", "processo", "contratação", "recrutamento"),
        ("foi", "está", "ficou"),
    ),  # rejection/processo_congelado_pt
    "3a63385e37985dfb": (
        ("poste", "processus", "recrutement"),
        ("gelé", "annulé", "suspendu"),
        ("est", "été"),
    ),  # rejection/recrutement_gele_fr
    "58e715d2ea6c4bd9": (
        ("gestoppt", "storniert", "ausgesetzt", "gestrichen", "eingefroren"),
        ("stelle", "besetzung", "rekrutierung", "auswahlverfahren", "stellenbesetzung"),
        ("ist", "wird", "wurde"),
    ),  # rejection/stelle_eingefroren_de
    "a692d0c3e061eb66": (
        ("bevroren", "stopgezet", "opgeschort", "geannuleerd"),
        ("werving", "vacature", "procedure", "selectieprocedure"),
        ("is", "wordt"),
    ),  # rejection/vacature_bevroren_nl
    "147efa4660d6ab65": (
        ("auguriamo",),
        ("bocca", "meglio", "fortuna", "successo"),
        ("le", "ti", "vi"),
    ),  # rejection/ti_auguriamo_successo_it
    "28cad8b5e3f7b322": (
        ("desejamos",),
        ("tudo", "sorte", "sucesso"),
    ),  # rejection/desejamos_sucesso_pt
    "ee298d2bd9fe4ad6": (("filled", "internally"),),  # rejection/vacancy_filled_en
    "dbbf966e73718c09": (("besetzt", "vergeben"),),  # rejection/vacancy_filled_de
    "6f694ef2c8f9e2ac": (
        ("comblé", "pourvu", "attribué", "pourvoir"),
    ),  # rejection/vacancy_filled_fr
    "1cf234c51b9db1ce": (
        ("ocupó", "cubrió", "ocupad", "cubiert", "ocupado", "cubierto"),
    ),  # rejection/vacancy_filled_es
    "adb022d616922fdb": (
        ("copert", "assegnat", "ricopert", "selezione"),
    ),  # rejection/vacancy_filled_it
    "a33e889f0eaeeebf": (
        ("fechad", "ocupad", "encerrad", "preenchid"),
        ("vaga", "cargo", "função", "posição"),
        ("foi", "está", "tenha", "esteja"),
    ),  # rejection/vacancy_filled_pt
    "debcaecfca68c1c4": (
        ("functie", "positie", "vacature"),
        ("vervuld", "ingevuld", "vergeven"),
    ),  # rejection/vacancy_filled_nl
    "3a4be3a0e03c1310": (
        ("procedere", "continuare", "proseguire", "candidatura"),
    ),  # rejection/continue_with_others_it
    "791446b3beb3cfb2": (("kandida",),),  # rejection/continue_with_others_nl
    "5c0ce0c22a011e6a": (
        ("poursuivre",),
        ("profil", "candidat"),
        ("choisi", "décidé", "préféré"),
    ),  # rejection/continue_with_others_fr
    "aad1f7da7f44f2d9": (
        ("further",),
        ("tak",),
        ("this", "things", "candidacy", "application"),
    ),  # rejection/not_taking_it_further_en
    "f2fbc16f7eedb655": (
        ("best", "right", "strong"),
        ("fit", "match"),
        ("not", "isn't", "wasn't"),
    ),  # rejection/not_quite_the_right_fit_en
    "f9ee1f662bcf36a2": (
        ("further",),
        ("moved", "taken", "progressed"),
        ("ill", "on't"),
    ),  # rejection/no_longer_available_taken_further
    "5f8104c788726109": (
        ("fit",),
        ("we", "for"),
        ("is", "are", "was", "isn't", "aren't", "wasn't"),
    ),  # rejection/isnt_quite_the_fit
    "5537b8a2a7661bab": (("pass",), ("we",), ("'re", "are", "decided")),  # rejection/going_to_pass
    "892467293c7cfddf": (
        ("candidatura",),
        ("andremo", "potremo", "possiamo", "procederemo"),
        ("non",),
    ),  # rejection/non_proseguire_candidatura_it
    "7fa93d3ba5e4522a": (
        ("volgende",),
        ("nemen",),
        ("niet",),
    ),  # rejection/niet_mee_volgende_ronde_nl
    "61517ea4cad82789": (
        ("kandidate",),
        ("andere",),
        ("beter",),
    ),  # rejection/andere_kandidaten_beter_aansluiten_nl
    "f1753e09e2880e31": (
        ("correspond",),
        ("d'autres",),
        ("candidat",),
    ),  # rejection/candidats_correspondent_mieux_fr
    "a04882e25ca2fa16": (
        ("bewerber", "kandidat"),
        ("andere", "anderen"),
        ("passt", "passen", "entspricht", "entsprechen"),
    ),  # rejection/andere_bewerber_besser_de
    "684b3109f27fa2e9": (
        ("candidat",),
        ("adequa", "ajusta", "encaixa", "adattano", "rispondono"),
        ("altri", "otros", "outros"),
    ),  # rejection/otros_candidatos_se_ajustan_mejor_es_pt_it
    "2aa7f47f56e3e951": (
        (
            "some",
            "chose",
            "hired",
            "chosen",
            "person",
            "another",
            "finalist",
            "internal",
            "profiles",
            "selected",
            "applicant",
            "appointed",
            "candidate",
            "finalists",
            "applicants",
            "candidates",
            "individual",
            "individuals",
        ),
    ),  # rejection/chose_another_person_en
    "f87c8770ddf0a296": (
        ("perfil", "alguien", "persona", "candidat", "compañer", "aspirante", "postulante"),
        (
            "cubrir",
            "optado",
            "seguir",
            "avanzar",
            "elegida",
            "elegido",
            "ofrecer",
            "optamos",
            "optaron",
            "quedado",
            "apostado",
            "cubierto",
            "decidido",
            "elegimos",
            "escogido",
            "ofrecido",
            "quedamos",
            "seguimos",
            "avanzamos",
            "continuar",
            "contratar",
            "decantado",
            "decidimos",
            "eligieron",
            "escogimos",
            "inclinado",
            "ofrecimos",
            "proseguir",
            "quedarnos",
            "contratado",
            "decantamos",
            "decidieron",
            "inclinamos",
            "preferimos",
            "quedaremos",
            "seguiremos",
            "avanzaremos",
            "continuamos",
            "prefirieron",
            "seleccionado",
            "continuaremos",
            "seleccionamos",
        ),
    ),  # rejection/chose_another_person_es
    "c096d3aca5a8407e": (
        (
            "fechar",
            "optado",
            "seguir",
            "apostar",
            "avançar",
            "optamos",
            "decidido",
            "fechamos",
            "oferecer",
            "seguimos",
            "avançamos",
            "continuar",
            "contratar",
            "decidimos",
            "escolhido",
            "oferecido",
            "preencher",
            "contratado",
            "escolhemos",
            "oferecemos",
            "prosseguir",
            "seguiremos",
            "avançaremos",
            "contratamos",
            "selecionado",
            "selecionamos",
            "continuaremos",
            "prosseguiremos",
        ),
    ),  # rejection/chose_another_person_pt
    "8ef2b5080bb483bb": (
        (
            "vorzug",
            "zusage",
            "besetzt",
            "gewählt",
            "anbieten",
            "besetzen",
            "vergeben",
            "angeboten",
            "ausgewählt",
            "fortfahren",
            "beschlossen",
            "eingestellt",
            "entscheiden",
            "entschieden",
            "entschlossen",
            "fortzufahren",
            "weitermachen",
            "weiterzumachen",
        ),
    ),  # rejection/chose_another_person_de
    "3aab37214370781a": (
        (
            "profil",
            "interne",
            "candidat",
            "d'autres",
            "personne",
            "postulant",
            "quelqu'un",
            "candidature",
        ),
        (
            "opté",
            "choix",
            "opter",
            "choisi",
            "confié",
            "décidé",
            "retenu",
            "avancer",
            "choisir",
            "confier",
            "orienté",
            "proposé",
            "préféré",
            "recruté",
            "retenir",
            "attribué",
            "avançons",
            "embauché",
            "proposer",
            "préférer",
            "attribuer",
            "continuer",
            "continuons",
            "poursuivre",
            "privilégié",
            "poursuivons",
            "privilégier",
            "sélectionné",
        ),
    ),  # rejection/chose_another_person_fr
    "6a8b87515b8a004e": (
        (
            "profil",
            "collega",
            "persona",
            "persone",
            "profilo",
            "qualcun",
            "risorsa",
            "candidat",
            "qualcuno",
            "qualcun'altra",
        ),
        (
            "avanti",
            "deciso",
            "optato",
            "scelto",
            "assunto",
            "offerto",
            "offrire",
            "puntare",
            "puntato",
            "affidare",
            "affidato",
            "orientat",
            "assegnare",
            "assegnato",
            "preferito",
            "procedere",
            "scegliere",
            "continuare",
            "proseguire",
            "individuato",
            "selezionato",
        ),
    ),  # rejection/chose_another_person_it
    "705d1e8ef5108708": (
        (
            "iemand",
            "gekozen",
            "interne",
            "kandida",
            "persoon",
            "aangenomen",
            "sollicitant",
            "geselecteerd",
        ),
    ),  # rejection/chose_another_person_nl
    "3efb10d40a8640c6": (
        (
            "close",
            "annulé",
            "anulad",
            "cancel",
            "hiring",
            "search",
            "optamos",
            "proceso",
            "tivemos",
            "vacante",
            "werving",
            "annullat",
            "búsqueda",
            "cancelad",
            "chiudere",
            "decidido",
            "gestoppt",
            "supprimé",
            "vacature",
            "withdraw",
            "abandonné",
            "annullare",
            "cancellat",
            "decidimos",
            "interrott",
            "procedure",
            "processus",
            "selection",
            "stopgezet",
            "storniert",
            "annulliert",
            "aufgehoben",
            "cancellare",
            "gestrichen",
            "abgebrochen",
            "discontinue",
            "eingestellt",
            "geannuleerd",
            "ingetrokken",
            "recruitment",
            "recrutement",
            "convocatoria",
            "interrompere",
            "zurückgezogen",
            "selectieprocedure",
            "wervingsprocedure",
            "sollicitatieprocedure",
        ),
    ),  # rejection/selection_process_cancelled
    "8903160f10ee9d44": (
        (
            "th",
            "está",
            "niet",
            "entre",
            "estás",
            "forma",
            "figura",
            "formas",
            "zählen",
            "zählst",
            "figuras",
            "gehören",
            "gehörst",
            "persone",
            "profili",
            "profils",
            "bewerber",
            "candidat",
            "kandidat",
            "encuentra",
            "personnes",
            "encuentras",
            "genodigden",
            "kandidaten",
            "ausgewählten",
            "eingeladenen",
            "geselecteerde",
            "sollicitanten",
        ),
    ),  # rejection/not_among_the_chosen
    "d49312de43d0e8df": (
        (
            "proceso",
            "processo",
            "procedere",
            "continuare",
            "fortführen",
            "fortsetzen",
            "proseguire",
            "procederemo",
            "continueremo",
            "fortzuführen",
            "fortzusetzen",
            "proseguiremo",
            "weiterführen",
            "weiterzuführen",
        ),
    ),  # rejection/not_continue_the_process_with_you
    "b89f4b85b767e420": (
        (
            "niet",
            "choix",
            "nicht",
            "andere",
            "choice",
            "iemand",
            "jemand",
            "kolleg",
            "recaiu",
            "escolha",
            "externe",
            "interne",
            "kandida",
            "persoon",
            "recaído",
            "bewerber",
            "decision",
            "kandidat",
            "ricaduta",
            "mitbewerber",
            "sollicitant",
        ),
    ),  # rejection/choice_fell_elsewhere
    "b9f62980a97c9275": (
        ("perfil", "solicitud", "candidatura", "candidature"),
    ),  # rejection/application_could_not_be_chosen
    "0fd791b71b21095f": (
        ("pass",),
        ("on", "for", "this"),
        ("to", "'ll", "will", "going", "gonna", "we're", "decided"),
    ),  # rejection/going_to_pass_en
    "706d32bd44785514": (
        ("coming", "meeting", "interviewing"),
    ),  # rejection/pass_after_the_interview_en
    "e52c96090b5f1bab": (
        ("verder", "procedure", "aanmelding", "kandidatuur", "sollicitatie", "kandidaatstelling"),
    ),  # rejection/not_on_with_your_application_nl
    "385eb48ea309b1d8": (
        (
            "bewerbung",
            "fortfahren",
            "fortsetzen",
            "entschieden",
            "weitergehen",
            "weitermachen",
            "zusammenarbeit",
        ),
    ),  # rejection/not_on_with_your_application_de
    "f8ef236ee64ceede": (
        ("aplica", "proceso", "processo", "postulaci", "solicitud", "candidatura"),
    ),  # rejection/not_on_with_your_application_es_pt_it
    "24d246c7266ec3e3": (
        ("aller", "profil", "continuer", "poursuivre", "candidature"),
        ("ne",),
    ),  # rejection/not_on_with_your_application_fr
    "3de782bd8301a018": (
        (
            "bewerbung",
            "candidacy",
            "application",
            "candidatura",
            "candidature",
            "kandidatuur",
            "sollicitatie",
        ),
        (
            "chius",
            "absage",
            "cerrad",
            "closed",
            "refusé",
            "retenu",
            "archivé",
            "clôturé",
            "forward",
            "respint",
            "scartat",
            "archived",
            "declined",
            "encerrad",
            "gesloten",
            "rechazad",
            "rejected",
            "reprovad",
            "selected",
            "abgelehnt",
            "afgewezen",
            "archiviat",
            "descartad",
            "archiviert",
            "selecionad",
            "selezionat",
            "geschlossen",
            "seleccionad",
            "disqualified",
            "gearchiveerd",
            "geselecteerd",
            "unsuccessful",
            "consideration",
            "berücksichtigt",
        ),
    ),  # rejection/ats_status_not_selected
    "282fb4d2287ffd0d": (
        (
            "auswahl",
            "nächste",
            "volgende",
            "shortlist",
            "selecionad",
            "selezionat",
            "seleccionad",
            "sélectionné",
        ),
    ),  # rejection/not_shortlisted_all
    "052359031b7f7fd2": (
        (
            "search",
            "verder",
            "looking",
            "buscando",
            "recherche",
            "zoektocht",
            "continuare",
            "fortführen",
            "fortsetzen",
            "procurando",
            "proseguire",
            "recruiting",
            "seguiremos",
            "continueremo",
            "proseguiremo",
            "weiterführen",
            "continuaremos",
        ),
    ),  # rejection/search_goes_on
    "7639758da955fc6e": (
        ("clos",),
        ("role", "search", "opening", "vacancy", "recruitment", "requisition"),
        ("ed", "ing"),
    ),  # rejection/closed_without_appointing_en
    "97773db20bf397d1": (
        ("skill", "profile", "background", "experience", "qualifications"),
        ("fit", "meet", "align", "match"),
        ("your",),
    ),  # rejection/background_does_not_align_en
    "fcb37530c9ba3838": (("work",), ("out",), ("it", "this")),  # rejection/not_going_to_work_out_en
    "0247fa3a562b5d4b": (
        (
            "news",
            "better",
            "melhor",
            "nieuws",
            "happier",
            "miglior",
            "noticia",
            "notícias",
            "meilleure",
            "nachricht",
            "nachrichten",
            "rückmeldung",
        ),
    ),  # rejection/not_better_news
    "59225540377834c4": (
        (
            "best",
            "good",
            "bocca",
            "goeds",
            "sorte",
            "auguro",
            "succes",
            "sucesso",
            "deseamos",
            "allerbeste",
            "continuation",
        ),
    ),  # rejection/good_wishes_nl_it_pt_fr
    "5a89f05634667e90": (("oferta", "laboral"),),  # offer/oferta_laboral
    "2426617f28c6b097": (
        ("functie", "contractaanbod", "arbeidsvoorwaardenvoorstel"),
    ),  # offer/aanbod_doen_voor_de_functie
    "277da6aaaf67fadd": (("proposta",), ("contrata",), ("de",)),  # offer/proposta_de_contratação
    "31b63eef5e2f95d1": (
        ("offer",),
        ("ready",),
        ("sign", "signature"),
    ),  # offer/offer_ready_to_sign_2
    "3d4aa1e1d88077fb": (("revise", "improve"), ("offer",)),  # offer/revise_offer
    "38e03c8d1dccb342": (("bonus",), ("sign",), ("-on", "ing")),  # offer/sign_on_bonus
    "842dae0eeb5c1ac7": (
        ("offer",),
        ("ready", "waiting", "available"),
        ("sign", "review", "signature"),
    ),  # offer/offer_ready_to_sign
    "e952a27fc046d0ae": (
        ("offer", "letter", "employment"),
        ("sign",),
        ("your",),
    ),  # offer/esign_your_offer
    "05e5e3073ded5d43": (
        ("make", "offer", "extend"),
        ("glad", "happy", "excited", "pleased", "thrilled", "delighted"),
        ("job", "role", "offer", "position"),
    ),  # offer/pleased_to_extend_offer
    "a6088b5b7f30fed7": (
        ("offer",),
        ("happy", "excited", "pleased", "thrilled", "delighted"),
        ("to",),
    ),  # offer/pleased_to_offer_you
    "790af5f4c52870f8": (
        ("offer", "extend"),
        ("ike", "ove"),
        ("job", "role", "offer", "position"),
    ),  # offer/would_like_to_extend_offer
    "3baec7ed34f8e95f": (("offer",), ("make", "extend", "making")),  # offer/extend_offer
    "2ca04c8cbb4a44ed": (
        ("offer",),
        ("happy", "excited", "pleased", "thrilled", "delighted"),
        ("send", "share", "attach", "confirm"),
    ),  # offer/pleased_to_share_your_offer
    "97b8739b0e3c4952": (
        ("to",),
        ("on", "hire", "aboard"),
        ("ike", "ove", "want", "decided"),
    ),  # offer/want_to_bring_you_on
    "8a46c8421dc3599a": (
        ("to",),
        ("as", "join", "team", "board", "aboard"),
        ("have",),
    ),  # offer/love_to_have_you_join
    "38e86fc5316e9939": (
        ("offer", "welcome"),
        ("happy", "excited", "pleased", "thrilled", "delighted"),
        ("to",),
    ),  # offer/excited_to_welcome_you_to
    "127a8f80252ec743": (("offer",), ("back",), ("ame", "ome")),  # offer/have_come_back_with_offer
    "aa65ca618df1a3ae": (
        ("zusage", "angebot", "anbieten", "anzubieten"),
        ("freue",),
        ("uns", "mich"),
    ),  # offer/freuen_uns_anbieten
    "bb8375d10413fd7e": (
        ("jobangebot", "arbeitsvertrag", "vertragsangebot", "einstellungszusage"),
    ),  # offer/vertragsangebot
    "a14c6aeaab6402ad": (
        ("anbieten",),
        ("stelle", "angebot", "position"),
        ("ihnen",),
    ),  # offer/ihnen_die_stelle_anbieten
    "31c80d05d25666ef": (
        ("hacerte", "ofrecerle", "ofrecerte", "comunicarte"),
        ("alegra", "placer", "complace", "encantad"),
    ),  # offer/nos_complace_ofrecerte
    "8c8896c1cf5edf22": (("oferta",),),  # offer/carta_de_oferta
    "41473db3265dae7e": (("ofrecerte",), ("queremos",)),  # offer/queremos_ofrecerte
    "37cd13ef64490fcf": (
        ("d'embauche",),
        ("messe", "position"),
        ("pro",),
    ),  # offer/proposition_embauche
    "fe3e41ea6df1244b": (
        ("plaisir",),
        ("faire", "offrir", "proposer"),
        ("vous",),
    ),  # offer/avons_le_plaisir_de_vous
    "210779ea21e2b267": (("proposer",), ("poste",), ("vous",)),  # offer/vous_proposer_le_poste
    "b6c2b876e996c4c5": (
        ("ofertar", "oferecer", "proposta"),
        ("prazer", "ficamos"),
    ),  # offer/temos_prazer_oferecer
    "168e15812ac59fa6": (("oferta", "proposta"),),  # offer/carta_oferta
    "6fb09774879f8292": (
        ("offrirle", "offrirti", "proporti"),
        ("siamo", "abbiamo"),
        ("di",),
    ),  # offer/siamo_lieti_di_offrirti
    "3555814b3c20c330": (("lettera", "offerta", "assunzione"),),  # offer/lettera_di_offerta
    "1143a8fca820a401": (("welcome",), ("team", "aboard")),  # offer/welcome_aboard
    "b877adaae73503ec": (
        ("formal", "written", "official"),
        ("offer", "contract", "paperwork"),
    ),  # offer/formal_paperwork
    "45eeeac439fae5aa": (("congrat",), ("join", "offer", "welcome")),  # offer/congratulations_offer
    "3334c298966fa099": (("congrat",), ("offer",)),  # offer/offer_congratulations
    "8f2c054ec183e34e": (
        ("letter", "details", "package", "paperwork", "employment"),
        ("offer",),
    ),  # offer/your_offer_letter
    "9d23368857967bea": (("letter", "employment"), ("offer",)),  # offer/offer_letter
    "7aecf690b854dd79": (
        ("offer",),
        (
            "final",
            "formal",
            "verbal",
            "revised",
            "updated",
            "written",
            "official",
            "contingent",
            "conditional",
        ),
        ("our", "the", "your"),
    ),  # offer/your_formal_offer
    "13155972ecb561bc": (
        ("offer",),
        ("recap", "detail", "confirm", "outline", "summari"),
        ("our", "the", "your"),
    ),  # offer/summaris_the_offer
    "87da2ed196e9f5ba": (("offer",), ("for",), ("the", "you", "this")),  # offer/the_offer_for_the
    "148f94f2a67cbab6": (
        ("offer", "package", "compensation"),
        ("final", "revised", "updated", "improved"),
    ),  # offer/revised_offer
    "8b6843fcb366e2c4": (("offer", "accept", "contract"),),  # offer/accept_the_offer
    "deadf153d1e0772f": (
        ("offer", "aanbod", "oferta", "angebot", "offerta", "proposta", "proposition"),
    ),  # offer/offer
    "2af9053f46dbc6ea": (("base", "annual", "salary"),),  # offer/base_salary
    "bfe2bb385709d242": (
        ("target", "joining", "sign-on", "signing", "relocation"),
    ),  # offer/signing_bonus
    "8f4215615f71909c": (("rsu", "equity", "options"),),  # offer/equity
    "a856d8b9df932436": (("start",),),  # offer/start_date
    "55ebab1d024ca839": None,  # offer/rate
    "6d510c2a66be8dce": (
        ("début", "gehalt", "salaire", "salario", "startdatum", "incorporación", "eintrittsdatum"),
    ),  # offer/gehalt
    "36729d0b60394653": (("join",), ("to",), ("as", "role")),  # offer/love_for_you_to_join_as_en
    "fe53da3cd9e513d6": (
        ("siamo", "saremmo", "vorremmo", "piacerebbe"),
        ("verla", "verti", "ccoglierla", "ccoglierti"),
        ("con", "tra", "team", "bordo", "squadra"),
    ),  # offer/vorremmo_averti_in_squadra_it
    "e54ecc4b521bcbaa": (
        ("gustaría", "queremos", "encantaría", "estaríamos"),
        ("contigo", "sumarte", "tenerte", "incorporarte"),
        ("como", "bordo", "equipo"),
    ),  # offer/contar_contigo_como_es
    "ee2b8f25549c1cda": (
        ("würden", "möchten"),
        ("holen", "begrüßen", "einstellen", "willkommen"),
        ("gern",),
    ),  # offer/sie_gerne_einstellen_de
    "b3d16db959e77a7a": (
        ("compter", "rejoindre", "accueillir"),
        ("sommes", "serions", "aimerions", "souhaitons"),
        ("rangs", "équipe", "effectifs"),
    ),  # offer/vous_accueillir_dans_notre_equipe_fr
    "c4b6be3e7ffbf362": (
        ("queremos", "ficaríamos", "adoraríamos", "gostaríamos"),
        ("ter", "você", "contar"),
        ("no", "como", "bordo", "equipe"),
    ),  # offer/ter_voce_no_time_pt
    "0abecf709494a197": (
        ("dienst", "willen", "aannemen", "verwelkomen"),
    ),  # offer/je_graag_aannemen_nl
    "18abf718df4066cc": (
        ("formali",),
        ("offer",),
        ("our", "the", "this", "your"),
    ),  # offer/formalise_the_offer_en
    "4a3257fd8aabc1d1": (("formaliza",), ("proposta",)),  # offer/formalizamos_proposta_pt
    "3479d05e7787bda0": (("formaliza",), ("oferta", "propuesta")),  # offer/formalizar_oferta_es
    "6a788cf3a12e04bd": (
        ("formalizz",),
        ("offerta", "proposta"),
        ("are", "ando", "iamo"),
    ),  # offer/formalizzare_proposta_it
    "9c7febe5fb7f94e8": (
        ("formalis",),
        ("offre", "proposition"),
        ("er", "ant", "ons"),
    ),  # offer/formaliser_proposition_fr
    "c16cfdde3307778a": (("formalisieren",),),  # offer/angebot_formalisieren_de
    "a717d357a5bae09f": (("formaliseren",),),  # offer/aanbod_formaliseren_nl
    "9b82a5fe34c46f22": (("employment",),),  # offer/terms_of_employment_en
    "bb952c1ac104c9fd": (("arbeidsvoorwaarden",),),  # offer/arbeidsvoorwaarden_nl
    "2d93dfae98e61d76": (
        ("vertragsbedingungen", "vertragskonditionen", "anstellungsbedingungen"),
    ),  # offer/vertragskonditionen_de
    "f8e1c65345db2c6e": (
        ("conditions",),
        ("d'emploi", "d'embauche", "contractuelles"),
    ),  # offer/conditions_contractuelles_fr
    "85e564b3f4bfc4b1": (
        ("contratación", "contractuales"),
        ("condiciones",),
    ),  # offer/condiciones_contractuales_es
    "f5cc2881d79ca959": (
        ("determinato", "contrattuali", "indeterminato"),
        ("con",),
    ),  # offer/condizioni_contrattuali_it
    "f1817c3870e0e867": (
        ("contratação", "contratuais"),
        ("condições",),
    ),  # offer/condicoes_contratuais_pt
    "b41f3118674503ea": (
        ("acceptance",),
        ("await", "forward"),
        ("your",),
    ),  # offer/await_your_acceptance_en
    "bf4b0f685ae94c3f": (
        ("aguardo", "aguardamos"),
        ("aceite",),
        ("seu", "teu"),
    ),  # offer/aguardo_do_seu_aceite_pt
    "60772e0e55a898dd": (
        ("aceptación",),
        ("espera", "esperamos"),
        ("de",),
    ),  # offer/espera_de_tu_aceptacion_es
    "a6d4686e04d1fdb6": (
        ("accettazione",),
        ("attesa", "attendiamo"),
        ("sua", "tua"),
    ),  # offer/attesa_accettazione_it
    "48db584f16f2aeb3": (
        ("acceptation",),
        ("attendons", "l'attente"),
        ("votre",),
    ),  # offer/attente_de_votre_acceptation_fr
    "dd252e063a0acae6": (
        ("angebot",),
        ("zusage", "annahme"),
        ("ihre", "deine"),
    ),  # offer/ihre_annahme_des_angebots_de
    "8ff12b564e506722": (("akkoord",), ("aanbod",), ("het", "ons")),  # offer/akkoord_op_aanbod_nl
    "e275cf4b6ec36561": (
        ("bieden",),
        ("baan", "functie", "positie", "contract"),
    ),  # offer/bieden_je_de_functie_aan_nl
    "72546442dfa2d411": (
        ("queremos", "queríamos", "encantaría", "gostaríamos"),
        ("contar",),
        ("voc", "ntigo", "usted"),
    ),  # offer/queremos_contar_contigo_es
    "81ef12f40f330785": (("oferta", "proposta"), ("carta",)),  # offer/carta_oferta_es_pt
    "1b5ae63df3bb3941": (
        ("offer",),
        ("ready", "available"),
        ("sign", "view", "e-sign", "review"),
    ),  # offer/your_offer_is_ready
    "109fd93f92f99258": (
        (
            "join",
            "team",
            "willen",
            "wollen",
            "würden",
            "zouden",
            "möchten",
            "voulons",
            "gustaría",
            "queremos",
            "vogliamo",
            "vorremmo",
            "aimerions",
            "rejoignes",
            "encantaría",
            "rejoigniez",
            "souhaitons",
            "adoraríamos",
            "gostaríamos",
        ),
    ),  # offer/want_you_on_the_team
    "45aa1ea83d38c8ec": (
        (
            "offer",
            "voici",
            "oferta",
            "angebot",
            "bijlage",
            "hierbij",
            "offerta",
            "ci-joint",
            "proposta",
            "propuesta",
        ),
    ),  # offer/here_is_the_offer
    "01b3031f30630fc1": (
        (
            "bieten",
            "machen",
            "willen",
            "zouden",
            "ofrecer",
            "voulons",
            "oferecer",
            "offrirle",
            "offrirti",
            "proporle",
            "proporti",
            "aimerions",
            "souhaitons",
        ),
    ),  # offer/offer_you_the_position
    "1fa2d50070c86b7f": (
        (
            "job",
            "baan",
            "role",
            "vaga",
            "plaza",
            "poste",
            "posto",
            "ruolo",
            "yours",
            "puesto",
            "stelle",
            "aprovad",
            "functie",
            "posición",
            "position",
            "conseguiu",
            "posizione",
            "aangenomen",
            "conseguido",
        ),
    ),  # offer/the_job_is_yours
    "9456b3becdeb0094": (
        (
            "follow",
            "vertrag",
            "contract",
            "contrato",
            "enverrons",
            "invieremo",
            "enviaremos",
            "transmettrons",
        ),
    ),  # offer/the_contract_follows
    "e21f818995d9fc4b": (
        (
            "poste",
            "aanbod",
            "oferta",
            "angebot",
            "offerta",
            "proposta",
            "propuesta",
            "vertragsangebot",
        ),
    ),  # offer/offer_for_the_position
    "a2f8f5e214f64b53": (
        (
            "offre",
            "aanbod",
            "oferta",
            "angebot",
            "offerta",
            "proposta",
            "propuesta",
            "un'offerta",
            "proposition",
        ),
        (
            "blij",
            "graag",
            "siamo",
            "alegra",
            "freuen",
            "prazer",
            "sommes",
            "abbiamo",
            "ficamos",
            "plaisir",
            "complace",
            "encantad",
            "verheugd",
        ),
    ),  # offer/pleased_to_make_an_offer
    "04e21399a83d64e9": (
        ("assessment", "arbeitsprobe", "probeaufgabe"),
    ),  # assessment/arbeitsprobe
    "dc0e74a2ec08de30": (
        (
            "quiz",
            "task",
            "test",
            "study",
            "exercise",
            "challenge",
            "assessment",
            "assignment",
            "evaluation",
        ),
        (
            "sql",
            "data",
            "home",
            "take",
            "logic",
            "short",
            "skill",
            "coding",
            "design",
            "online",
            "written",
            "aptitude",
            "hands-on",
            "cognitive",
            "numerical",
            "practical",
            "technical",
            "personality",
            "programming",
            "psychometric",
        ),
    ),  # assessment/coding_challenge
    "ae09889cb3d32353": (("take",), ("home",)),  # assessment/take_home
    "13271b98e7d83e83": (
        (
            "test",
            "study",
            "exercise",
            "challenge",
            "assessment",
            "assignment",
            "evaluation",
            "questionnaire",
        ),
        ("do", "take", "work", "begin", "start", "finish", "complete", "completing"),
    ),  # assessment/complete_the_assessment
    "fe69ab730d997612": (
        ("invited",),
        ("test", "exercise", "challenge", "assessment"),
        ("to",),
    ),  # assessment/invited_to_take_the_test
    "79870d09cab97df5": (
        (
            "mettl",
            "hirevue",
            "codility",
            "criteria",
            "testdome",
            "canditech",
            "coderbyte",
            "pymetrics",
            "codesignal",
            "devskiller",
            "hackerrank",
            "hackerearth",
            "testgorilla",
            "qualified.io",
        ),
    ),  # assessment/hackerrank
    "b437515ca904f1ac": (
        ("study", "sample", "portfolio", "presentation"),
        ("send", "submit", "prepare", "present"),
    ),  # assessment/prepare_case_study
    "cb8d79df4d7c3ee3": (
        ("study",),
        ("case",),
        ("by", "send", "submit", "within", "prepare", "deadline"),
    ),  # assessment/case_study_prepare
    "e37092967617adc9": (
        ("assessment",),
        ("link", "invite", "invitation"),
    ),  # assessment/assessment_link
    "eb5d29545f12e96a": (
        (
            "study",
            "online",
            "challenge",
            "fallstudie",
            "technische",
            "hausaufgabe",
            "testaufgabe",
            "eignungstest",
            "probeaufgabe",
            "einstufungstest",
            "programmieraufgabe",
        ),
    ),  # assessment/programmieraufgabe
    "2a1322d99e868ac1": (
        ("línea", "código", "online", "técnic", "práctic", "programación"),
        ("reto", "test", "prueba", "ejercicio", "evaluación"),
    ),  # assessment/prueba_técnico
    "8d2e64af54286017": (
        ("code", "ligne", "pratique", "technique", "programmation"),
        ("cas", "test", "exercice", "évaluation"),
    ),  # assessment/test_technique
    "4c72c918adb20783": (
        (
            "case",
            "test",
            "prova",
            "sfida",
            "teste",
            "desafio",
            "avaliação",
            "esercizio",
            "esercitazione",
        ),
        ("tic", "código", "online", "tecnic", "técnic", "programação", "programmazione"),
    ),  # assessment/teste_técnico
    "e93db177355e9b4f": (("étude",), ("cas",), ("de",)),  # assessment/étude_de_cas
    "83a2d59abd6246ce": (
        (
            "take",
            "test",
            "study",
            "desafio",
            "tecnica",
            "técnica",
            "técnico",
            "exercise",
            "challenge",
            "technique",
            "assessment",
            "programmieraufgabe",
        ),
    ),  # assessment/assessment
    "691fe64b55987080": (
        ("inventory", "questionnaire"),
        ("aptitude", "cognitive", "reasoning", "personality", "psychometric"),
    ),  # assessment/personality_questionnaire_en
    "268395c33bb5d913": (
        (
            "caseopdracht",
            "thuisopdracht",
            "capaciteitstest",
            "capaciteitentest",
            "praktijkopdracht",
            "programmeeropdracht",
            "persoonlijkheidstest",
            "persoonlijkheidsvragenlijst",
        ),
    ),  # assessment/capaciteitentest_nl
    "d2d23d4bc588acf1": (
        (
            "logiktest",
            "kompetenztest",
            "leistungstest",
            "fähigkeitstest",
            "intelligenztest",
            "persönlichkeitstest",
            "persönlichkeitsfragebogen",
        ),
    ),  # assessment/persoenlichkeitstest_de
    "424c9e26ce7973eb": (
        (
            "logique",
            "d'aptitude",
            "personnalité",
            "raisonnement",
            "questionnaire",
            "psychométrique",
            "psychotechnique",
        ),
    ),  # assessment/test_de_personnalite_fr
    "0644ab0e7650a7f5": (
        ("lógica", "aptitud", "psicotécnic", "cuestionario", "personalidad", "razonamiento"),
    ),  # assessment/test_psicotecnico_es
    "6503160a991da4b9": (
        (
            "logico",
            "personalità",
            "attitudinale",
            "psicometrico",
            "questionario",
            "ragionamento",
            "psicoattitudinale",
        ),
    ),  # assessment/test_attitudinale_it
    "9c7667c7756ab664": (
        ("lógica", "perfil", "raciocínio", "psicométrico", "psicotécnico", "personalidade"),
    ),  # assessment/teste_de_personalidade_pt
    "ce6cbf5d7ac94e69": (("prepare",), ("study",), ("case",)),  # assessment/case_study_prepare_deck
    "4ee0048b36749db3": (
        (
            "presentatie",
            "apresentação",
            "presentación",
            "präsentation",
            "présentation",
            "presentazione",
        ),
        ("case", "ctico", "étude", "estudo", "studio", "fallstudie"),
    ),  # assessment/caso_practico_presentacion
    "f0ccdb39b7c1ed62": (
        (
            "case",
            "casus",
            "übung",
            "aufgabe",
            "desafio",
            "exercice",
            "opdracht",
            "pratique",
            "práctico",
            "avaliação",
            "ejercicio",
            "esercizio",
            "assessment",
            "evaluación",
            "fallstudie",
            "fragebogen",
            "évaluation",
            "online-test",
            "valutazione",
            "vragenlijst",
            "cuestionario",
            "questionario",
            "questionário",
            "case-opdracht",
            "questionnaire",
        ),
    ),  # assessment/complete_the_test
    "927094d447823cc9": (
        (
            "case",
            "reto",
            "task",
            "übung",
            "prueba",
            "aufgabe",
            "compito",
            "desafio",
            "pratico",
            "exercice",
            "exercise",
            "opdracht",
            "pratique",
            "práctico",
            "challenge",
            "ejercicio",
            "esercizio",
            "exercício",
            "assignment",
            "fallstudie",
            "probearbeit",
            "praktijkopdracht",
        ),
        (
            "back",
            "pour",
            "send",
            "avant",
            "d'ici",
            "entro",
            "enviar",
            "mandar",
            "return",
            "senden",
            "sturen",
            "submit",
            "zurück",
            "abgeben",
            "leveren",
            "devolver",
            "entregar",
            "insturen",
            "opsturen",
            "schicken",
            "entrégalo",
            "envíamelo",
            "inleveren",
            "devuélvelo",
            "einreichen",
            "entregarlo",
            "envíanoslo",
            "mándanoslo",
            "terugsturen",
            "devuélvenoslo",
        ),
    ),  # assessment/send_the_exercise_back_by
    "0fa929172cadee52": (
        ("confermiamo",),
        ("candidatura",),
        ("ricevuto",),
    ),  # application_received/confermiamo_di_aver_ricevuto_la
    "71bfa7fcde795c71": (
        ("ontvangen",),
        ("gegevens", "sollicitatie"),
        ("goede",),
    ),  # application_received/sollicitatie_in_goede_orde_ontvangen
    "2451bb3a3d2f75de": (
        ("sollicitatie",),
        ("ontvangen",),
        ("bedankt",),
    ),  # application_received/bedankt_voor_je_sollicitatie_ontvangen
    "96051cb8f9b361c3": (
        ("cv", "resume", "details", "candidacy", "portfolio", "submission", "application"),
        ("your",),
        ("got", "received"),
    ),  # application_received/we_received_your_application
    "ea265f1e0949e63b": (
        ("cv", "resume", "portfolio", "application"),
        ("got",),
        ("your",),
    ),  # application_received/got_your_application
    "540d42eea741d9aa": (
        ("application",),
        ("sent", "received", "recorded", "submitted"),
        ("your",),
    ),  # application_received/your_application_for_has_been
    "e2134a3c0032c47b": (
        ("application",),
        ("sent", "received", "submitted"),
        ("your",),
    ),  # application_received/your_application_has_been_received
    "452929959c2a2e40": (
        ("application",),
        ("thank",),
        ("you",),
    ),  # application_received/thank_you_for_your_application
    "736b398d5e09d34b": (
        ("applying", "submitting", "application"),
        ("thank",),
        ("for",),
    ),  # application_received/thanks_for_applying
    "b4127f215154470f": (
        ("ending", "haring"),
        ("cv", "work", "resume", "details", "materials", "portfolio", "application"),
        ("thank",),
    ),  # application_received/thanks_for_sending_your_resume
    "fda15695f1d30540": (
        ("application",),
        ("received", "submitted", "confirmation"),
    ),  # application_received/application_confirmation
    "266c63c33b562d99": (
        ("reviewing", "application"),
    ),  # application_received/we_have_your_application
    "13efa7287ac5aab8": (
        (
            "cv",
            "it",
            "resume",
            "profile",
            "materials",
            "background",
            "experience",
            "application",
            "qualifications",
        ),
        ("'ll", "will"),
        ("at", "over", "read", "review", "consider", "reviewing"),
    ),  # application_received/will_review_it
    "f402a933dd219679": (
        ("fit", "align", "match", "reach", "touch", "contact"),
        ("fit", "match", "skills", "profile", "background", "experience", "qualifications"),
        ("if",),
    ),  # application_received/if_your_qualifications_match
    "89e2d096184cd702": (
        ("pass", "share", "forward"),
        ("team", "hiring", "search", "manager", "committee", "selection"),
        ("'ll", "will"),
    ),  # application_received/will_share_it_hiring
    "8e0d468baa3e4a09": (
        ("bewerbung",),
        ("dank",),
        ("ihre",),
    ),  # application_received/dank_für_ihre_bewerbung
    "eb7b966c02a6b5ce": (
        ("bewerbung", "unterlagen"),
        ("rhalten", "ingegangen"),
    ),  # application_received/bewerbung_erhalten
    "2d1f0583b8a2b278": (("eingangsbestätigung",),),  # application_received/eingangsbestätigung
    "877cf7c0b96b5fd0": (
        ("bewerbung", "unterlagen"),
        ("eingang",),
        ("ihrer",),
    ),  # application_received/eingang_ihrer_bewerbung
    "2639a7fc8857466e": (
        ("solicitud", "candidatura", "postulación"),
        ("enviada", "enviado", "recibida", "recibido", "registrada", "registrado"),
        ("su", "tu"),
    ),  # application_received/tu_solicitud_recibida
    "9ccde2b08c98fd0d": (
        ("recibido",),
        ("hemos",),
        ("su", "tu"),
    ),  # application_received/hemos_recibido_tu_candidatura
    "eec3b1895bb447e8": (
        ("acabamos", "ricevuto", "recebemos"),
    ),  # application_received/received_your_application_it_pt
    "e0f94cb1e4f384cb": (
        ("solicitud", "candidatura", "postulación"),
        ("gracias",),
        ("por",),
    ),  # application_received/gracias_por_tu_candidatura
    "2e9fcd4c481fdbca": (
        ("gracias",),
        ("aplicar", "postular", "postularte", "inscribirte"),
        ("por",),
    ),  # application_received/gracias_por_postularte
    "f421b18aa3b94000": (
        ("recebemos",),
        ("aplicação", "currículo", "inscrição", "candidatura"),
        ("sua", "tua"),
    ),  # application_received/recebemos_sua_candidatura
    "94f75192808449be": (
        ("candidatar", "candidatura"),
        ("obrigad",),
    ),  # application_received/obrigado_pela_candidatura
    "e2ae4fd4ea5467b6": (
        ("inviato", "candidat", "candidatura"),
    ),  # application_received/abbiamo_ricevuto_tua_candidatura
    "6fc649e4893210e8": (
        ("candidature",),
        ("avons",),
        ("votre",),
    ),  # application_received/avons_bien_reçu_votre_candidature
    "6651d91aa490fca9": (
        ("candidature",),
        ("merci",),
        ("votre",),
    ),  # application_received/merci_pour_votre_candidature
    "808d4f9d9b43a2bf": (
        ("d'avoir",),
        ("postulé",),
        ("merci",),
    ),  # application_received/merci_avoir_postulé
    "0905acd42eb91389": (("réception",), ("accus",)),  # application_received/accusé_de_réception
    "c370ab400f2ecf92": (
        ("candidature",),
        ("votre",),
        ("reçue", "transmise", "enregistrée"),
    ),  # application_received/votre_candidature_reçue
    "fc1126eaa10d7d9e": (
        ("applying", "application"),
        ("thank",),
        ("for",),
    ),  # application_received/thank_you_for_applying
    "c142094d9efb650f": (("application",),),  # application_received/application_received
    "c81345f11d14f28c": (
        ("bewerbung", "solicitud", "candidatura", "candidature", "eingangsbestätigung"),
    ),  # application_received/bewerbung
    "a662cd8f148d03d3": (
        ("ecibida", "icevuta", "icevuto", "ecebemos", "ecibimos"),
    ),  # application_received/recebemos
    "9b7c7e3f4ce19f02": (
        ("receipt",),
        ("confirm", "confirming", "acknowledge", "acknowledging"),
        ("of",),
    ),  # application_received/confirm_receipt_of_your_application_en
    "b19ec1f8bb20bf67": (
        ("confirmamos",),
        ("candidatura",),
        ("rece",),
    ),  # application_received/confirmamos_rececao_candidatura_pt
    "a1fdca728a823ffb": (
        ("confirmamos",),
        ("recepción",),
        ("de",),
    ),  # application_received/confirmamos_recepcion_candidatura_es
    "aadf8f98b8f730e9": (
        ("candidature",),
        ("réception",),
        ("accusons", "confirmons"),
    ),  # application_received/confirmons_reception_candidature_fr
    "42600cb4dd304827": (
        ("sollicitatie",),
        ("bevestigen",),
        ("ontvangst",),
    ),  # application_received/bevestigen_ontvangst_sollicitatie_nl
    "57a75321f6dcbe68": (
        ("bestätigen",),
        ("bewerbung", "unterlagen"),
        ("rhalt", "ingang"),
    ),  # application_received/bestaetigen_eingang_bewerbung_de
    "08a97c4482f2a6d5": (
        ("bewerbung",),
        ("gesendet", "versendet", "verschickt", "abgeschickt", "übermittelt", "weitergeleitet"),
        ("ihre", "deine"),
    ),  # application_received/bewerbung_versendet_de
    "a862ce295c1cd25b": (
        ("candidatura",),
        ("inviata", "inoltrata", "trasmessa"),
        ("sua", "tua"),
    ),  # application_received/candidatura_inviata_it
    "09e717ee6e012723": (
        ("candidatura",),
        ("enviada", "registada", "submetida", "registrada", "encaminhada"),
        ("sua", "tua"),
    ),  # application_received/candidatura_enviada_pt
    "5e6eaf6dcbd30ce5": (
        ("sollicitatie",),
        ("ingediend", "verstuurd", "verzonden", "doorgestuurd"),
        ("je", "uw", "jouw"),
    ),  # application_received/sollicitatie_verstuurd_nl
    "c7f7559677beeee9": (
        ("candidature",),
        ("envoyée", "soumise", "transmise"),
        ("votre",),
    ),  # application_received/candidature_envoyee_fr
    "2209cdbae829ebf8": (
        ("sollicitatie",),
        ("voor",),
        ("dank", "bedankt", "hartelijk"),
    ),  # application_received/bedankt_voor_je_sollicitatie_nl
    "af3834cd1a5de2ec": (
        ("acusamos", "confirmamos"),
        ("rec",),
        ("ibo", "eção", "epción", "ebimento"),
    ),  # application_received/recepcion_hoja_de_vida_es_pt
    "f73f4d29dde0d9ef": (
        ("applied", "throwing", "yourself", "application", "considering"),
    ),  # application_received/thanks_for_throwing_your_hat_in
    "5a650ed8cf42944a": (
        (
            "avons",
            "inviato",
            "hacernos",
            "ricevuto",
            "vacature",
            "bewerbung",
            "compartir",
            "enviarnos",
            "mandarnos",
            "ontvangen",
            "recebemos",
            "unterlagen",
            "agradecemos",
            "bewerbungsunterlagen",
        ),
    ),  # application_received/we_received_your_cv
    "c2bf9587e8e37bc6": (
        ("gracias", "intérêt", "interest", "interesse", "l'intérêt", "l'interesse"),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "9902b10211789cae": (
        (
            "kijken",
            "valiar",
            "evaluar",
            "nalisar",
            "revisar",
            "valorar",
            "étudier",
            "analizar",
            "estudiar",
            "examiner",
            "oordelen",
            "étudions",
            "bewerbung",
            "evaluando",
            "examinons",
            "revisando",
            "valutando",
            "analisando",
            "analizando",
            "unterlagen",
            "valuteremo",
            "étudierons",
            "avaliaremos",
            "esamineremo",
            "evaluaremos",
            "examinerons",
            "revisaremos",
            "valoraremos",
            "analisaremos",
            "analizaremos",
            "analizzeremo",
            "estudiaremos",
        ),
    ),  # application_received/we_will_review_your_profile
    "730017a284b43864": (
        ("bewerbung", "solicitud", "application", "candidatura", "candidature", "sollicitatie"),
        (
            "chegou",
            "arrived",
            "llegado",
            "reached",
            "through",
            "arrivata",
            "parvenue",
            "recebida",
            "pervenuta",
            "aangekomen",
            "angekommen",
            "binnengekomen",
        ),
        ("je", "su", "ta", "tu", "uw", "sua", "tua", "ihre", "jouw", "your", "deine", "votre"),
    ),  # application_received/your_application_arrived
    "1cdb2c0731a6f39a": (
        (
            "door",
            "gebe",
            "giro",
            "paso",
            "pass",
            "leite",
            "passo",
            "share",
            "llegar",
            "passar",
            "reiche",
            "suivre",
            "forward",
            "giriamo",
            "inoltro",
            "partage",
            "passing",
            "reenvío",
            "repasso",
            "sharing",
            "comparto",
            "passando",
            "repassar",
            "traslado",
            "encaminho",
            "transfère",
            "transmets",
            "trasmetto",
            "encaminhar",
            "forwarding",
            "inoltriamo",
            "encaminhando",
            "transmettons",
        ),
    ),  # application_received/passing_your_cv_on
    "05cf85272caf514d": (("interview",), ("my",)),  # veto_interview/my_interview
    "d9173e531d3bc1e5": (
        ("expect", "happens", "process"),
    ),  # veto_interview/heres_what_happens_next
    "e9fb4ebe73379a4b": (
        (
            "ahora",
            "verder",
            "weiter",
            "comment",
            "proceso",
            "succede",
            "acontece",
            "funciona",
            "prosegue",
            "processus",
            "weitergeht",
        ),
    ),  # veto_interview/what_happens_next_heading
    "18390e5ce14a4764": (
        ("interview",),
        (
            "prep",
            "tips",
            "cheat",
            "coach",
            "guide",
            "advice",
            "course",
            "skills",
            "practice",
            "questions",
            "masterclass",
            "preparation",
        ),
    ),  # veto_interview/interview_tips
    "7753993a1209abeb": (
        ("interview",),
        ("ace", "nail", "prepare", "practice", "preparing"),
    ),  # veto_interview/prepare_your_interview
    "9589808bc9be4493": (
        (
            "fair",
            "house",
            "career",
            "hiring",
            "stream",
            "webinar",
            "workshop",
            "livestream",
            "recruiting",
            "masterclass",
        ),
    ),  # veto_interview/webinar
    "7ba7fdea3d4a283c": (
        ("good", "break", "chance", "erfolg", "suerte", "fingers"),
    ),  # veto_interview/good_luck
    "fe8ae386ffaa8967": (("save", "reserve", "register"),),  # veto_interview/save_your_seat
    "ff37737626cf888e": (
        ("interview",),
        ("episode", "podcast"),
    ),  # veto_interview/podcast_interview
    "08b6fdd9b64b2b9a": (("interview",), ("mock", "practice")),  # veto_interview/mock_interview
    "98e9ead57f34cd5e": (
        ("asking", "inviting"),
        ("be",),
        ("you",),
    ),  # veto_interview/won_be_inviting_you
    "28b27cb0204d1723": (
        ("if", "whether"),
        ("we",),
        ("'d", "'ll", "want", "will", "would"),
    ),  # veto_interview/whether_we_set_up
    "cb8206b2a2225a06": (
        ("chosen", "invited", "selected", "shortlisted"),
        ("if", "once", "should"),
        ("you",),
    ),  # veto_interview/if_you_are_selected
    "0f587bb8609d9dbd": (
        (
            "call",
            "gesprek",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "vorstellungsgespräch",
        ),
    ),  # veto_interview/if_an_interview_is_scheduled
    "90b2c89f02e06f27": (
        ("reach", "touch", "contact", "schedule", "interview"),
        ("fit", "match", "skills", "profile", "background", "experience", "qualifications"),
        ("if",),
    ),  # veto_interview/if_your_profile_interview
    "e7b9d2b6d9cde9f9": (("enrol", "admission", "application"),),  # veto_interview/admission
    "f5e507564c147dc1": (
        (
            "visa",
            "green",
            "uscis",
            "consula",
            "embassy",
            "naturali",
            "passport",
            "biometric",
            "citizenship",
            "immigration",
        ),
    ),  # veto_interview/visa
    "cf7a853e8b8947ff": (
        ("call", "chat", "onsite", "on-site", "interview", "conversation"),
        ("our", "the", "your"),
        ("for", "from", "about", "after", "since", "during", "following"),
    ),  # veto_interview/after_your_interview
    "58dc88ecebe81d63": (
        ("thank",),
        ("for",),
        ("time", "spent", "taking", "meeting", "speaking", "interviewing"),
    ),  # veto_interview/thanks_for_the_time_you
    "8981a0bea1c4daf7": (
        ("applicants", "candidates"),
        ("selected", "qualified", "successful", "shortlisted"),
        ("asked", "invited", "contacted", "scheduled"),
    ),  # veto_interview/selected_candidates_are_invited_en
    "d65604ab1053f3f3": (
        ("seleccionad", "preseleccionad"),
        ("candidat", "perfiles"),
        ("invitad", "convocad", "contactad", "invitación"),
    ),  # veto_interview/candidatos_seleccionados_seran_invitados_es
    "e58c311770c67c80": (
        ("einladung", "eingeladen", "kontaktiert"),
        ("bewerber", "kandidat"),
        ("passende", "geeignete", "ausgewählte"),
    ),  # veto_interview/ausgewaehlte_bewerber_werden_eingeladen_de
    "440cf6e2be62a25e": (
        ("candidat",),
        ("retenu", "sélectionné", "présélectionné"),
        ("invité", "contacté", "convoqué", "invitation"),
    ),  # veto_interview/candidats_retenus_seront_convoques_fr
    "2b9c59413aec6396": (
        ("candidati",),
        ("invitati", "convocati", "contattati"),
        ("saranno", "vengono", "verranno"),
    ),  # veto_interview/candidati_selezionati_saranno_invitati_it
    "cf0e37787d1e7be9": (
        ("candidatos",),
        ("aprovados", "selecionados", "pré-selecionados"),
        ("tatados", "vidados", "vocados", "tactados"),
    ),  # veto_interview/candidatos_selecionados_serao_convidados_pt
    "5e51db11c79aafd3": (
        ("geselecteerde",),
        ("kandidaten",),
        ("benaderd", "uitgenodigd", "uitnodiging"),
    ),  # veto_interview/geselecteerde_kandidaten_worden_uitgenodigd_nl
    "a2aa2e9b42aa9b25": (
        ("entretien", "entrevist", "interview", "intervist"),
        (
            "air",
            "live",
            "show",
            "vivo",
            "direct",
            "directo",
            "diretta",
            "podcast",
            "program",
            "unserer",
            "programa",
            "émission",
            "programma",
            "programme",
            "uitzending",
        ),
    ),  # veto_interview/media_interview_on_air
    "485cdfaf936eadea": (
        ("issue", "editie", "edição", "numéro", "número", "questo", "ausgabe", "sommaire"),
    ),  # veto_interview/newsletter_contents
    "a9b34b10e9983c62": (
        ("entretien", "entrevist", "interview", "intervist"),
    ),  # veto_interview/interview_for_our_programme
    "b76e826bb1434a60": (
        ("entrevist", "interview", "intervist"),
    ),  # veto_interview/interview_you_about_your_book
    "c6e7d55ebb83f81f": (
        (
            "colloqui",
            "colloquio",
            "entretien",
            "interview",
            "questions",
            "entrevista",
            "bewerbungsgespräch",
            "sollicitatiegesprek",
            "vorstellungsgespräch",
        ),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "52f6c5606772e0c0": (
        (
            "colloqui",
            "entretien",
            "interview",
            "entrevista",
            "sollicitatiegesprek",
            "vorstellungsgespräch",
        ),
        (
            "erros",
            "errori",
            "fehler",
            "fouten",
            "fragen",
            "vragen",
            "domande",
            "erreurs",
            "errores",
            "mistakes",
            "perguntas",
            "preguntas",
            "questions",
        ),
    ),  # veto_interview/questions_asked_in_an_interview
    "66285eca2041dab0": (
        (
            "profil",
            "submit",
            "forward",
            "kandida",
            "present",
            "candidat",
            "kandidat",
            "proposta",
            "candidate",
            "indicação",
            "propuesta",
            "proposition",
            "kandidaatvoorstel",
            "kandidatenvorschlag",
        ),
    ),  # veto_interview/an_agency_presents_its_candidate
    "b6afee37f657f6d8": (
        (
            "hold",
            "pausa",
            "poste",
            "gelegt",
            "pausad",
            "paused",
            "proces",
            "puesto",
            "functie",
            "proceso",
            "suspens",
            "vacante",
            "congelad",
            "gestoppt",
            "pausiert",
            "posición",
            "processo",
            "vacature",
            "posizione",
            "procedure",
            "processus",
            "selezione",
            "ausgesetzt",
            "recrutement",
        ),
    ),  # veto_interview/the_process_is_on_hold
    "4cf96975c94697e9": (
        (
            "einlädt",
            "convidad",
            "einladen",
            "invitons",
            "invitamos",
            "invitiamo",
            "uitnodigt",
            "convidamos",
            "convocamos",
            "convoquons",
            "inviteremo",
            "inviterons",
            "uitnodigen",
            "convochiamo",
            "invitaremos",
            "convidaremos",
            "convocaremos",
            "convocheremo",
            "convoquerons",
        ),
        ("ob", "of", "se", "si"),
    ),  # veto_interview/we_will_say_whether_we_invite_you
    "594e55f56a59f9fa": (
        ("entretien", "interview", "entrevista", "intervista"),
    ),  # veto_interview/a_radio_or_television_interview
    "235f07937d9fac07": (
        (
            "uwv",
            "iefp",
            "sepe",
            "coach",
            "centre",
            "emploi",
            "agentur",
            "emprego",
            "oficina",
            "travail",
            "conseill",
            "servicio",
            "jobcenter",
            "jobcentre",
            "l'impiego",
            "werkcoach",
            "klantmanager",
            "arbeitsagentur",
            "arbeitsvermittler",
        ),
    ),  # veto_interview/an_appointment_with_the_job_centre
    "d43f740f1775a998": (
        (
            "gesprek",
            "colloquio",
            "entretien",
            "entrevista",
            "bewerbungsgespräch",
            "vorstellungsgespräch",
        ),
    ),  # veto_interview/my_own_interview
    "b174bdbaed4a616a": (
        (
            "fragen",
            "vragen",
            "domande",
            "perguntas",
            "preguntas",
            "questions",
            "reclutador",
            "recrutador",
            "selezionator",
            "entrevistador",
        ),
    ),  # veto_interview/questions_interviewers_ask
    "e44be1ffbf921a69": (
        (
            "eps",
            "ages",
            "steps",
            "etapas",
            "processo",
            "prossime",
            "prossimi",
            "próximas",
            "próximos",
            "schritte",
            "volgende",
            "processus",
            "prochaines",
        ),
    ),  # veto_interview/the_stages_listed_ahead
    "c6e775c1374fd08a": (
        ("unfortunately",),
        (
            "card",
            "order",
            "trial",
            "flight",
            "billing",
            "booking",
            "invoice",
            "package",
            "payment",
            "delivery",
            "shipment",
            "reservation",
            "subscription",
        ),
    ),  # veto_rejection/unfortunately_trial
    "38628f33cbe28cd2": (
        ("trial", "subscription"),
        ("nded", "xpired", "xpires"),
    ),  # veto_rejection/trial_ended
    "56b94274a22ab225": (
        ("regrettably", "unfortunately"),
        ("ill", "came", "need", "sick", "office", "conflict", "reschedule", "unavailable"),
    ),  # veto_rejection/unfortunately_reschedule
    "17ea6da7d682f03c": (
        ("leider",),
        ("termin", "absagen", "verschieben"),
    ),  # veto_rejection/leider_verschieben
    "324ac3bbb3981935": (
        ("malheureusement",),
        ("décaler", "reporter", "empêchement"),
    ),  # veto_rejection/malheureusement_reporter
    "baa1367c0f8d7ceb": (
        ("lamentablemente", "desafortunadamente"),
        ("cambiar", "reprogramar"),
    ),  # veto_rejection/lamentablemente_reprogramar
    "8d95d61844b76c8e": (
        ("error", "ignore", "mistake", "disregard"),
    ),  # veto_rejection/sent_by_mistake
    "c6d35fd33bdd48f8": (
        (
            "andere",
            "filled",
            "iemand",
            "jemand",
            "pessoa",
            "another",
            "kandida",
            "persona",
            "qualcun",
            "someone",
            "candidat",
            "personne",
            "un'altra",
            "candidato",
            "quelqu'un",
            "candidates",
        ),
        (
            "if",
            "als",
            "case",
            "nous",
            "wenn",
            "falls",
            "mocht",
            "indien",
            "should",
            "optamos",
            "sollten",
            "elegimos",
            "optarmos",
            "decidiamo",
            "decidimos",
            "dovessimo",
            "scegliamo",
            "decidirmos",
            "escolhermos",
        ),
    ),  # veto_rejection/if_we_choose_another
    "2d8e58b03d23cb9a": (
        (
            "close",
            "refus",
            "enviar",
            "mandar",
            "regret",
            "anderen",
            "decline",
            "rifiuto",
            "übrigen",
            "bewerber",
            "candidat",
            "kandidat",
            "afwijzing",
            "candidati",
            "candidats",
            "rejection",
            "applicants",
            "candidates",
            "kandidaten",
            "restlichen",
        ),
    ),  # veto_rejection/schedule_the_candidates
    "3b0812717c8216fd": (
        (
            "absage",
            "lidiar",
            "antwort",
            "comment",
            "manejar",
            "reagier",
            "rifiuto",
            "superar",
            "afrontar",
            "afwijzing",
            "contestar",
            "rejection",
            "responder",
            "reaccionar",
        ),
    ),  # veto_rejection/advice_about_rejection
    "c029bfaf9788c2dd": (
        ("role", "offer", "position"),
        ("make", "offer", "extend", "making"),
        ("not", "able", "will", "can't", "won't", "cannot", "unable", "position"),
    ),  # veto_offer/unable_extend_offer
    "07b926f12b130068": (
        ("offer",),
        ("other", "nother", "external", "internal", "different"),
        ("to",),
    ),  # veto_offer/offer_to_another
    "10ddc016dd58734c": (
        ("another", "someone"),
        ("offer",),
        ("job", "role", "position"),
    ),  # veto_offer/offer_the_role_to_someone
    "ea80b9e6800c79d3": (
        ("offer",),
        (
            "best",
            "bundle",
            "friday",
            "holiday",
            "limited",
            "special",
            "approved",
            "exclusive",
            "introductory",
        ),
    ),  # veto_offer/special_offer
    "70e199190a7df36b": (("off", "offer"),),  # veto_offer/offer_ends
    "278c8a03dfa06cb2": (
        ("negotiation",),
        ("offer", "salary"),
        ("tips", "guide", "course", "webinar", "template"),
    ),  # veto_offer/salary_negotiation_tips
    "e71c10c7bb7c105c": (
        ("accept", "decline", "evaluate", "negotiate", "newsletter"),
    ),  # veto_offer/how_to_negotiate
    "8257e234c0079485": (
        ("home", "nmls", "officer", "approval", "borrower", "mortgage", "application"),
    ),  # veto_offer/mortgage
    "bcbe6a93826885f3": (("background",),),  # veto_offer/requested_background_check
    "fe9290656da42641": (
        (
            "offer",
            "aprova",
            "approve",
            "approval",
            "aprobaci",
            "freigabe",
            "validation",
            "approbation",
            "goedkeuring",
            "approvazione",
            "angebotsfreigabe",
        ),
    ),  # veto_offer/offer_approval_request
    "2496176123f00b3e": (
        ("offer", "offre", "aanbod", "oferta", "angebot", "offerta", "proposta"),
        ("wat", "wenn", "what", "quand", "cuando", "lorsqu", "quando"),
    ),  # veto_offer/advice_when_offered
    "0fd7d3a5e6a889ef": (
        ("taking", "sending", "completing", "submitting"),
        ("test", "exercise", "challenge", "take-home", "assessment", "assignment"),
        ("thank",),
    ),  # veto_assessment/thank_you_for_completing_the
    "8dc4645f4cc4eb01": (
        ("ceived", "viewed"),
        ("test", "challenge", "take-home", "assessment", "submission"),
        ("re",),
    ),  # veto_assessment/received_your_assessment
    "1815a3f2eee5f1b5": (("beta", "test"),),  # veto_assessment/test_drive
    "704db51e1e54a352": (
        ("score", "results"),
        ("test", "assessment"),
        ("in", "ready", "available"),
    ),  # veto_assessment/assessment_results_are_in
    "4ff77b92396ee55b": (("coding", "whiteboard", "programming"),),  # veto_assessment/live_coding
    "889f5e42924adb71": (
        ("interview",),
        ("in", "during"),
        ("the", "your"),
    ),  # veto_assessment/in_the_interview
    "f8728dd8168d9b96": (
        (
            "loan",
            "visa",
            "grant",
            "lease",
            "credit",
            "permit",
            "rental",
            "tenant",
            "leasing",
            "adoption",
            "mortgage",
            "admission",
            "apartment",
            "volunteer",
            "membership",
            "application",
            "scholarship",
        ),
    ),  # veto_application_received/rental
    "0168d87ea2bc4ca5": (
        (
            "apply",
            "antrag",
            "pedido",
            "applied",
            "demande",
            "domanda",
            "aanvraag",
            "applying",
            "solicitud",
            "mietantrag",
            "submission",
            "application",
            "candidatura",
            "solicitação",
            "förderantrag",
            "kreditantrag",
            "mitgliedsantrag",
            "stipendienantrag",
            "subsidieaanvraag",
        ),
    ),  # veto_application_received/an_application_for_something_else
    "e6d74f2b0ec6ac9b": (
        (
            "chat",
            "para",
            "role",
            "vaga",
            "final",
            "intro",
            "poste",
            "round",
            "ruolo",
            "sobre",
            "bewerb",
            "hiring",
            "letter",
            "onsite",
            "reclut",
            "recrut",
            "search",
            "stelle",
            "talent",
            "applica",
            "applied",
            "candida",
            "functie",
            "gesprek",
            "kandida",
            "opening",
            "recruit",
            "selecci",
            "vacancy",
            "vacante",
            "werving",
            "colloqui",
            "gespräch",
            "position",
            "seletivo",
            "sollicit",
            "talentos",
            "vacature",
            "entretien",
            "interview",
            "posizione",
            "postulaci",
            "recruiter",
            "screening",
            "selezione",
            "take-home",
            "entrevista",
            "werfreserve",
            "conversation",
            "introductory",
            "personalauswahl",
            "telefoninterview",
            "bewerbungsgespräch",
            "sollicitatiegesprek",
            "kennismakingsgesprek",
            "vorstellungsgespräch",
        ),
    ),  # process/hiring_talk
    "355799ba39e325f2": (
        (
            "cv",
            "job",
            "sal",
            "role",
            "vaga",
            "cargo",
            "offer",
            "poste",
            "study",
            "career",
            "função",
            "gehalt",
            "hiring",
            "letter",
            "oferta",
            "onsite",
            "posici",
            "puesto",
            "resume",
            "salary",
            "screen",
            "stelle",
            "sueldo",
            "talent",
            "vacanc",
            "analist",
            "analyst",
            "applied",
            "functie",
            "gesprek",
            "kandida",
            "manager",
            "opening",
            "posição",
            "proceso",
            "recruit",
            "salaire",
            "salario",
            "salaris",
            "técnica",
            "vacante",
            "werving",
            "aannemen",
            "analista",
            "candidat",
            "colloqui",
            "designer",
            "engineer",
            "funzione",
            "gespräch",
            "ingenier",
            "position",
            "processo",
            "proposta",
            "sollicit",
            "talentos",
            "vacature",
            "architect",
            "bewerbung",
            "candidacy",
            "candidate",
            "currículo",
            "developer",
            "engenheir",
            "entretien",
            "ingénieur",
            "interview",
            "posizione",
            "postulaci",
            "scientist",
            "screening",
            "selección",
            "selezione",
            "stipendio",
            "take-home",
            "aangenomen",
            "assunzione",
            "consultant",
            "développeu",
            "employment",
            "entrevista",
            "entwickler",
            "programmer",
            "recrutador",
            "application",
            "candidatura",
            "candidature",
            "contratação",
            "incorporaci",
            "recrutement",
            "requisition",
            "werfreserve",
            "eignungstest",
            "recrutamento",
            "sviluppatore",
            "administrator",
            "desarrollador",
            "desenvolvedor",
            "capaciteitentest",
            "einstellungstest",
            "arbeidsvoorwaarden",
            "vorstellungsgespräch",
        ),
    ),  # job/job_vocabulary
    "886cc8c49d0318e4": (
        (
            "cv",
            "our",
            "paso",
            "step",
            "your",
            "spoke",
            "étape",
            "resume",
            "talked",
            "applied",
            "process",
            "schritt",
            "talking",
            "applying",
            "chatting",
            "interest",
            "processo",
            "speaking",
            "bewerbung",
            "candidacy",
            "interview",
            "portfolio",
            "postulaci",
            "take-home",
            "application",
            "candidatura",
            "candidature",
            "sollicitatie",
        ),
    ),  # applied/the_candidate_applied
    "60e40389895900fb": (
        (
            "throwing",
            "yourself",
            "bewerbung",
            "currículo",
            "solicitud",
            "candidature",
            "kandidatuur",
            "sollicitatie",
        ),
    ),  # applied/the_candidate_applied_in_other_words
    "4b1607841096ee56": (("alert",), ("job",)),  # alert/job_alert
    "b93601acca64d3bf": (
        ("jobs", "roles", "positions", "opportunities"),
        ("new", "top", "similar", "suggested", "recommended"),
        ("in", "for", "you", "near", "based", "match", "matching"),
    ),  # alert/new_jobs_for_you
    "a07e4d448f78b93a": (
        ("job",),
        ("may", "matching", "recommended"),
    ),  # alert/job_you_may_be_interested
    "e88b4955d07a4b77": (("jobs", "view", "apply", "applicant"),),  # alert/easy_apply
    "45cab7008fac5966": (("jobs", "openings", "positions"), ("new",)),  # alert/new_jobs
    "ce81bd1bab1ff682": (("neue", "jobagent", "passende"),),  # alert/neue_jobs
    "41f95bf7c256542a": (("ofertas", "coinciden", "interesar"),),  # alert/nueva_ofertas_de_empleo
    "dba08f42bf2becfb": (
        ("alerte", "nouvelles", "pourraient", "correspondent"),
    ),  # alert/nouvelles_offres_emploi
    "ea7c5eb48b15be4d": (("github", "receiving"),),  # alert/view_on_github
    "088383f753ffb7d5": (
        ("digest,", "recording", "newsletter", "subscriber"),
    ),  # alert/weekly_newsletter
    "fb5dd415814809b7": (("network", "community"), ("talent",)),  # alert/talent_community
    "f18d94107b9adec6": (
        ("read", "week", "digest", "weekly", "browser", "stories", "newsletter"),
    ),  # alert/newsletter
    "3707c4fbae330182": (
        (
            "fair",
            "rsvp",
            "career",
            "hiring",
            "summit",
            "virtual",
            "webinar",
            "workshop",
            "livestream",
            "recruiting",
            "masterclass",
        ),
    ),  # alert/webinar
    "382709d58f70ebc6": (("save", "register"),),  # alert/save_your_seat
    "3f213c109b4c1918": (
        ("order", "trial", "billing", "invoice", "receipt", "tracking", "subscription"),
    ),  # alert/your_trial
    "d42d412cb518bdc2": (
        ("sale", "shop", "% off", "promo", "coupon", "shipping"),
    ),  # alert/shop_now
    "a7e3d381935bf463": (("unsubscribe",),),  # alert/unsubscribe
    "cb1159b128cc4951": (
        ("novas", "vagas", "alerta", "passen", "offerte", "vacature", "vacatures", "interessarti"),
    ),  # alert/new_vacancies_for_you
    "fe7a5470c9ec0c93": (
        ("across",),
        ("ame", "ome"),
        ("cv", "work", "github", "resume", "profile", "linkedin", "background"),
    ),  # outreach/came_across_your_profile
    "e9ab37b1d4131e56": (
        ("profile",),
        ("saw", "your"),
        ("and", "linkedin"),
    ),  # outreach/your_profile_on_linkedin
    "360b6ed752b549de": (("open", "interested"), ("in", "to")),  # outreach/open_to_opportunities
    "b8941f0f5e744ad4": (
        ("behalf", "client", "clients", "recruiter", "headhunter"),
    ),  # outreach/with_one_of_my_clients
    "e75de92113894e88": (
        ("hiring", "looking", "working", "recruiting"),
        ("role", "client", "position", "opportunity"),
        ("'m", "am"),
    ),  # outreach/hiring_for_role
    "549860cfe42037d3": (
        ("open", "interested"),
        ("be",),
        ("in", "to"),
    ),  # outreach/would_you_be_open_to
    "2af47297cc6d59f3": (
        ("resume", "profile", "background", "experience", "interested"),
    ),  # outreach/your_profile_stood_out
    "7053e11eeb43395c": (
        ("'m", "am"),
        ("at", "of"),
        ("vp", "ceo", "cto", "head", "founder"),
    ),  # outreach/cto_at
    "2d050569d3cd6469": (
        ("hiring",),
        ("lead", "analyst", "manager", "designer", "engineer", "developer", "scientist"),
        ("we",),
    ),  # outreach/we_re_hiring_engineer
    "e7a9db9036186d34": (
        ("feel", "think", "believe"),
        ("good", "great", "strong", "perfect", "excellent"),
        ("fit",),
    ),  # outreach/think_your_great_fit
    "7c00fc07b357ff77": (
        ("prefer", "rather"),
        ("you'd",),
        ("hear",),
    ),  # outreach/if_you_rather_not_hear
    "6272ae61ca9927d3": (
        ("perfil", "profil"),
        ("vu", "visto", "trouvé", "gesehen", "gefunden", "remarqué", "encontrado", "aufgefallen"),
    ),  # outreach/ihr_profil_gefunden
    "d0161b7450e41168": (("offen", "abiert", "nouvelles"),),  # outreach/offen_für_neue
    "b07025b43a7b7ee3": (
        (
            "klant",
            "hiring",
            "kunden",
            "recrute",
            "working",
            "buscando",
            "cercando",
            "gestendo",
            "llevando",
            "seguendo",
            "mandanten",
            "recherche",
            "recrutons",
            "procurando",
            "recruiting",
            "recrutando",
            "supporting",
            "gestionando",
            "recherchons",
            "opdrachtgever",
        ),
    ),  # outreach/searching_on_behalf_of_a_client
    "5d64af54140af233": (
        (
            "doodle.com",
            "goodtime.io",
            "calendly.com",
            "calendar.app.google",
            "meetings.hubspot.com",
        ),
    ),  # meeting/calendly_com
    "cba9da82764e1a69": (
        ("scheduled",),
        ("inviting",),
        ("meeting",),
    ),  # meeting/is_inviting_you_to_scheduled
    "13f67683d65d8640": (
        ("microsoft", "zoom.us/j/", "meet.google.com/", "teams.microsoft.com/l/meetup"),
    ),  # meeting/zoom_us
    "fe9fb41a8e12bb30": (("dial", "join", "meeting", "passcode"),),  # meeting/dialin
    "9ae034f0a7d3b488": (
        ("process", "reviewing", "evaluating", "considering", "interviewing"),
        ("still", "continue", "currently"),
    ),  # status/still_reviewing
    "0df958be1808f118": (
        ("hold",),
        ("req", "role", "hiring", "search", "position"),
        ("on",),
    ),  # status/role_is_on_hold
    "8c4a9dc557d3cb8f": (("update",), ("giv",), ("you",)),  # status/give_you_update
    "3679df7d594d581d": (
        ("forgotten",),
        ("haven't",),
        ("about",),
    ),  # status/haven_forgotten_about_you
    "ab6aff7e4cd84b5f": (("decision", "gathering", "debriefing"),),  # status/debriefing
    "0e8879b012f4a940": (("status", "changed", "updated"),),  # status/status_changed
    "824be9336e2e57fe": (
        ("auswahl", "abgeschlossen", "auswahlprozess"),
        ("noch",),
    ),  # status/noch_in_der_auswahl
    "f9ba818825b2b018": (("evaluando", "revisando"), ("seguimos",)),  # status/seguimos_revisando
    "f7c9b18380926c43": (
        ("étudions", "examinons"),
        ("encore", "toujours"),
    ),  # status/étudions_encore
    "1f2a1e676041052b": (
        (
            "encore",
            "decisão",
            "genomen",
            "decisión",
            "décision",
            "selectie",
            "toujours",
            "valutare",
            "avaliando",
            "decisione",
            "esaminare",
            "evaluando",
            "revisando",
            "valorando",
            "valutando",
            "analisando",
            "analizando",
            "esaminando",
            "unterlagen",
            "beoordeling",
            "bewerbungen",
            "entscheidung",
        ),
    ),  # status/still_deciding_all
    "e527ef45eb352081": (
        (
            "story",
            "article",
            "episode",
            "podcast",
            "readers",
            "newsroom",
            "reporter",
            "listeners",
            "journalist",
        ),
    ),  # nonjob/podcast
    "43d82c25c9ab25d2": (
        (
            "gift",
            "study",
            "research",
            "incentive",
            "interview",
            "usability",
            "honorarium",
            "participant",
        ),
    ),  # nonjob/user_interview
    "dcbb3198f0ca8ece": (("study", "coaching", "interview"),),  # nonjob/mock_interview
    "3cd776705514320e": (
        ("book", "church", "meeting", "neighbo", "committee", "volunteer", "parent-teacher"),
    ),  # nonjob/parent_teacher
    "3188cad398d4d950": (
        (
            "loan",
            "enrol",
            "lease",
            "mentee",
            "rental",
            "tenant",
            "tuition",
            "landlord",
            "mortgage",
            "admission",
            "apartment",
            "mentorship",
            "scholarship",
        ),
    ),  # nonjob/tenant
    "8d4ebea5dc382499": (("vol", "ehrenamt", "entrevista"),),  # nonjob/entrevista_de_radio
    "494dd61b3d6c1d1b": (("mentor", "mentorship"),),  # nonjob/mentorship
    "c99f9e15e3aef07f": (
        (
            "réunion",
            "asamblea",
            "assemblée",
            "directiva",
            "elternabend",
            "vereinssitzung",
            "vorstandssitzung",
            "mitgliederversammlung",
        ),
    ),  # nonjob/vorstandssitzung
    "d6fd385e2ba5c2fc": (
        ("jornalista", "journalist", "periodista", "giornalista", "journaliste", "journalistin"),
    ),  # nonjob/journaliste
    "397b4ea8784a1d3c": (
        ("appl", "grant", "funding", "interview", "application", "appointment"),
    ),  # nonjob/nonjob_object_en
    "ca2e0af88b4bc1f8": (
        (
            "bewerbung",
            "förderantrag",
            "kreditantrag",
            "selbstauskunft",
            "baufinanzierung",
            "mietinteressent",
            "aufnahmegespräch",
            "stipendienantrag",
            "wohnungsbewerbung",
        ),
    ),  # nonjob/nonjob_object_de
    "59fc3f1864f6f94f": (
        ("demande", "dossier", "immobilier", "candidature", "d'admission"),
    ),  # nonjob/nonjob_object_fr
    "262ffefba5440519": (
        ("solicitud", "entrevista", "candidatura", "inscripción"),
    ),  # nonjob/nonjob_object_es
    "e136c8dd4d6b9f29": (
        ("domanda", "colloquio", "richiesta", "iscrizione", "candidatura"),
    ),  # nonjob/nonjob_object_it
    "fdd212c22bca9e7c": (
        ("pedido", "inscrição", "entrevista", "candidatura", "solicitação"),
    ),  # nonjob/nonjob_object_pt
    "2f34775a6cf48f78": (
        (
            "aanvraag",
            "aanmelding",
            "inschrijving",
            "hypotheekgesprek",
            "subsidieaanvraag",
            "toelatingsgesprek",
        ),
    ),  # nonjob/nonjob_object_nl
    "861b2e27cb540aa8": (
        (
            "air",
            "vivo",
            "antena",
            "unsere",
            "directo",
            "diretta",
            "viewers",
            "nuestros",
            "ouvintes",
            "programa",
            "émission",
            "auditeurs",
            "l'antenne",
            "listeners",
            "uitzending",
            "ascoltatori",
            "luisteraars",
            "radiofonico",
            "radiosendung",
            "trasmissione",
            "tv-programma",
            "radioprogramm",
            "fernsehsendung",
            "radioprogramma",
        ),
    ),  # nonjob/programme_guest
    "3acd4ab65ae8b1e0": (
        (
            "cari",
            "beste",
            "board",
            "sócios",
            "general",
            "joining",
            "meeting",
            "members",
            "membres",
            "welcome",
            "queridos",
            "committee",
            "asociación",
            "associação",
            "kassenwart",
            "mitglieder",
            "nominating",
            "l'association",
            "penningmeester",
            "vereinsvorstand",
            "ledenvergadering",
            "dell'associazione",
        ),
    ),  # nonjob/club_or_board_office
    "1c3c28d47ba62fd0": (
        (
            "amazon",
            "d'achat",
            "ricerca",
            "tarjeta",
            "pesquisa",
            "usuarios",
            "cadeaubon",
            "interview",
            "intervist",
            "entrevista",
            "gebruikers",
            "utilisateur",
            "nutzerstudie",
            "utilisateurs",
            "vale-presente",
            "amazon-gutschein",
        ),
    ),  # nonjob/user_research_interview
    "17759e2d9fbedce6": (
        (
            "job",
            "vaga",
            "poste",
            "start",
            "letter",
            "puesto",
            "salary",
            "stelle",
            "vacanc",
            "manager",
            "recruit",
            "vacante",
            "position",
            "vacature",
            "bewerbung",
            "candidacy",
            "full-time",
            "headcount",
            "part-time",
            "posizione",
            "employment",
            "acquisition",
            "requisition",
            "compensation",
            "sollicitatie",
        ),
    ),  # employment/employment_words
    "afcfc90cfb48439e": (("find", "apply", "writing"),),  # employer_side/writing_to_apply
    "f3a63c53cc0c7a66": (
        ("interview",),
        ("me",),
        ("thank",),
    ),  # employer_side/thank_you_for_interviewing_me
    "9641eaa4bfaeae84": (("along", "attached"),),  # employer_side/attached_is_my_resume
    "3d6e3409b7a92459": (("panel", "interview"),),  # employer_side/interview_panel
    "71a8627910837c47": (("extend",),),  # employer_side/extend_an_offer_to
    "da3a9335a5772a73": (
        ("corecard", "feedback", "interview", "scorecard"),
    ),  # employer_side/submit_your_scorecard
    "1227902435f15bea": (
        ("scheduled", "interviewed", "interviewer"),
    ),  # employer_side/you_interviewed
    "016efe4cb7a51c44": (
        ("interview",),
        ("candidate",),
        ("our", "the", "two", "both", "three"),
    ),  # employer_side/interview_the_candidates
    "3d9f76595c182eb7": (("candidates",),),  # employer_side/for_the_three_candidates
    "61c3203068ce66a7": (("candidate", "introduce"),),  # employer_side/candidate_for_your
    "afd6c1fa0e492d13": (
        ("reference",),
        ("gave", "named", "listed"),
        ("as",),
    ),  # employer_side/gave_you_as_reference
    "784b92fc32443e32": (("candidate",),),  # employer_side/the_candidates_resume
    "392e738282b23070": (
        ("training", "workshop", "structured"),
    ),  # employer_side/hiring_manager_training
    "f8e88aef6523870f": (
        ("respuesta", "expediente", "entrevistar"),
    ),  # employer_side/entrevistar_a_los_candidatos
    "9d80a0c1394a6aa7": (
        ("bewerber", "unterlagen", "bewerbergespr"),
    ),  # employer_side/bewerbergespraech
    "0d502d0ae6885d06": (("jury", "candidats"),),  # employer_side/jury_d_entretien
    "69d3640df64bc084": (
        ("candidatura", "interessante"),
    ),  # employer_side/ti_giro_questa_candidatura
    "1eefc823aaf174ee": (
        ("entrevistar",),
        ("candidatos",),
        ("os",),
    ),  # employer_side/entrevistar_os_candidatos
    "2e579aa1d49e8493": (("door", "gesprekken"),),  # employer_side/gesprekken_met_kandidaten
    "34a34fdc9a87cb77": (
        (
            "panel",
            "jurylid",
            "recruteu",
            "selezionat",
            "interviewer",
            "intervistat",
            "entrevistador",
            "gespreksleider",
        ),
        (
            "added",
            "ajouté",
            "añadid",
            "booked",
            "aggiunt",
            "asignad",
            "assigné",
            "assegnat",
            "assigned",
            "designad",
            "adicionad",
            "ingepland",
            "scheduled",
            "eingeplant",
            "eingeteilt",
            "toegevoegd",
            "hinzugefügt",
        ),
        ("as", "als", "come", "como", "tant", "comme"),
    ),  # employer_side/added_as_interviewer
    "ed075cf8366ac578": (
        ("bewerber", "candidat", "kandidat", "kandidaat", "sollicitant"),
        ("gesprek", "gespräch", "colloquio", "entretien", "interview", "entrevista"),
        ("com", "con", "met", "mit", "avec", "with"),
    ),  # employer_side/interview_with_the_candidate
    "71a6f6efceb3555d": (
        ("hiring", "recruiting"),
        ("role", "opening", "vacancy", "position"),
        ("you",),
    ),  # employer_side/role_you_are_hiring_for
    "eed80bb58e8d4929": (
        ("available",),
        ("interview",),
        ("is", "are"),
    ),  # employer_side/available_for_interview
    "1b80980b02f539ee": (("finder's", "agreement", "placement"),),  # employer_side/placement_fee
    "ce087fe81cec1d0f": (
        ("bewerber", "kandidat"),
        ("stelle", "vakanz", "position"),
        ("ihre",),
    ),  # employer_side/kandidat_fuer_ihre_stelle
    "121e3c8e28a70f6e": (
        ("candidat",),
        ("votre",),
        ("offre", "poste", "recrutement"),
    ),  # employer_side/candidat_pour_votre_poste
    "691266b6ce7d790c": (
        ("candidat",),
        ("para",),
        ("vaga", "puesto", "posição", "vacante", "posición"),
    ),  # employer_side/candidato_para_su_vacante
    "f1e6575de1cd857a": (
        ("candidat",),
        ("team", "ricerca", "posizione"),
        ("per",),
    ),  # employer_side/candidato_per_la_vostra_posizione
    "65c7f6ec31ecff2b": (
        ("kandidaat",),
        ("functie", "vacature"),
        ("voor",),
    ),  # employer_side/kandidaat_voor_uw_vacature
    "8a41d8ea334df397": (
        ("interview",),
        ("chance", "invitation", "opportunity"),
        ("love", "welcome", "appreciate"),
    ),  # employer_side/would_welcome_an_interview
    "833ea539463743f8": (("anbei", "einladung"),),  # employer_side/anbei_mein_lebenslauf
    "0548f5ef12a4de23": (
        ("ci-joint", "trouverez", "candidature"),
    ),  # employer_side/ci_joint_mon_cv
    "b5055fa6097a69a2": (("adjunto", "postularme"),),  # employer_side/adjunto_mi_cv
    "cd049b9439db9d5e": (
        ("allego", "allegato", "candidarmi"),
    ),  # employer_side/in_allegato_il_mio_cv
    "8952d20496abd47e": (("anexo", "segue", "candidatar"),),  # employer_side/segue_em_anexo_meu_cv
    "df66164add7a0f5c": (
        ("bijlage", "bijgevoegd", "solliciteer"),
    ),  # employer_side/bijgevoegd_mijn_cv
    "4ba0e81a3f39b521": (
        ("candidat",),
        ("oferta",),
        ("una",),
    ),  # employer_side/hacer_una_oferta_al_candidato
    "f9445e99ec477a77": (
        ("bewerber", "kandidat"),
        ("angebot",),
        ("machen", "senden", "schicken", "zukommen", "unterbreiten"),
    ),  # employer_side/dem_kandidaten_ein_angebot_machen
    "a9bf004f913129f5": (
        ("candidat",),
        ("offre", "proposition"),
        ("faire", "envoyer", "adresser", "transmettre"),
    ),  # employer_side/faire_une_offre_au_candidat
    "f646424a47912388": (
        ("candidat",),
        ("offerta", "proposta"),
        ("fare", "inviare", "mandare", "proporre", "presentare"),
    ),  # employer_side/fare_un_offerta_al_candidato
    "de779076d3167856": (
        ("candidat",),
        ("oferta", "proposta"),
        ("fazer", "enviar", "estender", "apresentar"),
    ),  # employer_side/fazer_uma_proposta_ao_candidato
    "1fbb8537bfdb35c2": (("kandidaat",),),  # employer_side/de_kandidaat_een_aanbod_doen
    "cd8034cbfe0f9bc8": (
        ("candidate", "candidates"),
        ("the",),
    ),  # employer_side/the_candidates_you_interview
    "27ade7f3ff1ad250": (
        ("conocerás", "entrevistar", "entrevistas"),
        ("candidat",),
        ("que",),
    ),  # employer_side/los_candidatos_que_vas_a_entrevistar
    "f263b3ba70b73311": (
        ("bewerber", "kandidat"),
        ("treffen", "sprechen", "interviewen", "kennenlernen"),
        ("die", "denen"),
    ),  # employer_side/die_bewerber_mit_denen_sie_sprechen
    "6b389f33bc8702cb": (
        ("candidat",),
        ("verrez", "recevoir", "recevrez", "rencontrer", "interviewer", "rencontrerez"),
        ("que",),
    ),  # employer_side/les_candidats_que_vous_allez_rencontrer
    "b9e9eb26aac558a1": (
        ("candidat",),
        (
            "vedrai",
            "vedrete",
            "contrare",
            "tervistare",
            "incontrerai",
            "incontrerete",
            "intervisterai",
            "intervisterete",
        ),
        ("che",),
    ),  # employer_side/i_candidati_che_incontrerai
    "9bb242ca8dccbc95": (
        ("candidat",),
        ("conhecer", "entrevistar", "entrevistará"),
        ("que",),
    ),  # employer_side/os_candidatos_que_voce_vai_entrevistar
    "8beb7d2a8a0e3445": (
        ("kandidaten",),
        ("ontmoet", "spreekt", "spreken", "ontmoeten", "interviewt", "interviewen"),
        ("die",),
    ),  # employer_side/de_kandidaten_die_je_spreekt
    "c48429b1b85ac0b0": (
        ("bewerber", "candidat", "kandidat", "kandidate"),
        ("retour", "retours", "feedback", "rückmeldung", "valutazione"),
        ("on", "zu", "sui", "sul", "sur", "zum", "zur", "over", "about", "sobre", "sulla"),
    ),  # employer_side/feedback_on_the_candidate
    "7e2d77d5d20e5844": (("hi", "staff", "colleague", "employees"),),  # announcement/to_all_staff
    "cb4441f97469fef9": (
        ("decided", "thanking", "welcoming", "congratulating"),
    ),  # announcement/join_me_in_welcoming
    "a451278eb244b922": (("announce",),),  # announcement/we_announce_that
    "e3ad8b9de3f370ff": (("accepted", "announce"),),  # announcement/pleased_to_announce
    "c6b856a726c8c30d": (
        ("chers", "colegas", "collega", "colleghi", "estimados", "kolleginnen"),
    ),  # announcement/dear_colleagues
    "4a33bb9084000740": (
        ("welcom",),
        ("hire", "member", "colleague"),
        ("our",),
    ),  # announcement/welcome_our_new_colleague
    "d0b6e64c856b338a": (
        ("complace", "decidido", "personal", "bienvenida"),
    ),  # announcement/ha_decidido_dejar_la_empresa
    "9750ca41937b336d": (
        ("bekannt", "begrüßen", "mitteilen", "verlassen", "mitarbeite"),
    ),  # announcement/hat_sich_entschieden_uns_zu_verlassen
    "10e7e2e01d1bcb48": (
        ("quitter", "bienvenue", "d'annoncer", "l'ensemble", "collaborateurs"),
    ),  # announcement/a_decide_de_quitter
    "14d491a6a46dc227": (
        ("lasciare", "benvenuto", "personale", "annunciare", "dipendenti"),
    ),  # announcement/ha_deciso_di_lasciare
    "e91fabd31e86b7c3": (
        ("decidiu", "anunciar", "boas-vindas", "colaboradores"),
    ),  # announcement/decidiu_deixar_a_empresa
    "9937fccc34b28291": (
        ("trots", "collega", "besloten", "genoegen", "medewerkers"),
    ),  # announcement/heeft_besloten_te_vertrekken
    "9d6c1e517b16e3bc": None,  # press/outlet_and_date
    "633f98a7a76aa2c6": None,  # press/date_time_and_place
    "b824ac7ab60ba908": None,  # press/outlet_and_dotted_date
    "cf7e193ba4aa6fd9": None,  # press/outlet_and_written_date
}
