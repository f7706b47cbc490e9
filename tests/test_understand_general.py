"""Generalisation: literal messages for the failure families a second corpus author found
(scheduling tools vs. unrelated meetings, agencies, job-board notices, soft rejections,
Portuguese/Italian mail, company names that are really generic words or roles).

Each case is written from scratch here; none is copied from the labelled corpus.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agent.models import MessageFacts
from agent.senders import company_from_domain
from agent.understand import understand

ME = ["alex.rivera@example.com"]


def facts(
    frm: str, subject: str, body: str, *, when: str = "Mon, 02 Mar 2026 10:00:00 -0500"
) -> MessageFacts:
    raw = (
        f"From: {frm}\nTo: Alex Rivera <alex.rivera@example.com>\nSubject: {subject}\n"
        f"Date: {when}\nMessage-ID: <t@test>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n"
    ).encode()
    return understand(raw, me=ME)


# ---------------------------------------------------------------------------- not interviews

NOT_INTERVIEWS = [
    (
        "Calendly <notifications@calendly.com>",
        "Reminder: Beard trim with Ollie at 4:00pm tomorrow",
        "Hi Alex,\nA reminder that your event Beard trim with Ollie is scheduled for tomorrow, "
        "Tuesday March 3, 2026 at 4:00pm - 4:30pm (Eastern Time).\nLocation: Corner Cuts\n"
        "Cancel or reschedule: https://calendly.com/cancellations/x1",
    ),
    (
        "Mira Lopez <mira@eastsidepantry.org>",
        "Volunteer board - April",
        "Mira Lopez is inviting you to a scheduled Teams meeting.\nMicrosoft Teams meeting\n"
        "Click here to join the meeting\nMeeting ID: 111 222 333\nPasscode: q1\n"
        "Agenda: pantry hours, candidates for secretary.\n"
        "When: Thursday, April 2, 2026 6:30 PM Eastern Time",
    ),
    (
        "City Careers Expo <events@citycareersexpo.com>",
        "Hiring event Saturday - 30 employers",
        "Hi Alex,\nJoin our hiring event on Saturday, March 7 at 11am downtown. Bring your resume "
        "and interview on the spot!\nRSVP here.",
    ),
    (
        "Greg Hale <greg@northlightsearch.com>",
        "Data Engineer opportunity",
        "Hi Alex,\nAre you free Thursday at 2pm for a quick chat about a Data Engineer "
        "opportunity with one of our clients?\nGreg",
    ),
    (
        "Nina Vogel <nina@petrelgrid.ai>",
        "Staff Engineer at Petrel Grid",
        "Hi Alex, I'm the CTO at Petrel Grid. We're hiring a Staff Engineer for our data "
        "platform. Are you free Thursday at 2pm for a quick chat?\nNina",
    ),
]


@pytest.mark.parametrize(("frm", "subject", "body"), NOT_INTERVIEWS)
def test_meetings_without_a_hiring_conversation_are_other(
    frm: str, subject: str, body: str
) -> None:
    f = facts(frm, subject, body)
    assert f.kind == "other", f.evidence
    assert f.interview_at is None


def test_mortgage_offer_letter_is_not_an_offer() -> None:
    f = facts(
        "Keel Home Loans <no-reply@keelhomeloans.com>",
        "Next steps for your pre-approval",
        "Hi Alex, to finish your mortgage pre-approval please upload your offer letter and "
        "two pay stubs in the borrower portal.",
    )
    assert f.kind == "other"
    assert f.company is None


# ---------------------------------------------------------------------------- interviews


def test_pasted_zoom_invitation_below_the_signature() -> None:
    f = facts(
        "Rosa Kim <rosa.kim@lindenhealth.com>",
        "Linden Health - technical screen",
        "Hi Alex,\nDetails below for your technical screen with our data team.\n\nRosa\n\n--\n"
        "Rosa Kim | Talent Partner | Linden Health\n\n"
        "Rosa Kim is inviting you to a scheduled Zoom meeting.\n"
        "Topic: Alex Rivera - Linden Health Technical Screen\n"
        "Time: Mar 9, 2026 11:00 AM Mountain Time (US and Canada)\n"
        "Join Zoom Meeting\nhttps://lindenhealth.zoom.us/j/123",
    )
    assert f.kind == "interview", f.evidence
    assert f.interview_at == datetime.fromisoformat("2026-03-09T11:00:00-06:00")


def test_one_line_time_proposal_in_a_hiring_thread() -> None:
    f = facts(
        "Ravi Menon <ravi@copperfield.io>",
        "Re: Senior Data Engineer - next chat",
        "Could you do Wed 4pm ET?\n\n--\nSent from my phone",
    )
    assert f.kind == "interview"
    assert f.interview_at == datetime.fromisoformat("2026-03-04T16:00:00-05:00")


def test_booking_tool_confirmation_names_the_employer() -> None:
    f = facts(
        "Scheduling <scheduling@modernloop.io>",
        "Interview confirmed: Birchwood Software - Backend Engineer",
        "Hi Alex,\nYour interview with Birchwood Software is confirmed.\nWednesday, March 11, 2026\n"
        "1:00 PM - 2:00 PM EST\nVideo: https://meet.google.com/abc-defg-hij",
    )
    assert f.kind == "interview"
    assert f.company == "Birchwood Software"
    assert f.role == "Backend Engineer"


def test_portuguese_interview_with_brasilia_time() -> None:
    f = facts(
        "Clara Dias <clara.dias@ipepagamentos.com.br>",
        "Entrevista técnica - Desenvolvedora Backend",
        "Oi Alex,\nQueremos te convidar para a entrevista técnica na quinta-feira, 12 de março de "
        "2026, às 15h (horário de Brasília).\nAbraços,\nClara",
        when="Mon, 02 Mar 2026 10:00:00 -0300",
    )
    assert f.kind == "interview"
    assert f.interview_at == datetime.fromisoformat("2026-03-12T15:00:00-03:00")


def test_italian_interview() -> None:
    f = facts(
        "Giulia Neri <giulia@ventoblu.it>",
        "Colloquio - Data Analyst",
        "Ciao Alex,\nvorremmo invitarti a un colloquio conoscitivo giovedì 12 marzo alle 15:00.\n"
        "A presto,\nGiulia",
        when="Mon, 02 Mar 2026 10:00:00 +0100",
    )
    assert f.kind == "interview"
    assert f.interview_at == datetime.fromisoformat("2026-03-12T15:00:00+01:00")


# ---------------------------------------------------------------------------- other kinds


def test_talent_pool_soft_rejection() -> None:
    f = facts(
        "Nimbus Careers <careers@nimbusaero.com>",
        "Your application - Avionics Engineer",
        "Hello Alex,\nThank you for your application for the Avionics Engineer position. "
        "While your profile is strong, we won't be able to offer you a position at this time. "
        "We will keep your details in our talent pool.\nNimbus Careers",
    )
    assert f.kind == "rejection", f.evidence


@pytest.mark.parametrize(
    ("subject", "body", "kind"),
    [
        (
            "Retorno - Analista de Dados",
            "Olá Alex,\nAgradecemos sua participação no processo seletivo. Infelizmente, "
            "decidimos seguir com outros candidatos neste momento.\nEquipe de Talentos",
            "rejection",
        ),
        (
            "Esito candidatura - Data Analyst",
            "Ciao Alex,\ngrazie per il tempo dedicato ai colloqui. Purtroppo abbiamo deciso di "
            "proseguire con un altro candidato.\nIn bocca al lupo!",
            "rejection",
        ),
        (
            "Recebemos sua candidatura",
            "Olá Alex!\nRecebemos sua candidatura para a vaga de Analista de Dados. "
            "Retornaremos em até 10 dias.\nTime de Talentos",
            "application_received",
        ),
        (
            "Proposta - Desenvolvedora Backend",
            "Olá Alex,\nTemos o prazer de lhe oferecer a vaga de Desenvolvedora Backend! Segue a "
            "carta oferta.",
            "offer",
        ),
        (
            "Prossimo passo - Data Analyst",
            "Ciao Alex,\ncome prossimo passo ti chiediamo di completare una prova tecnica online "
            "per la posizione di Data Analyst.",
            "assessment",
        ),
    ],
)
def test_portuguese_and_italian_kinds(subject: str, body: str, kind: str) -> None:
    f = facts("Talentos <talentos@cerradodata.com.br>", subject, body)
    assert f.kind == kind, f.evidence


def test_portuguese_respond_by_in_days() -> None:
    f = facts(
        "Talentos <talentos@cerradodata.com.br>",
        "Recebemos sua candidatura",
        "Olá Alex!\nRecebemos sua candidatura para a vaga de Analista de Dados. "
        "Retornaremos em até 10 dias.",
    )
    assert f.respond_by == date(2026, 3, 12)


def test_agency_offer_names_the_client() -> None:
    f = facts(
        "Owen Price <owen.price@fairlighttalent.co.uk>",
        "Good news!",
        "Alex!\nMarlow Bank have come back with an offer - congratulations!\n"
        "  Role: Risk Analyst (contract)\n  Rate: £600/day\n  Start: Monday 6 April\nRing me when you can.\nOwen\n\n"
        "Owen Price | Fairlight Talent",
    )
    assert f.kind == "offer"
    assert f.company == "Marlow Bank"


def test_job_board_viewed_notice_names_the_employer() -> None:
    f = facts(
        "Indeed <alert@indeed.com>",
        "Tamarack Freight viewed your application",
        "Tamarack Freight viewed your application\nRoute Planning Analyst\n"
        "This doesn't guarantee next steps.\nUnsubscribe",
    )
    assert f.kind == "other"
    assert f.company == "Tamarack Freight"


# ---------------------------------------------------------------------------- company names


@pytest.mark.parametrize(
    ("frm", "subject", "body", "company"),
    [
        (
            "Recrutement <recrutement@lumiere-conseil.fr>",
            "Votre candidature - Analyste Data",
            "Bonjour Alex,\nNous avons bien reçu votre candidature pour le poste d'Analyste Data.",
            "Lumiere Conseil",
        ),
        (
            "Jane Doe <jane@quaysideanalytics.com>",
            "Updated invitation: Interview with Alex Rivera",
            "Hi Alex,\nYour interview for the Data Analyst role has moved to Tuesday, March 10 at "
            "2pm ET.\nJane",
            "Quayside Analytics",
        ),
        (
            "Hana Ito <hana@kestrel-robotics.com>",
            "take-home",
            "Hi Alex, next step is a small take-home; the repo is github.com/kestrel-robotics/arm.",
            "Kestrel Robotics",
        ),
    ],
)
def test_company_is_not_a_generic_word_or_a_role(
    frm: str, subject: str, body: str, company: str
) -> None:
    assert facts(frm, subject, body).company == company


def test_calendar_notice_takes_the_company_from_the_organiser() -> None:
    f = facts(
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Technical interview - Alex Rivera @ Tue Mar 10, 2026 2pm - 3pm (EDT)",
        "You have been invited to the following event.\nTechnical interview - Alex Rivera\n"
        "When: Tuesday Mar 10, 2026 2pm – 3pm Eastern Time\nOrganizer: sam@tidewaterlabs.com\n",
    )
    assert f.kind == "interview"
    assert f.company == "Tidewater Labs"


def test_job_board_relay_reads_the_relayed_message() -> None:
    body = (
        'Sam Lee from Acme Freight wrote:\n\n"Hi Alex, thanks for applying to the Data Analyst '
        'role. Could we do a 30-minute call on Thursday at 2pm ET?"\n\nReply on LinkedIn'
    )
    f = facts("LinkedIn <messages-noreply@linkedin.com>", "New message from Sam Lee", body)
    assert f.kind == "interview"
    assert f.company == "Acme Freight"
    assert f.role == "Data Analyst"
    cold = facts(
        "Wellfound <team@hi.wellfound.com>",
        "Birch Health is interested in you",
        'Birch Health is interested in you!\n\nMaya from Birch Health wrote:\n\n"Hi Alex - your '
        "profile stood out for our Senior Data Engineer opening. Up for a 20-minute call Thursday "
        'at 11am PT?"\n\nReply on Wellfound',
    )
    assert cold.kind == "other"
    assert cold.role == "Senior Data Engineer"


def test_squashed_domain_is_split_at_a_common_company_word() -> None:
    assert company_from_domain("quaysideanalytics.com") == "Quayside Analytics"
    assert company_from_domain("riverbendfoodbank.org") == "Riverbend Food Bank"
    assert company_from_domain("acme.com") == "Acme"
