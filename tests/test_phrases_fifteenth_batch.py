"""The fifteenth batch's families of issue 12 in every language: sentences written for these
tests, not taken from the corpus, that each family must find, near misses it must leave
alone, and whole messages whose decision the families settle."""

from __future__ import annotations

import pytest

from tests.test_phrases_invitations import found, kind

STEP_TASK = "assessment/the_step_consists_of_a_task"
PRESENTED = "veto_interview/task_presented_at_the_interview"
NEXT_ROUND = "job/you_are_through_to_the_next_round"
MOVED = "employment/your_interview_is_moved"
LATER_ROUND = "interview/your_next_round_with_someone"
OWN = "veto_interview/i_got_through_to_the_interview"
PROCESS = "veto_interview/the_process_lists_its_stages"
SENT = "application_received/thanks_for_sending_your_application"
STAGE = "veto_interview/moved_to_the_named_stage"

MUST_FIND: list[tuple[str, str]] = [
    # a work sample is what the step consists of, or what comes as the next step
    (STEP_TASK, "The second round consists of a case study you work on at home."),
    (STEP_TASK, "As a next step, we have a design challenge for you."),
    (STEP_TASK, "La fase técnica consiste en un caso práctico de dos horas."),
    (STEP_TASK, "Como siguiente paso, tenemos un reto técnico para ti."),
    (STEP_TASK, "Die zweite Runde besteht aus einer Fallstudie."),
    (STEP_TASK, "La prochaine étape consiste en une étude de cas à préparer."),
    (STEP_TASK, "Comme prochaine étape, il y a un cas pratique à rendre."),
    (STEP_TASK, "La fase successiva consiste in un caso studio da preparare."),
    (STEP_TASK, "Come prossimo passo, c'è un caso pratico da svolgere."),
    (STEP_TASK, "Como próxima etapa, temos um desafio técnico para você."),
    (STEP_TASK, "A fase seguinte consiste num estudo de caso."),
    (STEP_TASK, "De tweede ronde bestaat uit een praktijkopdracht."),
    (STEP_TASK, "Als volgende stap hebben we een case-opdracht voor je."),
    # a task prepared to be presented at the interview: the interview delivers the assessment
    (PRESENTED, "Please prepare the case study and present it during your final interview."),
    (PRESENTED, "Prepara el caso práctico y preséntalo durante la entrevista final."),
    (PRESENTED, "Die Fallstudie präsentieren Sie bitte im Gespräch mit dem Team."),
    (PRESENTED, "Vous présenterez l'étude de cas lors de votre entretien final."),
    (PRESENTED, "Il caso studio andrà presentato durante il colloquio finale."),
    (PRESENTED, "O estudo de caso será apresentado na entrevista final."),
    (PRESENTED, "De casus presenteer je tijdens het laatste gesprek."),
    # the candidate is through to the next round (job vocabulary: opens the gate)
    (NEXT_ROUND, "Great news: you're through to the next round!"),
    (NEXT_ROUND, "Enhorabuena, pasas a la siguiente fase."),
    (NEXT_ROUND, "Glückwunsch, du bist jetzt in der nächsten Runde."),
    (NEXT_ROUND, "Bonne nouvelle : vous passez à l'étape suivante."),
    (NEXT_ROUND, "Complimenti, sei passato alla fase successiva."),
    (NEXT_ROUND, "Parabéns, você avançou para a próxima etapa."),
    (NEXT_ROUND, "Fijn dat je door bent naar de volgende ronde."),
    # the candidate's own interview is moved (employment talk: outweighs a board meeting)
    (MOVED, "Sorry, we have to reschedule your interview to next week."),
    (MOVED, "Tenemos que aplazar tu entrevista al jueves."),
    (MOVED, "Wir müssen Ihr Vorstellungsgespräch leider auf Freitag verschieben."),
    (MOVED, "Nous devons décaler votre entretien d'une heure."),
    (MOVED, "Dobbiamo spostare il tuo colloquio a lunedì."),
    (MOVED, "Precisamos remarcar a sua entrevista para terça."),
    (MOVED, "We moeten je gesprek helaas verzetten naar woensdag."),
    # a later round with a named person
    (LATER_ROUND, "Here is the link for your final round with Priya."),
    (LATER_ROUND, "Te paso los datos de tu segunda ronda con nuestra CTO."),
    (LATER_ROUND, "Hier die Einwahldaten für deine zweite Runde mit Jonas."),
    (LATER_ROUND, "Voici le lien pour votre deuxième entretien avec Claire."),
    (LATER_ROUND, "Ecco il link per il tuo secondo colloquio con Marco."),
    (LATER_ROUND, "Seguem os dados da sua segunda entrevista com o diretor."),
    (LATER_ROUND, "Hierbij de link voor je tweede ronde met Pieter."),
    # the sender got through to an interview themselves
    (OWN, "Guess what, I got through to the final interview at Acme!"),
    (OWN, "¡Pasé a la entrevista final en la consultora!"),
    (OWN, "Stell dir vor, ich habe das finale Gespräch bei der Bank!"),
    (OWN, "Je suis passée en entretien final chez L'Oréal !"),
    (OWN, "Sono passata al colloquio finale in banca!"),
    (OWN, "Cheguei à etapa final do processo na startup!"),
    (OWN, "Ik ben door naar het laatste gesprek bij de gemeente!"),
    # the process described ahead as a list of its stages
    (PROCESS, "The process consists of a recruiter call, a take-home task and a final interview."),
    (
        PROCESS,
        "El proceso incluye una llamada con Personas, una prueba técnica y una entrevista final.",
    ),
    (
        PROCESS,
        "Das Auswahlverfahren besteht aus einem Telefonat, einer Fallstudie und einem Gespräch.",
    ),
    (PROCESS, "Le processus comprend un appel RH, un test technique et un entretien final."),
    (PROCESS, "Il processo prevede una call con HR, un test e un colloquio finale."),
    (PROCESS, "O processo seletivo inclui uma conversa com RH, um teste e uma entrevista final."),
    (PROCESS, "De procedure bestaat uit een belafspraak, een assessment en een eindgesprek."),
    # thanks for sending the application
    (SENT, "Thanks for sending us your application for the analyst role."),
    (SENT, "Gracias por enviar tu candidatura a Tecnología."),
    (SENT, "Vielen Dank für das Zusenden Ihrer Bewerbung."),
    (SENT, "Merci d'avoir envoyé votre candidature."),
    (SENT, "Grazie per aver inviato la tua candidatura."),
    (SENT, "Obrigada por enviar a sua candidatura."),
    (SENT, "Bedankt voor het insturen van je sollicitatie."),
    # an ATS status change to a stage named in quotes
    (STAGE, 'Your application has moved to the stage "Team interview".'),
    (STAGE, "Tu candidatura ha pasado a la fase «Entrevista técnica»."),
    (STAGE, "Deine Bewerbung ist jetzt in der Phase „Interview mit dem Team“."),
    (STAGE, "Votre candidature est passée à l'étape « Entretien RH »."),
    (STAGE, 'La tua candidatura è passata alla fase "Colloquio tecnico".'),
    (STAGE, "A sua candidatura avançou para a etapa 'Entrevista final'."),
    (STAGE, "Je sollicitatie is doorgeschoven naar de fase 'Gesprek met het team'."),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    # a step that consists of something else than a work sample
    (STEP_TASK, "The next step consists of a short call with the hiring manager."),
    (STEP_TASK, "Die Lieferung besteht aus einer Kiste und zwei Kabeln."),
    (STEP_TASK, "The bundle consists of a case and a charger."),
    # a presentation at an interview with no task handed over
    (PRESENTED, "Please present yourself during your final interview."),
    (PRESENTED, "We will present the team during the interview."),
    # a next round of something that is no selection
    (NEXT_ROUND, "The team is through to the next round of the cup."),
    (NEXT_ROUND, "Helaas ga je niet door naar de volgende ronde."),
    (MOVED, "My interview got moved to Friday."),
    (MOVED, "Can we move the board meeting to Thursday?"),
    (LATER_ROUND, "Your second round of golf with the club starts at nine."),
    (LATER_ROUND, "Your next conversation with your manager is on Monday."),
    (OWN, "I got the final invoice from the builder."),
    (OWN, "We invite you to the final interview on Tuesday."),
    (PROCESS, "The process consists of three steps."),
    (PROCESS, "El proceso de selección es rápido."),
    (SENT, "Thanks for sending the invoice."),
    (SENT, "Gracias por enviar tu pedido."),
    (STAGE, "The project has moved to the next phase."),
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
        # a work sample as the round, with its hand-in time
        (
            "Volgende stap",
            "Hoi Sam, fijn dat je door bent naar de volgende ronde. Die bestaat uit een "
            "praktijkopdracht: je ontvangt dinsdag de stukken en levert donderdag je uitwerking in.",
            "assessment",
        ),
        (
            "Próximos passos",
            "Oi Sam! Como próxima etapa, temos um desafio técnico: montar uma API pequena. "
            "Você tem até sexta pra mandar o repositório.",
            "assessment",
        ),
        # a case study handed over, to be presented at the final interview
        (
            "Case study - Analyst",
            "Hi Sam, attached is the case study for the next stage. Please prepare a short deck "
            "that you will present during your final interview with the panel.",
            "assessment",
        ),
        (
            "Caso studio",
            "Ciao Sam, in allegato trovi il caso studio: andrà presentato durante il colloquio "
            "finale con il direttore.",
            "assessment",
        ),
        # an interviewer's other meeting does not make the moved interview non-hiring
        (
            "Re: Interview",
            "Hi Sam, our director has been called into a board meeting on Thursday, so we need "
            "to move your interview. Could we do Friday at 11:00 instead?",
            "interview",
        ),
        # the details of a later round with a named person
        (
            "Zoom",
            "Hoi Sam, hierbij de gegevens voor je tweede ronde met onze CTO. "
            "Donderdag 14:00, https://zoom.us/j/123456789",
            "interview",
        ),
        # a friend's own final interview
        (
            "!!",
            "Sam!! Ich habe das finale Gespräch bei der Versicherung, am Donnerstag um 10. "
            "Übst du vorher mit mir?",
            "other",
        ),
        # a receipt that lists the stages to come
        (
            "Candidature reçue",
            "Bonjour Sam, nous accusons réception de votre candidature. Le processus comprendra "
            "un entretien RH, un test technique et un entretien final avec l'équipe.",
            "application_received",
        ),
        (
            "Tu candidatura",
            "Hola Sam, gracias por enviar tu candidatura para Analista. La revisaremos y te "
            "responderemos en las próximas dos semanas.",
            "application_received",
        ),
        # an ATS status change to a named interview stage, the times still to come
        (
            "Update zu deiner Bewerbung",
            "Hallo Sam, deine Bewerbung als Analyst ist jetzt in der Phase „Interview mit dem "
            "Team“. Du bekommst bald eine Nachricht mit Terminvorschlägen.",
            "other",
        ),
        # an interview with no task to present stays an interview
        (
            "Final interview",
            "Hi Sam, we'd like to invite you to your final interview on Tuesday at 10:00 "
            "with our CFO. Please confirm the time works.",
            "interview",
        ),
    ],
)
def test_the_fifteenth_batch_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want
