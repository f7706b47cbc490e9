"""Date and time extraction: tables of literal phrases → expected values (pure functions)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from agent.understand import understand
from agent.understand.core import follow_up_on, respond_by
from agent.understand.dates import add_business_days, find_spans, full_datetimes, zone_from_name

# Wednesday 25 February 2026, 09:30 at -05:00 (New York winter time)
REF = datetime(2026, 2, 25, 9, 30, tzinfo=timezone(timedelta(hours=-5)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday, March 3 at 2:30pm ET", "2026-03-03T14:30:00-05:00"),
        ("Tuesday, March 10 at 2:30pm ET", "2026-03-10T14:30:00-04:00"),  # after US DST start
        ("tomorrow at 10", "2026-02-26T10:00:00-05:00"),
        ("Thursday 14:00 CET", "2026-02-26T14:00:00+01:00"),
        ("2026-03-04T10:00", "2026-03-04T10:00:00-05:00"),
        ("on 2026-03-04 at 10:00 UTC", "2026-03-04T10:00:00+00:00"),
        ("am Dienstag, 3. März um 14:00 Uhr", "2026-03-03T14:00:00-05:00"),
        ("am 31. März um 14 Uhr (MESZ)", "2026-03-31T14:00:00+02:00"),
        ("el martes 3 de marzo a las 10:00", "2026-03-03T10:00:00-05:00"),
        ("le mardi 3 mars à 14h30", "2026-03-03T14:30:00-05:00"),
        ("Mon, 9 March 2026 16:00 GMT+1", "2026-03-09T16:00:00+01:00"),
        ("03/04/2026 at 3 PM GMT", "2026-03-04T15:00:00+00:00"),
        ("Friday, March 6th, 11-12pm PT", "2026-03-06T11:00:00-08:00"),
        ("Friday, March 6, 2-3pm PT", "2026-03-06T14:00:00-08:00"),
        ("Thursday, January 22 at noon Pacific", "2026-01-22T12:00:00-08:00"),
        ("Monday the 2nd at 11am", "2026-03-02T11:00:00-05:00"),
        ("Wednesday, 4 March, 15:00 (CET)", "2026-03-04T15:00:00+01:00"),
        (
            "Event Date/Time: 10:00am - 10:30am (Eastern Time - US & Canada) Tuesday, March 3, 2026",
            "2026-03-03T10:00:00-05:00",
        ),
        (
            "When: Tuesday, March 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)",
            "2026-03-03T10:00:00-05:00",
        ),
        ("Date: Thursday, 5 March\nTime: 14:00 CET (60 minutes)", "2026-03-05T14:00:00+01:00"),
        (
            "Time zone: America/Los_Angeles\nThursday, March 5 · 1:00 – 1:45pm",
            "2026-03-05T13:00:00-08:00",
        ),
        ("mañana a las 11", "2026-02-26T11:00:00-05:00"),
        ("demain à 10h", "2026-02-26T10:00:00-05:00"),
        ("morgen um 10 Uhr", "2026-02-26T10:00:00-05:00"),
        ("Thursday at 2", "2026-02-26T14:00:00-05:00"),
    ],
)
def test_full_datetimes(text: str, expected: str) -> None:
    found = full_datetimes(text, REF)
    assert found, text
    assert found[0][0].isoformat() == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("¿Te va bien el jueves 5 a las 10:30 para una llamada?", "es"),
        ("On se parle jeudi 5 à 10h30 ?", "fr"),
        ("Passt es Ihnen am Donnerstag, 5. um 10:30 Uhr?", "de"),
        ("Ci sentiamo giovedì 5 alle 10:30?", "it"),
        ("Podemos falar na quinta-feira, dia 5, às 10h30?", "pt"),
        ("Schikt donderdag 5 om 10.30 uur?", "nl"),
        ("Does Thursday 5 at 10:30 work for you?", "en"),
    ],
)
def test_weekday_with_a_bare_day_number(text: str, lang: str) -> None:
    """A weekday with the day of the month and no month ("jueves 5") is that day, when the
    weekday is right for it; the time after it belongs to it."""
    found = full_datetimes(text, REF, lang=lang)
    assert [d.isoformat() for d, _ in found] == ["2026-03-05T10:30:00-05:00"], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday 10 am", ["2026-02-26T10:00:00-05:00"]),  # an hour, not the 10th
        ("Thursday 10:30", ["2026-02-26T10:30:00-05:00"]),
        ("el martes 9 a las 10", []),  # 9 March is a Monday: no such day
        ("Monday 31 at 10:00", []),  # the next Monday the 31st is months away
    ],
)
def test_weekday_number_not_a_day(text: str, expected: list[str]) -> None:
    assert [d.isoformat() for d, _ in full_datetimes(text, REF, lang="es")] == expected


@pytest.mark.parametrize(
    "text",
    [
        "por la mañana",
        "Guten Morgen Alex",
        "version 2.10 released",
        "score 10:1",
        "call me at 555-0100",
    ],
)
def test_no_false_datetimes(text: str) -> None:
    assert full_datetimes(text, REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we will get back to you within two weeks", "2026-03-11"),
        ("in 5 business days", "2026-03-04"),
        ("within 3-5 business days", "2026-03-04"),
        ("by the end of next week", "2026-03-06"),
        ("by end of the week", "2026-02-27"),
        ("innerhalb der nächsten zwei Wochen", "2026-03-11"),
        ("en las próximas dos semanas", "2026-03-11"),
        ("d'ici la fin de la semaine prochaine", "2026-03-06"),
        ("sous 10 jours ouvrés", "2026-03-11"),
        ("within 30 days", "2026-03-27"),
        ("by the end of the month", "2026-02-28"),
    ],
)
def test_spans(text: str, expected: str) -> None:
    spans = find_spans(text, REF.date())
    assert spans and spans[0].day.isoformat() == expected


def test_business_days_skip_weekends() -> None:
    assert add_business_days(date(2025, 10, 16), 5) == date(2025, 10, 23)  # Thu → Thu
    assert add_business_days(date(2026, 2, 27), 1) == date(2026, 3, 2)  # Fri → Mon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We'll get back to you within two weeks.", "2026-03-11"),
        ("You can expect to hear from us by Friday.", "2026-02-27"),
        ("Expect to hear back by Friday.", "2026-02-27"),
        ("You'll hear from us by the end of next week either way.", "2026-03-06"),
        ("We will contact all applicants by March 13.", "2026-03-13"),
        ("The team will make a decision by Tuesday, March 10.", "2026-03-10"),
        ("Wir melden uns innerhalb von zwei Wochen bei Ihnen.", "2026-03-11"),
        ("Te daremos una respuesta en las próximas dos semanas.", "2026-03-11"),
        ("Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", "2026-03-06"),
        ("Please complete the test by Friday.", None),  # the candidate's deadline
        ("Please send the deck by Friday, and we'll let you know within 3 business days of "
         "receiving it.", None),  # relative to an unknown date
        ("Es gibt noch keine Entscheidung bis Ende nächster Woche.", None),
        ("Please sign and return the offer by March 6.", None),
    ],
)  # fmt: skip
def test_respond_by(text: str, expected: str | None) -> None:
    got = respond_by(text, REF)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Feel free to follow up with me on March 16 if you haven't heard.", "2026-03-16"),
        (
            "Please follow up with me on Tuesday 3/10 if you haven't heard anything by then.",
            "2026-03-10",
        ),
        ("Ping me on Monday the 2nd and I'll have news.", None),  # no ask pattern "ping me" alone
        ("Melden Sie sich gern am Montag, 9. März, noch einmal bei mir.", "2026-03-09"),
        ("No dudes en escribirnos el 10 de marzo si no tienes noticias.", "2026-03-10"),
        ("Please reach out to Ines with any questions.", None),
    ],
)
def test_follow_up_on(text: str, expected: str | None) -> None:
    got = follow_up_on(text, REF)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize(
    ("name", "offset_march_10"),
    [
        ("ET", -4), ("EST", -4), ("PT", -7), ("CET", 1), ("CEST", 1), ("MESZ", 1), ("BST", 0),
        ("GMT", 0), ("UTC", 0), ("GMT+1", 1), ("(UTC-05:00)", -5), ("Europe/Berlin", 1),
        ("Pacific Time", -7), ("IST", 5.5),
    ],
)  # fmt: skip
def test_zone_names(name: str, offset_march_10: float) -> None:
    tz = zone_from_name(name)
    assert tz is not None
    off = datetime(2026, 3, 10, 12, tzinfo=tz).utcoffset()
    assert off is not None and off.total_seconds() / 3600 == offset_march_10


# --------------------------------------------------------------------------- whole messages

ATS = "Acme Corp <no-reply@greenhouse.io>"
J = "Jordan Lee <jordan.lee@acmecorp.com>"
# (kind, respond_by, follow_up_on, subject, sender, body, interview_at); Date: Tue 3 Mar 2026 -0500
MESSAGES = [
    (
        "interview",
        None,
        None,
        "Interview details",
        J,
        "Hi Alex,\n\nYour interview is confirmed for 3/12 at 9:00 AM PST with Sam and Priya.\n\nJordan",
        "2026-03-12T09:00:00-07:00",
    ),
    (
        "interview",
        None,
        None,
        "Panel interview",
        J,
        "Hi Alex, we'd like to invite you to a panel interview. Here are some options:\n- Mon 3/9 10am ET\n- Tue 3/10 2pm ET\n- Wed 3/11 4pm ET\nLet me know which works best.",
        None,
    ),
    (
        "application_received",
        "2026-03-17",
        None,
        "Application received",
        ATS,
        "Thank you for applying. We review every application and aim to respond within 10 business days.",
        None,
    ),
    (
        "application_received",
        "2026-03-13",
        None,
        "Thanks for applying",
        J,
        "Hi Alex, thanks for sending your CV. I'll review it with the hiring manager and get back to you by the end of next week.\n\nJordan",
        None,
    ),
    (
        "other",
        "2026-03-10",
        None,
        "Quick update",
        J,
        "Hi Alex, just a quick update - the hiring manager is traveling, so we expect to have feedback for you by Tuesday, March 10. Thanks for your patience!",
        None,
    ),
    (
        "other",
        None,
        "2026-03-16",
        "Re: Checking in",
        J,
        "Hi Alex, thanks for checking in! We're still interviewing other candidates. Feel free to follow up with me on Monday, March 16 if you haven't heard back.",
        None,
    ),
    (
        "rejection",
        None,
        None,
        "Re: Checking in",
        J,
        "Hi Alex, thanks for following up. I'm afraid the team has decided not to move forward - the role required more Kubernetes depth. I wish you the best of luck in your search.",
        None,
    ),
    (
        "offer",
        None,
        None,
        "Offer",
        J,
        "Hi Alex! Great news - we'd like to offer you the position. Please review the attached letter and let us know your decision by March 10.",
        None,
    ),
    (
        "assessment",
        None,
        None,
        "Technical assessment",
        ATS,
        "Hi Alex, the next step is a 90-minute technical assessment on CodeSignal. Please complete it by Friday, March 6. We'll review results within a week of submission.",
        None,
    ),
    (
        "interview",
        None,
        None,
        "Invitation: Interview - Data Engineer @ Thu Mar 5, 2026 11am - 12pm (EST)",
        J,
        "Invitation from Google Calendar\nInterview - Data Engineer\nThursday Mar 5, 2026 ⋅ 11am – 12pm\nEastern Time - New York\nJoin with Google Meet",
        "2026-03-05T11:00:00-05:00",
    ),
    (
        "interview",
        None,
        None,
        "Entrevista confirmada",
        "Talento <talento@acmecorp.es>",
        "Hola Alex, te confirmamos la entrevista el jueves 5 de marzo a las 16:00 (hora de Madrid).",
        "2026-03-05T16:00:00+01:00",
    ),
    (
        "interview",
        None,
        None,
        "Entretien",
        "RH <rh@acmecorp.fr>",
        "Bonjour Alex, je vous confirme notre entretien le jeudi 5 mars à 14h00.",
        "2026-03-05T14:00:00-05:00",
    ),
    (
        "interview",
        None,
        None,
        "Vorstellungsgespräch",
        "HR <hr@acmecorp.de>",
        "Hallo Alex, hiermit bestätigen wir Ihr Vorstellungsgespräch am Donnerstag, den 5. März 2026 um 14:00 Uhr.",
        "2026-03-05T14:00:00-05:00",
    ),
]


@pytest.mark.parametrize(("kind", "rb", "fu", "subject", "sender", "body", "iat"), MESSAGES)
def test_message_dates(
    kind: str, rb: str | None, fu: str | None, subject: str, sender: str, body: str, iat: str | None
) -> None:
    from tests.test_understand_classify import mail

    f = understand(mail(body, subject=subject, sender=sender), me=["alex.rivera@example.com"])
    assert f.kind == kind, f.evidence
    assert (f.respond_by.isoformat() if f.respond_by else None) == rb
    assert (f.follow_up_on.isoformat() if f.follow_up_on else None) == fu
    assert (f.interview_at.isoformat() if f.interview_at else None) == iat
