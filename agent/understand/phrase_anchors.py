"""The anchoring literals of every phrase pattern and of its branches, precomputed.
Generated: do not edit.

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
    "32f99db99aaf5d2a": (
        ("colloquio",),
        ("confermo",),
        ("le", "ti"),
    ),  # interview/le_confermo_colloquio
    "0e2f597cc6ca5cd7": (
        ("colloquio",),
        ("fissare", "organizzare", "programmare"),
        ("un",),
    ),  # interview/le_confermo_colloquio
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
    "6c00fb325d7da935": (
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
    "0c3b8e5cbd4a4214": (
        ("chat", "meet", "talk", "speak", "connect"),
        ("to",),
        ("to",),
    ),  # interview/arrange_a_time_to_meet
    "fd88e88ffdf926d5": (
        ("contigo", "conocerla", "conocerle", "conocerte", "conocernos", "entrevistarte"),
        ("fijar", "agendar", "concertar", "coordinar", "programar"),
        ("para",),
    ),  # interview/arrange_a_time_to_meet
    "55eeab8e994900a6": (
        ("colloquio", "conoscerci", "conoscerla", "conoscerti", "incontrarla", "incontrarti"),
        ("fissare", "concordare", "organizzare", "programmare"),
        ("data", "orario", "incontro", "appuntamento"),
    ),  # interview/arrange_a_time_to_meet
    "bbf21b3d7e88450a": (
        ("conhecer", "conhecê-l", "entrevista", "conhecermos", "conversarmos"),
        ("marcar", "agendar", "combinar"),
        ("para",),
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
    "96bf1b27a8b002b9": (
        ("interview",),
        ("listed",),
        ("short",),
    ),  # interview/shortlisted_for_an_interview
    "71919e50a70c087a": (
        ("preseleccionad",),
        ("entrevista",),
        ("para",),
    ),  # interview/shortlisted_for_an_interview
    "9f11415146447a85": (
        ("colloquio",),
        ("candidati", "selezionat"),
        ("stat",),
    ),  # interview/shortlisted_for_an_interview
    "d633ac44f3240b20": (
        ("selecionad",),
        ("entrevista",),
        ("para",),
    ),  # interview/shortlisted_for_an_interview
    "1dcd0315271cef10": (
        ("entretien",),
        ("retenu", "présélectionné"),
        ("pour",),
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
    "ea23516c3909bd2a": (
        ("disponibilidad",),
        ("para",),
        ("iene", "ienes", "endrías"),
    ),  # interview/tienes_disponibilidad_para
    "cfb178447b8e461d": (
        ("disponibilidad",),
        ("charla", "llamada", "reunión", "entrevista", "videollamada"),
        ("para",),
    ),  # interview/tienes_disponibilidad_para
    "410377de6c280c1a": (
        ("zeit", "gespräch", "telefonat", "videocall", "kennenlernen"),
    ),  # interview/hätten_sie_zeit_für
    "9285f0c15f994040": (("zeit",), ("aben", "ätten"), ("sie",)),  # interview/hätten_sie_zeit_für
    "38bf88dd6724cb04": (
        ("gespräch", "telefonat", "videocall", "kennenlernen"),
        ("zeit",),
        ("für",),
    ),  # interview/hätten_sie_zeit_für
    "1a4854361e377932": (
        ("êtes-vous", "auriez-vous", "seriez-vous", "disponibilités"),
    ),  # interview/seriez_vous_disponible
    "1c7d9c26da7a7544": (
        ("êtes-vous", "auriez-vous", "seriez-vous"),
        ("libre", "disponible"),
    ),  # interview/seriez_vous_disponible
    "ac9462050c56f423": (("disponibilités",), ("vos",)),  # interview/seriez_vous_disponible
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
    "9c48420967ae09bb": (
        ("persona", "persoonlijk", "pessoalmente", "personalmente"),
    ),  # interview/meet_you_in_person
    "c6f547a29ffe0605": (
        ("persona", "personalmente"),
        ("verle", "verte", "conocerla", "conocerle", "conocerte"),
    ),  # interview/meet_you_in_person
    "e0ee8129cce25108": (("pessoalmente",), ("conhecer",)),  # interview/meet_you_in_person
    "4712c3cea33f06ce": (("pessoalmente",), ("conhecê-l",)),  # interview/meet_you_in_person
    "5921ba30c7daa3bf": (
        ("pessoalmente",),
        ("conhecer",),
        ("você",),
    ),  # interview/meet_you_in_person
    "477e18e833a9146b": (
        ("persoonlijk",),
        ("kennen", "spreken", "ontmoeten"),
    ),  # interview/meet_you_in_person
    "bfd8ee504b2e0ede": (
        ("invito", "convite", "invitaci", "invitation", "uitnodiging"),
    ),  # interview/calendar_invite_for_our_call
    "d9ec048e12a2fe39": (
        ("invitaci",),
        ("llamada", "reunión", "entrevista", "videollamada"),
        ("para",),
    ),  # interview/calendar_invite_for_our_call
    "da1e8df23651e189": (
        ("invitation",),
        ("appel", "visio", "échange", "entretien"),
        ("pour",),
    ),  # interview/calendar_invite_for_our_call
    "507aa2cc71ba64b3": (
        ("invito",),
        ("call", "chiamata", "colloquio", "videochiamata"),
        ("per",),
    ),  # interview/calendar_invite_for_our_call
    "9dfa713f83f09eb8": (
        ("convite",),
        ("para",),
        ("call", "chamada", "conversa", "bate-papo", "entrevista"),
    ),  # interview/calendar_invite_for_our_call
    "4ac8fe1298cdc339": (
        ("uitnodiging",),
        ("gesprek", "videogesprek", "telefoongesprek"),
        ("voor",),
    ),  # interview/calendar_invite_for_our_call
    "2ad8d1c38cd9fa27": (
        (
            "nodig",
            "runde",
            "convid",
            "gespräch",
            "interview",
            "auswahlrunde",
            "kennenlernen",
            "gesprächsrunde",
            "vorstellungsgespräch",
        ),
    ),  # interview/invited_to_the_next_round
    "18e2d32271150fff": (
        (
            "runde",
            "gespräch",
            "interview",
            "auswahlrunde",
            "kennenlernen",
            "gesprächsrunde",
            "vorstellungsgespräch",
        ),
        ("lade",),
        ("sie", "dich", "euch"),
    ),  # interview/invited_to_the_next_round
    "19cf1495a004cd9c": (
        ("convid",),
        ("última", "próxima", "segunda", "terceira"),
        ("fase", "etapa", "rodada"),
    ),  # interview/invited_to_the_next_round
    "d5fb0612c09d0d00": (
        ("nodig",),
        ("ronde", "gesprek", "gespreksronde", "selectieronde"),
        ("voor",),
    ),  # interview/invited_to_the_next_round
    "ca044e6ebc1e7f4b": (
        ("absagen", "annuleren", "annullare", "entretien", "entrevista"),
        (
            "nova",
            "nueva",
            "nuova",
            "nieuwe",
            "orario",
            "termin",
            "horario",
            "horário",
            "nouveau",
            "nouvelle",
            "remarcar",
            "reporter",
            "tijdstip",
            "verzetten",
            "reprogramar",
            "verschieben",
            "riprogrammare",
        ),
    ),  # interview/interview_cancelled_new_date
    "60c37347600909c4": (
        (
            "grab",
            "breve",
            "korte",
            "rápida",
            "chamada",
            "ligação",
            "llamada",
            "belletje",
            "conversa",
            "telefoontje",
            "conversación",
            "videogesprek",
            "videollamada",
            "kennismakingsgesprek",
        ),
    ),  # interview/short_call_proposal
    "cfcadd35e9ce1c4b": (
        ("attendons", "aspettiamo", "entrevista", "verwachten"),
    ),  # interview/we_expect_you_for_the_interview
    "e058e7e1cc0f83c9": (
        ("einladen",),
        (
            "gespräch",
            "interview",
            "telefonat",
            "videocall",
            "kennenlernen",
            "kennenlerngespräch",
            "vorstellungsgespräch",
        ),
        ("zu",),
    ),  # interview/zu_gespräch_einladen
    "039eecdb2f272b70": (
        ("disponibil", "disponibilidade"),
    ),  # interview/available_for_a_call_it_pt
    "e4c9c4c182eb82aa": (
        ("disponibil",),
        (
            "call",
            "chiamata",
            "incontro",
            "colloquio",
            "telefonata",
            "videochiamata",
            "videocolloquio",
        ),
        ("per",),
    ),  # interview/available_for_a_call_it_pt
    "ca70ca27dca946a1": (
        ("disponibilidade",),
        ("para",),
        ("call", "chamada", "reunião", "conversa", "bate-papo", "entrevista", "videochamada"),
    ),  # interview/available_for_a_call_it_pt
    "59b1958646dc715f": (
        ("bevestig",),
        ("gesprek",),
        ("je", "uw", "het", "ons", "jouw"),
    ),  # interview/bevestigen_je_gesprek_nl
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
    "46733f91d892b636": (
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
    "df9c3d58a6b9802f": (
        ("entrevista",),
        ("com", "final", "vídeo", "online", "técnica", "presencial"),
    ),  # interview/entrevista_técnica_2
    "8fb527c088d64e4c": (("entrevista",), ("sua",)),  # interview/entrevista_técnica_2
    "8492426eaff22537": (
        ("marcar", "agendar"),
        ("call", "conversa", "entrevista"),
    ),  # interview/agendar_entrevista_2
    "34402120b50d90ef": (("colloquio",),),  # interview/invitarti_un_colloquio
    "be50854d3b267a7f": (
        ("colloquio",),
        ("invitar",),
        ("il", "un"),
    ),  # interview/invitarti_un_colloquio
    "684df5ae5781cc64": (("colloquio",), ("tuo",), ("il",)),  # interview/invitarti_un_colloquio
    "6af25c6d291938c2": (
        ("colloquio",),
        ("con", "finale", "online", "tecnico", "telefonico", "conoscitivo"),
    ),  # interview/colloquio_tecnico
    "ecbb31be437b549c": (("queda", "viene", "funciona"),),  # interview/te_queda_bien
    "9f9678b71d07220c": (("queda", "viene"), ("bien",), ("le", "te")),  # interview/te_queda_bien
    "8f102eef3cfe04ef": (("funciona",), ("te",)),  # interview/te_queda_bien
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
    "77d445707c17281e": (
        (
            "charla",
            "chamada",
            "llamada",
            "conversa",
            "bate-papo",
            "entrevista",
            "conversación",
            "videochamada",
            "videollamada",
        ),
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
    "0267f38f1568da42": (
        ("gespräch", "interview"),
        ("legen", "schieben"),
        ("ver",),
    ),  # interview/reschedule_the_interview_de
    "72d056ad2861cb5a": (
        ("gespräch",),
        ("legen", "schieben"),
        ("ver",),
    ),  # interview/reschedule_the_interview_de
    "dffa0aa50b612302": (("colloquio", "entretien"),),  # interview/reschedule_the_interview_fr_it
    "0c29811cbcdf01a6": (
        ("entretien",),
        ("changer", "décaler", "déplacer", "reporter"),
        ("l'", "notre", "votre"),
    ),  # interview/reschedule_the_interview_fr_it
    "4f16c621c15438e4": (
        ("colloquio",),
        ("cambiare", "rinviare", "spostare", "posticipare"),
        ("il", "suo", "tuo", "nostro"),
    ),  # interview/reschedule_the_interview_fr_it
    "ed3214f26665b764": (
        (
            "cnica",
            "legen",
            "zetten",
            "plaatsen",
            "schieben",
            "sessione",
            "colloquio",
            "entretien",
            "technical",
            "technisch",
            "technische",
            "fachgespräch",
        ),
    ),  # interview/reschedule_the_technical_session
    "fbae22dff5eee729": (
        (
            "cnica",
            "sessione",
            "colloquio",
            "entretien",
            "technical",
            "technisch",
            "technische",
            "fachgespräch",
        ),
        (
            "move",
            "push",
            "adiar",
            "mover",
            "mudar",
            "pasar",
            "shift",
            "moving",
            "verleg",
            "aplazar",
            "avancer",
            "cambiar",
            "décaler",
            "forward",
            "postpon",
            "déplacer",
            "omzetten",
            "posponer",
            "remarcar",
            "reporter",
            "schuiven",
            "spostare",
            "verlegen",
            "antecipar",
            "reagendar",
            "reschedul",
            "rimandare",
            "trasladar",
            "verschuiv",
            "verzetten",
            "anticipare",
            "opschuiven",
            "posticipare",
            "reprogramar",
            "verplaatsen",
            "verschieben",
        ),
    ),  # interview/reschedule_the_technical_session
    "3a29b249a6fc26e6": (
        ("legen", "zetten", "plaatsen", "schieben"),
        (
            "cnica",
            "sessione",
            "colloquio",
            "entretien",
            "technical",
            "technisch",
            "technische",
            "fachgespräch",
        ),
        ("ver",),
    ),  # interview/reschedule_the_technical_session
    "9f68137a65db3c7c": (
        ("gesprek",),
        ("zetten", "plaatsen"),
        ("ver",),
    ),  # interview/reschedule_the_interview_nl
    "1493fbf87878f8f9": (
        ("verfügbar", "beschikbaar", "disponibilità", "verfügbarkeit", "disponibilidade"),
    ),  # interview/send_us_your_availability
    "d7bfdde20b87c483": (
        ("disponibilidade",),
        ("enviar", "mandar", "passar", "informar"),
        ("sua", "tua"),
    ),  # interview/send_us_your_availability
    "6dd101f16be58aeb": (
        ("disponibilità",),
        ("faccia", "sapere", "indichi", "comunichi", "indichiate", "indicheresti"),
        ("sua", "tua", "vostra"),
    ),  # interview/send_us_your_availability
    "98a3a6faebb857d2": (
        ("verfügbarkeit",),
        ("nennen", "teilen"),
        ("ihre", "deine"),
    ),  # interview/send_us_your_availability
    "b4166dac9028c3dc": (
        ("verfügbar",),
        ("sagen", "teilen"),
        ("wann", "welchen"),
    ),  # interview/send_us_your_availability
    "ad5e21feba0323cf": (
        ("beschikbaar",),
        ("wanneer",),
        ("weten",),
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
    "3777f0c2595e11ea": (
        ("screen", "interview"),
        (
            "zoom",
            "final",
            "first",
            "panel",
            "phone",
            "teams",
            "video",
            "onsite",
            "second",
            "initial",
            "manager",
            "on-site",
            "virtual",
            "follow-up",
            "in-person",
            "recruiter",
            "screening",
            "technical",
            "behavioral",
            "behavioural",
        ),
    ),  # interview/phone_interview
    "7becb6c95b462c1c": (
        ("manager", "recruiter", "screening"),
        ("call",),
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
    "a9c57a4d3047ab02": (
        (
            "onsite",
            "screen",
            "gesprek",
            "on-site",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "kennismaking",
        ),
    ),  # interview/interview
    "c78f75c678efeb59": (("interview",),),  # interview/interview
    "b59a85fced2cf1ec": (("entrevista",),),  # interview/interview
    "7ca9be1873d3b5e9": (("entretien",),),  # interview/interview
    "e4260ab72c0c7861": (("gespräch",),),  # interview/interview
    "4144c7fb52816b90": (("gesprek",),),  # interview/interview
    "8baf39d6e7d94875": (("kennismaking",),),  # interview/interview
    "fc557fff773a5c1b": (("onsite",),),  # interview/interview
    "648f715a3410aa71": (("on-site",),),  # interview/interview
    "161f8c6f820b4b9c": (("colloquio",),),  # interview/interview
    "3757661dc170101d": (("screen",), ("tech", "phone", "technical")),  # interview/interview
    "f7a01ff5fd26d271": (("step", "nächste", "prochain", "siguiente"),),  # interview/next_step
    "d5c9239f966cae6c": (
        ("intro", "phone", "round", "stage", "screening"),
    ),  # interview/first_round
    "6754b4efc6bb1060": (
        ("round", "stage"),
        ("next", "final", "first", "third", "second"),
    ),  # interview/first_round
    "0454938bc2030a58": (("intro", "phone", "screening"), ("call",)),  # interview/first_round
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
    "819e5b4fa61fa3a3": (
        ("einladen",),
        ("sie", "dich"),
        ("vor", "büro", "unser", "standort"),
    ),  # interview/ins_buero_einladen_de
    "77de66d2000af5b2": (
        ("laden",),
        ("sie", "dich"),
        ("vor", "büro", "standort"),
    ),  # interview/ins_buero_einladen_de
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
    "f432e8c45aa37a15": (
        ("nodigen",),
        ("kantoor", "hoofdkantoor"),
        ("uit",),
    ),  # interview/uitnodigen_op_kantoor_nl
    "491ffe0355f93cef": (
        ("nodigen",),
        ("kantoor",),
        ("uit",),
    ),  # interview/uitnodigen_op_kantoor_nl
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
    "ebdb86491e06933a": (("kennis",), ("maak",), ("met",)),  # interview/maak_je_kennis_met_nl
    "3229d66ce678ae9d": (("spreek",), ("met",), ("je",)),  # interview/maak_je_kennis_met_nl
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
    "99f75fcc27b9b79a": (
        ("agenda", "programa", "itinerario"),
        ("visita", "entrevista", "entrevistas"),
        ("de",),
    ),  # interview/agenda_de_tu_visita_es
    "a558a412b70ec384": (
        ("entrevistas",),
        ("jornada",),
        ("de",),
    ),  # interview/agenda_de_tu_visita_es
    "61b88a99582d3253": (
        ("déroulé", "planning", "programme", "entretiens"),
    ),  # interview/programme_de_votre_journee_fr
    "7fc59b1f795f9a04": (
        ("déroulé", "planning", "programme"),
        ("visite", "journée", "matinée"),
        ("de",),
    ),  # interview/programme_de_votre_journee_fr
    "32f71cd03c294778": (
        ("entretiens",),
        ("planning",),
        ("vos",),
    ),  # interview/programme_de_votre_journee_fr
    "0964abf74828247e": (
        ("ablauf", "ablaufplan", "tagesablauf", "gesprächstag", "interviewtag"),
    ),  # interview/ablauf_ihres_besuchs_de
    "0d3ab50979391a3e": (
        ("ablauf", "ablaufplan", "tagesablauf"),
        ("besuch", "termin", "gesprächstag", "interviewtag"),
        ("ihren", "ihres", "deinen", "deines"),
    ),  # interview/ablauf_ihres_besuchs_de
    "87c976f9aba839ad": (
        ("ablaufplan", "gesprächstag", "interviewtag"),
        ("ihr", "dein"),
    ),  # interview/ablauf_ihres_besuchs_de
    "a4754566f429cd6b": (
        ("colloqui", "giornata"),
        ("agenda", "programma"),
        ("de",),
    ),  # interview/programma_della_giornata_it
    "19e6f39d0ab1f0c7": (
        ("agenda", "roteiro", "entrevistas", "programação"),
    ),  # interview/roteiro_da_sua_visita_pt
    "92cd91658f054fab": (
        ("agenda", "roteiro", "programação"),
        ("visita", "entrevista", "entrevistas"),
        ("sua", "tua"),
    ),  # interview/roteiro_da_sua_visita_pt
    "770a821f5049032d": (("entrevistas",), ("dia",), ("de",)),  # interview/roteiro_da_sua_visita_pt
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
    "d0cdf51d100ad19e": (
        ("round", "stage", "interview"),
        ("you",),
        ("at", "for"),
    ),  # interview/host_you_for_final_round
    "1a5d3691585392f0": (
        ("esperamos",),
        ("final",),
        ("etapa", "ronda", "entrevista"),
    ),  # interview/host_you_for_final_round
    "1d99abd96b426fa8": (
        ("accueillir",),
        ("final", "dernier", "entretien"),
        ("vous",),
    ),  # interview/host_you_for_final_round
    "87fe87f9f29d4c4c": (
        ("begrüßen", "empfangen"),
        ("finale",),
        ("runde",),
    ),  # interview/host_you_for_final_round
    "2ac73c88e482c13f": (
        ("accoglierti",),
        ("finale",),
        ("round", "colloquio"),
    ),  # interview/host_you_for_final_round
    "58d8c669b850b825": (
        ("receb",),
        ("final",),
        ("etapa", "rodada", "entrevista"),
    ),  # interview/host_you_for_final_round
    "13da4a5150ef002f": (
        ("ontvangen",),
        ("laatste", "eindgesprek"),
        ("voor",),
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
    "27fabefaf286532c": (
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
            "pasarme",
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
            "pasarnos",
            "proponer",
            "proporci",
            "proposer",
            "proposez",
            "schicken",
            "doorgeven",
            "enviarnos",
            "indicarci",
            "indicarmi",
            "indícanos",
            "mitteilen",
            "comunicaci",
            "indicar-me",
            "indicarnos",
            "communiquer",
            "communiquez",
            "comunicarci",
            "indicar-nos",
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
    "cd75f069e8cb03bc": (
        ("interview",),
        ("2nd", "3rd", "third"),
    ),  # interview/second_round_interview
    "d48910cc1a292231": (
        ("entrevista",),
        ("segund", "tercer", "terceira"),
    ),  # interview/second_round_interview
    "329dd7294084a71f": (
        ("gespräch", "interview", "vorstellungsgespräch"),
        ("dritte", "finale", "zweite"),
    ),  # interview/second_round_interview
    "6e6ff74e2f7b2ba8": (
        ("entretien",),
        ("second", "dernier", "deuxième", "troisième"),
    ),  # interview/second_round_interview
    "a79b8e93e10322d7": (
        ("colloquio",),
        ("nuovo", "terzo", "ultimo", "secondo"),
    ),  # interview/second_round_interview
    "38675cb6485ed7cd": (("gesprek",), ("derde", "laatste")),  # interview/second_round_interview
    "77b4b56da6c07d40": (
        ("eindgesprek", "finalgespräch", "folgegespräch", "zweitgespräch", "abschlussgespräch"),
    ),  # interview/second_round_interview
    "bda1289054665ea6": (
        ("colloquio", "entretien", "entrevista"),
        ("final",),
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
    "0a89353f492c6a90": (
        ("gesprek", "conversa", "gespräch", "colloquio", "entretien", "interview", "entrevista"),
        (
            "vor",
            "büro",
            "sede",
            "site",
            "locaux",
            "office",
            "presso",
            "kantoor",
            "locatie",
            "persona",
            "nuestras",
            "escritório",
            "presencial",
            "présentiel",
            "pessoalmente",
        ),
    ),  # interview/interview_in_person_at_the_office
    "04fc339175243756": (
        ("persönliche",),
        ("gespräch",),
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
    "d519df7317593c95": (
        ("call", "chat", "meeting", "interview", "conversation"),
        (
            "md",
            "vp",
            "ceo",
            "cfo",
            "coo",
            "cto",
            "head",
            "lead",
            "team",
            "owner",
            "founder",
            "manager",
            "partner",
            "director",
            "president",
        ),
        ("with",),
    ),  # interview/call_with_their_hiring_manager
    "33e19a9b1a71f09d": (
        ("llamada", "reunión", "entrevista", "conversación", "videollamada"),
        ("quiere", "propone", "quieren", "gustaría", "proponen", "quisiera"),
        ("una",),
    ),  # interview/call_with_their_hiring_manager
    "d10124ba38fd41c5": (
        ("würde", "möchte", "würden", "möchten"),
        ("call", "video", "gespräch", "interview", "telefonat", "kennenlernen"),
        ("ein",),
    ),  # interview/call_with_their_hiring_manager
    "76cff8fbeb0e4155": (
        ("aimerai", "propose", "voudrai", "souhaite", "souhaiterai"),
        ("avec",),
        ("call", "appel", "visio", "échange", "entretien", "rendez-vous"),
    ),  # interview/call_with_their_hiring_manager
    "4c9655899fdb8c34": (
        ("propone", "desidera", "vorrebbe"),
        ("call", "chiamata", "incontro", "colloquio", "videochiamata"),
        ("con",),
    ),  # interview/call_with_their_hiring_manager
    "00c460d7f9a449d3": (
        ("quer", "deseja", "querem", "desejam", "gostaria", "gostariam"),
        ("call", "chamada", "reunião", "conversa", "entrevista", "videochamada"),
        ("uma",),
    ),  # interview/call_with_their_hiring_manager
    "dd4031b710c2281c": (
        ("call", "gesprek", "belafspraak", "kennismaking", "videogesprek"),
        ("met",),
        ("wil", "zou", "willen", "zouden"),
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
    "72887b2ca7906844": (
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
        (
            "move",
            "push",
            "adiar",
            "mover",
            "mudar",
            "pasar",
            "shift",
            "moving",
            "verleg",
            "aplazar",
            "avancer",
            "cambiar",
            "décaler",
            "forward",
            "postpon",
            "déplacer",
            "omzetten",
            "posponer",
            "remarcar",
            "reporter",
            "schuiven",
            "spostare",
            "verlegen",
            "antecipar",
            "reagendar",
            "reschedul",
            "rimandare",
            "trasladar",
            "verschuiv",
            "verzetten",
            "anticipare",
            "opschuiven",
            "posticipare",
            "reprogramar",
            "verplaatsen",
            "verschieben",
        ),
    ),  # interview/move_the_interview_to_another_day
    "8842ccf17765a1e0": (
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
        (
            "move",
            "push",
            "adiar",
            "mover",
            "mudar",
            "pasar",
            "shift",
            "moving",
            "verleg",
            "aplazar",
            "avancer",
            "cambiar",
            "décaler",
            "forward",
            "postpon",
            "déplacer",
            "omzetten",
            "posponer",
            "remarcar",
            "reporter",
            "schuiven",
            "spostare",
            "verlegen",
            "antecipar",
            "reagendar",
            "reschedul",
            "rimandare",
            "trasladar",
            "verschuiv",
            "verzetten",
            "anticipare",
            "opschuiven",
            "posticipare",
            "reprogramar",
            "verplaatsen",
            "verschieben",
        ),
    ),  # interview/move_the_interview_to_another_day
    "632cbddd4f54372f": (
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
        ("legen", "zetten", "plaatsen", "schieben", "schuiven"),
        ("ver",),
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
    "8bb512f57270d961": (
        (
            "appel",
            "termin",
            "chamada",
            "llamada",
            "échange",
            "afspraak",
            "chiamata",
            "telefonat",
            "videocall",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
        (
            "move",
            "push",
            "adiar",
            "mover",
            "mudar",
            "pasar",
            "shift",
            "moving",
            "verleg",
            "aplazar",
            "avancer",
            "cambiar",
            "décaler",
            "forward",
            "postpon",
            "déplacer",
            "omzetten",
            "posponer",
            "remarcar",
            "reporter",
            "schuiven",
            "spostare",
            "verlegen",
            "antecipar",
            "reagendar",
            "reschedul",
            "rimandare",
            "trasladar",
            "verschuiv",
            "verzetten",
            "anticipare",
            "opschuiven",
            "posticipare",
            "reprogramar",
            "verplaatsen",
            "verschieben",
        ),
    ),  # interview/move_the_call_to_another_day
    "16e1079489f7fbb4": (
        (
            "appel",
            "termin",
            "chamada",
            "llamada",
            "échange",
            "afspraak",
            "chiamata",
            "telefonat",
            "videocall",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
        (
            "move",
            "push",
            "adiar",
            "mover",
            "mudar",
            "pasar",
            "shift",
            "moving",
            "verleg",
            "aplazar",
            "avancer",
            "cambiar",
            "décaler",
            "forward",
            "postpon",
            "déplacer",
            "omzetten",
            "posponer",
            "remarcar",
            "reporter",
            "schuiven",
            "spostare",
            "verlegen",
            "antecipar",
            "reagendar",
            "reschedul",
            "rimandare",
            "trasladar",
            "verschuiv",
            "verzetten",
            "anticipare",
            "opschuiven",
            "posticipare",
            "reprogramar",
            "verplaatsen",
            "verschieben",
        ),
    ),  # interview/move_the_call_to_another_day
    "51e964ed184c2f51": (
        ("legen", "zetten", "plaatsen", "schieben", "schuiven"),
        (
            "appel",
            "termin",
            "chamada",
            "llamada",
            "échange",
            "afspraak",
            "chiamata",
            "telefonat",
            "videocall",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
        ("ver",),
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
    "e51b45a611c86766": (
        ("ok", "good", "suit", "work"),
        ("is", "does", "will", "would"),
    ),  # interview/does_this_day_and_time_work
    "9a67c6fb79210b2d": (
        ("bene",),
        ("le", "ti", "vi"),
        ("va", "sta", "andrebbe", "starebbe"),
    ),  # interview/does_this_day_and_time_work
    "e627597185db1121": (("fica",), ("bom",)),  # interview/does_this_day_and_time_work
    "8005dcb91e869248": (("jeito",), ("te", "lhe")),  # interview/does_this_day_and_time_work
    "f3cd54ff6de7631d": (
        ("irait", "convien"),
        ("te", "vous"),
    ),  # interview/does_this_day_and_time_work
    "c2991bf806595723": (
        ("irait", "convien"),
        ("te", "vous"),
    ),  # interview/does_this_day_and_time_work
    "8869772c953d4b59": (
        ("geht", "wäre", "ginge", "passt", "würde", "passen"),
        ("bei", "dir", "ihnen"),
    ),  # interview/does_this_day_and_time_work
    "29d9dbdbb998868f": (
        ("hätte",),
        ("zeit",),
        ("du", "sie"),
    ),  # interview/does_this_day_and_time_work
    "56f1bd5b34f892b3": (("lukt", "past", "schikt"),),  # interview/does_this_day_and_time_work
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
    "45f9c062343ad72b": (
        (
            "ben",
            "heb",
            "bent",
            "free",
            "hebt",
            "estás",
            "around",
            "podría",
            "puedes",
            "tienes",
            "podrías",
            "estarías",
            "tendrías",
            "available",
            "disponível",
            "disponibile",
            "disponibilidade",
        ),
        (
            "min",
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
            "kennenlernen",
            "kennismaking",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
    ),  # interview/are_you_available_on_the_day_for_a_call
    "da4c1e7f5caffa4b": (
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
            "can",
            "kun",
            "kunt",
            "could",
            "podes",
            "kannst",
            "puedes",
            "könnten",
            "poderia",
            "podrías",
            "potrebbe",
            "potresti",
            "pourriez-vous",
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
    "43a0c0e210930ee4": (
        (
            "team",
            "gestor",
            "talent",
            "manager",
            "recruteu",
            "recruiter",
            "reclutador",
            "recruiting",
            "recrutador",
            "selezionat",
            "teamleider",
            "teamleiter",
            "recrutement",
            "responsable",
            "responsabile",
            "leidinggevende",
            "abteilungsleiter",
            "personalverantwortlich",
        ),
        (
            "boek",
            "book",
            "grab",
            "pick",
            "plan",
            "agenda",
            "boeken",
            "buchen",
            "marcar",
            "agendar",
            "fissare",
            "plannen",
            "prenota",
            "reserve",
            "reservar",
            "réserver",
            "schedule",
            "inplannen",
            "planifier",
            "prenotare",
            "vereinbaren",
        ),
        ("com", "con", "met", "mit", "avec", "with"),
    ),  # interview/book_a_slot_with_the_hiring_manager
    "0cf928ccbd7a6852": (
        ("boeken", "buchen", "plannen", "inplannen", "vereinbaren"),
        (
            "team",
            "gestor",
            "talent",
            "manager",
            "recruteu",
            "recruiter",
            "reclutador",
            "recruiting",
            "recrutador",
            "selezionat",
            "teamleider",
            "teamleiter",
            "recrutement",
            "responsable",
            "responsabile",
            "leidinggevende",
            "abteilungsleiter",
            "personalverantwortlich",
        ),
        ("et", "it"),
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
    "8bdd76ea3a992972": (
        (
            "derde",
            "passi",
            "accedi",
            "dritte",
            "finale",
            "second",
            "tweede",
            "weiter",
            "zweite",
            "última",
            "nächste",
            "próxima",
            "seconde",
            "segunda",
            "tercera",
            "deuxième",
            "passerai",
            "prossimo",
            "suivante",
            "terceira",
            "volgende",
            "accederai",
            "processus",
            "siguiente",
            "troisième",
            "successiva",
            "successivo",
        ),
    ),  # interview/through_to_the_next_stage
    "d75604ec8c6f43b9": (
        ("última", "próxima", "segunda", "tercera", "siguiente"),
        ("pasas", "pases", "pasado", "avances", "avanzas", "pasarás", "avanzado", "avanzarás"),
        ("fase", "etapa", "ronda"),
    ),  # interview/through_to_the_next_stage
    "d51662f4dd5fd697": (
        ("dritte", "finale", "weiter", "zweite", "nächste"),
    ),  # interview/through_to_the_next_stage
    "7662a794933775d0": (
        ("second", "seconde", "deuxième", "suivante", "troisième"),
        ("pass",),
    ),  # interview/through_to_the_next_stage
    "cc17af108c8fab59": (
        ("processus",),
        ("suivante",),
        ("étape",),
    ),  # interview/through_to_the_next_stage
    "c170a8ed628f983d": (
        ("prossimo", "successiva", "successivo"),
        ("passat",),
        ("al",),
    ),  # interview/through_to_the_next_stage
    "da2df4cbc576f086": (
        ("passi", "accedi", "passerai", "accederai"),
        ("terza", "seconda", "secondo", "prossima", "prossimo"),
        ("al",),
    ),  # interview/through_to_the_next_stage
    "213c6038eab0360d": (
        ("próxima", "segunda", "terceira"),
        (
            "passe",
            "avance",
            "passar",
            "passas",
            "passes",
            "passou",
            "avanças",
            "avançou",
            "avançará",
        ),
        ("para",),
    ),  # interview/through_to_the_next_stage
    "29425a8a488c21bc": (
        ("derde", "tweede", "volgende"),
        ("door",),
        ("bent", "gaat"),
    ),  # interview/through_to_the_next_stage
    "394239ab6f957cdb": (
        (
            "event",
            "evento",
            "afspraak",
            "evenement",
            "termintyp",
            "d'événement",
            "ereignistyp",
            "afspraaktype",
            "evenementtype",
            "veranstaltungstyp",
        ),
        (
            "first",
            "intro",
            "prima",
            "gesprek",
            "initial",
            "premier",
            "primera",
            "contatto",
            "gespräch",
            "incontro",
            "primeira",
            "colloquio",
            "découverte",
            "kennenlern",
            "erstgespräch",
            "kennenlernen",
            "kennismaking",
        ),
    ),  # interview/first_conversation_booked
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
    "5118b69a2fc8f062": (("come",), ("by", "in", "over"), ("you",)),  # interview/come_in_on_the_day
    "98e457f1eadf52de": (
        ("introduce",),
        ("to",),
        ("vp", "ceo", "cto", "head", "team", "founder", "manager", "director"),
    ),  # interview/come_in_on_the_day
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
    "980c861ea39119f0": (
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
        ),
    ),  # interview/come_by_the_office_on_the_day
    "8987d6a80c0c58da": (
        ("langs", "langskomen", "binnenlopen", "vorbeikommen", "vorbeischauen"),
        ("kun", "zou", "kunt", "kannst", "können", "könnten"),
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
    "86946787ddd778fa": (
        ("to",),
        ("new",),
        ("date", "slot", "time"),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "b9c8c3a3a374d42b": (
        ("nueva",),
        ("fijar", "buscar", "acordar", "concertar"),
        ("para",),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "21272192271164b8": (
        ("termin",),
        ("finden", "abzustimmen", "festzulegen", "vereinbaren"),
        ("einen",),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "1702cefecf143c03": (
        ("nouvelle",),
        ("fixer", "trouver", "convenir"),
        ("pour",),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "ff872d3df4c416cd": (
        ("nouveau",),
        ("créneau",),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "89ea59e12fafffee": (
        ("fissare", "trovare", "concordare"),
        ("nuova",),
        ("per",),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "836c6e576a92dd50": (
        ("marcar", "agendar", "combinar"),
        ("para",),
        ("nova",),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "965f9f695561180f": (
        ("nieuwe",),
        ("maken", "vinden", "plannen", "prikken"),
        ("tijd", "datum", "afspraak"),
    ),  # interview/set_a_new_date_for_the_cancelled_talk
    "72b57cae863e177b": (
        (
            "gesprek",
            "premier",
            "primera",
            "scambio",
            "belletje",
            "gespräch",
            "primeira",
            "primeiro",
            "telefonat",
            "telefonata",
            "telefonico",
            "kennismaking",
            "chiacchierata",
            "kennenlerngespräch",
        ),
        ("für", "per", "para", "pour", "voor"),
    ),  # interview/a_first_chat
    "a4b080cbd47752fd": (
        ("entretien", "seleccionó", "selecionad", "selezionat", "seleccionad", "sollicitatie"),
    ),  # interview/shortlisted_for_a_call_or_interview
    "e996fee65c5dfba8": (
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
            "agendar",
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
            "inplannen",
            "prenotare",
            "scegliere",
            "selecione",
            "selecteer",
            "seleziona",
            "choisissez",
            "selecciona",
            "seleccione",
            "sélectionnez",
        ),
        ("url", "lien", "link", "enlace", "ligação", "vínculo", "calendly", "collegamento"),
        (
            "slot",
            "time",
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
    ),  # interview/choose_a_time_through_the_link
    "ba01fcaf8193830b": (
        (
            "gesprek",
            "colloqui",
            "gespräche",
            "interview",
            "entretiens",
            "entrevista",
            "gesprekken",
            "interviews",
            "entrevistas",
            "d'entretiens",
        ),
    ),  # interview/interview_schedule_all
    "b3cd12f1a3753e4a": (
        ("com", "con", "met", "mit", "avec", "with"),
        ("com", "con", "met", "mit", "avec", "with"),
    ),  # interview/interview_sessions_listed
    "5df083f104148eb0": (
        (
            "what",
            "event",
            "evento",
            "termin",
            "afspraak",
            "événement",
            "d'événement",
            "veranstaltung",
        ),
        (
            "call",
            "chat",
            "appel",
            "intro",
            "charla",
            "screen",
            "chamada",
            "gesprek",
            "llamada",
            "échange",
            "chiamata",
            "conversa",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "telefonat",
            "entrevista",
            "conversation",
            "kennenlernen",
            "kennismaking",
            "chiacchierata",
        ),
    ),  # interview/booked_event_a_conversation
    "f0fa770b001de498": (
        (
            "call",
            "uten",
            "appel",
            "visio",
            "ütige",
            "charla",
            "chamada",
            "gesprek",
            "llamada",
            "échange",
            "belletje",
            "chiamata",
            "conversa",
            "conversación",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
    ),  # interview/minute_call_all
    "655033c11f539538": (
        (
            "call",
            "appel",
            "visio",
            "charla",
            "chamada",
            "gesprek",
            "llamada",
            "échange",
            "belletje",
            "chiamata",
            "conversa",
            "conversación",
            "videochamada",
            "videollamada",
            "videochiamata",
        ),
        ("min",),
        ("de", "di", "van"),
    ),  # interview/minute_call_all
    "f4c6bf8c0d7f4e67": (
        ("uten", "ütige"),
        ("call", "gesprek", "belletje", "gespräch", "telefonat", "videocall", "kennenlernen"),
        ("min",),
    ),  # interview/minute_call_all
    "9c598fd0e93c1056": (
        ("entretien", "invitiamo", "rencontre", "convidamos", "entrevista"),
    ),  # interview/we_invite_you_to_an_interview
    "8320e8df6f3755f0": (
        (
            "ronde",
            "round",
            "dritte",
            "finale",
            "letzte",
            "second",
            "zweite",
            "última",
            "dernier",
            "gesprek",
            "nächste",
            "próxima",
            "segunda",
            "tercera",
            "deuxième",
            "gespräch",
            "prochain",
            "terceira",
            "colloquio",
            "interview",
            "troisième",
            "gespreksronde",
        ),
    ),  # interview/your_next_round_with_someone
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
    "ed91cd0a3cb4c8fe": (
        ("perfil",),
        ("ajusta", "encaja"),
        ("tu",),
    ),  # rejection/tu_perfil_no_encaja
    "92f7a7dde4d55ffd": (
        ("continuaremos",),
        ("candidatura",),
        ("con",),
    ),  # rejection/tu_perfil_no_encaja
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
    "3df376958ead68a7": (
        ("wishes",),
        ("future",),
        ("best",),
    ),  # rejection/best_wishes_for_the_future
    "e7e2e939ef0328c3": (
        ("success",),
        ("search",),
        ("in",),
    ),  # rejection/best_wishes_for_the_future
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
    "658fd91e5c4f64d3": (("successful",), ("been",), ("not",)),  # rejection/not_been_successful
    "63955b0e02023c70": (
        ("unsuccessful",),
        ("at", "this", "occasion"),
    ),  # rejection/not_been_successful
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
    "d4ebb8710229d8fe": (("unable",), ("offer",), ("to",)),  # rejection/unable_to_offer_you
    "a30159c2c7bcfc9e": (
        ("offer",),
        ("able", "position"),
        ("to",),
    ),  # rejection/unable_to_offer_you
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
    "ae515c385f8d2e11": (
        ("position",),
        ("filled",),
        ("been",),
    ),  # rejection/position_has_been_filled
    "d9110ce0231bee43": (
        ("filled",),
        ("role", "position"),
        ("we",),
    ),  # rejection/position_has_been_filled
    "9ef9eb980098cff3": (("filled",), ("role",), ("been",)),  # rejection/position_has_been_filled
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
    "8293cb73d1224f53": (("selecionad",), ("não",), ("fo",)),  # rejection/não_foi_selecionad
    "a9c0b163c8241b81": (
        ("seguir", "avançar", "prosseguir", "continuidade"),
        ("vamos", "iremos", "poderemos"),
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
    "4e6d12c3c84855e2": (
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
    "968301f8d6345c23": (("défavorable",), ("suite",)),  # rejection/suite_défavorable
    "af4a94e2d5fd8a2a": (("négative", "défavorable"), ("réponse",)),  # rejection/suite_défavorable
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
    "132d3686731a6167": (
        ("encourage",),
        ("eye", "apply"),
        ("to",),
    ),  # rejection/encourage_you_to_apply
    "fbc6dea04074a0e9": (
        ("invite",),
        ("apply",),
        ("other", "future"),
    ),  # rejection/encourage_you_to_apply
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
    "83cd4deeef481fa8": (
        ("news", "outcome"),
        ("th",),
        ("at", "is"),
    ),  # rejection/this_is_not_the_news
    "f7911103ff7f1071": (("disappointing",),),  # rejection/this_is_not_the_news
    "87e1254d6c021718": (("decision", "competitive"),),  # rejection/difficult_decision
    "b8cb8f2a086174ed": (
        ("decision",),
        ("hard", "tough", "difficult"),
    ),  # rejection/difficult_decision
    "4393947468b7fa3f": (
        ("competitive",),
        ("pool", "field", "process"),
    ),  # rejection/difficult_decision
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
    "cb327d5a204b0cc1": (
        ("profil", "parcours", "expérience"),
        ("répond", "convient", "correspond"),
        ("pas",),
    ),  # rejection/profil_ne_correspond_pas_fr
    "8e8f0f4c4ec0fa56": (
        ("recherchons",),
        ("correspond",),
        ("nous",),
    ),  # rejection/profil_ne_correspond_pas_fr
    "6bd6fc0ce07d1fe6": (
        ("perfil", "buscamos", "buscando", "experiencia"),
    ),  # rejection/no_encaja_con_lo_que_buscamos_es
    "378483f6b3e1f714": (
        ("perfil", "experiencia"),
        ("adecúa", "coincide", "corresponde"),
        ("no",),
    ),  # rejection/no_encaja_con_lo_que_buscamos_es
    "12075b371fc2e97f": (
        ("buscamos", "buscando"),
        ("ajusta", "encaja"),
        ("que",),
    ),  # rejection/no_encaja_con_lo_que_buscamos_es
    "d084c93ab9fe22da": (
        ("passt", "profil", "werdegang", "hintergrund"),
    ),  # rejection/profil_passt_nicht_de
    "9590a17dadaf3dc2": (
        ("profil", "werdegang", "hintergrund"),
        ("passt", "entspricht"),
        ("kaum", "nicht"),
    ),  # rejection/profil_passt_nicht_de
    "bb38274ed90fd90c": (
        ("profil", "werdegang", "hintergrund"),
        ("passt", "entspricht"),
        ("kaum", "nicht"),
    ),  # rejection/profil_passt_nicht_de
    "962694dea0fba326": (
        ("passt",),
        ("nicht",),
        ("rolle", "stelle", "vakanz", "position"),
    ),  # rejection/profil_passt_nicht_de
    "9af73b1947ca7135": (
        ("passt",),
        ("nicht",),
        ("rolle", "stelle", "vakanz", "position", "anforderungen", "anforderungsprofil"),
    ),  # rejection/profil_passt_nicht_de
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
    "e1488b32488f3aed": (
        ("further",),
        ("taking",),
        ("be",),
    ),  # rejection/not_taking_your_application_further_en
    "c30512fb5012ca87": (
        ("candidacy", "application"),
        ("further",),
        ("take",),
    ),  # rejection/not_taking_your_application_further_en
    "5082b81de0de8cef": (("candidature",),),  # rejection/ne_pas_donner_suite_candidature_fr
    "b9ddbc0354877509": (
        ("candidature",),
        ("donner", "retenir", "poursuivre"),
        ("pas",),
    ),  # rejection/ne_pas_donner_suite_candidature_fr
    "6393503448ca2f68": (
        ("candidature",),
        ("pouvons", "pourrons", "donnerons", "donnerions"),
        ("suite",),
    ),  # rejection/ne_pas_donner_suite_candidature_fr
    "69c39a34acdf1e0d": (
        ("candidature",),
        ("retenu",),
        ("pas",),
    ),  # rejection/ne_pas_donner_suite_candidature_fr
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
    "a25bdcf536e7a775": (
        ("gespräch", "interview", "vorstellungsgespräch"),
        ("nicht",),
        ("einem",),
    ),  # rejection/nicht_zum_gespraech_einladen_de
    "a9ffc039d2321053": (
        ("einladung",),
        ("gespräch", "interview", "vorstellungsgespräch"),
        ("keine",),
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
    "11126c64fb2ff48f": (
        ("nodigen",),
        ("gesprek", "interview", "sollicitatiegesprek", "kennismakingsgesprek"),
        ("niet",),
    ),  # rejection/niet_uitnodigen_voor_gesprek_nl
    "d7066173c6a940a3": (
        ("nodigen",),
        ("niet",),
        ("uit",),
    ),  # rejection/niet_uitnodigen_voor_gesprek_nl
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
    "265b9c99ad9b4195": (
        ("bevroren", "stopgezet", "opgeschort", "geannuleerd"),
        (
            "werving",
            "vacature",
            "procedure",
            "selectieprocedure",
            "wervingsprocedure",
            "sollicitatieprocedure",
        ),
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
    "972d0f287b4be90a": (
        ("filled",),
        ("job", "role", "opening", "vacancy", "position"),
        ("is", "had", "has", "was", "have"),
    ),  # rejection/vacancy_filled_en
    "deed1dd663d54f7f": (
        ("internally",),
        ("going", "opted", "chosen", "decided"),
        ("fill",),
    ),  # rejection/vacancy_filled_en
    "ec624f507033a7ee": (("internally",), ("filled",)),  # rejection/vacancy_filled_en
    "d08b961f23be7452": (("besetzt", "vergeben"),),  # rejection/vacancy_filled_de
    "b494d01e23137b80": (
        ("besetzt", "vergeben"),
        ("stelle", "vakanz", "position"),
        ("ist", "wurde", "werden", "worden"),
    ),  # rejection/vacancy_filled_de
    "ef99e643838ca90b": (
        ("besetzt", "vergeben"),
        ("stelle", "vakanz", "position"),
        (
            "schon",
            "extern",
            "intern",
            "bereits",
            "inzwischen",
            "anderweitig",
            "mittlerweile",
            "zwischenzeitlich",
        ),
    ),  # rejection/vacancy_filled_de
    "dc7e29e38d821fda": (
        ("besetzt", "vergeben"),
        ("stelle", "vakanz", "position"),
        ("schon", "intern", "bereits", "inzwischen", "anderweitig", "mittlerweile"),
    ),  # rejection/vacancy_filled_de
    "6f694ef2c8f9e2ac": (
        ("comblé", "pourvu", "attribué", "pourvoir"),
    ),  # rejection/vacancy_filled_fr
    "fa079925db269cde": (
        ("comblé", "pourvu", "attribué"),
        ("offre", "poste"),
    ),  # rejection/vacancy_filled_fr
    "ea5c738823a7f791": (("pourvoir",), ("poste",), ("n'est",)),  # rejection/vacancy_filled_fr
    "f60404bd196a6142": (
        ("ocupó", "cubrió", "ocupad", "cubiert", "ocupado", "cubierto"),
    ),  # rejection/vacancy_filled_es
    "5ddc5d93aa63d93b": (
        ("ocupad", "cubiert"),
        ("plaza", "puesto", "vacante", "búsqueda", "posición"),
        ("ha", "se", "fue", "está", "quedó", "quedado"),
    ),  # rejection/vacancy_filled_es
    "7e9868c0bc93a430": (
        ("ocupó", "cubrió", "ocupado", "cubierto"),
        ("plaza", "puesto", "vacante", "búsqueda", "posición"),
        ("se",),
    ),  # rejection/vacancy_filled_es
    "adb022d616922fdb": (
        ("copert", "assegnat", "ricopert", "selezione"),
    ),  # rejection/vacancy_filled_it
    "439f88d5496ee378": (
        ("copert", "assegnat", "ricopert"),
        ("posto", "ruolo", "posizione"),
        ("stat",),
    ),  # rejection/vacancy_filled_it
    "d29ec28a7bec3139": (("selezione",), ("chiuso",), ("tutti",)),  # rejection/vacancy_filled_it
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
    "6f6afd3e145c3ba9": (
        ("procedere", "continuare", "proseguire"),
        ("profili", "candidati"),
        ("altri",),
    ),  # rejection/continue_with_others_it
    "72f9328829ae99db": (
        ("candidatura",),
        ("seguito",),
        ("siamo", "potremo", "possiamo"),
    ),  # rejection/continue_with_others_it
    "791446b3beb3cfb2": (("kandida",),),  # rejection/continue_with_others_nl
    "ba981bd22c2abf99": (
        ("kandida",),
        ("andere",),
        ("door", "verder"),
    ),  # rejection/continue_with_others_nl
    "ea88202671f535bc": (
        ("kandida",),
        ("kiezen",),
        ("andere",),
    ),  # rejection/continue_with_others_nl
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
    "0de8647f3f9a1b2a": (
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
    "bb285a8a07249e76": (
        ("appointed",),
        ("some",),
        ("one", "body"),
    ),  # rejection/chose_another_person_en
    "a62a41bf84d0cbac": (
        ("chose", "hired", "chosen", "selected", "appointed"),
        (
            "some",
            "person",
            "another",
            "finalist",
            "internal",
            "profiles",
            "applicant",
            "candidate",
            "finalists",
            "applicants",
            "candidates",
            "individual",
            "individuals",
        ),
    ),  # rejection/chose_another_person_en
    "d16a2b551ba1b1a4": (
        (
            "some",
            "person",
            "another",
            "finalist",
            "internal",
            "profiles",
            "applicant",
            "candidate",
            "finalists",
            "applicants",
            "candidates",
            "individual",
            "individuals",
        ),
        ("by", "on", "to", "for", "with"),
        (
            "go",
            "gave",
            "gone",
            "move",
            "went",
            "award",
            "chose",
            "given",
            "going",
            "offer",
            "opted",
            "pursu",
            "choose",
            "chosen",
            "extend",
            "moving",
            "continu",
            "decided",
            "elected",
            "proceed",
            "settled",
            "accepted",
            "progress",
            "selected",
        ),
    ),  # rejection/chose_another_person_en
    "f096eafbec31911d": (
        (
            "perfil",
            "alguien",
            "persona",
            "candidat",
            "compañer",
            "perfiles",
            "aspirante",
            "postulante",
            "incorporaci",
        ),
    ),  # rejection/chose_another_person_es
    "8cabf592dcd4a5ca": (
        (
            "perfil",
            "alguien",
            "persona",
            "candidat",
            "compañer",
            "perfiles",
            "aspirante",
            "postulante",
        ),
        (
            "cubrir",
            "oferta",
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
            "asignada",
            "asignado",
            "cubierto",
            "decidido",
            "elegimos",
            "escogido",
            "ofertada",
            "ofertado",
            "ofrecida",
            "ofrecido",
            "otorgado",
            "quedamos",
            "seguimos",
            "asignamos",
            "avanzamos",
            "continuar",
            "contratar",
            "decantado",
            "decidimos",
            "eligieron",
            "escogimos",
            "inclinado",
            "ofrecimos",
            "propuesta",
            "proseguir",
            "quedarnos",
            "adjudicada",
            "adjudicado",
            "contratado",
            "decantamos",
            "decidieron",
            "inclinamos",
            "preferimos",
            "quedaremos",
            "seguiremos",
            "adjudicamos",
            "avanzaremos",
            "continuamos",
            "incorporado",
            "prefirieron",
            "incorporamos",
            "seleccionado",
            "continuaremos",
            "seleccionamos",
        ),
    ),  # rejection/chose_another_person_es
    "b56d985abefde685": (
        ("incorporaci",),
        (
            "perfil",
            "alguien",
            "persona",
            "candidat",
            "compañer",
            "perfiles",
            "aspirante",
            "postulante",
        ),
        ("de",),
    ),  # rejection/chose_another_person_es
    "e270fff3e3cac502": (
        (
            "fechar",
            "oferta",
            "optado",
            "seguir",
            "apostar",
            "avançar",
            "optamos",
            "optámos",
            "decidido",
            "fechamos",
            "oferecer",
            "proposta",
            "seguimos",
            "avançamos",
            "continuar",
            "contratar",
            "decidimos",
            "escolhido",
            "oferecida",
            "oferecido",
            "preencher",
            "contratado",
            "escolhemos",
            "oferecemos",
            "prosseguir",
            "seguiremos",
            "avançaremos",
            "contratamos",
            "preferência",
            "selecionado",
            "selecionamos",
            "continuaremos",
            "prosseguiremos",
        ),
    ),  # rejection/chose_another_person_pt
    "d88de9f74af705b4": (
        ("escolhido", "contratado", "escolhemos", "contratamos", "selecionado", "selecionamos"),
        (
            "algu",
            "colega",
            "perfil",
            "perfis",
            "pessoa",
            "candidat",
            "seniores",
            "experientes",
            "experiência",
            "profissiona",
            "profissional",
        ),
    ),  # rejection/chose_another_person_pt
    "e9632249563136cf": (
        (
            "fechar",
            "oferta",
            "optado",
            "seguir",
            "apostar",
            "avançar",
            "optamos",
            "optámos",
            "decidido",
            "fechamos",
            "oferecer",
            "proposta",
            "seguimos",
            "avançamos",
            "continuar",
            "contratar",
            "decidimos",
            "escolhido",
            "oferecida",
            "oferecido",
            "preencher",
            "escolhemos",
            "oferecemos",
            "prosseguir",
            "seguiremos",
            "avançaremos",
            "contratamos",
            "preferência",
            "selecionado",
            "selecionamos",
            "continuaremos",
            "prosseguiremos",
        ),
        (
            "algu",
            "colega",
            "perfil",
            "perfis",
            "pessoa",
            "candidat",
            "seniores",
            "experientes",
            "experiência",
            "profissiona",
            "profissional",
        ),
    ),  # rejection/chose_another_person_pt
    "429406b36e856303": (
        (
            "vorzug",
            "zusage",
            "anderen",
            "besetzt",
            "gewählt",
            "anbieten",
            "besetzen",
            "externen",
            "internen",
            "vergeben",
            "weiteren",
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
    "411ad4eb6be91d29": (
        (
            "gewählt",
            "anbieten",
            "angeboten",
            "ausgewählt",
            "fortfahren",
            "beschlossen",
            "entscheiden",
            "entschieden",
            "entschlossen",
            "fortzufahren",
            "weitermachen",
            "weiterzumachen",
        ),
        ("andere", "jemand", "kolleg", "externe", "interne", "bewerber", "kandidat", "mitbewerber"),
        ("an", "für", "mit"),
    ),  # rejection/chose_another_person_de
    "3948b9359f90bdc4": (
        (
            "besetzt",
            "besetzen",
            "vergeben",
            "angeboten",
            "ausgewählt",
            "eingestellt",
            "entschieden",
            "fortzufahren",
            "weiterzumachen",
        ),
        ("andere", "jemand", "kolleg", "externe", "interne", "bewerber", "kandidat", "mitbewerber"),
        ("an", "für", "mit"),
    ),  # rejection/chose_another_person_de
    "0dd3590ed135220c": (
        ("vorzug", "zusage"),
        ("andere", "jemand", "kolleg", "externe", "interne", "bewerber", "kandidat", "mitbewerber"),
    ),  # rejection/chose_another_person_de
    "2e3ea7862f4a71a5": (
        ("entschieden",),
        ("bewerber", "kandidat"),
        ("für",),
    ),  # rejection/chose_another_person_de
    "50cfb1e1511dbb52": (
        ("anderen", "externen", "internen", "weiteren"),
        ("person", "bewerber", "kandidat"),
        ("vorzug", "zusage", "angebot", "zugesagt", "angeboten"),
    ),  # rejection/chose_another_person_de
    "1170ea7e445ce68c": (
        (
            "profil",
            "interne",
            "profils",
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
    "7b93e9b95bab82a8": (
        (
            "profil",
            "collega",
            "persona",
            "persone",
            "profili",
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
            "assumendo",
            "preferito",
            "procedere",
            "scegliere",
            "continuare",
            "proseguire",
            "scegliendo",
            "individuato",
            "selezionato",
            "individuando",
            "privilegiare",
            "privilegiato",
            "selezionando",
        ),
    ),  # rejection/chose_another_person_it
    "bdb91a4fad22f461": (
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
    "f32f6418aa097ddf": (
        ("iemand", "interne", "kandida", "persoon", "sollicitant"),
        (
            "kozen",
            "gegund",
            "gunnen",
            "kiezen",
            "verder",
            "vullen",
            "beslist",
            "gekozen",
            "besloten",
            "doorgaan",
            "ingevuld",
            "invullen",
            "voorkeur",
            "aanbieden",
            "aangeboden",
            "aangenomen",
            "verdergaan",
            "geselecteerd",
        ),
        ("aan", "met", "voor"),
    ),  # rejection/chose_another_person_nl
    "9be5f8168b5470d8": (
        ("iemand", "interne", "kandida", "persoon", "sollicitant"),
        (
            "geven",
            "gegund",
            "gegeven",
            "gekozen",
            "ingevuld",
            "invullen",
            "aanbieden",
            "aangeboden",
            "aangenomen",
            "geselecteerd",
        ),
        ("aan", "met", "voor"),
    ),  # rejection/chose_another_person_nl
    "577b1ed15e7374b9": (
        ("gekozen", "aangenomen", "geselecteerd"),
        ("iemand", "interne", "kandida", "persoon", "sollicitant"),
    ),  # rejection/chose_another_person_nl
    "1d1f62a5cb0f5ed7": (
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
    "af4d9622e8330516": (
        ("th",),
        ("of", "among"),
        (
            "em",
            "chosen",
            "people",
            "invited",
            "selected",
            "applicants",
            "candidates",
            "shortlisted",
        ),
    ),  # rejection/not_among_the_chosen
    "fc701f00c0deb510": (
        ("está", "estás", "forma", "figura", "formas", "figuras", "encuentra", "encuentras"),
        ("ell", "candidat", "perfiles", "personas"),
        ("no",),
    ),  # rejection/not_among_the_chosen
    "6794625300ec3850": (
        ("entre",),
        ("elas", "eles", "aprovad", "escolhid", "selecionad"),
        ("está", "estás", "ficou", "parte", "esteve", "encontra"),
    ),  # rejection/not_among_the_chosen
    "ef066775c18ac1dd": (
        ("zählen", "zählst", "gehören", "gehörst"),
        ("nicht",),
        ("den", "ihnen", "kreis", "diesen"),
    ),  # rejection/not_among_the_chosen
    "1a0e86447e50e844": (
        ("profils", "candidat", "personnes"),
        ("choisi", "retenu", "sélectionn", "présélectionn"),
        ("pas",),
    ),  # rejection/not_among_the_chosen
    "339cf19d6cf3967c": (
        ("persone", "profili", "candidat"),
        ("scelt", "ammess", "selezionat", "preselezionat"),
        ("non",),
    ),  # rejection/not_among_the_chosen
    "2a934f9999fbc7f1": (
        ("niet",),
        ("hoor", "hoort", "behoor", "behoort"),
        ("bij", "tot"),
    ),  # rejection/not_among_the_chosen
    "5ca76316db817ca1": (
        ("genodigden", "kandidaten", "geselecteerde", "sollicitanten"),
        ("niet",),
        ("hoor", "hoort", "behoor", "behoort", "behoren", "behoorde"),
    ),  # rejection/not_among_the_chosen
    "d2bcdec688782181": (
        ("bewerber", "kandidat", "ausgewählten", "eingeladenen"),
        ("nicht",),
        ("zählt", "gehört", "zählen", "zählst", "gehören", "gehörst"),
    ),  # rejection/not_among_the_chosen
    "0528a6450ef55d26": (
        (
            "step",
            "phase",
            "round",
            "stage",
            "finale",
            "retenu",
            "zweite",
            "aprovad",
            "nächste",
            "weitere",
            "superato",
            "selecionad",
            "classificad",
            "sélectionné",
        ),
    ),  # rejection/not_through_to_next_stage
    "700d3ed4cdb0b854": (
        ("step", "phase", "round", "stage"),
        ("mov", "made", "pass", "advanc", "through", "progress"),
        ("'t", "ot"),
    ),  # rejection/not_through_to_next_stage
    "c5d24c7e210cf91e": (
        ("finale", "zweite", "nächste", "weitere"),
        ("kommen", "gekommen", "eingeladen", "aufgenommen", "weiterkommen", "berücksichtigt"),
        ("nicht",),
    ),  # rejection/not_through_to_next_stage
    "9425feeb42e0b794": (
        ("retenu", "sélectionné"),
        ("suite", "prochain", "suivante", "prochaine"),
        ("pour",),
    ),  # rejection/not_through_to_next_stage
    "8921b8e985dfe91e": (
        ("superato",),
        ("fase", "step", "prova", "colloquio", "selezione"),
        ("non",),
    ),  # rejection/not_through_to_next_stage
    "1c9cf3b5264cf58c": (
        ("aprovad", "selecionad", "classificad"),
        ("fase", "etapa"),
        ("não",),
    ),  # rejection/not_through_to_next_stage
    "545bf6e2b899cb8e": (
        ("without",),
        ("hiring", "making", "filling"),
        ("clos",),
    ),  # rejection/closed_the_role_without_hiring
    "16ed0891c6051012": (
        (
            "empresa",
            "functie",
            "interna",
            "interne",
            "interno",
            "nuestro",
            "positie",
            "pourvoir",
            "vacature",
            "preencher",
            "internamente",
        ),
    ),  # rejection/filled_internally
    "054129432fe4e01f": (
        ("anulad", "ouvert", "pourvu", "besetzt", "cancelad", "posizione"),
    ),  # rejection/role_cancelled_or_not_opened
    "202b4c98df61601c": (
        (
            "bieden",
            "oferta",
            "offrir",
            "ofrecer",
            "anbieten",
            "oferecer",
            "proposer",
            "oferecer-te",
            "oferecer-lhe",
        ),
    ),  # rejection/cannot_offer_you_the_position
    "67ec2cc7815b8898": (
        ("bewerbung", "candidatura", "candidature", "sollicitatie"),
    ),  # rejection/application_rejected
    "c98c7ff641de8706": (
        ("nodig", "convid", "nodigen", "einladen", "shortlisting"),
    ),  # rejection/not_invited_to_the_interview
    "99e40e4fb0fa993e": (
        (
            "rable",
            "zusage",
            "positie",
            "positiv",
            "retorno",
            "positive",
            "resposta",
            "favorable",
            "respuesta",
            "favorevole",
        ),
    ),  # rejection/no_positive_answer
    "31e99ca73ace38df": (
        ("rable", "positive"),
        ("give", "send", "provide"),
        ("news", "reply", "answer", "outcome", "response"),
    ),  # rejection/no_positive_answer
    "65438f8515c27896": (
        ("zusage", "positive"),
        ("keine",),
        ("geben", "machen", "senden", "erteilen", "mitteilen", "übermitteln"),
    ),  # rejection/no_positive_answer
    "665fb7c064784e73": (
        ("respuesta",),
        ("positiva", "favorable"),
        ("podemos", "posible", "podremos"),
    ),  # rejection/no_positive_answer
    "a64a350258117de2": (
        ("positive", "favorable"),
        ("donner", "apporter", "réserver"),
        ("suite", "réponse"),
    ),  # rejection/no_positive_answer
    "9240fc9e783a1186": (
        ("positiv", "favorevole"),
        ("potremo", "possiamo", "possibile"),
        ("seguito", "risposta", "riscontro"),
    ),  # rejection/no_positive_answer
    "10f2be186b95855e": (
        ("retorno", "resposta"),
        ("positiv", "favorável"),
        ("podemos", "possível", "poderemos"),
    ),  # rejection/no_positive_answer
    "1ad7ae0410a684ca": (
        ("positie",),
        ("bericht", "reactie", "uitslag", "antwoord", "terugkoppeling"),
        ("geven", "sturen", "brengen"),
    ),  # rejection/no_positive_answer
    "ec1742716cf4a73e": (
        (
            "past",
            "sluit",
            "perfil",
            "quanto",
            "profilo",
            "esigenze",
            "richieste",
            "candidatura",
            "caratteristiche",
        ),
    ),  # rejection/profile_not_in_line
    "90a8dc01419e3337": (
        ("quanto", "profilo", "esigenze", "richieste", "caratteristiche"),
        ("linea", "ritenut"),
        ("non",),
    ),  # rejection/profile_not_in_line
    "4eeeec2d36a0c0dd": (
        ("perfil", "candidatura"),
        ("adequa", "alinha", "encaixa", "enquadra", "corresponde"),
        ("não",),
    ),  # rejection/profile_not_in_line
    "85059443b27fe948": (
        ("past", "sluit"),
        ("niet", "onvoldoende"),
        ("bij",),
    ),  # rejection/profile_not_in_line
    "558aaff64e61773d": (
        (
            "proceso",
            "chiudere",
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
    "e3e979784db9e74b": (
        (
            "fortführen",
            "fortsetzen",
            "fortzuführen",
            "fortzusetzen",
            "weiterführen",
            "weiterzuführen",
        ),
        (
            "prozess",
            "verfahren",
            "auswahlprozess",
            "auswahlverfahren",
            "bewerbungsprozess",
            "bewerbungsverfahren",
        ),
        ("nicht",),
    ),  # rejection/not_continue_the_process_with_you
    "6d0a06e56b937325": (
        ("proceso",),
        ("seguir", "avanzar", "continuar", "proseguir"),
        ("no",),
    ),  # rejection/not_continue_the_process_with_you
    "7256980b23bdcda6": (
        ("procedere", "continuare", "proseguire", "procederemo", "continueremo", "proseguiremo"),
        ("iter", "percorso", "processo"),
        ("non",),
    ),  # rejection/not_continue_the_process_with_you
    "809fdbbe0e96651a": (
        ("processo",),
        ("seguir", "avançar", "continuar", "sequência", "prosseguir", "continuidade"),
        ("não",),
    ),  # rejection/not_continue_the_process_with_you
    "8b25188adcbb9446": (
        ("processo",),
        ("seguir", "continuar", "prosseguir"),
        ("você", "nsigo", "ntigo"),
    ),  # rejection/not_continue_the_process_with_you
    "b408b981c0497c94": (
        ("processo",),
        ("encerrar", "finalizar"),
        ("seu", "teu"),
    ),  # rejection/not_continue_the_process_with_you
    "c684443cd3fe5d76": (
        ("proceso",),
        ("cerrar",),
        ("su", "tu"),
    ),  # rejection/not_continue_the_process_with_you
    "00f51e0edd6f9d3c": (
        ("chiudere",),
        ("percorso",),
        ("suo", "tuo"),
    ),  # rejection/not_continue_the_process_with_you
    "a4909e2e0bc82aff": (
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
    "1961b8b15d77be29": (
        (
            "nicht",
            "andere",
            "jemand",
            "kolleg",
            "externe",
            "interne",
            "bewerber",
            "kandidat",
            "mitbewerber",
        ),
        ("wahl", "entscheidung"),
    ),  # rejection/choice_fell_elsewhere
    "051b3e04036eec94": (
        ("niet", "iemand", "interne", "kandida", "persoon", "sollicitant"),
        ("keu",),
    ),  # rejection/choice_fell_elsewhere
    "ac07c1d000e16e1a": (
        ("recaído",),
        ("decisi", "elecci", "selecci"),
        ("en", "sobre"),
    ),  # rejection/choice_fell_elsewhere
    "13fcf82057fbe03d": (("recaído",), ("no",), ("ha",)),  # rejection/choice_fell_elsewhere
    "672ee8e344d13634": (
        ("ricaduta",),
        ("scelta",),
        (
            "profil",
            "collega",
            "persona",
            "persone",
            "profili",
            "profilo",
            "qualcun",
            "risorsa",
            "candidat",
            "qualcuno",
            "qualcun'altra",
        ),
    ),  # rejection/choice_fell_elsewhere
    "c9af4062c294b796": (("ricaduta",), ("non",), ("su",)),  # rejection/choice_fell_elsewhere
    "f0e09b818572c450": (
        ("escolha",),
        ("recaiu",),
        (
            "algu",
            "colega",
            "perfil",
            "perfis",
            "pessoa",
            "candidat",
            "seniores",
            "experientes",
            "experiência",
            "profissiona",
            "profissional",
        ),
    ),  # rejection/choice_fell_elsewhere
    "7a73ed973b30bc03": (("recaiu",), ("não",), ("em", "sobre")),  # rejection/choice_fell_elsewhere
    "7ec43e6fcd510182": (("choix",), ("s'est",), ("porté",)),  # rejection/choice_fell_elsewhere
    "f323bd755bd1ff56": (
        ("choice", "decision"),
        (
            "some",
            "person",
            "another",
            "finalist",
            "internal",
            "profiles",
            "applicant",
            "candidate",
            "finalists",
            "applicants",
            "candidates",
            "individual",
            "individuals",
        ),
        ("ell", "allen"),
    ),  # rejection/choice_fell_elsewhere
    "b9f62980a97c9275": (
        ("perfil", "solicitud", "candidatura", "candidature"),
    ),  # rejection/application_could_not_be_chosen
    "4c38f258042d0ef7": (
        ("candidature",),
        ("retenue",),
        ("été", "être"),
    ),  # rejection/application_could_not_be_chosen
    "686157e0312fbeec": (
        ("perfil", "solicitud", "candidatura"),
        ("cuenta", "elegid", "aceptad", "seleccionad"),
        ("ser", "sido", "podido"),
    ),  # rejection/application_could_not_be_chosen
    "fb2416383310c847": (
        ("candidatura",),
        ("accolt", "accettat", "selezionat", "considerazione"),
        ("stata", "essere", "potuto"),
    ),  # rejection/application_could_not_be_chosen
    "94de317b462b7ee5": (
        ("candidatura",),
        ("aceit", "aprovad", "considerad", "selecionad"),
        ("não",),
    ),  # rejection/application_could_not_be_chosen
    "0fd791b71b21095f": (
        ("pass",),
        ("on", "for", "this"),
        ("to", "'ll", "will", "going", "gonna", "we're", "decided"),
    ),  # rejection/going_to_pass_en
    "706d32bd44785514": (
        ("coming", "meeting", "interviewing"),
    ),  # rejection/pass_after_the_interview_en
    "17972e07f0301689": (
        ("coming", "meeting", "interviewing"),
        ("pass",),
        ("on",),
    ),  # rejection/pass_after_the_interview_en
    "0ceb40ed3e00aac9": (
        ("coming", "interviewing"),
        ("pass",),
        ("on",),
    ),  # rejection/pass_after_the_interview_en
    "e52c96090b5f1bab": (
        ("verder", "procedure", "aanmelding", "kandidatuur", "sollicitatie", "kandidaatstelling"),
    ),  # rejection/not_on_with_your_application_nl
    "0153988082e23449": (
        ("verder",),
        ("niet",),
        ("met",),
    ),  # rejection/not_on_with_your_application_nl
    "3cc48be79a5e08cb": (
        ("procedure", "aanmelding", "kandidatuur", "sollicitatie", "kandidaatstelling"),
        ("niet",),
        ("door", "verder"),
    ),  # rejection/not_on_with_your_application_nl
    "aac413680a4f44ac": (
        ("kandidatuur", "sollicitatie"),
        ("helaas", "verder", "afgewezen"),
        ("je", "uw", "jouw"),
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
    "55adf8838edb4828": (
        ("bewerbung",),
        ("auswahl", "verfolgen", "weiterführen", "berücksichtigen", "weiterverfolgen"),
        ("nicht",),
    ),  # rejection/not_on_with_your_application_de
    "4fbf43226bb0ad05": (
        ("entschieden",),
        ("bewerbung", "kandidatur"),
        ("gegen",),
    ),  # rejection/not_on_with_your_application_de
    "1605d65c1f9a0794": (
        ("zusammenarbeit",),
        ("entschieden",),
        ("gegen",),
    ),  # rejection/not_on_with_your_application_de
    "2d9b7f630ba0d3f4": (
        ("fortfahren", "fortsetzen", "weitergehen", "weitermachen"),
        ("nicht",),
        ("mit",),
    ),  # rejection/not_on_with_your_application_de
    "f8ef236ee64ceede": (
        ("aplica", "proceso", "processo", "postulaci", "solicitud", "candidatura"),
    ),  # rejection/not_on_with_your_application_es_pt_it
    "26a1719bd7e36b6d": (
        ("aplica", "proceso", "processo", "postulaci", "solicitud", "candidatura"),
        (
            "andare",
            "seguir",
            "avanzar",
            "avançar",
            "portare",
            "seguito",
            "continuar",
            "procedere",
            "sequência",
            "continuare",
            "proseguire",
            "prosseguir",
            "seguimento",
            "seguiremos",
            "avanzaremos",
            "avançaremos",
            "continuidad",
            "procederemo",
            "seguimiento",
            "continueremo",
            "continuidade",
            "proseguiremo",
            "continuaremos",
            "prosseguiremos",
        ),
        ("su", "tu", "sua", "tua"),
    ),  # rejection/not_on_with_your_application_es_pt_it
    "14c63259ada2e30d": (
        ("candidatura",),
        (
            "seguirá",
            "aprovada",
            "avanzará",
            "avançará",
            "procederà",
            "continuará",
            "proseguirà",
            "prosseguirá",
            "selecionada",
            "selezionata",
            "seleccionada",
        ),
        ("su", "tu", "sua", "tua"),
    ),  # rejection/not_on_with_your_application_es_pt_it
    "24d246c7266ec3e3": (
        ("aller", "profil", "continuer", "poursuivre", "candidature"),
        ("ne",),
    ),  # rejection/not_on_with_your_application_fr
    "f9e27c7e8af7a05a": (
        ("profil", "candidature"),
        ("aller", "donner", "retenir", "continuer", "poursuivre"),
        ("ne",),
    ),  # rejection/not_on_with_your_application_fr
    "1d5d3647f7476058": (
        ("aller", "continuer", "poursuivre"),
        ("avec",),
        ("pas", "plus"),
    ),  # rejection/not_on_with_your_application_fr
    "8ad8dcd4cc99e278": (
        (
            "ervolg",
            "moving",
            "nächste",
            "olgende",
            "prossim",
            "próxima",
            "passeras",
            "passerez",
            "seguinte",
            "advancing",
            "siguiente",
            "successiv",
            "continuing",
            "weerhouden",
            "aangehouden",
            "continueras",
            "continuerez",
            "poursuivras",
            "poursuivrez",
            "progressing",
        ),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "8af439663cefd492": (
        ("moving", "advancing", "continuing", "progressing"),
        ("step", "phase", "round", "stage"),
        ("ill", "on't"),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "5280599e3064ac6b": (
        ("próxima", "siguiente"),
        (
            "pasará",
            "pasarás",
            "seguirá",
            "avanzará",
            "seguirás",
            "avanzarás",
            "continuará",
            "continuarás",
        ),
        ("fase", "etapa"),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "5fcad276d0ae5911": (
        ("próxima", "seguinte"),
        (
            "passará",
            "seguirá",
            "avançará",
            "passarás",
            "seguirás",
            "avançarás",
            "continuará",
            "continuarás",
            "prosseguirá",
        ),
        ("fase", "etapa"),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "4164c00af264d41e": (
        ("prossim", "successiv"),
        (
            "passerà",
            "accederà",
            "passerai",
            "accederai",
            "continuerà",
            "proseguirà",
            "continuerai",
            "proseguirai",
        ),
        ("non",),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "e31e79811910b048": (
        ("passeras", "passerez", "continueras", "continuerez", "poursuivras", "poursuivrez"),
        ("phase", "suite", "étape", "prochain", "prochaine", "prochaines"),
        ("pas",),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "cb14e1f2e15e7b7e": (
        ("nächste",),
        ("nicht",),
        ("phase", "runde", "stufe", "auswahlrunde"),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "3b46bde679041156": (
        ("weerhouden", "aangehouden"),
        ("profiel", "kandidatuur", "sollicitatie"),
        ("niet",),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "d53efbe2840141b4": (
        ("ervolg", "olgende"),
        ("niet",),
        ("naar",),
    ),  # rejection/you_will_not_go_on_to_the_next_stage
    "9965a9c67c727c5b": (
        ("kandida",),
        ("door", "kiezen", "verder", "gekozen"),
        ("meer", "beter", "nauwer", "dichter"),
    ),  # rejection/continue_with_better_fitting_candidates_nl
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
    "542fd3f31f455897": (
        (
            "mov",
            "hire",
            "ahead",
            "chose",
            "ended",
            "going",
            "opted",
            "ascend",
            "hiring",
            "iemand",
            "promot",
            "promov",
            "collega",
            "decided",
            "elected",
            "interne",
            "kandida",
            "contrata",
            "befördern",
            "befördert",
            "promocion",
            "einstellen",
            "eingestellt",
            "einzustellen",
        ),
    ),  # rejection/hired_or_promoted_someone_else
    "6693b3a0bfdef892": (
        ("ahead", "chose", "ended", "going", "opted", "decided", "elected"),
        ("hire", "bring", "hiring"),
        (
            "some",
            "person",
            "another",
            "finalist",
            "internal",
            "profiles",
            "applicant",
            "candidate",
            "finalists",
            "applicants",
            "candidates",
            "individual",
            "individuals",
        ),
    ),  # rejection/hired_or_promoted_someone_else
    "1598a099cda5a8b2": (
        ("mov", "hire", "hiring", "promot"),
        ("own", "member", "someone", "somebody", "colleague"),
        ("job", "post", "role", "seat", "opening", "vacancy", "position"),
    ),  # rejection/hired_or_promoted_someone_else
    "a893cb5202aef6cb": (
        ("contrata",),
        (
            "algu",
            "colega",
            "perfil",
            "perfis",
            "pessoa",
            "candidat",
            "seniores",
            "experientes",
            "experiência",
            "profissiona",
            "profissional",
        ),
    ),  # rejection/hired_or_promoted_someone_else
    "59dd1e4235e58dfb": (
        ("ascend", "promov", "promocion"),
        (
            "alguém",
            "colega",
            "pessoa",
            "alguien",
            "persona",
            "compañer",
            "colaborador",
            "profissional",
        ),
        ("casa", "noss", "dentro", "nuestr", "própri", "empresa"),
    ),  # rejection/hired_or_promoted_someone_else
    "2fde2c88db63f123": (
        ("befördern", "befördert", "einstellen", "eingestellt", "einzustellen"),
        ("andere", "jemand", "kolleg", "externe", "interne", "bewerber", "kandidat", "mitbewerber"),
    ),  # rejection/hired_or_promoted_someone_else
    "1dfd430236ecd1f1": (
        ("iemand", "collega", "interne", "kandida"),
        ("nemen", "benoemd", "aannemen", "benoemen", "aangenomen"),
    ),  # rejection/hired_or_promoted_someone_else
    "2e5f9d4684cefa9e": (
        ("besetzt", "vergeben"),
        ("konnte",),
        ("werden",),
    ),  # rejection/vacancy_could_be_filled_de
    "cdfe816d81df60fa": (("absage", "müssen"),),  # rejection/absagen_muessen_de
    "dfd5de643987605c": (
        (
            "abrir",
            "opted",
            "optou",
            "chosen",
            "cubrir",
            "decidi",
            "deciso",
            "décidé",
            "decided",
            "optamos",
            "adelante",
            "besloten",
            "decision",
            "beschlossen",
            "entschieden",
            "entschlossen",
        ),
    ),  # rejection/decided_not_to_open_the_role
    "01c7005335498751": (
        (
            "search",
            "proceso",
            "process",
            "cancelado",
            "encerrado",
            "procedure",
            "processus",
            "selezione",
            "verfahren",
            "recruitment",
        ),
    ),  # rejection/process_closed_for_everyone
    "47425a03724a14e9": (
        (
            "admis",
            "queda",
            "ammess",
            "consta",
            "esclus",
            "figura",
            "aparece",
            "aprovad",
            "figuras",
            "resulta",
            "admitted",
            "eligible",
            "eliminad",
            "reprovad",
            "habilitad",
            "indeferid",
            "resultado",
            "inabilitad",
            "ineligible",
            "toegelaten",
            "zugelassen",
            "classificad",
            "doorgelaten",
            "requirements",
            "desclassificad",
            "qualifications",
        ),
    ),  # rejection/excluded_or_not_admitted
    "f64fb20d226e28e6": (
        (
            "faveur",
            "favore",
            "gunsten",
            "outcome",
            "decision",
            "voordeel",
            "favorable",
            "favorável",
            "favorevole",
        ),
    ),  # rejection/decision_not_in_your_favour
    "e222cacc89c7d788": (
        ("profiles", "finalists", "applicants", "candidates"),
        ("better", "closely", "directly"),
        ("other",),
    ),  # rejection/other_candidates_better_match_en
    "b2a555f2ceac1cfd": (
        (
            "going",
            "moved",
            "taken",
            "moving",
            "carried",
            "prozess",
            "candidacy",
            "sequência",
            "verfahren",
            "progressed",
            "seguimento",
            "application",
            "candidatura",
            "candidature",
            "continuidade",
            "auswahlverfahren",
            "bewerbungsprozess",
        ),
    ),  # rejection/application_not_taken_forward
    "7b399b9cc7845d0b": (
        ("moved", "taken", "carried", "progressed"),
        ("cv", "profile", "candidacy", "application", "candidature"),
        ("not",),
    ),  # rejection/application_not_taken_forward
    "398ee3a5d13a4b7b": (
        ("candidacy", "application", "candidature"),
        ("can't", "won't", "cannot", "wouldn't"),
        ("moved", "taken", "carried", "progressed"),
    ),  # rejection/application_not_taken_forward
    "b9264bd22a0fb7a8": (
        ("going", "moving"),
        ("ahead", "forward"),
        ("be",),
    ),  # rejection/application_not_taken_forward
    "bd3ec4a9e4200f7f": (
        ("candidatura",),
        ("oltre", "avanti"),
        ("andrà", "andare", "proseguirà"),
    ),  # rejection/application_not_taken_forward
    "8b5d2753dc5a9922": (
        ("candidature",),
        ("retenue",),
        ("pas",),
    ),  # rejection/application_not_taken_forward
    "73081137b3d4de47": (
        ("sequência", "seguimento", "continuidade"),
        ("perfil", "processo", "aplicação", "candidatura"),
        ("vamos", "iremos", "daremos", "podemos", "poderemos"),
    ),  # rejection/application_not_taken_forward
    "63437330499016ef": (
        ("prozess", "verfahren", "auswahlverfahren", "bewerbungsprozess"),
        ("nicht",),
        ("fort", "weiter"),
    ),  # rejection/application_not_taken_forward
    "a0d028dcc8a1450b": (
        (
            "aberta",
            "abiert",
            "aperta",
            "attiva",
            "longer",
            "ouvert",
            "stelle",
            "vakanz",
            "functie",
            "positie",
            "position",
            "pourvoir",
            "vacature",
            "disponible",
            "disponível",
            "disponibile",
        ),
    ),  # rejection/position_no_longer_available
    "13532b5ffa2a1e02": (
        (
            "person",
            "alguien",
            "besetzt",
            "functie",
            "gekozen",
            "persona",
            "positie",
            "risorsa",
            "someone",
            "candidat",
            "gefunden",
            "gevonden",
            "personne",
            "qualcuno",
            "somebody",
            "vacature",
            "candidate",
            "escolhido",
            "quelqu'un",
            "aangenomen",
            "ausgewählt",
            "encontrado",
            "escolhemos",
            "successful",
            "contratamos",
            "eingestellt",
            "encontramos",
            "selecionado",
            "geselecteerd",
            "selecionamos",
        ),
    ),  # rejection/someone_found_for_the_role
    "c6a7999053932dca": (
        (
            "candidacy",
            "application",
            "candidatura",
            "candidature",
            "entschieden",
            "participação",
            "sollicitatie",
        ),
    ),  # rejection/decided_to_close_your_application
    "9825b68a01b38454": (
        (
            "idone",
            "próxima",
            "seguinte",
            "superado",
            "afgewezen",
            "aanmerking",
            "sollicitatie",
            "berücksichtigt",
        ),
    ),  # rejection/did_not_pass_the_stage
    "a13831ea5f63ea0a": (
        (
            "celt",
            "elegi",
            "eligi",
            "'avons",
            "retenu",
            "escolhe",
            "selecion",
            "elezionat",
            "seleccion",
            "seleciona",
            "selecionad",
            "selezionato",
            "sélectionné",
            "preseleccion",
            "seleccionado",
            "présélectionné",
        ),
    ),  # rejection/did_not_select_it
    "5d76436f6a72dadd": (
        (
            "deseamos",
            "loopbaan",
            "wünschen",
            "auguriamo",
            "desejamos",
            "souhaiton",
            "zoektocht",
            "sollicitaties",
        ),
    ),  # rejection/best_for_future_projects
    "5a89f05634667e90": (("oferta", "laboral"),),  # offer/oferta_laboral
    "183f0d7ee7684b1d": (("laboral",), ("oferta",)),  # offer/oferta_laboral
    "6ae972a307e196bd": (("oferta",), ("carta",)),  # offer/oferta_laboral
    "2426617f28c6b097": (
        ("functie", "contractaanbod", "arbeidsvoorwaardenvoorstel"),
    ),  # offer/aanbod_doen_voor_de_functie
    "9d88232c7dce2093": (("functie",), ("aanbod",), ("doen",)),  # offer/aanbod_doen_voor_de_functie
    "15a393419c48b3aa": (("arbeidsvoorwaardenvoorstel",),),  # offer/aanbod_doen_voor_de_functie
    "2cdcb3c2bb246ba2": (("contractaanbod",),),  # offer/aanbod_doen_voor_de_functie
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
    "405da66d66000110": (("oferta",), ("carta", "propuesta"), ("de",)),  # offer/carta_de_oferta
    "cbe435782ab1f584": (
        ("oferta",),
        ("empleo", "formal", "trabajo"),
        ("para", "adjunta"),
    ),  # offer/carta_de_oferta
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
    "cbe8c23682c52607": (("accept",), ("offer",), ("our", "the", "this")),  # offer/accept_the_offer
    "02f8d08170c12f69": (
        ("offer", "contract"),
        ("sign", "countersign"),
        ("the", "your"),
    ),  # offer/accept_the_offer
    "deadf153d1e0772f": (
        ("offer", "aanbod", "oferta", "angebot", "offerta", "proposta", "proposition"),
    ),  # offer/offer
    "153e0f59ff184783": (("offer",),),  # offer/offer
    "1591f9e24b45ac3c": (("angebot",),),  # offer/offer
    "c70fe002a86a9a57": (("oferta",),),  # offer/offer
    "06d76d6a54536de7": (("proposition",),),  # offer/offer
    "8173c40927fb4ec1": (("proposta",),),  # offer/offer
    "536fa9dd1b30e7b3": (("offerta",),),  # offer/offer
    "5ed5b30c89ba6275": (("aanbod",),),  # offer/offer
    "2af9053f46dbc6ea": (("base", "annual", "salary"),),  # offer/base_salary
    "2f9c7927e4447eb5": (("base", "annual", "salary"),),  # offer/base_salary
    "5dae071e870d7ef1": (("base",),),  # offer/base_salary
    "bfe2bb385709d242": (
        ("target", "joining", "sign-on", "signing", "relocation"),
    ),  # offer/signing_bonus
    "803a459aee1ec0b9": (
        ("joining", "sign-on", "signing", "relocation"),
        ("bonus",),
    ),  # offer/signing_bonus
    "32abe8434adca72a": (("target",), ("bonus",)),  # offer/signing_bonus
    "8f4215615f71909c": (("rsu", "equity", "options"),),  # offer/equity
    "a856d8b9df932436": (("start",),),  # offer/start_date
    "57b512c87c27a92b": (("start",), ("date",)),  # offer/start_date
    "0d7a3e3a26a1b607": (("start",),),  # offer/start_date
    "55ebab1d024ca839": None,  # offer/rate
    "e64ab5cabc24e0a7": (("rate",),),  # offer/rate
    "14dd895cb9a1eb22": None,  # offer/rate
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
    "e963078838c19d76": (
        ("dienst", "aannemen", "verwelkomen"),
        ("graag",),
    ),  # offer/je_graag_aannemen_nl
    "46bccb527aac97cf": (("willen",), ("dienst", "aannemen")),  # offer/je_graag_aannemen_nl
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
    "776ed351b2bffc6b": (
        ("formalisieren",),
        ("angebot", "vertragsangebot"),
    ),  # offer/angebot_formalisieren_de
    "cee14927ad0c994a": (
        ("formalisieren",),
        ("angebot",),
        ("das", "unser"),
    ),  # offer/angebot_formalisieren_de
    "a717d357a5bae09f": (("formaliseren",),),  # offer/aanbod_formaliseren_nl
    "fdc858d15367dfa9": (("formaliseren",), ("aanbod",)),  # offer/aanbod_formaliseren_nl
    "4f6d8e8bc80a351b": (
        ("formaliseren",),
        ("aanbod",),
        ("het", "ons"),
    ),  # offer/aanbod_formaliseren_nl
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
    "ac3e6283be9a7115": (("contrattuali",), ("condizioni",)),  # offer/condizioni_contrattuali_it
    "3516304dfa5ca5dc": (
        ("determinato", "indeterminato"),
        ("contratto",),
        ("tempo",),
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
    "f53b2aef9ede147a": (
        (
            "offre",
            "herzien",
            "revimos",
            "rivisto",
            "mejorado",
            "revisado",
            "aangepast",
            "angepasst",
            "revisamos",
            "verbeterd",
            "melhoramos",
            "melhorámos",
            "migliorato",
            "verbessert",
            "proposition",
            "überarbeitet",
            "nachgebessert",
        ),
        (
            "ral",
            "gehalt",
            "sueldo",
            "salaire",
            "salario",
            "salaris",
            "salário",
            "grundgehalt",
            "remuneração",
            "retribuzione",
            "rémunération",
        ),
    ),  # offer/revised_offer_with_salary
    "484b68f5eda74eaa": (("vestig", "stätigen"), ("be",)),  # offer/offer_confirmed_for_the_position
    "3a77562c27e81940": (
        ("oferta", "offerta", "propuesta", "assunzione"),
    ),  # offer/formal_job_offer_es_it
    "24fb55c3a88ea5f8": (
        ("contrat", "contrato", "contratto", "arbeidscontract", "arbeidsovereenkomst"),
        ("firm", "sign", "assin", "ondertek"),
    ),  # offer/employment_contract_to_sign
    "d0b63aed4832480f": (
        ("bieden",),
        ("aan",),
        ("rol", "baan", "functie", "positie"),
    ),  # offer/functie_aan_te_bieden_nl
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
    "5d6d04cba69d296c": (
        ("join", "team"),
        ("you",),
        ("'d", "love", "want", "would"),
    ),  # offer/want_you_on_the_team
    "b8d0afd44072603a": (
        ("queremos", "adoraríamos", "gostaríamos"),
        ("no", "bordo", "gente", "equipe", "conosco"),
    ),  # offer/want_you_on_the_team
    "8dfa93fb0f270949": (("queremos",), ("equipa",), ("-l",)),  # offer/want_you_on_the_team
    "7512aca92940dbe4": (("queremos",), ("equipo",), ("te",)),  # offer/want_you_on_the_team
    "66bc15de402263bd": (
        ("queremos",),
        ("unas", "formes", "incorpores"),
        ("que",),
    ),  # offer/want_you_on_the_team
    "ad7f820ae00858ff": (
        ("gustaría", "encantaría"),
        ("unieras", "formaras", "incorporaras"),
        ("nos",),
    ),  # offer/want_you_on_the_team
    "95ede3dd7b18a972": (
        ("wollen", "würden", "möchten"),
        ("bord", "team", "unserem", "gewinnen"),
        ("sie", "dich"),
    ),  # offer/want_you_on_the_team
    "2a2e417878abdaeb": (
        ("voulons", "aimerions", "souhaitons"),
        ("avoir", "compter"),
        ("dans", "parmi"),
    ),  # offer/want_you_on_the_team
    "957c7c696aaef71d": (
        ("rejoignes", "rejoigniez"),
        ("voulons", "aimerions", "souhaitons"),
        ("que",),
    ),  # offer/want_you_on_the_team
    "f08a93386427e5c7": (
        ("vogliamo",),
        ("con", "team", "squadra"),
        ("ti",),
    ),  # offer/want_you_on_the_team
    "6c844c10ad9ae290": (
        ("vorremmo",),
        ("unissi", "facessi", "entrassi"),
        ("che",),
    ),  # offer/want_you_on_the_team
    "d87d833bfd0df52f": (("willen", "zouden"), ("team", "boord")),  # offer/want_you_on_the_team
    "3773dd845a811555": (
        ("willen", "zouden"),
        ("komt", "versterk"),
        ("dat",),
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
    "3345b494ee17cb1c": (
        ("offer",),
        ("is", "here's", "attached", "enclosed"),
        ("our", "the", "your"),
    ),  # offer/here_is_the_offer
    "d56b877b9565cb7b": (("proposta",), ("segue",)),  # offer/here_is_the_offer
    "bd2bc411a4340b19": (("proposta",), ("anexo",), ("em",)),  # offer/here_is_the_offer
    "fb2a6b0f4e1444a2": (
        ("oferta", "propuesta"),
        ("tienes", "adjunto", "enviamos", "adjuntamos"),
    ),  # offer/here_is_the_offer
    "2afa12d4bef7ddb2": (("angebot",), ("anbei", "anhang")),  # offer/here_is_the_offer
    "50320c516c3e3242": (
        ("voici", "ci-joint"),
        ("offre", "proposition"),
        ("la", "notre", "votre"),
    ),  # offer/here_is_the_offer
    "9f5caa4216dc886b": (("offerta", "proposta"), ("ecco", "allegato")),  # offer/here_is_the_offer
    "83eefd8d5141f66d": (
        ("bijlage", "hierbij"),
        ("aanbod", "voorstel"),
        ("het", "ons"),
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
    "c5332a9cc3fffd2f": (
        ("ofrecer",),
        ("alegra", "complace", "gustaría", "queremos"),
        ("cargo", "plaza", "oferta", "puesto", "posición"),
    ),  # offer/offer_you_the_position
    "e8757d6f587d711a": (
        ("oferecer",),
        ("prazer", "queremos", "gostaríamos"),
        ("vaga", "cargo", "função", "posição", "proposta"),
    ),  # offer/offer_you_the_position
    "a7ebfe34c81d7035": (
        ("bieten", "machen"),
        ("wollen", "würden", "möchten"),
        ("dir", "ihnen"),
    ),  # offer/offer_you_the_position
    "9eaaa7708c9a412e": (
        ("offrirle", "offrirti", "proporle", "proporti"),
        ("siamo", "vorremmo", "piacerebbe"),
        ("ruolo", "contratto", "posizione", "l'assunzione"),
    ),  # offer/offer_you_the_position
    "c569629c08eae039": (
        ("willen", "zouden"),
        ("aanbod", "aanbieden"),
    ),  # offer/offer_you_the_position
    "772efb16a0b01194": (
        ("voulons", "aimerions", "souhaitons"),
        ("offrir", "proposer"),
        ("vous",),
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
    "26f02ca4042e2e0e": (("job", "role", "position"), ("you",), ("got",)),  # offer/the_job_is_yours
    "05449ec75510030f": (
        ("yours",),
        ("job", "role", "position"),
        ("is",),
    ),  # offer/the_job_is_yours
    "89d3d6d46f1e4128": (
        ("plaza", "puesto", "posición"),
        ("suy", "tuy"),
        ("es",),
    ),  # offer/the_job_is_yours
    "481011f43fc1e675": (("conseguido",), ("puesto",), ("el",)),  # offer/the_job_is_yours
    "b43bea8444427da5": (("vaga",), ("sua", "tua")),  # offer/the_job_is_yours
    "146ac15a2308a099": (("aprovad", "conseguiu"), ("voc",)),  # offer/the_job_is_yours
    "a40917a0826ca107": (("job", "stelle"), ("ha",), ("du", "sie")),  # offer/the_job_is_yours
    "e98780fcf73c1191": (("stelle",), ("gehört",), ("die",)),  # offer/the_job_is_yours
    "8a45f2dc141f7aaa": (("poste",), ("est",), ("toi", "vous")),  # offer/the_job_is_yours
    "82cd18491b21ce3f": (
        ("posto", "ruolo", "posizione"),
        ("sua", "suo", "tua", "tuo"),
    ),  # offer/the_job_is_yours
    "674a6720d9fba02b": (("aangenomen",), ("bent",)),  # offer/the_job_is_yours
    "44615a8b8b4362ca": (("baan", "functie"), ("van",), ("de",)),  # offer/the_job_is_yours
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
    "64483e78d3fc291e": (("contract",), ("send",), ("the", "your")),  # offer/the_contract_follows
    "63e56070caa87f77": (
        ("follow",),
        ("formal", "written"),
        ("offer",),
    ),  # offer/the_contract_follows
    "a2986bb38a326bc7": (("enviaremos",), ("contrato",), ("te",)),  # offer/the_contract_follows
    "d46c21fa3783da18": (("contrato",), ("enviar", "enviaremos")),  # offer/the_contract_follows
    "5e7ffb18363c3cc2": (
        ("vertrag",),
        ("senden", "schicken", "zusenden"),
        ("den", "ihren", "deinen"),
    ),  # offer/the_contract_follows
    "4fa539b32cba31f9": (
        ("enverrons", "transmettrons"),
        ("contrat",),
        ("vous",),
    ),  # offer/the_contract_follows
    "3d137a55ab7d4cde": (("invieremo",), ("contratto",), ("ti",)),  # offer/the_contract_follows
    "455854e8dedb0ff3": (
        ("contract",),
        ("mailen", "sturen"),
        ("je", "uw", "het"),
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
    "8d99c9f349f60742": (("join",), ("to",), ("as", "role")),  # offer/want_you_to_join_as_en
    "de15d90ee1707ac2": (("love",), ("to",), ("have",)),  # offer/love_to_have_you_said_alone_en
    "05e4557394420c19": (
        (
            "offrons",
            "vertrag",
            "contract",
            "contrato",
            "propomos",
            "contratto",
            "proposons",
            "assunzione",
            "oferecemos",
            "inserimento",
            "contratación",
            "dienstverband",
            "incorporación",
            "arbeitsvertrag",
            "arbeidscontract",
        ),
    ),  # offer/we_propose_to_hire_you
    "4c076ffcb359698f": (
        ("contratto", "assunzione", "inserimento"),
        ("offro", "offriamo", "propongo", "proponiamo"),
        ("le", "ti", "vi"),
    ),  # offer/we_propose_to_hire_you
    "01e22c76765ce459": (
        ("contrato", "contratación", "incorporación"),
        ("ofrezco", "propongo", "ofrecemos", "proponemos"),
        ("le", "te"),
    ),  # offer/we_propose_to_hire_you
    "a56ed60a9c0d2b24": (
        ("offrons", "proposons"),
        ("nous",),
        ("vous",),
    ),  # offer/we_propose_to_hire_you
    "b4740b2883db436d": (
        ("propomos", "oferecemos"),
        ("contrato", "efetivação", "contratação"),
    ),  # offer/we_propose_to_hire_you
    "fab7bcf8b281ec2f": (
        ("vertrag", "arbeitsvertrag"),
        ("geben", "bieten", "unterbreiten"),
        ("dir", "ihnen"),
    ),  # offer/we_propose_to_hire_you
    "021b8684a18d69db": (
        ("contract", "dienstverband", "arbeidscontract"),
        ("bied",),
        ("aan",),
    ),  # offer/we_propose_to_hire_you
    "7f24566907882648": None,  # offer/pay_in_figures
    "a51f2f8f888d439b": (("pay", "base", "wage", "salary"), ("of",)),  # offer/pay_in_figures
    "7be88d259ad77376": None,  # offer/pay_in_figures
    "d4f19577cc3a8713": (("ral",),),  # offer/pay_in_figures
    "019bb57366c80dc3": (("retribuzione",), ("annua",), ("lorda",)),  # offer/pay_in_figures
    "29e71f5166eb2ac3": (("brutto",),),  # offer/pay_in_figures
    "e05fd2f87adf62bd": (("brutto",), ("gehalt",), ("jahres", "monats")),  # offer/pay_in_figures
    "687da550790284e1": (("brut",), ("par", "mois", "annuel", "mensuel")),  # offer/pay_in_figures
    "4dd86c124b82d2e1": (("salaire",), ("brut",)),  # offer/pay_in_figures
    "2acf90402d8b8ce9": (
        ("bruto",),
        ("año", "mes", "anuales", "mensuales"),
    ),  # offer/pay_in_figures
    "3996faf9f6913520": (
        ("ueldo", "alario"),
        ("anual", "bruto", "mensual"),
        ("de",),
    ),  # offer/pay_in_figures
    "5e1f3075a9af7896": (("salário",), ("de",), ("r$",)),  # offer/pay_in_figures
    "7fdedf65c48d7269": (("mês", "por", "mensais"), ("r$",)),  # offer/pay_in_figures
    "21ee0f5b0e81c83c": (("bruto",), ("jaar", "maand"), ("per",)),  # offer/pay_in_figures
    "97698e81623966b1": (("salaris",), ("bruto",), ("jaar", "maand")),  # offer/pay_in_figures
    "72219529559baa0b": (
        (
            "posto",
            "ruolo",
            "choisi",
            "elegid",
            "retenu",
            "aprovad",
            "escolhid",
            "posizione",
            "ausgewählt",
            "selecionad",
            "candidature",
            "seleccionad",
            "sélectionné",
            "geselecteerd",
        ),
    ),  # offer/chosen_for_the_position
    "657aba1a50165b57": (
        ("admissão", "propuesta", "proposition", "contrattuale"),
    ),  # offer/contract_proposal_or_admission
    "440fcd08ad30124c": (
        ("online", "assessment", "capaciteitentest", "praktijkopdracht", "persoonlijkheidstest"),
        ("maken", "afgerond", "afronden", "invullen", "inleveren", "uitwerken", "voltooien"),
    ),  # assessment/assessment_to_complete_nl
    "7543f0efdfb446d5": (
        (
            "ctico",
            "estudo",
            "estudio",
            "pratica",
            "pratico",
            "prática",
            "prático",
            "práctica",
            "ejercicio",
            "esercizio",
            "exercício",
        ),
        (
            "até",
            "antes",
            "entro",
            "hasta",
            "enviar",
            "inviare",
            "devolver",
            "entregar",
            "realizar",
            "resolver",
            "svolgere",
            "completar",
            "risolvere",
            "completare",
            "consegnare",
            "realizzare",
        ),
    ),  # assessment/practical_case_to_solve
    "70acd57c19940aee": (
        (
            "step",
            "derde",
            "phase",
            "round",
            "stage",
            "ultim",
            "dritte",
            "letzte",
            "second",
            "tweede",
            "zweite",
            "última",
            "laatste",
            "nächste",
            "prossim",
            "próxima",
            "seconde",
            "segunda",
            "tercera",
            "dernière",
            "deuxième",
            "seguinte",
            "terceira",
            "volgende",
            "prochaine",
            "siguiente",
            "successiv",
            "troisième",
        ),
    ),  # assessment/the_next_stage_is_a_task
    "82636b6a82e83b60": (
        (
            "door",
            "passi",
            "phase",
            "round",
            "runde",
            "stage",
            "tests",
            "accedi",
            "passat",
            "provas",
            "testes",
            "accedut",
            "avaliaç",
            "l'étape",
            "pruebas",
            "evaluaci",
        ),
    ),  # assessment/moved_to_the_test_stage
    "f66e224a94fcf345": (
        ("phase", "round", "stage"),
        ("moved", "passed", "through", "advanced", "progressed"),
        ("test", "testing", "assessment"),
    ),  # assessment/moved_to_the_test_stage
    "6950fbab5f234989": (
        ("provas", "testes", "avaliaç"),
        ("segue", "passou", "seguiu", "avançar", "avançou", "passaste", "avançaste"),
        ("fase", "etapa"),
    ),  # assessment/moved_to_the_test_stage
    "0de6d57ca82ca439": (
        ("tests", "pruebas", "evaluaci"),
        ("pasas", "pasado", "avanzas", "pasaste", "avanzado", "avanzaste"),
        ("fase", "etapa"),
    ),  # assessment/moved_to_the_test_stage
    "7dbfe67df54b1b3d": (
        ("l'étape",),
        ("passé", "passez", "passée", "accédez", "avancez"),
        ("test",),
    ),  # assessment/moved_to_the_test_stage
    "e73ee2171b251553": (
        ("passi", "accedi", "passat", "accedut"),
        ("alla",),
        ("fase",),
    ),  # assessment/moved_to_the_test_stage
    "c6010d77d263a2bd": (
        ("door",),
        ("naar",),
        ("test", "assessment"),
    ),  # assessment/moved_to_the_test_stage
    "241b56399fcb979e": (
        ("phase", "runde"),
        ("test", "assessment"),
        ("die", "zur"),
    ),  # assessment/moved_to_the_test_stage
    "c3edb723f5fd5f60": (
        (
            "prepare",
            "present",
            "apresenta",
            "presentaci",
            "presentatie",
            "präsentation",
            "présentation",
            "presentazione",
        ),
    ),  # assessment/a_case_to_prepare_and_present
    "f779a905f08e1601": (
        ("opdracht", "praktische", "technische", "programmeer", "thuisopdracht"),
    ),  # assessment/technische_opdracht_nl
    "04e21399a83d64e9": (
        ("assessment", "arbeitsprobe", "probeaufgabe"),
    ),  # assessment/arbeitsprobe
    "d26d3ea77d1d9eac": (("arbeitsprobe",),),  # assessment/arbeitsprobe
    "b38750d5e33053d9": (("probeaufgabe",),),  # assessment/arbeitsprobe
    "a5e3195db52fb4d4": (("assessment",), ("online",)),  # assessment/arbeitsprobe
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
    "c8a2076363251ea0": (
        (
            "case",
            "test",
            "exerc",
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
    "c3f7949684519692": (
        (
            "logique",
            "d'aptitude",
            "personnalité",
            "raisonnement",
            "psychométrique",
            "psychotechnique",
        ),
        ("test",),
    ),  # assessment/test_de_personnalite_fr
    "0de9fd30c1902684": (
        ("questionnaire",),
        ("personnalité",),
        ("de",),
    ),  # assessment/test_de_personnalite_fr
    "0644ab0e7650a7f5": (
        ("lógica", "aptitud", "psicotécnic", "cuestionario", "personalidad", "razonamiento"),
    ),  # assessment/test_psicotecnico_es
    "cfdc512123e5c955": (
        ("lógica", "aptitud", "psicotécnic", "personalidad", "razonamiento"),
        ("test", "prueba"),
    ),  # assessment/test_psicotecnico_es
    "dde2084ea39d0a91": (
        ("cuestionario",),
        ("personalidad",),
        ("de",),
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
    "196dfb03f3cf8328": (
        (
            "logico",
            "personalità",
            "attitudinale",
            "psicometrico",
            "ragionamento",
            "psicoattitudinale",
        ),
        ("test",),
    ),  # assessment/test_attitudinale_it
    "43853a4ed7cde3d0": (
        ("questionario",),
        ("personalità",),
        ("di",),
    ),  # assessment/test_attitudinale_it
    "9c7667c7756ab664": (
        ("lógica", "perfil", "raciocínio", "psicométrico", "psicotécnico", "personalidade"),
    ),  # assessment/teste_de_personalidade_pt
    "e78c6eb445e199b7": (
        ("lógica", "perfil", "raciocínio", "psicométrico", "psicotécnico", "personalidade"),
        ("teste",),
    ),  # assessment/teste_de_personalidade_pt
    "41ef151f0eba36a8": (
        ("personalidade",),
        ("questionário",),
        ("de",),
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
    "dc15fc792a3fa321": (
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
        (
            "faça",
            "fazer",
            "hacer",
            "maken",
            "passer",
            "conclua",
            "remplir",
            "afronden",
            "concluir",
            "invullen",
            "preencha",
            "realizar",
            "resolver",
            "responda",
            "réaliser",
            "svolgere",
            "ausfüllen",
            "compilare",
            "completar",
            "compléter",
            "preencher",
            "responder",
            "sostenere",
            "uitvoeren",
            "bearbeiten",
            "completare",
            "absolvieren",
            "durchführen",
        ),
    ),  # assessment/complete_the_test
    "fe743f86ce9baa20": (
        ("aufgabe", "opdracht", "assessment", "fallstudie", "case-opdracht"),
        ("maken", "afronden", "invullen", "bearbeiten", "absolvieren"),
    ),  # assessment/complete_the_test
    "ce5ce9c89a5d8171": (("questionnaire",), ("d'évaluation",)),  # assessment/complete_the_test
    "681ca343115bbb48": (("case-opdracht",),),  # assessment/complete_the_test
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
    "a99bce242198d8c7": (
        ("test", "prove", "online", "provas", "testes", "pruebas", "toetsen", "évaluation"),
    ),  # assessment/online_tests
    "9a7473185e5f47e6": (
        (
            "casus",
            "aufgabe",
            "giriamo",
            "inviamo",
            "enviamos",
            "envoyons",
            "exercise",
            "mandamos",
            "mandiamo",
            "opdracht",
            "propomos",
            "adressons",
            "challenge",
            "proposons",
            "adjuntamos",
            "alleghiamo",
            "assignment",
            "fallstudie",
            "planteamos",
            "proponemos",
            "proponiamo",
            "soumettons",
            "compartimos",
            "probeaufgabe",
            "transmettons",
            "übungsaufgabe",
            "compartilhamos",
        ),
    ),  # assessment/we_hand_you_an_exercise
    "3d6c2466a67a5fac": (
        ("exercise", "challenge", "assignment"),
        ("end", "hare", "ending", "haring"),
    ),  # assessment/we_hand_you_an_exercise
    "cfa79ad8d158504f": (
        ("enviamos", "mandamos", "adjuntamos", "planteamos", "proponemos", "compartimos"),
        ("reto", "ctico", "desaf", "ejercicio"),
        ("le", "te", "les"),
    ),  # assessment/we_hand_you_an_exercise
    "5b08eaf7211f8746": (
        ("enviamos", "mandamos", "propomos", "compartilhamos"),
        ("exerc", "estudo", "desafio"),
    ),  # assessment/we_hand_you_an_exercise
    "c7377ad09d192752": (
        ("envoyons", "adressons", "proposons", "soumettons", "transmettons"),
        ("vous",),
        ("défi", "étude", "exercice", "pratique", "situation"),
    ),  # assessment/we_hand_you_an_exercise
    "3b8741f17523a350": (
        ("giriamo", "inviamo", "mandiamo", "alleghiamo", "proponiamo"),
        ("sfida", "studio", "pratica", "pratico", "esercizio"),
        ("le", "ti", "vi"),
    ),  # assessment/we_hand_you_an_exercise
    "d07b0d97177013de": (
        ("aufgabe", "fallstudie", "probeaufgabe", "übungsaufgabe"),
        ("senden", "stellen", "schicken", "übermitteln"),
        ("dir", "euch", "ihnen"),
    ),  # assessment/we_hand_you_an_exercise
    "f901ca95f01f242f": (
        ("casus", "opdracht"),
        ("geven", "stuur", "sturen"),
        ("de", "een", "onze"),
    ),  # assessment/we_hand_you_an_exercise
    "5778814e5f798880": (
        (
            "casus",
            "ctico",
            "desaf",
            "study",
            "étude",
            "estudo",
            "studio",
            "pratico",
            "técnico",
            "business",
            "opdracht",
            "pratique",
            "challenge",
            "take-home",
            "fallstudie",
            "probeaufgabe",
            "praktijkopdracht",
        ),
        (
            "fase",
            "paso",
            "stap",
            "step",
            "etapa",
            "passo",
            "stage",
            "étape",
            "bestaan",
            "bestaat",
            "besteht",
            "consist",
            "schritt",
            "consiste",
            "consists",
            "consistirá",
        ),
    ),  # assessment/the_step_consists_of_a_task
    "5e3e7d540f668f71": (
        (
            "anbei",
            "anexo",
            "adjunt",
            "anhang",
            "jointe",
            "allegat",
            "bijlage",
            "allegato",
            "attached",
            "ci-joint",
            "bijgevoegd",
        ),
        (
            "casus",
            "ctico",
            "study",
            "étude",
            "estudo",
            "studio",
            "pratico",
            "prático",
            "opdracht",
            "fallstudie",
            "praktijkcasus",
        ),
    ),  # assessment/case_study_attached
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
    "910b7bb1e4c4c11d": (
        ("application",),
        ("we",),
        ("your",),
    ),  # application_received/we_have_your_application
    "c27cad133191fcb4": (
        ("reviewing",),
        ("it", "application"),
        ("is", "are"),
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
    "8139b82b0a906063": (
        ("solliciteren",),
        ("bedankt",),
        ("het",),
    ),  # application_received/bedankt_voor_het_solliciteren_nl
    "7258852cd7c427d1": (
        ("sollicitatie",),
        ("ontvangen",),
        ("hebben",),
    ),  # application_received/sollicitatie_ontvangen_nl
    "eec3b1895bb447e8": (
        ("acabamos", "ricevuto", "recebemos"),
    ),  # application_received/received_your_application_it_pt
    "419811720bd20d19": (
        ("ricevuto",),
        ("abbiamo",),
        ("sua", "suo", "tua", "tuo"),
    ),  # application_received/received_your_application_it_pt
    "970fe5a7efb4b436": (
        ("acabamos", "recebemos"),
        ("sua", "tua"),
        ("cv", "currículo", "inscrição", "candidatura"),
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
    "d1c8f595adfba1ce": (
        ("candidatura",),
        ("ricevuto", "confermiamo"),
        ("sua", "tua"),
    ),  # application_received/abbiamo_ricevuto_tua_candidatura
    "623f6e661df53f14": (
        ("inviato", "candidat", "candidatura"),
        ("grazie",),
        ("per",),
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
    "cfddaf8e64dd3817": (
        ("réception",),
        ("accusé",),
        ("de",),
    ),  # application_received/accusé_de_réception
    "f8525f741c63e181": (("réception",), ("accus",)),  # application_received/accusé_de_réception
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
    "bd6022bcd0f7f6fa": (
        ("application",),
        ("received", "submitted", "confirmation"),
    ),  # application_received/application_received
    "826cfdf1575bafaa": (
        ("application",),
        ("your",),
        ("got", "received"),
    ),  # application_received/application_received
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
    "0dff8d4da8803c1d": (
        ("throwing", "yourself", "considering"),
        ("thank",),
        ("for",),
    ),  # application_received/thanks_for_throwing_your_hat_in
    "a6f519c39633e326": (
        ("application",),
        ("is",),
        ("in",),
    ),  # application_received/thanks_for_throwing_your_hat_in
    "2ad8c8816a5ce246": (
        ("applied",),
        ("glad",),
        ("we",),
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
    "d1bacb41b84504fd": (
        ("hacernos", "compartir", "enviarnos", "mandarnos"),
        ("gracias",),
        ("por",),
    ),  # application_received/we_received_your_cv
    "6c96b06ff6e6a783": (
        ("bewerbung", "unterlagen", "bewerbungsunterlagen"),
        ("danke", "vielen", "herzlichen"),
        ("eure", "deine"),
    ),  # application_received/we_received_your_cv
    "b96358b3f51f85dc": (
        ("avons",),
        ("nous",),
        ("bien",),
    ),  # application_received/we_received_your_cv
    "5608f0723905b0c7": (
        ("ricevuto",),
        ("abbiamo",),
        ("suo", "tuo"),
    ),  # application_received/we_received_your_cv
    "e7c6fc48c749cf9f": (
        ("inviato",),
        ("grazie",),
        ("averci",),
    ),  # application_received/we_received_your_cv
    "4fce07f3531c9636": (
        ("agradecemos",),
        ("candidatura",),
        ("sua", "tua"),
    ),  # application_received/we_received_your_cv
    "27b55271e659fa14": (
        ("recebemos",),
        ("seu", "teu"),
        ("cv", "perfil", "currículo"),
    ),  # application_received/we_received_your_cv
    "f2d659d43472faad": (
        ("vacature",),
        ("reactie",),
        ("voor",),
    ),  # application_received/we_received_your_cv
    "34dbaa223d6fb09f": (
        ("ontvangen",),
        ("hebben",),
        ("je", "uw", "jouw"),
    ),  # application_received/we_received_your_cv
    "c2bf9587e8e37bc6": (
        ("gracias", "intérêt", "interest", "interesse", "l'intérêt", "l'interesse"),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "a1507b3f67d9c0ad": (
        ("interest",),
        ("job", "role", "joining", "opening", "vacancy", "working", "position", "opportunity"),
        ("in",),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "6b3546f6393ab291": (
        ("gracias",),
        ("interés",),
        ("formar", "oferta", "puesto", "unirte", "nuestra", "vacante", "posición", "trabajar"),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "8651117499936d27": (
        ("interesse",),
        ("stelle", "position", "mitarbeit", "tätigkeit", "ausschreibung"),
        ("danke", "vielen", "herzlichen"),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "666832c22fab0cf8": (
        ("l'intérêt",),
        ("merci",),
        ("porté", "portez"),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "94361e275c54c9eb": (
        ("intérêt",),
        ("merci",),
        ("votre",),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "304459c50c92d26a": (
        ("interesse", "l'interesse"),
        ("grazie",),
        ("ruolo", "nostra", "nostro", "questa", "l'offerta", "posizione", "selezione"),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "3023e0d045f78e08": (
        ("interesse",),
        ("obrigad", "agradecemos"),
        (
            "pela",
            "vaga",
            "cargo",
            "fazer",
            "empresa",
            "posição",
            "integrar",
            "trabalhar",
            "oportunidade",
        ),
    ),  # application_received/thanks_for_your_interest_in_the_role
    "14c6d23d15f8c333": (
        ("interesse",),
        ("voor",),
        ("dank", "bedankt", "hartelijk"),
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
    "000e7a0375a29458": (
        (
            "evaluar",
            "revisar",
            "valorar",
            "analizar",
            "estudiar",
            "evaluando",
            "revisando",
            "analizando",
            "evaluaremos",
            "revisaremos",
            "valoraremos",
            "analizaremos",
            "estudiaremos",
        ),
        ("su", "tu"),
        ("cv", "perfil", "solicitud", "currículum", "candidatura"),
    ),  # application_received/we_will_review_your_profile
    "a1e5ccc3cf2dff3b": (
        ("bewerbung", "unterlagen"),
        ("prüfen", "werden", "sichten"),
        ("kommen", "melden", "prüfen", "zurück"),
    ),  # application_received/we_will_review_your_profile
    "8bd980a6913e8928": (
        ("étudier", "examiner", "étudions", "examinons", "étudierons", "examinerons"),
        ("profil", "dossier", "candidature"),
        ("ta", "votre"),
    ),  # application_received/we_will_review_your_profile
    "a0e200e7c6c20117": (
        ("valutando", "valuteremo", "esamineremo", "analizzeremo"),
        ("sua", "tua"),
        ("cv", "profilo", "candidatura"),
    ),  # application_received/we_will_review_your_profile
    "6725a9782ebafd4f": (
        ("valiar", "nalisar", "analisando", "avaliaremos", "analisaremos"),
        ("seu", "sua", "teu", "tua"),
        ("cv", "perfil", "currículo", "candidatura"),
    ),  # application_received/we_will_review_your_profile
    "34e5ded0dc069a2d": (
        ("kijken", "oordelen"),
        ("be",),
        ("je", "uw", "jouw"),
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
    "796678cf947001b0": (
        ("pass", "share", "forward", "passing", "sharing", "forwarding"),
        ("cv", "resume", "résumé", "details", "profile", "materials", "application"),
        ("your",),
    ),  # application_received/passing_your_cv_on
    "e90ec9593412ba87": (
        ("paso", "llegar", "reenvío", "comparto", "traslado"),
        ("su", "tu"),
        ("cv", "hoja", "perfil", "currículum", "candidatura"),
    ),  # application_received/passing_your_cv_on
    "a25d2469cc1c048f": (
        ("gebe", "leite", "reiche"),
        ("ihre", "deine", "ihren", "deinen"),
        ("an", "weiter"),
    ),  # application_received/passing_your_cv_on
    "bd0ef192047757f4": (
        ("suivre", "partage", "transfère", "transmets", "transmettons"),
        ("ton", "votre"),
        ("cv", "profil", "dossier", "candidature"),
    ),  # application_received/passing_your_cv_on
    "9e6393fd2914d9dd": (
        ("giro", "passo", "giriamo", "inoltro", "trasmetto", "inoltriamo"),
        ("sua", "suo", "tua", "tuo"),
        ("cv", "profilo", "curriculum", "candidatura"),
    ),  # application_received/passing_your_cv_on
    "8352f4b929596436": (
        (
            "passo",
            "passar",
            "repasso",
            "passando",
            "repassar",
            "encaminho",
            "encaminhar",
            "encaminhando",
        ),
        ("seu", "sua", "teu", "tua"),
        ("cv", "perfil", "currículo", "candidatura"),
    ),  # application_received/passing_your_cv_on
    "6b621d298f0ae9d7": (
        ("door",),
        ("zet", "geef", "geven", "stuur", "sturen", "zetten"),
        ("je", "uw", "jouw"),
    ),  # application_received/passing_your_cv_on
    "df5281dc0cf84fec": (
        (
            "bewerbung",
            "solicitud",
            "application",
            "candidatura",
            "candidature",
            "postulación",
            "sollicitatie",
        ),
        (
            "reçue",
            "recebida",
            "received",
            "recibida",
            "ricevuta",
            "empfangen",
            "ontvangen",
            "registrada",
            "registrata",
            "enregistrée",
        ),
        ("is", "foi", "fue", "was", "été", "been", "sido", "stata", "wurde"),
    ),  # application_received/application_was_received_all
    "713e3acda8904def": (
        ("avons", "recibido", "ricevuto", "ontvangen", "recebemos", "recibimos"),
        ("su", "ta", "tu", "sua", "tua", "votre"),
        ("cv", "currículo", "solicitud", "currículum", "candidatura", "candidature", "postulación"),
    ),  # application_received/we_received_your_application_all
    "477a8bc13c08b9f1": (
        ("sollicitatie",),
        ("ontvangen",),
        ("bevestig",),
    ),  # application_received/bevestigen_sollicitatie_ontvangen_nl
    "94c6f192dfefef03": (
        (
            "bewerbung",
            "inscrição",
            "solicitud",
            "application",
            "candidatura",
            "candidature",
            "postulación",
            "sollicitatie",
        ),
        (
            "éxito",
            "succes",
            "succès",
            "sucesso",
            "successo",
            "succesvol",
            "erfolgreich",
            "correctement",
            "corretamente",
            "exitosamente",
            "successfully",
            "correctamente",
            "correttamente",
        ),
    ),  # application_received/application_submitted_successfully
    "174e6fdd068af9d8": (
        (
            "bewerbung",
            "solicitud",
            "application",
            "candidatura",
            "candidature",
            "postulación",
            "sollicitatie",
        ),
    ),  # application_received/thanks_for_sending_your_application
    "f7b957d0f2a3a064": (
        (
            "gesprek",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "sollicitatiegesprek",
            "vorstellungsgespräch",
        ),
        (
            "reto",
            "casus",
            "ctico",
            "desaf",
            "study",
            "étude",
            "estudo",
            "studio",
            "aufgabe",
            "pratico",
            "business",
            "exercise",
            "opdracht",
            "pratique",
            "challenge",
            "assignment",
            "fallstudie",
        ),
        (
            "at",
            "en",
            "im",
            "in",
            "na",
            "no",
            "bei",
            "lors",
            "cours",
            "during",
            "durante",
            "pendant",
            "tijdens",
            "während",
        ),
    ),  # veto_interview/task_presented_at_the_interview
    "856833215c66972f": (
        (
            "final",
            "round",
            "finale",
            "passei",
            "tweede",
            "cheguei",
            "finalen",
            "laatste",
            "letzten",
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
        ),
    ),  # veto_interview/i_got_through_to_the_interview
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
    "137a412ceae4d4c7": (
        (
            "electie",
            "prozess",
            "processo",
            "procedure",
            "processus",
            "selección",
            "selection",
            "selezione",
            "recruiting",
            "application",
            "ollicitatie",
            "recruitment",
        ),
        (
            "omvat",
            "prevê",
            "consta",
            "inclui",
            "inclut",
            "bestaat",
            "besteht",
            "déroule",
            "incluye",
            "prevede",
            "umfasst",
            "articola",
            "comporte",
            "composto",
            "comprend",
            "consiste",
            "consists",
            "includes",
            "involves",
            "comprende",
            "beinhaltet",
        ),
    ),  # veto_interview/our_process_includes
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
    "6719da38b46c1021": (("good",), ("luck",)),  # veto_interview/good_luck
    "b2206dea1a6c0816": (("break",), ("leg",)),  # veto_interview/good_luck
    "408d483c0fbd5d3c": (("fingers",), ("crossed",)),  # veto_interview/good_luck
    "3628136d82c05222": (("suerte",),),  # veto_interview/good_luck
    "58edfe029bb4cd6e": (("erfolg",), ("viel",)),  # veto_interview/good_luck
    "eec935094222f17b": (("chance",), ("bonne",)),  # veto_interview/good_luck
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
    "5747b57e317057e7": (
        ("entretien",),
        (
            "moto",
            "vélo",
            "pompe",
            "annuel",
            "jardin",
            "espaces",
            "piscine",
            "toiture",
            "voiture",
            "appareil",
            "bâtiment",
            "logement",
            "matériel",
            "véhicule",
            "ascenseur",
            "chaudière",
            "périodique",
            "équipement",
            "installation",
            "climatisation",
        ),
    ),  # veto_interview/entretien_as_servicing_fr
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
    "f3d720c127753cf4": (
        ("call", "interview"),
        ("if", "should"),
        ("be", "is", "gets"),
    ),  # veto_interview/if_an_interview_is_scheduled
    "f67515702ff5b162": (
        ("entrevista",),
        ("agenda", "programa", "concierta"),
        ("una",),
    ),  # veto_interview/if_an_interview_is_scheduled
    "f371dbc07eef2460": (
        ("entrevista",),
        ("marcada", "agendada"),
        ("caso",),
    ),  # veto_interview/if_an_interview_is_scheduled
    "4820db45f01cedd6": (
        ("gespräch", "interview", "vorstellungsgespräch"),
        ("geplant", "angesetzt", "vereinbart"),
        ("falls",),
    ),  # veto_interview/if_an_interview_is_scheduled
    "4d191c035d0c6ac9": (
        ("entretien",),
        ("organisé", "planifié", "programmé"),
        ("est", "était", "devait"),
    ),  # veto_interview/if_an_interview_is_scheduled
    "71ebad3bb67b8773": (
        ("colloquio",),
        ("qualora",),
        ("fissato", "programmato"),
    ),  # veto_interview/if_an_interview_is_scheduled
    "77b8d0f5baf69d6f": (
        ("gesprek",),
        ("gepland", "ingepland"),
        ("wordt", "worden"),
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
    "08e30e0678b6a4c3": (
        ("entretien", "entrevist", "interview", "intervist"),
        (
            "blad",
            "blog",
            "dans",
            "pour",
            "show",
            "canal",
            "kanal",
            "krant",
            "radio",
            "rádio",
            "canale",
            "jornal",
            "kanaal",
            "channel",
            "emisora",
            "journal",
            "magazin",
            "podcast",
            "program",
            "revista",
            "rivista",
            "sendung",
            "station",
            "zeitung",
            "giornale",
            "magazine",
            "programa",
            "émission",
            "broadcast",
            "newspaper",
            "periódico",
            "programma",
            "programme",
            "documental",
            "uitzending",
            "documentary",
            "tijdschrift",
            "documentaire",
            "documentario",
            "documentário",
            "trasmissione",
            "dokumentation",
        ),
    ),  # veto_interview/interview_for_our_programme
    "a95db9d690481aa7": (
        ("entrevist", "interview", "intervist"),
        (
            "blad",
            "blog",
            "dans",
            "pour",
            "show",
            "canal",
            "kanal",
            "krant",
            "radio",
            "rádio",
            "canale",
            "jornal",
            "kanaal",
            "channel",
            "emisora",
            "journal",
            "magazin",
            "podcast",
            "program",
            "revista",
            "rivista",
            "sendung",
            "station",
            "zeitung",
            "giornale",
            "magazine",
            "programa",
            "émission",
            "broadcast",
            "newspaper",
            "periódico",
            "programma",
            "programme",
            "documental",
            "uitzending",
            "documentary",
            "tijdschrift",
            "documentaire",
            "documentario",
            "documentário",
            "trasmissione",
            "dokumentation",
        ),
    ),  # veto_interview/interview_for_our_programme
    "b76e826bb1434a60": (
        ("entrevist", "interview", "intervist"),
    ),  # veto_interview/interview_you_about_your_book
    "a1235f194080e09c": (
        ("entrevist", "interview", "intervist"),
        (
            "boek",
            "book",
            "buch",
            "film",
            "album",
            "libro",
            "livre",
            "livro",
            "novel",
            "paper",
            "roman",
            "study",
            "étude",
            "estudo",
            "novela",
            "studie",
            "studio",
            "estudio",
            "ricerca",
            "romance",
            "romanzo",
            "pesquisa",
            "research",
            "forschung",
            "onderzoek",
            "recherche",
            "exhibition",
            "investigación",
        ),
        ("on", "su", "zu", "sul", "sur", "over", "über", "about", "sobre", "sulla", "acerca"),
    ),  # veto_interview/interview_you_about_your_book
    "e4900821e83c82e2": (
        ("interview",),
        ("ihrem", "ihrer", "deinem", "deiner"),
        ("buch", "roman", "studie", "forschung"),
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
    "23b8124fa0caf6ad": (
        ("entrevista",),
        ("superar", "afrontar", "preparar"),
        ("las", "una"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "425aec14bf159c52": (
        ("entrevista",),
        ("consejos",),
        ("para",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "bb9298c412aa74e0": (
        ("entrevista",),
        ("preguntas",),
        ("comunes", "típicas", "frecuentes"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "69ad9ab21eddc052": (
        ("interview", "bewerbungsgespräch", "vorstellungsgespräch"),
        ("bereite",),
        ("dich", "sich"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "f982064dc6967e43": (
        ("interview", "bewerbungsgespräch", "vorstellungsgespräch"),
        ("tipps", "ratgeber", "checkliste"),
        ("für", "zum"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "1f1175f5b9712448": (
        ("vorstellungsgespräch",),
        ("häufige",),
        ("fragen",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "77730542ceff43a3": (
        ("entretien",),
        ("comment",),
        ("réussir", "préparer"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "ec6bc55e17c973cf": (
        ("entretien",),
        ("conseils",),
        ("pour",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "f1c64c3d51a226ca": (
        ("questions",),
        ("entretien",),
        ("pièges", "posées", "fréquentes"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "0da32f6b3568db0c": (
        ("colloqui",),
        ("superare", "affrontare", "prepararsi"),
        ("come",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "6b53981606c9cfc7": (
        ("colloquio",),
        ("consigli",),
        ("per",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "8697a60c94f6bde8": (
        ("colloquio",),
        ("domande",),
        ("comuni", "frequenti"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "65b30e4f8810dea2": (
        ("entrevista",),
        ("mandar", "arrasar", "preparar", "preparar-se"),
        ("como",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "3e1c90cb493c8440": (
        ("entrevista",),
        ("dicas",),
        ("de", "para"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "9e717193a767864b": (
        ("entrevista",),
        ("perguntas",),
        ("comuns", "frequentes"),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "60f00da70d03f622": (
        ("interview", "sollicitatiegesprek"),
        ("bereid",),
        ("voor",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "4480b0c4a237358f": (
        ("interview", "sollicitatiegesprek"),
        ("tips",),
        ("voor",),
    ),  # veto_interview/how_to_prepare_for_an_interview
    "35c401c9c6d2bac7": (
        ("sollicitatiegesprek",),
        ("lastige", "veelgestelde"),
        ("vragen",),
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
    "bb75940508998b85": (
        ("kandida", "candidat", "candidate"),
        (
            "stel",
            "draag",
            "dragen",
            "oporle",
            "oporti",
            "oporvi",
            "oposer",
            "submit",
            "tellen",
            "chlagen",
            "forward",
            "indicar",
            "present",
            "propose",
            "stellen",
            "ésenter",
            "oponerle",
            "oponerte",
            "esentarle",
            "esentaros",
            "esentarte",
            "esentarti",
            "esentarvi",
            "introduce",
            "apresentar",
        ),
    ),  # veto_interview/an_agency_presents_its_candidate
    "b330e554023812f2": (
        ("submit", "forward", "present"),
        ("req", "role", "opening", "vacancy", "position"),
        ("for",),
    ),  # veto_interview/an_agency_presents_its_candidate
    "d77703a037e5c337": (
        ("profil", "kandidat"),
        ("telle", "chlage", "tellen", "chlagen"),
        ("vors",),
    ),  # veto_interview/an_agency_presents_its_candidate
    "65545d25c7daf2d9": (
        (
            "proposta",
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
    "467d980abfd57640": (
        ("hold", "paused"),
        ("req", "role", "hiring", "search", "opening", "process", "position"),
    ),  # veto_interview/the_process_is_on_hold
    "90cc5c01ea11d51e": (
        ("hold",),
        ("role", "hiring", "search", "opening", "process", "position"),
        ("on",),
    ),  # veto_interview/the_process_is_on_hold
    "68255a76d5561dac": (
        ("puesto", "proceso", "vacante", "posición"),
        ("pausa", "espera", "congelad", "suspendid"),
        ("está", "queda", "quedado"),
    ),  # veto_interview/the_process_is_on_hold
    "c6c760925096abbb": (
        ("gelegt", "gestoppt", "pausiert", "ausgesetzt"),
        ("stelle", "prozess", "besetzung", "verfahren", "auswahlverfahren"),
    ),  # veto_interview/the_process_is_on_hold
    "e6ae0fb9debc3d6d": (
        ("poste", "processus", "recrutement"),
        ("gelé", "pause", "suspendu"),
    ),  # veto_interview/the_process_is_on_hold
    "7f4271a96ea80213": (
        ("processo", "posizione", "selezione"),
        ("pausa", "sospes", "congelat"),
    ),  # veto_interview/the_process_is_on_hold
    "07fd8eaae3f1cbd5": (
        ("pausa", "pausad", "suspens", "congelad"),
        ("vaga", "seleção", "processo"),
    ),  # veto_interview/the_process_is_on_hold
    "73e476218d95f894": (
        ("proces", "functie", "vacature", "procedure"),
        ("hold", "tijdelijk", "gepauzeerd", "stilgelegd"),
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
    "9c30f5336f73b0b7": (
        ("interview",),
        ("tv", "live", "radio", "on-air", "broadcast", "television"),
    ),  # veto_interview/a_radio_or_television_interview
    "07e4d343f6b1aede": (
        ("entrevista",),
        ("vivo", "radio", "directo", "televisiva", "radiofónica"),
    ),  # veto_interview/a_radio_or_television_interview
    "713080101f8ff93e": (
        ("interview",),
        ("live", "radio", "fernseh"),
    ),  # veto_interview/a_radio_or_television_interview
    "d4e20fa76aad94b1": (
        ("interview",),
        ("live", "radio", "fernsehen"),
    ),  # veto_interview/a_radio_or_television_interview
    "0296d8bd46de4564": (
        ("entretien", "interview"),
        ("radio", "direct", "télévisé", "radiophonique"),
    ),  # veto_interview/a_radio_or_television_interview
    "577cae10b2688fb2": (
        ("intervista",),
        ("radio", "diretta", "televisiva", "radiofonica"),
    ),  # veto_interview/a_radio_or_television_interview
    "8a95b47445c8a56a": (
        ("entrevista",),
        ("vivo", "rádio", "televisiva"),
    ),  # veto_interview/a_radio_or_television_interview
    "02ef463c611035ee": (
        ("interview",),
        ("tv", "live", "radio"),
    ),  # veto_interview/a_radio_or_television_interview
    "51ea14a275bdad57": (
        ("interview",),
        ("live", "radio"),
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
    "ef15666fa767aed6": (("entrevista",), ("mi",)),  # veto_interview/my_own_interview
    "0a6aaf3407755b37": (
        ("bewerbungsgespräch", "vorstellungsgespräch"),
        ("mein",),
    ),  # veto_interview/my_own_interview
    "c73361cb5385d1a4": (("entretien",), ("mon",)),  # veto_interview/my_own_interview
    "2d0ed39a1e91c4ad": (("colloquio",), ("mio",), ("il",)),  # veto_interview/my_own_interview
    "fc77d914956a23c2": (("colloquio",), ("mio",), ("al",)),  # veto_interview/my_own_interview
    "9b2393a61896b028": (("entrevista",), ("minha",)),  # veto_interview/my_own_interview
    "cd18a68088af1c42": (("gesprek",), ("mijn",)),  # veto_interview/my_own_interview
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
    "f242a787fa664c47": (
        ("reclutador", "recrutador", "selezionator", "entrevistador"),
        ("domande", "perguntas", "preguntas"),
        ("fanno", "fazem", "hacen"),
    ),  # veto_interview/questions_interviewers_ask
    "0898d05b8da8e88b": (
        ("fragen", "vragen", "domande", "perguntas", "preguntas", "questions"),
        (
            "datori",
            "managers",
            "employers",
            "recruiter",
            "employeurs",
            "personaler",
            "reclutador",
            "recruiters",
            "recrutador",
            "recruteurs",
            "werkgevers",
            "arbeitgeber",
            "empleadores",
            "empregadores",
            "interviewers",
            "entrevistador",
            "selezionatori",
        ),
        ("ask", "fanno", "fazem", "hacen", "posent", "vragen", "stellen"),
    ),  # veto_interview/questions_interviewers_ask
    "2ede0e043036889f": (
        (
            "proce",
            "compone",
            "prevede",
            "proceso",
            "process",
            "prozess",
            "consiste",
            "prevedrà",
            "processo",
            "comprende",
            "processus",
            "verfahren",
            "comprenderà",
        ),
    ),  # veto_interview/the_process_lists_its_stages
    "6fc0b5f956ee27af": (
        (
            "fase",
            "naar",
            "etapa",
            "moved",
            "phase",
            "runde",
            "stufe",
            "movida",
            "passou",
            "avançou",
            "l'étape",
            "passata",
            "advanced",
            "avanzata",
            "avançada",
            "spostata",
            "progressed",
        ),
    ),  # veto_interview/moved_to_the_named_stage
    "966bc1786ae2f081": (
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
    "27c854461c8e9068": (
        (
            "survey",
            "ervaring",
            "candidate",
            "erfahrung",
            "interview",
            "bewerbungs",
            "esperienza",
            "experience",
            "expérience",
            "satisfação",
            "experiencia",
            "experiência",
            "satisfacción",
            "satisfaction",
            "sollicitatie",
            "soddisfazione",
        ),
    ),  # veto_interview/candidate_experience_survey
    "ea7ccec711261e94": (
        ("experience",),
        ("candidate", "interview", "application"),
        ("how",),
    ),  # veto_interview/candidate_experience_survey
    "6692407d541b4006": (
        ("experience",),
        ("candidate", "interview", "application"),
        ("hear", "tell"),
    ),  # veto_interview/candidate_experience_survey
    "df8b39707438bb73": (
        ("candidate", "interview"),
        ("survey",),
    ),  # veto_interview/candidate_experience_survey
    "8961de94ba941c7f": (
        ("survey",),
        ("take",),
        ("our", "the", "short"),
    ),  # veto_interview/candidate_experience_survey
    "cdc8fe6a2cd6f581": (
        ("experiencia", "satisfacción"),
        ("encuesta",),
    ),  # veto_interview/candidate_experience_survey
    "d4842a004e82f4a9": (
        ("experiencia",),
        ("cómo",),
        ("fue",),
    ),  # veto_interview/candidate_experience_survey
    "24ce033bf62a7a1a": (
        ("erfahrung", "bewerbungs"),
        ("umfrage", "befragung"),
        ("zu",),
    ),  # veto_interview/candidate_experience_survey
    "99367ff8cc8c33ef": (
        ("erfahrung",),
        ("ihre", "deine"),
        ("wie",),
    ),  # veto_interview/candidate_experience_survey
    "3179116c0f7f719f": (
        ("expérience", "satisfaction"),
        ("enquête", "questionnaire"),
    ),  # veto_interview/candidate_experience_survey
    "a5d5c75eaef05ffd": (
        ("expérience",),
        ("comment",),
        ("passée",),
    ),  # veto_interview/candidate_experience_survey
    "371529de80edca2e": (
        ("esperienza", "soddisfazione"),
        ("sondaggio", "questionario"),
    ),  # veto_interview/candidate_experience_survey
    "4d563e7086659207": (
        ("esperienza",),
        ("andata",),
        ("com'è",),
    ),  # veto_interview/candidate_experience_survey
    "57f5e72bd34ce47a": (
        ("satisfação", "experiência"),
        ("pesquisa",),
    ),  # veto_interview/candidate_experience_survey
    "5fe242684b661ab4": (
        ("experiência",),
        ("como",),
        ("foi",),
    ),  # veto_interview/candidate_experience_survey
    "afec4a730cdad73f": (
        ("ervaring", "sollicitatie"),
        ("enquête", "vragenlijst"),
        ("over",),
    ),  # veto_interview/candidate_experience_survey
    "d9b49ecdf27b8e7b": (
        ("ervaring",),
        ("hoe",),
        ("je", "uw", "jouw"),
    ),  # veto_interview/candidate_experience_survey
    "f71eaf36c87ec821": (
        (
            "colloqu",
            "gesprek",
            "gespräch",
            "entretien",
            "entrevista",
            "simulación",
            "d'entretien",
            "simulazione",
            "probeinterview",
            "proefsollicitatie",
            "bewerbungsgespräch",
            "sollicitatiegesprek",
        ),
    ),  # veto_interview/mock_interview_all
    "a8aee5f56abee608": (
        (
            "colloquio",
            "entretien",
            "interview",
            "entrevista",
            "bewerbungsgespräch",
            "sollicitatiegesprek",
            "vorstellungsgespräch",
        ),
    ),  # veto_interview/someone_elses_interview
    "a315f95969968d83": (
        ("interview",),
        (
            "dad",
            "mom",
            "son",
            "wife",
            "niece",
            "cousin",
            "father",
            "friend",
            "mother",
            "nephew",
            "sister",
            "brother",
            "husband",
            "partner",
            "daughter",
            "flatmate",
            "roommate",
        ),
        ("my", "her", "his", "their"),
    ),  # veto_interview/someone_elses_interview
    "2d6075cbd68a337d": (
        ("entrevista",),
        (
            "hija",
            "hijo",
            "amiga",
            "amigo",
            "madre",
            "novia",
            "novio",
            "padre",
            "prima",
            "primo",
            "esposa",
            "esposo",
            "marido",
            "pareja",
            "hermana",
            "hermano",
            "sobrina",
            "sobrino",
        ),
        ("mi", "su"),
    ),  # veto_interview/someone_elses_interview
    "2bdb6a419ee85a8f": (
        ("entrevista",),
        ("hija", "hijo", "irmã", "amiga", "amigo", "filha", "filho", "irmão", "hermana", "hermano"),
        ("de",),
    ),  # veto_interview/someone_elses_interview
    "af80b6b8c4980f33": (
        ("entrevista",),
        (
            "mãe",
            "pai",
            "irmã",
            "amiga",
            "amigo",
            "filha",
            "filho",
            "irmão",
            "prima",
            "primo",
            "esposa",
            "marido",
            "namorada",
            "namorado",
        ),
        ("eu", "inha"),
    ),  # veto_interview/someone_elses_interview
    "4b87a07d38614500": (
        ("entretien",),
        (
            "ami",
            "fils",
            "mari",
            "mère",
            "père",
            "sœur",
            "femme",
            "fille",
            "frère",
            "soeur",
            "copain",
            "copine",
            "cousin",
        ),
    ),  # veto_interview/someone_elses_interview
    "7ac42988c912db78": (
        ("colloquio",),
        (
            "amica",
            "amico",
            "cugina",
            "cugino",
            "figlia",
            "figlio",
            "marito",
            "moglie",
            "ragazza",
            "ragazzo",
            "sorella",
            "fratello",
        ),
        ("mi",),
    ),  # veto_interview/someone_elses_interview
    "69da099b74d112db": (
        ("bewerbungsgespräch", "vorstellungsgespräch"),
        ("mein",),
        (
            "frau",
            "mann",
            "sohn",
            "vater",
            "bruder",
            "freund",
            "mutter",
            "tochter",
            "freundin",
            "schwester",
        ),
    ),  # veto_interview/someone_elses_interview
    "90aa286bc15287aa": (
        ("sollicitatiegesprek",),
        ("mijn",),
        (
            "man",
            "zus",
            "zoon",
            "broer",
            "vader",
            "vrouw",
            "moeder",
            "vriend",
            "dochter",
            "vriendin",
        ),
    ),  # veto_interview/someone_elses_interview
    "9ec91ddd9c517d33": (
        (
            "perfil",
            "profil",
            "interés",
            "profiel",
            "profilo",
            "parcours",
            "positivo",
            "interesse",
            "candidatura",
            "candidature",
        ),
    ),  # veto_interview/if_your_profile_fits_all
    "77929d06942d1309": (
        ("profil", "parcours", "candidature"),
        ("retenu", "répond", "retient", "correspond"),
        ("ton", "votre"),
    ),  # veto_interview/if_your_profile_fits_all
    "14803213bb9e0989": (
        ("perfil", "candidatura"),
        ("ajusta", "encaja", "resulta", "coincide", "corresponde", "seleccionad"),
        ("si",),
    ),  # veto_interview/if_your_profile_fits_all
    "c1f19f64c9148a07": (
        ("perfil", "interés"),
        ("caso",),
        ("en",),
    ),  # veto_interview/if_your_profile_fits_all
    "56ade2ba165fc500": (
        ("profilo",),
        ("suo", "tuo"),
        ("il",),
    ),  # veto_interview/if_your_profile_fits_all
    "4a71fec4d68adfae": (
        ("positivo", "interesse"),
        ("caso",),
        ("in",),
    ),  # veto_interview/if_your_profile_fits_all
    "47ceed7d5dd60f16": (
        ("perfil",),
        ("seu", "teu"),
        ("se", "caso"),
    ),  # veto_interview/if_your_profile_fits_all
    "74180603c8d45d39": (
        ("interesse",),
        ("caso",),
        ("em",),
    ),  # veto_interview/if_your_profile_fits_all
    "8f4394f0c3c6c192": (
        ("profil",),
        ("wenn", "falls", "sollte"),
        ("ihr", "dein"),
    ),  # veto_interview/if_your_profile_fits_all
    "09ceee35710e85ba": (
        ("profiel",),
        ("als", "mocht", "indien"),
        ("je", "uw", "jouw"),
    ),  # veto_interview/if_your_profile_fits_all
    "eccc28baa7e220f3": (
        (
            "door",
            "adatt",
            "frage",
            "idone",
            "linea",
            "chosen",
            "retenu",
            "aprovad",
            "auswahl",
            "coerente",
            "doorgaat",
            "escolhid",
            "selected",
            "aanmerking",
            "ausgewählt",
            "selecionad",
            "selezionat",
            "interessant",
            "seleccionad",
            "shortlisted",
            "sélectionné",
            "geselecteerd",
            "preselezionat",
            "berücksichtigt",
        ),
    ),  # veto_interview/if_you_are_found_suitable_all
    "20bcf208e5d0866a": (
        (
            "charla",
            "gesprek",
            "échange",
            "conversa",
            "gespräch",
            "olloquio",
            "entretien",
            "interview",
            "telefonat",
            "entrevista",
            "hiacchierata",
            "sollicitatiegesprek",
        ),
    ),  # veto_interview/after_your_interview_all
    "9c23eb9c50dd4d62": (
        ("charla", "entrevista"),
        ("tras", "luego", "después"),
        ("la", "su", "tu", "nuestra"),
    ),  # veto_interview/after_your_interview_all
    "76f6d96f56e0dc46": (
        ("échange", "entretien"),
        ("après", "suite", "continuité"),
        ("ton", "notre", "votre"),
    ),  # veto_interview/after_your_interview_all
    "e85efb91f0187cac": (
        ("gespräch", "interview", "telefonat"),
        ("nach", "anschluss"),
        ("dem", "ihrem", "deinem", "unserem"),
    ),  # veto_interview/after_your_interview_all
    "682960f9967ea737": (
        ("olloquio", "hiacchierata"),
        ("dopo", "seguito"),
    ),  # veto_interview/after_your_interview_all
    "f79aafe5f6dac0a5": (
        ("conversa", "entrevista"),
        ("após", "depois"),
        ("sua", "nossa"),
    ),  # veto_interview/after_your_interview_all
    "4aeeacf1fa36dfe8": (
        ("gesprek", "sollicitatiegesprek"),
        ("na",),
        ("je", "uw", "ons", "jouw"),
    ),  # veto_interview/after_your_interview_all
    "09848e660dfb3ff0": (
        (
            "gesprek",
            "colloquio",
            "entretien",
            "bewerbungs",
            "entrevista",
            "vorstellungs",
            "sollicitatiegesprek",
        ),
    ),  # veto_interview/interview_tips_all
    "3623872820ba1c3a": (
        ("entrevista",),
        ("para",),
        ("tips", "consejos"),
    ),  # veto_interview/interview_tips_all
    "601ce5a88fb6490f": (
        ("entretien",),
        ("conseils",),
        ("pour",),
    ),  # veto_interview/interview_tips_all
    "acc056a086de2a5b": (
        ("colloquio",),
        ("consigli",),
        ("per",),
    ),  # veto_interview/interview_tips_all
    "e820acacb66b69a4": (
        ("entrevista",),
        ("dicas",),
        ("para",),
    ),  # veto_interview/interview_tips_all
    "ccb5113033d32704": (
        ("bewerbungs", "vorstellungs"),
        ("gespräch",),
        ("tipps",),
    ),  # veto_interview/interview_tips_all
    "1063cc439a404d45": (
        ("sollicitatiegesprek",),
        ("tips",),
        ("voor",),
    ),  # veto_interview/interview_tips_all
    "6c5c0d6a6aa0f1e7": (
        ("gesprek", "sollicitatiegesprek"),
        ("bereid",),
        ("voor",),
    ),  # veto_interview/interview_tips_all
    "3caec8acafbb3a56": (
        (
            "env",
            "giro",
            "heer",
            "envio",
            "invio",
            "indico",
            "profil",
            "adresse",
            "inviamo",
            "kandida",
            "mevrouw",
            "propose",
            "sending",
            "enviamos",
            "presento",
            "propongo",
            "présente",
            "apresento",
            "bewerbung",
            "indicamos",
            "proposons",
            "transmets",
            "forwarding",
            "lebenslauf",
            "proponemos",
            "proponiamo",
            "présentons",
            "presentamos",
            "presentiamo",
            "apresentamos",
            "transmettons",
        ),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "e12cbc3ce1c55828": (
        ("adresse", "propose", "présente", "proposons", "transmets", "présentons", "transmettons"),
        ("vous",),
        ("je", "nous"),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "6de0a02c23c9d8a7": (
        ("env", "enviamos", "presento", "propongo", "proponemos", "presentamos"),
        ("de",),
        ("le", "te", "les"),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "910a49756047643a": (
        ("giro", "invio", "inviamo", "presento", "propongo", "proponiamo", "presentiamo"),
        ("le", "ti", "vi"),
        ("il", "profilo", "curriculum", "candidatura"),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "465437b09bacf236": (
        ("envio", "indico", "enviamos", "apresento", "indicamos", "apresentamos"),
        ("cv", "perfil", "currículo", "candidatura"),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "9830745b87b75ad6": (
        ("profil", "bewerbung", "lebenslauf"),
        ("sende", "senden", "schicke", "schicken", "übermittle", "übermitteln"),
        ("frau", "herr", "kandidat"),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "2028f5df0aeba06e": (
        ("heer", "kandida", "mevrouw"),
        ("stu",),
        ("het",),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "d9fc1cade52f6287": (
        ("sending", "forwarding"),
        ("of",),
        ("cv", "resume", "résumé", "profile"),
    ),  # veto_interview/an_agency_sends_a_candidates_profile
    "1eab7abb10630de7": (
        (
            "avant",
            "before",
            "termin",
            "chamada",
            "fissare",
            "llamada",
            "reunión",
            "voordat",
            "conversa",
            "gespräch",
            "interview",
            "telefonat",
            "entrevista",
            "organizzare",
            "programmare",
        ),
    ),  # veto_interview/before_an_interview_is_set_up
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
    "23aa6da6a3872c90": (
        (
            "again",
            "resume",
            "proceso",
            "restart",
            "werving",
            "búsqueda",
            "processo",
            "procedure",
            "reprendra",
            "riprenderà",
            "aufgenommen",
        ),
    ),  # veto_rejection/paused_until_it_restarts
    "a2937e82afa86040": (
        ("restart",),
        ("date",),
        ("do",),
    ),  # veto_rejection/paused_until_it_restarts
    "2382280edea9e627": (
        ("again", "resume", "restart"),
        ("when",),
        ("role", "hiring", "search", "process", "position"),
    ),  # veto_rejection/paused_until_it_restarts
    "07ed395293daef6a": (
        ("proceso", "búsqueda"),
        ("cuando",),
        ("tome", "anude", "active"),
    ),  # veto_rejection/paused_until_it_restarts
    "599ee81545cb5c35": (
        ("processo",),
        ("quando",),
        ("aberto", "tomado"),
    ),  # veto_rejection/paused_until_it_restarts
    "f3027ba443bbcd36": (
        ("aufgenommen",),
        ("sobald",),
        ("wieder",),
    ),  # veto_rejection/paused_until_it_restarts
    "b7b9e37d3380fe0a": (
        ("reprendra",),
        ("processus", "recrutement"),
        ("dès",),
    ),  # veto_rejection/paused_until_it_restarts
    "8e789d0c0f168373": (
        ("riprenderà",),
        ("selezione",),
        ("quando",),
    ),  # veto_rejection/paused_until_it_restarts
    "eca7dd93967afa84": (
        ("werving", "procedure"),
        ("hervat", "opgestart"),
        ("zodra",),
    ),  # veto_rejection/paused_until_it_restarts
    "97276dd3bfd0bc8a": (
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
    "ec3645a7bf4a6114": (
        ("error", "mistake"),
        ("sent",),
        ("by", "in"),
    ),  # veto_rejection/sent_by_mistake
    "4fdaf720bfee00ce": (("ignore", "disregard"), ("please",)),  # veto_rejection/sent_by_mistake
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
    "c7c53b65545c56ce": (
        (
            "fit",
            "hör",
            "cias",
            "door",
            "hear",
            "meet",
            "past",
            "suit",
            "ajust",
            "atend",
            "avanz",
            "avanç",
            "encaj",
            "heard",
            "hoort",
            "idone",
            "linea",
            "match",
            "passt",
            "absage",
            "chosen",
            "elegid",
            "encaix",
            "retenu",
            "retour",
            "aprovad",
            "assenza",
            "auswahl",
            "forward",
            "gehoord",
            "invited",
            "notizie",
            "réponse",
            "verfolg",
            "aansluit",
            "contacté",
            "contatad",
            "convoqué",
            "escolhid",
            "gemeldet",
            "noticias",
            "nouvelle",
            "progress",
            "selected",
            "contactad",
            "contacted",
            "contattat",
            "nouvelles",
            "riscontro",
            "aanmerking",
            "ausgewählt",
            "correspond",
            "eingeladen",
            "entspricht",
            "selecionad",
            "selezionat",
            "successful",
            "ricontattat",
            "seleccionad",
            "shortlisted",
            "sélectionné",
            "uitgenodigd",
            "geselecteerd",
            "berücksichtig",
            "preseleccionad",
        ),
    ),  # veto_rejection/if_you_are_not_selected
    "16a00b9d04c55242": (
        (
            "fit",
            "hör",
            "cias",
            "door",
            "hear",
            "meet",
            "past",
            "suit",
            "ajust",
            "atend",
            "avanz",
            "avanç",
            "encaj",
            "heard",
            "hoort",
            "idone",
            "linea",
            "match",
            "passt",
            "absage",
            "chosen",
            "elegid",
            "encaix",
            "retenu",
            "retour",
            "aprovad",
            "auswahl",
            "forward",
            "gehoord",
            "invited",
            "notizie",
            "réponse",
            "verfolg",
            "aansluit",
            "contacté",
            "contatad",
            "convoqué",
            "escolhid",
            "gemeldet",
            "noticias",
            "progress",
            "selected",
            "contactad",
            "contacted",
            "contattat",
            "nouvelles",
            "riscontro",
            "aanmerking",
            "ausgewählt",
            "correspond",
            "eingeladen",
            "entspricht",
            "selecionad",
            "selezionat",
            "successful",
            "ricontattat",
            "seleccionad",
            "shortlisted",
            "sélectionné",
            "uitgenodigd",
            "geselecteerd",
            "berücksichtig",
            "preseleccionad",
        ),
        (
            "if",
            "se",
            "si",
            "als",
            "case",
            "caso",
            "dans",
            "tese",
            "wenn",
            "event",
            "falls",
            "mocht",
            "indien",
            "should",
            "sollte",
            "qualora",
            "wanneer",
        ),
    ),  # veto_rejection/if_you_are_not_selected
    "3612816ef34280b1": (
        ("retour", "réponse", "nouvelle"),
        ("sans",),
        ("part",),
    ),  # veto_rejection/if_you_are_not_selected
    "34731339c89e4bfb": (
        ("assenza",),
        ("posta", "contro"),
        ("ris",),
    ),  # veto_rejection/if_you_are_not_selected
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
    "7d9a137b058b5ff2": (
        ("applicants", "candidates"),
        ("up", "book", "line", "screen", "schedule"),
        ("next", "final", "other", "remaining", "shortlisted"),
    ),  # veto_rejection/schedule_the_candidates
    "eea7791d4e1dacef": (
        ("candidat",),
        ("agenda", "agendar", "convocar", "programar"),
        ("as", "os", "los"),
    ),  # veto_rejection/schedule_the_candidates
    "3dbaf01af487741d": (
        ("bewerber", "kandidat"),
        ("einladen", "einplanen", "terminieren"),
        ("übrigen", "restlichen"),
    ),  # veto_rejection/schedule_the_candidates
    "9ddd6399c4c83639": (
        ("candidats",),
        ("convoquer", "planifier"),
        ("les",),
    ),  # veto_rejection/schedule_the_candidates
    "5c10959360e21184": (
        ("candidati",),
        ("convocare", "programmare"),
        ("altri",),
    ),  # veto_rejection/schedule_the_candidates
    "7f0a7739b7037103": (
        ("kandidaten",),
        ("inplannen", "uitnodigen"),
        ("andere", "overige"),
    ),  # veto_rejection/schedule_the_candidates
    "ecdfdfa82d1d78de": (
        ("regret", "decline", "rejection"),
        ("send",),
        ("note", "email", "letter"),
    ),  # veto_rejection/schedule_the_candidates
    "ac87a35c97bd36c8": (("close",), ("req",)),  # veto_rejection/schedule_the_candidates
    "d10296256d63b1f8": (
        ("candidates",),
        ("tell", "inform", "notify"),
        ("the", "your", "other", "remaining"),
    ),  # veto_rejection/schedule_the_candidates
    "28f0f99d98923dea": (
        ("anderen", "übrigen", "restlichen"),
        ("absage",),
    ),  # veto_rejection/schedule_the_candidates
    "cfa11e62e556d467": (
        ("enviar", "mandar"),
        ("mails", "correos"),
        ("rec",),
    ),  # veto_rejection/schedule_the_candidates
    "11228f30efa5488d": (
        ("refus",),
        ("faire", "envoyer"),
        ("mails", "courriers"),
    ),  # veto_rejection/schedule_the_candidates
    "7e33d20f373c94a1": (
        ("rifiuto",),
        ("inviare", "mandare"),
        ("mail", "email", "lettere"),
    ),  # veto_rejection/schedule_the_candidates
    "257ab2c183dc9cb1": (
        ("afwijzing",),
        ("sturen", "versturen"),
        ("en", "smails"),
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
    "51f20eed2a860485": (
        ("rejection",),
        (
            "cope",
            "deal",
            "turn",
            "react",
            "reply",
            "write",
            "answer",
            "bounce",
            "handle",
            "respond",
        ),
        ("how",),
    ),  # veto_rejection/advice_about_rejection
    "c749d1c90baa8d82": (
        ("lidiar", "manejar", "superar", "afrontar", "contestar", "responder", "reaccionar"),
        ("jei", "cusa", "chazo"),
        ("mo",),
    ),  # veto_rejection/advice_about_rejection
    "03a3362f508bf1b1": (
        ("absage", "antwort", "reagier"),
        ("wie",),
        ("du", "man", "sie"),
    ),  # veto_rejection/advice_about_rejection
    "2922a6ae2323d45c": (
        ("comment",),
        ("refus",),
        ("éagir", "ebondir", "épondre"),
    ),  # veto_rejection/advice_about_rejection
    "bbd97c40e9b38dcf": (
        ("rifiuto",),
        ("gestire", "reagire", "superare", "rispondere"),
        ("come",),
    ),  # veto_rejection/advice_about_rejection
    "f28486302a748b47": (
        ("afwijzing",),
        ("hoe",),
        ("een",),
    ),  # veto_rejection/advice_about_rejection
    "838e12516fd752f8": (
        (
            "doen",
            "offrir",
            "angebot",
            "hacerle",
            "hacerte",
            "anbieten",
            "oferecer",
            "offrirle",
            "offrirti",
            "proporle",
            "proporti",
            "proposer",
            "aanbieden",
            "ofrecerle",
            "ofrecerte",
            "un'offerta",
            "oferecer-te",
            "oferecer-lhe",
        ),
    ),  # veto_offer/cannot_offer_you_the_position
    "c029bfaf9788c2dd": (
        ("role", "offer", "position"),
        ("make", "offer", "extend", "making"),
        ("not", "able", "will", "can't", "won't", "cannot", "unable", "position"),
    ),  # veto_offer/unable_extend_offer
    "4502bf667869ef8a": (
        ("offer",),
        (
            "other",
            "another",
            "someone",
            "external",
            "internal",
            "applicant",
            "candidate",
            "different",
        ),
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
    "3bb3d8326936750b": (("offer",), ("ends", "valid", "expires")),  # veto_offer/offer_ends
    "cc2d44952677ffe2": (("off",),),  # veto_offer/offer_ends
    "278c8a03dfa06cb2": (
        ("negotiation",),
        ("offer", "salary"),
        ("tips", "guide", "course", "webinar", "template"),
    ),  # veto_offer/salary_negotiation_tips
    "e71c10c7bb7c105c": (
        ("accept", "decline", "evaluate", "negotiate", "newsletter"),
    ),  # veto_offer/how_to_negotiate
    "4162d7a8570a0317": (
        ("accept", "decline", "evaluate", "negotiate"),
        ("how",),
        ("to",),
    ),  # veto_offer/how_to_negotiate
    "b12f43abe7292201": (("newsletter",),),  # veto_offer/how_to_negotiate
    "8257e234c0079485": (
        ("home", "nmls", "officer", "approval", "borrower", "mortgage", "application"),
    ),  # veto_offer/mortgage
    "bcbe6a93826885f3": (("background",),),  # veto_offer/requested_background_check
    "447c58a6702d11b9": (
        ("background",),
        ("check", "screening"),
        ("start", "ordered", "complete", "initiated", "requested"),
    ),  # veto_offer/requested_background_check
    "bea6575f295efff9": (
        ("background",),
        ("check", "screening"),
        ("part", "portal", "report", "vendor", "provider"),
    ),  # veto_offer/requested_background_check
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
    "d59264fe75bc206e": (
        ("offer",),
        ("needs", "awaits", "awaiting", "requests", "requested"),
        ("sign", "approval"),
    ),  # veto_offer/offer_approval_request
    "f67e995d09863326": (
        ("approval",),
        ("needed", "pending", "request", "required", "requested"),
        ("offer",),
    ),  # veto_offer/offer_approval_request
    "40afbc770c70a29b": (("approve",), ("reject",)),  # veto_offer/offer_approval_request
    "e3c3a5c2a40a8e6e": (
        ("aprobaci",),
        ("oferta",),
        ("para", "pendiente", "solicitada"),
    ),  # veto_offer/offer_approval_request
    "1ae5ed87ad5398c9": (
        ("aprova",),
        ("oferta", "proposta"),
        ("para", "pendente", "solicitada"),
    ),  # veto_offer/offer_approval_request
    "469af990ad212154": (
        ("freigabe", "angebotsfreigabe"),
        ("für", "ausstehend", "angefordert", "erforderlich"),
    ),  # veto_offer/offer_approval_request
    "1013dbdff9f788e7": (
        ("validation", "approbation"),
        ("offre", "l'offre"),
        ("pour", "attente", "requise", "demandée"),
    ),  # veto_offer/offer_approval_request
    "9f3a422a7c3350a0": (
        ("approvazione",),
        ("un'offerta", "ell'offerta"),
        ("per", "attesa", "richiesta"),
    ),  # veto_offer/offer_approval_request
    "4dc766af700b498b": (
        ("goedkeuring",),
        ("aanbod",),
        ("voor", "nodig", "gevraagd", "aangevraagd"),
    ),  # veto_offer/offer_approval_request
    "109ddf65ca24114c": (
        ("goedkeuring",),
        ("aanbod",),
        ("ter",),
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
    "0ef05bc8a23ba0bc": (("test",), ("ride", "drive", "flight")),  # veto_assessment/test_drive
    "f5d7d1c1beb3f253": (("beta",), ("test",)),  # veto_assessment/test_drive
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
    "2ff6a3dd96c37fb9": (
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
            "fellowship",
            "membership",
            "application",
            "scholarship",
        ),
    ),  # veto_application_received/rental
    "b175c9e965773d6e": (
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
    "c5467c99b2dbc493": (
        ("apply", "applied", "applying", "submission", "application"),
        (
            "club",
            "fund",
            "loan",
            "plot",
            "visa",
            "grant",
            "member",
            "bursary",
            "tenancy",
            "mortgage",
            "allotment",
            "apartment",
            "residency",
            "fellowship",
            "membership",
            "scholarship",
        ),
        ("to", "for"),
    ),  # veto_application_received/an_application_for_something_else
    "40dfb8e71abe9509": (
        ("solicitud",),
        (
            "beca",
            "ayuda",
            "socio",
            "visado",
            "alquiler",
            "hipoteca",
            "préstamo",
            "membresía",
            "subvención",
        ),
        ("de",),
    ),  # veto_application_received/an_application_for_something_else
    "c773b0a3aad6d8bd": (
        (
            "antrag",
            "mietantrag",
            "förderantrag",
            "kreditantrag",
            "mitgliedsantrag",
            "stipendienantrag",
        ),
    ),  # veto_application_received/an_application_for_something_else
    "e54d4c32d75831a0": (
        ("demande",),
        ("prêt", "bourse", "adhésion", "logement", "subvention", "financement"),
    ),  # veto_application_received/an_application_for_something_else
    "a8f476aaa3866555": (
        ("domanda",),
        ("mutuo", "studio", "adesione", "prestito", "contributo", "iscrizione", "finanziamento"),
        ("di",),
    ),  # veto_application_received/an_application_for_something_else
    "604e4e8fbf2e1baf": (
        ("pedido", "candidatura", "solicitação"),
        ("bolsa", "sócio", "adesão", "edital", "associação", "empréstimo", "financiamento"),
    ),  # veto_application_received/an_application_for_something_else
    "6139e3817f357358": (
        ("aanvraag", "subsidieaanvraag"),
    ),  # veto_application_received/an_application_for_something_else
    "8d14bef7c3488dee": (
        (
            "need",
            "needs",
            "nodig",
            "prend",
            "besoin",
            "dauert",
            "taking",
            "bisogno",
            "demande",
            "gepland",
            "rauchen",
            "require",
            "anspruch",
            "enötigen",
            "esperado",
            "previsto",
            "richiede",
            "verwacht",
            "precisamos",
            "necesitamos",
            "gebruikelijk",
            "zwischenbescheid",
        ),
    ),  # veto_application_received/the_review_needs_more_time
    "04fcb2809bd73a50": (
        (
            "salaris",
            "pretensão",
            "salariali",
            "aspiración",
            "economiche",
            "salariales",
            "aspiraciones",
            "expectations",
            "expectativas",
            "pretensiones",
            "requirements",
            "gehaltsvorstellung",
        ),
    ),  # veto_application_received/your_salary_expectations_asked
    "4cbb90fe8268f919": (
        (
            "chat",
            "over",
            "para",
            "role",
            "vaga",
            "voor",
            "cnica",
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
            "screen",
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
            "sessione",
            "sollicit",
            "talentos",
            "vacature",
            "colloquio",
            "entretien",
            "interview",
            "posizione",
            "postulaci",
            "recruiter",
            "screening",
            "selezione",
            "take-home",
            "technical",
            "technisch",
            "entrevista",
            "technische",
            "werfreserve",
            "conversation",
            "fachgespräch",
            "introductory",
            "personalauswahl",
            "telefoninterview",
            "bewerbungsgespräch",
            "sollicitatiegesprek",
            "kennismakingsgesprek",
            "vorstellungsgespräch",
        ),
    ),  # process/hiring_talk
    "cab6737f4c140bb6": (
        (
            "cv",
            "job",
            "sal",
            "role",
            "vaga",
            "cargo",
            "cnica",
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
            "stellen",
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
            "sessione",
            "sollicit",
            "talentos",
            "vacature",
            "architect",
            "bewerbung",
            "candidacy",
            "candidate",
            "colloquio",
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
            "technical",
            "technisch",
            "aangenomen",
            "assunzione",
            "bewerbungs",
            "consultant",
            "développeu",
            "employment",
            "entrevista",
            "entwickler",
            "programmer",
            "recrutador",
            "technische",
            "application",
            "candidatura",
            "candidature",
            "contratação",
            "incorporaci",
            "recrutement",
            "requisition",
            "werfreserve",
            "eignungstest",
            "fachgespräch",
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
    "ef41fbe9e719f18e": (
        (
            "shift",
            "contrat",
            "contrato",
            "contratto",
            "employment",
            "arbeitsvertrag",
            "arbeidscontract",
            "arbeidsovereenkomst",
        ),
    ),  # job/employment_contract_and_shift_roles
    "d24fbc19b4dba155": (("over", "voor"), ("rol",), ("de",)),  # job/for_or_about_the_role_nl
    "3e4425eaef6eb099": (
        (
            "spr",
            "ton",
            "liked",
            "loved",
            "muito",
            "visto",
            "votre",
            "colpit",
            "enjoyed",
            "gustado",
            "gefallen",
            "piaciuto",
        ),
    ),  # job/liked_your_profile_all
    "5c49b34a0244adbd": (
        (
            "round",
            "stage",
            "tweede",
            "última",
            "finalen",
            "laatste",
            "letzten",
            "próxima",
            "nächsten",
            "prochain",
            "seguinte",
            "suivante",
            "volgende",
            "prochaine",
            "siguiente",
            "successiv",
        ),
    ),  # job/you_are_through_to_the_next_round
    "77e6cf88454f225e": (
        (
            "editor",
            "writer",
            "manager",
            "product",
            "director",
            "marketer",
            "accountant",
            "researcher",
            "specialist",
            "strategist",
            "coordinator",
        ),
        ("jr", "sr", "head", "lead", "staff", "junior", "senior", "associate", "principal"),
    ),  # job/role_title_with_level_in_brackets
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
    "a2c3785b2c1c20af": (("application",), ("your",)),  # applied/the_candidate_applied
    "88732e9e1a09956a": (("applied",), ("you",)),  # applied/the_candidate_applied
    "b7600cf68ebf482c": (
        ("applying", "interest", "application"),
        ("thank",),
        ("for",),
    ),  # applied/the_candidate_applied
    "8221c09adb8d43ac": (("applied",), ("to", "for")),  # applied/the_candidate_applied
    "346bb65c18cda6f8": (("candidacy",), ("your",)),  # applied/the_candidate_applied
    "5f1566c78234d91e": (("candidature",), ("your",)),  # applied/the_candidate_applied
    "78f48642c934564b": (("bewerbung",), ("ihre",)),  # applied/the_candidate_applied
    "da677b52a9a8cfd4": (("candidatura",), ("tu",)),  # applied/the_candidate_applied
    "3b0d115ff4806f0e": (("candidatura",), ("su",)),  # applied/the_candidate_applied
    "299f8cc347cf31d9": (("candidature",), ("votre",)),  # applied/the_candidate_applied
    "7e1b334dadb1546d": (("interview",), ("your",)),  # applied/the_candidate_applied
    "cdf27d2e8ec21bb9": (("candidatura",), ("sua", "tua")),  # applied/the_candidate_applied
    "2aa39f0598c579ca": (("processo",), ("seletivo",)),  # applied/the_candidate_applied
    "8068f6a97cb74f3f": (("sollicitatie",), ("je", "uw")),  # applied/the_candidate_applied
    "595c61f42fe16257": (("postulaci",), ("tu",)),  # applied/the_candidate_applied
    "ce2804e5f61539b5": (
        ("your",),
        ("with",),
        ("call", "time", "conversation"),
    ),  # applied/the_candidate_applied
    "6d0f5555ec979fdb": (
        ("spoke", "talked"),
        ("with",),
        ("me", "us", "you"),
    ),  # applied/the_candidate_applied
    "45fd972b4b515a51": (
        ("interest",),
        ("role", "position"),
        ("in",),
    ),  # applied/the_candidate_applied
    "b3355c25a7b78c1f": (("our",), ("all", "hat", "onversation")),  # applied/the_candidate_applied
    "46436a52e4c56f6d": (
        ("cv", "resume", "portfolio", "take-home"),
        ("your",),
    ),  # applied/the_candidate_applied
    "bd0eb6163314a2a0": (
        ("paso", "step", "étape", "schritt"),
        ("next", "nächsten", "prochaine", "siguiente"),
    ),  # applied/the_candidate_applied
    "0ad281e43571c766": (
        ("process",),
        ("hiring", "interview", "selection", "recruiting"),
        ("our", "the"),
    ),  # applied/the_candidate_applied
    "a2dade6c41679ab5": (
        ("talking", "chatting", "speaking"),
        ("great",),
        ("today", "earlier", "morning", "yesterday"),
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
    "e55b15cd043ad410": (
        ("neue", "passende"),
        ("jobs", "stellen", "stellenangebote"),
    ),  # alert/neue_jobs
    "7d0e5b66617d61e8": (("jobagent",),),  # alert/neue_jobs
    "41f95bf7c256542a": (("ofertas", "coinciden", "interesar"),),  # alert/nueva_ofertas_de_empleo
    "dba08f42bf2becfb": (
        ("alerte", "nouvelles", "pourraient", "correspondent"),
    ),  # alert/nouvelles_offres_emploi
    "b2a574a6d561ec59": (
        ("nouvelles", "pourraient", "correspondent"),
    ),  # alert/nouvelles_offres_emploi
    "8d00addb57774144": (("alerte",), ("emploi",)),  # alert/nouvelles_offres_emploi
    "ea7c5eb48b15be4d": (("github", "receiving"),),  # alert/view_on_github
    "acc95d25ae6ec292": (("github",), ("view", "reply"), ("on",)),  # alert/view_on_github
    "6bbb1ee326015885": (
        ("receiving",),
        ("authored", "commented", "mentioned", "subscribed"),
        ("because",),
    ),  # alert/view_on_github
    "088383f753ffb7d5": (
        ("digest,", "recording", "newsletter", "subscriber"),
    ),  # alert/weekly_newsletter
    "e451fe09b4dda201": (("newsletter",), ("weekly",)),  # alert/weekly_newsletter
    "1b5d95a3b4fe1826": (("subscriber",), ("free",)),  # alert/weekly_newsletter
    "c3e2080ae7d8aba2": (("digest,",), ("vol",)),  # alert/weekly_newsletter
    "7da3e821b1609ca6": (("recording",), ("cloud",)),  # alert/weekly_newsletter
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
    "42bdf20c8c5611a4": (("vacatures",), ("nieuwe",)),  # alert/new_vacancies_for_you
    "d7dc51dbfd17d0b3": (("vacatures",), ("passen",), ("die",)),  # alert/new_vacancies_for_you
    "e37a92d0f47770c5": (("vacature",), ("alert",)),  # alert/new_vacancies_for_you
    "37affca3e00ce67e": (("offerte",), ("lavoro",), ("nuove",)),  # alert/new_vacancies_for_you
    "a1aea2926e02938a": (
        ("interessarti",),
        ("potrebbero",),
        ("offerte",),
    ),  # alert/new_vacancies_for_you
    "121bc724df2006f0": (("novas",), ("vagas",)),  # alert/new_vacancies_for_you
    "7feb1fc6b8f55fcc": (("vagas",), ("para", "recomendadas")),  # alert/new_vacancies_for_you
    "d8cdab79206340bc": (("alerta",), ("vagas", "empleo"), ("de",)),  # alert/new_vacancies_for_you
    "802af6bce676ed1d": (("passen",), ("jobs",), ("die",)),  # alert/new_vacancies_for_you
    "584127d4f15d6d34": (
        (
            "full",
            "issue",
            "suite",
            "editie",
            "edição",
            "numero",
            "nummer",
            "numéro",
            "número",
            "verder",
            "artikel",
            "ausgabe",
            "beitrag",
            "complet",
            "edición",
            "leyendo",
            "'article",
            "completo",
            "continua",
            "volledige",
        ),
    ),  # alert/newsletter_issue_and_full_post
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
    "d0f0676383214dc5": (("clients",), ("of",), ("with",)),  # outreach/with_one_of_my_clients
    "09d06bcb40957c40": (
        ("client",),
        ("my", "our"),
        ("is", "has", "needs", "wants"),
    ),  # outreach/with_one_of_my_clients
    "684790ce176b6cad": (
        ("behalf", "client", "recruiter", "headhunter"),
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
    "ca81ceac733c153b": (
        ("resume", "profile", "background", "experience"),
        ("stood", "caught"),
        ("your",),
    ),  # outreach/your_profile_stood_out
    "c76472297959dc2d": (("interested",), ("is",), ("in",)),  # outreach/your_profile_stood_out
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
    "9b978ef257c198e4": (
        ("hiring", "working", "recruiting", "supporting"),
        ("roles", "openings", "searches", "positions"),
        ("few", "two", "some", "three", "couple", "number", "several", "multiple"),
    ),  # outreach/searching_on_behalf_of_a_client
    "53348ee56e207f99": (
        ("buscando", "llevando", "gestionando"),
        ("cliente", "empresa"),
        ("para",),
    ),  # outreach/searching_on_behalf_of_a_client
    "156b6528f267c263": (
        ("kunden", "mandanten"),
        ("einen", "eines", "unseren", "unseres"),
        ("für", "auftrag"),
    ),  # outreach/searching_on_behalf_of_a_client
    "88ca5890ff299566": (
        ("recrute", "recherche", "recrutons", "recherchons"),
        ("client",),
        ("pour",),
    ),  # outreach/searching_on_behalf_of_a_client
    "078ceecc8cbef8cc": (
        ("cercando", "gestendo", "seguendo"),
        ("azienda", "cliente"),
        ("per",),
    ),  # outreach/searching_on_behalf_of_a_client
    "924d8b6bdf022725": (
        ("buscando", "procurando", "recrutando"),
        ("cliente", "empresa"),
        ("para",),
    ),  # outreach/searching_on_behalf_of_a_client
    "3ff70924d4e66f15": (
        ("klant", "opdrachtgever"),
        ("zoek", "werven"),
        ("voor", "namens"),
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
    "ca69906360ec5386": (("calendly.com",),),  # meeting/calendly_com
    "17b53a44c7e39a7c": (("goodtime.io",),),  # meeting/calendly_com
    "70bb1a19a7f9916f": (("calendar.app.google",),),  # meeting/calendly_com
    "e69300115e82fd5a": (("doodle.com",),),  # meeting/calendly_com
    "4e51b0f7a5903c01": (("meetings.hubspot.com",),),  # meeting/calendly_com
    "cba9da82764e1a69": (
        ("scheduled",),
        ("inviting",),
        ("meeting",),
    ),  # meeting/is_inviting_you_to_scheduled
    "13f67683d65d8640": (
        ("microsoft", "zoom.us/j/", "meet.google.com/", "teams.microsoft.com/l/meetup"),
    ),  # meeting/zoom_us
    "ec81f4b52186ce02": (("zoom.us/j/",),),  # meeting/zoom_us
    "1ae179522f5036d3": (("meet.google.com/",),),  # meeting/zoom_us
    "0f0718f660bb83ac": (("teams.microsoft.com/l/meetup",),),  # meeting/zoom_us
    "04095d1a5a09b3b3": (("microsoft",), ("meeting",), ("teams",)),  # meeting/zoom_us
    "fe9fb41a8e12bb30": (("dial", "join", "meeting", "passcode"),),  # meeting/dialin
    "27c12442adfb35bc": (("day", "tomorrow"),),  # meeting/see_you_on_day
    "769dc22272c0b5cb": (
        ("day", "tomorrow"),
        ("you",),
        ("see", "talk", "speak"),
    ),  # meeting/see_you_on_day
    "06796f3479ec586c": (("day", "tomorrow"), ("it",), ("is",)),  # meeting/see_you_on_day
    "a93ffcbd69c2472e": (
        ("lunes", "vemos", "jueves", "martes", "mañana", "rcoles", "viernes", "hablamos"),
    ),  # meeting/see_you_on_day_es
    "8c0ac498a748fbe2": (
        ("vemos", "hablamos"),
        ("lunes", "jueves", "martes", "mañana", "rcoles", "viernes"),
        ("nos",),
    ),  # meeting/see_you_on_day_es
    "de72b3180f576e13": (
        ("lunes", "jueves", "martes", "mañana", "rcoles", "viernes"),
        ("sta", "blamos"),
        ("ha",),
    ),  # meeting/see_you_on_day_es
    "0553d00531fb8658": (
        ("montag", "morgen", "freitag", "dienstag", "mittwoch", "donnerstag"),
    ),  # meeting/see_you_on_day_de
    "3c2bad1e0a1f5992": (
        ("montag", "morgen", "freitag", "dienstag", "mittwoch", "donnerstag"),
        ("also", "dann"),
        ("bis",),
    ),  # meeting/see_you_on_day_de
    "b51830752608caa3": (
        ("montag", "morgen", "freitag", "dienstag", "mittwoch", "donnerstag"),
        ("bis",),
    ),  # meeting/see_you_on_day_de
    "fb98b501135d2514": (
        ("montag", "morgen", "freitag", "dienstag", "mittwoch", "donnerstag"),
        ("hören", "sehen", "sprechen"),
        ("wir",),
    ),  # meeting/see_you_on_day_de
    "a0af81d892ea594f": (
        ("jeudi", "lundi", "mardi", "demain", "mercredi", "vendredi"),
    ),  # meeting/see_you_on_day_fr
    "c72873b374159cb3": (
        ("jeudi", "lundi", "mardi", "demain", "mercredi", "vendredi"),
    ),  # meeting/see_you_on_day_fr
    "70b1faeb62df30b4": (
        ("jeudi", "lundi", "mardi", "demain", "mercredi", "vendredi"),
        ("voit", "parle", "retrouve"),
        ("on",),
    ),  # meeting/see_you_on_day_fr
    "1f49b457dd1b6c51": (
        ("luned", "domani", "gioved", "marted", "venerd", "vediamo", "mercoled", "sentiamo"),
    ),  # meeting/see_you_on_day_it
    "d68b701f1cc0bfa4": (
        ("luned", "domani", "gioved", "marted", "venerd", "mercoled"),
    ),  # meeting/see_you_on_day_it
    "c9e111838a292588": (
        ("vediamo", "sentiamo"),
        ("luned", "domani", "gioved", "marted", "venerd", "mercoled"),
        ("ci",),
    ),  # meeting/see_you_on_day_it
    "3b83ec463e936f07": (("até", "vemos", "falamos"),),  # meeting/see_you_on_day_pt
    "073024b2be2551ab": (
        ("até",),
        ("ter", "sexta", "amanhã", "quarta", "quinta", "segunda"),
    ),  # meeting/see_you_on_day_pt
    "29500eb9111724db": (
        ("vemos", "falamos"),
        ("ter", "sexta", "amanhã", "quarta", "quinta", "segunda"),
    ),  # meeting/see_you_on_day_pt
    "4ae6e201b674abfc": (
        ("morgen", "dinsdag", "maandag", "vrijdag", "woensdag", "donderdag"),
    ),  # meeting/see_you_on_day_nl
    "ff7312abf10fecd0": (
        ("morgen", "dinsdag", "maandag", "vrijdag", "woensdag", "donderdag"),
        ("tot",),
    ),  # meeting/see_you_on_day_nl
    "5162298983817d20": (
        ("morgen", "dinsdag", "maandag", "vrijdag", "woensdag", "donderdag"),
        ("zie", "elkaar"),
    ),  # meeting/see_you_on_day_nl
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
    "69d2bcd2c748fbb3": (("debriefing",),),  # status/debriefing
    "36d67a46f6dd6cef": (("gathering",), ("feedback",)),  # status/debriefing
    "87189ab3d0036d8b": (("decision",), ("yet", "been"), ("no",)),  # status/debriefing
    "0e8879b012f4a940": (("status", "changed", "updated"),),  # status/status_changed
    "113c68990d82ec9e": (("changed", "updated"), ("status",)),  # status/status_changed
    "8ae214d001fc5ef3": (("status",), ("new",)),  # status/status_changed
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
    "fcee98aa52bd2e32": (("interview",), ("mock", "practice")),  # nonjob/mock_interview
    "87e45cdee7b74e9f": (("interview",), ("prep",)),  # nonjob/mock_interview
    "061084162ea672b3": (("study",), ("group",)),  # nonjob/mock_interview
    "dfd9dfebdc759e17": (("coaching",), ("session",)),  # nonjob/mock_interview
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
    "568eefafab56b7c1": (("mentorship",),),  # nonjob/mentorship
    "03de1fcf8cf9f0be": (("mentor",), ("be",)),  # nonjob/mentorship
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
    "1309a7ab5889d49e": (
        ("funding",),
        ("chosen", "approved", "selected", "recommended"),
        ("for",),
    ),  # nonjob/nonjob_object_en
    "016f585dc2938985": (
        ("grant",),
        ("round", "proposal", "application"),
    ),  # nonjob/nonjob_object_en
    "902887401be01be6": (
        ("interview", "application", "appointment"),
        ("flat", "loan", "rental", "tenancy", "mortgage", "apartment", "scholarship"),
    ),  # nonjob/nonjob_object_en
    "eb035c3fa02a58b5": (
        ("appl",),
        ("ying", "ication"),
        ("flat", "loan", "grant", "mortgage", "apartment", "scholarship"),
    ),  # nonjob/nonjob_object_en
    "3fa392527e7c1dc8": (("interview",), ("entrance", "admission")),  # nonjob/nonjob_object_en
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
    "18fa191b976865f1": (
        ("bewerbung",),
        ("kurs", "wohnung", "förderung", "stipendium", "studienplatz", "weiterbildung"),
        ("das", "den", "die", "ein", "eine", "einen"),
    ),  # nonjob/nonjob_object_de
    "a9db4c46ffd90da5": (
        (
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
    "b20b16fc34f36681": (
        ("demande", "dossier", "candidature"),
        ("prêt", "bourse", "crédit", "location", "logement", "subvention", "appartement"),
    ),  # nonjob/nonjob_object_fr
    "2d34cdc166a2e907": (("d'admission",), ("entretien",)),  # nonjob/nonjob_object_fr
    "12d0bfed2152802b": (("immobilier",), ("prêt", "crédit")),  # nonjob/nonjob_object_fr
    "262ffefba5440519": (
        ("solicitud", "entrevista", "candidatura", "inscripción"),
    ),  # nonjob/nonjob_object_es
    "1c67ad64e24a9918": (
        ("solicitud", "candidatura", "inscripción"),
        (
            "beca",
            "piso",
            "curso",
            "máster",
            "alquiler",
            "hipoteca",
            "préstamo",
            "vivienda",
            "subvención",
        ),
    ),  # nonjob/nonjob_object_es
    "e1e3ab75772d15a0": (("entrevista",), ("admisión",), ("de",)),  # nonjob/nonjob_object_es
    "e136c8dd4d6b9f29": (
        ("domanda", "colloquio", "richiesta", "iscrizione", "candidatura"),
    ),  # nonjob/nonjob_object_it
    "a98b3c830e67da8e": (
        ("domanda", "richiesta", "iscrizione", "candidatura"),
        (
            "corso",
            "mutuo",
            "master",
            "studio",
            "affitto",
            "prestito",
            "appartamento",
            "finanziamento",
        ),
        ("al", "di", "per", "alla"),
    ),  # nonjob/nonjob_object_it
    "3e2ae3e8a912a6be": (("colloquio",), ("filiale", "ammissione")),  # nonjob/nonjob_object_it
    "fdd212c22bca9e7c": (
        ("pedido", "inscrição", "entrevista", "candidatura", "solicitação"),
    ),  # nonjob/nonjob_object_pt
    "0a0ad76bbd961eae": (
        ("pedido", "inscrição", "candidatura", "solicitação"),
        (
            "bolsa",
            "curso",
            "aluguel",
            "crédito",
            "empréstimo",
            "apartamento",
            "arrendamento",
            "financiamento",
        ),
    ),  # nonjob/nonjob_object_pt
    "c4c6f7eaf30d0c08": (("entrevista",), ("admissão",), ("de",)),  # nonjob/nonjob_object_pt
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
    "f5b3c7f76d91cf41": (
        ("aanvraag", "aanmelding", "inschrijving"),
        (
            "cursus",
            "lening",
            "woning",
            "subsidie",
            "hypotheek",
            "opleiding",
            "huurwoning",
            "appartement",
            "studiebeurs",
        ),
        ("an", "oor"),
    ),  # nonjob/nonjob_object_nl
    "a84458bc0ec4194b": (
        ("hypotheekgesprek", "subsidieaanvraag", "toelatingsgesprek"),
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
    "22384834b6fa013e": (
        ("grant", "fellowship", "scholarship"),
    ),  # nonjob/application_to_a_grant_programme_en
    "cf105eabd3032ec6": (
        ("grant", "fellowship", "scholarship"),
        ("appl",),
        ("ying", "ication"),
    ),  # nonjob/application_to_a_grant_programme_en
    "2d6d9230d291fab0": (
        ("grant",),
        ("fund", "panel", "round", "scheme", "program"),
        ("art", "mini", "micro", "small", "travel", "research", "community"),
    ),  # nonjob/application_to_a_grant_programme_en
    "7ff4ad8fe13e7b31": (
        (
            "entry",
            "porté",
            "portez",
            "bewerbung",
            "inscrição",
            "inzending",
            "prochaine",
            "solicitud",
            "aanmelding",
            "iscrizione",
            "manifestez",
            "submission",
            "application",
            "candidatura",
            "candidature",
            "inscripción",
            "inscription",
            "inschrijving",
            "d'éligibilité",
        ),
    ),  # nonjob/application_for_a_prize_contest_or_course
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
    "76e0f78bfd2969d2": (
        (
            "gespräch",
            "colloquio",
            "entretien",
            "interview",
            "verzetten",
            "entrevista",
            "uitstellen",
            "verplaatsen",
            "vorstellungsgespräch",
        ),
    ),  # employment/your_interview_is_moved
    "afcfc90cfb48439e": (("find", "apply", "writing"),),  # employer_side/writing_to_apply
    "d5123f5ee5ab72ca": (("writing",), ("apply",), ("am",)),  # employer_side/writing_to_apply
    "ed1471a976cb01a9": (("apply",), ("to",), ("would",)),  # employer_side/writing_to_apply
    "1f1e574b78943a22": (("find",), ("my",), ("cv", "resume")),  # employer_side/writing_to_apply
    "f3a63c53cc0c7a66": (
        ("interview",),
        ("me",),
        ("thank",),
    ),  # employer_side/thank_you_for_interviewing_me
    "9641eaa4bfaeae84": (("along", "attached"),),  # employer_side/attached_is_my_resume
    "b972150cbfc7838f": (("attached",), ("is",), ("my",)),  # employer_side/attached_is_my_resume
    "dc31b7887ffeb9e7": (
        ("along",),
        ("pass",),
        ("it", "resume"),
    ),  # employer_side/attached_is_my_resume
    "3d6e3409b7a92459": (("panel", "interview"),),  # employer_side/interview_panel
    "4665d15d3ab224fd": (("panel",), ("on",), ("be", "sit")),  # employer_side/interview_panel
    "5a9eb3b6b7f8b052": (("interview",), ("panel",), ("for",)),  # employer_side/interview_panel
    "c4f1a9661fd6313d": (("extend",),),  # employer_side/extend_an_offer_to
    "749aa396d30a1247": (("extend",), ("offer",), ("to",)),  # employer_side/extend_an_offer_to
    "6f9fe732b3df7630": (("extend",), ("offer",), ("an",)),  # employer_side/extend_an_offer_to
    "da3a9335a5772a73": (
        ("corecard", "feedback", "interview", "scorecard"),
    ),  # employer_side/submit_your_scorecard
    "f2fd8262ba043d0f": (
        ("feedback", "interview", "scorecard"),
        ("submit",),
    ),  # employer_side/submit_your_scorecard
    "67ab46edf95cbb59": (("scorecard",),),  # employer_side/submit_your_scorecard
    "1227902435f15bea": (
        ("scheduled", "interviewed", "interviewer"),
    ),  # employer_side/you_interviewed
    "016efe4cb7a51c44": (
        ("interview",),
        ("candidate",),
        ("our", "the", "two", "both", "three"),
    ),  # employer_side/interview_the_candidates
    "3d9f76595c182eb7": (("candidates",),),  # employer_side/for_the_three_candidates
    "aea264c55e733c84": (
        ("candidates",),
        ("two", "four", "three"),
        ("for",),
    ),  # employer_side/for_the_three_candidates
    "71b6fa480a7c3710": (
        ("candidates",),
        ("coming",),
        ("in",),
    ),  # employer_side/for_the_three_candidates
    "61c3203068ce66a7": (("candidate", "introduce"),),  # employer_side/candidate_for_your
    "3a81bb65f1d9b7f5": (("candidate",), ("for",), ("your",)),  # employer_side/candidate_for_your
    "442b18a198df6c74": (("introduce",), ("for",), ("your",)),  # employer_side/candidate_for_your
    "afd6c1fa0e492d13": (
        ("reference",),
        ("gave", "named", "listed"),
        ("as",),
    ),  # employer_side/gave_you_as_reference
    "784b92fc32443e32": (("candidate",),),  # employer_side/the_candidates_resume
    "43569a8d41aff0a2": (
        ("candidate",),
        ("cv", "resume"),
        ("the",),
    ),  # employer_side/the_candidates_resume
    "96577df223299964": (
        ("candidate",),
        ("review",),
        ("the",),
    ),  # employer_side/the_candidates_resume
    "392e738282b23070": (
        ("training", "workshop", "structured"),
    ),  # employer_side/hiring_manager_training
    "825dc60f4c0abb95": (
        ("training", "workshop"),
        ("manager",),
        ("hiring",),
    ),  # employer_side/hiring_manager_training
    "43eed298edc8af58": (
        ("structured",),
        ("interview",),
        ("for",),
    ),  # employer_side/hiring_manager_training
    "f8e88aef6523870f": (
        ("respuesta", "expediente", "entrevistar"),
    ),  # employer_side/entrevistar_a_los_candidatos
    "5afcea8ce1083b42": (
        ("entrevistar",),
        ("candidat",),
        ("el", "la", "las", "los"),
    ),  # employer_side/entrevistar_a_los_candidatos
    "ddf0ddcf831fd4b6": (
        ("expediente",),
        ("candidato",),
        ("del",),
    ),  # employer_side/entrevistar_a_los_candidatos
    "e2739cac9d61c951": (
        ("respuesta",),
        ("candidato",),
        ("mandamos",),
    ),  # employer_side/entrevistar_a_los_candidatos
    "9d80a0c1394a6aa7": (
        ("bewerber", "unterlagen", "bewerbergespr"),
    ),  # employer_side/bewerbergespraech
    "b8ec523931a09e82": (("bewerbergespr",), ("ch",)),  # employer_side/bewerbergespraech
    "3ded91db7f2bb176": (
        ("unterlagen",),
        ("bewerber",),
        ("der",),
    ),  # employer_side/bewerbergespraech
    "78ccd3ef7f43e00d": (("bewerber",), ("absage",), ("an",)),  # employer_side/bewerbergespraech
    "0d502d0ae6885d06": (("jury", "candidats"),),  # employer_side/jury_d_entretien
    "bb4ade75ef8a557c": (("jury",), ("pour", "d'entretien")),  # employer_side/jury_d_entretien
    "901553ad0b4eadcb": (("candidats",), ("deux", "trois")),  # employer_side/jury_d_entretien
    "69d3640df64bc084": (
        ("candidatura", "interessante"),
    ),  # employer_side/ti_giro_questa_candidatura
    "8e8f77497cb2a601": (
        ("candidatura",),
        ("questa",),
        ("giro",),
    ),  # employer_side/ti_giro_questa_candidatura
    "fb9769f5f83f65c9": (
        ("interessante",),
        ("profilo",),
        ("team",),
    ),  # employer_side/ti_giro_questa_candidatura
    "1eefc823aaf174ee": (
        ("entrevistar",),
        ("candidatos",),
        ("os",),
    ),  # employer_side/entrevistar_os_candidatos
    "2e579aa1d49e8493": (("door", "gesprekken"),),  # employer_side/gesprekken_met_kandidaten
    "86310d981ce79eaa": (
        ("gesprekken",),
        ("kandidaten",),
        ("met",),
    ),  # employer_side/gesprekken_met_kandidaten
    "e0fe9adc6311978e": (("door",), ("cv",)),  # employer_side/gesprekken_met_kandidaten
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
    "2f888f3d060cc09d": (
        ("anbei",),
        ("meine",),
        ("sende", "finden", "erhalten"),
    ),  # employer_side/anbei_mein_lebenslauf
    "4c4ad01ebd182255": (
        ("einladung",),
        ("gespräch", "vorstellungsgespräch"),
        ("einem",),
    ),  # employer_side/anbei_mein_lebenslauf
    "0548f5ef12a4de23": (
        ("ci-joint", "trouverez", "candidature"),
    ),  # employer_side/ci_joint_mon_cv
    "9ee398bc4e842bfe": (("ci-joint", "trouverez"), ("mon",)),  # employer_side/ci_joint_mon_cv
    "a917425c808fbc8e": (
        ("candidature",),
        ("adresser", "transmettre"),
        ("permets",),
    ),  # employer_side/ci_joint_mon_cv
    "b5055fa6097a69a2": (("adjunto", "postularme"),),  # employer_side/adjunto_mi_cv
    "e8d0a1a31777573f": (("adjunto",),),  # employer_side/adjunto_mi_cv
    "ede3e406e9c7d5e4": (("postularme",), ("gustaría",), ("me",)),  # employer_side/adjunto_mi_cv
    "cd049b9439db9d5e": (
        ("allego", "allegato", "candidarmi"),
    ),  # employer_side/in_allegato_il_mio_cv
    "b6bae627a4bc240e": (("allego", "allegato"),),  # employer_side/in_allegato_il_mio_cv
    "3bd8de7f8bb7f240": (("candidarmi",), ("vorrei",)),  # employer_side/in_allegato_il_mio_cv
    "48428d8abcf7b67c": (("candidarmi",), ("desidero",)),  # employer_side/in_allegato_il_mio_cv
    "8952d20496abd47e": (("anexo", "segue", "candidatar"),),  # employer_side/segue_em_anexo_meu_cv
    "aa2f35744efb40af": (("anexo", "segue"), ("meu",)),  # employer_side/segue_em_anexo_meu_cv
    "1fb6fa94dfc2bf99": (
        ("candidatar",),
        ("gostaria",),
        ("de",),
    ),  # employer_side/segue_em_anexo_meu_cv
    "df66164add7a0f5c": (
        ("bijlage", "bijgevoegd", "solliciteer"),
    ),  # employer_side/bijgevoegd_mijn_cv
    "2952a5c7fdc6b3bd": (
        ("bijlage", "bijgevoegd"),
        ("mijn",),
        ("cv", "sollicitatiebrief"),
    ),  # employer_side/bijgevoegd_mijn_cv
    "819addb1fd61e253": (
        ("solliciteer",),
        ("graag", "hierbij"),
        ("ik",),
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
    "ee40d539d029da74": (
        ("kandidaat",),
        ("aanbod", "voorstel", "contractvoorstel"),
        ("doen", "maken", "sturen"),
    ),  # employer_side/de_kandidaat_een_aanbod_doen
    "eb8ec03fae5aaeda": (
        ("kandidaat",),
        ("aanbod", "voorstel"),
        ("doen", "sturen"),
    ),  # employer_side/de_kandidaat_een_aanbod_doen
    "cd8034cbfe0f9bc8": (
        ("candidate", "candidates"),
        ("the",),
    ),  # employer_side/the_candidates_you_interview
    "61fdd935a70ab41b": (
        ("candidate",),
        ("meet", "interview"),
        ("the",),
    ),  # employer_side/the_candidates_you_interview
    "f45259d8950acca1": (
        ("candidates",),
        ("meet", "interview"),
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
    "b272965ddcdbf80e": (
        (
            "feedback",
            "avaliação",
            "bewertung",
            "evaluatie",
            "interview",
            "scorecard",
            "soumettre",
            "evaluación",
            "beoordeling",
            "valutazione",
            "d'évaluation",
            "bewertungsbogen",
            "evaluierungsbogen",
            "beoordelingsformulier",
        ),
    ),  # employer_side/submit_your_evaluation_all
    "7e2d77d5d20e5844": (("hi", "staff", "colleague", "employees"),),  # announcement/to_all_staff
    "ab66244ef4a98c10": (("staff", "employees"), ("to",), ("all",)),  # announcement/to_all_staff
    "ce16f260f3b9e5d5": (("colleague",), ("dear",)),  # announcement/to_all_staff
    "2e787a76934e05f2": (("hi",), ("all", "team", "everyone")),  # announcement/to_all_staff
    "cb4441f97469fef9": (
        ("decided", "thanking", "welcoming", "congratulating"),
    ),  # announcement/join_me_in_welcoming
    "f4e59da129c45bab": (
        ("thanking", "welcoming", "congratulating"),
        ("join",),
        ("in",),
    ),  # announcement/join_me_in_welcoming
    "935c6629435affae": (("decided",), ("leave",), ("ha",)),  # announcement/join_me_in_welcoming
    "a451278eb244b922": (("announce",),),  # announcement/we_announce_that
    "cd3e35b772c7c4ab": (
        ("announce",),
        ("sad", "regret", "pleased"),
        ("we",),
    ),  # announcement/we_announce_that
    "68791bf8fae13623": (("announce",), ("we",), ("that",)),  # announcement/we_announce_that
    "e3ad8b9de3f370ff": (("accepted", "announce"),),  # announcement/pleased_to_announce
    "ecadd870e17904e7": (
        ("announce",),
        ("excited", "pleased", "thrilled"),
        ("to",),
    ),  # announcement/pleased_to_announce
    "09b5e77eb1f48641": (("accepted",), ("offer",), ("has",)),  # announcement/pleased_to_announce
    "c6b856a726c8c30d": (
        ("chers", "colegas", "collega", "colleghi", "estimados", "kolleginnen"),
    ),  # announcement/dear_colleagues
    "5173e019f6e32786": (("kolleginnen",), ("liebe",)),  # announcement/dear_colleagues
    "59d36ad6df26a561": (("estimados",), ("compa",), ("eros",)),  # announcement/dear_colleagues
    "90189c928a74c62d": (("chers",), ("coll",), ("gues",)),  # announcement/dear_colleagues
    "3a47d947d9f4cb87": (("colleghi",), ("cari",)),  # announcement/dear_colleagues
    "291c26efa069cce5": (("collega",), ("beste",)),  # announcement/dear_colleagues
    "4013a798379963c2": (("colegas",), ("caros",)),  # announcement/dear_colleagues
    "4a33bb9084000740": (
        ("welcom",),
        ("hire", "member", "colleague"),
        ("our",),
    ),  # announcement/welcome_our_new_colleague
    "d0b6e64c856b338a": (
        ("complace", "decidido", "personal", "bienvenida"),
    ),  # announcement/ha_decidido_dejar_la_empresa
    "639aa519970ba14e": (
        ("decidido",),
        ("equipo", "empresa", "nuestra", "compañía"),
        ("dejar", "abandonar"),
    ),  # announcement/ha_decidido_dejar_la_empresa
    "d41af53b7db3ea7e": (
        ("bienvenida",),
        ("compañer",),
        ("nuev",),
    ),  # announcement/ha_decidido_dejar_la_empresa
    "19be5c863c08451b": (
        ("complace",),
        ("anunciar",),
        ("nos",),
    ),  # announcement/ha_decidido_dejar_la_empresa
    "d3c1dad59446de30": (
        ("personal",),
        ("todo",),
        ("el",),
    ),  # announcement/ha_decidido_dejar_la_empresa
    "9750ca41937b336d": (
        ("bekannt", "begrüßen", "mitteilen", "verlassen", "mitarbeite"),
    ),  # announcement/hat_sich_entschieden_uns_zu_verlassen
    "6b0a7a2d4e3b7e8b": (
        ("verlassen",),
        ("entsch",),
        ("ieden", "lossen"),
    ),  # announcement/hat_sich_entschieden_uns_zu_verlassen
    "b82cd14c95bd97d8": (
        ("begrüßen",),
        ("kolleg",),
        ("neue",),
    ),  # announcement/hat_sich_entschieden_uns_zu_verlassen
    "72c359901c05ee34": (
        ("bekannt", "mitteilen"),
        ("freuen",),
        ("uns",),
    ),  # announcement/hat_sich_entschieden_uns_zu_verlassen
    "7ae2398260489f34": (
        ("mitarbeite",),
        ("alle",),
        ("an",),
    ),  # announcement/hat_sich_entschieden_uns_zu_verlassen
    "10e7e2e01d1bcb48": (
        ("quitter", "bienvenue", "d'annoncer", "l'ensemble", "collaborateurs"),
    ),  # announcement/a_decide_de_quitter
    "eee9ea9a8b2dd1d9": (("quitter",), ("décidé",), ("de",)),  # announcement/a_decide_de_quitter
    "c9de23b5f504fa72": (
        ("bienvenue",),
        ("souhait",),
        ("nouve",),
    ),  # announcement/a_decide_de_quitter
    "0279b8af901dd1e2": (
        ("d'annoncer",),
        ("sommes", "plaisir"),
    ),  # announcement/a_decide_de_quitter
    "3f4ce06cc5232a86": (
        ("l'ensemble",),
        ("personnel",),
        ("du",),
    ),  # announcement/a_decide_de_quitter
    "6384fd107438fbdf": (
        ("collaborateurs",),
        ("tous",),
        ("les",),
    ),  # announcement/a_decide_de_quitter
    "14d491a6a46dc227": (
        ("lasciare", "benvenuto", "personale", "annunciare", "dipendenti"),
    ),  # announcement/ha_deciso_di_lasciare
    "72e156eb9024eec4": (
        ("lasciare",),
        ("deciso",),
        ("team", "gruppo", "nostra", "società", "l'azienda"),
    ),  # announcement/ha_deciso_di_lasciare
    "a756277971377dfd": (
        ("benvenuto",),
        ("colleg",),
        ("nuov",),
    ),  # announcement/ha_deciso_di_lasciare
    "4fa155d1857e20b2": (
        ("annunciare",),
        ("siamo",),
        ("lieti", "felici"),
    ),  # announcement/ha_deciso_di_lasciare
    "20eb3c5be4dffc8d": (("personale",), ("tutto",), ("il",)),  # announcement/ha_deciso_di_lasciare
    "12af6cc3bd76581c": (("dipendenti",), ("tutti",)),  # announcement/ha_deciso_di_lasciare
    "e91fabd31e86b7c3": (
        ("decidiu", "anunciar", "boas-vindas", "colaboradores"),
    ),  # announcement/decidiu_deixar_a_empresa
    "5057e1efbd238f37": (("decidiu",), ("sair", "deixar")),  # announcement/decidiu_deixar_a_empresa
    "58f65b0664c0aeac": (
        ("boas-vindas",),
        ("colega",),
        ("nov",),
    ),  # announcement/decidiu_deixar_a_empresa
    "1f923819bec01881": (
        ("anunciar",),
        ("prazer",),
        ("temos",),
    ),  # announcement/decidiu_deixar_a_empresa
    "c0126f168f1f8c57": (
        ("colaboradores",),
        ("todos",),
        ("os",),
    ),  # announcement/decidiu_deixar_a_empresa
    "9937fccc34b28291": (
        ("trots", "collega", "besloten", "genoegen", "medewerkers"),
    ),  # announcement/heeft_besloten_te_vertrekken
    "e8846f3112ee586a": (
        ("besloten",),
        ("verlaten",),
        ("heeft",),
    ),  # announcement/heeft_besloten_te_vertrekken
    "e8c463835a158a67": (
        ("collega",),
        ("nieuwe",),
        ("heten", "verwelkomen"),
    ),  # announcement/heeft_besloten_te_vertrekken
    "2f4edd719162ade8": (
        ("trots", "genoegen"),
        ("maken", "kondigen"),
        ("met",),
    ),  # announcement/heeft_besloten_te_vertrekken
    "313f49b729c426da": (
        ("medewerkers",),
        ("alle",),
        ("aan",),
    ),  # announcement/heeft_besloten_te_vertrekken
    "9d6c1e517b16e3bc": None,  # press/outlet_and_date
    "633f98a7a76aa2c6": None,  # press/date_time_and_place
    "b824ac7ab60ba908": None,  # press/outlet_and_dotted_date
    "cf7e193ba4aa6fd9": None,  # press/outlet_and_written_date
}
