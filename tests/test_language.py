"""Language and register of an employer's message (the draft mirrors both)."""

from __future__ import annotations

import pytest

from agent.understand.language import detect_language, register_of

CASES = [
    ("Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung.", "de", "formal"),
    ("Hallo Alex,\n\nschön, dass du dich beworben hast. Passt dir Dienstag?", "de", "familiar"),
    ("Hallo Alex,\n\nvielen Dank für Ihre Bewerbung. Passt Ihnen Dienstag?", "de", "polite"),
    ("Hola Alex:\n\ngracias por tu interés, te escribo para confirmar la entrevista.", "es",
     "familiar"),
    ("Estimado Alex:\n\nLe agradecemos su interés en el puesto.", "es", "polite"),
    ("Estimado Sr. Rivera:\n\nLe convocamos a una entrevista el jueves.", "es", "formal"),
    ("Hi Alex,\n\nThanks for your time today, it was great to chat.", "en", "familiar"),
    ("Dear Alex,\n\nThank you for applying to the Analyst role.", "en", "polite"),
    ("Dear Mr. Rivera,\n\nThank you for applying to the Analyst role.", "en", "formal"),
    ("Bonjour Monsieur Rivera,\n\nNous avons le plaisir de vous convier à un entretien.", "fr",
     "formal"),
    ("Bonjour Alex,\n\nMerci pour votre candidature au poste de chef de projet.", "fr",
     "polite"),
    ("Gentile Alex,\n\nLa ringrazio per la Sua candidatura e Le confermo il colloquio.", "it",
     "polite"),
    ("Ciao Alex, grazie per il tuo tempo ieri, ti scrivo per il prossimo passo.", "it",
     "familiar"),
    ("Olá Alex,\n\nObrigado pela sua candidatura. Você pode confirmar o horário?", "pt",
     "polite"),
    ("Beste Alex,\n\nBedankt voor je sollicitatie. Kun je dinsdag langskomen?", "nl",
     "familiar"),
    # one short sentence full of names: trigrams alone read it as French
    ("Hi Alex, Thanks for your application for the Data Analyst role at Prairie Analytics.",
     "en", "familiar"),
    ("Geachte heer Rivera,\n\nHartelijk dank voor uw sollicitatie.", "nl", "formal"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "register"), CASES)
def test_language_and_register(text: str, lang: str, register: str) -> None:
    assert detect_language(text) == lang
    assert register_of(text, lang) == register


def test_too_short_or_links_only_is_unknown() -> None:
    assert detect_language("Ok!") is None
    assert detect_language("https://example.com/a/b/c?x=1 jane@acme.com") is None
    assert register_of("Thanks, see you Tuesday.", "en") is None
