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
        msg.set_content(
            f"<html><body><table><tr><td>{paras}</td></tr></table></body></html>", subtype="html"
        )
    else:
        msg.set_content(body)
    return msg.as_bytes()


ATS = "Acme Corp <no-reply@greenhouse.io>"
LEVER = "Acme <no-reply@hire.lever.co>"
JORDAN = "Jordan Lee <jordan.lee@acmecorp.com>"

CASES: list[tuple[str, str, str, str]] = [
    # (kind, subject, sender, body)
    # ---------------------------------------------------------------- rejections
    (
        "rejection",
        "Your application to Acme Corp",
        ATS,
        "Hi Alex,\n\nThank you for your interest in Acme Corp. After careful consideration, we have "
        "decided not to move forward with your application at this time.\n\nBest,\nAcme Recruiting",
    ),
    (
        "rejection",
        "Acme Corp - Software Engineer",
        ATS,
        "Hi Alex,\n\nWe appreciate you taking the time to apply. While your background is impressive, "
        "we've decided to pursue candidates whose experience better aligns with the role.\n\nThe Acme team",
    ),
    (
        "rejection",
        "Update",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nThanks for interviewing with us last week. The team enjoyed meeting you, but we've "
        "decided to go with another candidate for the Data Engineer role.\n\nJordan",
    ),
    (
        "rejection",
        "Your application",
        ATS,
        "Dear Alex,\n\nWe regret to inform you that you have not been selected for the next round of "
        "our hiring process for the Backend Engineer position.\n\nKind regards,\nTalent Team",
    ),
    (
        "rejection",
        "Your application for Analyst",
        "Careers <careers@acmecorp.co.uk>",
        "Dear Alex,\n\nThank you for applying for the Analyst role. I'm sorry to say that your "
        "application was not successful on this occasion.\n\nKind regards,\nHR",
    ),
    (
        "rejection",
        "Application update",
        ATS,
        "Hi Alex, thanks for applying to the Platform Engineer position. The position has been filled, "
        "and we will keep your resume on file for future openings.",
    ),
    (
        "rejection",
        "Ihre Bewerbung",
        "Personal <bewerbung@acmecorp.de>",
        "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung. Leider können wir Ihre Bewerbung "
        "nicht weiter berücksichtigen.\n\nMit freundlichen Grüßen\nIhr Recruiting-Team",
    ),
    (
        "rejection",
        "Votre candidature",
        "RH <recrutement@acmecorp.fr>",
        "Bonjour Alex,\n\nNous sommes au regret de vous informer que votre candidature n'a pas été "
        "retenue pour le poste de Data Engineer.\n\nCordialement,\nL'équipe RH",
    ),
    (
        "rejection",
        "Tu candidatura",
        "Talento <talento@acmecorp.es>",
        "Hola Alex,\n\nGracias por tu interés. Lamentablemente, en esta ocasión no podemos avanzar con "
        "tu candidatura para el puesto de Desarrollador Backend.\n\nUn saludo",
    ),
    # ---------------------------------------------------------------- interviews
    (
        "interview",
        "Next steps with Acme Corp",
        ATS,
        "Hi Alex,\n\nThanks for applying! We'd like to schedule a 30-minute phone screen with you. "
        "Please use the link below to select a time that works for you.\n\nAcme Recruiting",
    ),
    (
        "interview",
        "Software Engineer role",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nThanks for your application. Are you available for a quick call this Thursday or "
        "Friday afternoon to talk about the role?\n\nJordan",
    ),
    (
        "interview",
        "Interview confirmation",
        ATS,
        "Hi Alex,\n\nYou're confirmed for your interview with Acme Corp on Tuesday, March 10 at "
        "11:00 AM EST. The interview will be held over Zoom.\n\nGood luck!",
    ),
    (
        "interview",
        "Technical interview",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nGreat news - the team would like to move you forward. Could you share a few times "
        "that work for you next week for a technical interview?\n\nThanks,\nJordan",
    ),
    (
        "interview",
        "Einladung zum Vorstellungsgespräch",
        "Personal <bewerbung@acmecorp.de>",
        "Sehr geehrter Herr Rivera,\n\nwir würden Sie gerne zu einem persönlichen Gespräch einladen. "
        "Passt Ihnen der 12. März um 10 Uhr?\n\nViele Grüße",
    ),
    (
        "interview",
        "Entrevista",
        "Talento <talento@acmecorp.es>",
        "Hola Alex,\n\nNos gustaría conocerte en una entrevista para el puesto de Desarrollador "
        "Backend. ¿Te viene bien el jueves a las 11:00?\n\nUn saludo",
    ),
    (
        "interview",
        "Entretien",
        "RH <recrutement@acmecorp.fr>",
        "Bonjour Alex,\n\nSuite à votre candidature, nous aimerions vous rencontrer lors d'un entretien "
        "la semaine prochaine. Merci de nous indiquer vos disponibilités.\n\nCordialement",
    ),
    # ---------------------------------------------------------------- application received
    (
        "application_received",
        "Thank you for applying to Acme Corp",
        ATS,
        "Hi Alex,\n\nWe've received your application for the Software Engineer position and our team "
        "will be in touch if your qualifications meet our needs.\n\nAcme Recruiting",
    ),
    (
        "application_received",
        "Application submitted",
        ATS,
        "This email confirms that your application for Data Analyst has been submitted. Thank you for "
        "your interest in Acme Corp.",
    ),
    (
        "application_received",
        "Eingangsbestätigung",
        "Personal <bewerbung@acmecorp.de>",
        "Sehr geehrter Herr Rivera,\n\nwir bestätigen den Eingang Ihrer Bewerbung und melden uns in "
        "Kürze bei Ihnen.\n\nMit freundlichen Grüßen",
    ),
    (
        "application_received",
        "Votre candidature",
        "RH <recrutement@acmecorp.fr>",
        "Bonjour,\n\nNous accusons bonne réception de votre candidature au poste de Data Engineer et "
        "reviendrons vers vous rapidement.\n\nCordialement",
    ),
    (
        "application_received",
        "Solicitud recibida",
        "Talento <talento@acmecorp.es>",
        "Hola Alex,\n\nTu solicitud para el puesto de Analista de Datos ha sido recibida. La revisaremos "
        "y te contactaremos pronto.\n\nUn saludo",
    ),
    # ---------------------------------------------------------------- assessments
    (
        "assessment",
        "Online assessment",
        ATS,
        "Hi Alex,\n\nAs a next step, we'd like you to complete an online assessment via Codility. You "
        "will have 7 days to finish it.\n\nAcme Recruiting",
    ),
    (
        "assessment",
        "Take-home assignment",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nPlease find attached the take-home assignment for the Backend Engineer role. Send "
        "us your solution by next Monday.\n\nJordan",
    ),
    # ---------------------------------------------------------------- offers
    (
        "offer",
        "Offer",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nWe are thrilled to offer you the position of Product Designer at Acme Corp! Your "
        "offer letter is attached.\n\nJordan",
    ),
    (
        "offer",
        "Great news",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nI'm happy to share that the team would like to extend you an offer for the Data "
        "Engineer role. Let's find a time to walk through the details.\n\nJordan",
    ),
    (
        "offer",
        "Angebot",
        "Personal <bewerbung@acmecorp.de>",
        "Hallo Alex,\n\nwir freuen uns sehr, Ihnen die Stelle als Backend-Entwickler anbieten zu "
        "können. Den Arbeitsvertrag senden wir Ihnen separat zu.\n\nViele Grüße",
    ),
    # ---------------------------------------------------------------- other (hard negatives)
    (
        "other",
        "Jobs you may be interested in",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Software Engineer at Acme Corp - Easy Apply\nData Engineer at Globex - Be an early applicant\n"
        "See all jobs",
    ),
    (
        "other",
        "Exciting opportunity",
        "Sam Recruiter <sam@talentfinders.io>",
        "Hi Alex,\n\nI came across your profile and think you'd be a great fit for a Senior Engineer "
        "role with my client. Would you be open to a quick call this week?\n\nSam",
    ),
    (
        "other",
        "Webinar: How to ace your next interview",
        "Events <events@careerhub.com>",
        "Join our free webinar on Thursday at 1pm ET and learn the top interview tips. Register now!",
    ),
    (
        "other",
        "Payment failed",
        "Billing <billing@saasapp.com>",
        "Hi Alex,\n\nUnfortunately, your payment could not be processed. Please update your card.",
    ),
    (
        "other",
        "Automatic reply: Interview availability",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "I am out of the office until Monday with limited access to email.",
    ),
    (
        "other",
        "Update on your application",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nJust a quick update: we're still reviewing applications and expect to get back "
        "to you within the next two weeks.\n\nJordan",
    ),
    (
        "other",
        "Team lunch",
        "Priya Shah <priya.shah@acmecorp.com>",
        "Hi all, lunch is at noon on Friday in the big room. See you there!",
    ),
    # ---------------------------------------------------------------- second batch
    (
        "rejection",
        "Your application",
        ATS,
        "Hi Alex,\n\nAlthough we were impressed with your qualifications, we have decided to move ahead "
        "with a candidate whose skills more closely match our needs.\n\nBest",
    ),
    (
        "rejection",
        "Update on Senior Engineer",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nWe've made the difficult decision to not move forward with your candidacy. Thank "
        "you for your time.\n\nJordan",
    ),
    (
        "rejection",
        "Senior Engineer",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nAfter much deliberation, we've decided to offer the role to someone else. I really "
        "enjoyed our conversations.\n\nJordan",
    ),
    (
        "rejection",
        "Application",
        ATS,
        "Dear Alex, thank you for applying. At this stage we will not be progressing with your "
        "application. We wish you every success.",
    ),
    (
        "interview",
        "Quick chat?",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex, thanks for applying to the Data Engineer role. Can we hop on a call tomorrow at 3pm "
        "to chat about it?\n\nJordan",
    ),
    (
        "interview",
        "Data Engineer",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex, loved your application. Let's find a time to chat next week - what does your "
        "calendar look like?\n\nJordan",
    ),
    (
        "interview",
        "Reminder: Interview with Acme Corp today at 2pm",
        ATS,
        "This is a reminder of your interview with Acme Corp today at 2:00 PM ET. Join via Zoom: "
        "https://zoom.us/j/123",
    ),
    (
        "interview",
        "Onsite",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nThe team would love for you to come in and meet everyone. Would next Wednesday "
        "work for an onsite?\n\nJordan",
    ),
    (
        "interview",
        "Llamada",
        "Talento <talento@acmecorp.es>",
        "Hola Alex, gracias por tu candidatura. ¿Tienes disponibilidad para una llamada el martes a "
        "las 10:00?\n\nUn saludo",
    ),
    (
        "interview",
        "Telefonat",
        "Personal <bewerbung@acmecorp.de>",
        "Hallo Herr Rivera, vielen Dank für Ihre Bewerbung. Hätten Sie Zeit für ein kurzes Telefonat "
        "am Mittwoch um 15 Uhr?\n\nViele Grüße",
    ),
    (
        "application_received",
        "Thanks for applying",
        ATS,
        "Thank you for your interest in joining Acme! We've got your application and will review it "
        "shortly.",
    ),
    (
        "offer",
        "Welcome to Acme!",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Congratulations! We're excited to welcome you to Acme as our next Data Engineer. Your offer "
        "details are attached.",
    ),
    (
        "offer",
        "Offer",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex, here is the offer we discussed on the phone: $150,000 base salary, 0.1% equity and a "
        "start date of April 1. Let me know if you have questions.",
    ),
    (
        "assessment",
        "Coding challenge",
        ATS,
        "Hi Alex, please complete the following coding challenge within 72 hours: "
        "https://www.hackerrank.com/test/abc",
    ),
    (
        "other",
        "Hi from a recruiter",
        "Sam Recruiter <sam@talentfinders.io>",
        "Hi Alex, I'm reaching out because your experience with distributed systems caught my eye. "
        "We're hiring a Staff Engineer - any interest in a chat?",
    ),
    (
        "other",
        "Your Glassdoor job alert: Data Engineer",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "12 new Data Engineer jobs in New York. Apply now. Acme Corp - Data Engineer - 4.1 stars",
    ),
    (
        "other",
        "Happy to refer you!",
        "Chris Wong <chris.wong@gmail.com>",
        "Hey Alex, happy to refer you for the Data Engineer opening at Globex. Send me your resume and "
        "I'll submit it.",
    ),
    (
        "other",
        "Re: interview prep",
        "Chris Wong <chris.wong@gmail.com>",
        "Good luck with the interview on Thursday! Let me know how it goes.",
    ),
    # ---------------------------------------------------------------- third batch
    (
        "rejection",
        "Thank you from Acme",
        LEVER,
        "Hi Alex,\n\nThank you for taking the time to apply for our Product Manager position. We received a large number of applications and after reviewing yours, we've decided not to advance your application at this time.\n\nWe hope you'll consider Acme for future opportunities.\n\nAcme Talent",
    ),
    (
        "rejection",
        "Acme Corp Application Update",
        ATS,
        "Dear Alex,\n\nWe wanted to let you know that we've reviewed your application and we're going to pursue other candidates at this time. This was not an easy decision.\n\nSincerely",
    ),
    (
        "rejection",
        "Following up",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nI wanted to follow up and let you know the team has decided to move on with other candidates for the role. I appreciate your patience throughout the process.\n\nJordan",
    ),
    (
        "rejection",
        "Your candidacy",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex, I'm sorry to share that we won't be moving to the next round with your candidacy. Thanks again for your interest.",
    ),
    (
        "rejection",
        "Application Status",
        "Acme <acme@myworkday.com>",
        "Dear Alex, Thank you for your interest in the Financial Analyst position. We have decided to move forward with candidates who better meet the qualifications for this position.",
    ),
    (
        "rejection",
        "Important information about your application",
        "Acme <noreply@smartrecruiters.com>",
        "Dear Alex, we carefully reviewed your profile, but we have decided not to proceed with your candidacy for this position.",
    ),
    (
        "rejection",
        "Re: Data Engineer",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex - I have some disappointing news. The hiring manager decided to hire an internal candidate. I'm sorry, I know you were a strong contender.",
    ),
    (
        "interview",
        "Invitation to interview - Acme",
        ATS,
        "Hi Alex,\n\nCongratulations! You've been selected to move forward to the interview stage for the Product Designer role. Please click the link below to choose an interview time.\n\nAcme Recruiting",
    ),
    (
        "interview",
        "Next Steps",
        LEVER,
        "Hi Alex,\n\nThanks for applying to Acme! I'd love to learn more about you. Do you have 30 minutes this week for an intro call? Here's my calendar: https://calendly.com/jordan-acme/30min\n\nJordan",
    ),
    (
        "interview",
        "Interview Request",
        "Acme <acme@myworkday.com>",
        "Dear Alex, You have been invited to interview for Financial Analyst. Please log in to your candidate home to select an interview slot.",
    ),
    (
        "interview",
        "Meet the team",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex, great talking earlier! As promised, next step is a 60-minute technical interview with two of our engineers. I've sent you a calendar invite for Thursday 10am PT.",
    ),
    (
        "application_received",
        "Thanks for your application",
        LEVER,
        "Hi Alex,\n\nThanks for your interest in Acme! We wanted to let you know we received your application for Product Manager, and we are delighted that you would consider joining our team.\n\nOur team will review your application and will be in touch if your qualifications match our needs for the role.",
    ),
    (
        "application_received",
        "We received your application",
        "Acme <acme@myworkday.com>",
        "Dear Alex, Thank you for applying to the Financial Analyst position. Your application has been received and is currently under review.",
    ),
    (
        "assessment",
        "Next step: assessment",
        "Acme <noreply@smartrecruiters.com>",
        "Dear Alex, thank you for your application. The next step in our process is a short online test. Please use the link below to start; it will take around 30 minutes.",
    ),
    (
        "assessment",
        "Your Codility test",
        "Codility <no-reply@codility.com>",
        "Hello Alex, Acme has invited you to take a coding test. You have 5 days to start the test.",
    ),
    (
        "offer",
        "Your offer from Acme",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex,\n\nOn behalf of the whole team, I'm excited to officially offer you the Senior Engineer role at Acme! Attached you'll find the offer letter with all details.\n\nJordan",
    ),
    (
        "offer",
        "Verbal offer",
        "Jordan Lee <jordan.lee@acmecorp.com>",
        "Hi Alex, following up on our call: the team would love to have you join as a Data Engineer. I'll send the formal paperwork tomorrow.",
    ),
    (
        "other",
        "Your application is being reviewed",
        "Acme <acme@myworkday.com>",
        "Dear Alex, your application for Financial Analyst is being reviewed by the hiring team. We will contact you if you are selected for an interview.",
    ),
    (
        "other",
        "New jobs for you",
        "Indeed <alert@indeed.com>",
        "Data Engineer - Acme - New York. Senior Data Engineer - Globex. Apply now. Unsubscribe.",
    ),
    (
        "other",
        "Interview tips for your next job",
        "The Muse <newsletter@themuse.com>",
        "5 interview questions you should be ready for. Read more on our blog.",
    ),
    (
        "other",
        "Your subscription",
        "Spotify <no-reply@spotify.com>",
        "Unfortunately we couldn't renew your Premium plan. Please update your payment method.",
    ),
    (
        "other",
        "Invitation: Weekly sync @ Mon 10am",
        "Priya Shah <priya.shah@gmail.com>",
        "You have been invited to the following event. Weekly sync, Monday 10am - 10:30am. Join with Google Meet.",
    ),
    # ---------------------------------------------------------------- fourth batch
    (
        "interview",
        "Data Engineer opportunity - next steps",
        JORDAN,
        "Hi Alex,\n\nThank you for applying to the Data Engineer position. I'd like to chat with you about your background. Please let me know a few times you're available this week.\n\nBest,\nJordan",
    ),
    (
        "interview",
        "Acme - Phone Screen",
        JORDAN,
        "Hi Alex, when are you available for a 30 min phone screen with me this week?",
    ),
    (
        "interview",
        "Re: Your application",
        JORDAN,
        "Hi Alex, the hiring manager reviewed your resume and would like to speak with you. What times work for you on Thursday or Friday?",
    ),
    (
        "interview",
        "Interview",
        JORDAN,
        "Hello Alex,\n\nI'm the recruiter for the Backend Engineer role. We were impressed with your application and want to move forward with a technical interview. Please schedule via the link below.\n\nThanks",
    ),
    (
        "interview",
        "Acme Corp - Interview Invitation",
        ATS,
        "Dear Alex,\n\nWe are pleased to inform you that you have been shortlisted for an interview for the position of Data Analyst.",
    ),
    (
        "rejection",
        "Regarding your application",
        ATS,
        "Dear Alex,\n\nThank you for your application for the position of Data Analyst. We have carefully considered your application and regret that on this occasion we are unable to offer you an interview.",
    ),
    (
        "rejection",
        "Acme Corp",
        ATS,
        "Hi Alex, Thank you for your interest in joining the Acme team. We were fortunate to have many strong candidates apply and, unfortunately, we are unable to move forward with your candidacy at this time.",
    ),
    (
        "rejection",
        "Your application for Data Engineer",
        ATS,
        "Hi Alex,\n\nThanks so much for applying. After reviewing your experience, we don't think there's a strong enough fit for this particular role, so we won't be moving your application forward.",
    ),
    (
        "application_received",
        "Acme Corp: application received",
        ATS,
        "Hi Alex,\n\nThank you for your interest in Acme Corp. This message confirms that we have received your application for the Data Engineer role. If we feel your skills are a good match, a member of our recruiting team will reach out.",
    ),
    (
        "application_received",
        "Thanks for applying to Acme Corp!",
        ATS,
        "Thanks for applying to Acme Corp! We're reviewing your application and will get back to you soon.",
    ),
    (
        "assessment",
        "Acme Corp - Next Step",
        ATS,
        "Hi Alex, thanks for your interest in the Data Engineer position. As a next step, please complete the HackerRank challenge linked below within the next 5 days.",
    ),
    (
        "offer",
        "Offer Letter - Data Engineer",
        JORDAN,
        "Hi Alex, congratulations! Attached is your offer letter for the Data Engineer role. Please sign by Friday.",
    ),
    (
        "other",
        "Are you open to new opportunities?",
        "Recruiter <jane@staffingco.com>",
        "Hi Alex, I'm a recruiter at StaffingCo. I have a Data Engineer opportunity with a fintech client in NYC. Are you open to a quick call this week?",
    ),
    (
        "other",
        "Thank you for completing the survey",
        "Acme Corp <surveys@acmecorp.com>",
        "Thanks for sharing feedback about your interview experience with Acme Corp!",
    ),
]


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_kind(kind: str, subject: str, sender: str, body: str) -> None:
    facts = understand(mail(body, subject=subject, sender=sender), me=ME)
    assert facts.kind == kind, facts.evidence


@pytest.mark.parametrize(
    ("kind", "subject", "sender", "body"), CASES[:12], ids=[f"html-{i}" for i in range(12)]
)
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
    assert all(
        d[k] is None
        for k in ("interview_at", "respond_by", "follow_up_on", "company", "role", "contact_email")
    )
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
