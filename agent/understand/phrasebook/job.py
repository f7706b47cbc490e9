"""Phrases for ``job``: job vocabulary: without it the kinds' phrases are not even looked for.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry
from agent.understand.phrasebook.interview import LATER_ROUND_WITH, TECHNICAL_SESSION

PHRASES: tuple[Entry, ...] = (
    Entry(
        "job_vocabulary",
        ("en",),
        "present",
        (
            r"\b(?:your\s+application|you\s+applied|candidacy|candidates?|recruit\w*|hiring|talent\s+(?:team|"
            r"acquisition|partner)|positions?|roles?|vacanc\w+|openings?|jobs?|careers?|interview\w*|resume|cv|"
            r"take-home|offer\s+letter|salary|sal[áa]rio|posici[óo]n|candidat[oaie]s?|aannemen|aangenomen|analist|salario|sueldo|gehalt|salaire|stipendio|salaris|proposta\s+de\s+trabalho|requisition|(?:your|the|our|revised|formal|verbal|written)\s+offer|onsite|employment|bewerbung|bewerbungs\w+|stelle|stellen(?:anzeige|ausschreibung|beschreibung)\w*|vorstellungsgespräch|"
            r"candidatura|puesto|vacante|entrevistas?|candidature|poste|recrutement|entretiens?|prueba\s+técnica|"
            r"proceso\s+de\s+selección|proceso|(?:phone|recruiter|technical|video)\s+screen|screening\s+call|"
            + TECHNICAL_SESSION
            + r"|"
            r"hiring\s+manager|engineer|developer|designer|analyst|scientist|programmer|"
            r"architect|consultant|administrator|entwickler\w*|desarrollador\w*|ingénieur|développeu\w+|"
            r"vaga|processo\s+seletivo|currículo|colloqui[oa]?|posizione|selezione|assunzione|"
            r"contratação|recrutamento|recrutador\w*|engenheir\w+|desenvolvedor\w*|analista|sviluppatore|"
            r"sollicit\w*|(?:tweede|derde|vervolg|eind|selectie)\s?gesprek|(?:zweit|folge|kennenlern)gespräch|zweites\s+gespräch|vacature\w*|werving\w*|kandida\w*|functie|postulaci\w+|cargo|posição|função|funzione|arbeidsvoorwaarden|incorporaci[óo]n|carta\s+oferta|case\s+study|ingenier[oa]|capaciteitentest\w*|einstellungstest\w*|eignungstest\w*|talent\s?pool|banco\s+de\s+talentos|werfreserve)\b"
        ),
        example="your application",
        where="both",
    ),
    # the employment contract itself and a few roles of shop and shift work (issue 12,
    # twelfth batch: an offer that names only the contract)
    Entry(
        "employment_contract_and_shift_roles",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        (
            r"\b(?:arbeitsvertrag\w*|employment\s+(?:contract|agreement)|contrat\s+de\s+travail|"
            r"contratto\s+di\s+lavoro|contrato\s+de\s+(?:trabajo|trabalho)|arbeidsovereenkomst|arbeidscontract|"
            r"shift\s+(?:supervisor|lead|leader|manager))\b"
        ),
        example="Anbei der Arbeitsvertrag",
        where="both",
    ),
    # nl "de rol" as "the role" when a conversation is for or about it (en "about the role")
    Entry(
        "for_or_about_the_role_nl",
        ("nl",),
        "present",
        r"\b(?:voor|over)\s+(?:de|deze)\s+rol\b(?!\s+van\s+(?:de|het)\b)",
        example="het gesprek over de rol van Terminal Planner",
        where="both",
    ),
    # issue 12, thirteenth batch: the sender liked the candidate's profile or CV (a founder's
    # short note), and a role title with its level in brackets (a booking tool's event name)
    Entry(
        "liked_your_profile_all",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        (
            r"\b(?:(?:i|we)\s+(?:really\s+)?(?:liked|loved|enjoyed)\s+your\s+(?:profile|background|cv|resume)|"
            r"(?:me|nos)\s+(?:ha|han)\s+gustado\s+(?:mucho\s+)?(?:tu|su)\s+(?:perfil|cv|currículum|trayectoria)|"
            r"(?:dein|ihr)\s+(?:profil|lebenslauf|cv)\s+(?:hat|haben)\s+(?:mir|uns)\s+(?:sehr\s+)?(?:gut\s+)?gefallen|"
            r"(?:ton|votre)\s+(?:profil|cv|parcours)\s+(?:m'a|nous\s+a)\s+(?:beaucoup\s+)?(?:plu|intéressée?s?)|"
            r"(?:il\s+)?(?:tuo|suo)\s+(?:profilo|cv|curriculum)\s+(?:mi|ci)\s+(?:è\s+piaciuto|ha\s+colpit[oa])|"
            r"ho\s+visto\s+il\s+(?:tuo|suo)\s+(?:cv|profilo|curriculum)|"
            r"gost(?:ei|amos)\s+muito\s+do\s+(?:seu|teu)\s+(?:perfil|cv|currículo)|"
            r"(?:je|jouw|uw)\s+(?:profiel|cv)\s+(?:sprak|spreekt)\s+(?:me|mij|ons)\s+(?:erg\s+|zeer\s+)?aan)\b"
        ),
        example="Gracias por escribirme, me ha gustado mucho tu perfil.",
        where="body",
    ),
    # issue 12, fifteenth batch: the candidate is through to the next round of a selection
    # ("leuk dat je door bent naar de volgende ronde", "pasas a la siguiente fase")
    Entry(
        "you_are_through_to_the_next_round",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        (
            r"\b(?:you(?:'re|\s+are|'ve\s+made\s+it|\s+made\s+it|\s+have\s+made\s+it)\s+(?:through\s+)?to\s+the\s+"
            r"(?:next|final)\s+(?:round|stage)|"
            r"(?:pasas|pasa|has\s+pasado|ha\s+pasado|avanzas|avanzas)\s+a\s+la\s+(?:siguiente|próxima|última)\s+(?:fase|etapa|ronda)|"
            r"(?:du\s+bist|sie\s+sind)\s+(?:\w+\s+)?in\s+der\s+(?:nächsten|letzten|finalen)\s+runde|"
            r"(?:tu\s+passes|vous\s+passez|tu\s+es\s+retenue?|vous\s+êtes\s+retenue?s?)\s+(?:à|pour)\s+"
            r"(?:l'étape\s+suivante|la\s+prochaine\s+étape|le\s+prochain\s+tour)|"
            r"(?:sei|è)\s+passat[oa]\s+(?:al(?:la)?\s+)?(?:fase|round|step)\s+successiv[oa]|"
            r"(?:você|tu)\s+(?:avançou|avançaste|passou|passaste)\s+(?:para|à|pra)\s+(?:a\s+)?(?:próxima|seguinte|última)\s+(?:etapa|fase)|"
            r"(?:je|u|jij)\s+(?:(?:bent|gaat)\s+door|door\s+(?:bent|gaat))\s+naar\s+de\s+(?:volgende|laatste|tweede)\s+(?:ronde|fase|stap))\b"
        ),
        example="Leuk dat je door bent naar de volgende ronde!",
        where="both",
    ),
    Entry(
        "your_later_round_with_someone",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "present",
        LATER_ROUND_WITH,
        example="the details for your second round with our CTO",
        where="both",
    ),
    Entry(
        "role_title_with_level_in_brackets",
        ("en",),
        "present",
        (
            r"\((?:senior|sr\.?|staff|principal|lead|junior|jr\.?|associate|head\s+of)\s+(?:[a-z]+\s+){0,2}?"
            r"(?:manager|director|product\s+owner|specialist|coordinator|marketer|writer|editor|accountant|"
            r"researcher|strategist)\)"
        ),
        example="30 Minute Intro - Acme (Staff Product Manager)",
        where="both",
    ),
)


__all__ = [
    "PHRASES",
]
