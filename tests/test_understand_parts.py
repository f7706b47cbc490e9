"""The pieces of understanding: quote splitting, HTML, headers, calendars, contacts, the
first pass and the source walker. Tables of literal inputs and expected outputs."""

from __future__ import annotations

import itertools
import random
import re
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent import senders
from agent.mail.message_files import iter_sources
from agent.understand import could_be_job_mail, understand
from agent.understand.calendar import parse_calendars
from agent.understand.company_name import resolve_company
from agent.understand.contact_person import contact_email, first_name, is_person
from agent.understand.firstpass import header_block
from agent.understand.htmltext import html_to_text
from agent.understand.job_role import role_from
from agent.understand.mime import decode_bytes, decode_header_value, parse_date
from agent.understand.quotes import split_reply
from benchmarks.synthetic_mailbox import generate

ME = ["alex.rivera@example.com"]

# --------------------------------------------------------------------------- quotes


@pytest.mark.parametrize(
    ("text", "new_ends_with", "quoted_starts_with"),
    [
        ("See you then!\n\nOn Tue, Mar 3, 2026 at 10:00 AM Jane <j@x.com> wrote:\n> Unfortunately",
         "See you then!", "On Tue"),
        ("Passt!\n\nAm 03.03.2026 um 10:00 schrieb Jane Doe <j@x.com>:\n> Leider", "Passt!", "Am 03"),
        ("Perfecto.\n\nEl mar, 3 mar 2026 a las 10:00, Jane (<j@x.com>) escribió:\n> Hola",
         "Perfecto.", "El mar"),
        ("Parfait.\n\nLe mar. 3 mars 2026 à 10:00, Jane <j@x.com> a écrit :\n> Bonjour",
         "Parfait.", "Le mar"),
        ("Thanks!\n\n-----Original Message-----\nFrom: Jane\nSent: Monday\nSubject: x\n\nold",
         "Thanks!", "-----Original"),
        ("Thanks!\n\n________________________________\nFrom: Jane <j@x.com>\nSent: Monday\nTo: Alex\n\nold",
         "Thanks!", "_____"),
        ("Great.\n\nFrom: Jane <j@x.com>\nDate: Mon, 2 Mar 2026\nSubject: Re: x\n\nold", "Great.", "From:"),
        ("On it.\n\nOn Mon, Mar 2, 2026 at 9:00 AM Jane Smith <\njane@x.com> wrote:\n> old",
         "On it.", "On Mon"),
        ("Short reply\n> quoted one\n> quoted two\n> quoted three", "Short reply", "> quoted one"),
        # issue 12: every client format, localised Outlook headers, Lotus Notes
        ("Va bene.\n\nIl giorno mar 3 mar 2026 alle ore 09:14 Jane <j@x.com> ha scritto:\n> Ciao",
         "Va bene.", "Il giorno"),
        ("Prima.\n\nOp di 3 mrt 2026 om 09:14 schreef Jane <j@x.com>:\n> Hoi", "Prima.", "Op di"),
        ("Ótimo.\n\nEm ter., 3 de mar. de 2026 às 09:14, Jane <j@x.com> escreveu:\n> Olá",
         "Ótimo.", "Em ter"),
        ("Ok.\n\nDa: Jane <j@x.com>\nInviato: martedì 3 marzo 2026 09:14\nA: Alex\nOggetto: x\n\nold",
         "Ok.", "Da:"),
        ("Ok.\n\nVan: Jane <j@x.com>\nVerzonden: dinsdag 3 maart 2026 09:14\nAan: Alex\n\nold",
         "Ok.", "Van:"),
        ("Ok.\n\nDe : Jane <j@x.com>\nEnvoyé : mardi 3 mars 2026 09:14\nÀ : Alex\n\nold",
         "Ok.", "De :"),
        ("Ok.\n\nDe: Jane <j@x.com>\nEnviada em: terça-feira, 3 de março de 2026 09:14\nPara: A\n\nold",
         "Ok.", "De:"),
        ("FYI\n\n-------- Forwarded Message --------\nSubject: \tx\nDate: \tTue\nFrom: \tJane\n\nold",
         "FYI", "-------- Forwarded"),
        ("Please see below.\n\n---------------------- Forwarded by Jane Doe/HOU/ECT on 12/17/99 "
         "10:14 AM ---------------------------\n\nBob Ray on 12/16/99 04:10:22 PM\nTo: Jane Doe/HOU/ECT@ECT"
         "\ncc:\nSubject: Interview schedule\n\nPlease interview the candidates at 9:00 am",
         "Please see below.", "----------------------"),
        ("Wrapped.\n\n---------------------- Forwarded by Jane Doe/HOU/ECT on 12/17/99\n10:14 AM "
         "---------------------------\n\nold", "Wrapped.", "----------------------"),
        ("See you at 3:00.\n\n\n\nAlex Rivera\n04/22/2026 02:44 PM\nTo: Gary Hanks/HOU/ECT@ECT\ncc:"
         "\nSubject: Re: volumes\n\nCan we meet at 3:00?", "See you at 3:00.", "Alex Rivera"),
        ("> Would Wednesday work?\n\nYes - Wednesday at 10am.\n\n> Anything to bring?\n\nJust ID.",
         "Just ID.", "> Would"),
    ],
)  # fmt: skip
def test_quote_split(text: str, new_ends_with: str, quoted_starts_with: str) -> None:
    s = split_reply(text)
    assert s.new.endswith(new_ends_with)
    assert s.quoted.startswith(quoted_starts_with)


@pytest.mark.parametrize(
    ("text", "signature_starts"),
    [
        ("Hi Alex,\n\nSee you Tuesday.\n\nBest,\nJane Smith\nRecruiter, Acme", "Best,"),
        ("Hallo Alex,\n\nbis Dienstag.\n\nViele Grüße\nJane", "Viele Grüße"),
        ("Hola Alex:\n\nnos vemos.\n\nUn saludo,\nJane", "Un saludo,"),
        ("Bonjour,\n\nà mardi.\n\nCordialement,\nJane", "Cordialement,"),
        ("Hi Alex,\n\nsee you.\n--\nJane Smith | Acme", "--"),
        ("Hi Alex, see you. Un saludo, The Acme Recruiting Team", ""),
        ("Hi Alex,\nsee you.\nThanks, see you Tuesday", ""),
    ],
)
def test_signature_split(text: str, signature_starts: str) -> None:
    sig = split_reply(text).signature
    assert sig.startswith(signature_starts) if signature_starts else sig == ""


# --------------------------------------------------------------------------- html


def test_html_to_text_drops_invisible_parts_and_marks_quotes() -> None:
    html = (
        "<html><head><title>t</title><style>p{color:red}</style><script>var x=1</script></head>"
        '<body><div style="display:none">PREHEADER</div><span class="preheader">PRE2</span>'
        '<div style="font-size:0px;max-height:0">PRE3</div>'
        "<table><tr><td>Hi Alex,</td></tr><tr><td><p>We'd like to <b>invite</b> you.</p>"
        '<a href="https://calendly.com/acme/30">Book a time</a></td></tr></table>'
        '<div class="gmail_quote">On Mon Jane wrote:<blockquote>Unfortunately no.</blockquote></div>'
        '<img src="https://t.example.com/p.gif" width="1" height="1"></body></html>'
    )
    text, links = html_to_text(html)
    assert "PREHEADER" not in text and "PRE2" not in text and "PRE3" not in text
    assert "var x" not in text and "color:red" not in text
    assert "We'd like to invite you." in text
    assert "> > Unfortunately no." in text or "> Unfortunately no." in text
    assert ("Book a time", "https://calendly.com/acme/30") in links
    assert split_reply(text).quoted.lstrip("> ").startswith(("On Mon", "Unfortunately"))


def test_the_cheap_style_test_never_passes_over_a_hiding_style() -> None:
    """``_may_hide`` is only a shortcut: every style the hiding pattern finds something
    in, it lets through (any case, spacing, units, other declarations around, non-ASCII
    letters the case-insensitive pattern reads as ASCII ones)."""
    from agent.understand.htmltext import _HIDDEN_STYLE, _may_hide

    names = ["display", "DISPLAY", "visibility", "max-height", "Font-Size", "opacity",
             "mso-hide", "width", "max-width", "margin", "color", "font-\u017fize", "di\u017fplay"]  # fmt: skip
    values = ["none", "NONE", "hidden", "all", "0", "0px", "0PX", "0.00", "0.5", "1px", "red"]
    ends = ["", ";", " ;", "!important", " !important;", "\n"]
    rng = random.Random(7)

    def declaration() -> str:
        gap = rng.choice([":", " : ", ":\t"])
        return rng.choice(names) + gap + rng.choice(values) + rng.choice(ends)

    styles = ["".join(declaration() for _ in range(rng.randint(1, 4))) for _ in range(20000)]
    hiding = [s for s in styles if _HIDDEN_STYLE.search(s)]
    assert len(hiding) > 500
    assert all(_may_hide(s) for s in hiding)
    assert not _may_hide("margin:0;padding:0 4px;font-size:14px;color:#333")


def test_html_to_text_never_raises_on_junk() -> None:
    for junk in ("", "<", "<<<>>>", "<?xml version='1.0' encoding='utf-8'?><p>x</p>", "\x00\x01"):
        html_to_text(junk)


# --------------------------------------------------------------------------- headers and charsets


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "=?utf-8?q?Einladung_zum_Vorstellungsgespr=C3=A4ch?=",
            "Einladung zum Vorstellungsgespräch",
        ),
        (
            "=?iso-8859-1?Q?Eingangsbest=E4tigung?= Ihrer Bewerbung",
            "Eingangsbestätigung Ihrer Bewerbung",
        ),
        ("=?utf-8?b?Q3JlbWEgJiBDby4=?=", "Crema & Co."),
        ("=?x-bogus?q?J=F6rg?=", "Jörg"),
        ("plain\r\n folded", "plain folded"),
    ],
)
def test_decode_header_value(value: str, expected: str) -> None:
    assert decode_header_value(value) == expected


def test_raw_utf8_and_cp1252_headers() -> None:
    raw = (
        b"From: Jos\xc3\xa9 P\xc3\xa9rez <jose@acme.com>\r\nTo: alex.rivera@example.com\r\n"
        b"Subject: Entrevista \xe2\x80\x93 Caf\xc3\xa9 \xf0\x9f\x8e\x89\r\n"
        b"Date: Tue, 03 Mar 2026 10:00:00 -0500\r\n\r\nHola\r\n"
    )
    f = understand(raw)
    assert f.subject == "Entrevista – Café 🎉" and f.from_name == "José Pérez"
    assert decode_header_value("=?iso-8859-1?q?Entrevista_=96_Andinas?=") == "Entrevista – Andinas"


@pytest.mark.parametrize(
    ("data", "label", "expected"),
    [
        ("Grüße".encode(), "iso-8859-1", "Grüße"),  # UTF-8 labelled latin-1
        ("Grüße".encode("latin-1"), "us-ascii", "Grüße"),
        ("Grüße".encode("latin-1"), "utf-8", "Grüße"),  # latin-1 labelled UTF-8
        ("Grüße".encode(), "no-such-charset", "Grüße"),
        ("“hi”".encode("cp1252"), None, "“hi”"),
    ],
)
def test_decode_bytes(data: bytes, label: str | None, expected: str) -> None:
    assert decode_bytes(data, label) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 03 Mar 2026 10:15:00 -0500", "2026-03-03T10:15:00-05:00"),
        ("Tue, 3 Mar 2026 10:15:00 GMT", "2026-03-03T10:15:00+00:00"),
        ("3 Mar 2026 10:15 +0100", "2026-03-03T10:15:00+01:00"),
        ("Tue, 03 Mar 2026 10:15:00 -0000", "2026-03-03T10:15:00-05:00"),  # unknown zone → default
        ("not a date", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    got = parse_date(value, ZoneInfo("America/New_York"))
    assert (got.isoformat() if got else None) == expected


# --------------------------------------------------------------------------- calendars

ICS = """BEGIN:VCALENDAR
METHOD:{method}
BEGIN:VTIMEZONE
TZID:Eastern Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:abc-1
SEQUENCE:{seq}
SUMMARY:Interview: Data Engineer
DTSTART{start}
DTEND;TZID=Eastern Standard Time:20260310T120000
ORGANIZER;CN="Jane Smith":mailto:jane@acme.com
ATTENDEE;CN=Alex Rivera:mailto:alex.rivera@example.com
ATTENDEE;CN=Bob Lee:mailto:bob@acme.com
STATUS:{status}
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (";TZID=Eastern Standard Time:20260310T110000", "2026-03-10T11:00:00-04:00"),
        (";TZID=America/Chicago:20260310T110000", "2026-03-10T11:00:00-05:00"),
        (":20260310T150000Z", "2026-03-10T15:00:00+00:00"),
        (":20260310T110000", "2026-03-10T11:00:00+01:00"),  # floating → the message's zone
    ],
)
def test_calendar_times(start: str, expected: str) -> None:
    ics = ICS.format(method="REQUEST", seq=0, start=start, status="CONFIRMED")
    (ev,) = parse_calendars([ics], floating=ZoneInfo("Europe/Berlin"))
    assert ev.start is not None and ev.start.isoformat() == expected
    assert ev.organizer_email == "jane@acme.com" and ev.organizer_name == "Jane Smith"
    assert ("Bob Lee", "bob@acme.com") in ev.attendees
    assert not ev.cancelled


@pytest.mark.parametrize(("method", "status"), [("CANCEL", "CONFIRMED"), ("REQUEST", "CANCELLED")])
def test_calendar_cancellation(method: str, status: str) -> None:
    ics = ICS.format(method=method, seq=2, start=":20260310T150000Z", status=status)
    (ev,) = parse_calendars([ics], floating=None)
    assert ev.cancelled and ev.sequence == 2


def _invite_mail(method: str, seq: int, text: str) -> bytes:
    ics = ICS.format(method=method, seq=seq, start=":20260310T150000Z", status="CONFIRMED")
    return (
        "From: Jane Smith <jane@acme.com>\r\nTo: alex.rivera@example.com\r\n"
        "Subject: Invitation: Interview: Data Engineer\r\nDate: Tue, 03 Mar 2026 09:00:00 -0500\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="X"\r\n\r\n'
        f"--X\r\nContent-Type: text/plain\r\n\r\n{text}\r\n"
        f"--X\r\nContent-Type: text/calendar; method={method}\r\n\r\n{ics}\r\n--X--\r\n"
    ).encode()


def test_invitation_and_cancellation_messages() -> None:
    f = understand(_invite_mail("REQUEST", 0, "Looking forward to speaking with you."), me=ME)
    assert f.kind == "interview"
    assert f.interview_at == datetime(2026, 3, 10, 15, tzinfo=UTC)
    assert f.interviewers == [("Bob Lee", "bob@acme.com")]
    assert f.contact_name == "Jane"
    c = understand(_invite_mail("CANCEL", 1, "We need to cancel the interview, sorry."), me=ME)
    assert c.interview_cancelled


def test_unrelated_calendar_invite_is_other() -> None:
    raw = _invite_mail("REQUEST", 0, "Dentist check-up").replace(
        b"Interview: Data Engineer", b"Dental cleaning"
    )
    assert understand(raw, me=ME).kind == "other"


# --------------------------------------------------------------------------- contacts


@pytest.mark.parametrize(
    ("from_email", "reply_to", "text", "expected"),
    [
        ("jane@acme.com", [], "", "jane@acme.com"),
        ("no-reply@greenhouse.io", [], "Questions? Email talent@acme.com.", "talent@acme.com"),
        (
            "no-reply@greenhouse.io",
            [],
            "Reach Ruth (ruth@acme.com) or careers@acme.com",
            "careers@acme.com",
        ),
        ("no-reply@greenhouse.io", [], "Do not reply to this message.", None),
        ("jane@acme.com", ["recruiting@acme.com"], "", "recruiting@acme.com"),
        ("notifications@app.workable.com", [], "", None),
        (
            "reply-abc@indeedemail.com",
            [],
            "Reply to this email to respond to Acme.",
            "reply-abc@indeedemail.com",
        ),  # a relay that asks for replies there
        ("alex.rivera@example.com", [], "", None),
        ("billing@saas.com", [], "Reply to this email with questions.", None),
    ],
)
def test_contact_email(
    from_email: str, reply_to: list[str], text: str, expected: str | None
) -> None:
    got = contact_email(
        from_email=from_email,
        reply_to=reply_to,
        text=text,
        me=frozenset(ME),
        company_domain="acme.com",
    )
    assert got == expected


@pytest.mark.parametrize(
    ("subject", "from_name", "from_email", "body", "signature", "expected"),
    [
        ("Your application to Acme Robotics", "Acme Robotics", "no-reply@greenhouse.io", "", "", "Acme Robotics"),
        ("Interview: Senior Engineer at Northwind Labs", "Jane Smith", "jane@northwind.io", "", "", "Northwind Labs"),
        ("Update", "Acme Recruiting", "no-reply@greenhouse.io", "", "", "Acme"),
        ("Re: chat", "Jane Smith", "jane@bramblegames.com", "Thanks!", "Jane\nBramble Games", "Bramble Games"),
        ("Re: chat", "Jane Smith", "jane@kiteandkey.design", "", "Ruth\nKite & Key", "Kite & Key"),
        ("Next steps", "Hollis & Grant LLP", "hr@hollisgrant.com", "", "", "Hollis & Grant"),
        ("Next steps", "Jane Smith", "jane.smith@gmail.com", "", "", None),
    ],
)  # fmt: skip
def test_company(subject: str, from_name: str, from_email: str, body: str, signature: str,
                 expected: str | None) -> None:  # fmt: skip
    got = resolve_company(
        subject=subject,
        from_name=from_name,
        from_email=from_email,
        human_sender=first_name(from_name) is not None
        and not senders.is_platform_domain(senders.domain_of(from_email)),
        body=body,
        signature=signature,
        allow_domain=False,
    )
    assert got == expected


@pytest.mark.parametrize(
    ("subject", "body", "expected"),
    [
        ("Interview: Senior Software Engineer at Acme", "", "Senior Software Engineer"),
        ("Your application", "Thank you for applying for the Data Engineer position at Acme.", "Data Engineer"),
        ("Bewerbung", "Ihre Bewerbung als Backend-Entwickler (m/w/d) bei Acme.", "Backend-Entwickler (m/w/d)"),
        ("Candidatura", "tu candidatura para el puesto de Desarrollador Backend en Acme.", "Desarrollador Backend"),
        ("Candidature", "votre candidature au poste de Data Analyst chez Acme.", "Data Analyst"),
        ("Hello", "Nice to meet you.", None),
    ],
)  # fmt: skip
def test_role(subject: str, body: str, expected: str | None) -> None:
    assert role_from(subject, body) == expected


@pytest.mark.parametrize(
    ("display", "addr", "person", "first"),
    [
        ("Jane Smith", "jane.smith@acme.com", True, "Jane"),
        ("Greg Halvorsen", "ghalvorsen@example.net", True, "Greg"),
        ("Smith, Jane", "jsmith@acme.com", True, "Jane"),
        ("Parcel Pantry", "ship-confirm@parcelpantry.com", False, "Parcel"),
        ("Acme Recruiting", "jobs@acme.com", False, None),
        ("The Willows Leasing Office", "leasing@willows.com", False, None),
    ],
)
def test_person_names(display: str, addr: str, person: bool, first: str | None) -> None:
    assert is_person(display, addr) is person
    assert first_name(display) == first


# --------------------------------------------------------------------------- first pass


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (b"From: Acme <no-reply@greenhouse.io>\r\nSubject: Hello", True),  # ATS domain
        (b"From: Jane <jane@acme.com>\r\nSubject: quick question", True),  # a person
        (b"From: Alex <alex.rivera@example.com>\r\nSubject: lunch?", True),  # own mail
        (b"From: Shop <deals@shop.com>\r\nList-Unsubscribe: <x>\r\nSubject: 30% off", False),
        (
            b"From: Shop <news@shop.com>\r\nList-Unsubscribe: <x>\r\nSubject: 10 interview tips",
            False,
        ),
        (
            b"From: Acme <careers@acme.com>\r\nList-Unsubscribe: <x>\r\nSubject: Your application",
            True,
        ),
        (b"From: UPS <mcinfo@ups.com>\r\nSubject: Your package is on its way", False),
        (b"From: Acme <noreply@acme.com>\r\nSubject: Interview invitation", True),
        (b"From: Acme <noreply@acme.com>\r\nSubject: =?utf-8?q?Ihre_Bewerbung?=", True),
        (b"From: Slack <feedback@slack.com>\r\nSubject: 3 new messages", False),
    ],
)
def test_first_pass(headers: bytes, expected: bool) -> None:
    assert could_be_job_mail(headers, me=ME) is expected


def test_first_pass_keeps_all_synthetic_job_mail() -> None:
    msgs = generate(2000, seed=7)
    missed = [m for m in msgs if m.is_job and not could_be_job_mail(header_block(m.raw), me=ME)]
    assert not missed
    passed = sum(could_be_job_mail(header_block(m.raw), me=ME) for m in msgs)
    assert passed < len(msgs) * 0.7  # it does rule out a good share of unrelated mail


# --------------------------------------------------------------------------- sources


def test_iter_sources_walks_files_dirs_and_mbox(tmp_path: Path) -> None:
    msg = b"From: a@b.com\nSubject: x\n\nbody\n"
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.eml").write_bytes(msg)
    (tmp_path / "two.eml").write_bytes(msg)
    (tmp_path / "skip.txt").write_bytes(msg)
    (tmp_path / ".hidden.eml").write_bytes(msg)
    box = tmp_path / "box.mbox"
    box.write_bytes(
        b"From x Thu Jan  1 00:00:00 2026\n" + msg + b"\nFrom y Thu Jan  1 00:00:00 2026\n" + msg
    )
    got = list(iter_sources([tmp_path, tmp_path / "missing.eml"]))
    labels = [label for label, _ in got]
    assert any(x.endswith("sub/one.eml") for x in labels)
    assert any(x.endswith("two.eml") for x in labels)
    assert sum("box.mbox#" in x for x in labels) == 2
    assert not any("skip.txt" in x or ".hidden" in x for x in labels)
    errors = [item for label, item in got if isinstance(item, Exception)]
    assert len(errors) == 1 and isinstance(errors[0], FileNotFoundError)
    # an explicitly named file is read whatever its name; a file starting "From " is an mbox
    assert [x for _, x in iter_sources([tmp_path / "skip.txt"])] == [msg]
    assert len(list(iter_sources([box]))) == 2


# --------------------------------------------------------------------------- screening


def test_screening_changes_nothing_on_the_labelled_corpus() -> None:
    """``classify`` reads only the header block of mail the first pass rules out; on every
    labelled message that gives the same contract fields as the full reading."""
    corpus = Path(__file__).parent / "corpus"
    files = [f for d in ("messages", "holdout", "batch5") for f in (corpus / d).glob("*.eml")]
    assert len(files) > 500
    screened = 0
    for f in files:
        raw = f.read_bytes()
        full = understand(raw, me=ME).contract_dict()
        quick = understand(raw, me=ME, screen=True).contract_dict()
        screened += quick["evidence"] != full["evidence"]
        for d in (full, quick):
            d.pop("evidence")
            d.pop("confidence")
        assert quick == full, f.name
    assert screened > 10  # the first pass did rule some out


def test_blank_line_at_finds_what_the_blank_line_pattern_finds() -> None:
    """Every string of CR, LF and a letter up to length 7 (and a longer random sample), with
    and without a bound: the same start as ``re.search(rb"\\r?\\n\\r?\\n", ...)``."""
    from agent.understand.mime import blank_line_at

    pattern = re.compile(rb"\r?\n\r?\n")
    cases = [bytes(t) for n in range(8) for t in itertools.product(b"\r\na", repeat=n)]
    rng = random.Random(7)
    cases += [bytes(rng.choice(b"\r\nab:") for _ in range(rng.randint(0, 80))) for _ in range(3000)]
    for data in cases:
        for end in (None, 0, 3, len(data) // 2):
            m = pattern.search(data if end is None else data[:end])
            assert blank_line_at(data, end) == (m.start() if m else -1), (data, end)


@pytest.mark.parametrize(
    ("header", "calendar"),
    [
        (b"Content-Type: TEXT/Calendar; method=REQUEST", True),
        (b"Content-Type: multipart/mixed\r\nX-Attachment: invite.ICS", True),
        (b"Content-Type: text/plain; METHOD=Cancel", True),
        (b"X-File: invite.icsx", False),
        (b"Subject: the physics of calendars", False),
    ],
)
def test_the_first_pass_sees_a_calendar_in_the_headers(header: bytes, calendar: bool) -> None:
    from agent.understand.firstpass import _names_a_calendar

    old = re.compile(rb"text/calendar|\.ics\b|method=(?:request|cancel)", re.I)
    assert _names_a_calendar(header) == calendar == bool(old.search(header))


@pytest.mark.parametrize(
    ("header", "bulk", "replied"),
    [
        (b"List-Unsubscribe: <mailto:x@y.org>\nFrom: a@b.org", True, False),
        (b"From: a@b.org\r\nPRECEDENCE:  Bulk\r\nSubject: hi", True, False),
        (b"From: a@b.org\nAuto-Submitted: auto-replied\n", True, True),
        (b"From: a@b.org\nX-AutoReply: yes", True, True),
        (b"Subject: about list-unsubscribe\nX-Note: x-autoreply", False, False),
        (b"Subject: a folded\n list-id is not a field\nFrom: a@b.org", False, False),
        (b"From: a@b.org\rList-Id: <x>", False, False),
        (b"Precedence: first-class\nSubject: x", False, False),
    ],
)
def test_a_header_field_is_found_only_where_a_line_starts(
    header: bytes, bulk: bool, replied: bool
) -> None:
    """``header_starts`` finds what ``^`` under MULTILINE finds (a line start is the
    block's start or a ``\\n``, never a lone ``\\r``), a folded line included."""
    from agent.understand.core import _AUTO_REPLIED
    from agent.understand.firstpass import _BULK_HEADERS, header_starts

    def old(p: re.Pattern[bytes]) -> bool:
        return bool(re.compile(b"^" + p.pattern[2:], re.I | re.M).search(header))

    assert header_starts(_BULK_HEADERS, header) == bulk == old(_BULK_HEADERS)
    assert header_starts(_AUTO_REPLIED, header) == replied == old(_AUTO_REPLIED)


@pytest.mark.parametrize(
    "header",
    [
        b"From: Jo <jo@a.org>\nSubject: hi",
        b"Subject: first\r\n folded\r\nFROM:jo@a.org\r\nsubject: second",
        b"X-From: x@y.org\nX-Subject: no\nReceived: from a\n by b",
        b"To: a@b.org\rFrom: after a lone CR\nsubject:\t\n\tonly folded",
        b"",
    ],
)
def test_a_header_value_is_read_where_a_line_starts(header: bytes) -> None:
    """``header_field`` reads what ``^field:`` under MULTILINE reads, folded lines included."""
    from agent.understand.firstpass import _FROM, _SUBJECT, header_field

    for field in (_FROM, _SUBJECT):
        m = re.compile(b"^" + field.pattern[2:], re.I | re.M).search(header)
        assert header_field(field, header) == (m.group(1) if m else b"")


_PARSE_EDGES = [
    b"From: a@b.org\nSubject: one part\n\nbody\nlast line without a newline",
    b"From: a@b.org\r\nSubject: crlf\r\n\r\nbody\r\n\r\nmore\r\n",
    b"From: a@b.org\nSubject: lone cr\rX-Y: z\n\nbody\n",
    b"From: a@b.org\nSubject: old mac\r\rbody after a CR blank line\n\nmore\n",
    b"From: a@b.org\nnot a header line\nSubject: x\n\nbody\n",
    b"From: a@b.org\nSubject: empty body\n\n",
    b"From: a@b.org\nSubject: caf\xc3\xa9\n\nna\xefve 8-bit\xff body\n",
    b"From: a@b.org\nContent-Type: multipart/alternative; boundary=XX\n\n--XX\n\nhi\n--XX--\n",
    b"From: a@b.org\nContent-Type: message/rfc822\n\nSubject: inner\n\ninner body\n",
    b"From: a@b.org\nContent-Type: Message/Delivery-Status\n\nReporting-MTA: x\n\nAction: failed\n",
    b" folded first line\nFrom: a@b.org\n\nbody\n",
    b"From: a@b.org\nFrom x@y Mon Jan 1\nSubject: misplaced envelope\n\nbody\n",
    *(
        b'From: a@b.org\nContent-Type: multipart/mixed; boundary="o"\n\n' + body
        for body in (
            b"preamble\n\n--o\nContent-Type: text/plain\n\nplain\n\n--o--\nepilogue\n",
            b"--o  \n\nno headers\n--o--\t\n",
            b"--o\r\nContent-Type: text/plain\r\n\r\ncrlf\r\n--o--\r\n\r\nepi\r\n",
            b"--o\nContent-Type: text/plain\n\nlast--o--",
            b"--o\nContent-Type: text/plain\n\n--obut not a boundary\n--o-\n--o--x\n--o--",
            b"--o\n--o\nContent-Type: text/plain\n\na repeated boundary\n--o--\n",
            b"--o\nContent-Type: text/plain\n\nnever closed\n",
            b"--o--\nclosed before it opens\n",
            b"no boundary at all\n",
            b"--o\nContent-Type: text/plain\nbody where the blank line should be\n--o--\n",
            b"--o\nContent-Type: text/plain\n--o--\n",
            b"--o\nContent-Type: text/plain\n\na lone\rCR\n--o--\n",
            b"--o\nContent-Type: message/rfc822\n\nSubject: inner\n\nx\n--o--\n",
            b"--o\nContent-Type: text/plain\n\n8-bit caf\xc3\xa9\xff\n--o--\n",
            b"--o\nFrom x@y Mon Jan 1\nContent-Type: text/plain\n\nenvelope\n--o--\n",
            b"--o\nContent-Type: multipart/alternative; boundary=i\n\n"
            b"inner preamble\n--i\nContent-Type: text/plain\n\nplain\n\n--i\n"
            b"Content-Type: text/html\n\n<p>html</p>\n--i--\ninner epilogue\n\n"
            b"--o\nContent-Type: text/calendar\n\nBEGIN:VCALENDAR\n--o--\n",
            b"--o\nContent-Type: multipart/alternative; boundary=i\n\n"
            b"--i\nContent-Type: text/plain\n\nplain\n--i--\n--o--\n",
            b"--o\nContent-Type: multipart/alternative; boundary=i\n\n"
            b"--i\nContent-Type: text/plain\n\ninner never closed\n--o--\n",
            b"--o\nContent-Type: multipart/alternative; boundary=i\n\n--o\nx\n--o--\n",
            b"--o\nContent-Type: multipart/digest; boundary=d\n\n"
            b"--d\n\nSubject: digested\n\nx\n--d--\n--o--\n",
            b"--o\nContent-Type: multipart/mixed\n\nno inner boundary\n--o--\n",
            b"--o\nContent-Type: multipart/mixed; boundary=i\n"
            b"Content-Transfer-Encoding: base64\n\n--i\n\nx\n--i--\n--o--\n",
        )
    ),
]


def _parse_view(msg: object) -> object:
    from email.message import Message

    assert isinstance(msg, Message)
    parts = [
        (
            p.items(),
            p.get_payload() if not p.is_multipart() else None,
            [type(d).__name__ for d in p.defects],
            p.preamble,
            p.epilogue,
            p.get_unixfrom(),
            p.is_multipart(),
            p.get_default_type(),
        )
        for p in msg.walk()
    ]
    return parts, msg.as_bytes()


def test_the_parse_shortcuts_parse_as_the_stdlib_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """The body of a single-part message taken as it stands, and a multipart one cut by
    our splitter, are what the stdlib's line-by-line parse gives: every header, payload,
    preamble, epilogue and defect the same, on every corpus batch, the synthetic mailbox
    and edge cases (a lone CR, a body line in the headers, message/*, 8-bit bytes, nested,
    unclosed, repeated and look-alike boundaries, a digest). And the splitter, not the
    stdlib, reads nearly every multipart message there."""
    from email.message import Message
    from email.parser import BytesParser
    from email.policy import compat32

    from agent.understand import mime
    from agent.understand.multipart import split_multipart

    split: list[bool] = []

    def watched(msg: Message, body: str) -> bool:
        split.append(split_multipart(msg, body))
        return split[-1]

    monkeypatch.setattr(mime, "split_multipart", watched)
    raws = [f.read_bytes() for f in sorted((Path(__file__).parent / "corpus").glob("*/*.eml"))]
    raws += [m.raw for m in generate(400, seed=3)]
    for raw in [*raws, *_PARSE_EDGES]:
        whole = BytesParser(policy=compat32).parsebytes(raw)
        assert _parse_view(mime._parsed(raw, headers_only=False)) == _parse_view(whole)
    multipart = sum(BytesParser(policy=compat32).parsebytes(r).is_multipart() for r in raws)
    assert multipart > 100
    assert sum(split[:multipart]) >= 0.95 * multipart


def _alternative(plain: str, html: str) -> bytes:
    import base64

    b64 = base64.encodebytes(html.encode("utf-8")).decode("ascii")
    return (
        "From: Jo <jo@acme.example>\nTo: alex.rivera@example.com\nSubject: hello\n"
        'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b1"\n\n'
        f"--b1\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n"
        f"--b1\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{b64}"
        "--b1--\n"
    ).encode()


@pytest.mark.parametrize(
    ("plain", "html_words", "from_html"),
    [
        ("A real answer from a person, long enough to be the body of this message.", 50, False),
        ("View this email in your browser.", 3, True),
        ("short", 3, True),
        ("word " * 60, 2100, True),  # 300 characters of text, 11 KB of HTML: a fraction
        ("word " * 60, 1700, False),  # 300 characters of text, 9 KB of HTML: the text
    ],
)
def test_the_html_part_is_the_body_only_when_the_plain_one_is_not(
    plain: str, html_words: int, from_html: bool
) -> None:
    """The HTML alternative (decoded only when it may be the body) wins over an empty,
    stub or tiny plain part, never over a real one."""
    from agent.understand.mime import parse_message

    html = "<html><body><p>" + "html " * html_words + "</p></body></html>"
    pm = parse_message(_alternative(plain, html))
    assert pm.from_html is from_html
    assert pm.text.startswith("html" if from_html else plain.strip()[:20])
