"""Robustness: arbitrary and mutated input, huge HTML, missing Date, lying charsets, and the
``classify`` command going on past files it cannot read."""

from __future__ import annotations

import json
import random
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from agent.cli import app
from agent.errors import UnreadableMessage
from agent.models import MessageFacts
from agent.understand import could_be_job_mail, understand

ME = ["alex.rivera@example.com"]
CORPUS = Path(__file__).parent / "corpus" / "messages"

INVITE = (
    b"From: Jordan Lee <jordan.lee@acmecorp.com>\r\n"
    b"To: Alex Rivera <alex.rivera@example.com>\r\n"
    b"Subject: Interview invitation: Data Engineer\r\n"
    b"Date: Tue, 03 Mar 2026 10:15:00 -0500\r\n"
    b"Message-ID: <inv-1@acmecorp.com>\r\n"
    b"MIME-Version: 1.0\r\n"
    b'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n'
    b"--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Hi Alex,\r\n\r\nWe'd like to invite you to an interview on Thursday, March 5 at 2:30pm ET.\r\n"
    b"Please confirm.\r\n\r\nJordan\r\n\r\n"
    b"On Mon, Mar 2, 2026 at 9:00 AM Alex Rivera <alex.rivera@example.com> wrote:\r\n"
    b"> Unfortunately I cannot make Wednesday.\r\n"
    b"--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<p>Hi Alex,</p><p>We'd like to invite you to an interview on Thursday, March 5 at 2:30pm ET.</p>\r\n"
    b"--b1--\r\n"
)


def _seeds() -> list[bytes]:
    seeds = [INVITE]
    if CORPUS.is_dir():
        seeds += [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))[:40]]
    return seeds


def _check(raw: bytes) -> None:
    try:
        facts = understand(raw, me=ME)
    except UnreadableMessage:
        return
    assert isinstance(facts, MessageFacts)
    # always serialisable, and as UTF-8 (no surrogate escapes leak out of raw headers)
    json.dumps(facts.contract_dict(), ensure_ascii=False).encode("utf-8")
    facts.model_dump_json().encode("utf-8")
    could_be_job_mail(raw[:4096], me=ME)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise_anything_but_unreadable(raw: bytes) -> None:
    _check(raw)
    assert isinstance(could_be_job_mail(raw), bool)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=3000))
def test_arbitrary_text_with_headers_never_raises(body: str) -> None:
    raw = f"From: x@y.com\nSubject: {body[:50]}\nContent-Type: text/html\n\n{body}"
    _check(raw.encode("utf-8", "surrogatepass"))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_messages_never_raise_anything_but_unreadable(data: st.DataObject) -> None:
    seeds = _seeds()
    raw = bytearray(seeds[data.draw(st.integers(0, len(seeds) - 1))])
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1)))
    for _ in range(data.draw(st.integers(1, 12))):
        op = rng.randrange(6)
        pos = rng.randrange(len(raw) + 1)
        if op == 0 and raw:  # flip bytes
            raw[min(pos, len(raw) - 1)] = rng.randrange(256)
        elif op == 1:  # insert junk
            raw[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
        elif op == 2:  # truncate
            del raw[pos:]
        elif op == 3:  # delete a slice
            del raw[pos : pos + rng.randrange(1, 200)]
        elif op == 4:  # duplicate a slice (nested boundaries, repeated headers)
            raw[pos:pos] = raw[pos : pos + rng.randrange(1, 300)]
        else:  # lie about the charset / encoding
            raw = bytearray(
                bytes(raw)
                .replace(
                    b"utf-8", rng.choice([b"x-unknown", b"us-ascii", b"iso-2022-jp", b"utf-7"])
                )
                .replace(b"quoted-printable", rng.choice([b"base64", b"x-uuencode", b"8bit"]))
            )
        if not raw:
            break
    _check(bytes(raw))


@pytest.mark.parametrize(
    "body",
    [
        b"interview " + b" " * 500_000 + b"x",  # a long blank run (no quadratic regexes)
        b"we will get back to you " * 40_000,  # thousands of promise cues, no sentence end
        (b">" * 2000 + b"\r\n") * 500,
        b"Monday, March 3 at 2pm, " * 20_000,
        (b"From: x\r\nSent: y\r\n") * 20_000,
        b"<div>" * 20_000 + b"interview" + b"</div>" * 20_000,
    ],
    ids=["blank-run", "repeated-cues", "quote-marks", "dates", "header-blocks", "deep-html"],
)
def test_pathological_bodies_finish(body: bytes) -> None:
    raw = (
        b"From: Jane <jane@acme.com>\r\nTo: alex.rivera@example.com\r\nSubject: Interview\r\n"
        b"Date: Tue, 03 Mar 2026 10:00:00 -0500\r\nContent-Type: text/plain\r\n\r\n" + body
    )
    understand(raw, me=ME)


def test_not_a_message_is_unreadable() -> None:
    for junk in (
        b"",
        b"   \n\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"hello world, no headers here",
    ):
        with pytest.raises(UnreadableMessage):
            understand(junk)


def _html_mail(html: str, **headers: str) -> bytes:
    m = EmailMessage(policy=SMTP)
    m["From"] = headers.get("From", "Acme Corp <no-reply@greenhouse.io>")
    m["To"] = "alex.rivera@example.com"
    m["Subject"] = headers.get("Subject", "Your application to Acme Corp")
    if "Date" in headers:
        m["Date"] = headers["Date"]
    m.set_content(html, subtype="html")
    return m.as_bytes()


def test_five_megabyte_html_message() -> None:
    rows = "".join(
        f'<tr><td style="padding:4px">Item {i}</td><td><a href="https://shop.example.com/p/{i}">'
        f"Product number {i} with a long description</a></td></tr>"
        for i in range(36000)
    )
    html = (
        "<html><head><style>.x{color:red}</style></head><body>"
        '<div style="display:none;max-height:0">Preheader: great deals inside</div>'
        "<p>Hi Alex,</p><p>Thank you for applying. Unfortunately, we have decided to move forward "
        "with other candidates for the Data Engineer role.</p>"
        f"<table>{rows}</table>"
        '<img src="https://t.example.com/o.gif" width="1" height="1"></body></html>'
    )
    raw = _html_mail(html, Date="Tue, 03 Mar 2026 10:00:00 -0500")
    assert len(raw) > 5_000_000
    facts = understand(raw, me=ME)
    assert facts.kind == "rejection"
    assert facts.company == "Acme Corp"


def test_hidden_preheader_and_tracking_pixel_are_not_text() -> None:
    html = (
        '<html><body><span class="preheader" style="display:none">Unfortunately hidden</span>'
        "<p>Hi Alex, we'd like to invite you to an interview for the Data Engineer role.</p>"
        '<img src="https://t.example.com/o.gif" width="1" height="1" alt=""></body></html>'
    )
    facts = understand(_html_mail(html, Date="Tue, 03 Mar 2026 10:00:00 -0500"), me=ME)
    assert facts.kind == "interview"
    assert not any("hidden" in e.lower() for e in facts.evidence)


def test_message_without_date_header() -> None:
    raw = (
        b"From: Jordan Lee <jordan.lee@acmecorp.com>\r\nTo: alex.rivera@example.com\r\n"
        b"Subject: Interview\r\nMessage-ID: <nodate@acmecorp.com>\r\n\r\n"
        b"Hi Alex, we'd like to invite you to an interview tomorrow at 10am for the Data Engineer "
        b"role. We will get back to you within two weeks after that.\r\n"
    )
    facts = understand(raw, me=ME)
    assert facts.sent_at is None
    assert facts.kind == "interview"
    # relative dates need a reference: with no Date (and no Received) they stay unknown
    assert facts.interview_at is None and facts.respond_by is None
    # a date that states its year needs no reference
    raw2 = raw.replace(b"tomorrow at 10am", b"on March 12, 2026 at 10am EST")
    at = understand(raw2, me=ME).interview_at
    assert at is not None and at.isoformat() == "2026-03-12T10:00:00-04:00"


def test_missing_date_falls_back_to_received() -> None:
    raw = (
        b"Received: from mx.acmecorp.com by mx.example.com; Tue, 3 Mar 2026 10:00:00 -0500\r\n"
        b"From: Jordan Lee <jordan.lee@acmecorp.com>\r\nTo: alex.rivera@example.com\r\n"
        b"Subject: Your application\r\n\r\n"
        b"Hi Alex, thanks for applying to the Data Engineer role. We will get back to you within "
        b"two weeks.\r\n"
    )
    facts = understand(raw, me=ME)
    assert facts.sent_at is None
    assert facts.respond_by is not None and facts.respond_by.isoformat() == "2026-03-17"


@pytest.mark.parametrize(
    ("declared", "payload", "expect"),
    [
        ("us-ascii", "Viele Grüße aus München, José".encode("latin-1"), "Grüße"),
        ("iso-8859-1", "Viele Grüße aus München, José".encode(), "Grüße"),
        ("x-unknown-charset", "Viele Grüße aus München, José".encode(), "Grüße"),
        ("utf-8", "Viele Grüße aus München, José".encode("cp1252"), "Grüße"),
        ("windows-1252", "Viele Grüße – “quotes”".encode("cp1252"), "“quotes”"),
    ],
)
def test_mislabelled_charsets_decode_sensibly(declared: str, payload: bytes, expect: str) -> None:
    raw = (
        b"From: Jordan Lee <jordan.lee@acmecorp.com>\r\nTo: alex.rivera@example.com\r\n"
        b"Subject: Test\r\nDate: Tue, 03 Mar 2026 10:15:00 -0500\r\nMIME-Version: 1.0\r\n"
        + f"Content-Type: text/plain; charset={declared}\r\n".encode()
        + b"Content-Transfer-Encoding: 8bit\r\n\r\nHallo Alex,\r\n\r\n"
        + payload
        + b"\r\n"
    )
    from agent.understand.mime import parse_message

    assert expect in parse_message(raw).text
    understand(raw, me=ME)


def test_encoded_words_with_unknown_charset_in_headers() -> None:
    raw = (
        b"From: =?x-bogus?q?J=F6rg?= <joerg@acmecorp.de>\r\nTo: alex.rivera@example.com\r\n"
        b"Subject: =?utf-8?q?Einladung_zum_Vorstellungsgespr=C3=A4ch?= =?broken\r\n"
        b"Date: Tue, 03 Mar 2026 10:15:00 +0100\r\n\r\nHallo Alex, wir laden Sie zum "
        b"Vorstellungsgespr\xc3\xa4ch ein.\r\n"
    )
    facts = understand(raw, me=ME)
    assert "Vorstellungsgespräch" in facts.subject
    assert facts.kind == "interview"


# --------------------------------------------------------------------------- the command


def test_classify_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "a-good.eml"
    good.write_bytes(INVITE)
    (tmp_path / "b-garbage.eml").write_bytes(b"\x00\x01\x02 not mail at all")
    (tmp_path / "c-empty.eml").write_bytes(b"")
    (tmp_path / "d-broken-link.eml").symlink_to(tmp_path / "missing-target.eml")
    (tmp_path / "notes.txt").write_text("ignored: not an .eml in a directory walk")
    mbox = tmp_path / "e-box.mbox"
    mbox.write_bytes(
        b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + INVITE.replace(b"\r\n", b"\n") + b"\n"
    )
    result = CliRunner().invoke(app, ["classify", "--json", "--me", ME[0], str(tmp_path)])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.strip().startswith("{")]
    files = [x["file"] for x in lines]
    assert any(f.endswith("a-good.eml") for f in files)
    assert any("e-box.mbox#1" in f for f in files)
    assert next(iter(lines[0])) == "file"
    assert set(lines[0]) == {"file", "message_id", "kind", "confidence", "interview_at",
                             "respond_by", "follow_up_on", "company", "role", "contact_email",
                             "evidence"}  # fmt: skip
    assert lines[0]["kind"] == "interview"
    assert lines[0]["interview_at"] == "2026-03-05T14:30:00-05:00"
    err = result.stderr
    for bad in ("b-garbage.eml", "c-empty.eml", "d-broken-link.eml"):
        assert bad in err


def test_classify_exit_zero_when_all_ok_and_table_output(tmp_path: Path) -> None:
    good = tmp_path / "one.eml"
    good.write_bytes(INVITE)
    result = CliRunner().invoke(app, ["classify", "--me", ME[0], str(good)])
    assert result.exit_code == 0, result.output
    assert "interview" in result.stdout and "one.eml" in result.stdout


def test_explain_shows_evidence_and_quoted_part(tmp_path: Path) -> None:
    good = tmp_path / "one.eml"
    good.write_bytes(INVITE)
    result = CliRunner().invoke(app, ["explain", "--me", ME[0], str(good)])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "interview" in out and "invite you to an interview" in out
    assert "quoted" in out and "Unfortunately I cannot make Wednesday" in out
