"""The thirteenth batch's refusal families of issue 12 in every language: sentences written
for these tests, not taken from the corpus, that each family must find, near misses it must
leave alone, and whole messages whose decision the families settle."""

from __future__ import annotations

import pytest

from tests.test_phrases_invitations import found, kind

MUST_FIND: list[tuple[str, str]] = [
    # the candidate will not go on to the next stage, said to them
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "You will not be moving forward to the next round.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Lamentablemente no avanzarás a la siguiente etapa.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Você não seguirá para a próxima etapa do processo.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Purtroppo non passerai alla fase successiva.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Vous ne passerez pas à l'étape suivante du recrutement.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Leider kommen Sie nicht in die nächste Runde.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Helaas ga je niet door naar de volgende ronde.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Uw sollicitatie werd helaas niet weerhouden.",
    ),
    # the employer goes on with candidates who fit better
    (
        "rejection/continue_with_better_fitting_candidates_nl",
        "We kiezen voor kandidaten met meer ervaring in de zorg.",
    ),
    # another person, written with a gender colon or star
    (
        "rejection/chose_another_person_de",
        "Wir haben uns für eine:n andere:n Bewerber:in entschieden.",
    ),
    (
        "rejection/chose_another_person_de",
        "Wir haben uns für einen anderen Kandidat*innen-Vorschlag entschieden.",
    ),
    # the selection process described ahead of its steps
    ("veto_interview/our_process_includes", "Our selection process usually involves three steps."),
    ("veto_interview/our_process_includes", "Unser Auswahlprozess umfasst zwei Gespräche."),
    (
        "veto_interview/our_process_includes",
        "Notre processus de recrutement comprend trois étapes.",
    ),
    ("veto_interview/our_process_includes", "Nuestro proceso de selección consta de tres fases."),
    ("veto_interview/our_process_includes", "Il nostro iter di selezione prevede due colloqui."),
    ("veto_interview/our_process_includes", "O nosso processo seletivo inclui uma entrevista."),
    (
        "veto_interview/our_process_includes",
        "Onze sollicitatieprocedure bestaat uit twee gesprekken.",
    ),
    # a regret with an adverb inside, and "d'y donner une suite favorable"
    ("rejection/nous_regrettons_de_vous", "Nous sommes cependant au regret de vous annoncer"),
    (
        "rejection/no_positive_answer",
        "nous ne sommes pas en mesure d'y donner une suite favorable",
    ),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "You will be moving forward to the next round on Monday.",
    ),
    ("rejection/you_will_not_go_on_to_the_next_stage", "Avanzarás a la siguiente etapa."),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Il progetto non passerà alla fase di test prima di maggio.",
    ),
    (
        "rejection/you_will_not_go_on_to_the_next_stage",
        "Uw sollicitatie werd goed ontvangen en weerhouden voor de volgende fase.",
    ),
    (
        "rejection/continue_with_better_fitting_candidates_nl",
        "We gaan verder met kandidaten die zich hebben aangemeld.",
    ),
    ("rejection/chose_another_person_de", "Sie haben sich für eine:n Mentor:in entschieden."),
    ("rejection/nous_regrettons_de_vous", "Nous sommes heureux de vous informer"),
    ("veto_interview/our_process_includes", "Our interview is on Tuesday at 10."),
    ("veto_interview/our_process_includes", "Il nostro processo di selezione è concluso."),
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
            "Resultado de tu postulación",
            "Gracias por postular al cargo de analista. Te informamos que no continuarás "
            "en las siguientes etapas del proceso de selección.",
            "rejection",
        ),
        (
            "Deine Bewerbung",
            "Danke für das Gespräch! Wir haben uns für eine:n andere:n Kandidat:in entschieden.",
            "rejection",
        ),
        (
            "Uw kandidatuur",
            "Wij danken u voor uw kandidatuur als boekhouder. Uw kandidatuur werd niet weerhouden.",
            "rejection",
        ),
        (
            "Je sollicitatie",
            "Bedankt voor je sollicitatie als planner. We hebben besloten verder te gaan met "
            "kandidaten van wie het profiel beter aansluit.",
            "rejection",
        ),
        (
            "Candidatura ricevuta",
            "Grazie per esserti candidato come contabile: abbiamo ricevuto la tua candidatura. "
            "Il nostro processo di selezione prevede:\n1. una call con HR\n2. un colloquio con il team",
            "application_received",
        ),
        (
            "Votre candidature",
            "Merci pour votre candidature au poste de comptable. Nous sommes toutefois au regret "
            "de vous informer que nous ne sommes pas en mesure d'y donner une suite favorable.",
            "rejection",
        ),
    ],
)
def test_the_thirteenth_batch_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want
