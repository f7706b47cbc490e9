"""A realistic sample mailbox for ``followup-agent demo``: a dozen applications in every stage.

All dates are relative to ``now`` so the demo shows due drafts, scheduled follow-ups, a
stale (missed) moment and quiet applications whatever the day. Domains use the reserved
``.example`` top-level domain; people and companies are invented.

``write_sample(root, now=...)`` writes a Maildir++ tree (inbox at ``root``, ``.Sent``,
``.Drafts``) and returns what it wrote, for tests.
"""

from __future__ import annotations

import mailbox
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from agent.followup.days import is_business_day

ME_NAME = "Alex Rivera"
ME_ADDR = "alex.rivera@example.com"
ME = f"{ME_NAME} <{ME_ADDR}>"


@dataclass
class SampleMail:
    folder: str  # "inbox" or "sent"
    raw: bytes
    message_id: str
    subject: str


@dataclass
class Sample:
    """What the sample contains: messages and the follow-ups a correct agent makes now."""

    now: datetime
    mails: list[SampleMail] = field(default_factory=list)
    dates: list[datetime] = field(default_factory=list)
    expect_due: set[str] = field(default_factory=set)  # company names with a draft due now
    expect_scheduled: set[str] = field(default_factory=set)


def _bd_back(d: date, n: int) -> date:
    out = d
    left = n
    while left > 0:
        out -= timedelta(days=1)
        if is_business_day(out):
            left -= 1
    return out


def _weekday_on_or_before(d: date) -> date:
    while not is_business_day(d):
        d -= timedelta(days=1)
    return d


def _weekday_on_or_after(d: date) -> date:
    while not is_business_day(d):
        d += timedelta(days=1)
    return d


def _recent_business_day(w: _Writer, today: date, at: time, now: datetime) -> date | None:
    """The latest business day whose ``at`` has passed within the last 40 hours, if any.

    A moment due then is "due" on a first run (not older than ``stale_after``), whatever
    the day of the week the demo runs on; None on e.g. a Monday morning.
    """
    d = today
    for _ in range(3):
        moment = w.at(d, at.hour, at.minute)
        if is_business_day(d) and moment <= now - timedelta(minutes=5):
            return d if now - moment <= timedelta(hours=40) else None
        d -= timedelta(days=1)
    return None


def _say(d: date | datetime) -> str:
    """``Tuesday, March 10, 2026`` — how recruiters write dates."""
    return f"{d.strftime('%A, %B')} {d.day}, {d.year}"


def _clock(t: datetime) -> str:
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def sample_message(
    *,
    sender: str,
    to: str,
    subject: str,
    when: datetime,
    message_id: str,
    body: str,
    cc: str | None = None,
    reply_to: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    extra: dict[str, str] | None = None,
    calendar: str | None = None,
) -> bytes:
    """One raw sample message (the demo's and the draft scenarios'): a text body and, with
    ``calendar``, the invitation (or its cancellation) as the alternative part."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    if references:
        msg["References"] = references
    for k, v in (extra or {}).items():
        msg[k] = v
    msg.set_content(body)
    if calendar is not None:
        msg.add_alternative(
            calendar.encode("utf-8"),
            maintype="text",
            subtype="calendar",
            params={"method": "CANCEL" if "METHOD:CANCEL" in calendar else "REQUEST"},
        )
    return msg.as_bytes()


class _Writer:
    def __init__(self, tz: ZoneInfo, now: datetime) -> None:
        self.tz = tz
        self.sample = Sample(now=now)
        self._n = 0

    def at(self, d: date, hh: int, mm: int = 0) -> datetime:
        return datetime.combine(d, time(hh, mm), tzinfo=self.tz)

    def mail(
        self,
        *,
        when: datetime,
        sender: str,
        to: str,
        subject: str,
        body: str,
        domain: str,
        reply_to: SampleMail | None = None,
        calendar: str | None = None,
        folder: str = "inbox",
        extra: dict[str, str] | None = None,
    ) -> SampleMail:
        self._n += 1
        mid = f"<{when:%Y%m%d%H%M}.{self._n:03d}.sample@{domain}>"
        refs = None
        if reply_to is not None:
            refs = " ".join([*_refs(reply_to.raw), reply_to.message_id])
        raw = sample_message(
            sender=sender,
            to=to,
            subject=subject,
            when=when,
            message_id=mid,
            in_reply_to=reply_to.message_id if reply_to is not None else None,
            references=refs,
            extra=extra,
            body=body,
            calendar=calendar,
        )
        m = SampleMail(folder, raw, mid, subject)
        self.sample.mails.append(m)
        self.sample.dates.append(when)
        return m

    def own(self, *, when: datetime, to: str, reply_to: SampleMail, body: str) -> SampleMail:
        subj = reply_to.subject if reply_to.subject.startswith("Re:") else f"Re: {reply_to.subject}"
        return self.mail(
            when=when,
            sender=ME,
            to=to,
            subject=subj,
            body=body + f"\n\nBest,\n{ME_NAME.split()[0]}\n",
            domain="example.com",
            reply_to=reply_to,
            folder="sent",
        )


def _refs(raw: bytes) -> list[str]:
    from email.parser import BytesHeaderParser

    hdr = BytesHeaderParser().parsebytes(raw)
    return str(hdr.get("References", "")).split()


def _ics(
    *,
    uid: str,
    start: datetime,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    sequence: int = 0,
    cancel: bool = False,
    stamp: datetime,
) -> str:
    def utc(t: datetime) -> str:
        return t.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Sample Calendar//EN",
        "VERSION:2.0",
        f"METHOD:{'CANCEL' if cancel else 'REQUEST'}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(start + timedelta(minutes=minutes))}",
        f"SUMMARY:{summary}",
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for name, addr in [*attendees, (ME_NAME, ME_ADDR)]:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{addr}")
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines)


def build_sample(now: datetime) -> Sample:
    """The sample's messages, dated relative to ``now`` (aware; its zone is the user's)."""
    tz = now.tzinfo if isinstance(now.tzinfo, ZoneInfo) else ZoneInfo("UTC")
    w = _Writer(tz, now)
    today = now.astimezone(tz).date()

    # 1. Northwind Analytics: a morning interview whose thank-you is due now
    iv_day = _recent_business_day(w, today, time(14, 0), now) or today
    iv = w.at(iv_day, 10)
    priya = ("Priya Shah", "priya.shah@northwind.example")
    tom = ("Tom Becker", "tom.becker@northwind.example")
    first = w.mail(
        when=iv - timedelta(days=6),
        sender=f"{priya[0]} <{priya[1]}>",
        to=ME,
        subject="Data Engineer interview at Northwind Analytics",
        body=(
            "Hi Alex,\n\nThank you for applying to the Data Engineer position at Northwind "
            "Analytics. We were impressed by your background and would like to invite you to "
            f"an interview with Tom Becker, our engineering manager, on {_say(iv)} at "
            f"{_clock(iv)}. Does that time work for you?\n\nBest regards,\nPriya Shah\n"
            "Talent Acquisition, Northwind Analytics\n"
        ),
        domain="northwind.example",
    )
    yes = w.own(
        when=iv - timedelta(days=5, hours=-2),
        to=f"{priya[0]} <{priya[1]}>",
        reply_to=first,
        body="Hi Priya,\n\nThat works for me. Looking forward to meeting Tom.",
    )
    w.mail(
        when=iv - timedelta(days=5, hours=-4),
        sender=f"{priya[0]} <{priya[1]}>",
        to=ME,
        subject="Re: Data Engineer interview at Northwind Analytics",
        body=(
            f"Hi Alex,\n\nGreat, you're confirmed for your interview on {_say(iv)} at "
            f"{_clock(iv)} with Tom Becker and me. The calendar invitation is attached; the "
            "video link is in the invite.\n\nBest,\nPriya\n"
        ),
        domain="northwind.example",
        reply_to=yes,
        calendar=_ics(
            uid="nw-interview-1@northwind.example",
            start=iv,
            minutes=45,
            summary="Interview: Alex Rivera / Data Engineer",
            organizer=priya,
            attendees=[priya, tom],
            stamp=iv - timedelta(days=5),
        ),
    )
    w.sample.expect_due.add("Northwind Analytics")

    # 2. Globex: the promised decision date passed three business days ago, silence since
    check_day = _recent_business_day(w, today, time(9, 0), now) or _weekday_on_or_after(
        today + timedelta(days=1)
    )
    promised = _bd_back(check_day, 3)
    g_iv = w.at(_bd_back(promised, 4), 14)
    maria = ("Maria Lopez", "maria.lopez@globex.example")
    g1 = w.mail(
        when=g_iv - timedelta(days=7),
        sender=f"{maria[0]} <{maria[1]}>",
        to=ME,
        subject="Interview for Product Analyst at Globex",
        body=(
            "Hello Alex,\n\nWe would like to invite you to interview for the Product Analyst "
            f"role at Globex on {_say(g_iv)} at {_clock(g_iv)}. Please confirm that this time "
            "works for you.\n\nKind regards,\nMaria Lopez\nRecruiter, Globex\n"
        ),
        domain="globex.example",
    )
    g2 = w.own(
        when=g_iv - timedelta(days=6),
        to=f"{maria[0]} <{maria[1]}>",
        reply_to=g1,
        body="Hello Maria,\n\nThat time works well for me. Thank you!",
    )
    g3 = w.mail(
        when=g_iv + timedelta(hours=2),
        sender=f"{maria[0]} <{maria[1]}>",
        to=ME,
        subject="Re: Interview for Product Analyst at Globex",
        body=(
            "Hi Alex,\n\nThank you for interviewing for the Product Analyst position today. "
            "The team is meeting the remaining candidates this week, and you will hear from us "
            f"by {_say(promised)}.\n\nBest,\nMaria\n"
        ),
        domain="globex.example",
        reply_to=g2,
    )
    w.own(
        when=g_iv + timedelta(hours=19),
        to=f"{maria[0]} <{maria[1]}>",
        reply_to=g3,
        body=(
            "Hi Maria,\n\nThank you for the conversation yesterday; I enjoyed learning about "
            "the analytics roadmap."
        ),
    )
    w.sample.expect_due.add("Globex")

    # 3. Initech: interviewed with Dana, then an ATS rejection from a no-reply address
    i_iv = w.at(_bd_back(today, 8), 11)
    dana = ("Dana Kim", "dana.kim@initech.example")
    i1 = w.mail(
        when=i_iv - timedelta(days=5),
        sender=f"{dana[0]} <{dana[1]}>",
        to=ME,
        subject="Initech: interview for Senior Backend Engineer",
        body=(
            "Hi Alex,\n\nI'd love to set up an interview for the Senior Backend Engineer role "
            f"at Initech. Could you do {_say(i_iv)} at {_clock(i_iv)}?\n\nThanks,\nDana Kim\n"
            "Technical Recruiter, Initech\n"
        ),
        domain="initech.example",
    )
    i2 = w.own(
        when=i_iv - timedelta(days=4),
        to=f"{dana[0]} <{dana[1]}>",
        reply_to=i1,
        body="Hi Dana,\n\nYes, that works. See you then.",
    )
    w.own(
        when=i_iv + timedelta(hours=5),
        to=f"{dana[0]} <{dana[1]}>",
        reply_to=i2,
        body="Hi Dana,\n\nThank you for today's conversation about the platform team.",
    )
    rej_at = now - timedelta(hours=20)
    w.mail(
        when=rej_at,
        sender="Initech via Greenhouse <no-reply@us.greenhouse-mail.io>",
        to=ME,
        subject="Your application to Initech",
        body=(
            "Hi Alex,\n\nThank you for your interest in the Senior Backend Engineer position "
            "at Initech and for the time you spent interviewing with our team. After careful "
            "consideration, we have decided not to move forward with your candidacy at this "
            "time.\n\nWe wish you the best in your search.\n\nInitech Recruiting\n\n"
            "This is an automated message; replies to this address are not monitored.\n"
        ),
        domain="us.greenhouse-mail.io",
        extra={"Auto-Submitted": "auto-generated"},
    )
    w.sample.expect_due.add("Initech")

    # 4. Umbrella Health: asked to follow up on a date next week
    u_iv = w.at(_bd_back(today, 3), 15)
    follow = _weekday_on_or_after(today + timedelta(days=6))
    ken = ("Ken Watanabe", "ken.watanabe@umbrella-health.example")
    u1 = w.mail(
        when=u_iv - timedelta(days=6),
        sender=f"{ken[0]} <{ken[1]}>",
        to=ME,
        subject="Interview for Platform Engineer at Umbrella Health",
        body=(
            "Hi Alex,\n\nWe would like to invite you to an interview for the Platform Engineer "
            f"role on {_say(u_iv)} at {_clock(u_iv)}.\n\nBest,\nKen Watanabe\n"
            "Hiring Manager, Umbrella Health\n"
        ),
        domain="umbrella-health.example",
    )
    u2 = w.own(
        when=u_iv + timedelta(hours=17, minutes=30),
        to=f"{ken[0]} <{ken[1]}>",
        reply_to=u1,
        body="Hi Ken,\n\nThank you for yesterday's interview; the on-call discussion was great.",
    )
    w.mail(
        when=u_iv + timedelta(days=1, hours=3),
        sender=f"{ken[0]} <{ken[1]}>",
        to=ME,
        subject="Re: Interview for Platform Engineer at Umbrella Health",
        body=(
            "Thanks Alex, great talking to you too. We're still finalizing the interview "
            "schedule for the Platform Engineer role with other candidates. Please follow up "
            f"with me on {_say(follow)} and I should have an update by then.\n\nKen\n"
        ),
        domain="umbrella-health.example",
        reply_to=u2,
    )
    w.sample.expect_scheduled.add("Umbrella Health")

    # 5. Hooli: application received (no-reply ATS)
    w.mail(
        when=now - timedelta(days=3, hours=2),
        sender="Hooli Careers <no-reply@hooli.example>",
        to=ME,
        subject="Thank you for applying to Hooli",
        body=(
            "Dear Alex,\n\nThank you for applying for the Site Reliability Engineer position "
            "at Hooli. We have received your application and our team is reviewing it. If "
            "your qualifications match our needs, we will contact you.\n\nHooli Talent Team\n"
        ),
        domain="hooli.example",
        extra={"Auto-Submitted": "auto-generated"},
    )

    # 6. Stark Industries: a coding assessment
    w.mail(
        when=now - timedelta(days=2, hours=5),
        sender="Stark Industries Recruiting <no-reply@hackerrankforwork.com>",
        to=ME,
        subject="Stark Industries invites you to a coding challenge",
        body=(
            "Hi Alex,\n\nAs the next step for the Software Engineer role at Stark Industries, "
            "please complete our online coding assessment. The test takes about 90 minutes. "
            "Please complete the assessment within 7 days.\n\nGood luck!\nStark Industries "
            "Recruiting\n"
        ),
        domain="hackerrankforwork.com",
    )

    # 7. Wayne Enterprises: an offer
    lucius = ("Lucius Fox", "lucius.fox@wayne.example")
    w.mail(
        when=now - timedelta(days=1, hours=4),
        sender=f"{lucius[0]} <{lucius[1]}>",
        to=ME,
        subject="Offer: Machine Learning Engineer at Wayne Enterprises",
        body=(
            "Dear Alex,\n\nWe are delighted to offer you the position of Machine Learning "
            "Engineer at Wayne Enterprises. Your offer letter is attached; please review it "
            "and let us know your decision within a week.\n\nCongratulations,\nLucius Fox\n"
        ),
        domain="wayne.example",
    )

    # 8. Soylent: an interview later this week (afternoon) -> thank-you next morning
    s_iv = w.at(_weekday_on_or_after(today + timedelta(days=3)), 15, 30)
    rita = ("Rita Gomez", "rita.gomez@soylent.example")
    w.mail(
        when=now - timedelta(days=1, hours=2),
        sender=f"{rita[0]} <{rita[1]}>",
        to=ME,
        subject="Interview confirmation: Frontend Engineer at Soylent",
        body=(
            f"Hi Alex,\n\nThis confirms your interview for the Frontend Engineer role on "
            f"{_say(s_iv)} at {_clock(s_iv)}. You'll meet Rita Gomez and Omar Haddad.\n\n"
            "Best,\nRita\n"
        ),
        domain="soylent.example",
        calendar=_ics(
            uid="soylent-fe-1@soylent.example",
            start=s_iv,
            minutes=60,
            summary="Interview: Frontend Engineer",
            organizer=rita,
            attendees=[rita, ("Omar Haddad", "omar.haddad@soylent.example")],
            stamp=now - timedelta(days=1, hours=2),
        ),
    )
    w.sample.expect_scheduled.add("Soylent")

    # 9. Cyberdyne: an interview moved by a calendar update (SEQUENCE 1)
    c_old = w.at(_weekday_on_or_after(today + timedelta(days=2)), 10)
    c_new = w.at(_weekday_on_or_after(today + timedelta(days=4)), 11)
    sarah = ("Sarah Connor", "sarah.connor@cyberdyne.example")
    c1 = w.mail(
        when=now - timedelta(days=4),
        sender=f"{sarah[0]} <{sarah[1]}>",
        to=ME,
        subject="Interview invitation: Robotics Engineer at Cyberdyne",
        body=(
            f"Hi Alex,\n\nYou're scheduled to interview for the Robotics Engineer role on "
            f"{_say(c_old)} at {_clock(c_old)}. Invitation attached.\n\nSarah Connor\n"
        ),
        domain="cyberdyne.example",
        calendar=_ics(
            uid="cdyne-42@cyberdyne.example",
            start=c_old,
            minutes=60,
            summary="Interview: Robotics Engineer",
            organizer=sarah,
            attendees=[sarah],
            stamp=now - timedelta(days=4),
        ),
    )
    w.mail(
        when=now - timedelta(days=1, hours=6),
        sender=f"{sarah[0]} <{sarah[1]}>",
        to=ME,
        subject="Updated invitation: Interview: Robotics Engineer",
        body=(
            "Hi Alex,\n\nOur panel had a conflict, so we've rescheduled your interview to "
            f"{_say(c_new)} at {_clock(c_new)}. The updated invitation is attached.\n\n"
            "Apologies for the change,\nSarah\n"
        ),
        domain="cyberdyne.example",
        reply_to=c1,
        calendar=_ics(
            uid="cdyne-42@cyberdyne.example",
            start=c_new,
            minutes=60,
            summary="Interview: Robotics Engineer",
            organizer=sarah,
            attendees=[sarah],
            sequence=1,
            stamp=now - timedelta(days=1, hours=6),
        ),
    )
    w.sample.expect_scheduled.add("Cyberdyne")

    # 10. Massive Dynamic: the interview was cancelled
    m_iv = w.at(_weekday_on_or_after(today + timedelta(days=2)), 13)
    nina = ("Nina Sharp", "nina.sharp@massive-dynamic.example")
    m1 = w.mail(
        when=now - timedelta(days=5),
        sender=f"{nina[0]} <{nina[1]}>",
        to=ME,
        subject="Interview: Research Scientist at Massive Dynamic",
        body=(
            f"Dear Alex,\n\nWe'd like to interview you for the Research Scientist role on "
            f"{_say(m_iv)} at {_clock(m_iv)}. The invitation is attached.\n\nNina Sharp\n"
        ),
        domain="massive-dynamic.example",
        calendar=_ics(
            uid="md-rs-7@massive-dynamic.example",
            start=m_iv,
            minutes=45,
            summary="Interview: Research Scientist",
            organizer=nina,
            attendees=[nina],
            stamp=now - timedelta(days=5),
        ),
    )
    w.mail(
        when=now - timedelta(hours=30),
        sender=f"{nina[0]} <{nina[1]}>",
        to=ME,
        subject="Cancelled: Interview: Research Scientist",
        body=(
            "Dear Alex,\n\nUnfortunately we have to cancel your interview: the Research "
            "Scientist position has been put on hold. We will reach out if it reopens.\n\n"
            "Nina Sharp\n"
        ),
        domain="massive-dynamic.example",
        reply_to=m1,
        calendar=_ics(
            uid="md-rs-7@massive-dynamic.example",
            start=m_iv,
            minutes=45,
            summary="Interview: Research Scientist",
            organizer=nina,
            attendees=[nina],
            sequence=1,
            cancel=True,
            stamp=now - timedelta(hours=30),
        ),
    )

    # 11. Vandelay Industries: they wrote after the interview, so no check-in is due
    v_iv = w.at(_bd_back(today, 6), 10, 30)
    art = ("Art Vandelay", "art@vandelay.example")
    v1 = w.mail(
        when=v_iv - timedelta(days=4),
        sender=f"{art[0]} <{art[1]}>",
        to=ME,
        subject="Import/Export Analyst interview",
        body=(
            "Hi Alex,\n\nWe'd like to invite you to interview for the Import/Export Analyst "
            f"role at Vandelay Industries on {_say(v_iv)} at {_clock(v_iv)}. You will hear "
            f"from us by {_say(_bd_back(today, 2))}.\n\nArt\n"
        ),
        domain="vandelay.example",
    )
    v2 = w.own(
        when=v_iv + timedelta(hours=4),
        to=f"{art[0]} <{art[1]}>",
        reply_to=v1,
        body="Hi Art,\n\nThank you for this morning's interview.",
    )
    w.mail(
        when=now - timedelta(days=1, hours=1),
        sender=f"{art[0]} <{art[1]}>",
        to=ME,
        subject="Re: Import/Export Analyst interview",
        body=(
            "Hi Alex,\n\nQuick update: we're still reviewing candidates and it is taking a "
            "little longer than planned. Thanks for your patience.\n\nArt\n"
        ),
        domain="vandelay.example",
        reply_to=v2,
    )

    # 12. Pied Piper: a rejection six months ago (missed, never drafted)
    old = now - timedelta(days=182)
    richard = ("Richard Hendricks", "richard@piedpiper.example")
    p1 = w.mail(
        when=old - timedelta(days=10),
        sender=f"{richard[0]} <{richard[1]}>",
        to=ME,
        subject="Interview for Compression Engineer",
        body=(
            "Hi Alex,\n\nWe'd like to invite you to interview for the Compression Engineer role "
            f"at Pied Piper on {_say(w.at(old.date() - timedelta(days=7), 10))} at 10:00 AM."
            "\n\nRichard\n"
        ),
        domain="piedpiper.example",
    )
    w.mail(
        when=old,
        sender=f"{richard[0]} <{richard[1]}>",
        to=ME,
        subject="Re: Interview for Compression Engineer",
        body=(
            "Hi Alex,\n\nThank you for interviewing with us. Unfortunately, we have decided to "
            "move forward with another candidate.\n\nBest of luck,\nRichard\n"
        ),
        domain="piedpiper.example",
        reply_to=p1,
    )

    # 13. Tyrell Corporation: interviewed, thanked by hand, no decision date known
    t_iv = w.at(_weekday_on_or_before(today - timedelta(days=3)), 11)
    rachael = ("Rachael Tyrell", "rachael@tyrell.example")
    t1 = w.mail(
        when=t_iv - timedelta(days=5),
        sender=f"{rachael[0]} <{rachael[1]}>",
        to=ME,
        subject="Interview invitation - Replicant Behaviour Researcher",
        body=(
            "Hello Alex,\n\nWe would like to invite you to interview for the Behaviour "
            f"Researcher role at Tyrell Corporation on {_say(t_iv)} at {_clock(t_iv)}.\n\n"
            "Rachael\n"
        ),
        domain="tyrell.example",
    )
    w.own(
        when=t_iv + timedelta(hours=4),
        to=f"{rachael[0]} <{rachael[1]}>",
        reply_to=t1,
        body="Hello Rachael,\n\nThank you for the interview today.",
    )

    # noise: a job-board alert and a personal mail
    w.mail(
        when=now - timedelta(hours=8),
        sender="LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        to=ME,
        subject="30 new jobs for 'data engineer'",
        body=(
            "Your job alert for data engineer in New York.\n\nData Engineer - Acme Corp\n"
            "Senior Data Engineer - Initrode\n\nUnsubscribe: https://www.linkedin.com/\n"
        ),
        domain="linkedin.com",
        extra={"List-Unsubscribe": "<https://www.linkedin.com/unsubscribe>"},
    )
    w.mail(
        when=now - timedelta(hours=30),
        sender="Sam Rivera <sam.rivera@gmail.com>",
        to=ME,
        subject="Dinner on Saturday?",
        body="Hey! Are we still on for dinner on Saturday at 7? Sam\n",
        domain="gmail.com",
    )
    return w.sample


def write_sample(root: Path, *, now: datetime) -> Sample:
    """Write the sample as a Maildir++ tree at ``root`` (created; must not hold mail)."""
    sample = build_sample(now)
    root.parent.mkdir(parents=True, exist_ok=True)
    box = mailbox.Maildir(str(root), create=True)
    folders = {"inbox": box, "sent": box.add_folder("Sent")}
    box.add_folder("Drafts")
    for m, when in zip(sample.mails, sample.dates, strict=True):
        msg = mailbox.MaildirMessage(m.raw)
        if m.folder == "sent" or when < now - timedelta(days=1):
            msg.set_subdir("cur")  # read; the last day's mail stays new
            msg.set_flags("S")
        folders[m.folder].add(msg)
    # mark subfolders as Maildir++ folders for clients that look for it
    for sub in (".Sent", ".Drafts"):
        (root / sub / "maildirfolder").touch()
    return sample
