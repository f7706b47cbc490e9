"""Phrases for ``outreach``: a recruiter's cold outreach, before any application.

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "came_across_your_profile",
        ("en",),
        "strong",
        r"\b(?:came|come)\s+across\s+your\s+(?:profile|background|resume|cv|github|work|linkedin)",
        example="came across your profile",
    ),
    Entry(
        "your_profile_on_linkedin",
        ("en",),
        "strong",
        r"\b(?:your|saw\s+your)\s+(?:linkedin\s+)?profile\s+(?:on\s+linkedin|and\s+(?:thought|was|wanted|i))",
        example="your profile on linkedin",
    ),
    Entry(
        "open_to_opportunities",
        ("en",),
        "strong",
        (
            r"\b(?:open|interested)\s+(?:to|in)\s+(?:exploring\s+)?(?:new\s+)?(?:opportunities|a\s+new\s+(?:role|"
            r"opportunity|challenge)|a\s+(?:quick\s+)?(?:chat|conversation|call)\s+about)"
        ),
        example="open to opportunities",
    ),
    Entry(
        "with_one_of_my_clients",
        ("en",),
        "strong",
        (
            r"\bwith\s+one\s+of\s+(?:my|our)\s+clients\b|\b(?:my|our)\s+client\s+(?:is|has|needs|wants)\b|"
            r"\b(?:on\s+behalf\s+of\s+(?:my|our|a)\s+client|my\s+client\s+(?:is|has)|i\s+(?:am|'m)\s+(?:a\s+)?"
            r"(?:recruiter|headhunter)\s+(?:at|with|for|working))"
        ),
        example="with one of my clients",
    ),
    Entry(
        "hiring_for_role",
        ("en",),
        "strong",
        (
            r"\b(?:i'm|i\s+am)\s+(?:currently\s+)?(?:hiring|recruiting|looking|working)\s+(?:for|on)\s+(?:a|an)\s+"
            r"(?:\w+\s+){0,4}(?:role|position|opportunity|client)"
        ),
        example="i'm hiring for a role",
    ),
    Entry(
        "would_you_be_open_to",
        ("en",),
        "strong",
        r"\b(?:would\s+you|you'd|you\s+would)\s+be\s+(?:open|interested)\s+(?:to|in)\b",
        example="would you be open to",
    ),
    Entry(
        "your_profile_stood_out",
        ("en",),
        "strong",
        (
            r"\byour\s+(?:profile|background|experience|resume)\s+(?:really\s+)?(?:stood\s+out|caught\s+(?:my|our)\s+"
            r"(?:eye|attention))|\bis\s+interested\s+in\s+you\b"
        ),
        example="your profile stood out",
    ),
    # a first contact: the sender introduces themselves and the opening
    Entry(
        "cto_at",
        ("en",),
        "strong",
        (
            r"\b(?:i'm|i\s+am)\s+(?:the\s+|a\s+)?(?:cto|ceo|founder|co-?founder|head\s+of\s+\w+|vp\s+of\s+\w+)\s+"
            r"(?:at|of|here\s+at)\b(?![^.!?]{0,80}\byour\s+(?:application|interview))"
        ),
        example="i'm cto at",
    ),
    Entry(
        "we_re_hiring_engineer",
        ("en",),
        "strong",
        (
            r"\b(?:we're|we\s+are)\s+(?:currently\s+)?hiring\s+(?:an?|for\s+an?)\s+(?:\w+\s+){0,4}?"
            r"(?:engineer|developer|designer|analyst|scientist|manager|lead)\b"
        ),
        example="we're hiring a engineer",
    ),
    Entry(
        "think_your_great_fit",
        ("en",),
        "strong",
        r"\b(?:think|believe|feel)\s+(?:your|you)\b[^.!?]{0,100}?\b(?:great|good|strong|perfect|excellent)\s+fit\b",
        example="think your great fit",
    ),
    Entry(
        "if_you_rather_not_hear",
        ("en",),
        "strong",
        r"\bif\s+you'd\s+(?:rather|prefer)\s+not\s+(?:to\s+)?hear\s+from\s+me\b",
        example="if you'd rather not hear from me",
    ),
    Entry(
        "ihr_profil_gefunden",
        ("de",),
        "strong",
        (
            r"\b(?:ihr\s+profil|votre\s+profil|tu\s+perfil)\b.{0,60}?\b(?:gefunden|gesehen|aufgefallen|vu|"
            r"trouvé|remarqué|visto|encontrado)"
        ),
        example="ihr profil gefunden",
    ),
    Entry(
        "offen_für_neue",
        ("de",),
        "strong",
        r"\b(?:offene?\s+für\s+neue|ouvert\s+à\s+de\s+nouvelles|abiert[oa]\s+a\s+nuevas)\s+\w+",
        example="offen für neue a",
    ),
    Entry(
        "searching_on_behalf_of_a_client",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "strong",
        (
            # a recruiter's first message: roles or a search they run for clients
            r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:currently\s+)?(?:working\s+on|recruiting\s+for|hiring\s+for|"
            r"supporting)\s+(?:several|a\s+few|some|multiple|a\s+number\s+of|a\s+couple\s+of|two|three)\s+"
            r"(?:[\w-]+\s+){0,4}?(?:roles|positions|openings|searches)\b|"
            r"\b(?:estoy|estamos)\s+(?:buscando|llevando|gestionando)\s+(?:\w+\s+){0,6}?para\s+(?:un|una)\s+"
            r"(?:importante\s+)?(?:cliente|empresa\s+cliente)\b|"
            r"\b(?:für|im\s+auftrag)\s+(?:einen|eines|unseren|unseres)\s+(?:\w+\s+)?(?:kunden|mandanten)\b|"
            r"\b(?:je\s+recrute|nous\s+recrutons|je\s+recherche|nous\s+recherchons)\s+(?:\w+\s+){0,6}?pour\s+"
            r"(?:le\s+compte\s+d')?(?:un|une|l'un\s+de\s+nos)\s+(?:\w+\s+)?clients?\b|"
            r"\b(?:sto|stiamo)\s+(?:seguendo|cercando|gestendo)\s+(?:\w+\s+){0,4}?per\s+(?:un|una|un')\s*"
            r"(?:importante\s+)?(?:cliente|azienda\s+cliente)\b|"
            r"\b(?:estou|estamos)\s+(?:recrutando|buscando|procurando)\s+(?:\w+\s+){0,6}?para\s+(?:um|uma)\s+"
            r"(?:importante\s+)?(?:cliente|empresa\s+cliente)\b|"
            r"\b(?:ik\s+ben|wij\s+zijn|we\s+zijn)\s+(?:\w+\s+){0,4}?(?:op\s+zoek|aan\s+het\s+werven)\s+"
            r"(?:\w+\s+){0,4}?(?:voor|namens)\s+(?:een|onze|één\s+van\s+onze)\s+(?:\w+\s+)?(?:klant|opdrachtgever)\w*\b"
        ),
        example="Sto seguendo per un importante cliente del settore automotive una ricerca",
    ),
)


__all__ = [
    "PHRASES",
]
