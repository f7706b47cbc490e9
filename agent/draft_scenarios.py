"""Hiring threads in seven languages, and the drafts the agent writes for them.

Each :class:`Scenario` is a small mailbox (real RFC 5322 bytes, calendar invitations
included) and a moment ``now`` at which a follow-up is due. :func:`run_scenario` takes it
through the same steps as a real pass (understand → timeline → plan → compose) and
returns every draft (or the reason there is none); :func:`report` writes them as a
readable text. ``followup-agent demo --lang es`` prints the report of one language, and
the test suite checks every case against DESIGN.md's "Drafts a careful person would
send". People, companies and domains are invented (``.example``).
"""

from __future__ import annotations

import email
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from typing import Any
from zoneinfo import ZoneInfo

from agent.config import Config, validate_config
from agent.demo_sample import ME_ADDR, ME_NAME, sample_message
from agent.followup.compose import ComposeError, TemplateSet, compose
from agent.followup.rules import plan, shown
from agent.followup.timeline import build_timeline
from agent.models import Folder, FollowUpStatus, PlannedFollowUp, StoredMessage
from agent.template_files import load_templates
from agent.understand import understand

ME_WORK = "a.rivera@correo.example"  # a second address: some employers write to this one


@dataclass
class Mail:
    """One message of a scenario, as bytes."""

    raw: bytes
    folder: Folder
    message_id: str
    subject: str


@dataclass
class Scenario:
    name: str
    lang: str
    about: str  # one line: the case it shows
    tz: str  # the candidate's zone (config ``timezone``)
    now: datetime
    mails: list[Mail] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)

    def config(self) -> Config:
        return validate_config(
            {
                "timezone": self.tz,
                "me": {"name": ME_NAME, "addresses": [ME_ADDR, ME_WORK]},
                "rules": self.rules,
            }
        )


@dataclass
class Outcome:
    """One follow-up of a scenario: its plan, and the draft (or why there is none)."""

    followup: PlannedFollowUp
    raw: bytes | None
    error: str | None = None

    @property
    def message(self) -> EmailMessage | None:
        if self.raw is None:
            return None
        msg = email.message_from_bytes(self.raw, policy=default)
        assert isinstance(msg, EmailMessage)
        return msg

    @property
    def body(self) -> str:
        msg = self.message
        return "" if msg is None else str(msg.get_content()).replace("\r\n", "\n")


# --------------------------------------------------------------------------- builders


class _Thread:
    """Writes the messages of one scenario; each reply threads under the previous one."""

    def __init__(self, sc: Scenario, zone: str, domain: str) -> None:
        self.sc = sc
        self.tz = ZoneInfo(zone)
        self.domain = domain
        self.last: Mail | None = None

    def at(self, y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
        return datetime(y, mo, d, h, mi, tzinfo=self.tz)

    def mail(
        self,
        when: datetime,
        sender: str,
        subject: str,
        body: str,
        *,
        to: str = f"{ME_NAME} <{ME_ADDR}>",
        cc: str | None = None,
        reply_to: str | None = None,
        ics: str | None = None,
        own: bool = False,
        new_thread: bool = False,
        headers: dict[str, str] | None = None,
    ) -> Mail:
        n = len(self.sc.mails) + 1
        mid = f"<{self.sc.name}.{n}@{'example.com' if own else self.domain}>"
        parent = None if self.last is None or new_thread else self.last.message_id
        raw = sample_message(
            sender=sender,
            to=to,
            cc=cc,
            reply_to=reply_to,
            subject=subject,
            when=when,
            message_id=mid,
            in_reply_to=parent,
            references=parent,
            extra=headers,
            body=body,
            calendar=ics,
        )
        m = Mail(raw, Folder.SENT if own else Folder.INBOX, mid, subject)
        self.sc.mails.append(m)
        self.last = m
        return m

    def own(self, when: datetime, to: str, body: str) -> Mail:
        assert self.last is not None
        subject = self.last.subject
        return self.mail(when, f"{ME_NAME} <{ME_ADDR}>", f"Re: {subject}", body, to=to, own=True)


def _ics(
    *,
    uid: str,
    start: datetime,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
) -> str:
    """A calendar invitation with a named zone (TZID), as Google and Outlook send them."""
    zone = str(start.tzinfo)
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Scenario Calendar//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "SEQUENCE:0",
        "DTSTAMP:20260301T000000Z",
        f"DTSTART;TZID={zone}:{start.strftime(fmt)}",
        f"DTEND;TZID={zone}:{(start + timedelta(minutes=minutes)).strftime(fmt)}",
        f"SUMMARY:{summary}",
        "STATUS:CONFIRMED",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for name, addr in [*attendees, (ME_NAME, ME_ADDR)]:
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT:mailto:{addr}')
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


# --------------------------------------------------------------------------- scenarios


def _en_panel(rules: dict[str, Any] | None = None, name: str = "en-panel") -> Scenario:
    sc = Scenario(
        name,
        "en",
        "a panel of three booked by a coordinator: the panel in To, the coordinator in Cc",
        "America/New_York",
        datetime(2026, 3, 10, 14, 5, tzinfo=ZoneInfo("America/New_York")),
        rules=rules or {},
    )
    t = _Thread(sc, "America/New_York", "brightline.example")
    olivia = ("Olivia Chen", "olivia.chen@brightline.example")
    panel = [
        ("Raj Patel", "raj.patel@brightline.example"),
        ("Emma Novak", "emma.novak@brightline.example"),
        ("Luis García", "luis.garcia@brightline.example"),
    ]
    start = t.at(2026, 3, 10, 9, 30)
    t.mail(
        t.at(2026, 3, 5, 9, 12),
        f"{olivia[0]} <{olivia[1]}>",
        "Onsite interview: Senior Product Designer",
        "Hi Alex,\n\nYou're confirmed for your onsite interview for the Senior Product "
        "Designer role on Tuesday, March 10 at 9:30 AM ET. You'll meet Raj, Emma and Luis "
        "from the design team; the calendar invitation is attached.\n\nBest,\nOlivia Chen\n"
        "Recruiting Coordinator, Brightline\n",
        ics=_ics(
            uid="bl-onsite@brightline.example",
            start=start,
            minutes=180,
            summary="Onsite interview: Senior Product Designer (portfolio review)",
            organizer=olivia,
            attendees=[olivia, *panel],
        ),
    )
    return sc


def _en_relay() -> Scenario:
    sc = Scenario(
        "en-relay",
        "en",
        "an ATS relay: 'Jane Doe <no-reply@hire.lever.co>' is Jane, never the company",
        "America/New_York",
        datetime(2026, 3, 6, 8, 35, tzinfo=ZoneInfo("America/New_York")),
    )
    t = _Thread(sc, "America/New_York", "hire.lever.co")
    t.mail(
        t.at(2026, 3, 2, 11, 0),
        "Jane Doe <no-reply@hire.lever.co>",
        "Interview with Northwind: Product Designer",
        "Hi Alex,\n\nThanks for applying to the Product Designer role at Northwind. I'd like "
        "to invite you to a video interview with me on Thursday, March 5, 2026 at 3:00 PM "
        "ET. The Zoom link will follow.\n\nBest,\nJane Doe\nTalent Partner, Northwind\n",
        reply_to="Jane Doe <jane.doe@northwind.example>",
    )
    return sc


def _en_pass_on() -> Scenario:
    sc = Scenario(
        "en-pass-on",
        "en",
        "only the recruiter's address is known: thank her for arranging it, ask her to pass it on",
        "America/New_York",
        datetime(2026, 3, 13, 8, 35, tzinfo=ZoneInfo("America/New_York")),
    )
    t = _Thread(sc, "America/New_York", "lumen.example")
    t.mail(
        t.at(2026, 3, 9, 16, 40),
        "Mark Hill <mark.hill@lumen.example>",
        "Interview confirmed: Product Manager",
        "Hi Alex,\n\nYou're confirmed for an interview for the Product Manager role on "
        "Thursday, March 12 at 2:00 PM ET with Priya Natarajan, our Head of Product. She "
        "will call you on the number you gave us.\n\nThanks,\nMark Hill\nRecruiter, Lumen\n",
    )
    return sc


def _en_same_day() -> Scenario:
    sc = Scenario(
        "en-same-day",
        "en",
        "a Tuesday morning interview thanked on Tuesday afternoon: 'this morning', not 'on Tuesday'",
        "America/Chicago",
        datetime(2026, 3, 17, 14, 2, tzinfo=ZoneInfo("America/Chicago")),
    )
    t = _Thread(sc, "America/Chicago", "prairie.example")
    t.mail(
        t.at(2026, 3, 12, 10, 15),
        "Dana Whitfield <dana.whitfield@prairie.example>",
        "Interview for the Data Analyst role",
        "Hi Alex,\n\nThanks for your application for the Data Analyst role at Prairie "
        "Analytics. Could we meet on Tuesday, March 17 at 10:00 AM CT? I'll send a Teams "
        "link. We expect to make a decision by Friday, March 27.\n\nBest regards,\nDana "
        "Whitfield\nAnalytics Manager\n",
    )
    return sc


def _en_tokyo() -> Scenario:
    sc = Scenario(
        "en-tokyo",
        "en",
        "a Tokyo interview, candidate in New York: day words and weekday from Tokyo's clock",
        "America/New_York",
        datetime(2026, 3, 10, 8, 35, tzinfo=ZoneInfo("America/New_York")),
    )
    t = _Thread(sc, "Asia/Tokyo", "sakura-systems.example")
    kenji = ("Kenji Sato", "kenji.sato@sakura-systems.example")
    start = t.at(2026, 3, 10, 10, 0)
    t.mail(
        t.at(2026, 3, 4, 17, 0),
        f"{kenji[0]} <{kenji[1]}>",
        "Interview: Site Reliability Engineer",
        "Hi Alex,\n\nThank you for your interest in the Site Reliability Engineer role. I am "
        "happy to confirm your interview on Tuesday, March 10 at 10:00 AM Tokyo time "
        "(Monday 9:00 PM in New York). The invitation is attached.\n\nBest regards,\n"
        "Kenji Sato\nEngineering Manager, Sakura Systems\n",
        ics=_ics(
            uid="sakura-1@sakura-systems.example",
            start=start,
            minutes=60,
            summary="Interview: Site Reliability Engineer",
            organizer=kenji,
            attendees=[kenji],
        ),
    )
    return sc


def _en_noreply() -> Scenario:
    sc = Scenario(
        "en-noreply",
        "en",
        "an automated rejection of an application never interviewed: no draft, status says why",
        "America/New_York",
        datetime(2026, 3, 9, 10, 0, tzinfo=ZoneInfo("America/New_York")),
    )
    t = _Thread(sc, "America/New_York", "myworkday.com")
    t.mail(
        t.at(2026, 2, 20, 14, 0),
        "Globex Careers <globex@myworkday.com>",
        "Thank you for applying to Globex",
        "Dear Alex,\n\nThank you for applying for the Operations Analyst position at Globex. "
        "We have received your application and will review it shortly.\n\nGlobex Talent "
        "Acquisition\nThis mailbox is not monitored.\n",
        headers={"Auto-Submitted": "auto-generated"},
    )
    t.mail(
        t.at(2026, 3, 9, 9, 30),
        "Globex Careers <globex@myworkday.com>",
        "Your application to Globex",
        "Dear Alex,\n\nThank you for your interest in the Operations Analyst position at "
        "Globex. After careful review, we have decided to move forward with other "
        "candidates whose qualifications more closely match our needs.\n\nWe wish you "
        "every success.\n\nGlobex Talent Acquisition\nThis mailbox is not monitored.\n",
        new_thread=True,
        headers={"Auto-Submitted": "auto-generated"},
    )
    return sc


def _en_system_rejection() -> Scenario:
    sc = Scenario(
        "en-system-rejection",
        "en",
        "an ATS rejection after one interview: the recruiter who arranged it is not thanked "
        "for 'letting me know', nor for interviews she was not in",
        "America/New_York",
        datetime(2026, 3, 20, 11, 0, tzinfo=ZoneInfo("America/New_York")),
    )
    t = _Thread(sc, "America/New_York", "initech.example")
    sam = ("Samantha Ortiz", "sam.ortiz@initech.example")
    dana = ("Dana Kim", "dana.kim@initech.example")
    t.mail(
        t.at(2026, 3, 9, 10, 0),
        f"{sam[0]} <{sam[1]}>",
        "Interview for the Data Analyst role",
        "Hi Alex,\n\nGreat news: Dana Kim, our analytics lead, would like to interview you "
        "for the Data Analyst role on Thursday, March 12 at 11:00 AM ET. The invitation is "
        "attached.\n\nBest,\nSam Ortiz\nRecruiter, Initech\n",
        ics=_ics(
            uid="initech-1@initech.example",
            start=t.at(2026, 3, 12, 11, 0),
            minutes=45,
            summary="Interview: Data Analyst",
            organizer=sam,
            attendees=[dana],
        ),
    )
    t.own(
        t.at(2026, 3, 12, 15, 0),
        f"{dana[0]} <{dana[1]}>",
        "Hi Dana,\n\nThank you for the conversation this morning.\n\nBest,\nAlex",
    )
    t.mail(
        t.at(2026, 3, 20, 10, 30),
        "Initech Recruiting <no-reply@initech.myworkdayjobs.com>",
        "Your application for Data Analyst at Initech",
        "Dear Alex,\n\nThank you for your interest in the Data Analyst position at Initech. "
        "We regret to inform you that we will not be moving forward with your application."
        "\n\nSincerely,\nInitech Recruiting\n",
        new_thread=True,
        headers={"Auto-Submitted": "auto-generated"},
    )
    return sc


def _en_phd_rejection() -> Scenario:
    sc = Scenario(
        "en-phd",
        "en",
        "'Jane Smith, PhD' rejects after two interviews she led: 'Hi Jane', never 'Hi PhD'",
        "America/New_York",
        datetime(2026, 3, 19, 16, 0, tzinfo=ZoneInfo("America/New_York")),
    )
    t = _Thread(sc, "America/New_York", "helix-bio.example")
    jane = ("Jane Smith, PhD", "jane.smith@helix-bio.example")
    for n, day in enumerate((9, 13), start=1):
        t.mail(
            t.at(2026, 3, day - 3, 9, 0),
            f'"{jane[0]}" <{jane[1]}>',
            f"Interview {n}: Research Scientist",
            f"Hi Alex,\n\nI'd like to schedule interview {n} for the Research Scientist role "
            f"on March {day} at 2:00 PM ET. The invitation is attached.\n\nJane\n",
            ics=_ics(
                uid=f"helix-{n}@helix-bio.example",
                start=t.at(2026, 3, day, 14, 0),
                minutes=60,
                summary=f"Interview {n}: Research Scientist",
                organizer=jane,
                attendees=[jane],
            ),
            new_thread=n > 1,
        )
        t.own(t.at(2026, 3, day + 1, 8, 30), jane[1], "Hi Jane,\n\nThank you for yesterday.")
    t.mail(
        t.at(2026, 3, 19, 15, 40),
        f'"{jane[0]}" <{jane[1]}>',
        "Research Scientist role",
        "Hi Alex,\n\nThank you again for your time over the two interviews. I'm sorry to "
        "tell you that we have decided not to move forward with your application; it was "
        "a close decision.\n\nBest wishes,\nJane\n",
        new_thread=True,
    )
    return sc


def _es_madrid() -> Scenario:
    sc = Scenario(
        "es-madrid",
        "es",
        "un hilo informal de Madrid: borrador en español, tuteo, Cc conservado",
        "Europe/Madrid",
        datetime(2026, 3, 10, 14, 5, tzinfo=ZoneInfo("Europe/Madrid")),
    )
    t = _Thread(sc, "Europe/Madrid", "datosibericos.example")
    t.mail(
        t.at(2026, 3, 4, 12, 10),
        "José Martínez Ibáñez <jose.martinez@datosibericos.example>",
        "Entrevista para el puesto de Analista de Datos",
        "Hola Alex:\n\nGracias por tu interés en el puesto de Analista de Datos. Te confirmo "
        "la entrevista el martes 10 de marzo a las 10:00 (hora de Madrid) en nuestra "
        "oficina de la calle Alcalá. Te acompañaremos Marta y yo.\n\nUn saludo,\nJosé "
        "Martínez\nResponsable de Datos, Datos Ibéricos\n",
        cc="Marta Suárez <marta.suarez@datosibericos.example>",
    )
    t.own(
        t.at(2026, 3, 4, 13, 0),
        "José Martínez Ibáñez <jose.martinez@datosibericos.example>",
        "Hola José:\n\nPerfecto, allí estaré. Muchas gracias.",
    )
    t.mail(
        t.at(2026, 3, 5, 9, 0),
        "José Martínez Ibáñez <jose.martinez@datosibericos.example>",
        "RE: Re: Entrevista para el puesto de Analista de Datos",
        "Genial, Alex. Nos vemos el martes. Si tienes cualquier duda, escríbeme.\n\n"
        "Un saludo,\nJosé\n",
        cc="Marta Suárez <marta.suarez@datosibericos.example>",
    )
    return sc


def _es_formal_rejection() -> Scenario:
    sc = Scenario(
        "es-formal",
        "es",
        "un rechazo formal de la entrevistadora: 'Estimada Sra. Suárez', trato de usted",
        "Europe/Madrid",
        datetime(2026, 3, 20, 12, 0, tzinfo=ZoneInfo("Europe/Madrid")),
    )
    t = _Thread(sc, "Europe/Madrid", "seguros-norte.example")
    marta = ("Sra. Marta Suárez", "marta.suarez@seguros-norte.example")
    t.mail(
        t.at(2026, 3, 9, 10, 0),
        f"{marta[0]} <{marta[1]}>",
        "Entrevista - Técnico de Riesgos",
        "Estimado Sr. Rivera:\n\nLe agradecemos su candidatura al puesto de Técnico de "
        "Riesgos. Le convocamos a una entrevista el jueves 12 de marzo a las 11:00 en "
        "nuestras oficinas. Adjuntamos la convocatoria.\n\nAtentamente,\nMarta Suárez\n"
        "Departamento de Personas, Seguros Norte\n",
        ics=_ics(
            uid="sn-1@seguros-norte.example",
            start=t.at(2026, 3, 12, 11, 0),
            minutes=60,
            summary="Entrevista: Técnico de Riesgos",
            organizer=marta,
            attendees=[marta],
        ),
    )
    t.own(t.at(2026, 3, 12, 15, 0), marta[1], "Estimada Sra. Suárez:\n\nGracias por la entrevista.")
    t.mail(
        t.at(2026, 3, 20, 11, 0),
        f"{marta[0]} <{marta[1]}>",
        "Resultado del proceso - Técnico de Riesgos",
        "Estimado Sr. Rivera:\n\nLe agradecemos el tiempo dedicado al proceso de selección. "
        "Lamentamos comunicarle que en esta ocasión no ha sido seleccionado para el puesto "
        "de Técnico de Riesgos.\n\nLe deseamos mucha suerte.\n\nAtentamente,\nMarta Suárez\n",
        new_thread=True,
    )
    return sc


def _de_berlin() -> Scenario:
    sc = Scenario(
        "de-berlin",
        "de",
        "ein förmlicher Berliner Thread: 'Sehr geehrter Herr Dr. Müller', AW: nicht gestapelt, "
        "Absender ist die Adresse, an die geschrieben wurde",
        "Europe/Berlin",
        datetime(2026, 3, 13, 8, 35, tzinfo=ZoneInfo("Europe/Berlin")),
    )
    t = _Thread(sc, "Europe/Berlin", "beispiel-ag.example")
    t.mail(
        t.at(2026, 3, 3, 10, 0),
        "Dr. Jürgen Müller <juergen.mueller@beispiel-ag.example>",
        "AW: Ihre Bewerbung als Data Analyst",
        "Sehr geehrter Herr Rivera,\n\nvielen Dank für Ihre Bewerbung als Data Analyst. Gerne "
        "laden wir Sie zu einem Vorstellungsgespräch am Donnerstag, 12. März 2026, um 15:00 "
        "Uhr in unser Büro in Berlin-Mitte ein. Eine Entscheidung teilen wir Ihnen bis "
        "Freitag, 20. März 2026, mit.\n\nMit freundlichen Grüßen\nDr. Jürgen Müller\n"
        "Leiter Analytics, Beispiel AG\n",
        to=f"{ME_NAME} <{ME_WORK}>",
    )
    return sc


def _de_weber() -> Scenario:
    sc = Scenario(
        "de-weber",
        "de",
        "Kalender mit 'Prof. Dr. Klaus Weber' und dem Postfach der Personalabteilung: "
        "nie 'Hi Prof and Personalabteilung'",
        "Europe/Berlin",
        datetime(2026, 3, 11, 14, 5, tzinfo=ZoneInfo("Europe/Berlin")),
    )
    t = _Thread(sc, "Europe/Berlin", "hafenwerke.example")
    hr = ("Personalabteilung", "personal@hafenwerke.example")
    weber = ("Prof. Dr. Klaus Weber", "klaus.weber@hafenwerke.example")
    t.mail(
        t.at(2026, 3, 5, 9, 0),
        f"Personalabteilung Hafenwerke <{hr[1]}>",
        "Einladung zum Vorstellungsgespräch: Ingenieur Simulation",
        "Sehr geehrter Herr Rivera,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für "
        "die Stelle Ingenieur Simulation am Mittwoch, 11. März 2026, um 10:00 Uhr "
        "einzuladen. Die Einladung liegt bei.\n\nMit freundlichen Grüßen\nIhre "
        "Personalabteilung\nHafenwerke GmbH\n",
        ics=_ics(
            uid="hw-1@hafenwerke.example",
            start=t.at(2026, 3, 11, 10, 0),
            minutes=60,
            summary="Vorstellungsgespräch Ingenieur Simulation",
            organizer=hr,
            attendees=[weber, hr],
        ),
    )
    return sc


def _de_check_in() -> Scenario:
    sc = _de_berlin()
    sc.name = "de-nachfrage"
    sc.about = "Nachfrage drei Werktage nach dem zugesagten Entscheidungsdatum (20. März)"
    sc.now = datetime(2026, 3, 25, 9, 5, tzinfo=ZoneInfo("Europe/Berlin"))
    t = _Thread(sc, "Europe/Berlin", "beispiel-ag.example")
    t.last = sc.mails[-1]
    t.own(
        t.at(2026, 3, 13, 8, 40),
        "Dr. Jürgen Müller <juergen.mueller@beispiel-ag.example>",
        "Sehr geehrter Herr Dr. Müller,\n\nvielen Dank für das Gespräch.",
    )
    return sc


def _fr_formal() -> Scenario:
    sc = Scenario(
        "fr-formel",
        "fr",
        "un échange formel à Paris : 'Bonjour Madame Dupont', vouvoiement, TR: retiré",
        "Europe/Paris",
        datetime(2026, 3, 11, 14, 5, tzinfo=ZoneInfo("Europe/Paris")),
    )
    t = _Thread(sc, "Europe/Paris", "lumiere-conseil.example")
    t.mail(
        t.at(2026, 3, 4, 16, 20),
        "Mme Claire Dupont <claire.dupont@lumiere-conseil.example>",
        "TR: Entretien - Chef de projet",
        "Bonjour Monsieur Rivera,\n\nSuite à votre candidature au poste de Chef de projet, "
        "nous avons le plaisir de vous convier à un entretien le mercredi 11 mars 2026 à "
        "10h00 dans nos locaux. Merci de nous confirmer votre présence.\n\nCordialement,\n"
        "Claire Dupont\nResponsable recrutement, Lumière Conseil\n",
    )
    return sc


def _fr_requested() -> Scenario:
    sc = Scenario(
        "fr-relance",
        "fr",
        "la relance demandée pour une date précise, en vouvoiement",
        "Europe/Paris",
        datetime(2026, 3, 23, 9, 5, tzinfo=ZoneInfo("Europe/Paris")),
    )
    t = _Thread(sc, "Europe/Paris", "atelier-nova.example")
    t.mail(
        t.at(2026, 3, 12, 17, 0),
        "Luc Bernard <luc.bernard@atelier-nova.example>",
        "Votre candidature - Développeur front-end",
        "Bonjour Alex,\n\nMerci pour votre candidature au poste de Développeur front-end. "
        "Nous finalisons le budget de l'équipe ; n'hésitez pas à me relancer le lundi 23 "
        "mars.\n\nBien cordialement,\nLuc Bernard\nCTO, Atelier Nova\n",
    )
    return sc


def _it_polite() -> Scenario:
    sc = Scenario(
        "it-lei",
        "it",
        "un colloquio a Milano, 'Gentile Alex' con il Lei: 'Gentile Giulia', R: non ripetuto",
        "Europe/Rome",
        datetime(2026, 3, 10, 8, 35, tzinfo=ZoneInfo("Europe/Rome")),
    )
    t = _Thread(sc, "Europe/Rome", "tessuti-lombardi.example")
    giulia = ("Dott.ssa Giulia Rossi", "giulia.rossi@tessuti-lombardi.example")
    t.mail(
        t.at(2026, 3, 3, 11, 0),
        f"{giulia[0]} <{giulia[1]}>",
        "R: Colloquio per la posizione di Sviluppatore Backend",
        "Gentile Alex,\n\nLa ringrazio per la Sua candidatura. Le confermo il colloquio per la "
        "posizione di Sviluppatore Backend lunedì 9 marzo alle ore 15:00 presso la nostra "
        "sede di Milano. In allegato trova l'invito.\n\nCordiali saluti,\nGiulia Rossi\n"
        "Tessuti Lombardi\n",
        ics=_ics(
            uid="tl-1@tessuti-lombardi.example",
            start=t.at(2026, 3, 9, 15, 0),
            minutes=60,
            summary="Colloquio: Sviluppatore Backend",
            organizer=giulia,
            attendees=[giulia],
        ),
    )
    return sc


def _pt_lisbon() -> Scenario:
    sc = Scenario(
        "pt-lisboa",
        "pt",
        "uma entrevista em Lisboa: rascunho em português, tratamento por 'você'",
        "Europe/Lisbon",
        datetime(2026, 3, 11, 14, 5, tzinfo=ZoneInfo("Europe/Lisbon")),
    )
    t = _Thread(sc, "Europe/Lisbon", "marebrava.example")
    t.mail(
        t.at(2026, 3, 5, 10, 0),
        "João Silva <joao.silva@marebrava.example>",
        "Entrevista - Engenheiro de Dados",
        "Olá Alex,\n\nObrigado pela sua candidatura à vaga de Engenheiro de Dados. Gostaríamos "
        "de marcar uma entrevista na quarta-feira, 11 de março, às 11h00, no nosso escritório "
        "em Lisboa. Pode confirmar se o horário lhe convém?\n\nCumprimentos,\nJoão Silva\n"
        "Mare Brava\n",
    )
    return sc


def _nl_amsterdam() -> Scenario:
    sc = Scenario(
        "nl-amsterdam",
        "nl",
        "een gesprek in Amsterdam met je/jij: 'Beste Sanne', Antw: niet gestapeld",
        "Europe/Amsterdam",
        datetime(2026, 3, 11, 8, 35, tzinfo=ZoneInfo("Europe/Amsterdam")),
    )
    t = _Thread(sc, "Europe/Amsterdam", "polderdata.example")
    sanne = ("Sanne de Vries", "sanne.devries@polderdata.example")
    t.mail(
        t.at(2026, 3, 4, 13, 0),
        f"{sanne[0]} <{sanne[1]}>",
        "Antw: Sollicitatie Data Engineer",
        "Beste Alex,\n\nBedankt voor je sollicitatie als Data Engineer. We nodigen je graag uit "
        "voor een gesprek op dinsdag 10 maart om 15:00 uur op ons kantoor in Amsterdam. De "
        "uitnodiging zit in de bijlage.\n\nGroeten,\nSanne de Vries\nPolder Data\n",
        ics=_ics(
            uid="pd-1@polderdata.example",
            start=t.at(2026, 3, 10, 15, 0),
            minutes=60,
            summary="Sollicitatiegesprek Data Engineer",
            organizer=sanne,
            attendees=[sanne],
        ),
    )
    return sc


def _de_pass_on() -> Scenario:
    sc = Scenario(
        "de-weitergeben",
        "de",
        "nur die Adresse der Personalerin ist bekannt: Dank für die Organisation, "
        "Bitte um Weitergabe an die Interviewerin",
        "Europe/Berlin",
        datetime(2026, 3, 18, 8, 35, tzinfo=ZoneInfo("Europe/Berlin")),
    )
    t = _Thread(sc, "Europe/Berlin", "nordlicht-energie.example")
    t.mail(
        t.at(2026, 3, 10, 11, 0),
        "Frau Petra Lange <petra.lange@nordlicht-energie.example>",
        "Ihr Vorstellungsgespräch als Projektingenieur",
        "Sehr geehrter Herr Rivera,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch am "
        "Dienstag, 17. März 2026, um 14:00 Uhr mit Dr. Anna Schmidt, unserer "
        "Bereichsleiterin. Sie erreichen uns in der Hafenstraße 4.\n\nMit freundlichen "
        "Grüßen\nPetra Lange\nPersonal, Nordlicht Energie\n",
    )
    return sc


def _es_noreply() -> Scenario:
    sc = Scenario(
        "es-sin-destinatario",
        "es",
        "un rechazo automático de una candidatura sin entrevista: sin borrador, el estado "
        "explica por qué",
        "Europe/Madrid",
        datetime(2026, 3, 16, 10, 0, tzinfo=ZoneInfo("Europe/Madrid")),
    )
    t = _Thread(sc, "Europe/Madrid", "smartrecruiters.com")
    t.mail(
        t.at(2026, 3, 16, 9, 40),
        "Grupo Meridiano <no-reply@smartrecruiters.com>",
        "Tu candidatura en Grupo Meridiano",
        "Hola Alex:\n\nGracias por tu interés en el puesto de Analista Financiero en Grupo "
        "Meridiano. Tras revisar tu candidatura, hemos decidido continuar con otros "
        "perfiles que se ajustan más a lo que buscamos.\n\nTe deseamos mucha suerte.\n\n"
        "Equipo de Selección, Grupo Meridiano\nEste buzón no admite respuestas.\n",
        headers={"Auto-Submitted": "auto-generated"},
    )
    return sc


def _pt_system_rejection() -> Scenario:
    sc = Scenario(
        "pt-recusa",
        "pt",
        "uma recusa automática depois de uma entrevista: sem 'obrigado por me informar' a "
        "quem não a enviou",
        "Europe/Lisbon",
        datetime(2026, 3, 20, 11, 0, tzinfo=ZoneInfo("Europe/Lisbon")),
    )
    t = _Thread(sc, "Europe/Lisbon", "marebrava.example")
    joao = ("João Silva", "joao.silva@marebrava.example")
    rita = ("Rita Costa", "rita.costa@marebrava.example")
    t.mail(
        t.at(2026, 3, 5, 10, 0),
        f"{joao[0]} <{joao[1]}>",
        "Entrevista - Engenheiro de Dados",
        "Olá Alex,\n\nObrigado pela sua candidatura à vaga de Engenheiro de Dados. A Rita "
        "Costa, da equipa de dados, gostaria de o entrevistar na quarta-feira, 11 de março, "
        "às 11h00. Segue o convite em anexo.\n\nCumprimentos,\nJoão Silva\nMare Brava\n",
        ics=_ics(
            uid="mb-1@marebrava.example",
            start=t.at(2026, 3, 11, 11, 0),
            minutes=60,
            summary="Entrevista: Engenheiro de Dados",
            organizer=joao,
            attendees=[rita],
        ),
    )
    t.own(t.at(2026, 3, 11, 15, 0), rita[1], "Olá Rita,\n\nObrigado pela conversa de hoje.")
    t.mail(
        t.at(2026, 3, 20, 10, 0),
        "Mare Brava <no-reply@marebrava.teamtailor-mail.com>",
        "A sua candidatura na Mare Brava",
        "Olá Alex,\n\nAgradecemos o seu interesse na vaga de Engenheiro de Dados. "
        "Infelizmente, decidimos avançar com outros candidatos.\n\nDesejamos-lhe as maiores "
        "felicidades.\n\nEquipa de Recrutamento, Mare Brava\n",
        new_thread=True,
        headers={"Auto-Submitted": "auto-generated"},
    )
    return sc


def all_scenarios() -> list[Scenario]:
    """Every scenario, in the order of the report."""
    return [
        _en_panel(),
        _en_panel({"thank_you": {"personal_note": "placeholder"}}, "en-placeholder"),
        _en_relay(),
        _en_pass_on(),
        _en_same_day(),
        _en_tokyo(),
        _en_noreply(),
        _en_system_rejection(),
        _en_phd_rejection(),
        _es_madrid(),
        _es_formal_rejection(),
        _es_noreply(),
        _de_berlin(),
        _de_weber(),
        _de_check_in(),
        _de_pass_on(),
        _fr_formal(),
        _fr_requested(),
        _it_polite(),
        _pt_lisbon(),
        _pt_system_rejection(),
        _nl_amsterdam(),
    ]


# --------------------------------------------------------------------------- running


def stored(sc: Scenario) -> list[StoredMessage]:
    """The scenario's mail as the timeline sees it (each understood from its bytes)."""
    cfg = sc.config()
    out: list[StoredMessage] = []
    for n, m in enumerate(sc.mails):
        facts = understand(m.raw, me=cfg.me.addresses, default_tz=cfg.tz)
        out.append(StoredMessage(f"{sc.name}/{n}", m.folder, None, facts, facts.sent_at))
    return out


def run_scenario(sc: Scenario, templates: TemplateSet | None = None) -> list[Outcome]:
    """Every follow-up the rules show at ``sc.now``, with its draft when one is due."""
    cfg = sc.config()
    messages = stored(sc)
    timeline = build_timeline(messages, [], tz=cfg.tz, now=sc.now, me=cfg.me.addresses)
    templates = templates or load_templates()
    by_id = {m.id: m for m in messages}
    out: list[Outcome] = []
    for p in shown(plan(timeline, cfg.rules, cfg.me, sc.now)):
        if p.status is not FollowUpStatus.DUE:
            out.append(Outcome(p, None, f"{p.status.value}: {p.reason}"))
            continue
        app = timeline.by_key(p.application_key)
        parent = by_id.get(p.reply_to_message or "")
        try:
            d = compose(
                p, parent, cfg.me, cfg.rules, templates, account="scenario", now=sc.now, app=app
            )
        except ComposeError as exc:
            out.append(Outcome(p, None, str(exc)))
            continue
        out.append(Outcome(p, d.raw))
    return out


def report(results: list[tuple[Scenario, list[Outcome]]]) -> str:
    """The drafts as a reviewer reads them: headers that matter, then the body."""
    lines: list[str] = []
    for sc, outcomes in results:
        lines += [f"## {sc.name} ({sc.lang}): {sc.about}", f"now: {sc.now.isoformat()}", ""]
        if not outcomes:
            lines += ["(nothing due)", ""]
        for o in outcomes:
            lines.append(f"### {o.followup.kind}: {o.followup.reason}")
            msg = o.message
            if msg is None:
                lines += [f"no draft: {o.error}", ""]
                continue
            for h in ("From", "To", "Cc", "Subject", "In-Reply-To"):
                if msg[h] is not None:
                    lines.append(f"{h}: {msg[h]}")
            lines += ["", o.body.rstrip(), "", "-" * 72, ""]
    return "\n".join(lines)


def language_report(lang: str | None = None) -> str:
    """The report of every scenario in ``lang`` (all languages when None)."""
    templates = load_templates()
    chosen = [sc for sc in all_scenarios() if lang is None or sc.lang == lang]
    return report([(sc, run_scenario(sc, templates)) for sc in chosen])


__all__ = [
    "Outcome",
    "Scenario",
    "all_scenarios",
    "language_report",
    "report",
    "run_scenario",
    "stored",
]
