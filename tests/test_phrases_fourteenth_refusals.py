"""The fourteenth batch's refusal, condition and assessment families of issue 12 in every
language: sentences written for these tests, not taken from the corpus, that each family
must find, near misses it must leave alone, and whole messages whose decision the families
settle."""

from __future__ import annotations

import pytest

from agent.understand.firstpass import could_be_job_mail
from agent.understand.phrases import Signal
from agent.understand.whose import _first_said
from tests.test_phrases_invitations import found, kind

NOT_SELECTED = "veto_rejection/if_you_are_not_selected"
FOUND_SUITABLE = "veto_interview/if_you_are_found_suitable_all"
NEXT_STAGE_TASK = "assessment/the_next_stage_is_a_task"
TEST_STAGE = "assessment/moved_to_the_test_stage"
CASE_TO_PRESENT = "assessment/a_case_to_prepare_and_present"

MUST_FIND: list[tuple[str, str]] = [
    # a refusal said only as a condition on the candidate
    (NOT_SELECTED, "If you aren't chosen for this opening, we'll keep your résumé for a year."),
    (NOT_SELECTED, "Should your experience not fit this vacancy, we will let you know by email."),
    (NOT_SELECTED, "Si no resultas seleccionada, guardaremos tus datos para futuras búsquedas."),
    (NOT_SELECTED, "Caso você não seja aprovado nesta etapa, seu currículo ficará no banco."),
    (NOT_SELECTED, "Se não for selecionada, o seu CV fica na nossa base de dados."),
    (NOT_SELECTED, "Falls wir Ihre Bewerbung nicht weiter verfolgen, erhalten Sie eine Nachricht."),
    (NOT_SELECTED, "Wenn du in drei Wochen nichts von uns hörst, ist die Stelle vergeben."),
    (NOT_SELECTED, "Si votre profil n'est pas retenu, nous garderons votre dossier six mois."),
    (NOT_SELECTED, "Sans réponse de notre part sous trois semaines, considérez que c'est non."),
    (NOT_SELECTED, "Qualora la sua candidatura non venisse selezionata, conserveremo il CV."),
    (NOT_SELECTED, "Mocht u niet door gaan naar de volgende ronde, dan hoort u dat van ons."),
    # an interview promised only on a condition
    (FOUND_SUITABLE, "Qualora fosse idoneo, la contatteremo per un colloquio."),
    (FOUND_SUITABLE, "Si resultas preseleccionada, te llamaremos para una entrevista."),
    (FOUND_SUITABLE, "Caso seja aprovado na triagem, marcaremos uma entrevista."),
    (FOUND_SUITABLE, "Sollten Sie in die engere Auswahl kommen, laden wir Sie zum Gespräch ein."),
    (FOUND_SUITABLE, "Si vous êtes présélectionnée, nous vous proposerons un entretien."),
    (
        FOUND_SUITABLE,
        "Should you be shortlisted, a recruiter will call you to set up an interview.",
    ),
    (FOUND_SUITABLE, "Als u in aanmerking komt, nodigen we u uit voor een gesprek."),
    # an offer made to another person
    (
        "veto_offer/offer_to_another",
        "We extended an offer to a candidate with more payroll experience.",
    ),
    ("rejection/chose_another_person_es", "Finalmente hicimos una propuesta a otra candidata."),
    ("rejection/chose_another_person_pt", "A posição foi oferecida a outro candidato."),
    (
        "rejection/chose_another_person_de",
        "Wir haben die Position einem anderen Bewerber angeboten.",
    ),
    # the German du-form of "your profile does not fit"
    ("rejection/profil_passt_nicht_de", "Für diese Stelle passt es aktuell leider nicht."),
    ("rejection/profil_passt_nicht_de", "Dein Hintergrund passt derzeit leider nicht ganz."),
    (
        "rejection/profil_passt_nicht_de",
        "Das passt leider nicht ganz zu unseren Anforderungen für die Rolle.",
    ),
    # the role filled, a role name with an abbreviation's dot between
    ("rejection/vacancy_filled_es", "La búsqueda de Analista Contable Ssr. ya fue cubierta."),
    # the task named as the next stage
    (NEXT_STAGE_TASK, "The next round will be a short take-home exercise."),
    (NEXT_STAGE_TASK, "La última fase consiste en una prueba de inglés."),
    (NEXT_STAGE_TASK, "A próxima etapa é um desafio prático de SQL."),
    (NEXT_STAGE_TASK, "La deuxième étape sera un cas pratique à préparer."),
    (NEXT_STAGE_TASK, "La prossima fase prevede una prova scritta."),
    (NEXT_STAGE_TASK, "Der nächste Schritt ist eine kurze Fallstudie."),
    (NEXT_STAGE_TASK, "De volgende ronde bestaat uit een casus."),
    # the candidate moved on to the test stage
    (TEST_STAGE, "You have moved on to the assessment stage."),
    (TEST_STAGE, "Avanzaste a la etapa de pruebas del proceso."),
    (TEST_STAGE, "Parabéns, você passou para a fase de testes!"),
    (TEST_STAGE, "Vous passez à l'étape des tests."),
    (TEST_STAGE, "Sei passata alla fase dei test."),
    (TEST_STAGE, "Je gaat door naar de testfase."),
    ("assessment/teste_técnico", "Enviamos em anexo um exercício técnico."),
    # a case to prepare and present
    (CASE_TO_PRESENT, "Please prepare a short presentation on the attached case for the panel."),
    (CASE_TO_PRESENT, "Your deck should be ready to present to the hiring committee on Friday."),
    (CASE_TO_PRESENT, "Deberás preparar una presentación sobre un caso de negocio."),
    (CASE_TO_PRESENT, "Pedimos que prepare uma apresentação sobre o case enviado."),
    (CASE_TO_PRESENT, "Merci de préparer une présentation sur l'étude de cas jointe."),
    (CASE_TO_PRESENT, "Ti chiediamo di preparare una presentazione sul caso allegato."),
    (CASE_TO_PRESENT, "Bitte halten Sie eine kurze Präsentation zur Fallstudie bereit."),
    (CASE_TO_PRESENT, "Bereid een korte presentatie voor over de casus."),
    ("assessment/technische_opdracht_nl", "Je krijgt van ons een thuisopdracht."),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    (NOT_SELECTED, "Unfortunately you were not selected for this position."),
    (NOT_SELECTED, "If you have any questions, write to us."),
    (NOT_SELECTED, "Lamentablemente no has sido seleccionado."),
    (NOT_SELECTED, "Infelizmente você não foi selecionado."),
    (NOT_SELECTED, "Leider können wir Sie nicht berücksichtigen."),
    (NOT_SELECTED, "Votre candidature n'a pas été retenue."),
    (NOT_SELECTED, "Purtroppo la sua candidatura non è stata selezionata."),
    (NOT_SELECTED, "Helaas ben je niet geselecteerd."),
    # a refusal's data-keeping question is no condition on the decision
    (NOT_SELECTED, "If you do not wish to be considered for future roles, reply to this email."),
    (NOT_SELECTED, "If you don't want us to keep your details, let us know."),
    (
        NOT_SELECTED,
        "Falls Sie nicht möchten, dass wir Ihre Unterlagen aufbewahren, melden Sie sich.",
    ),
    (NOT_SELECTED, "Als je niet wilt dat we je gegevens bewaren, laat het ons weten."),
    (NOT_SELECTED, "Si no deseas que conservemos tus datos, escríbenos."),
    (NOT_SELECTED, "Je sollicitatie als developer is helaas niet geselecteerd."),
    (FOUND_SUITABLE, "Sei stato selezionato per il colloquio di martedì."),
    (FOUND_SUITABLE, "Has sido seleccionado para la entrevista."),
    (FOUND_SUITABLE, "You have been shortlisted for an interview."),
    ("veto_offer/offer_to_another", "We are delighted to extend an offer to you."),
    ("rejection/profil_passt_nicht_de", "Dienstag passt mir leider nicht."),
    ("veto_rejection/leider_verschieben", "Leider passt es nicht, weshalb wir dir absagen müssen."),
    (NEXT_STAGE_TASK, "The next step is a call with the hiring manager."),
    (NEXT_STAGE_TASK, "The next step is a presentation to the board."),
    (TEST_STAGE, "A próxima etapa do projeto é a fase de testes do sistema."),
    (CASE_TO_PRESENT, "Please prepare a deck on the Q3 results for the board meeting."),
    (CASE_TO_PRESENT, "Te envío la presentación del proyecto."),
]


@pytest.mark.parametrize(
    ("key", "text", "said"),
    [(k, t, True) for k, t in MUST_FIND] + [(k, t, False) for k, t in MUST_NOT_FIND],
)
def test_each_family_finds_its_wordings_and_leaves_near_misses(
    key: str, text: str, said: bool
) -> None:
    assert (key in found(text)) is said


@pytest.mark.parametrize(
    ("text", "employer"),
    [
        ("Please extend an offer to the candidate by Friday.", True),
        ("Can we extend the offer to Dana today?", True),
        ("We've decided to extend an offer to another applicant.", False),
        ("We decided to extend an offer to a candidate whose background fits better.", False),
    ],
)
def test_an_offer_to_another_person_is_no_employers_instruction(text: str, employer: bool) -> None:
    said = _first_said(text, Signal.EMPLOYER_SIDE)
    assert (said is not None and said.phrase.key == "employer_side/extend_an_offer_to") is employer


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        # conditions decide nothing
        (
            "Your application to Norvale",
            "Thanks for applying for the Payroll Specialist position. We will review your "
            "application and contact you if your skills fit. If you aren't selected for this "
            "role, we will keep your CV on file for future openings.",
            "application_received",
        ),
        (
            "Candidatura ricevuta",
            "Gentile candidata, le confermiamo di aver ricevuto la sua candidatura per la posizione "
            "di contabile. Qualora fosse idonea, sarà nostra cura contattarla per un colloquio.",
            "application_received",
        ),
        (
            "Votre candidature",
            "Merci pour votre candidature au poste de comptable, nous l'avons bien reçue. Si votre "
            "candidature n'est pas retenue, nous conserverons votre CV.",
            "application_received",
        ),
        # the decisions they guard still decide
        (
            "Your application",
            "Thank you for meeting the team. We have decided to extend an offer to a candidate "
            "with deeper payroll experience.",
            "rejection",
        ),
        (
            "Deine Bewerbung",
            "Danke für deine Bewerbung als Designer! Für diese Rolle passt es leider nicht, "
            "deshalb müssen wir dir absagen.",
            "rejection",
        ),
        (
            "Vaga de Analista",
            "Olá! Agradecemos sua participação na entrevista. Informamos que a vaga de Analista "
            "já foi preenchida.",
            "rejection",
        ),
        (
            "Poste de comptable",
            "Bonjour, nous vous remercions pour votre entretien. Le poste de comptable est "
            "désormais pourvu.",
            "rejection",
        ),
        # assessments in few words
        (
            "Processo seletivo – Analista",
            "Olá! Você avançou para a etapa de testes da vaga de Analista. Prazo: sexta-feira.",
            "assessment",
        ),
        (
            "Ihre Bewerbung",
            "Vielen Dank für Ihre Bewerbung als Controller. Der nächste Schritt ist eine "
            "Fallstudie, die Sie bis Freitag zurücksenden.",
            "assessment",
        ),
        (
            "Sollicitatie",
            "Bedankt voor je sollicitatie als developer. We sturen je een technische opdracht "
            "die je binnen een week inlevert.",
            "assessment",
        ),
        # a moved meeting stays a meeting, a scheduling "passt nicht" no refusal
        (
            "Unser Gespräch",
            "Leider passt Dienstag nicht, können wir das Gespräch auf Freitag verschieben?",
            "other",
        ),
    ],
)
def test_the_fourteenth_batch_refusal_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want


@pytest.mark.parametrize(
    "headers",
    [
        b"From: Acme <no-reply@flatchr.io>\nSubject: Acme - Comptable\n",
        b"From: Acme <no-reply@shop.example>\nSubject: Acme - Comptable H/F\n",
        b"From: Acme <noreply@shop.example>\nSubject: Entwickler (m/w/d)\n",
        b"From: Acme <naoresponda@gupy.com.br>\nSubject: Nova etapa\n",
    ],
)
def test_the_first_pass_keeps_ats_mail_and_gendered_job_titles(headers: bytes) -> None:
    assert could_be_job_mail(headers)
