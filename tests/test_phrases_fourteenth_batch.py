"""The fourteenth batch's invitation families of issue 12 in every language: sentences and
messages written for these tests, not taken from the corpus. A recruiter's few words that
accept the time the candidate proposed ("see you Thursday") are an interview only in a
reply quoting the candidate's own interview mail; a conversation moved to a new day and
time, and a scheduling tool's booked first conversation, are interviews in hiring context."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.understand.core import understand
from tests.test_phrases_invitations import found

ME = "sam.okafor@example.org"

MUST_FIND: list[tuple[str, str]] = [
    # the last word of a thread that set a time, each language
    ("meeting/see_you_on_day", "Great, see you on Thursday!"),
    ("meeting/see_you_on_day", "Friday at 10:30am ET it is."),
    ("meeting/see_you_on_day", "Perfect, talk to you Monday."),
    ("meeting/see_you_on_day_es", "Perfecto, nos vemos el martes."),
    ("meeting/see_you_on_day_es", "Genial. Hasta el viernes."),
    ("meeting/see_you_on_day_de", "Super, dann bis Donnerstag!"),
    ("meeting/see_you_on_day_de", "Danke. Bis Mittwoch."),
    ("meeting/see_you_on_day_de", "Wir sprechen uns dann am Freitag."),
    ("meeting/see_you_on_day_fr", "C'est noté. À mardi 10h."),
    ("meeting/see_you_on_day_fr", "Parfait, on se voit donc lundi."),
    ("meeting/see_you_on_day_it", "Benissimo, a martedì."),
    ("meeting/see_you_on_day_it", "Ottimo, ci sentiamo venerdì."),
    ("meeting/see_you_on_day_pt", "Fechado! Até sexta."),
    ("meeting/see_you_on_day_pt", "Ótimo, nos falamos na terça."),
    ("meeting/see_you_on_day_nl", "Prima, tot maandag!"),
    ("meeting/see_you_on_day_nl", "Dank je, we spreken elkaar dinsdag."),
    # a technical or phone screen is hiring talk
    ("process/hiring_talk", "Thanks for making time for the phone screen."),
    ("process/hiring_talk", "Te esperamos en la sesión técnica."),
    # through to a later named round
    ("interview/through_to_the_next_stage", "Nos alegra que pases a la tercera fase."),
    ("interview/through_to_the_next_stage", "Damit kommen Sie in die zweite Runde."),
    (
        "interview/through_to_the_next_stage",
        "Nous souhaitons que vous passiez à la deuxième étape.",
    ),
    ("interview/through_to_the_next_stage", "Con piacere: passi alla seconda fase."),
    ("interview/through_to_the_next_stage", "Você vai passar para a segunda etapa."),
    ("interview/through_to_the_next_stage", "Je gaat door naar de tweede ronde."),
    # a scheduling tool's booked first conversation with a company
    ("interview/first_conversation_booked", "Event Type: Intro call with Brightwater"),
    ("interview/first_conversation_booked", "Ereignistyp: Kennenlernen mit Brightwater"),
    ("interview/first_conversation_booked", "Type afspraak: Eerste kennismaking – Brightwater"),
    ("interview/first_conversation_booked", "Tipo de evento: Primera charla con Brightwater"),
    (
        "interview/first_conversation_booked",
        "Type d'événement : Premier entretien avec Brightwater",
    ),
    ("interview/first_conversation_booked", "Tipo di evento: Primo colloquio – Brightwater"),
    ("interview/first_conversation_booked", "Tipo de evento: Primeira conversa com Brightwater"),
    # a named technical session moved
    ("interview/reschedule_the_technical_session", "We need to move your technical interview."),
    ("interview/reschedule_the_technical_session", "Tenemos que cambiar la entrevista técnica."),
    (
        "interview/reschedule_the_technical_session",
        "Wir müssen das Fachgespräch leider verschieben.",
    ),
    ("interview/reschedule_the_technical_session", "Nous devons décaler l'entretien technique."),
    ("interview/reschedule_the_technical_session", "Dobbiamo spostare il colloquio tecnico."),
    ("interview/reschedule_the_technical_session", "Precisamos remarcar a sessão técnica."),
    ("interview/reschedule_the_technical_session", "We moeten het technisch gesprek verzetten."),
]

MUST_NOT_FIND: list[tuple[str, str]] = [
    # deadlines and ranges use the same prepositions
    ("meeting/see_you_on_day_de", "Bitte senden Sie uns die Unterlagen bis Donnerstag zu."),
    ("meeting/see_you_on_day_fr", "Merci de répondre jusqu'à mardi."),
    ("meeting/see_you_on_day_es", "Tienes tiempo hasta el viernes para enviarlo."),
    ("meeting/see_you_on_day_pt", "Envie o teste até sexta."),
    ("meeting/see_you_on_day_nl", "Je kunt reageren tot vrijdag."),
    ("meeting/see_you_on_day_it", "Il termine va da lunedì a venerdì."),
    ("meeting/see_you_on_day", "I will see you out."),
    # a weekend plan is no interview
    ("meeting/see_you_on_day_es", "¡Genial, nos vemos el sábado en el café!"),
    ("meeting/see_you_on_day_de", "Danke, dann bis Samstag!"),
    ("interview/through_to_the_next_stage", "La segunda fase del proyecto empieza en enero."),
    ("interview/first_conversation_booked", "Event Type: Team sync with Dana"),
    ("interview/first_conversation_booked", "Notre premier échange avec le client était bon."),
    (
        "interview/reschedule_the_technical_session",
        "The technical session was great, thanks for moving fast.",
    ),
]


@pytest.mark.parametrize(("key", "text"), MUST_FIND)
def test_each_family_finds_its_wordings_in_every_language(key: str, text: str) -> None:
    assert key in found(text.lower())


@pytest.mark.parametrize(("key", "text"), MUST_NOT_FIND)
def test_each_family_leaves_near_misses_alone(key: str, text: str) -> None:
    assert key not in found(text.lower())


def _reply(subject: str, new: str, attribution: str, quoted: str, date: str) -> bytes:
    """A recruiter's reply above the candidate's quoted message."""
    quote = "\n".join("> " + line for line in quoted.splitlines())
    return (
        f"From: Robin Achterberg <robin@lindqvist-labs.example.com>\n"
        f'To: "Sam Okafor" <{ME}>\n'
        f"Subject: {subject}\n"
        f"Date: {date}\n"
        "Message-ID: <r1@lindqvist-labs.example.com>\n"
        "In-Reply-To: <c1@lindqvist-labs.example.com>\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "MIME-Version: 1.0\n\n"
        f"{new}\n\n{attribution}\n{quote}\n"
    ).encode()


# (subject, reply, attribution, the candidate's quoted message, Date, interview_at)
ACCEPTED_PROPOSALS = [
    (
        "Re: Video interview – Platform Engineer",
        "Sounds good, see you Tuesday!\n\nRobin",
        f"On Mon, Mar 2, 2026 at 9:12 AM Sam Okafor <{ME}> wrote:",
        "Hi Robin, Tuesday March 10 at 3pm works for me.",
        "Mon, 02 Mar 2026 10:05:00 +0100",
        "2026-03-10T15:00:00+01:00",
    ),
    (
        "AW: Ihr Vorstellungsgespräch",
        "Danke, dann bis Mittwoch!\n\nRobin",
        f"Von: Sam Okafor <{ME}>\nGesendet: Montag, 2. März 2026 09:12",
        "Gerne komme ich am Mittwoch, 11.03.2026 um 10:00 Uhr.",
        "Mon, 02 Mar 2026 10:05:00 +0100",
        "2026-03-11T10:00:00+01:00",
    ),
    (
        "RE: Entretien – Développeur Python",
        "Parfait, merci. À vendredi.\n\nRobin",
        f"Le lun. 2 mars 2026 à 09:12, Sam Okafor <{ME}> a écrit :",
        "Je suis disponible vendredi 6 mars à 11h00.",
        "Mon, 02 Mar 2026 10:05:00 +0100",
        "2026-03-06T11:00:00+01:00",
    ),
    (
        "Re: Sollicitatiegesprek",
        "Top, tot donderdag!\n\nRobin",
        f"Op ma 2 mrt 2026 om 09:12 schreef Sam Okafor <{ME}>:",
        "Donderdag 5 maart om 14:00 past mij goed.",
        "Mon, 02 Mar 2026 10:05:00 +0100",
        "2026-03-05T14:00:00+01:00",
    ),
    (
        "Re: Entrevista – Analista de Datos",
        "¡Perfecto! Nos vemos el jueves.\n\nRobin",
        f"El lun, 2 mar 2026 a las 9:12, Sam Okafor (<{ME}>) escribió:",
        "Hola Robin, me viene bien el jueves 5 de marzo a las 16:00.",
        "Mon, 02 Mar 2026 10:05:00 +0100",
        "2026-03-05T16:00:00+01:00",
    ),
    (
        "Re: Entrevista com o time – Analista de BI",
        "Fechado! Até terça.\n\nRobin",
        f"Em seg., 2 de mar. de 2026 às 09:12, Sam Okafor <{ME}> escreveu:",
        "Oi Robin, pode ser terça 10/3 às 15h?",
        "Mon, 02 Mar 2026 10:05:00 -0300",
        "2026-03-10T15:00:00-03:00",
    ),
    (
        "R: Colloquio conoscitivo",
        "Perfetto, a mercoledì!\n\nRobin",
        f"Il giorno lun 2 mar 2026 alle ore 09:12 Sam Okafor <{ME}> ha scritto:",
        "Buongiorno, confermo mercoledì 4 marzo alle 11:30.",
        "Mon, 02 Mar 2026 10:05:00 +0100",
        "2026-03-04T11:30:00+01:00",
    ),
]


@pytest.mark.parametrize(
    ("subject", "new", "attribution", "quoted", "date", "at"), ACCEPTED_PROPOSALS
)
def test_a_few_words_accepting_the_candidates_proposal_are_an_interview(
    subject: str, new: str, attribution: str, quoted: str, date: str, at: str
) -> None:
    facts = understand(_reply(subject, new, attribution, quoted, date), me=[ME])
    assert facts.kind == "interview"
    assert facts.interview_at == datetime.fromisoformat(at)


def test_see_you_under_someone_elses_quoted_message_decides_nothing() -> None:
    """The same few words under a colleague's quoted message about a meeting are no
    interview: the quoted part is not the candidate's."""
    raw = _reply(
        "Re: Quarterly planning",
        "Sounds good, see you Tuesday!",
        "On Mon, Mar 2, 2026 at 9:12 AM Dana Ruiz <dana@lindqvist-labs.example.com> wrote:",
        "Tuesday March 10 at 3pm works for the planning meeting.",
        "Mon, 02 Mar 2026 10:05:00 +0100",
    )
    assert understand(raw, me=[ME]).kind == "other"


def test_see_you_under_the_candidates_own_non_hiring_message_decides_nothing() -> None:
    """The candidate's own quoted message about a dinner: no interview."""
    raw = _reply(
        "Re: dinner",
        "Great, see you Friday!",
        f"On Mon, Mar 2, 2026 at 9:12 AM Sam Okafor <{ME}> wrote:",
        "Friday at 8pm at the usual place?",
        "Mon, 02 Mar 2026 10:05:00 +0100",
    )
    assert understand(raw, me=[ME]).kind == "other"


def _mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\n"
        f'To: "Sam Okafor" <{ME}>\n'
        f"Subject: {subject}\n"
        "Date: Mon, 02 Mar 2026 10:05:00 +0100\n"
        "Message-ID: <m1@mail.example.com>\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "MIME-Version: 1.0\n\n"
        f"{body}\n"
    ).encode()


@pytest.mark.parametrize(
    ("sender", "subject", "body", "want"),
    [
        (
            "Calendly <notifications@calendly.com>",
            "Neuer Termin: Kennenlernen mit Jonas Weber",
            "Hallo Sam,\n\nein neuer Termin wurde geplant.\n\nEreignistyp: Kennenlernen mit "
            "Brightwater\nTeilnehmer: Sam Okafor\nDatum/Uhrzeit: 10:00 - 10:30, Mittwoch, 4. März "
            "2026\n\nAbsagen: https://calendly.com/cancellations/x1",
            "interview",
        ),
        (
            "Calendly <notifications@calendly.com>",
            "New Event: Demo call with Dana",
            "A new event has been scheduled.\n\nEvent Type: Demo call with Dana\nInvitee: Sam "
            "Okafor\nEvent Date/Time: 10:00am, Wednesday, March 4, 2026\n\n"
            "Cancel: https://calendly.com/cancellations/x2",
            "other",
        ),
        (
            "Giulia Neri <giulia@brightwater.example.it>",
            "Spostamento colloquio tecnico",
            "Ciao Sam,\n\npurtroppo dobbiamo spostare il colloquio tecnico di domani. Ti andrebbe "
            "bene giovedì 5 marzo alle 15:00?\n\nGrazie,\nGiulia",
            "interview",
        ),
        (
            "Rita Sousa <rita@brightwater.example.pt>",
            "Próxima etapa",
            "Olá Sam,\n\nGostámos muito da conversa. Vais passar para a segunda etapa do recrutamento: marca o "
            "teu horário aqui: https://calendly.com/brightwater/etapa-2\n\nRita",
            "interview",
        ),
    ],
)
def test_invitations_without_a_job_word_decide(
    sender: str, subject: str, body: str, want: str
) -> None:
    assert understand(_mail(sender, subject, body), me=[ME]).kind == want


# a conversation moved to a new day and time: an interview where the subject speaks of the
# application; without any hiring context, a moved conversation is anyone's meeting
MOVED_IN_CONTEXT = [
    (
        "Unser Gespräch – Backend-Entwickler (m/w/d)",
        "leider muss ich unser Gespräch von morgen verschieben. Passt Ihnen Donnerstag, "
        "5. März um 10 Uhr?",
    ),
    (
        "Votre candidature – Data Analyst",
        "je dois décaler notre échange de demain. Seriez-vous disponible jeudi 5 mars à 10h ?",
    ),
    (
        "Re: Sollicitatie Data Engineer",
        "Helaas moet ik ons gesprek van morgen verzetten. Zou donderdag 5 maart om 10:00 ook "
        "kunnen?",
    ),
    (
        "Tu candidatura – Backend",
        "Tengo que mover nuestra llamada de mañana. ¿Te va bien el jueves 5 de marzo a las 10:00?",
    ),
    (
        "Candidatura Sviluppatore Java",
        "devo spostare la nostra chiamata di domani. Ti andrebbe bene giovedì 5 marzo alle 10:00?",
    ),
    (
        "Vaga Analista de Dados",
        "preciso remarcar nossa conversa de amanhã. Pode ser quinta, 5 de março, às 10h?",
    ),
]


@pytest.mark.parametrize(("subject", "body"), MOVED_IN_CONTEXT)
def test_a_conversation_moved_in_hiring_context_is_an_interview_at_the_new_time(
    subject: str, body: str
) -> None:
    facts = understand(_mail("Eva <eva@brightwater.example.com>", subject, body), me=[ME])
    assert facts.kind == "interview"
    assert facts.interview_at == datetime.fromisoformat("2026-03-05T10:00:00+01:00")


def test_a_conversation_moved_without_hiring_context_is_no_interview() -> None:
    body = "Helaas moet ik ons gesprek van morgen verzetten. Zou donderdag 5 maart om 10:00 kunnen?"
    facts = understand(_mail("Eva <eva@brightwater.example.com>", "Ons gesprek", body), me=[ME])
    assert facts.kind == "other"
