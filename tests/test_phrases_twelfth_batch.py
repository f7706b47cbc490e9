"""The twelfth batch's families of issue 12 (offers, assessments, acknowledgements, a first
call; and mail that only talks about an interview) in every language: sentences written
for these tests, not taken from the corpus, that each family must find, near misses it must
leave alone, and whole messages whose decision the families settle."""

from __future__ import annotations

import pytest

from tests.test_phrases_invitations import found, kind

MUST_FIND: list[tuple[str, str]] = [
    # an offer in plain words
    (
        "offer/want_you_to_join_as_en",
        "We would really like you to join Harbor Labs as our data lead.",
    ),
    ("offer/want_you_to_join_as_en", "we want you to join the team as Store Manager"),
    ("offer/love_to_have_you_said_alone_en", "Honestly, we'd love to have you!"),
    ("offer/we_propose_to_hire_you", "Ti proponiamo un contratto come magazziniere."),
    ("offer/we_propose_to_hire_you", "Te proponemos la incorporación como jefe de turno."),
    ("offer/we_propose_to_hire_you", "Nous vous proposons un CDI au poste de comptable."),
    ("offer/we_propose_to_hire_you", "Propomos-lhe a contratação como analista."),
    (
        "offer/we_propose_to_hire_you",
        "Wir bieten Ihnen gerne einen unbefristeten Arbeitsvertrag an.",
    ),
    ("offer/we_propose_to_hire_you", "Wij bieden je graag een vast contract aan."),
    # the pay in figures
    ("offer/pay_in_figures", "The salary of $95,000 is paid twice a month."),
    ("offer/pay_in_figures", "$18.50/hr plus tips"),
    ("offer/pay_in_figures", "RAL di 38.000 euro"),
    ("offer/pay_in_figures", "3.600 EUR brutto im Monat"),
    ("offer/pay_in_figures", "42 000 € bruts annuels"),
    ("offer/pay_in_figures", "28.000 € brutos anuales"),
    ("offer/pay_in_figures", "salário de R$ 6.500"),
    ("offer/pay_in_figures", "€ 3.900 bruto per maand"),
    # the employment contract is job vocabulary
    ("job/employment_contract_and_shift_roles", "Im Anhang finden Sie Ihren Arbeitsvertrag."),
    ("job/employment_contract_and_shift_roles", "Le contrat de travail est en pièce jointe."),
    ("job/employment_contract_and_shift_roles", "Segue o contrato de trabalho para assinatura."),
    ("job/employment_contract_and_shift_roles", "De arbeidsovereenkomst sturen we morgen."),
    ("job/for_or_about_the_role_nl", "Ik bel je graag over de rol van data-analist."),
    ("job/for_or_about_the_role_nl", "Bedankt voor je interesse voor deze rol."),
    # a plain invitation sent with its calendar entry
    (
        "interview/calendar_invite_for_our_call",
        "Hierbij de uitnodiging voor het gesprek van dinsdag.",
    ),
    # online tests and an exercise handed over
    ("assessment/online_tests", "The next step is a set of online tests."),
    ("assessment/online_tests", "Te invitamos a realizar unas pruebas en línea."),
    ("assessment/online_tests", "Bitte absolvieren Sie den Online-Test bis Freitag."),
    ("assessment/online_tests", "Merci de passer les tests en ligne avant jeudi."),
    ("assessment/online_tests", "Ti chiediamo di completare le prove online."),
    ("assessment/online_tests", "Maak de online toetsen binnen een week."),
    ("assessment/we_hand_you_an_exercise", "We're sending you a short product challenge."),
    ("assessment/we_hand_you_an_exercise", "Le enviamos un caso práctico para resolver."),
    ("assessment/we_hand_you_an_exercise", "Enviamos-lhe um estudo de caso."),
    ("assessment/we_hand_you_an_exercise", "Nous vous adressons un exercice à rendre lundi."),
    ("assessment/we_hand_you_an_exercise", "Ti inviamo un esercizio da svolgere a casa."),
    ("assessment/we_hand_you_an_exercise", "Wir senden Ihnen anbei eine kleine Fallstudie."),
    ("assessment/we_hand_you_an_exercise", "We sturen je hierbij een korte opdracht."),
    # the application said to be received
    (
        "application_received/application_was_received_all",
        "Your application for the role has been successfully received.",
    ),
    (
        "application_received/application_was_received_all",
        "Tu postulación a la vacante ha sido registrada.",
    ),
    (
        "application_received/application_was_received_all",
        "Votre candidature a bien été enregistrée.",
    ),
    (
        "application_received/application_was_received_all",
        "Ihre Bewerbung wurde erfolgreich empfangen.",
    ),
    ("application_received/application_was_received_all", "Je sollicitatie is goed ontvangen."),
    ("application_received/application_was_received_all", "A sua candidatura foi recebida."),
    ("application_received/we_received_your_application_all", "Hemos recibido tu candidatura."),
    (
        "application_received/we_received_your_application_all",
        "Abbiamo ricevuto la tua candidatura.",
    ),
    ("application_received/we_received_your_application_all", "Recebemos a sua candidatura."),
    ("application_received/we_received_your_application_all", "Nous avons bien reçu votre CV."),
    # a first call proposed
    ("interview/a_first_chat", "Te llamo el martes para una primera charla."),
    ("interview/a_first_chat", "Je vous appelle jeudi pour un premier échange."),
    ("interview/a_first_chat", "Ich rufe Sie morgen für ein erstes Telefonat an."),
    ("interview/a_first_chat", "Ligo amanhã para uma primeira conversa."),
    ("interview/a_first_chat", "Ik bel je vrijdag voor een eerste kennismaking."),
    # talk about an interview that is no invitation
    (
        "veto_interview/candidate_experience_survey",
        "Tell us about your interview experience in a 2-minute survey.",
    ),
    (
        "veto_interview/candidate_experience_survey",
        "¿Cómo fue tu experiencia? Responde la encuesta.",
    ),
    ("veto_interview/candidate_experience_survey", "Wie war Ihre Bewerbungserfahrung?"),
    ("veto_interview/candidate_experience_survey", "Répondez à notre enquête de satisfaction."),
    ("veto_interview/candidate_experience_survey", "Com'è andata la tua esperienza con noi?"),
    ("veto_interview/candidate_experience_survey", "Como foi sua experiência no processo?"),
    ("veto_interview/candidate_experience_survey", "Hoe was je sollicitatie-ervaring?"),
    ("veto_interview/mock_interview_all", "On fait une simulation d'entretien samedi ?"),
    ("veto_interview/mock_interview_all", "Hagamos un simulacro de entrevista el jueves."),
    ("veto_interview/mock_interview_all", "Facciamo una simulazione di colloquio?"),
    ("veto_interview/mock_interview_all", "Vamos fazer uma simulação de entrevista?"),
    ("veto_interview/mock_interview_all", "Wollen wir ein Probegespräch machen?"),
    ("veto_interview/mock_interview_all", "Zullen we een oefengesprek doen?"),
    (
        "veto_interview/someone_elses_interview",
        "My brother has a job interview at the bank tomorrow.",
    ),
    ("veto_interview/someone_elses_interview", "Mi hijo tiene una entrevista el lunes."),
    ("veto_interview/someone_elses_interview", "Minha irmã tem entrevista amanhã."),
    ("veto_interview/someone_elses_interview", "Ma sœur a un entretien jeudi."),
    ("veto_interview/someone_elses_interview", "Mia figlia ha un colloquio domani."),
    ("veto_interview/someone_elses_interview", "Mein Bruder hat morgen ein Vorstellungsgespräch."),
    ("veto_interview/someone_elses_interview", "Mijn zus heeft morgen een sollicitatiegesprek."),
    ("veto_interview/if_your_profile_fits_all", "Si tu perfil encaja, te contactaremos."),
    ("veto_interview/if_your_profile_fits_all", "Sollte Ihr Profil passen, melden wir uns."),
    ("veto_interview/if_your_profile_fits_all", "Se il tuo profilo sarà in linea, ti chiameremo."),
    (
        "veto_interview/if_your_profile_fits_all",
        "Caso seu perfil seja selecionado, entraremos em contato.",
    ),
    ("veto_interview/if_your_profile_fits_all", "Als je profiel aansluit, nemen we contact op."),
    (
        "veto_interview/after_your_interview_all",
        "Tras tu entrevista con Marta, te enviamos la prueba.",
    ),
    (
        "veto_interview/after_your_interview_all",
        "Nach Ihrem Gespräch mit Frau Lenz folgt die Aufgabe.",
    ),
    ("veto_interview/after_your_interview_all", "Dopo il colloquio ti mandiamo il test."),
    ("veto_interview/after_your_interview_all", "Após a sua entrevista, segue o desafio."),
    (
        "veto_interview/after_your_interview_all",
        "Naar aanleiding van je gesprek sturen we de casus.",
    ),
    ("veto_interview/interview_tips_all", "Diez consejos para tu entrevista de trabajo"),
    ("veto_interview/interview_tips_all", "Nos conseils pour réussir votre entretien"),
    ("veto_interview/interview_tips_all", "Dicas para a sua entrevista"),
    ("veto_interview/interview_tips_all", "Tipps für Ihr Vorstellungsgespräch"),
    (
        "veto_interview/an_agency_sends_a_candidates_profile",
        "Le presento el perfil de Ana Ruiz para su vacante.",
    ),
    (
        "veto_interview/an_agency_sends_a_candidates_profile",
        "Ti invio il profilo di Marco Bianchi per la vostra posizione.",
    ),
    (
        "veto_interview/an_agency_sends_a_candidates_profile",
        "Nous vous proposons le profil de Mme Girard.",
    ),
    (
        "nonjob/application_to_a_grant_programme_en",
        "Thanks for your application to the Mini-Grant fund.",
    ),
    ("nonjob/application_to_a_grant_programme_en", "The arts grant panel meets in March."),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    ("job/for_or_about_the_role_nl", "We praten over de rol van de gemeente in het project."),
    ("process/hiring_talk", "We praten over de rol van het bestuur."),
    ("offer/want_you_to_join_as_en", "We'd like you to join us for a second interview."),
    (
        "offer/love_to_have_you_said_alone_en",
        "We'd love to have you join us for lunch with the team.",
    ),
    ("offer/we_propose_to_hire_you", "Nous vous proposons un entretien mardi."),
    ("offer/we_propose_to_hire_you", "Te proponemos una entrevista el lunes."),
    ("offer/pay_in_figures", "The ticket costs $25 and doors open at 7."),
    ("offer/pay_in_figures", "Revenue grew to $118k last quarter."),
    ("assessment/online_tests", "We test online banking every week."),
    ("assessment/we_hand_you_an_exercise", "Nous vous proposons un entretien jeudi."),
    ("assessment/we_hand_you_an_exercise", "Te enviamos la invitación para la entrevista."),
    ("application_received/application_was_received_all", "Your application was rejected."),
    ("application_received/we_received_your_application_all", "Hemos recibido tu mensaje."),
    ("interview/a_first_chat", "Grazie per la prima chiacchierata di ieri."),
    ("veto_interview/candidate_experience_survey", "How was your weekend?"),
    ("veto_interview/mock_interview_all", "Votre entretien est jeudi à 10 h."),
    ("veto_interview/someone_elses_interview", "Your interview with my colleague is on Monday."),
    ("veto_interview/if_your_profile_fits_all", "Tu perfil nos encantó: ¿hablamos el lunes?"),
    ("veto_interview/after_your_interview_all", "Votre entretien aura lieu jeudi."),
    ("veto_interview/interview_tips_all", "Tu entrevista es el lunes a las 10."),
    (
        "veto_interview/an_agency_sends_a_candidates_profile",
        "Je vous présente le profil de poste avant notre entretien.",
    ),
    ("nonjob/application_to_a_grant_programme_en", "Your application for the analyst role."),
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
            "Good news",
            "Great talking today. We'd like you to join Harbor Labs as Data Lead, with a salary of $104,000.",
            "offer",
        ),
        (
            "Proposta",
            "Dopo il colloquio le proponiamo l'assunzione come magazziniere, RAL 31.000 euro.",
            "offer",
        ),
        (
            "Zusage",
            "Wir bieten Ihnen einen unbefristeten Arbeitsvertrag an: 3.900 EUR brutto im Monat.",
            "offer",
        ),
        (
            "Próxima etapa",
            "Você avançou no processo da vaga: faça os testes online até sexta.",
            "assessment",
        ),
        (
            "Étape suivante",
            "Suite à votre entretien, nous vous adressons un cas pratique à rendre sous une semaine.",
            "assessment",
        ),
        (
            "Candidatura ricevuta",
            "La tua candidatura per la posizione di magazziniere è stata registrata. "
            "In caso di interesse ti contatteremo per un colloquio.",
            "application_received",
        ),
        (
            "Candidatura",
            "Ho letto il suo CV per la posizione: la chiamo lunedì per una prima telefonata.",
            "interview",
        ),
        (
            "Your interview with Acme",
            "Thanks for interviewing with us! How was your interview experience? Take the survey here.",
            "other",
        ),
        (
            "Gesprek",
            "Hoi Alex, hierbij de uitnodiging voor het gesprek over de rol van planner, dinsdag om 10:00.",
            "interview",
        ),
        ("entretien", "Ma sœur a un entretien d'embauche jeudi, tu peux l'aider ?", "other"),
        (
            "Candidat pour votre poste",
            "Je vous présente la candidature de M. Roche pour votre poste de comptable. Seriez-vous disponible mardi ?",
            "other",
        ),
    ],
)
def test_the_twelfth_batch_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want
