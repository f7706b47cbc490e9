"""What the words around a date say it means, per language (data for ``date_meaning``).

Each role maps a language to regular-expression fragments (matched case-insensitively,
apostrophes already straightened). A fragment is one phrase of that language; adding a
language or a phrasing is adding a line here, not code. Every fragment must stay linear:
bounded repeats (``{0,6}``) only, never a repeat over a group that can itself repeat.

Roles:

* ``hear_back``: the employer promises news ("we'll get back to you", "melden wir uns").
* ``follow_up``: the employer asks the candidate to write on a date ("feel free to check in").
* ``deadline``: something the candidate must do by a date (a test, accepting an offer).
* ``cancel``: the slot next to it was cancelled.
* ``event``: a webinar, fair or info session: not an interview.
* ``lead_anchor``: a sentence opening that puts the promise after another event
  ("after the deadline on May 3, ...", "once you submit ..."); a relative phrase in it
  counts from the date that event names, or from nothing when it names none.
* ``anchor_link``: words right after a relative phrase that tie it to another event
  ("within a week *of* your interview", "binnen een week *na*").
* ``interview_word``: the event a phrase may be anchored on when the message gives its date.
* ``after``: "after"/"nach"/... right before a follow-up date: the day after it.
* ``your_process``: the note speaks to the candidate about their own candidacy.
* ``process``: words of a hiring process; an ``other`` note that has them and no hiring
  vocabulary of its own ("we're finishing the last onsites, you'll hear by Friday") is a
  status update, unlike a loan or card "application" under review.
"""

from __future__ import annotations

_W = r"(?:\S+\s+)"  # one word and its space; always used with a bounded repeat

CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "hear_back": {
        "en": (
            r"hear\s+(?:back\s+)?(?:from\s+(?:us|me|the\s+(?:team|hiring\s+team)))?",
            r"allow\s+(?:us\s+)?(?:up\s+to\s+|about\s+)?\w+\s+(?:business\s+|working\s+)?(?:days|weeks)",
            r"get\s+back\s+to\s+(?:you|all|every|each|everyone|applicants|candidates)",
            r"come\s+back\s+to\s+you",
            r"be\s+in\s+touch",
            r"(?:reach|circle)\s+(?:back\s+)?out\s+to\s+you",
            r"(?:reach|circle)\s+back",
            r"(?:will|'ll)\s+reach\s+out",
            r"let\s+you\s+know",
            r"update\s+(?:you|everyone|all\s+candidates|all\s+applicants)",
            r"(?:send|give|share)\s+(?:you\s+)?(?:an?\s+)?(?:update|feedback|answer|decision)",
            r"decisions?\s+(?:will|should)\s+be\s+(?:made|communicated|shared|sent|announced)",
            r"(?:have|make|reach|expect|communicate|share)\s+(?:a|an|our|the)\s+(?:final\s+)?"
            r"(?:decision|update|answer|feedback|news)",
            r"decision\s+(?:will\s+be\s+made|by|within|is\s+expected|is\s+planned)",
            r"(?:will|'ll)\s+(?:contact|respond\s+to|notify|inform|follow\s+up\s+with|reach\s+out\s+to"
            r"|email|write\s+to)\s+(?:you|all|every|each|applicants|candidates)",
            r"(?:contact|notify|update)\s+you\b",
            r"contact\s+(?:shortlisted|selected|successful)\s+(?:candidates|applicants)",
            r"(?:be|get)\s+(?:notified|contacted|informed)",
            r"(?:update|feedback|answer|news|decision)\s+(?:from\s+us\s+)?(?:by|within|no\s+later)",
            r"respond\s+to\s+all\s+(?:applicants|candidates)",
            r"(?:respond|reply|response|answer)\s+(?:to\s+(?:you|all\s+\w+)\s+)?"
            r"(?:within|by|in\s+(?:the\s+next\s+)?\d)",
            r"aim\s+to\s+(?:respond|reply|get\s+back)",
            r"expect\s+to\s+(?:hear|have|make|share|get\s+back|reach)",
            r"next\s+steps\s+(?:by|within)",
            r"have\s+feedback\s+for\s+you",
        ),
        "de": (
            r"(?:uns|mich)\s+" + _W + r"{0,9}?melden",
            r"melden\s+(?:uns|mich)",
            r"melden\s+(?:wir|ich)\s+uns",
            r"rückmeldung",
            r"bescheid",
            r"entscheidung",
            r"informieren\s+sie",
            r"von\s+uns\s+hören",
            r"erhalten\s+" + _W + r"{0,6}?(?:eine\s+)?(?:einladung|antwort|nachricht)",
        ),
        "es": (
            r"(?:te|le|les|os)\s+(?:daremos|responderemos|contactaremos|escribiremos|informaremos"
            r"|comunicaremos)",
            r"nos\s+pondremos\s+en\s+contacto",
            r"(?:daremos|tendremos)\s+(?:una\s+)?(?:respuesta|decisión)",
            r"respuesta",
            r"decisión",
            r"(?:recibes|recibe|recibas|reciba|tienes|tengas|tenga)\s+noticias",
            r"noticias\s+nuestras",
            r"serán\s+(?:contactad|notificad|informad)[oa]s",
            r"(?:serás|será)\s+(?:contactad|notificad|informad)[oa]",
        ),
        "fr": (
            r"reviendrons?\s+vers\s+vous",
            r"vous\s+recontacter",
            r"vous\s+(?:tenir\s+informée?|tiendrons\s+informée?|informer|donner\s+(?:une\s+)?(?:réponse|retour))",
            r"(?:une\s+)?réponse",
            r"décision",
            r"retour",
            r"(?:pas\s+de|des)\s+nouvelles",
            r"seront\s+(?:contacté|informé|prévenu)e?s",
            r"(?:serez|sera)\s+(?:contacté|informé|prévenu)",
        ),
        "it": (
            r"ti\s+(?:contatteremo|ricontatteremo|faremo\s+sapere|aggiorneremo|comunicheremo|daremo"
            r"|risponderemo|scriveremo|informeremo)",
            r"(?:una\s+)?risposta",
            r"riscontro",
            r"decisione",
            r"notizie",
            r"saranno\s+(?:contattat|ricontattat|informat)[ie]",
        ),
        "pt": (
            r"retornaremos",
            r"entraremos\s+em\s+(?:contato|contacto)",
            r"(?:daremos|teremos)\s+(?:um\s+|uma\s+)?(?:retorno|resposta|decisão)",
            r"retorno",
            r"notícias",
            r"serão\s+(?:contatad|contactad|informad)[oa]s",
        ),
        "nl": (
            r"laten\s+(?:we\s+)?(?:je|u|jullie)\s+" + _W + r"{0,5}?weten",
            r"(?:hoor|hoort|horen)\s+(?:(?:je|u|jullie)\s+)?" + _W + r"{0,4}?van\s+ons",
            r"van\s+ons\s+(?:hebt\s+|heeft\s+)?(?:gehoord|hoort|hoor)",
            r"(?:ontvang|ontvangt|ontvangen)\s+"
            + _W
            + r"{0,5}?(?:een\s+)?(?:reactie|antwoord|bericht)",
            r"nemen\s+" + _W + r"{0,5}?contact\s+met\s+(?:je|u|jullie)\s+op",
            r"(?:een\s+)?(?:beslissing|besluit)",
            r"reactie",
        ),
    },
    "follow_up": {
        "en": (
            r"(?:feel\s+free|you(?:'re|\s+are)\s+welcome|don't\s+hesitate|please\s+(?:do\s+)?|you\s+(?:can|may|could)"
            r"|i'd\s+(?:suggest|recommend)|i\s+would\s+(?:suggest|recommend)|i\s+(?:encourage|invite)\s+you)\s*"
            r"(?:to\s+)?(?:follow\s+up|check\s+in\s+with\s+(?:me|us)|check\s+back|reach\s+(?:back\s+)?out"
            r"|touch\s+base|ping\s+(?:me|us)|get\s+(?:back\s+)?in\s+touch|circle\s+back|contact\s+(?:me|us)"
            r"|send\s+(?:me|us)\s+a\s+(?:note|reminder)|nudge\s+(?:me|us))",
            r"follow\s+up\s+with\s+(?:me|us)",
            r"check\s+back\s+(?:with\s+(?:me|us)\s+)?(?:on|after|in|around)",
            r"ping\s+(?:me|us)\b(?=[^.!?\n]{0,60}\bif\s+you\s+(?:haven't|have\s+not|don't|do\s+not))",
            r"reach\s+out\s+(?:to\s+(?:me|us)\s+)?again",
        ),
        "de": (
            r"nachzufragen",
            r"nachfragen",
            r"fragen\s+sie\s+(?:gerne?\s+)?" + _W + r"{0,6}?nach\b",
            r"bei\s+(?:mir|uns)\s+(?:zu\s+)?melden",
            r"melden\s+sie\s+sich",
        ),
        "es": (
            r"no\s+dudes\s+en\s+(?:escribirnos|escribirme|contactarnos|contactarme|hacer\s+seguimiento"
            r"|consultarnos)",
            r"hacer\s+(?:un\s+)?seguimiento",
            r"(?:escríbe|contácta|lláma)(?:me|nos)",
        ),
        "fr": (
            r"n'hésitez\s+pas\s+à\s+(?:me|nous)\s+(?:relancer|recontacter|écrire)",
            r"(?:me|nous)\s+relancer",
            r"revenir\s+vers\s+(?:moi|nous)",
        ),
        "it": (
            r"sentiti\s+libero\s+di\s+(?:ricontattarmi|ricontattarci|contattarmi|contattarci|scrivermi"
            r"|scriverci)",
            r"non\s+esitare\s+a\s+(?:ricontattarmi|ricontattarci|contattarmi|contattarci|scrivermi|scriverci)",
        ),
        "pt": (
            r"fique\s+à\s+vontade\s+para\s+(?:me|nos)\s+(?:procurar|contatar|contactar|escrever)",
            r"não\s+hesite\s+em\s+(?:me|nos)\s+(?:procurar|contatar|contactar|escrever)",
        ),
        "nl": (
            r"neem\s+gerust\s+" + _W + r"{0,5}?contact\s+met\s+(?:me|mij|ons)\s+op",
            r"(?:mail|bel|stuur)\s+(?:me|mij|ons)\s+gerust",
        ),
    },
    "deadline": {
        "en": (
            r"please\s+(?:complete|submit|respond|reply|confirm|sign|return|accept|send|upload|finish"
            r"|let\s+(?:us|me)\s+know)",
            r"you\s+(?:must|need\s+to|have\s+until|should(?!\s+(?:hear|receive|get|expect)))",
            r"deadline(?!\s+on\b)",
            r"expires?",
            r"(?:complete|submit|finish|accept)\s+(?:the|your|this)\s+\w+",
            r"the\s+link\s+(?:will\s+)?expire",
        ),
        "de": (r"bitte\s+(?:bis|reichen|senden|bestätigen)",),
        "es": (r"por\s+favor,?\s+(?:completa|envía|responde|confirma)",),
        "fr": (r"merci\s+de\s+(?:compléter|renvoyer|répondre|confirmer)",),
        "it": (r"completa\s+(?:il|la)\s+\w+", r"invia(?:ci)?\s+(?:il|la)\s+\w+"),
        "pt": (r"por\s+favor,?\s+(?:conclua|envie|responda|confirme)",),
        "nl": (r"graag\s+" + _W + r"{0,6}?(?:terugsturen|insturen|invullen|afronden)",),
    },
    "cancel": {
        "en": (r"cancel(?:l?ed|ling|l?ing|lation)?\b", r"call\s+off"),
        "de": (r"absagen", r"abgesagt", r"storniert"),
        "es": (r"cancelar", r"cancelad[ao]", r"anular"),
        "fr": (r"annul(?:er|é|ée|ation)",),
        "it": (r"annullare", r"annullat[oa]", r"disdire"),
        "pt": (r"cancelar", r"cancelad[ao]"),
        "nl": (r"annuleren", r"geannuleerd", r"afzeggen"),
    },
    "event": {
        "en": (
            r"webinar",
            r"info(?:rmation)?\s+session",
            r"career\s+fair",
            r"open\s+day",
            r"meetup",
        ),
        "de": (r"webinar", r"karrieremesse", r"infoveranstaltung"),
        "es": (r"webinar", r"feria\s+de\s+empleo", r"sesión\s+informativa"),
        "fr": (r"webinaire", r"webinar", r"salon\s+de\s+l'emploi", r"réunion\s+d'information"),
        "it": (r"webinar", r"career\s+day", r"open\s+day"),
        "pt": (r"webinar", r"feira\s+de\s+carreiras"),
        "nl": (r"webinar", r"open\s+dag", r"informatiebijeenkomst"),
    },
    "lead_anchor": {
        "en": (r"after", r"following", r"once", r"when", r"as\s+soon\s+as"),
        "de": (r"nach", r"nachdem", r"sobald", r"wenn"),
        "es": (r"tras", r"después\s+de", r"una\s+vez", r"cuando"),
        "fr": (r"après", r"une\s+fois", r"dès\s+que", r"lorsque", r"quand"),
        "it": (r"dopo", r"una\s+volta", r"appena", r"quando"),
        "pt": (r"após", r"depois\s+de", r"assim\s+que", r"quando"),
        "nl": (r"na", r"nadat", r"zodra", r"wanneer"),
    },
    "anchor_link": {
        "en": (r"of", r"after", r"from", r"following", r"once", r"when"),
        "de": (r"nach", r"ab"),
        "es": (r"después\s+de", r"tras", r"desde"),
        "fr": (r"après", r"qui\s+suit", r"suivant", r"à\s+compter\s+de"),
        "it": (r"dal", r"dalla", r"dopo", r"successiv[ao]\s+al"),
        "pt": (r"após", r"depois\s+d[aoe]", r"a\s+partir\s+d[aoe]"),
        "nl": (r"na", r"vanaf"),
    },
    "unknown_event": {
        # what a relative phrase may be anchored on that the message never dates
        "en": (
            r"you\b",
            r"your\b",
            r"the\b",
            r"we\b",
            r"receiv",
            r"submi",
            r"complet",
            r"accept",
            r"reciev",
        ),
        "de": (r"ihre[rm]?\b", r"eingang", r"abschluss"),
        "es": (r"tu\b", r"su\b", r"recib"),
        "fr": (r"votre\b", r"réception"),
        "it": (r"tuo\b", r"ricevimento"),
        "pt": (r"seu\b", r"sua\b", r"recebimento"),
        "nl": (r"je\b", r"uw\b", r"ontvangst"),
    },
    "interview_word": {
        "en": (
            r"(?:final\s+|last\s+|next\s+)?(?:interview|onsite|on-site|call|conversation|meeting)s?",
        ),
        "de": (r"(?:vorstellungs)?gespräch(?:s|es)?", r"interview(?:s)?", r"termin(?:s)?"),
        "es": (r"entrevista",),
        "fr": (r"entretien",),
        "it": (r"colloquio",),
        "pt": (r"entrevista",),
        "nl": (r"gesprek",),
    },
    "process": {
        # words that put a status note inside a hiring process (not a loan or card application)
        "en": (
            r"interview\w*",
            r"on-?sites?",
            r"panel",
            r"hiring\s+(?:team|manager|committee|process)",
            r"shortlist\w*",
            r"finalists?",
            r"candidates?",
            r"(?:the|this|that)\s+(?:\w+\s+){0,3}?(?:role|position|opening|vacancy)",
        ),
        "de": (r"vorstellungsgespräch\w*", r"bewerbungs\w+", r"stelle", r"kandidat\w*"),
        "es": (r"entrevistas?", r"candidatura", r"proceso\s+de\s+selección", r"puesto", r"vacante"),
        "fr": (r"entretiens?", r"candidature", r"poste", r"recrutement"),
        "it": (r"colloqui[oa]?", r"candidatura", r"posizione", r"selezione"),
        "pt": (r"entrevistas?", r"candidatura", r"vaga", r"processo\s+seletivo"),
        "nl": (r"sollicitati\w+", r"gesprek\w*", r"vacature", r"functie", r"kandidaten"),
    },
    "your_process": {
        # the note speaks to the candidate about their own candidacy (not colleagues' memos)
        "en": (
            r"your\s+(?:application|candidacy|interviews?|profile|cv|resume|résumé|patience|time|interest"
            r"|portfolio|take-home|assignment|submission|case\s+study)",
            r"(?:thanks|thank\s+you)\s+for\s+(?:taking\s+the\s+time\s+to\s+)?(?:checking\s+in|following\s+up"
            r"|your\s+follow-up|interview(?:ing)?|meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?"
            r"|com(?:e|ing)\s+in)",
            r"interview(?:ed|ing)?\s+with\s+us",
            r"you(?:'ll|\s+will|\s+should)\s+hear\s+(?:back\s+)?from\s+(?:us|me)",
            r"(?:meeting|meet|speaking|talking|chatting|spoke|talked)\s+(?:with\s+)?you",
            r"(?:feedback|news|an?\s+update|an?\s+answer|a\s+decision)\s+for\s+you",
            r"(?:the\s+)?(?:role|position|job)\s+you\s+applied",
        ),
        "de": (
            r"(?:ihre|deine)\s+(?:bewerbung|kandidatur|geduld|unterlagen|nachfrage)",
            r"(?:gespräch|kennenlernen)\s+mit\s+(?:ihnen|dir)",
            r"danke\s+für\s+(?:das\s+gespräch|ihre\s+zeit)",
        ),
        "es": (
            r"(?:tu|su)\s+(?:candidatura|postulación|solicitud|paciencia|perfil|entrevista|consulta)",
            r"(?:conocerte|conocerle|hablar\s+contigo)",
            r"gracias\s+por\s+(?:la\s+entrevista|tu\s+tiempo|su\s+tiempo)",
        ),
        "fr": (
            r"votre\s+(?:candidature|patience|profil|entretien|dossier|relance)",
            r"(?:échanger|parler)\s+avec\s+vous",
            r"merci\s+pour\s+(?:votre\s+temps|cet\s+échange|l'entretien)",
        ),
        "it": (
            r"(?:la\s+tua|la\s+sua)\s+(?:candidatura|pazienza)",
            r"(?:il\s+tuo|il\s+suo)\s+(?:profilo|colloquio)",
            r"conoscerti",
            r"grazie\s+per\s+(?:il\s+colloquio|il\s+tuo\s+tempo)",
        ),
        "pt": (
            r"(?:sua|seu)\s+(?:candidatura|paciência|perfil|entrevista|currículo)",
            r"conhecer\s+(?:você|voce)",
            r"obrigad[oa]\s+pela\s+(?:entrevista|conversa)",
        ),
        "nl": (
            r"(?:je|jouw|uw)\s+(?:sollicitatie|geduld|profiel|cv|gesprek)",
            r"kennismaken\s+met\s+(?:je|jou|u)",
            r"bedankt\s+voor\s+(?:het\s+gesprek|je\s+tijd|uw\s+tijd)",
        ),
    },
    "condition": {
        # "if you have no news ...": a negation after these words still promises a date
        "en": (r"if", r"unless"),
        "de": (r"falls", r"wenn", r"sollten?"),
        "es": (r"si",),
        "fr": (r"si",),
        "it": (r"se", r"qualora"),
        "pt": (r"se", r"caso"),
        "nl": (r"als", r"indien", r"mocht"),
    },
    "after": {
        "en": (r"after",),
        "de": (r"nach\s+dem",),
        "es": (r"después\s+del",),
        "fr": (r"après\s+le",),
        "it": (r"dopo\s+il",),
        "pt": (r"após\s+o\s+dia", r"depois\s+do\s+dia"),
        "nl": (r"na(?=\s+\d)",),  # not Portuguese "na sexta-feira" (on Friday)
    },
}


def union(role: str) -> str:
    """All languages' fragments for ``role`` as one alternation (mail mixes languages)."""
    parts = [p for phrases in CUES[role].values() for p in phrases]
    return "(?:" + "|".join(parts) + ")"


__all__ = [
    "CUES",
    "union",
]
