"""The refusal families of the twelfth batch's misses (issue 12) in every language they
cover: someone else hired or a colleague promoted into the role, the role not opened after
all, a public employer's list that excludes the candidate, a German refusal said as the
verb. Sentences written for these tests (not corpus text) that each family must find, near
misses it must leave alone, and whole messages whose decision the families settle."""

from __future__ import annotations

import pytest

from tests.test_phrases_invitations import found, kind

MUST_FIND: list[tuple[str, str]] = [
    # someone else hired, or a colleague promoted into the role
    ("rejection/hired_or_promoted_someone_else", "They decided to hire someone else for the job."),
    (
        "rejection/hired_or_promoted_someone_else",
        "We ended up promoting someone from within the team into the buyer role.",
    ),
    (
        "rejection/hired_or_promoted_someone_else",
        "Al final hemos promocionado a una persona de nuestro equipo para cubrir el puesto.",
    ),
    (
        "rejection/hired_or_promoted_someone_else",
        "No fim decidimos contratar outra pessoa para a vaga.",
    ),
    (
        "rejection/hired_or_promoted_someone_else",
        "Acabamos promovendo uma pessoa do nosso time para a posição.",
    ),
    (
        "rejection/hired_or_promoted_someone_else",
        "Wir haben uns entschieden, eine andere Person einzustellen.",
    ),
    (
        "rejection/hired_or_promoted_someone_else",
        "We hebben besloten iemand anders aan te nemen voor deze functie.",
    ),
    # the position could be filled, the modal before the participle
    (
        "rejection/vacancy_could_be_filled_de",
        "Die Stelle konnte zwischenzeitlich intern besetzt werden.",
    ),
    ("rejection/vacancy_could_be_filled_de", "Die Position konnte inzwischen vergeben werden."),
    # a German refusal said as the verb
    ("rejection/absagen_muessen_de", "Wir bedauern, Ihnen absagen zu müssen."),
    ("rejection/absagen_muessen_de", "Leider müssen wir dir diesmal absagen."),
    ("rejection/absagen_muessen_de", "Wir können Ihnen heute nur eine Absage erteilen."),
    # the role not opened or filled after all
    (
        "rejection/decided_not_to_open_the_role",
        "After the budget review we decided not to open the analyst role after all.",
    ),
    (
        "rejection/decided_not_to_open_the_role",
        "Hemos decidido no abrir finalmente la posición de coordinador.",
    ),
    ("rejection/decided_not_to_open_the_role", "A gente decidiu não abrir mais a posição."),
    (
        "rejection/decided_not_to_open_the_role",
        "Wir haben beschlossen, die Stelle vorerst nicht zu besetzen.",
    ),
    ("rejection/decided_not_to_open_the_role", "Nous avons décidé de ne pas ouvrir le poste."),
    (
        "rejection/decided_not_to_open_the_role",
        "Abbiamo deciso di non aprire più la posizione.",
    ),
    (
        "rejection/decided_not_to_open_the_role",
        "We hebben besloten de vacature niet open te stellen.",
    ),
    # the selection process closed
    ("rejection/process_closed_for_everyone", "O processo seletivo foi encerrado para todos."),
    ("rejection/process_closed_for_everyone", "El proceso de selección ha quedado cerrado."),
    ("rejection/process_closed_for_everyone", "Das Verfahren wurde abgebrochen."),
    ("rejection/process_closed_for_everyone", "Il processo di selezione è stato chiuso."),
    ("rejection/process_closed_for_everyone", "The recruitment process has been cancelled."),
    # a public employer's list excludes the candidate
    (
        "rejection/excluded_or_not_admitted",
        "Su solicitud figura como EXCLUIDA en la lista definitiva.",
    ),
    ("rejection/excluded_or_not_admitted", "Ha resultado excluida del proceso selectivo."),
    ("rejection/excluded_or_not_admitted", "La S.V. non è pertanto ammessa alla prova orale."),
    ("rejection/excluded_or_not_admitted", "Lei risulta esclusa dalla graduatoria."),
    ("rejection/excluded_or_not_admitted", "Vous n'êtes pas admise à l'épreuve orale."),
    ("rejection/excluded_or_not_admitted", "Você não foi aprovado na etapa de provas."),
    ("rejection/excluded_or_not_admitted", "A candidata foi eliminada do concurso."),
    ("rejection/excluded_or_not_admitted", "Sie wurden nicht zum Auswahlverfahren zugelassen."),
    ("rejection/excluded_or_not_admitted", "U bent niet toegelaten tot de volgende ronde."),
    (
        "rejection/excluded_or_not_admitted",
        "You did not meet the minimum qualifications for this position.",
    ),
    (
        "rejection/excluded_or_not_admitted",
        "Your application has been deemed ineligible for further consideration.",
    ),
    # the decision was not in the candidate's favour
    (
        "rejection/decision_not_in_your_favour",
        "The panel made its decision and it was not in your favour.",
    ),
    ("rejection/decision_not_in_your_favour", "La valoración final no ha sido favorable."),
    ("rejection/decision_not_in_your_favour", "A decisão final não foi favorável ao seu perfil."),
    ("rejection/decision_not_in_your_favour", "La décision n'a pas été en votre faveur."),
    ("rejection/decision_not_in_your_favour", "La decisione non è stata a tuo favore."),
    ("rejection/decision_not_in_your_favour", "Die Auswahl fiel nicht zu Ihren Gunsten aus."),
    (
        "rejection/decision_not_in_your_favour",
        "De beslissing is niet in jouw voordeel uitgevallen.",
    ),
    # other applicants matched better
    (
        "rejection/other_candidates_better_match_en",
        "Other applicants more closely matched what the team needs.",
    ),
    ("rejection/other_candidates_better_match_en", "Other candidates better fit the brief."),
    # the application not taken forward
    ("rejection/application_not_taken_forward", "Your application will not be taken forward."),
    (
        "rejection/application_not_taken_forward",
        "We're not going to be moving ahead with your candidacy.",
    ),
    ("rejection/application_not_taken_forward", "La tua candidatura non andrà avanti."),
    (
        "rejection/application_not_taken_forward",
        "Votre candidature ne sera pas retenue pour la suite.",
    ),
    (
        "rejection/application_not_taken_forward",
        "Neste momento não daremos continuidade à sua candidatura.",
    ),
    (
        "rejection/application_not_taken_forward",
        "Wir werden den Prozess nicht mit Ihnen fortführen.",
    ),
    # the position no longer open
    ("rejection/position_no_longer_available", "The analyst position is no longer available."),
    ("rejection/position_no_longer_available", "El puesto ya no está disponible."),
    ("rejection/position_no_longer_available", "A vaga não está mais disponível."),
    ("rejection/position_no_longer_available", "Die Stelle ist leider nicht mehr vakant."),
    ("rejection/position_no_longer_available", "Le poste n'est plus à pourvoir."),
    ("rejection/position_no_longer_available", "La posizione non è più aperta."),
    ("rejection/position_no_longer_available", "De functie is komen te vervallen."),
    # someone already found for the role
    ("rejection/someone_found_for_the_role", "We've already found someone for this role."),
    ("rejection/someone_found_for_the_role", "We have now appointed the successful candidate."),
    ("rejection/someone_found_for_the_role", "Ya hemos encontrado a alguien para el puesto."),
    ("rejection/someone_found_for_the_role", "Já selecionamos a pessoa que vai ocupar a vaga."),
    (
        "rejection/someone_found_for_the_role",
        "Wir haben bereits jemanden für die Stelle gefunden.",
    ),
    (
        "rejection/someone_found_for_the_role",
        "Wir haben die Position bereits mit einer passenden Person besetzt.",
    ),
    ("rejection/someone_found_for_the_role", "Nous avons trouvé quelqu'un pour ce poste."),
    (
        "rejection/someone_found_for_the_role",
        "Abbiamo già individuato la persona per questo ruolo.",
    ),
    ("rejection/someone_found_for_the_role", "We hebben al iemand gevonden voor deze functie."),
    ("rejection/someone_found_for_the_role", "We hebben de vacature inmiddels ingevuld."),
    # the employer closed the application, or decided against hiring
    ("rejection/decided_to_close_your_application", "We have decided to close your application."),
    ("rejection/decided_to_close_your_application", "Hemos decidido cerrar tu candidatura."),
    (
        "rejection/decided_to_close_your_application",
        "Decidimos encerrar sua participação no processo.",
    ),
    (
        "rejection/decided_to_close_your_application",
        "Nous avons décidé de clôturer votre candidature.",
    ),
    (
        "rejection/decided_to_close_your_application",
        "Abbiamo deciso di chiudere la tua candidatura.",
    ),
    (
        "rejection/decided_to_close_your_application",
        "We hebben besloten je sollicitatie af te sluiten.",
    ),
    (
        "rejection/decided_to_close_your_application",
        "Wir haben uns gegen eine Einstellung entschieden.",
    ),
    # the candidate did not pass the stage, or was found unsuitable
    (
        "rejection/did_not_pass_the_stage",
        "Lamentamos comunicarte que no has superado la entrevista.",
    ),
    ("rejection/did_not_pass_the_stage", "Você não passou para a próxima etapa."),
    ("rejection/did_not_pass_the_stage", "Ihre Bewerbung kann nicht berücksichtigt werden."),
    ("rejection/did_not_pass_the_stage", "Il tuo profilo non è stato ritenuto idoneo."),
    ("rejection/did_not_pass_the_stage", "Je bent helaas afgewezen voor de functie."),
    ("rejection/did_not_pass_the_stage", "Je komt niet in aanmerking voor deze functie."),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    # a promotion with no role named is team news
    (
        "rejection/hired_or_promoted_someone_else",
        "We promoted someone from within the team to lead the project.",
    ),
    ("rejection/hired_or_promoted_someone_else", "We hired someone from our network last year."),
    # not filled yet is not filled
    ("rejection/vacancy_could_be_filled_de", "Die Stelle konnte noch nicht besetzt werden."),
    ("rejection/vacancy_could_be_filled_de", "Die Stelle konnte leider nicht besetzt werden."),
    ("rejection/absagen_muessen_de", "Wir müssen den Termin leider absagen."),
    # admitted is not excluded
    ("rejection/excluded_or_not_admitted", "Sei stato ammesso alla prova orale."),
    ("rejection/excluded_or_not_admitted", "Su solicitud figura como ADMITIDA en la lista."),
    ("rejection/excluded_or_not_admitted", "Você foi aprovado na etapa de provas."),
    ("rejection/excluded_or_not_admitted", "Vous êtes admis à l'épreuve orale."),
    ("rejection/excluded_or_not_admitted", "Sie wurden zum Auswahlverfahren zugelassen."),
    (
        "rejection/excluded_or_not_admitted",
        "The lists of admitted and excluded candidates are out.",
    ),
    ("rejection/decided_not_to_open_the_role", "We decided not to open the office on Friday."),
    ("rejection/decision_not_in_your_favour", "The decision was in your favour."),
    ("rejection/decision_not_in_your_favour", "Die Entscheidung fiel zu Ihren Gunsten aus."),
    ("rejection/position_no_longer_available", "The discount is no longer available."),
    ("rejection/position_no_longer_available", "Die Stelle ist noch offen."),
    ("rejection/someone_found_for_the_role", "We found someone to fix the roof."),
    ("rejection/someone_found_for_the_role", "We hope to find someone for this role soon."),
    ("rejection/someone_found_for_the_role", "De vacature moet nog ingevuld worden."),
    ("rejection/application_not_taken_forward", "Your application has been taken forward."),
    ("rejection/decided_to_close_your_application", "We decided to close the office early."),
    ("rejection/did_not_pass_the_stage", "Sei stato ritenuto idoneo."),
    ("rejection/did_not_pass_the_stage", "Je komt in aanmerking voor deze functie."),
    ("rejection/did_not_pass_the_stage", "Você passou para a próxima etapa."),
    ("rejection/did_not_pass_the_stage", "Ihre Bewerbung wird berücksichtigt."),
]


@pytest.mark.parametrize(("key", "text"), MUST_FIND)
def test_each_refusal_family_finds_its_wordings(key: str, text: str) -> None:
    assert key in found(text)


@pytest.mark.parametrize(("key", "text"), MUST_NOT_FIND)
def test_each_refusal_family_leaves_near_misses_alone(key: str, text: str) -> None:
    assert key not in found(text)


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Planner role update",
            "Thanks for interviewing with us. We ended up promoting someone from our own "
            "warehouse into the planner role; it had nothing to do with your interview.",
            "rejection",
        ),
        (
            "Ihre Bewerbung als Disponent",
            "Vielen Dank für Ihre Bewerbung. Die Stelle konnte inzwischen intern besetzt werden. "
            "Wir wünschen Ihnen alles Gute.",
            "rejection",
        ),
        (
            "Vaga de analista",
            "Oi! Depois da revisão do orçamento decidimos não abrir mais a vaga de analista. "
            "O processo foi encerrado para todos os candidatos.",
            "rejection",
        ),
        (
            "Concorso pubblico",
            "Si comunica che la S.V. non è ammessa alla prova orale del concorso pubblico per "
            "un posto di tecnico.",
            "rejection",
        ),
        (
            "Proceso selectivo",
            "Le informamos de que su solicitud figura como excluida en la lista definitiva del "
            "proceso selectivo para la plaza de técnico.",
            "rejection",
        ),
        (
            "Concorso pubblico",
            "Si comunica che la S.V. è ammessa alla prova orale del concorso pubblico.",
            "other",
        ),
        (
            "Your application for Store Manager",
            "Thank you for applying. The store manager position is no longer available; we "
            "will keep your CV on file.",
            "rejection",
        ),
        (
            "Je sollicitatie als analist",
            "Bedankt voor je sollicitatie. We hebben de vacature inmiddels ingevuld.",
            "rejection",
        ),
        (
            "La tua candidatura",
            "Grazie per il colloquio. Abbiamo già individuato la persona per questo ruolo.",
            "rejection",
        ),
        (
            "Weekend deals",
            "The discount is no longer available, but new offers start on Monday.",
            "other",
        ),
        (
            "Office painting",
            "Thanks for the quote. We decided to hire someone else to paint the office.",
            "other",
        ),
    ],
)
def test_the_refusal_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want
