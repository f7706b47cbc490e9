"""Draft composition: templates fail closed, reply headers, no header injection."""

from __future__ import annotations

import email
import re
from datetime import date, datetime, time
from email.policy import compat32, default
from email.utils import getaddresses
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.config import TemplatesSettings
from agent.followup.compose import (
    ComposeError,
    TemplateSet,
    TemplateSource,
    address_header,
    compose,
    draft_message_id,
    reply_subject,
)
from agent.followup.rules import plan
from agent.followup.template_context import TEMPLATE_VARIABLES, _topic
from agent.followup.timeline import build_timeline
from agent.models import FOLLOWUP_KINDS, CalendarEvent, FollowUpStatus, PlannedFollowUp
from agent.template_files import load_templates
from agent.understand.language import LANGUAGES
from tests.test_rules_helpers import ME, Scenario, config

TZ = ZoneInfo("America/New_York")
BUILTIN = load_templates()
NOW = datetime(2026, 3, 3, 15, tzinfo=TZ)


def at(d: int, hh: int = 9) -> datetime:
    return datetime.combine(date(2026, 3, d), time(hh), tzinfo=TZ)


def _thank_you(sc: Scenario, now: datetime = NOW) -> tuple[PlannedFollowUp, object]:
    cfg = config("America/New_York")
    tl = build_timeline(sc.messages, sc.notes, tz=TZ, now=now, me=[ME])
    [p] = [p for p in plan(tl, cfg.rules, cfg.me, now) if p.kind == "thank_you"]
    app = tl.applications[0]
    parent = next(m for m in app.messages if m.id == p.reply_to_message)
    return p, parent


def _draft(sc: Scenario, now: datetime = NOW, **rules: object) -> email.message.EmailMessage:
    cfg = config("America/New_York", **rules)
    tl = build_timeline(sc.messages, sc.notes, tz=TZ, now=now, me=[ME])
    [p] = [p for p in plan(tl, cfg.rules, cfg.me, now) if p.kind == "thank_you"]
    app = tl.applications[0]
    parent = next(m for m in app.messages if m.id == p.reply_to_message)
    d = compose(p, parent, cfg.me, cfg.rules, BUILTIN, account="acct", now=now, app=app)
    msg = email.message_from_bytes(d.raw, policy=default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def _body(msg: email.message.EmailMessage) -> str:
    return str(msg.get_content()).replace("\r\n", "\n")


def test_thank_you_draft_is_specific_warm_and_threaded() -> None:
    sc = Scenario(tz=TZ)
    sc.add(at(1), kind="application_received", subject="Backend Engineer at Acme")
    sc.invite(at(2), start=at(3, 10))
    msg = _draft(sc)
    body = _body(msg)
    assert body.startswith("Hi Jane and Bob,\n")
    assert "speaking with me this morning about the Backend Engineer role at Acme." in body
    assert "[" not in body  # no bracketed instruction by default
    assert "when I might hear back" in body  # no decision date known: it asks
    assert "{" not in body and "None" not in body
    assert body.rstrip().endswith("Alex Rivera")
    assert msg["Subject"] == "Re: Backend Engineer at Acme"
    assert msg["In-Reply-To"] == "<m2@acme.com>"
    assert msg["References"].split() == ["<m1@acme.com>", "<m2@acme.com>"]
    assert msg["From"] == f"Alex Rivera <{ME}>"
    assert [a.addr_spec for a in msg["To"].addresses] == ["jane@acme.com", "bob@acme.com"]
    assert str(msg["To"]) == "Jane Doe <jane@acme.com>, Bob Smith <bob@acme.com>"
    assert msg["Cc"] is None
    assert msg["Message-ID"] == draft_message_id("acct", _thank_you(sc)[0].key, "example.com")
    assert not [k for k in msg if k.lower().startswith("x-")]


def test_decision_date_known_no_timeline_question() -> None:
    sc = Scenario(tz=TZ)
    sc.invite(at(2), start=at(3, 10), respond_by=date(2026, 3, 13))
    body = _body(_draft(sc))
    assert "by Friday, March 13." in body and "hear back" not in body


def test_missing_values_use_template_branches() -> None:
    sc = Scenario(tz=TZ)
    sc.add(
        at(2),
        kind="interview",
        interview_at=at(3, 10),
        role=None,
        from_name=None,
        from_email="talent@acme.com",
        contact_email=None,
        interviewers=[],
    )
    body = _body(_draft(sc))
    assert body.startswith("Hello,")
    assert " role" not in body and "about the Backend" not in body
    assert "at Acme" in body


def test_message_id_is_deterministic_and_ordinary() -> None:
    a = draft_message_id("acct", "acme:thank_you:x", "example.com")
    assert a == draft_message_id("acct", "acme:thank_you:x", "example.com")
    assert a != draft_message_id("other", "acme:thank_you:x", "example.com")
    assert a.startswith("<") and a.endswith(".followup@example.com>") and " " not in a


def test_re_is_not_stacked() -> None:
    assert reply_subject("Re: RE: re[2]: Interview", "thank_you") == "Re: Interview"
    assert reply_subject("Fwd: Interview", "check_in") == "Re: Interview"
    assert reply_subject("", "check_in") == "Following up"
    assert reply_subject("", "thank_you", "de") == "Vielen Dank"


@pytest.mark.parametrize(
    "subject",
    [
        "AW: Einladung zum Vorstellungsgespräch",
        "Aw: AW: Einladung zum Vorstellungsgespräch",
        "SV: Einladung zum Vorstellungsgespräch",
        "RV: Einladung zum Vorstellungsgespräch",
        "WG: Einladung zum Vorstellungsgespräch",
        "TR: Einladung zum Vorstellungsgespräch",
        "Antw: Einladung zum Vorstellungsgespräch",
        "RE: Einladung zum Vorstellungsgespräch",
        "Re: AW: RV: Einladung zum Vorstellungsgespräch",
        "VS: Einladung zum Vorstellungsgespräch",
        "R: Einladung zum Vorstellungsgespräch",
        "RES: Einladung zum Vorstellungsgespräch",
    ],
)
def test_localised_reply_prefixes_are_not_stacked(subject: str) -> None:
    assert reply_subject(subject, "thank_you") == "Re: Einladung zum Vorstellungsgespräch"


def test_subject_words_that_merely_start_like_a_prefix_stay() -> None:
    assert reply_subject("Rework: take-home review", "thank_you") == "Re: Rework: take-home review"
    assert reply_subject("Trainee programme", "thank_you") == "Re: Trainee programme"


def test_header_injection_from_mail_values_is_neutralised() -> None:
    sc = Scenario(tz=TZ)
    evil_name = "Jane\r\nBcc: spy@evil.example\r\nX-Evil: 1"
    sc.add(
        at(2),
        kind="interview",
        interview_at=at(3, 10),
        subject="Interview\r\nBcc: spy@evil.example",
        from_name=evil_name,
        contact_name=evil_name,
        message_id="<m1@acme.com>\r\nBcc: spy@evil.example",
        interviewers=[(evil_name, "jane@acme.com"), ("Eve", "eve@acme.com\r\nBcc: x@evil.example")],
    )
    cfg = config("America/New_York")
    p, parent = _thank_you(sc)
    app = build_timeline(sc.messages, sc.notes, tz=TZ, now=NOW, me=[ME]).applications[0]
    d = compose(p, parent, cfg.me, cfg.rules, load_templates(), account="a", now=NOW, app=app)
    raw = d.raw
    msg = email.message_from_bytes(raw, policy=default)
    assert msg["Bcc"] is None and msg["X-Evil"] is None
    assert b"\r\nBcc:" not in raw and b"\nBcc:" not in raw
    assert "evil" not in str(msg["To"])
    assert "\n" not in str(msg["Subject"]) and "\r" not in str(msg["Subject"])
    assert msg["In-Reply-To"] is None  # an invalid Message-ID is dropped, not copied
    headers = raw.split(b"\r\n\r\n", 1)[0].decode()
    for line in headers.split("\r\n"):
        assert line[:1] in (" ", "\t") or ":" in line  # only real headers or folded lines


def test_no_reply_address_never_reaches_to() -> None:
    sc = Scenario(tz=TZ)
    sc.add(
        at(2),
        kind="interview",
        interview_at=at(3, 10),
        from_email="no-reply@acme.com",
        from_name="Acme",
        contact_email=None,
        interviewers=[],
    )
    p, parent = _thank_you(sc)
    assert p.to == []
    assert p.status == FollowUpStatus.NO_RECIPIENT
    assert "nobody to address it to" in p.reason
    with pytest.raises(ComposeError, match="nobody to address"):
        cfg = config("America/New_York")
        compose(p, parent, cfg.me, cfg.rules, load_templates(), account="a", now=NOW)


def test_user_template_with_unknown_variable_fails_closed(tmp_path: Path) -> None:
    bad = tmp_path / "ty.j2"
    bad.write_text("Hi {{ interviewer_nickname }},\n")
    t = load_templates(TemplatesSettings(thank_you=bad))
    with pytest.raises(ComposeError):
        t.render("thank_you", {"company": "Acme"})
    literal = tmp_path / "lit.j2"
    literal.write_text("Hi {{ '{{ name }}' }},\n")
    with pytest.raises(ComposeError, match="template syntax"):
        load_templates(TemplatesSettings(thank_you=literal)).render("thank_you", {})
    broken = tmp_path / "broken.j2"
    broken.write_text("{% if %}")
    with pytest.raises(ComposeError, match=r"templates\.check_in"):
        load_templates(TemplatesSettings(check_in=broken))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", FOLLOWUP_KINDS)
@pytest.mark.parametrize("full", [True, False])
@pytest.mark.parametrize("register", ["formal", "polite", "familiar"])
def test_builtin_templates_render_with_all_or_no_values(
    lang: str, kind: str, full: bool, register: str
) -> None:
    ctx: dict[str, object] = {k: ("Sample" if full else "") for k in TEMPLATE_VARIABLES}
    ctx.update(
        greeting="GREETING",
        register=register,
        familiar=register == "familiar",
        interview_count=2 if full else 0,
        recipient_interviewed=full,
        pass_on_count=1 if full else 0,
        informed_by="person" if full else "system",
        note_mode="suggest",
        signature="",
    )
    text = BUILTIN.render(kind, ctx, lang)  # type: ignore[arg-type]
    assert "{" not in text and "}" not in text and "[" not in text
    assert all("  " not in line and " ." not in line for line in text.splitlines())
    assert text.startswith("GREETING\n\n")
    assert text.rstrip().endswith("Sample" if full else "")
    assert len(text.split()) < 110  # short
    placeholder = BUILTIN.render(kind, ctx | {"note_mode": "placeholder"}, lang)  # type: ignore[arg-type]
    assert re.search(r"\[[^\]]{20,}\]", placeholder)  # the old marked spot, on request


def test_status_of_plan_unaffected_by_compose() -> None:
    sc = Scenario(tz=TZ)
    sc.invite(at(2), start=at(3, 10))
    p, _ = _thank_you(sc)
    assert p.status == FollowUpStatus.DUE


NAMES = [
    "José Martínez Ibáñez",
    "Marta Suárez",
    "Müller, Jürgen",
    "Dr. Ana Núñez",
    "O'Brien, Seán",
    "Jane Doe",
    "Ana María López-Gutiérrez de la Fuente Ibáñez y Martínez de Castro",
    '"Quoted" Name',
    "Renée",
]


@given(st.lists(st.sampled_from(NAMES) | st.text(min_size=1, max_size=40), min_size=1, max_size=5))
@settings(max_examples=300, deadline=None)
def test_address_headers_parse_back_to_the_same_addresses(names: list[str]) -> None:
    """The email package's own folding once turned the comma between two non-ASCII names
    into an encoded word, losing the second address; our headers must not."""
    pairs = [(f"p{i}@empresa.example", n) for i, n in enumerate(names)]
    raw = f"To: {address_header(pairs)}\r\nSubject: x\r\n\r\nbody\r\n".encode("ascii")
    modern = email.message_from_bytes(raw, policy=default)
    assert [a.addr_spec for a in modern["To"].addresses] == [e for e, _ in pairs]
    old = email.message_from_bytes(raw, policy=compat32)
    assert [a for _, a in getaddresses(old.get_all("To"))] == [e for e, _ in pairs]
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))


def test_jose_and_marta_survive_in_one_header() -> None:
    header = address_header(
        [
            ("jose.martinez@empresa.example", "José Martínez Ibáñez"),
            ("marta.suarez@empresa.example", "Marta Suárez"),
        ]
    )
    msg = email.message_from_bytes(f"To: {header}\r\n\r\n".encode("ascii"), policy=default)
    assert [(a.display_name, a.addr_spec) for a in msg["To"].addresses] == [
        ("José Martínez Ibáñez", "jose.martinez@empresa.example"),
        ("Marta Suárez", "marta.suarez@empresa.example"),
    ]


def test_user_folder_replaces_one_language(tmp_path: Path) -> None:
    (tmp_path / "es").mkdir()
    (tmp_path / "es" / "thank_you.txt.j2").write_text("{{ greeting }}\n\nMil gracias.\n")
    t = load_templates(TemplatesSettings(folder=tmp_path))
    assert t.render("thank_you", {"greeting": "Hola:"}, "es") == "Hola:\n\nMil gracias.\n"
    assert "Thank you" in t.render("thank_you", {"greeting": "Hi,"}, "en")


# the suggested sentence names a calendar title's topic: a stage ("portfolio review") or a
# subject ("system design") must both read naturally, with no article the name would need
TOPIC_SENTENCES = {
    "en": "I especially enjoyed the {} part of the interview.",
    "de": "Besonders der Teil „{}“ hat mir gefallen.",
    "es": "Me resultó especialmente interesante la parte de {}.",
    "fr": "J'ai particulièrement apprécié la partie {}.",
    "it": "Ho apprezzato in particolare la parte di {}.",
    "nl": "Vooral het onderdeel {} vond ik erg interessant.",
    "pt": "Gostei especialmente da parte de {}.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("topic", ["portfolio review", "system design"])
def test_topic_sentence_takes_a_stage_or_a_subject(lang: str, topic: str) -> None:
    ctx: dict[str, object] = {k: "" for k in TEMPLATE_VARIABLES}
    ctx.update(greeting="GREETING", register="polite", topic=topic, note_mode="suggest")
    text = BUILTIN.render("thank_you", ctx, lang)  # type: ignore[arg-type]
    assert TOPIC_SENTENCES[lang].format(topic) in text


@pytest.mark.parametrize(
    ("names", "count", "verb"), [("Rita", 1, "recebesse"), ("Rita e João", 2, "recebessem")]
)
@pytest.mark.parametrize("kind", ["thank_you", "rejection_reply"])
def test_portuguese_pass_on_needs_no_article_before_the_name(
    kind: str, names: str, count: int, verb: str
) -> None:
    """European Portuguese says "à Rita", Brazilian "a Rita": the name is the subject instead."""
    ctx: dict[str, object] = {k: "" for k in TEMPLATE_VARIABLES}
    ctx.update(
        greeting="Olá,",
        register="polite",
        pass_on_to=names,
        pass_on_count=count,
        interview_count=1,
        note_mode="suggest",
        informed_by="system",
    )
    text = BUILTIN.render(kind, ctx, "pt")  # type: ignore[arg-type]
    assert f"Gostaria que {names} também {verb} os meus agradecimentos" in text
    assert f" a {names}" not in text and f"à {names}" not in text


def test_topic_keeps_acronyms_and_german_capitals() -> None:
    sc = Scenario(tz=TZ)
    start = at(3, 10)
    sc.add(
        at(2),
        kind="interview",
        interview_at=start,
        interview_end=start.replace(hour=11),
        calendar=[
            CalendarEvent(
                uid="uid-t@acme.com",
                summary="Onsite: Backend Engineer (API Design)",
                start=start,
                end=start.replace(hour=11),
                organizer_email="jane@acme.com",
                attendees=[("Jane Doe", "jane@acme.com")],
            )
        ],
        interviewers=[("Jane Doe", "jane@acme.com")],
    )
    tl = build_timeline(sc.messages, sc.notes, tz=TZ, now=NOW, me=[ME])
    app = tl.applications[0]
    [iv] = app.interviews
    assert _topic(iv, app, "Alex Rivera", "en") == "API design"
    assert _topic(iv, app, "Alex Rivera", "de") == "API Design"
    assert "I especially enjoyed the API design part of the interview." in _body(_draft(sc))


def test_template_set_compiles_text_handed_in_and_names_its_origin() -> None:
    """The core reads no file: the caller hands the text in, and an error says whose it is."""
    texts = {("en", "thank_you"): TemplateSource("{{ greeting }}\n\nThanks again.\n", "mine")}
    t = TemplateSet(texts)
    assert t.render("thank_you", {"greeting": "Hi Jane,"}) == "Hi Jane,\n\nThanks again.\n"
    # a language without its own template falls back to English
    assert t.render("thank_you", {"greeting": "Hola:"}, "es") == "Hola:\n\nThanks again.\n"
    with pytest.raises(ComposeError, match=r"^templates\.thank_you: /x\.j2: "):
        TemplateSet({}, {"thank_you": TemplateSource("{% if %}", "templates.thank_you: /x.j2")})
