"""Phrases for ``assessment``: a test, take-home or coding challenge to do.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

# a day to hand a piece of work back by, in 7 languages
_RETURN_DAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|tomorrow|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|"
    r"montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|luned|marted|"
    r"mercoled|gioved|venerd|segunda|terça|quarta|quinta|sexta|maandag|dinsdag|woensdag|donderdag|"
    r"vrijdag|next|the\s+end|\d)"
)

PHRASES: tuple[Entry, ...] = (
    Entry(
        "assessment_to_complete_nl",
        ("nl",),
        "strong",
        (
            r"\b(?:assessment|capaciteitentest|persoonlijkheidstest|online\s+test|praktijkopdracht)\b[^.!?\n]{0,40}?\b(?:afgerond|"
            r"afronden|maken|invullen|voltooien|inleveren|uitwerken)\b"
        ),
        example="de assessment moet vóór vrijdag zijn afgerond",
    ),
    # a practical case to solve ("caso práctico", "caso pratico", "estudo de caso"), asked of
    # the candidate with a verb of doing
    Entry(
        "practical_case_to_solve",
        ("es", "it", "pt"),
        "strong",
        (
            r"\b(?:caso\s+pr[áa]ctico|caso\s+pratico|caso\s+prático|case\s+prático|estudo\s+de\s+caso|estudio\s+de\s+caso|"
            r"prueba\s+práctica|prova\s+pratica|prova\s+prática|ejercicio\s+práctico|esercizio\s+pratico|exercício\s+prático)\b"
            r"[^.!?\n]{0,60}?\b(?:resolver|realizar|completar|entregar|enviar|devolver|svolgere|completare|realizzare|consegnare|"
            r"inviare|risolvere|entro|antes\s+de|hasta\s+el|até)\b"
        ),
        example="Te enviamos un caso práctico que deberás resolver en 48 horas",
    ),
    # issue 12, fourteenth batch: the task named as the process's next stage ("the final
    # stage for the role is a case study", "la siguiente etapa es un caso práctico")...
    Entry(
        "the_next_stage_is_a_task",
        ("en", "es", "pt", "fr", "it", "de", "nl"),
        "strong",
        (
            r"\b(?:(?:next|final|last|second|third|following)\s+(?:stage|step|round|phase)\b[^.!?\n]{0,50}?\b(?:is|will\s+be|"
            r"consists\s+of|involves|includes)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:case\s+study|case|exercise|assignment|task|"
            r"test|challenge|work\s+sample)|"
            r"(?:siguiente|próxima|última|segunda|tercera)\s+(?:etapa|fase|paso)\b[^.!?\n]{0,50}?\b(?:es|será|consiste\s+en|"
            r"consistirá\s+en|incluye)\s+(?:un|una)\s+(?:[\w-]+\s+){0,2}?(?:caso|prueba|ejercicio|reto|desafío|test|evaluación)|"
            r"(?:próxima|seguinte|última|segunda|terceira)\s+(?:etapa|fase)\b[^.!?\n]{0,50}?\b(?:é|será|consiste\s+(?:em|n[ou]ma?))\s+"
            r"(?:(?:um|uma|o|a)\s+)?(?:[\w-]+\s+){0,2}?(?:case|caso|teste|prova|exerc[ií]cio|desafio|avaliação)|"
            r"(?:prochaine|dernière|seconde|deuxième|troisième)\s+étape\b[^.!?\n]{0,50}?\b(?:est|sera|consiste(?:ra)?\s+en)\s+"
            r"(?:un|une)\s+(?:[\w-]+\s+){0,2}?(?:étude\s+de\s+cas|cas|exercice|test|mise\s+en\s+situation)|"
            r"(?:prossim[oa]|successiv[oa]|ultim[oa]|second[oa])\s+(?:fase|step|tappa|passo)\b[^.!?\n]{0,50}?\b(?:è|sarà|"
            r"consiste\s+in|prevede)\s+(?:un[oa]?\s+|un')(?:[\w-]+\s+){0,2}?(?:caso|prova|esercizio|test|case\s+study|sfida)|"
            r"(?:nächste|letzte|zweite|dritte)n?\s+(?:schritt|runde|phase|stufe)\b[^.!?\n]{0,50}?\b(?:ist|wird|besteht\s+aus|"
            r"umfasst)\s+(?:eine?[nr]?)\s+(?:[\w-]+\s+){0,2}?(?:fallstudie|case[-\s]study|aufgabe|test|arbeitsprobe|übung)|"
            r"(?:volgende|laatste|tweede|derde)\s+(?:stap|ronde|fase)\b[^.!?\n]{0,50}?\b(?:is|wordt|bestaat\s+uit)\s+een\s+"
            r"(?:[\w-]+\s+){0,2}?(?:case|casus|opdracht|test|assessment))\b"
        ),
        example="The final stage for the analyst role is a case study.",
    ),
    # ...the candidate moved on to the test stage ("você avançou para a etapa de testes")...
    Entry(
        "moved_to_the_test_stage",
        ("en", "es", "pt", "fr", "it", "de", "nl"),
        "strong",
        (
            r"\b(?:(?:moved|advanced|progressed|passed|through)\s+(?:on\s+)?to\s+the\s+(?:testing|assessment|test)\s+"
            r"(?:stage|phase|round)|(?:avançou|avançaste|avançar|passou|passaste|seguiu|segue)\s+(?:\w+\s+){0,2}?(?:para|à)\s+"
            r"(?:a\s+)?(?:etapa|fase)\s+(?:de\s+|dos\s+)?(?:testes|provas|avaliaç)|(?:pasado|pasas|pasaste|avanzado|avanzas|"
            r"avanzaste)\s+a\s+la\s+(?:etapa|fase)\s+de\s+(?:pruebas|evaluaci|tests)|(?:passez|passé|passée|accédez|avancez)\s+"
            r"à\s+l'étape\s+(?:des|de)\s+tests?|(?:passat[oa]|passi|accedi|accedut[oa])\s+alla\s+fase\s+(?:di|dei)\s+test|"
            r"door\s+(?:\w+\s+)?naar\s+de\s+(?:test|assessment)(?:fase|ronde)|(?:in\s+die|zur)\s+(?:test|assessment)"
            r"(?:phase|runde))"
        ),
        example="Você avançou para a etapa de testes da vaga.",
    ),
    # ...a case to prepare and present ("prepare a deck on the attached brief and present
    # it to the panel", "prepares una presentación sobre el caso adjunto")...
    Entry(
        "a_case_to_prepare_and_present",
        ("en", "es", "pt", "fr", "it", "de", "nl"),
        "strong",
        (
            r"\b(?:prepare\s+(?:a|an|your)\s+(?:[\w-]+\s+){0,2}?(?:deck|slides|presentation)\s+(?:on|about|of|for|based\s+on)\s+"
            r"(?:the|a|this|our)\s+(?:[\w-]+\s+){0,2}?(?:brief|case|scenario|exercise)|(?:deck|presentation)\b[^.!?\n]{0,60}?"
            r"\bpresent\s+(?:it\s+)?to\s+the\s+(?:interview\s+)?(?:panel|hiring\s+committee)|"
            r"prepar(?:es|e|ar)\s+una\s+presentaci[oó]n\s+(?:sobre|del|de)\s+(?:\w+\s+){0,2}?caso|"
            r"prepar(?:e|ar)\s+uma\s+apresenta[cç][aã]o\s+(?:sobre|do|de)\s+(?:\w+\s+){0,2}?(?:case|caso)|"
            r"prépar(?:er|ez)\s+une\s+présentation\s+(?:sur|du|de)\s+(?:\w+\s+|l')?(?:\w+\s+)?(?:cas|étude\s+de\s+cas)|"
            r"prepar(?:are|i)\s+una\s+presentazione\s+(?:sul|del|di)\s+(?:\w+\s+){0,2}?caso|"
            r"präsentation\s+(?:zu|zur|zum|über)\s+(?:\w+\s+){0,2}?(?:fallstudie|case|aufgabe)|"
            r"presentatie\s+(?:\w+\s+){0,3}?(?:over|van)\s+(?:de|een)\s+(?:\w+\s+)?(?:case|casus))\b"
        ),
        example="Please prepare a short deck on the attached brief and present it to the panel.",
    ),
    # ...and the Dutch "technische opdracht" (a take-home)
    Entry(
        "technische_opdracht_nl",
        ("nl",),
        "strong",
        r"\b(?:(?:technische|praktische|programmeer)\s*opdracht|thuisopdracht|case-?opdracht)\b",
        example="We sturen je een technische opdracht.",
    ),
    Entry(
        "arbeitsprobe",
        ("de",),
        "strong",
        r"\barbeitsprobe\b|\bprobeaufgabe\b|\bassessment\s+online\b",
        example="arbeitsprobe",
    ),
    # ------------------------------------------------------------------ assessment
    Entry(
        "coding_challenge",
        ("nl",),
        "strong",
        (
            r"\b(?:coding|technical|programming|online|skills?|take[- ]home|home|aptitude|cognitive|"
            r"personality|psychometric|logic(?:al)?|numerical|design|data|sql|written|practical|hands-on|short)\s+"
            r"(?:challenge|assessment|test|exercise|assignment|task|evaluation|quiz|case\s+study)\b"
        ),
        example="coding challenge",
    ),
    Entry(
        "take_home",
        ("en",),
        "strong",
        r"\btake[- ]homes?\b",
        example="take-home",
    ),
    Entry(
        "complete_the_assessment",
        ("en",),
        "strong",
        (
            r"\b(?:complete|completing|finish|start|begin|take|do|work\s+(?:through|on))\s+(?:the|this|our|an?|your)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:assessment|challenge|test|exercise|assignment|questionnaire|evaluation|case\s+study)\b"
        ),
        example="complete the assessment",
    ),
    Entry(
        "invited_to_take_the_test",
        ("en",),
        "strong",
        (
            r"\binvited\s+to\s+(?:take|complete|do)\s+(?:the|a|an|our)\s+(?:[\w-]+\s+){0,2}?(?:test|assessment|"
            r"challenge|exercise)"
        ),
        example="invited to take the test",
    ),
    Entry(
        "hackerrank",
        ("en",),
        "strong",
        (
            r"\b(?:hackerrank|codility|codesignal|testgorilla|hirevue|coderbyte|devskiller|qualified\.io|"
            r"testdome|mettl|pymetrics|criteria\s+corp|canditech|hackerearth)\b"
        ),
        example="hackerrank",
    ),
    Entry(
        "prepare_case_study",
        ("en",),
        "strong",
        (
            r"\b(?:prepare|send|submit|present)\s+(?:us\s+)?(?:a|an|your)\s+(?:short\s+|brief\s+)?(?:case\s+study|"
            r"presentation|work\s+sample|portfolio\s+exercise)"
        ),
        example="prepare a case study",
    ),
    Entry(
        "case_study_prepare",
        ("en",),
        "strong",
        r"\bcase\s+study\b.{0,80}?\b(?:prepare|submit|send|deadline|within|by)\b",
        example="case study prepare",
    ),
    Entry(
        "assessment_link",
        ("en",),
        "strong",
        r"\bassessment\s+(?:link|invitation|invite)\b",
        example="assessment link",
    ),
    Entry(
        "programmieraufgabe",
        ("de",),
        "strong",
        (
            r"\b(?:programmieraufgabe|coding-?challenge|online-?test|eignungstest|probeaufgabe|"
            r"fallstudie|testaufgabe|hausaufgabe|technische\s+aufgabe|einstufungstest|case-?study)\b"
        ),
        example="programmieraufgabe",
    ),
    Entry(
        "prueba_técnico",
        ("es",),
        "strong",
        (
            r"\b(?:prueba|reto|ejercicio|evaluación|test)\s+(?:técnic[oa]|de\s+código|de\s+programación|online|"
            r"en\s+línea|práctic[oa])\b"
        ),
        example="prueba técnico",
    ),
    Entry(
        "test_technique",
        ("fr",),
        "strong",
        r"\b(?:test|exercice|évaluation|cas)\s+(?:technique|pratique|en\s+ligne|de\s+code|de\s+programmation)\b",
        example="test technique",
    ),
    Entry(
        "teste_técnico",
        ("pt", "it"),
        "strong",
        (
            r"\b(?:teste|desafio|case|avaliação|prova|test|esercizio|esercitazione|sfida|exerc[ií]cio)\s+"
            r"(?:técnic[oa]|pr[áa]tic[oa]|online|de\s+código|de\s+programação|tecnic[oa]|di\s+programmazione)\b"
        ),
        example="teste técnico",
    ),
    Entry(
        "étude_de_cas",
        ("en",),
        "strong",
        r"\bétude\s+de\s+cas\b",
        example="étude de cas",
    ),
    Entry(
        "assessment",
        ("en",),
        "supporting",
        (
            r"\b(?:assessment|coding\s+challenge|take[- ]home|challenge|test|exercise|case\s+study|"
            r"prueba\s+técnica|test\s+technique|programmieraufgabe|desafio|prova\s+tecnica|teste\s+técnico)\b"
        ),
        example="assessment",
        where="subject",
    ),
    # aptitude and personality tests
    Entry(
        "personality_questionnaire_en",
        ("en",),
        "strong",
        r"\b(?:personality|aptitude|cognitive|psychometric|reasoning)\s+(?:questionnaire|inventory)\b",
        example="personality questionnaire",
    ),
    Entry(
        "capaciteitentest_nl",
        ("nl",),
        "strong",
        r"\b(?:capaciteitentest|capaciteitstest|persoonlijkheidstest|persoonlijkheidsvragenlijst|programmeeropdracht|praktijkopdracht|thuisopdracht|caseopdracht)\b",
        example="capaciteitentest",
    ),
    Entry(
        "persoenlichkeitstest_de",
        ("de",),
        "strong",
        r"\b(?:persönlichkeitstest|persönlichkeitsfragebogen|kompetenztest|leistungstest|intelligenztest|fähigkeitstest|logiktest)\b",
        example="Persönlichkeitstest",
    ),
    Entry(
        "test_de_personnalite_fr",
        ("fr",),
        "strong",
        r"\btest\s+(?:de\s+personnalité|d'aptitudes?|psychotechnique|de\s+raisonnement|de\s+logique|psychométrique)\b|\bquestionnaire\s+de\s+personnalité\b",
        example="test psychotechnique",
    ),
    Entry(
        "test_psicotecnico_es",
        ("es",),
        "strong",
        r"\b(?:test|prueba)\s+(?:psicotécnic[oa]|de\s+personalidad|de\s+aptitud(?:es)?|de\s+razonamiento|de\s+lógica)\b|\bcuestionario\s+de\s+personalidad\b",
        example="prueba psicotécnica",
    ),
    Entry(
        "test_attitudinale_it",
        ("it",),
        "strong",
        r"\btest\s+(?:attitudinale|psicoattitudinale|di\s+personalità|logico|di\s+ragionamento|psicometrico)\b|\bquestionario\s+di\s+personalità\b",
        example="test attitudinale",
    ),
    Entry(
        "teste_de_personalidade_pt",
        ("pt",),
        "strong",
        r"\bteste\s+(?:de\s+personalidade|psicotécnico|de\s+raciocínio|de\s+lógica|psicométrico|de\s+perfil)\b|\bquestionário\s+de\s+personalidade\b",
        example="teste de personalidade",
    ),
    Entry(
        "case_study_prepare_deck",
        ("en",),
        "strong",
        r"\bcase\s+study\b[^.]{0,80}?\bprepare\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:deck|presentation|slides)",
        example="case study and prepare a 10-slide deck",
    ),
    Entry(
        "caso_practico_presentacion",
        ("es", "pt", "it", "fr", "de", "nl"),
        "strong",
        r"\b(?:caso\s+pr[aá]ctico|estudo\s+de\s+caso|caso\s+studio|étude\s+de\s+cas|fallstudie|case(?:opdracht)?)\b[^.]{0,80}?\b(?:presentación|apresentação|presentazione|présentation|präsentation|presentatie)",
        example="caso práctico y preparar una presentación",
    ),
    # issue 12: a test to complete, in every language (the verb and the test's name)
    Entry(
        "complete_the_test",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # not a bare "test" (an air conditioner's, a sound check): a named exercise
            r"\b(?:realizar|hacer|completar|resolver|absolvieren|bearbeiten|ausfüllen|durchführen|réaliser|"
            r"passer|compléter|remplir|svolgere|completare|sostenere|compilare|fazer|faça|responder|responda|"
            r"concluir|conclua|preencher|preencha|maken|afronden|invullen|uitvoeren)\s+(?:\w+\s+){0,3}?"
            r"(?:ejercicio|evaluación|cuestionario|caso\s+práctico|online-test|aufgabe|fallstudie|assessment|"
            r"übung|fragebogen|exercice|questionnaire|cas\s+pratique|évaluation|esercizio|valutazione|"
            r"questionario|desafio|avaliação|questionário|case|opdracht|case-opdracht|casus|vragenlijst)\b|"
            r"\b(?:aufgabe|fallstudie|assessment|opdracht|case-opdracht)\b[^.!?\n]{0,40}?"
            r"\b(?:bearbeiten|absolvieren|maken|afronden|invullen)\b|"
            r"\bquestionnaire\s+d'évaluation\b|\bcase-opdracht\b"
        ),
        example="vragen we je een korte case-opdracht te maken",
    ),
    Entry(
        "send_the_exercise_back_by",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # an exercise handed over and a day to return it: "send it back by Monday"
            r"\b(?:exercise|assignment|task|challenge|ejercicio|prueba|caso\s+práctico|reto|aufgabe|übung|"
            r"fallstudie|probearbeit|exercice|cas\s+pratique|esercizio|compito|caso\s+pratico|exercício|"
            r"desafio|case|opdracht|praktijkopdracht)\b[^\n]{0,400}?"
            r"(?:\b(?:send\s+(?:it|them|me\s+your\s+\w+|us\s+your\s+\w+)\s+(?:back\s+)?|"
            r"get\s+it\s+back\s+to\s+(?:me|us)\s+|return\s+it\s+|submit\s+it\s+|"
            r"(?:envíanoslo|envíamelo|devuélvelo|devuélvenoslo|mándanoslo|entrégalo|entregarlo)\s+"
            r"(?:antes\s+del?|para\s+el|el)\s+|"
            r"(?:zurück(?:schicken|senden)?|einreichen|abgeben)\s+(?:\w+\s+){0,2}?(?:bis|am)\s+|"
            r"(?:renvoyer|renvoie|renvoyez|rendre|rends|rendez)[\w-]*\s+(?:\w+\s+){0,2}?(?:avant|pour|d'ici)\s+|"
            r"(?:rimanda\w*|restitui\w*|consegna\w*|invia\w*)\s+(?:\w+\s+){0,2}?entro\s+|"
            r"(?:devolver|enviar\s+de\s+volta|entregar|mandar\s+de\s+volta)\s+(?:\w+\s+){0,2}?(?:até|para)\s+|"
            r"(?:terugsturen|insturen|inleveren|terug\s+te\s+sturen|in\s+te\s+leveren)\s+(?:vóór|voor|uiterlijk)\s+)"
            r"(?:by\s+|on\s+)?(?:end\s+of\s+|el\s+|le\s+|il\s+|a\s+|o\s+)?" + _RETURN_DAY + r"|"
            # de, nl: the day before the verb: "bis Freitag zurückschicken", "vóór vrijdag inleveren"
            r"\b(?:bis|vóór|voor|uiterlijk)\s+(?:zum\s+|spätestens\s+|a\.s\.\s+)?"
            + _RETURN_DAY
            + r"\w*\s+(?:\w+\s+){0,2}?(?:zurück\w*|einreichen|abgeben|schicken|senden|terugsturen|insturen|"
            r"inleveren|opsturen)\b)"
        ),
        example="attached is the small exercise. If you can send it back by Monday that'd be ideal",
    ),
    # issue 12, twelfth batch: online tests as a stage, and an exercise handed to the candidate
    Entry(
        "online_tests",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:online[\s-](?:tests?|testes|assessments?|toetse?n?|prüfung|testverfahren)|"
            r"(?:i|il|le|les|des|os|los|las|unas|unos|de|dei|delle|dos|das|die)\s+"
            r"(?:tests?|testes|pruebas|prove|provas|toetsen|évaluations?)\s+(?:online|en\s+l[íi]nea|en\s+ligne))\b"
        ),
        example="a etapa de testes online da vaga",
    ),
    Entry(
        "we_hand_you_an_exercise",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:sharing|share|sending|send)\s+(?:you\s+)?(?:a|an|the|our)\s+(?:short\s+|small\s+|brief\s+)?"
            r"(?:product\s+|technical\s+|business\s+|design\s+|case\s+)?(?:challenge|exercise|assignment)\b|"
            r"\b(?:te|le|les)\s+(?:compartimos|enviamos|mandamos|adjuntamos|proponemos|planteamos)\s+"
            r"(?:un|una|el|la|nuestro)\s+(?:peque[ñn]o\s+|breve\s+)?(?:desaf[íi]o|reto|caso\s+pr[áa]ctico|ejercicio)\b|"
            r"\b(?:compartilhamos|enviamos|mandamos|propomos)(?:-lhe|-te)?\s+(?:um|uma|o|nosso)\s+"
            r"(?:pequeno\s+|breve\s+)?(?:desafio|estudo\s+de\s+caso|exerc[íi]cio)\b|"
            r"\bvous\s+(?:adressons|envoyons|transmettons|proposons|soumettons)\s+(?:un|une|le|la|notre)\s+"
            r"(?:petit\s+|petite\s+|court\s+|courte\s+)?(?:exercice|étude\s+de\s+cas|cas\s+pratique|défi|mise\s+en\s+situation)\b|"
            r"\b(?:ti|le|vi)\s+(?:inviamo|mandiamo|proponiamo|giriamo|alleghiamo)\s+(?:un|una|il|la|lo|un')\s*"
            r"(?:piccolo\s+|breve\s+)?(?:esercizio|caso\s+(?:studio|pratico)|sfida|prova\s+pratica)\b|"
            r"\b(?:senden|schicken|übermitteln|stellen)\s+(?:ihnen|dir|euch)\s+(?:\w+\s+){0,2}?(?:eine|die|unsere)\s+"
            r"(?:kleine\s+|kurze\s+)?(?:aufgabe|fallstudie|übungsaufgabe|probeaufgabe)\b|"
            r"\b(?:sturen|stuur|geven)\s+(?:we\s+|wij\s+|ik\s+)?(?:je|u|jou)\s+(?:\w+\s+){0,2}?(?:een|de|onze)\s+"
            r"(?:korte\s+|kleine\s+)?(?:opdracht|case-?opdracht|casus)\b"
        ),
        example="te compartimos un desafío",
    ),
    # issue 12, fifteenth batch: a work sample named as what the step consists of ("the round
    # consists of a business case", "die bestaat uit een business case") or what comes as the
    # next step ("como próxima etapa, tem um desafio de design")
    Entry(
        "the_step_consists_of_a_task",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:(?:consists|consist|will\s+consist)\s+of|consiste\w*\s+(?:en|em|num|numa|in|de)|"
            r"consistirá\s+en|besteht\s+aus|bestaat\s+uit|bestaan\s+uit|"
            r"(?:as|como|comme|come|als)\s+(?:(?:a|the|la|o|el|il)\s+)?(?:next|próxim[oa]|siguiente|prochaine|"
            r"prossim[oa]|nächsten|volgende)\s+(?:step|stage|etapa|paso|fase|étape|passo|schritt|stap)\s*,?\s+"
            r"(?:(?:there\s+is|we\s+have|tem|temos|há|hay|tenemos|il\s+y\s+a|nous\s+avons|c'è|abbiamo|gibt\s+es|"
            r"haben\s+wir|is\s+er|hebben\s+we)\s+))"
            r"\s*(?:(?:a|an|un|una|uma|um|une|un'|eine[mr]?|een)\s+)?(?:\w+\s+){0,1}?"
            r"(?:business\s+case|case\s+study|design\s+challenge|take-home|caso\s+pr[áa]ctico|caso\s+studio|"
            r"caso\s+pratico|estudo\s+de\s+caso|desaf[íi]o\s+(?:de\s+design|técnico|t[ée]cnico|pr[áa]tico)|"
            r"reto\s+técnico|étude\s+de\s+cas|cas\s+pratique|fallstudie|probeaufgabe|case-?opdracht|casus|"
            r"praktijkopdracht)\b"
        ),
        example="De volgende ronde bestaat uit een business case.",
    ),
    # issue 12, ATS templates: a case study or practical case sent as an attachment, to be
    # solved and returned ("te enviamos adjunto un caso práctico", "in allegato trovi il
    # caso studio", "erhalten Sie im Anhang unsere Fallstudie")
    Entry(
        "case_study_attached",
        ("es", "it", "pt", "fr", "de", "nl", "en"),
        "strong",
        (
            r"\b(?:adjunt[oa]s?|anexo|em\s+anexo|in\s+allegato|allegat[oa]|en\s+pièce\s+jointe|ci-joint|im\s+anhang|anbei|"
            r"in\s+de\s+bijlage|bijgevoegd|attached)\b[^.!?\n]{0,40}?\b(?:caso\s+pr[áa]ctico|caso\s+pratico|caso\s+prático|"
            r"caso\s+studio|estudo\s+de\s+caso|étude\s+de\s+cas|fallstudie|case\s*study|casus|praktijkcasus|case-?opdracht)\b"
        ),
        example="Como parte del proceso, te enviamos adjunto un caso práctico.",
    ),
)


__all__ = [
    "PHRASES",
]
