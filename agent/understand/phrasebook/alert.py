"""Phrases for ``alert``: bulk mail about jobs: alerts, newsletters, notifications (also read in the footer).

Format and how to add a phrase: :mod:`agent.understand.phrasebook`.
"""

from agent.understand.phrasebook import Entry

PHRASES: tuple[Entry, ...] = (
    Entry(
        "job_alert",
        ("en",),
        "decisive",
        r"\bjob\s+alerts?\b",
        example="job alert",
    ),
    Entry(
        "new_jobs_for_you",
        ("en",),
        "decisive",
        (
            r"\b(?:new|recommended|suggested|similar|top)\s+(?:jobs|positions|roles|opportunities)\s+"
            r"(?:for\s+you|matching|that\s+match|based|in|near|you)"
        ),
        example="new jobs for you",
    ),
    Entry(
        "job_you_may_be_interested",
        ("en",),
        "decisive",
        r"\bjobs?\s+(?:you\s+may\s+(?:be\s+interested\s+in|like)|recommended\s+for\s+you|matching\s+your)",
        example="job you may be interested in",
    ),
    Entry(
        "easy_apply",
        ("en",),
        "decisive",
        r"\b(?:easy\s+apply|be\s+an\s+early\s+applicant|apply\s+now\s+on|view\s+all\s+jobs|see\s+all\s+jobs)\b",
        example="easy apply",
    ),
    Entry(
        "new_jobs",
        ("en",),
        "decisive",
        r"\b\d+\s+new\s+(?:jobs|positions|openings)\b",
        example="1 new jobs",
    ),
    Entry(
        "neue_jobs",
        ("en",),
        "decisive",
        r"\b(?:neue|passende)\s+(?:jobs|stellenangebote|stellen)\b|\bjobagent\b",
        example="neue jobs",
    ),
    Entry(
        "nueva_ofertas_de_empleo",
        ("es",),
        "decisive",
        r"\b(?:nuevas?\s+ofertas\s+de\s+empleo|ofertas\s+que\s+(?:te\s+)?(?:pueden\s+interesar|coinciden))\b",
        example="nueva ofertas de empleo",
    ),
    Entry(
        "nouvelles_offres_emploi",
        ("fr",),
        "decisive",
        r"\b(?:nouvelles\s+offres\s+d'emploi|offres\s+qui\s+(?:pourraient|correspondent))\b|\balerte\s+emploi\b",
        example="nouvelles offres d'emploi",
    ),
    Entry(
        "view_on_github",
        ("en",),
        "decisive",
        (
            r"\b(?:view|reply)\s+(?:to\s+)?(?:it\s+)?on\s+github\b|\byou\s+are\s+receiving\s+this\s+because\s+you\s+"
            r"(?:were\s+mentioned|are\s+subscribed|authored|commented)"
        ),
        example="view on github",
    ),
    Entry(
        "weekly_newsletter",
        ("en",),
        "decisive",
        r"\bweekly\s+newsletter\b|\bfree\s+subscriber\b|\bdigest,\s+vol\b|\bcloud\s+recording\b",
        example="weekly newsletter",
    ),
    Entry(
        "talent_community",
        ("en",),
        "decisive",
        r"\btalent\s+(?:community|network)\b",
        example="talent community",
    ),
    Entry(
        "newsletter",
        ("en",),
        "clear",
        (
            r"\b(?:newsletter|digest|weekly\s+(?:roundup|update|reading)|this\s+week\s+in|top\s+stories|"
            r"read\s+(?:more|online|the\s+full\s+(?:story|article))|view\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser)\b"
        ),
        example="newsletter",
    ),
    Entry(
        "webinar",
        ("en",),
        "clear",
        (
            r"\b(?:webinar|livestream|masterclass|workshop|virtual\s+event|summit|career\s+fair|job\s+fair|"
            r"hiring\s+(?:event|fair)|recruiting\s+event|rsvp)\b"
        ),
        example="webinar",
    ),
    Entry(
        "save_your_seat",
        ("en",),
        "clear",
        r"\b(?:save\s+your\s+(?:seat|spot)|register\s+(?:now|today|here|for\s+free))\b",
        example="save your seat",
    ),
    Entry(
        "your_trial",
        ("en",),
        "clear",
        r"\b(?:your\s+(?:free\s+)?trial|subscription|billing|invoice|receipt|order\s+#|tracking\s+number)\b",
        example="your trial",
    ),
    Entry(
        "shop_now",
        ("en",),
        "clear",
        r"\b(?:shop\s+now|% off|promo\s+code|coupon|free\s+shipping|sale\s+ends)\b",
        example="shop now",
    ),
    Entry(
        "unsubscribe",
        ("en",),
        "clear",
        r"\bunsubscribe\b",
        example="unsubscribe",
    ),
    # issue 12: job alerts in the languages that lacked them
    Entry(
        "new_vacancies_for_you",
        ("es", "de", "it", "pt", "nl"),
        "decisive",
        (
            r"\b(?:\d+\s+)?nieuwe\s+vacatures\b|\bvacatures\s+die\s+bij\s+(?:je|jou|u)\s+passen\b|"
            r"\bvacature-?alert\b|\bnuove\s+offerte\s+di\s+lavoro\b|\bofferte\s+(?:di\s+lavoro\s+)?che\s+"
            r"potrebbero\s+interessarti\b|\b(?:\d+\s+)?novas\s+vagas\b|\bvagas\s+(?:recomendadas|para\s+você)\b|"
            r"\balerta\s+de\s+(?:vagas|empleo)\b|\bjobs,?\s+die\s+zu\s+(?:ihnen|dir)\s+passen\b"
        ),
        example="14 nieuwe vacatures die bij je passen",
    ),
    # issue 12, thirteenth batch: a newsletter's issue number and its "read the full post",
    # in every language (a newsletter that quotes offer letters is still a newsletter)
    Entry(
        "newsletter_issue_and_full_post",
        ("en", "es", "de", "fr", "it", "pt", "nl"),
        "clear",
        (
            r"\b(?:(?:issue|ausgabe|edición|número|numéro|numero|edição|editie|nummer)\s*(?:#|no\.|nr\.|n[º°o]\.?)\s*"
            r"\d{1,4}|read\s+the\s+full\s+(?:post|issue|essay)|den\s+ganzen\s+(?:artikel|beitrag)\s+lesen|"
            r"lire\s+(?:la\s+suite|l'article\s+complet)|leggi\s+(?:l'articolo|il\s+post)\s+completo|"
            r"continua\s+a\s+leggere|leia\s+(?:o\s+(?:post|artigo|texto)|a\s+matéria)\s+complet[oa]|"
            r"lee\s+(?:el\s+artículo|la\s+entrada|el\s+post)\s+completo|sigue\s+leyendo|lees\s+(?:het\s+"
            r"volledige\s+artikel|verder))\b"
        ),
        example="THE OFFER DESK - Issue #84",
    ),
)


__all__ = [
    "PHRASES",
]
