"""Drafts a careful person would send: every case of DESIGN.md, across the languages.

Each scenario (``agent/draft_scenarios.py``) is real mail, understood from its bytes and
planned and composed as in a real pass. The full text of every draft is written to
``tmp/artifacts/drafts-report.txt`` (or ``$FOLLOWUP_ARTIFACTS``) for a human to read.
"""

from __future__ import annotations

import email
import os
import re
from email.policy import compat32, default
from email.utils import getaddresses
from pathlib import Path

import pytest

from agent.draft_scenarios import (
    ME_ADDR,
    ME_WORK,
    Outcome,
    Scenario,
    all_scenarios,
    report,
    run_scenario,
)
from agent.followup.status import status_rows
from agent.followup.timeline import build_timeline
from agent.mail.maildir import DraftsMaildir
from agent.models import DraftRequest, FollowUpRow, FollowUpStatus
from agent.template_files import load_templates
from agent.understand.language import detect_language

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(os.environ.get("FOLLOWUP_ARTIFACTS", ROOT / "tmp" / "artifacts"))


@pytest.fixture(scope="module")
def results() -> dict[str, tuple[Scenario, list[Outcome]]]:
    templates = load_templates()
    out = {sc.name: (sc, run_scenario(sc, templates)) for sc in all_scenarios()}
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "drafts-report.txt").write_text(report(list(out.values())), encoding="utf-8")
    return out


def _draft(results: dict[str, tuple[Scenario, list[Outcome]]], name: str, kind: str) -> Outcome:
    [o] = [o for o in results[name][1] if o.followup.kind == kind and o.raw is not None]
    return o


def _addresses(raw: bytes, header: str) -> list[str]:
    """The addresses of a header as two different parsers read them; they must agree."""
    modern = email.message_from_bytes(raw, policy=default)
    old = email.message_from_bytes(raw, policy=compat32)
    a = [x.addr_spec for x in modern[header].addresses] if modern[header] is not None else []
    b = [x for _, x in getaddresses(old.get_all(header, []))]
    assert a == b, (header, a, b)
    return a


# --------------------------------------------------------------------------- every draft


def test_every_draft_is_addressed_true_to_its_language_and_clean(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    drafted = 0
    for name, (sc, outcomes) in results.items():
        for o in outcomes:
            if o.raw is None:
                continue
            drafted += 1
            body, msg = o.body, o.message
            assert msg is not None
            # recipients: exactly the plan's people, and every header parses back the same
            to = _addresses(o.raw, "To")
            assert to and to == [a.lower() for a in o.followup.to], name
            _addresses(o.raw, "Cc")
            assert len(_addresses(o.raw, "From")) == 1
            # the language of the thread, no template debris, short
            assert detect_language(body) == sc.lang, (name, body)
            assert "{" not in body and "}" not in body and "None" not in body
            assert ("[" in body) == (name == "en-placeholder"), name
            assert len(body.split()) < 120, name
            # threading: one "Re: ", never a stacked client prefix
            subject = str(msg["Subject"])
            assert subject.startswith("Re: ") and not re.match(
                r"Re: (?:re|aw|sv|rv|wg|tr|antw|r|fwd?)\s*:", subject, re.I
            ), subject
            assert msg["In-Reply-To"] and msg["References"]
            # the body is 8bit UTF-8: a file reader sees the words as written
            assert msg["Content-Transfer-Encoding"] == "8bit"
            for line in body.splitlines():
                assert line.encode() in o.raw
    assert drafted >= 17


def test_report_artifact_holds_every_draft(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    text = (ARTIFACTS / "drafts-report.txt").read_text(encoding="utf-8")
    for sc, outcomes in results.values():
        assert f"## {sc.name} ({sc.lang})" in text
        for o in outcomes:
            if o.raw is not None:
                assert o.body.strip().splitlines()[0] in text


# --------------------------------------------------------------------------- people


def test_panel_in_to_coordinator_in_cc(results: dict[str, tuple[Scenario, list[Outcome]]]) -> None:
    o = _draft(results, "en-panel", "thank_you")
    assert _addresses(o.raw or b"", "To") == [
        "raj.patel@brightline.example",
        "emma.novak@brightline.example",
        "luis.garcia@brightline.example",
    ]
    assert _addresses(o.raw or b"", "Cc") == ["olivia.chen@brightline.example"]
    assert o.body.startswith("Hi Raj, Emma and Luis,\n")
    assert "Olivia" not in o.body
    # a sentence from the facts: the topic the invitation named
    assert "I especially enjoyed the portfolio review part of the interview." in o.body


def test_placeholder_on_request_only(results: dict[str, tuple[Scenario, list[Outcome]]]) -> None:
    o = _draft(results, "en-placeholder", "thank_you")
    assert "[Add one sentence: what interested you in the conversation" in o.body
    assert "portfolio review" not in o.body


def test_relay_display_name_is_the_person_never_the_company(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "en-relay", "thank_you")
    assert _addresses(o.raw or b"", "To") == ["jane.doe@northwind.example"]
    assert o.body.startswith("Hi Jane,\n")
    assert "at Northwind." in o.body and "at Jane" not in o.body
    assert "yesterday" in o.body


def test_only_the_coordinator_known_asks_to_pass_thanks_on(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "en-pass-on", "thank_you")
    assert _addresses(o.raw or b"", "To") == ["mark.hill@lumen.example"]
    assert o.body.startswith("Hi Mark,\n")
    assert "Thank you for arranging my interview yesterday" in o.body
    assert "pass my thanks on to Priya?" in o.body
    assert "speaking with me" not in o.body  # Mark was not in the interview


def test_pass_on_in_german_names_the_interviewer_formally(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "de-weitergeben", "thank_you")
    assert _addresses(o.raw or b"", "To") == ["petra.lange@nordlicht-energie.example"]
    assert o.body.splitlines()[0] == "Sehr geehrte Frau Lange,"
    assert "dass Sie mein Gespräch gestern für die Stelle als Projektingenieur" in o.body
    assert "Würden Sie meinen Dank bitte an Frau Dr. Schmidt weitergeben?" in o.body
    assert "für das Gespräch" not in o.body  # Frau Lange was not in it


def test_system_rejection_in_portuguese(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "pt-recusa", "rejection_reply")
    assert _addresses(o.raw or b"", "To") == ["joao.silva@marebrava.example"]
    assert "Recebi a resposta à minha candidatura" in o.body
    assert "informado" not in o.body and "na entrevista" not in o.body
    # no "a Rita" (Brazilian) / "à Rita" (European): the name is the subject
    assert "Gostaria que Rita também recebesse os meus agradecimentos" in o.body
    assert "trabalhar na Mare Brava" in o.body


def test_degree_is_never_a_first_name(results: dict[str, tuple[Scenario, list[Outcome]]]) -> None:
    o = _draft(results, "en-phd", "rejection_reply")
    assert o.body.startswith("Hi Jane,\n")
    assert "PhD," not in o.body.splitlines()[0]
    # she wrote it herself, after two interviews she led
    assert "Thank you for letting me know" in o.body
    assert "in the interviews" in o.body


def test_calendar_titles_and_team_mailboxes_are_not_greeted(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "de-weber", "thank_you")
    first = o.body.splitlines()[0]
    assert first == "Sehr geehrter Herr Prof. Weber,"
    assert "Personalabteilung" not in first and "Prof and" not in o.body
    # a thank-you goes to the interviewer; the team mailbox on the invitation is copied
    assert _addresses(o.raw or b"", "To") == ["klaus.weber@hafenwerke.example"]
    assert "personal@hafenwerke.example" in _addresses(o.raw or b"", "Cc")


def test_cc_kept_and_non_ascii_names_round_trip(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "es-madrid", "thank_you")
    raw = o.raw or b""
    assert _addresses(raw, "To") == ["jose.martinez@datosibericos.example"]
    assert _addresses(raw, "Cc") == ["marta.suarez@datosibericos.example"]
    msg = o.message
    assert msg is not None
    assert msg["To"].addresses[0].display_name == "José Martínez Ibáñez"


def test_sent_from_the_address_the_employer_wrote_to(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    assert _addresses(_draft(results, "de-berlin", "thank_you").raw or b"", "From") == [ME_WORK]
    assert _addresses(_draft(results, "en-panel", "thank_you").raw or b"", "From") == [ME_ADDR]


@pytest.mark.parametrize("name", ["en-noreply", "es-sin-destinatario"])
def test_no_recipient_means_no_draft_and_status_says_why(
    results: dict[str, tuple[Scenario, list[Outcome]]], name: str
) -> None:
    sc, outcomes = results[name]
    [o] = outcomes
    assert o.raw is None
    assert o.followup.status is FollowUpStatus.NO_RECIPIENT
    assert o.followup.to == [] and "nobody to address it to" in o.followup.reason
    assert o.followup.contract_dict()["status"] == "no_recipient"
    # `status` shows the moment and why nothing was drafted
    cfg = sc.config()
    from agent.draft_scenarios import stored

    tl = build_timeline(stored(sc), [], tz=cfg.tz, now=sc.now, me=cfg.me.addresses)
    p = o.followup
    row = FollowUpRow(
        "acct", p.key, p.application_key, p.kind, p.due_at, p.status, p.reason, [],
        p.thread, None, None, None, None, None, None, sc.now, sc.now,
    )  # fmt: skip
    [app] = status_rows(cfg, tl, [row], now=sc.now)
    assert any("no rejection reply drafted" in n and "nobody" in n for n in app["notes"])


# --------------------------------------------------------------------------- true facts


def test_same_day_thanks_say_this_morning(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "en-same-day", "thank_you")
    assert "speaking with me this morning" in o.body and "Tuesday" not in o.body
    assert "by Friday, March 27." in o.body


def test_day_words_from_the_interviews_own_zone(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    # Tue 10:00 in Tokyo is Mon 21:00 in New York; the draft (Tue 08:30 New York) is read
    # in Tokyo the same evening: "this morning", not "yesterday" or "on Monday"
    o = _draft(results, "en-tokyo", "thank_you")
    assert "speaking with me this morning" in o.body
    assert "yesterday" not in o.body and "Monday" not in o.body


def test_system_rejection_is_not_thanked_as_the_recipients(
    results: dict[str, tuple[Scenario, list[Outcome]]],
) -> None:
    o = _draft(results, "en-system-rejection", "rejection_reply")
    assert _addresses(o.raw or b"", "To") == ["sam.ortiz@initech.example"]
    assert "letting me know" not in o.body and "I received the news" in o.body
    assert "interviews" not in o.body  # one interview
    assert "time you spent with me" not in o.body  # Sam arranged it; Dana interviewed
    assert "pass my thanks on to Dana as well" in o.body


# --------------------------------------------------------------------------- languages


@pytest.mark.parametrize(
    ("name", "kind", "first_line", "phrases"),
    [
        (
            "es-madrid",
            "thank_you",
            "Hola, José,",
            ["Muchas gracias por tu tiempo esta mañana", "¿Podrías", "Un saludo,"],
        ),
        (
            "es-formal",
            "rejection_reply",
            "Estimada Sra. Suárez:",
            ["comunicarme la decisión", "me dedicó en la entrevista.", "Atentamente,"],
        ),
        (
            "de-berlin",
            "thank_you",
            "Sehr geehrter Herr Dr. Müller,",
            ["vielen Dank für das Gespräch gestern", "bis zum 20. März von Ihnen"],
        ),
        (
            "de-nachfrage",
            "check_in",
            "Sehr geehrter Herr Dr. Müller,",
            ["mein Gespräch war am 12. März", "für den 20. März vorgesehen"],
        ),
        (
            "fr-formel",
            "thank_you",
            "Bonjour Madame Dupont,",
            ["échanger avec moi ce matin", "Pourriez-vous", "Cordialement,"],
        ),
        (
            "fr-relance",
            "requested_follow_up",
            "Bonjour Luc,",
            ["Comme convenu, je reviens vers vous", "Bien cordialement,"],
        ),
        (
            "it-lei",
            "thank_you",
            "Gentile Giulia,",
            ["mi ha dedicato ieri", "Potrebbe", "Cordiali saluti,"],
        ),
        (
            "pt-lisboa",
            "thank_you",
            "Olá, João,",
            ["à nossa conversa esta manhã", "Atenciosamente,"],
        ),
        (
            "nl-amsterdam",
            "thank_you",
            "Beste Sanne,",
            ["voor het gesprek gisteren", "functie van Data Engineer", "Kun je", "Groeten,"],
        ),
    ],
)
def test_language_register_and_dates(
    results: dict[str, tuple[Scenario, list[Outcome]]],
    name: str,
    kind: str,
    first_line: str,
    phrases: list[str],
) -> None:
    o = _draft(results, name, kind)
    assert o.body.splitlines()[0] == first_line
    for phrase in phrases:
        assert phrase.replace(" ", " ") in o.body.replace("\u202f", " "), (phrase, o.body)


@pytest.mark.parametrize(
    ("name", "subject"),
    [
        ("de-berlin", "Re: Ihre Bewerbung als Data Analyst"),
        ("fr-formel", "Re: Entretien - Chef de projet"),
        ("it-lei", "Re: Colloquio per la posizione di Sviluppatore Backend"),
        ("nl-amsterdam", "Re: Sollicitatie Data Engineer"),
        ("es-madrid", "Re: Entrevista para el puesto de Analista de Datos"),
    ],
)
def test_localised_prefixes_do_not_stack(
    results: dict[str, tuple[Scenario, list[Outcome]]], name: str, subject: str
) -> None:
    [o] = [o for o in results[name][1] if o.raw is not None]
    assert o.message is not None and str(o.message["Subject"]) == subject


def test_maildir_draft_file_reads_as_text(
    results: dict[str, tuple[Scenario, list[Outcome]]], tmp_path: Path
) -> None:
    o = _draft(results, "es-madrid", "thank_you")
    drafts = DraftsMaildir(tmp_path / ".Drafts")
    msg = o.message
    assert msg is not None
    drafts.create(DraftRequest(o.raw or b"", str(msg["Message-ID"]), str(msg["In-Reply-To"])))
    box = tmp_path / ".Drafts"
    [path] = [p for sub in ("cur", "new") for p in (box / sub).iterdir() if p.is_file()]
    text = path.read_text(encoding="utf-8")
    assert "Muchas gracias por tu tiempo esta mañana" in text
    assert "Hola, José," in text
