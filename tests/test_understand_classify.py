"""Classification on short literal messages: one phrasing per row, written independently of
the labelled corpus (common real-world templates in four languages, and hard negatives)."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP

import pytest

from agent.understand import understand

ME = ["alex.rivera@example.com"]


def mail(
    body: str,
    *,
    subject: str = "Your application",
    sender: str = "Jordan Lee <jordan.lee@acmecorp.com>",
    date: str = "Tue, 03 Mar 2026 10:15:00 -0500",
    headers: dict[str, str] | None = None,
    html: bool = False,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = "Alex Rivera <alex.rivera@example.com>"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = "<t-1@acmecorp.com>"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html:
        paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        msg.set_content(f"<html><body><table><tr><td>{paras}</td></tr></table></body></html>", subtype="html")
    else:
        msg.set_content(body)
    return msg.as_bytes()


ATS = "Acme Corp <no-reply@greenhouse.io>"

CASES: list[tuple[str, str, str, str]] = [
    # (kind, subject, sender, body)
    # ---------------------------------------------------------------- rejections
    ("rejection", "Your application to Acme Corp", ATS,
     "Hi Alex,\n\nThank you for your interest in Acme Corp. After careful consideration, we have "
     "decided not to move forward with your application at this time.\n\nBest,\nAcme Recruiting"),
    ("rejection", "Acme Corp - Software Engineer", ATS,
     "Hi Alex,\n\nWe appreciate you taking the time to apply. While your background is impressive, "
     "we've decided to pursue candidates whose experience better aligns with the role.\n\nThe Acme team"),
    ("rejection", "Update", "Jordan Lee <jordan.lee@acmecorp.com>",
     "Hi Alex,\n\nThanks for interviewing with us last week. The team enjoyed meeting you, but we've "
     "decided to go with another candidate for the Data Engineer role.\n\nJordan"),
    ("rejection", "Your application", ATS,
     "Dear Alex,\n\nWe regret to inform you that you have not been selected for the next round of "
     "our hiring process for the Backend Engineer position.\n\nKind regards,\nTalent Team"),
    ("rejection", "Your application for Analyst", "Careers <careers@acmecorp.co.uk>",
     "Dear Alex,\n\nThank you for applying for the Analyst role. I'm sorry to say that your "
     "application was not successful on this occasion.\n\nKind regards,\nHR"),
    ("rejection", "Application update", ATS,
     "Hi Alex, thanks for applying to the Platform Engineer position. The position has been filled, "
     "and we will keep your resume on file for future openings."),
    ("rejection", "Ihre Bewerbung", "Personal <bewerbung@acmecorp.de>",
     "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Leider können wir Ihre Bewerbung "
     "nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team"),
    ("rejection", "Votre candidature", "RH <recrutement@acmecorp.fr>",
     "Bonjour Alex,\n\nNous sommes au regret de vous informer que votre candidature n'a pas été "
     "retenue pour le poste de Data Engineer.\n\nCordialement,\nL'équipe RH"),
    ("rejection", "Tu candidatura", "Talento <talento@acmecorp.es>",
     "Hola Alex,\n\nGracias por tu interés. Lamentablemente, en esta ocasión no podemos avanzar con "
     "tu candidatura para el puesto de Desarrollador Backend.\n\nUn saludo"),
    # ---------------------------------------------------------------- interviews
    ("interview", "Next steps with Acme Corp", ATS,
     "Hi Alex,\n\nThanks for applying! We'd like to schedule a 30-minute phone screen with you. "
     "Please use the link below to select a time that works for you.\n\nAcme Recruiting"),
    ("interview", "Software Engineer role", "Jordan Lee <jordan.lee@acmecorp.com>",
     "Hi Alex,\n\nThanks for your application. Are you available for a quick call this Thursday or "
     "Friday afternoon to talk about the role?\n\nJordan"),
    ("interview", "Interview confirmation", ATS,
     "Hi Alex,\n\nYou're confirmed for your interview with Acme Corp on Tuesday, March 10 at "
     "11:00 AM EST. The interview will be held over Zoom.\n\nGood luck!"),
    ("interview", "Technical interview", "Jordan Lee <jordan.lee@acmecorp.com>",
     "Hi Alex,\n\nGreat news - the team would like to move you forward. Could you share a few times "
     "that work for you next week for a technical interview?\n\nThanks,\nJordan"),
    ("interview", "Einladung zum Vorstellungsgespräch", "Personal <bewerbung@acmecorp.de>",
     "Sehr geehrter Herr Rivera,\n\nwir würden Sie gerne zu einem persönlichen Gespräch einladen. "
     "Passt Ihnen der 12. März um 10 Uhr?\n\nViele Grüße"),
    ("interview", "Entrevista", "Talento <talento@acmecorp.es>",
     "Hola Alex,\n\nNos gustaría conocerte en una entrevista para el puesto de Desarrollador "
     "Backend. ¿Te viene bien el jueves a las 11:00?\n\nUn saludo"),
    ("interview", "Entretien", "RH <recrutement@acmecorp.fr>",
     "Bonjour Alex,\n\nSuite à votre candidature, nous aimerions vous rencontrer lors d'un entretien "
     "la semaine prochaine. Merci de nous indiquer vos disponibilités.\n\nCordialement"),
    # ---------------------------------------------------------------- application received
    ("application_received", "Thank you for applying to Acme Corp", ATS,
     "Hi Alex,\n\nWe've received your application for the Software Engineer position and our team "
     "will be in touch if your qualifications meet our needs.\n\nAcme Recruiting"),
    ("application_received", "Application submitted", ATS,
     "This email confirms that your application for Data Analyst has been submitted. Thank you for "
     "your interest in Acme Corp."),
    ("application_received", "Eingangsbestätigung", "Personal <bewerbung@acmecorp.de>",
     "Sehr geehrter Herr Rivera,\n\nwir bestätigen den Eingang Ihrer Bewerbung und melden uns in "
     "Kürze bei Ihnen.\n\nMit freundlichen Grüßen"),
    ("application_received", "Votre candidature", "RH <recrutement@acmecorp.fr>",
     "Bonjour,\n\nNous accusons bonne réception de votre candidature au poste de Data Engineer et "
     "reviendrons vers vous rapidement.\n\nCordialement"),
    ("application_received", "Solicitud recibida", "Talento <talento@acmecorp.es>",
     "Hola Alex,\n\nTu solicitud para el puesto de Analista de Datos ha sido recibida. La revisaremos "
     "y te contactaremos pronto.\n\nUn saludo"),
    # ---------------------------------------------------------------- assessments
    ("assessment", "Online assessment", ATS,
     "Hi Alex,\n\nAs a next step, we'd like you to complete an online assessment via Codility. You "
     "will have 7 days to finish it.\n\nAcme Recruiting"),
    ("assessment", "Take-home assignment", "Jordan Lee <jordan.lee@acmecorp.com>",
     "Hi Alex,\n\nPlease find attached the take-home assignment for the Backend Engineer role. Send "
     "us your solution by next Monday.\n\nJordan"),
    # ---------------------------------------------------------------- offers
    ("offer", "Offer", "Jordan Lee <jordan.lee@acmecorp.com>",
     "Hi Alex,\n\nWe are thrilled to offer you the position of Product Designer at Acme Corp! Your "
     "offer letter is attached.\n\nJordan"),
    ("offer", "Great news", "Jordan Lee <jordan.lee@acmecorp.com>",
     "Hi Alex,\n\nI'm happy to share that the team would like to extend you an offer for the Data "
     "Engineer role. Let's find a time to walk through the details.\n\nJordan"),
    ("offer", "Angebot", "Personal <bewerbung@acmecorp.de>",
     "Hallo Alex,\n\nwir freuen uns sehr, Ihnen die Stelle als Backend-Entwickler anbieten zu "
     "können. Den Arbeitsvertrag senden wir Ihnen separat zu.\n\nViele Grüße"),
    # ---------------------------------------------------------------- other (hard negatives)
    ("other", "Jobs you may be interested in", "LinkedIn <jobs-noreply@linkedin.com>",
     "Software Engineer at Acme Corp - Easy Apply\nData Engineer at Globex - Be an early applicant\n"
     "See all jobs"),
    ("other", "Exciting opportunity", "Sam Recruiter <sam@talentfinders.io>",
     "Hi Alex,\n\nI came across your profile and think you'd be a great fit for a Senior Engineer "
     "role with my client. Would you be open to a quick call this week?\n\nSam"),
    ("other", "Webinar: How to ace your next interview", "Events <events@careerhub.com>",
     "Join our free webinar on Thursday at 1pm ET and learn the top interview tips. Register now!"),
    ("other", "Payment failed", "Billing <billing@saasapp.com>",
     "Hi Alex,\n\nUnfortunately, your payment could not be processed. Please update your card."),
    ("other", "Automatic reply: Interview availability", "Jordan Lee <jordan.lee@acmecorp.com>",
     "I am out of the office until Monday with limited access to email."),
    ("other", "Update on your application", "Jordan Lee <jordan.lee@acmecorp.com>",
     "Hi Alex,\n\nJust a quick update: we're still reviewing applications and expect to get back "
     "to you within the next two weeks.\n\nJordan"),
    ("other", "Team lunch", "Priya Shah <priya.shah@acmecorp.com>",
     "Hi all, lunch is at noon on Friday in the big room. See you there!"),
]


@pytest.mark.parametrize(("kind", "subject", "sender", "body"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_kind(kind: str, subject: str, sender: str, body: str) -> None:
    facts = understand(mail(body, subject=subject, sender=sender), me=ME)
    assert facts.kind == kind, facts.evidence


@pytest.mark.parametrize(("kind", "subject", "sender", "body"), CASES[:12], ids=[f"html-{i}" for i in range(12)])
def test_kind_from_html_only(kind: str, subject: str, sender: str, body: str) -> None:
    facts = understand(mail(body, subject=subject, sender=sender, html=True), me=ME)
    assert facts.kind == kind, facts.evidence


def test_own_mail_is_other_with_null_fields() -> None:
    raw = mail(
        "Hi Jordan, thank you for the interview today! Looking forward to next steps.",
        sender="Alex Rivera <alex.rivera@example.com>",
        subject="Re: Interview confirmation",
    )
    f = understand(raw, me=ME)
    assert f.is_own and f.kind == "other"
    d = f.contract_dict()
    assert all(d[k] is None for k in ("interview_at", "respond_by", "follow_up_on", "company",
                                       "role", "contact_email"))
    assert f.message_id == "<t-1@acmecorp.com>" and f.from_email == "alex.rivera@example.com"


def test_quoted_rejection_below_an_interview_invite() -> None:
    body = (
        "Hi Alex,\n\nA new Staff Engineer position just opened and I'd love to invite you to an "
        "interview on Thursday, March 12 at 2pm ET. Does that work?\n\nJordan\n\n"
        "On Mon, Feb 2, 2026 at 9:00 AM Jordan Lee <jordan.lee@acmecorp.com> wrote:\n"
        "> Hi Alex,\n> Unfortunately, we have decided to move forward with other candidates.\n"
        "> Best,\n> Jordan\n"
    )
    f = understand(mail(body, subject="Re: Your application"), me=ME)
    assert f.kind == "interview"
    assert f.interview_at is not None and f.interview_at.isoformat() == "2026-03-12T14:00:00-04:00"


def test_quoted_interview_below_a_rejection() -> None:
    body = (
        "Hi Alex,\n\nThank you for meeting the team. Unfortunately we have decided not to move "
        "forward.\n\nJordan\n\n-----Original Message-----\nFrom: Jordan Lee <jordan.lee@acmecorp.com>\n"
        "Sent: Monday, March 2, 2026 9:00 AM\nTo: Alex Rivera\nSubject: Interview\n\n"
        "We'd like to invite you to an interview on Friday at 10am.\n"
    )
    f = understand(mail(body, subject="RE: Interview"), me=ME)
    assert f.kind == "rejection"
    assert f.interview_at is None
