"""The meaning step: what each found date means, why the others mean nothing (explain),
and that it stays linear on hostile text."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from typer.testing import CliRunner

from agent.cli import app
from agent.understand.date_meaning import read_dates

REF = datetime(2026, 3, 4, 10, 15, tzinfo=timezone(timedelta(hours=-5)))  # Wed 4 March 2026

BODY = (
    "Hi Alex,\n\nUnfortunately we had to cancel Monday, March 9 at 2pm. Your interview is now\n"
    "confirmed for Tuesday, March 10 at 2:30pm ET with Priya. We will make a decision within a\n"
    "week of your interview. Please complete the short questionnaire by March 6.\n\n"
    "Thanks for speaking with us on March 2!\n\nDana\n"
)
MESSAGE = (
    "From: Dana Lee <dana.lee@acmecorp.com>\nTo: Alex Rivera <alex.rivera@example.com>\n"
    "Subject: Your interview with Acme\nDate: Wed, 04 Mar 2026 10:15:00 -0500\n"
    "Message-ID: <t1@acmecorp.com>\n\n" + BODY + "\nOn Tue, Mar 3, 2026 at 4:12 PM Alex Rivera "
    "<alex.rivera@example.com> wrote:\n> Thursday, March 5 at 1pm ET works for me.\n"
)


def test_every_date_gets_a_meaning_or_a_reason() -> None:
    got = read_dates(BODY, ref=REF, kind="interview", account=True)
    assert got.interview_at == datetime(2026, 3, 10, 14, 30, tzinfo=timezone(timedelta(hours=-4)))
    assert got.respond_by == date(2026, 3, 17)  # a week from the interview it names
    by_text = {f.text: f for f in got.found}
    assert by_text["Tuesday, March 10 at 2:30pm ET"].meaning == "interview start"
    assert by_text["within a week"].meaning == "promised answer"
    assert "interview date" in by_text["within a week"].reason
    assert by_text["March 6"].reason == "the candidate's own deadline"
    assert by_text["March 2"].reason.startswith("before the message date")
    cancelled = next(f for f in got.found if f.text.startswith("Monday, March 9"))
    assert cancelled.meaning is None and cancelled.reason == "a cancelled slot"
    assert all(f.reason for f in got.found)


def test_without_account_nothing_is_listed() -> None:
    assert read_dates(BODY, ref=REF, kind="interview").found == ()


def test_other_mail_carries_no_promise_unless_it_is_a_status_update() -> None:
    text = "We're still reviewing applications and will get back to everyone by March 20."
    assert read_dates(text, ref=REF, kind="other").respond_by is None
    assert read_dates(text, ref=REF, kind="other", status_update=True).respond_by == date(
        2026, 3, 20
    )


def test_explain_lists_the_dates_of_the_new_text_only(tmp_path: Path) -> None:
    eml = tmp_path / "one.eml"
    eml.write_text(MESSAGE)
    result = CliRunner().invoke(
        app, ["explain", "--me", "alex.rivera@example.com", str(eml)], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    table = out[out.index("dates found") :]
    assert "interview start" in table and "promised answer" in table
    assert "a cancelled slot" in table and "the candidate's own deadline" in table
    assert "March 5" not in table  # the quoted proposal is never read


def test_hostile_text_stays_linear() -> None:
    """Long runs that tempt backtracking: spaces, digits, dots, repeated cue words."""
    pieces = [
        " " * 20000,
        "1" * 20000,
        "1." * 10000,
        "we will get back to you " * 800,
        "within " * 3000,
        "hoor je " * 2500 + "x",
        "check back on the " * 1000,
        "3/4 " * 5000,
        "a" * 20000 + " within two weeks",
        "after the 3rd " * 1500,
        "your application " * 1200 + "by March 20",
        "na 3 " * 4000,
        "within a week of your " * 900,
    ]
    for text in pieces:
        t0 = time.perf_counter()
        read_dates(text, ref=REF, kind="interview", account=True)
        assert time.perf_counter() - t0 < 20, text[:30]  # a hang guard, not a speed test


def test_the_word_prefilter_finds_what_a_full_scan_finds() -> None:
    """_date_matches tries the date pattern only where a date word starts; it must return
    exactly the matches of a scan at every position."""
    import yaml

    from agent.understand import dates as dt
    from agent.understand.mime import parse_message

    corpus = sorted((Path(__file__).parent / "corpus" / "messages").glob("*.eml"))
    texts = [parse_message(p.read_bytes()).text for p in corpus[:150]]
    data = yaml.safe_load((Path(__file__).parent / "dates" / "sentences.yaml").read_text())
    texts += [i["text"] for i in data["items"]]
    for text in texts:
        full = [(m.start(), m.end()) for m in dt._DATE_RE.finditer(text)]
        assert [(m.start(), m.end()) for m in dt._date_matches(text)] == full, text[:80]


def test_timestamps_of_forwarded_headers_are_no_interview_time() -> None:
    """Blocks the reply splitter may leave in the new text: a Lotus Notes "Forwarded by"
    line and an Outlook header block; a details block's "Date:/Time:" still counts."""
    notes = (
        "Please see below.\n\n---------------------- Forwarded by Sally Beck/HOU/ECT on "
        "03/09/2026 09:14 AM ---------------------------\nInterview with Jane confirmed.\n"
    )
    outlook = (
        "FYI, see the interview note below.\n\nFrom: Dana Lee <dana@acme.example>\n"
        "Sent: Monday, March 9, 2026 9:14 AM\nTo: Alex\nSubject: Interview\n\nTalk soon.\n"
    )
    details = "Your interview:\nDate: Thursday, 5 March\nTime: 14:00 CET (60 minutes)\n"
    for text in (notes, outlook):
        got = read_dates(text, ref=REF, kind="interview", account=True)
        assert got.interview_at is None, text
        assert any("forwarded or quoted" in f.reason for f in got.found), got.found
    at = read_dates(details, ref=REF, kind="interview").interview_at
    assert at == datetime(2026, 3, 5, 14, 0, tzinfo=timezone(timedelta(hours=1)))
