"""Phrases for ``application_received``: an acknowledgement that the application arrived.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "confermiamo_di_aver_ricevuto_la",
        ("it",),
        "clear",
        r"\bconfermiamo\s+di\s+aver\s+ricevuto\s+la\s+(?:tua|sua)\s+candidatura\b",
        example="confermiamo di aver ricevuto la tua candidatura",
    ),
    Entry(
        "sollicitatie_in_goede_orde_ontvangen",
        ("nl",),
        "clear",
        r"\b(?:sollicitatie|gegevens)\b.{0,60}?\bin\s+goede\s+orde\s+ontvangen\b",
        example="sollicitatie in goede orde ontvangen",
    ),
    Entry(
        "bedankt_voor_je_sollicitatie_ontvangen",
        ("nl",),
        "clear",
        r"\bbedankt\s+voor\s+(?:je|uw)\s+sollicitatie\b.{0,120}?\bontvangen\b",
        example="bedankt voor je sollicitatie ontvangen",
    ),
    # ------------------------------------------------------------------ application received
    Entry(
        "we_received_your_application",
        ("en",),
        "strong",
        (
            r"\b(?:we(?:'ve|\s+have)?|i(?:'ve|\s+have)?)\s+(?:successfully\s+|just\s+|recently\s+|now\s+|already\s+)?"
            r"(?:received|got)\s+your\s+"
            r"(?:job\s+)?(?:application|resume|cv|submission|candidacy|details|portfolio)"
        ),
        example="we received your application",
    ),
    Entry(
        "got_your_application",
        ("en",),
        "strong",
        r"\bgot\s+your\s+(?:application|resume|cv|portfolio)",
        example="got your application",
    ),
    Entry(
        "your_application_for_has_been",
        ("en",),
        "strong",
        (
            r"\byour\s+(?:job\s+)?application\s+(?:for|to)\s+.{1,80}?\s+(?:has\s+been|was|is)\s+"
            r"(?:successfully\s+)?(?:received|submitted|sent|recorded)"
        ),
        example="your application for x has been received",
    ),
    Entry(
        "your_application_has_been_received",
        ("en",),
        "strong",
        r"\byour\s+(?:job\s+)?application\s+(?:has\s+been|was)\s+(?:successfully\s+)?(?:received|submitted|sent)",
        example="your application has been received",
    ),
    Entry(
        "thank_you_for_your_application",
        ("en",),
        "strong",
        r"\bthank\s+you\s+for\s+(?:submitting\s+)?your\s+application\b",
        example="thank you for your application",
    ),
    Entry(
        "thanks_for_applying",
        ("en",),
        "strong",
        r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:applying|your\s+application|submitting)",
        example="thanks for applying",
    ),
    Entry(
        "thanks_for_sending_your_resume",
        ("en",),
        "strong",
        (
            r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+)?for\s+(?:sending|sharing)\s+(?:over\s+)?(?:your|the)\s+"
            r"(?:resume|cv|portfolio|application|materials|details|work)"
        ),
        example="thanks for sending your resume",
    ),
    Entry(
        "application_confirmation",
        ("fr",),
        "strong",
        r"\bapplication\s+(?:confirmation|received|submitted)\b",
        example="application confirmation",
    ),
    Entry(
        "we_have_your_application",
        ("en",),
        "strong",
        (
            r"\bwe\s+(?:have|got)\s+your\s+application\b|\b(?:is|are)\s+(?:currently\s+)?reviewing\s+"
            r"(?:it|your\s+application)\b"
        ),
        example="we have your application",
    ),
    Entry(
        "will_review_it",
        ("en",),
        "strong",
        (
            r"\b(?:will|'ll)\s+(?:carefully\s+)?(?:review|be\s+reviewing|consider|read|look\s+(?:at|over))\s+(?:it|your\s+"
            r"(?:application|resume|cv|profile|qualifications|background|experience|materials))"
        ),
        example="will review it",
    ),
    Entry(
        "if_your_qualifications_match",
        ("en",),
        "strong",
        (
            r"\bif\s+(?:your|there(?:'s|\s+is)(?:\s+an?)?|we\s+(?:see|find)\s+an?)\s+(?:strong\s+|good\s+|"
            r"potential\s+)?(?:qualifications|skills|experience|background|profile|fit|match)"
            r".{0,80}?\b(?:match|fit|align|in\s+touch|contact|reach\s+out)"
        ),
        example="if your qualifications match",
    ),
    Entry(
        "will_share_it_hiring",
        ("en",),
        "strong",
        (
            r"\b(?:will|'ll)\s+(?:share|pass|forward)\s+(?:it|them|your\s+(?:application|resume|cv|materials|"
            r"details|profile))\b.{0,60}?\b(?:hiring|selection|search|committee|manager|team)\b"
        ),
        example="will share it hiring",
    ),
    Entry(
        "dank_für_ihre_bewerbung",
        ("de",),
        "strong",
        r"\b(?:vielen\s+)?dank\s+für\s+ihre\s+bewerbung\b",
        example="dank für ihre bewerbung",
    ),
    Entry(
        "bewerbung_erhalten",
        ("de",),
        "strong",
        r"\b(?:bewerbung|unterlagen)\b.{0,40}?\b(?:erhalten|eingegangen)\b",
        example="bewerbung erhalten",
    ),
    Entry(
        "eingangsbestätigung",
        ("de",),
        "strong",
        r"\beingangsbestätigung\b",
        example="eingangsbestätigung",
    ),
    Entry(
        "eingang_ihrer_bewerbung",
        ("de",),
        "strong",
        r"\beingang\s+ihrer\s+(?:bewerbung|unterlagen)",
        example="eingang ihrer bewerbung",
    ),
    Entry(
        "tu_solicitud_recibida",
        ("es",),
        "strong",
        (
            r"\b(?:tu|su)\s+(?:solicitud|candidatura|postulación)\b.{0,80}?\b(?:(?:ha\s+sido\s+)?(?:recibida|"
            r"registrada|enviada)|se\s+ha\s+(?:recibido|registrado|enviado))"
        ),
        example="tu solicitud recibida",
    ),
    Entry(
        "hemos_recibido_tu_candidatura",
        ("es",),
        "strong",
        r"\bhemos\s+recibido\s+(?:correctamente\s+)?(?:tu|su)\s+(?:candidatura|solicitud|cv|currículum|postulación)",
        example="hemos recibido tu candidatura",
    ),
    Entry(
        "bedankt_voor_het_solliciteren_nl",
        ("nl",),
        "strong",
        r"\bbedankt\s+(?:voor\s+)?het\s+solliciteren\b",
        example="Bedankt voor het solliciteren!",
    ),
    Entry(
        "sollicitatie_ontvangen_nl",
        ("nl",),
        "strong",
        r"\b(?:we|wij)\s+hebben\s+(?:je|jouw|uw)\s+sollicitatie\s+(?:\w+\s+){0,3}?ontvangen\b",
        example="We hebben je sollicitatie via Indeed ontvangen",
    ),
    Entry(
        "received_your_application_it_pt",
        ("it", "pt"),
        "strong",
        (
            r"\b(?:abbiamo\s+(?:correttamente\s+|regolarmente\s+|già\s+)?ricevuto\s+(?:correttamente\s+|regolarmente\s+|con\s+"
            r"piacere\s+)?(?:la\s+(?:sua|tua)|il\s+(?:suo|tuo))\s+(?:candidatura|cv|curriculum|domanda)|(?:recebemos|acabamos\s+de\s+"
            r"receber)\s+(?:com\s+sucesso\s+|corretamente\s+)?(?:a\s+)?(?:sua|tua)\s+(?:candidatura|inscrição|cv|currículo))"
        ),
        example="Abbiamo ricevuto correttamente la sua candidatura",
    ),
    Entry(
        "gracias_por_tu_candidatura",
        ("es",),
        "strong",
        r"\bgracias\s+por\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación)",
        example="gracias por tu candidatura",
    ),
    Entry(
        "gracias_por_postularte",
        ("es",),
        "strong",
        r"\bgracias\s+por\s+(?:postularte|postular|aplicar|inscribirte)",
        example="gracias por postularte",
    ),
    Entry(
        "recebemos_sua_candidatura",
        ("pt", "it"),
        "strong",
        r"\brecebemos\s+(?:a\s+)?(?:sua|tua)\s+(?:candidatura|inscrição|aplicação|currículo)",
        example="recebemos sua candidatura",
    ),
    Entry(
        "obrigado_pela_candidatura",
        ("pt",),
        "strong",
        r"\bobrigad[oa]\s+(?:pela\s+(?:sua\s+)?candidatura|por\s+(?:se\s+candidatar|sua\s+candidatura))",
        example="obrigado pela candidatura",
    ),
    Entry(
        "abbiamo_ricevuto_tua_candidatura",
        ("it",),
        "strong",
        (
            r"\b(?:abbiamo\s+ricevuto|confermiamo\s+(?:la\s+)?ricezione\s+del?l?a?)\s+(?:la\s+)?(?:tua|sua)\s+"
            r"candidatura|\bgrazie\s+per\s+(?:la\s+(?:tua|sua)\s+candidatura|esserti\s+candidat|aver\s+inviato)"
        ),
        example="abbiamo ricevuto tua candidatura",
    ),
    Entry(
        "avons_bien_reçu_votre_candidature",
        ("fr",),
        "strong",
        r"\b(?:nous\s+)?avons\s+bien\s+reçu\s+votre\s+candidature",
        example="avons bien reçu votre candidature",
    ),
    Entry(
        "merci_pour_votre_candidature",
        ("fr",),
        "strong",
        r"\bmerci\s+(?:pour|de)\s+votre\s+candidature",
        example="merci pour votre candidature",
    ),
    Entry(
        "merci_avoir_postulé",
        ("fr",),
        "strong",
        r"\bmerci\s+d'avoir\s+postulé",
        example="merci d'avoir postulé",
    ),
    Entry(
        "accusé_de_réception",
        ("fr",),
        "strong",
        r"\baccusé\s+de\s+réception\b|\b(?:accusons|accuse)\s+(?:bonne\s+)?réception\b",
        example="accusé de réception",
    ),
    Entry(
        "votre_candidature_reçue",
        ("fr",),
        "strong",
        r"\bvotre\s+candidature\b.{0,60}?\b(?:a\s+bien\s+été\s+)?(?:reçue|enregistrée|transmise)",
        example="votre candidature reçue",
    ),
    Entry(
        "thank_you_for_applying",
        ("en",),
        "supporting",
        r"\b(?:thank\s+you|thanks)\s+for\s+(?:applying|your\s+application)",
        example="thank you for applying",
        where="subject",
    ),
    Entry(
        "application_received",
        ("en",),
        "supporting",
        r"\bapplication\s+(?:received|confirmation|submitted)|\b(?:we\s+)?(?:received|got)\s+your\s+application",
        example="application received",
        where="subject",
    ),
    Entry(
        "bewerbung",
        ("en",),
        "supporting",
        r"\b(?:bewerbung|eingangsbestätigung|candidatura|solicitud|candidature)\b",
        example="bewerbung",
        where="subject",
    ),
    Entry(
        "recebemos",
        ("en",),
        "supporting",
        r"\b(?:recebemos|ricevuta|ricevuto|recibida|recibimos)\b",
        example="recebemos",
        where="subject",
    ),
    # receipt of the application confirmed
    Entry(
        "confirm_receipt_of_your_application_en",
        ("en",),
        "strong",
        r"\b(?:confirm|confirming|acknowledge|acknowledging)\s+(?:the\s+)?receipt\s+of\s+your\s+(?:job\s+)?(?:application|resume|cv|candidacy)\b",
        example="confirm receipt of your application",
    ),
    Entry(
        "confirmamos_rececao_candidatura_pt",
        ("pt",),
        "strong",
        r"\bconfirmamos\s+(?:a\s+)?(?:rece[cç][aã]o|recebimento)\s+d[ao]\s+(?:sua|tua)\s+candidatura\b",
        example="confirmamos a receção da sua candidatura",
    ),
    Entry(
        "confirmamos_recepcion_candidatura_es",
        ("es",),
        "strong",
        r"\bconfirmamos\s+(?:la\s+)?recepción\s+de\s+(?:tu|su)\s+(?:candidatura|solicitud|cv|postulación)\b",
        example="confirmamos la recepción de tu candidatura",
    ),
    Entry(
        "confirmons_reception_candidature_fr",
        ("fr",),
        "strong",
        r"\b(?:confirmons|accusons)\s+(?:la\s+|bonne\s+)?réception\s+de\s+(?:votre|ta)\s+candidature\b",
        example="nous confirmons la réception de votre candidature",
    ),
    Entry(
        "bevestigen_ontvangst_sollicitatie_nl",
        ("nl",),
        "strong",
        r"\bbevestigen\s+(?:we\s+|wij\s+)?(?:hierbij\s+)?(?:de\s+)?ontvangst\s+van\s+(?:je|jouw|uw)\s+sollicitatie\b",
        example="bevestigen we de ontvangst van je sollicitatie",
    ),
    Entry(
        "bestaetigen_eingang_bewerbung_de",
        ("de",),
        "strong",
        r"\bbestätigen\s+(?:wir\s+)?(?:ihnen\s+|dir\s+)?(?:hiermit\s+)?(?:gerne\s+)?den\s+(?:eingang|erhalt)\s+(?:ihrer|deiner)\s+(?:bewerbung|unterlagen)\b",
        example="bestätigen wir Ihnen den Eingang Ihrer Bewerbung",
    ),
    # the application was sent on (a job board's confirmation)
    Entry(
        "bewerbung_versendet_de",
        ("de",),
        "strong",
        r"\b(?:ihre|deine)\s+bewerbung\s+(?:wurde|ist)\s+(?:erfolgreich\s+)?(?:an\s+[^.!?]{1,60}?\s+)?(?:versendet|verschickt|übermittelt|gesendet|weitergeleitet|abgeschickt)\b",
        example="Ihre Bewerbung wurde erfolgreich an Acme versendet",
    ),
    Entry(
        "candidatura_inviata_it",
        ("it",),
        "strong",
        r"\bla\s+(?:tua|sua)\s+candidatura\b[^.!?\n]{0,80}?\b(?:è\s+stata\s+)?(?:inviata|inoltrata|trasmessa)\b",
        example="la tua candidatura è stata inviata",
    ),
    Entry(
        "candidatura_enviada_pt",
        ("pt",),
        "strong",
        (
            r"\b(?:sua|tua)\s+candidatura\b[^.!?\n]{0,80}?\b(?:foi\s+)?(?:enviada|submetida|registrada|registada|"
            r"encaminhada)\b"
        ),
        example="sua candidatura foi enviada",
    ),
    Entry(
        "sollicitatie_verstuurd_nl",
        ("nl",),
        "strong",
        r"\b(?:je|jouw|uw)\s+sollicitatie\b[^.!?\n]{0,80}?\b(?:is\s+)?(?:succesvol\s+|met\s+succes\s+)?(?:verstuurd|verzonden|ingediend|doorgestuurd)\b",
        example="je sollicitatie is verstuurd",
    ),
    Entry(
        "candidature_envoyee_fr",
        ("fr",),
        "strong",
        r"\bvotre\s+candidature\b[^.!?\n]{0,80}?\b(?:a\s+(?:bien\s+)?été\s+)?(?:envoyée|soumise|transmise)\b",
        example="votre candidature a bien été envoyée",
    ),
    # thanks for the application, in Dutch as in the other languages
    Entry(
        "bedankt_voor_je_sollicitatie_nl",
        ("nl",),
        "clear",
        r"\b(?:bedankt|dank\s+(?:je|u)\s+wel|hartelijk\s+dank|dank)\s+voor\s+(?:je|jouw|uw)\s+sollicitatie\b",
        example="bedankt voor je sollicitatie",
    ),
    Entry(
        "recepcion_hoja_de_vida_es_pt",
        ("es", "pt"),
        "strong",
        r"\b(?:confirmamos|acusamos)\s+(?:la\s+|o\s+|a\s+)?(?:recepción|recibo|recebimento|receção)\s+(?:de\s+|do\s+|da\s+)(?:tu|su|seu|sua|teu|tua)\s+(?:hoja\s+de\s+vida|cv|currículum|curr[ií]culo|candidatura|postulación)",
        example="confirmamos la recepción de tu hoja de vida",
    ),
    # issue 12, ninth batch: an acknowledgement in its many wordings, in every language.
    # "Thanks for your interest in the role" opens refusals as often as receipts: it only
    # supports; the receipt of a CV or an application decides.
    Entry(
        "thanks_for_throwing_your_hat_in",
        ("en",),
        "strong",
        (
            r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+)?for\s+(?:throwing\s+your\s+hat\s+in(?:to)?\s+"
            r"the\s+ring|putting\s+yourself\s+forward|considering\s+(?:us|a\s+(?:role|career|position)))\b|"
            r"\byour\s+application\s+is\s+in\b|\b(?:we're|we\s+are)\s+(?:so\s+)?glad\s+you\s+applied\b"
        ),
        example="Thanks for throwing your hat in the ring",
    ),
    Entry(
        "we_received_your_cv",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\bgracias\s+por\s+(?:enviarnos|mandarnos|hacernos\s+llegar|compartir)\s+(?:tu|su)\s+"
            r"(?:cv|currículum|currículo|hoja\s+de\s+vida|candidatura|perfil)\b|"
            r"\b(?:danke|vielen\s+dank|herzlichen\s+dank)\s+für\s+(?:deine|eure)\s+"
            r"(?:bewerbung|unterlagen|bewerbungsunterlagen)\b|"
            r"\bnous\s+avons\s+bien\s+reçu\s+(?:votre|ton)\s+(?:cv|dossier|profil)\b|"
            r"\babbiamo\s+ricevuto\s+(?:il\s+)?(?:tuo|suo)\s+(?:cv|curriculum|profilo)\b|"
            r"\bgrazie\s+per\s+averci\s+inviato\s+(?:il\s+)?(?:tuo|suo)\s+(?:cv|curriculum)\b|"
            r"\bagradecemos\s+(?:a\s+)?(?:sua|tua)\s+candidatura\b|"
            r"\brecebemos\s+(?:o\s+)?(?:seu|teu)\s+(?:currículo|cv|perfil)\b|"
            r"\b(?:bedankt|dank\s+(?:je|u)(?:\s+wel)?|hartelijk\s+dank)\s+voor\s+(?:je|jouw|uw)\s+reactie\s+op\s+"
            r"(?:de|onze|deze)\s+(?:\w+\s+)?vacature\b|"
            r"\bwe\s+hebben\s+(?:je|jouw|uw)\s+(?:cv|sollicitatie|gegevens)\s+(?:\w+\s+)?ontvangen\b"
        ),
        example="Nous avons bien reçu votre CV",
    ),
    Entry(
        "thanks_for_your_interest_in_the_role",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "supporting",
        (
            r"\bthank(?:s|\s+you)\s+(?:so\s+much\s+|again\s+)?for\s+your\s+interest\s+in\s+(?:joining|"
            r"working\s+(?:at|with|for)|(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:role|position|opening|"
            r"vacancy|job|opportunity))\b|"
            r"\bgracias\s+por\s+(?:tu|su)\s+interés\s+en\s+(?:el\s+puesto|la\s+vacante|la\s+posición|"
            r"la\s+oferta|formar\s+parte|unirte|trabajar|nuestra\s+(?:empresa|compañía|oferta))|"
            r"\b(?:danke|vielen\s+dank|herzlichen\s+dank)\s+für\s+(?:ihr|dein|euer)\s+interesse\s+an\s+"
            r"(?:der|dieser|unserer|einer)\s+(?:\w+\s+){0,2}?(?:stelle|position|mitarbeit|ausschreibung|"
            r"tätigkeit)|"
            r"\bmerci\s+(?:pour|de)\s+l'intérêt\s+que\s+vous\s+(?:portez|avez\s+porté)\s+(?:à|au)|"
            r"\bmerci\s+(?:pour|de)\s+votre\s+intérêt\s+pour\s+(?:le\s+poste|notre|l'offre|ce\s+poste|"
            r"la\s+position|rejoindre)|"
            r"\bgrazie\s+per\s+(?:l'interesse|il\s+(?:tuo|suo)\s+interesse)\s+(?:mostrato\s+|dimostrato\s+|"
            r"manifestato\s+)?(?:verso|per|nei\s+confronti\s+(?:di|della))\s+(?:la\s+posizione|la\s+nostra|"
            r"il\s+nostro|questa|la\s+selezione|l'offerta|il\s+ruolo)|"
            r"\b(?:obrigad[oa]|agradecemos)\s+(?:pelo|o)\s+(?:seu\s+|teu\s+)?interesse\s+(?:na\s+vaga|"
            r"em\s+fazer\s+parte|na\s+(?:nossa\s+)?(?:empresa|posição|oportunidade)|no\s+cargo|pela\s+vaga|"
            r"em\s+trabalhar|em\s+integrar)|"
            r"\b(?:bedankt|dank\s+(?:je|u)(?:\s+wel)?|hartelijk\s+dank)\s+voor\s+(?:je|jouw|uw)\s+"
            r"interesse\s+in\s+(?:de\s+(?:functie|vacature|rol)|onze\s+(?:organisatie|vacature)|"
            r"deze\s+(?:functie|vacature))"
        ),
        example="Gracias por tu interés en el puesto",
    ),
    Entry(
        "we_will_review_your_profile",
        ("es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # the review still to come (a refusal says it is done: "we have reviewed")
            r"\b(?:revisaremos|analizaremos|estudiaremos|evaluaremos|valoraremos|(?:vamos\s+a|estamos)\s+"
            r"(?:revisar|analizar|estudiar|evaluar|valorar|revisando|analizando|evaluando))\s+(?:tu|su)\s+"
            r"(?:perfil|candidatura|solicitud|cv|currículum)\b|"
            r"\b(?:wir\s+)?(?:prüfen|sichten|werden)\s+(?:ihre|deine)\s+(?:unterlagen|bewerbung)\b[^.!?\n]{0,60}?"
            r"\b(?:melden|kommen|zurück|prüfen)\b|"
            r"\b(?:nous\s+)?(?:étudions|examinons|étudierons|examinerons|allons\s+(?:étudier|examiner))\s+"
            r"(?:votre|ta)\s+(?:candidature|profil|dossier)\b|"
            r"\b(?:valuteremo|esamineremo|analizzeremo|stiamo\s+valutando)\s+(?:la\s+)?(?:tua|sua)\s+"
            r"(?:candidatura|profilo|cv)\b|"
            r"\b(?:(?:vamos|iremos)\s+(?:analisar|avaliar)|analisaremos|avaliaremos|estamos\s+analisando)\s+"
            r"(?:o\s+|a\s+)?(?:seu|sua|teu|tua)\s+(?:perfil|candidatura|currículo|cv)\b|"
            r"\b(?:we\s+)?(?:bekijken|beoordelen)\s+(?:je|jouw|uw)\s+(?:sollicitatie|cv|profiel)\b"
        ),
        example="Valuteremo la tua candidatura e ti ricontatteremo",
    ),
    Entry(
        "your_application_arrived",
        ("en", "es", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:your|tu|su|votre|ta|la\s+tua|la\s+sua|sua|tua|a\s+sua|je|jouw|uw|ihre|deine)\s+(?:application|bewerbung|"
            r"candidatura|solicitud|candidature|sollicitatie)\b[^.!?\n]{0,80}?\b(?:came\s+through|"
            r"(?:has\s+)?arrived|reached\s+us|ha\s+llegado|(?:nous\s+)?est\s+bien\s+parvenue|"
            r"(?:è\s+)?(?:arrivata|pervenuta)|(?:foi\s+)?recebida|chegou|(?:is\s+)?(?:goed\s+)?"
            r"(?:aangekomen|binnengekomen)|(?:bei\s+uns\s+)?angekommen)\b"
        ),
        example="Je sollicitatie voor de functie is goed aangekomen",
    ),
    Entry(
        "passing_your_cv_on",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            # the contact hands the candidate's papers on to whoever decides: received, under review
            # en: "passing your CV to", "I'll forward your resume to" (not "before I share your ...")
            r"\b(?:passing|forwarding|sharing|(?:i'll|we'll|i\s+will|we\s+will)\s+(?:pass|forward|share))\s+"
            r"(?:on\s+)?your\s+(?:cv|resume|résumé|application|profile|details|materials)\b"
            r"[^.!?\n]{0,40}?\b(?:to|with)\b|"
            r"\b(?:le\s+)?(?:paso|reenvío|comparto|traslado|hago\s+llegar)\s+(?:tu|su)\s+(?:cv|currículum|"
            r"candidatura|perfil|hoja\s+de\s+vida)\b[^.!?\n]{0,40}?\b(?:a|al|con)\b|"
            r"\b(?:leite|gebe|reiche)\s+(?:ich\s+|wir\s+)?(?:ihren|deinen|ihre|deine)\s+(?:lebenslauf|cv|"
            r"bewerbung|unterlagen|bewerbungsunterlagen|profil)\b[^.!?\n]{0,40}?\b(?:weiter|an)\b|"
            r"\b(?:je\s+|nous\s+)?(?:transmets|transmettons|transfère|partage|fais\s+suivre)\s+(?:votre|ton)\s+"
            r"(?:cv|candidature|profil|dossier)\b[^.!?\n]{0,40}?\b(?:à|au|aux)\b|"
            r"\b(?:giro|inoltro|passo|trasmetto|giriamo|inoltriamo)\s+(?:il\s+|la\s+)?(?:tuo|suo|tua|sua)\s+"
            r"(?:cv|curriculum|profilo|candidatura)\b[^.!?\n]{0,40}?\b(?:a|al|alla|ai)\b|"
            r"\b(?:vou\s+passar|estou\s+passando|passo|encaminho|vou\s+encaminhar|estou\s+encaminhando|repasso|"
            r"vou\s+repassar)\s+"
            r"(?:o\s+|a\s+)?(?:seu|teu|sua|tua)\s+(?:cv|currículo|perfil|candidatura)\b[^.!?\n]{0,40}?"
            r"\b(?:para|ao|à|aos)\b|"
            r"\b(?:ik\s+|we\s+)?(?:stuur|geef|zet|sturen|geven|zetten)\s+(?:je|jouw|uw)\s+(?:cv|sollicitatie|"
            r"profiel|gegevens)\s+(?:\w+\s+){0,3}?door\b"
        ),
        example="Passing your CV and the paper links to Dr. Hsu today.",
    ),
    # issue 12, twelfth batch: the application said to be received, in either order
    Entry(
        "application_was_received_all",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:candidatura|candidature|solicitud|postulación|application|bewerbung|sollicitatie)\s+"
            r"(?:[\w'-]+\s+){0,7}?(?:è\s+stata|ha\s+sido|fue|foi|a\s+(?:bien\s+)?été|wurde|is|was|has\s+been)\s+"
            r"(?:correttamente\s+|correctamente\s+|correctement\s+|successfully\s+|correctly\s+|erfolgreich\s+|goed\s+)?"
            r"(?:ricevuta|registrata|recibida|registrada|recebida|reçue|enregistrée|empfangen|ontvangen|received)\b"
        ),
        example="la tua candidatura per la posizione Retail Operations Manager è stata ricevuta",
    ),
    Entry(
        "we_received_your_application_all",
        ("es", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:recibimos|hemos\s+recibido|recebemos|abbiamo\s+ricevuto|avons\s+(?:bien\s+)?reçu|hebben\s+"
            r"(?:je|jouw|uw)\s+(?:\w+\s+)?ontvangen)\s+(?:tu|su|la\s+tua|la\s+sua|sua|a\s+sua|tua|votre|ta)\s+"
            r"(?:solicitud|postulación|candidatura|candidature|cv|currículum|currículo)\b"
        ),
        example="Confirmamos que recibimos tu solicitud para la vacante",
    ),
    # issue 12, public ATS templates: "we confirm that we have received your application
    # for the vacancy X successfully", the Dutch verb at the end of the clause
    Entry(
        "bevestigen_sollicitatie_ontvangen_nl",
        ("nl",),
        "strong",
        (
            r"\b(?:bevestigen|bevestig)\s+(?:hierbij\s+)?(?:dat\s+)?(?:we|wij|ik)\s+(?:je|jouw|uw)\s+sollicitatie\b"
            r"[^.!?\n]{0,100}?\b(?:succesvol|in\s+goede\s+orde|goed)\s+(?:hebben\s+|heb\s+)?ontvangen\b"
        ),
        example="We bevestigen dat we je sollicitatie voor de vacature Developer succesvol hebben ontvangen",
    ),
    # issue 12, ATS templates and the thirteenth batch: the application "was submitted
    # successfully" (job boards and career sites: "sua candidatura foi realizada com
    # sucesso", "tu candidatura se ha enviado correctamente", "Ihre Bewerbung wurde
    # erfolgreich übermittelt"), in either order of verb and adverb
    Entry(
        "application_submitted_successfully",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:candidatura|candidature|solicitud|postulación|application|bewerbung|sollicitatie|inscrição)\s+"
            r"(?:[\w'-]+\s+){0,12}?(?:(?:realizad[oa]|enviad[oa]|submetida|concluída|efetuada|registrad[oa]|registada|"
            r"inviata|trasmessa|completata|envoyée|soumise|transmise|übermittelt|eingereicht|abgeschickt|versendet|"
            r"verzonden|ingediend|verstuurd|submitted|sent|completed)\s+(?:com\s+sucesso|con\s+éxito|exitosamente|"
            r"avec\s+succès|con\s+successo|met\s+succes|successfully|correctamente|corretamente|correttamente)|"
            r"(?:successfully|erfolgreich|succesvol|correctement|correttamente|correctamente|com\s+sucesso)\s+"
            r"(?:submitted|sent|completed|übermittelt|eingereicht|abgeschickt|versendet|verzonden|ingediend|verstuurd|"
            r"envoyée|soumise|transmise|inviata|trasmessa|enviad[oa]|realizad[oa]|registrad[oa]|submetida))\b"
        ),
        example="Sua candidatura para a vaga de Vendedor foi realizada com sucesso!",
        where="both",
    ),
    # issue 12, fifteenth batch: thanks for sending the application, an ATS receipt's opening
    # ("Gracias por enviar tu candidatura", "merci d'avoir envoyé votre candidature")
    Entry(
        "thanks_for_sending_your_application",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            r"\b(?:thank(?:s|\s+you)\s+for\s+sending\s+(?:us\s+|in\s+)?your\s+application|"
            r"gracias\s+por\s+(?:enviar|enviarnos|presentar|registrar)\s+(?:tu|su)\s+(?:candidatura|postulación|solicitud)|"
            r"(?:danke|vielen\s+dank|herzlichen\s+dank)\s+für\s+(?:das\s+)?(?:zusenden|einreichen|übersenden|"
            r"übermitteln)\s+(?:deiner|ihrer|eurer)\s+bewerbung|"
            r"merci\s+(?:de\s+nous\s+avoir|d'avoir)\s+(?:envoyé|transmis|soumis|déposé|adressé)\s+(?:votre|ta)\s+candidature|"
            r"grazie\s+per\s+(?:aver|averci)\s+(?:inviato|presentato|trasmesso)\s+(?:la\s+)?(?:tua|sua)\s+candidatura|"
            r"obrigad[oa]\s+por\s+(?:nos\s+)?(?:enviar|submeter|ter\s+enviado|ter\s+submetido)\s+(?:a\s+)?(?:sua|tua)\s+candidatura|"
            r"(?:bedankt|dank\s+(?:je|u)(?:\s+wel)?)\s+voor\s+het\s+(?:insturen|versturen|indienen|opsturen)\s+van\s+"
            r"(?:je|jouw|uw)\s+sollicitatie)\b"
        ),
        example="Gracias por enviar tu candidatura para el puesto.",
    ),
)


__all__ = [
    "PHRASES",
]
