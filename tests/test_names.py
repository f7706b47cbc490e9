"""Names: people parsed from display names, and greetings per language and register."""

from __future__ import annotations

import pytest

from agent.followup.greetings import joined, salutation
from agent.person_names import interviewers_named, parse_person
from agent.understand.contact_person import is_person


@pytest.mark.parametrize(
    ("display", "first", "surname", "title", "gender"),
    [
        ("Jane Smith, PhD", "Jane", "Smith", "", None),
        ("Jane Smith MBA", "Jane", "Smith", "", None),
        ("Doe, Jane", "Jane", "Doe", "", None),
        ("Prof. Dr. Klaus Weber", "Klaus", "Weber", "Prof.", None),
        ("Herr Dr. Jürgen Müller", "Jürgen", "Müller", "Dr.", "m"),
        ("Frau Anna Schmidt", "Anna", "Schmidt", "", "f"),
        ("Sra. Marta Suárez", "Marta", "Suárez", "", "f"),
        ("Sr. José Martínez", "José", "Martínez", "", "m"),
        ("M. Luc Bernard", "Luc", "Bernard", "", "m"),
        ("Mme Claire Dupont", "Claire", "Dupont", "", "f"),
        ("Dott.ssa Giulia Rossi", "Giulia", "Rossi", "Dr.", "f"),
        ("José Martínez Ibáñez", "José", "Martínez Ibáñez", "", None),
        ("Jan de Vries", "Jan", "de Vries", "", None),
        ("Jane Doe via Lever", "Jane", "Doe", "", None),
        ("Jane Doe (via Greenhouse)", "Jane", "Doe", "", None),
        ("Olivia Chen", "Olivia", "Chen", "", None),
        ("JANE DOE", "Jane", "Doe", "", None),
        ("Raj", "Raj", "", "", None),
        # after a title or honorific a lone word is the surname (understanding's old
        # parser said so; nameparser took it for a first name and greeted "Hi Smith,")
        ("Frau Schmidt", "", "Schmidt", "", "f"),
        ("Dr. Smith", "", "Smith", "Dr.", None),
    ],
)
def test_people(display: str, first: str, surname: str, title: str, gender: str | None) -> None:
    p = parse_person(display)
    assert p is not None
    assert (p.first, p.surname, p.title, p.gender) == (first, surname, title, gender)


@pytest.mark.parametrize(
    "display",
    [
        "PhD",
        "Acme Recruiting",
        "Talent Team",
        "Personalabteilung",
        "Recursos Humanos",
        "Greenhouse",
        "no-reply",
        "jane@acme.com",
        "Beispiel AG",
        "Team 42",
        "",
        None,
    ],
)
def test_not_people(display: str | None) -> None:
    assert parse_person(display, company="Beispiel AG") is None


@pytest.mark.parametrize(
    ("display", "address", "person"),
    [
        # understanding once had its own first-name regex, which took any capitalised
        # word for a name: a department mailbox was a person who wrote, and a name in
        # capitals was not. Both sides now read names with parse_person.
        ("Personalabteilung", "personalabteilung@firma.de", False),
        ("Karriere", "karriere@bergmann.de", False),
        ("Greenhouse", "greenhouse@acme.com", False),
        ("JANE DOE", "jane.doe@acme.com", True),
        ("Smith, Jane", "jane.smith@acme.com", True),
    ],
)
def test_understanding_reads_names_as_follow_up_does(
    display: str, address: str, person: bool
) -> None:
    assert is_person(display, address) is person


def test_a_surname_after_a_title_is_not_greeted_as_a_first_name() -> None:
    assert salutation([parse_person("Dr. Smith")], "en", "familiar") == "Hello,"
    assert (
        salutation([parse_person("Frau Schmidt")], "de", "formal") == "Sehr geehrte Frau Schmidt,"
    )


def test_the_company_is_not_a_person() -> None:
    assert parse_person("Northwind", company="Northwind") is None
    assert parse_person("Jane Doe", company="Northwind") is not None


@pytest.mark.parametrize(
    ("names", "lang", "register", "expected"),
    [
        (["Herr Dr. Jürgen Müller"], "de", "formal", "Sehr geehrter Herr Dr. Müller,"),
        (["Prof. Dr. Klaus Weber"], "de", "formal", "Sehr geehrter Herr Prof. Weber,"),
        (["Frau Anna Schmidt", "Herr Jan Berg"], "de", "formal",
         "Sehr geehrte Frau Schmidt, sehr geehrter Herr Berg,"),
        (["Jürgen Müller"], "de", "familiar", "Hallo Jürgen,"),
        (["Jane Smith, PhD"], "en", "familiar", "Hi Jane,"),
        (["Jane Smith, PhD"], "en", "polite", "Dear Jane,"),
        (["Dr. Jane Smith"], "en", "formal", "Dear Dr. Smith,"),
        (["Raj Patel", "Emma Novak", "Luis García"], "en", "familiar", "Hi Raj, Emma and Luis,"),
        (["Sra. Marta Suárez"], "es", "formal", "Estimada Sra. Suárez:"),
        (["José Martínez Ibáñez"], "es", "familiar", "Hola, José,"),
        (["José Martínez", "Inés Ruiz"], "es", "familiar", "Hola, José e Inés,"),
        (["Mme Claire Dupont"], "fr", "formal", "Bonjour Madame Dupont,"),
        (["Claire Dupont"], "fr", "polite", "Bonjour Claire,"),
        (["Giulia Rossi"], "it", "polite", "Gentile Giulia,"),
        (["Dott.ssa Giulia Rossi"], "it", "formal", "Gentile Dott.ssa Rossi,"),
        (["Mevr. Sanne de Vries"], "nl", "formal", "Geachte mevrouw De Vries,"),
        (["Sanne de Vries"], "nl", "familiar", "Beste Sanne,"),
        (["João Silva"], "pt", "familiar", "Olá, João,"),
    ],
)  # fmt: skip
def test_salutations(names: list[str], lang: str, register: str, expected: str) -> None:
    assert salutation([parse_person(n) for n in names], lang, register) == expected


@pytest.mark.parametrize("lang", ["en", "de", "es", "fr", "it", "pt", "nl"])
def test_unsure_greets_without_a_name(lang: str) -> None:
    for register in ("formal", "polite", "familiar"):
        text = salutation([parse_person("Jane Doe"), None], lang, register)
        assert "Jane" not in text and text.endswith((",", ":"))
        assert salutation([], lang, register) == text


def test_and_words() -> None:
    assert joined(["A", "B", "C"], "de") == "A, B und C"
    assert joined(["José", "Ignacio"], "es") == "José e Ignacio"
    assert joined(["Jan", "Piet"], "nl") == "Jan en Piet"


def test_interviewers_named_in_text() -> None:
    text = "You're confirmed for Thursday at 2pm with Priya Natarajan, our Head of Product."
    assert interviewers_named(text) == ["Priya Natarajan"]
    assert interviewers_named("la entrevista con Marta Suárez y conmigo") == ["Marta Suárez"]
    assert interviewers_named("a call with Acme Corp and our team") == []
    assert interviewers_named("with Jane Doe", exclude=["Jane Doe"]) == []
