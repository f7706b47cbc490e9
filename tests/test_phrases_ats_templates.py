"""Families found missing by measuring on the mail templates that open-source HR software
ships with its translations (issue 12): sentences written for these tests (not template
text) that each family must find in every language it covers, near misses it must leave
alone, and whole messages whose decision the families settle."""

from __future__ import annotations

import pytest

from tests.test_phrases_invitations import found, kind

MUST_FIND: list[tuple[str, str]] = [
    # the application shortlisted for a call or an interview
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Tu candidatura se preseleccionó para una entrevista con el equipo.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Su perfil ha sido seleccionado para una llamada o una entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "O seu currículo foi selecionado para uma conversa ou uma entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Sei stato selezionato per una telefonata o un colloquio.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Votre dossier a été sélectionné pour un appel ou un entretien.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Daarom staat je sollicitatie op de shortlist voor een gesprek.",
    ),
    # choosing a time through a link
    (
        "interview/choose_a_time_through_the_link",
        "Elige el hueco que prefieras en este enlace.",
    ),
    (
        "interview/choose_a_time_through_the_link",
        "Vous pouvez réserver un créneau directement via le lien ci-dessous.",
    ),
    (
        "interview/choose_a_time_through_the_link",
        "Prenota l'orario più comodo con questo collegamento.",
    ),
    (
        "interview/choose_a_time_through_the_link",
        "Escolha o horário que preferir pelo link abaixo.",
    ),
    ("interview/choose_a_time_through_the_link", "Kies een tijdstip dat past via de link."),
    (
        "interview/choose_a_time_through_the_link",
        "Please pick a time that suits you using the link.",
    ),
    # the hiring team did not select the application (object pronoun)
    (
        "rejection/did_not_select_it",
        "Hemos estudiado tu solicitud y no la hemos seleccionado esta vez.",
    ),
    ("rejection/did_not_select_it", "Le comité ne l'a pas retenue pour la suite."),
    ("rejection/did_not_select_it", "Purtroppo non l'abbiamo selezionata per il colloquio."),
    ("rejection/did_not_select_it", "A equipa analisou a candidatura e não a selecionou."),
    # good wishes for the future
    ("rejection/best_for_future_projects", "Te deseamos mucha suerte en tu búsqueda."),
    (
        "rejection/best_for_future_projects",
        "Nous vous souhaitons pleine réussite dans vos recherches.",
    ),
    ("rejection/best_for_future_projects", "Le auguriamo ogni successo per la sua carriera."),
    ("rejection/best_for_future_projects", "Desejamos muito sucesso na sua busca."),
    (
        "rejection/best_for_future_projects",
        "Für Ihre weiteren Bewerbungen wünschen wir Ihnen viel Erfolg.",
    ),
    ("rejection/best_for_future_projects", "We wensen je veel succes bij je verdere loopbaan."),
    # a Dutch acknowledgement with the verb at the end of the clause
    (
        "application_received/bevestigen_sollicitatie_ontvangen_nl",
        "Wij bevestigen dat we uw sollicitatie als monteur in goede orde hebben ontvangen.",
    ),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    # a negated or unrelated selection is no shortlist
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Tu candidatura no se preseleccionó para una entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Lamentavelmente, não foi selecionado para uma entrevista.",
    ),
    (
        "interview/shortlisted_for_a_call_or_interview",
        "Il prodotto è stato selezionato per una fiera.",
    ),
    # a link without a time to choose, or a time without a link
    ("interview/choose_a_time_through_the_link", "Encontrarás el informe en este enlace."),
    ("interview/choose_a_time_through_the_link", "Choisissez un créneau et écrivez-nous."),
    # selecting something, or being selected, is no refusal
    ("rejection/did_not_select_it", "Hemos recibido tu solicitud y la revisaremos."),
    ("rejection/did_not_select_it", "Nous l'avons retenue pour l'entretien final."),
    ("rejection/did_not_select_it", "Non abbiamo ancora selezionato nessuno."),
    # wishes for a holiday are no good wishes for the search
    ("rejection/best_for_future_projects", "Le deseamos lo mejor en estas fiestas."),
    ("rejection/best_for_future_projects", "Nous vous souhaitons le meilleur pour 2026."),
    # a confirmation of an appointment is no acknowledgement
    (
        "application_received/bevestigen_sollicitatie_ontvangen_nl",
        "We bevestigen je afspraak van dinsdag.",
    ),
]


@pytest.mark.parametrize(("key", "text"), MUST_FIND)
def test_each_family_finds_its_wordings_in_every_language(key: str, text: str) -> None:
    assert key in found(text)


@pytest.mark.parametrize(("key", "text"), MUST_NOT_FIND)
def test_each_family_leaves_near_misses_alone(key: str, text: str) -> None:
    assert key not in found(text)


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Tu candidatura: Técnico de soporte",
            "Hemos revisado tu currículum con interés y tu candidatura se preseleccionó para "
            "una llamada o una entrevista. Muy pronto te escribirá nuestra responsable.",
            "interview",
        ),
        (
            "Sua candidatura: Analista de suporte",
            "Gostamos do seu perfil e a sua candidatura foi selecionada para uma conversa ou uma "
            "entrevista. Em breve entraremos em contato.",
            "interview",
        ),
        (
            "Votre candidature : Technicien support",
            "Merci pour votre candidature. Après étude, notre équipe ne l'a pas retenue pour la "
            "suite du processus. Nous vous souhaitons pleine réussite dans vos recherches.",
            "rejection",
        ),
        (
            "Proceso de selección",
            "Has pasado la primera fase del proceso de selección y queremos hablar contigo por "
            "videollamada. Elige el horario que te venga mejor en este enlace: "
            "https://example.com/agenda",
            "interview",
        ),
        (
            "Je sollicitatie: Monteur",
            "Wij bevestigen dat we je sollicitatie voor de functie Monteur succesvol hebben "
            "ontvangen. We nemen binnen twee weken contact op.",
            "application_received",
        ),
        # the same booking sentence from a hairdresser is no interview
        (
            "Tu cita",
            "Elige el horario que te venga mejor en este enlace: https://example.com/agenda",
            "other",
        ),
    ],
)
def test_the_ats_template_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want
