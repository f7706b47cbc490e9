"""Whose process (issue 12): hiring kinds only for the candidate's own hiring process.

Each case is a whole message through ``understand()``: the same words that make an
interview or a rejection for the candidate are ``other`` when the candidate is the
employer or interviewer, when a colleague writes, or when the mail went to someone else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.config import Config
from agent.understand import understand
from agent.understand.mime import parse_message
from agent.understand.whose import whose_process

ME = ["alex.rivera@example.com"]


def _mail(sender: str, body: str, *, to: str = "alex.rivera@example.com", subject: str = "Hello",
          extra: str = "") -> bytes:  # fmt: skip
    return (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: Mon, 13 Apr 2026 09:00:00 -0400\n"
        f"Message-ID: <w@x>\n{extra}MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        f"{body}\n"
    ).encode()


INVITE = (
    "Hi Alex,\n\nThank you for applying for the Analyst role. We would like to invite you to an "
    "interview on Thursday, April 16 at 2:00 PM ET.\n\nJane\nAcme Recruiting\n"
)


def test_the_candidates_own_invitation_stays_an_interview() -> None:
    facts = understand(_mail("Jane Roe <jane@acme.com>", INVITE), me=ME)
    assert facts.kind == "interview"
    assert facts.interview_at is not None


def test_same_words_to_someone_else_are_other() -> None:
    raw = _mail("Jane Roe <jane@acme.com>", INVITE, to="Bob Lee <bob.lee@example.org>")
    facts = understand(raw, me=ME)
    assert facts.kind == "other"
    assert facts.interview_at is None
    assert any("not addressed to the candidate" in e for e in facts.evidence)


def test_bcc_and_delivered_to_count_as_addressed() -> None:
    bcc = _mail("Jane Roe <jane@acme.com>", INVITE, to="Acme Careers <careers@acme.com>")
    assert understand(bcc, me=ME).kind == "interview"
    delivered = _mail(
        "Jane Roe <jane@acme.com>",
        INVITE,
        to="alias@example.net",
        extra="Delivered-To: alex.rivera+jobs@example.com\n",
    )
    assert understand(delivered, me=ME).kind == "interview"


def test_work_domains_make_colleagues_hiring_words_other() -> None:
    raw = _mail("Priya Nair <priya@initech.com>", INVITE)
    assert understand(raw, me=ME).kind == "interview"
    facts = understand(raw, me=ME, work_domains=["initech.com"])
    assert facts.kind == "other"
    assert "own organisation" in facts.evidence[0]


@pytest.mark.parametrize(
    "body",
    [
        "Alex, can you sit on the interview panel for the two analyst candidates on Thursday at 2pm?",
        "Alex - please extend an offer to Jordan at the top of the band. We decided to pass on the "
        "other two finalists.",
        "Hi Alex, I'd like to introduce Maria for your Senior Accountant opening. She is available "
        "to interview on Wednesday at 3pm.",
        "Dear Alex, thank you for taking the time to interview me yesterday for the Analyst "
        "position. I look forward to hearing from you.",
    ],
)
def test_the_candidate_as_employer_or_interviewer_is_other(body: str) -> None:
    facts = understand(_mail("Sam Vega <sam@brightpath.com>", body), me=ME)
    assert facts.kind == "other", facts.evidence
    assert facts.interview_at is None


def test_work_domains_config_key() -> None:
    cfg = Config.model_validate({"me": {"work_domains": ["@Initech.com "]}})
    assert cfg.me.work_domains == ["initech.com"]
    with pytest.raises(ValueError):
        Config.model_validate({"me": {"work_domains": ["not a domain"]}})


# Without ``me`` (``classify`` over a mailbox whose owner is unknown) the message itself
# still shows whose process it is.


def test_mail_among_colleagues_is_other_without_knowing_the_owner() -> None:
    raw = _mail("Jane Roe <jane.roe@initech.com>", INVITE, to="Bob Lee <bob.lee@initech.com>")
    facts = understand(raw)
    assert facts.kind == "other"
    assert any("among colleagues at initech.com" in e for e in facts.evidence)


def test_a_role_mailbox_of_the_senders_domain_is_bulk_mail_not_colleagues() -> None:
    raw = _mail("Jane Roe <jane@acme.com>", INVITE, to="Acme Careers <careers@acme.com>")
    assert understand(raw).kind == "interview"


def test_example_domains_name_no_organisation() -> None:
    raw = _mail("Jane Roe <jane@example.com>", INVITE, to="Alex Rivera <alex@example.com>")
    assert understand(raw).kind == "interview"


def test_a_candidate_at_another_domain_is_not_a_colleague() -> None:
    raw = _mail(
        "Jane Roe <jane.roe@initech.com>",
        INVITE,
        to="Alex Rivera <alex@gmail.com>",
        extra="Cc: Bob Lee <bob.lee@initech.com>\n",
    )
    assert understand(raw).kind == "interview"


def test_a_press_digest_is_other() -> None:
    digest = (
        "Northwind to cut 300 jobs as hiring freeze widens\nGlobal Wire Service, 03/14/26\n"
        "Interview: the CEO on next steps after the offer for Contoso\nDaily Ledger- 03/14/26\n"
        "Analysts expect a rejection of the merger\nMarket News Service, 03/13/26\n\n"
        "We would like to invite you to an interview on Thursday, April 16 at 2:00 PM ET.\n"
    )
    facts = understand(_mail("Press Office <clippings@newsdesk.example.org>", digest))
    assert facts.kind == "other"
    assert any("press digest" in e for e in facts.evidence)


def test_a_departure_announcement_is_no_rejection() -> None:
    body = (
        "It is with sadness and regret that we announce that Dana Scully is resigning as an "
        "employee of Initech. Please join us in thanking Dana for her service.\n"
    )
    facts = understand(_mail("Initech News <news@initech.com>", body, to="all@initech.com"))
    assert facts.kind == "other"


def test_the_phrase_that_makes_it_someone_elses_is_named_by_explain(tmp_path: Path) -> None:
    """The vocabulary is the phrasebook's (phrasebook/employer_side.py): ``explain`` names
    the phrase, ``classify`` quotes what was said."""
    from typer.testing import CliRunner

    from agent.cli import app

    body = (
        "Alex - please extend an offer to Jordan at the top of the band. We decided to pass on "
        "the other two finalists for the analyst role."
    )
    eml = tmp_path / "offer.eml"
    eml.write_bytes(_mail("Sam Vega <sam@brightpath.com>", body))
    facts = understand(eml.read_bytes(), me=ME)
    assert facts.kind == "other"
    assert any('employer or interviewer: "please extend an offer to"' in e for e in facts.evidence)
    result = CliRunner().invoke(app, ["explain", "--me", ME[0], str(eml)], env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    row = next(
        line for line in result.stdout.splitlines() if "employer_side/extend_an_offer_to" in line
    )
    assert "decisive" in row and "decides" in row and "please extend an offer to" in row


def test_an_announcement_is_named_by_its_phrase() -> None:
    body = (
        "Hi everyone, please join me in welcoming Priya, who has accepted our offer and starts "
        "on Monday as our new analyst."
    )
    pm = parse_message(_mail("Dana Roe <dana@brightpath.com>", body))
    found = whose_process(pm, me=ME, new_text=body, quoted="")
    assert found is not None and found.phrase is not None
    assert found.why == 'an announcement: "Hi everyone"'
    assert found.phrase.phrase.key == "announcement/to_all_staff"


# The employer's side in every language (issue 12's parity): the reader makes the offer,
# interviews the candidates, or gives feedback on one.
@pytest.mark.parametrize(
    "body",
    [
        "Alex, please extend an offer to Jordan for the analyst role at the top of the band.",
        "Alex, por favor, hacerle una oferta al candidato para el puesto de analista hoy mismo.",
        "Alex, bitte dem Kandidaten ein Angebot machen, die Stelle als Analyst ist genehmigt.",
        "Alex, merci de faire une offre au candidat pour le poste d'analyste avant vendredi.",
        "Alex, possiamo fare un'offerta al candidato per la posizione di analista entro venerdì.",
        "Alex, podemos fazer uma proposta ao candidato para a vaga de analista até sexta.",
        "Alex, we willen de kandidaat een aanbod doen voor de functie van analist.",
        "Alex, attached are the resumes of the candidates you will interview on Thursday at 2pm "
        "for the analyst position.",
        "Alex, te envío los CV de los candidatos que vas a entrevistar el jueves a las 14:00 para "
        "el puesto de analista.",
        "Alex, anbei die Unterlagen für die Bewerber, mit denen Sie am Donnerstag sprechen werden "
        "(Vorstellungsgespräch um 14 Uhr, Stelle Analyst).",
        "Alex, voici les CV des candidats que vous allez rencontrer jeudi à 14h pour le poste "
        "d'analyste.",
        "Alex, ecco i CV dei candidati che incontrerai giovedì alle 14 per la posizione di analista.",
        "Alex, seguem os currículos dos candidatos que você vai entrevistar na quinta às 14h para a "
        "vaga de analista.",
        "Alex, hierbij de cv's van de kandidaten die je donderdag spreekt voor de functie van "
        "analist, gesprek om 14:00.",
        "Alex, please send your feedback on the candidate you met for the analyst interview today.",
        "Alex, envíame tu feedback sobre el candidato de la entrevista de hoy para el puesto.",
    ],
)
def test_the_employers_side_is_named_in_every_language(body: str) -> None:
    pm = parse_message(_mail("Sam Vega <sam@brightpath.com>", body))
    found = whose_process(pm, me=ME, new_text=body, quoted="")
    assert found is not None and found.phrase is not None, body
    assert found.phrase.phrase.signal.value == "employer_side"
    assert understand(_mail("Sam Vega <sam@brightpath.com>", body), me=ME).kind == "other"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        # a rejection that talks about the other candidates is still the candidate's
        (
            "Hi Alex,\n\nThank you for interviewing for the Analyst role. Of the candidates we "
            "interviewed, we have decided to move forward with another candidate whose "
            "experience more closely matches our needs. We'd welcome your feedback on the "
            "candidate experience.\n\nJane\nAcme Recruiting",
            "rejection",
        ),
        (
            "Hi Alex,\n\nThank you for the time you interviewed with our team for the Analyst "
            "role. Unfortunately, we have decided to move forward with another candidate.\n\nJane",
            "rejection",
        ),
        (
            "Hi Alex,\n\nYou are scheduled to interview with Sam Lee for the Analyst position on "
            "Thursday, April 16 at 2:00 PM ET. Please reply to confirm.\n\nJane",
            "interview",
        ),
        (
            "Hi Alex,\n\nWe would like to invite you to an onsite interview for the Analyst role "
            "on Thursday, April 16 at 2:00 PM ET. The interview panel for your onsite will "
            "include Sam Lee and Dana Roe.\n\nJane",
            "interview",
        ),
        (
            "Hola Alex,\n\nGracias por tu interés en el puesto de Analista. Lamentablemente, "
            "hemos decidido continuar con otros candidatos cuyo perfil se ajusta mejor.\n\n"
            "Saludos,\nJane\nAcme",
            "rejection",
        ),
    ],
)
def test_the_candidates_own_mail_about_other_candidates_keeps_its_kind(
    body: str, kind: str
) -> None:
    facts = understand(_mail("Jane Roe <jane@acme.com>", body), me=ME)
    assert facts.kind == kind, facts.evidence


@pytest.mark.parametrize(
    "opening",
    [
        "Hi all, Dana has decided to leave the company after eight years. We thank her for",
        "Hola a todos, Dana ha decidido dejar la empresa después de ocho años. Le deseamos",
        "Liebe alle, Dana hat sich entschieden, das Unternehmen zu verlassen. Wir danken ihr",
        "Bonjour à tous, Dana a décidé de quitter l'entreprise après huit ans. Nous la remercions",
        "Ciao a tutti, Dana ha deciso di lasciare l'azienda dopo otto anni. La ringraziamo",
        "Olá a todos, Dana decidiu deixar a empresa depois de oito anos. Agradecemos",
        "Hallo allemaal, Dana heeft besloten het bedrijf te verlaten na acht jaar. We danken haar",
        "Please welcome our new colleague Priya, who joins the analyst team on Monday.",
        "Demos la bienvenida a nuestra nueva compañera Priya, que se une al equipo el lunes.",
        "Begrüßen Sie mit mir unsere neue Kollegin Priya, die am Montag im Team anfängt.",
        "Souhaitons la bienvenue à notre nouvelle collègue Priya, qui rejoint l'équipe lundi.",
        "Diamo il benvenuto alla nuova collega Priya, che entra nel team lunedì.",
        "Vamos dar as boas-vindas à nossa nova colega Priya, que começa na segunda.",
        "Wij verwelkomen onze nieuwe collega Priya, die maandag begint in het team.",
    ],
)
def test_announcements_are_named_in_every_language(opening: str) -> None:
    pm = parse_message(_mail("Dana Roe <dana@brightpath.com>", opening))
    found = whose_process(pm, me=ME, new_text=opening, quoted="")
    assert found is not None and found.phrase is not None, opening
    assert found.phrase.phrase.signal.value == "announcement"


@pytest.mark.parametrize(
    "items",
    [
        ("Handelsblatt, 13.03.2026", "Börsen-Zeitung - 13.03.2026", "Reuters Deutschland, 12.03.2026"),
        ("El País, 13 de marzo de 2026", "Expansión, 13 de marzo de 2026", "Cinco Días, 12 de marzo de 2026"),
        ("Le Monde - 13 mars 2026", "Les Echos, 13 mars 2026", "Le Figaro, 12 mars 2026"),
        ("Il Sole 24 Ore, 13 marzo 2026", "Corriere della Sera, 13 marzo 2026", "La Stampa, 12 marzo 2026"),
    ],
)  # fmt: skip
def test_a_press_digest_is_other_with_every_languages_dates(items: tuple[str, ...]) -> None:
    headlines = (
        "Northwind streicht 300 Stellen",
        "Contoso: entrevista con el nuevo director",
        "Fabrikam recrute 200 ingénieurs",
    )
    digest = "\n".join(f"{h}\n{i}" for h, i in zip(headlines, items, strict=True))
    digest += (
        "\n\nWe would like to invite you to an interview on Thursday, April 16 at 2:00 PM ET.\n"
    )
    facts = understand(_mail("Press Office <clippings@newsdesk.example.org>", digest))
    assert facts.kind == "other"
    assert any("press digest (3 news items" in e for e in facts.evidence), facts.evidence


def test_every_press_item_ends_like_the_line_ends_whose_counts_first() -> None:
    """whose.py skips the item patterns when too few lines end in a digit or a bracket:
    a press phrase whose lines end otherwise would never be looked for."""
    from agent.understand import whose
    from agent.understand.phrasebook import press

    for entry in press.PHRASES:
        assert entry.example and whose._ITEM_LINE_END.search(entry.example), entry.name
