"""The thirteenth batch's invitation, acknowledgement and not-a-kind families of issue 12 in
every language: sentences written for these tests (not taken from the corpus) that each
family must find, near misses it must leave alone, and whole messages they decide."""

from __future__ import annotations

import pytest

from agent.understand import understand
from agent.understand.classify import MATCHER, score
from agent.understand.core import kind_of, score_message
from agent.understand.phrase_matcher import MatchTexts
from agent.understand.phrases import Signal, Stage
from tests.test_phrases_invitations import kind


def found(body: str, subject: str = "") -> set[str]:
    """Every phrase the compiled matcher finds, in every stage (whose process included)."""
    texts = MatchTexts.of(subject=subject, body=body)
    return {m.phrase.key for stage in Stage for m in MATCHER.scan(texts, stage=stage)}


MUST_FIND: list[tuple[str, str]] = [
    # an interview day's programme
    ("interview/your_onsite_schedule", "Your Acme onsite itinerary"),
    ("interview/interview_schedule_all", "Te enviamos tu agenda de entrevistas para el jueves."),
    ("interview/interview_schedule_all", "Anbei Ihr Ablaufplan für die Gespräche am Donnerstag."),
    ("interview/interview_schedule_all", "Voici le programme de vos entretiens de jeudi."),
    ("interview/interview_schedule_all", "Ecco il programma dei tuoi colloqui di giovedì."),
    ("interview/interview_schedule_all", "Segue a agenda das suas entrevistas de quinta-feira."),
    ("interview/interview_schedule_all", "Hieronder het schema van je gesprekken op donderdag."),
    (
        "interview/interview_sessions_listed",
        "10:00 - 10:45 Pair programming - with Lena Sommer 11:00 - 11:30 Team fit - with Ravi Rao.",
    ),
    (
        "interview/interview_sessions_listed",
        "9h30 - 10h15 Entretien technique, avec Claire Dubois 10h30 - 11h Culture, avec Marc Petit.",
    ),
    # a booked call named in a scheduling tool's notice
    ("interview/booked_event_a_conversation", "Event Type: 45 Minute Screening - Acme (Analyst)"),
    ("interview/booked_event_a_conversation", "Tipo de evento: Entrevista de 30 minutos"),
    ("interview/booked_event_a_conversation", "Termin: Kennenlernen mit dem Team"),
    ("interview/booked_event_a_conversation", "Type d'événement : Entretien de 30 minutes"),
    ("interview/booked_event_a_conversation", "Tipo di evento: Colloquio conoscitivo"),
    ("interview/booked_event_a_conversation", "Evento: Conversa inicial com a recrutadora"),
    ("interview/booked_event_a_conversation", "Soort afspraak: Kennismaking (30 minuten)"),
    # a short call proposed by its length
    ("interview/minute_call_all", "¿Hablamos en una llamada de 20 minutos el martes?"),
    ("interview/minute_call_all", "Hätten Sie Zeit für ein 30-minütiges Gespräch am Freitag?"),
    ("interview/minute_call_all", "On se cale un appel de 30 minutes jeudi ?"),
    ("interview/minute_call_all", "Possiamo fare una chiamata di 15 minuti domani?"),
    ("interview/minute_call_all", "Podemos fazer uma chamada de 30 min amanhã?"),
    ("interview/minute_call_all", "Zullen we een gesprek van 30 minuten inplannen?"),
    # the sender liked the candidate's profile (job vocabulary of a founder's note)
    ("job/liked_your_profile_all", "I really liked your background, are you free on Monday?"),
    ("job/liked_your_profile_all", "Nos ha gustado mucho su trayectoria."),
    ("job/liked_your_profile_all", "Dein Profil hat mir sehr gut gefallen."),
    ("job/liked_your_profile_all", "Ton profil m'a beaucoup plu."),
    ("job/liked_your_profile_all", "Il tuo profilo mi è piaciuto molto."),
    ("job/liked_your_profile_all", "Gostei muito do seu perfil."),
    ("job/liked_your_profile_all", "Je profiel sprak me erg aan."),
    ("job/role_title_with_level_in_brackets", "30 Minute Intro - Acme (Senior Product Manager)"),
    # an acknowledgement's map of the stages to come
    (
        "veto_interview/the_stages_listed_ahead",
        "Próximas etapas do processo: teste online, entrevista com RH e entrevista final.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Next steps in the process: a recruiter call, a technical interview and an onsite.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Next steps: 1. phone screen 2. technical interview 3. meet the team",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Nächste Schritte im Auswahlprozess: Telefoninterview, Fachgespräch und Probetag.",
    ),
    (
        "veto_interview/the_stages_listed_ahead",
        "Próximos pasos del proceso: prueba técnica, entrevista con recursos humanos y entrevista final.",
    ),
    # the application said to be submitted successfully
    (
        "application_received/application_submitted_successfully",
        "Sua candidatura para a vaga de Analista foi realizada com sucesso!",
    ),
    (
        "application_received/application_submitted_successfully",
        "Your application for Data Analyst was successfully submitted.",
    ),
    (
        "application_received/application_submitted_successfully",
        "Tu postulación al cargo de analista fue enviada con éxito.",
    ),
    (
        "application_received/application_submitted_successfully",
        "Ihre Bewerbung als Buchhalter wurde erfolgreich übermittelt.",
    ),
    (
        "application_received/application_submitted_successfully",
        "Votre candidature a été envoyée avec succès.",
    ),
    (
        "application_received/application_submitted_successfully",
        "La tua candidatura è stata inviata con successo.",
    ),
    (
        "application_received/application_submitted_successfully",
        "Je sollicitatie is succesvol verstuurd.",
    ),
    # the review needs more time (an interim notice)
    (
        "veto_application_received/the_review_needs_more_time",
        "We need a little more time to review all applications.",
    ),
    (
        "veto_application_received/the_review_needs_more_time",
        "Necesitamos un poco más de tiempo para revisar las candidaturas.",
    ),
    (
        "veto_application_received/the_review_needs_more_time",
        "Die Sichtung der Unterlagen nimmt noch etwas Zeit in Anspruch.",
    ),
    (
        "veto_application_received/the_review_needs_more_time",
        "Nous avons besoin d'un peu plus de temps pour étudier les candidatures.",
    ),
    (
        "veto_application_received/the_review_needs_more_time",
        "La selezione richiede ancora un po' di tempo.",
    ),
    (
        "veto_application_received/the_review_needs_more_time",
        "O processo está levando mais tempo do que o previsto.",
    ),
    (
        "veto_application_received/the_review_needs_more_time",
        "De selectie duurt langer dan verwacht.",
    ),
    ("status/more_time_needed", "We hebben nog wat meer tijd nodig."),
    # the candidate's salary expectations asked
    (
        "veto_application_received/your_salary_expectations_asked",
        "Could you share your salary expectations?",
    ),
    (
        "veto_application_received/your_salary_expectations_asked",
        "¿Cuáles son tus expectativas salariales?",
    ),
    (
        "veto_application_received/your_salary_expectations_asked",
        "Teilen Sie uns bitte Ihre Gehaltsvorstellung mit.",
    ),
    (
        "veto_application_received/your_salary_expectations_asked",
        "Pourriez-vous nous indiquer vos prétentions salariales ?",
    ),
    (
        "veto_application_received/your_salary_expectations_asked",
        "Ci può indicare le sue aspettative economiche?",
    ),
    (
        "veto_application_received/your_salary_expectations_asked",
        "Qual é a sua pretensão salarial?",
    ),
    (
        "veto_application_received/your_salary_expectations_asked",
        "Wat is je salarisindicatie?",
    ),
    # a fellowship is no job
    (
        "veto_application_received/an_application_for_something_else",
        "Thank you for applying to the 2027 Community Maintainer Fellowship.",
    ),
    # a newsletter's issue number and its full post
    ("alert/newsletter_issue_and_full_post", "THE HIRING LETTER - Issue #12"),
    ("alert/newsletter_issue_and_full_post", "Lire la suite sur notre blog"),
    ("alert/newsletter_issue_and_full_post", "Leia o artigo completo no site"),
    # the reader as interviewer, reminded to submit an evaluation
    ("employer_side/submit_your_evaluation_all", "Merci de soumettre votre évaluation."),
    ("employer_side/submit_your_evaluation_all", "Bitte reichen Sie Ihren Bewertungsbogen ein."),
    ("employer_side/submit_your_evaluation_all", "Completa tu evaluación del candidato."),
    ("employer_side/submit_your_evaluation_all", "Compila la tua scheda di valutazione."),
    ("employer_side/submit_your_evaluation_all", "Preencha a sua avaliação até amanhã."),
    ("employer_side/submit_your_evaluation_all", "Vul je beoordelingsformulier in."),
]

MUST_FIND += [
    # a question asked before any interview is set up
    (
        "veto_interview/before_an_interview_is_set_up",
        "Before we schedule an interview, could you confirm your notice period?",
    ),
    (
        "veto_interview/before_an_interview_is_set_up",
        "Antes de agendar una entrevista, ¿me confirmas tu disponibilidad para viajar?",
    ),
    (
        "veto_interview/before_an_interview_is_set_up",
        "Bevor wir einen Termin vereinbaren, noch eine Frage zu Ihrem Gehalt.",
    ),
    (
        "veto_interview/before_an_interview_is_set_up",
        "Avant de planifier un entretien, pourriez-vous préciser vos prétentions ?",
    ),
    (
        "veto_interview/before_an_interview_is_set_up",
        "Prima di fissare un colloquio, ti chiedo la disponibilità.",
    ),
    (
        "veto_interview/before_an_interview_is_set_up",
        "Antes de marcar uma entrevista, qual é a sua pretensão salarial?",
    ),
    (
        "veto_interview/before_an_interview_is_set_up",
        "Voordat we een gesprek inplannen, wat is je salarisindicatie?",
    ),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    (
        "veto_interview/before_an_interview_is_set_up",
        "Before the interview, please read the attached agenda.",
    ),
    (
        "interview/interview_sessions_listed",
        "Our office is open 9:00 - 17:00 with Anna at the desk.",
    ),
    ("interview/booked_event_a_conversation", "Event Type: Haircut with Marco"),
    ("interview/minute_call_all", "La llamada duró 30 minutos."),
    ("job/liked_your_profile_all", "I liked your post about climbing."),
    ("job/role_title_with_level_in_brackets", "Dinner with Dana (my manager)"),
    (
        "veto_interview/the_stages_listed_ahead",
        "Next steps: I will send you an invite for Tuesday.",
    ),
    ("veto_interview/the_stages_listed_ahead", "Next steps: 1. pick a time 2. join the call"),
    (
        "application_received/application_submitted_successfully",
        "Your application was received.",
    ),
    ("veto_application_received/the_review_needs_more_time", "We had a great time with you."),
    (
        "veto_application_received/the_review_needs_more_time",
        "Die Prüfung Ihrer Unterlagen kann einige Zeit in Anspruch nehmen.",
    ),
    ("veto_application_received/your_salary_expectations_asked", "The salary is $120k base."),
    ("alert/newsletter_issue_and_full_post", "There is an issue with your application."),
    ("employer_side/submit_your_evaluation_all", "Merci pour votre évaluation de la plateforme."),
]


@pytest.mark.parametrize(("key", "text"), MUST_FIND)
def test_each_family_finds_its_wordings_in_every_language(key: str, text: str) -> None:
    assert key in found(text, subject=text)


@pytest.mark.parametrize(("key", "text"), MUST_NOT_FIND)
def test_each_family_leaves_near_misses_alone(key: str, text: str) -> None:
    assert key not in found(text, subject=text)


@pytest.mark.parametrize(
    ("subject", "body", "want"),
    [
        (
            "Candidatura realizada com sucesso!",
            "Olá! Sua candidatura para a vaga de Analista de Dados na Acme foi realizada com "
            "sucesso. Próximas etapas do processo: teste online, entrevista com RH, entrevista "
            "técnica e entrevista final.",
            "application_received",
        ),
        (
            "Application received",
            "Thanks for applying to the Data Analyst role at Acme! Next steps: 1. recruiter "
            "call 2. technical interview 3. final interview with the team",
            "application_received",
        ),
        (
            "Zwischenstand zu Ihrer Bewerbung",
            "Vielen Dank für Ihre Bewerbung als Buchhalter. Leider benötigen wir noch etwas "
            "Zeit für die Auswahl; wir melden uns in zwei Wochen.",
            "other",
        ),
        (
            "Quick question",
            "Thanks for applying for the Data Analyst role! Before we schedule anything, what "
            "are your salary expectations?",
            "other",
        ),
        (
            "Your application",
            "Thank you for applying to the Open Data Fellowship. We have received your application.",
            "other",
        ),
        (
            "Issue #7: how to negotiate",
            "Our reader got this: 'We are excited to extend you an offer.' Read the full post "
            "on our site. Unsubscribe",
            "other",
        ),
        (
            "Your Acme onsite itinerary - Data Analyst",
            "Hi! Here is your day (all times Central): 9:00 - 9:45 SQL - with Ana Ruiz "
            "10:00 - 10:45 Case study - with Tom Lee. Good luck!",
            "interview",
        ),
        (
            "Votre candidature",
            "Merci pour votre candidature au poste de comptable. Avant de planifier un entretien, "
            "pourriez-vous m'indiquer vos prétentions salariales ?",
            "other",
        ),
        (
            "Tu agenda de entrevistas - Contable",
            "Te enviamos tu agenda de entrevistas para el jueves: 10:00 - 10:45 Caso práctico - "
            "con Ana Ruiz 11:00 - 11:30 Equipo - con Luis Gil. ¡Mucha suerte!",
            "interview",
        ),
        (
            "Votre candidature",
            "Merci pour votre candidature au poste de comptable. Nous avons besoin d'un peu plus "
            "de temps pour étudier l'ensemble des dossiers.",
            "other",
        ),
        (
            "Tu candidatura",
            "Gracias por tu candidatura al puesto de contable. El proceso está llevando más "
            "tiempo de lo previsto.",
            "other",
        ),
        (
            "Je sollicitatie",
            "Bedankt voor je sollicitatie als boekhouder. De selectie duurt langer dan verwacht.",
            "other",
        ),
    ],
)
def test_the_thirteenth_batch_families_decide(subject: str, body: str, want: str) -> None:
    assert kind(subject, body) == want


def test_a_kind_said_inside_its_veto_earns_nothing() -> None:
    """Three interviews named in one stage list count as the list (the veto), not as three
    invitations; the same words outside a list still count."""
    listed = score(
        "Candidatura",
        "Sua candidatura foi realizada com sucesso. Próximas etapas do processo: teste online, "
        "entrevista com RH, entrevista técnica e entrevista final.",
    )
    inside = [c for c in listed.contributions if c.signal is Signal.INTERVIEW]
    assert inside and not any(c.counted for c in inside)
    assert listed.get(Signal.INTERVIEW) == 0
    plain = score("Entrevista", "Queremos agendar uma entrevista técnica com você na terça.")
    assert any(c.counted and c.signal is Signal.INTERVIEW for c in plain.contributions)


def _founder_note(*, sender: str, in_reply_to: str | None, me_domain: str = "example.com") -> bytes:
    """A founder's short note proposing a call at a weekday, day and time, with no job
    word that decides it: whether it answers the candidate's own mail is the thread."""
    reply = f"In-Reply-To: {in_reply_to}\nReferences: {in_reply_to}\n" if in_reply_to else ""
    return (
        f"From: Lucía Ferrer <{sender}>\nTo: Alex Rivera <alex.rivera@{me_domain}>\n"
        "Subject: Re: Producto en Ferrer\nDate: Mon, 12 Oct 2026 21:47:00 +0200\n"
        f"Message-ID: <n1@{sender.split('@')[1]}>\n{reply}"
        "Content-Type: text/plain; charset=utf-8\nMIME-Version: 1.0\n\n"
        "Hola Alex, gracias por tu correo. Me ha gustado mucho tu perfil. ¿Te va bien el "
        "viernes 16 a las 11:00 para una llamada de 20 minutos?\n\nLucía\n"
    ).encode()


@pytest.mark.parametrize(
    ("sender", "in_reply_to", "me_domain", "want"),
    [
        # a reply to the candidate's own message: their thread, an invitation
        ("lucia@ferrer.es", "<c7@example.com>", "example.com", "interview"),
        ("lucia@ferrer.es", "<CAx9@mail.gmail.com>", "gmail.com", "interview"),
        # no thread: cold outreach proposing a call is other (tests/corpus/README.md)
        ("lucia@ferrer.es", None, "example.com", "other"),
        # a reply to the sender's own earlier message (a follow-up to their outreach)
        ("lucia@ferrer.es", "<c7@ferrer.es>", "example.com", "other"),
        # the sender writes from the candidate's own mail service: the id could be hers
        ("lucia.ferrer@gmail.com", "<CAx9@mail.gmail.com>", "gmail.com", "other"),
    ],
)
def test_a_reply_in_the_candidates_own_thread_decides(
    sender: str, in_reply_to: str | None, me_domain: str, want: str
) -> None:
    """The rules decide it (the learned fallback, asked only where they find nothing, is
    not what is tested here)."""
    raw = _founder_note(sender=sender, in_reply_to=in_reply_to, me_domain=me_domain)
    me = [f"alex.rivera@{me_domain}"]
    scoring = score_message(raw, me=me)
    assert scoring is not None
    assert kind_of(scoring).kind == want, scoring.scores.hits
    if want == "interview":
        facts = understand(raw, me=me)
        assert facts.kind == "interview"
        assert facts.interview_at is not None
        assert facts.interview_at.isoformat() == "2026-10-16T11:00:00+02:00"


_BOOKINGS = [
    # (sender, subject, body, kind, interview_at): scheduling tools' notices, written here
    (
        "notifications@calendly.com",
        "Confirmed: 30 Minute Intro with Jane Doe on Thursday, March 5, 2026",
        "Your event has been scheduled.\n\nEvent Type:\n30 Minute Intro - Acme (Senior Product "
        "Manager)\n\nEvent Date/Time:\n11:00am - 11:30am (Eastern Time - US & Canada), "
        "Thursday, March 5, 2026\n",
        "interview",
        "2026-03-05T11:00:00-05:00",
    ),
    (
        "notifications@calendly.com",
        "Updated: Phone Interview - Acme (Data Analyst)",
        "Your event has been rescheduled.\n\nEvent Type:\nPhone Interview - Acme (Data Analyst)\n\n"
        "New Event Date/Time:\n2:00pm - 2:30pm (Eastern Time - US & Canada), Thursday, March 5, 2026\n",
        "interview",
        "2026-03-05T14:00:00-05:00",
    ),
    (
        "hello@cal.com",
        "Confirmed: Recruiter Screen between Acme Talent and Alex Rivera",
        "A new event has been scheduled.\n\nWhat:\nRecruiter Screen between Acme Talent and Alex "
        "Rivera\n\nWhen:\nThursday, March 5, 2026 10:00 - 10:30 (Europe/Berlin)\n",
        "interview",
        "2026-03-05T10:00:00+01:00",
    ),
    (
        "notifications@calendly.com",
        "Confirmado: Entrevista inicial - Acme",
        "Tu evento ha sido programado.\n\nTipo de evento:\nEntrevista inicial - Acme\n\nFecha y "
        "hora del evento:\n10:00 - 10:30 (hora de Madrid), jueves 5 de marzo de 2026\n",
        "interview",
        "2026-03-05T10:00:00+01:00",
    ),
    # the same tools booking no interview: a meeting, a sales demo
    (
        "notifications@calendly.com",
        "Confirmed: 30 Minute Meeting with Bob Smith",
        "Your event has been scheduled.\n\nEvent Type:\n30 Minute Meeting\n\nEvent Date/Time:\n"
        "11:00am - 11:30am (Eastern Time - US & Canada), Thursday, March 5, 2026\n",
        "other",
        None,
    ),
    (
        "notifications@calendly.com",
        "Confirmed: 30 Minute Intro - Acme CRM demo",
        "Your event has been scheduled.\n\nEvent Type:\n30 Minute Intro - Acme CRM demo (Account "
        "Executive)\n\nEvent Date/Time:\n11:00am - 11:30am (Eastern Time - US & Canada), "
        "Thursday, March 5, 2026\n",
        "other",
        None,
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "want", "at"), _BOOKINGS)
def test_a_scheduling_tools_booking_is_an_interview_when_its_event_names_one(
    sender: str, subject: str, body: str, want: str, at: str | None
) -> None:
    raw = (
        f"From: {sender}\nTo: Alex Rivera <alex.rivera@example.com>\nSubject: {subject}\n"
        "Date: Mon, 2 Mar 2026 09:00:00 +0100\nMessage-ID: <b1@tool.example>\n"
        f"Content-Type: text/plain; charset=utf-8\nMIME-Version: 1.0\n\nHi Alex Rivera,\n\n{body}"
    ).encode()
    facts = understand(raw, me=["alex.rivera@example.com"])
    assert facts.kind == want, facts.evidence
    assert (facts.interview_at.isoformat() if facts.interview_at else None) == at
