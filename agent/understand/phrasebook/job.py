"""Phrases for ``job``: job vocabulary: without it the kinds' phrases are not even looked for.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "job_vocabulary",
        ("en",),
        "present",
        (
            r"\b(?:your\s+application|you\s+applied|candidacy|candidates?|recruit\w*|hiring|talent\s+(?:team|"
            r"acquisition|partner)|positions?|roles?|vacanc\w+|openings?|jobs?|careers?|interview\w*|resume|cv|"
            r"take-home|offer\s+letter|salary|sal[áa]rio|posici[óo]n|candidat[oaie]s?|aannemen|aangenomen|analist|salario|sueldo|gehalt|salaire|stipendio|salaris|proposta\s+de\s+trabalho|requisition|(?:your|the|our|revised|formal|verbal|written)\s+offer|onsite|employment|bewerbung|stelle|vorstellungsgespräch|"
            r"candidatura|puesto|vacante|entrevista|candidature|poste|recrutement|entretien|prueba\s+técnica|"
            r"proceso\s+de\s+selección|proceso|(?:phone|recruiter|technical|video)\s+screen|screening\s+call|"
            r"hiring\s+manager|engineer|developer|designer|analyst|scientist|programmer|"
            r"architect|consultant|administrator|entwickler\w*|desarrollador\w*|ingénieur|développeu\w+|"
            r"vaga|processo\s+seletivo|currículo|colloqui[oa]?|posizione|selezione|assunzione|"
            r"contratação|recrutamento|recrutador\w*|engenheir\w+|desenvolvedor\w*|analista|sviluppatore|"
            r"sollicit\w*|(?:tweede|derde|vervolg|eind|selectie)\s?gesprek|(?:zweit|folge|kennenlern)gespräch|zweites\s+gespräch|vacature\w*|werving\w*|kandida\w*|functie|postulaci\w+|cargo|posição|função|funzione|arbeidsvoorwaarden|incorporaci[óo]n|carta\s+oferta|case\s+study|ingenier[oa]|capaciteitentest\w*|einstellungstest\w*|eignungstest\w*|talent\s?pool|banco\s+de\s+talentos|werfreserve)\b"
        ),
        example="your application",
        where="both",
    ),
)


__all__ = [
    "PHRASES",
]
