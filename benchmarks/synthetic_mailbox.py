"""A deterministic synthetic mailbox for benchmarks: ~95% unrelated mail, ~5% job mail.

Unrelated mail is HTML-heavy like a real inbox (newsletters with preheaders and tracking
pixels, receipts, shipping notices, SaaS notifications, promotions that say "offer",
"position", "application" or "interview tips", job alerts, webinar invitations, non-job
calendar invites, personal mail). Job mail covers the six kinds of DESIGN.md with varied
senders (ATS no-reply addresses, recruiters at the company, scheduling tools), four
languages, threads (replies carry In-Reply-To / References) and the candidate's own sent
replies (``folder="sent"``).

Usage::

    from benchmarks.synthetic_mailbox import generate
    msgs = generate(10_000, seed=0)            # list[SyntheticMessage]
    jobs = [m for m in msgs if m.is_job]

``generate`` is deterministic for a given ``seed`` and ``end``. ``end`` defaults to a
fixed instant (2026-03-02 12:00 UTC) so results do not depend on the day you run it;
pass ``end=datetime.now(UTC)`` for a mailbox dated over the last ~150 days.
Run ``python -m benchmarks.synthetic_mailbox OUTDIR`` to write the messages as .eml files
(``inbox/`` and ``sent/``) with an ``index.jsonl`` of the labels.
"""

from __future__ import annotations

import base64
import json
import quopri
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ME_NAME = "Alex Rivera"
ME_EMAIL = "alex.rivera@example.com"
DEFAULT_END = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
SPAN_DAYS = 150


@dataclass
class SyntheticMessage:
    """One generated message.

    :ivar raw: the complete RFC 5322 bytes (CRLF line endings).
    :ivar is_job: part of a hiring process (employer mail of any kind, and the candidate's
        own replies to it); False for everything else, including job alerts and webinars.
    :ivar folder: ``"inbox"`` or ``"sent"``.
    :ivar kind: the DESIGN.md kind the classifier should give (``"other"`` for unrelated
        mail, the candidate's own mail and status updates without a decision).
    """

    raw: bytes
    is_job: bool
    folder: str
    kind: str


# --------------------------------------------------------------------------- vocabulary

COMPANIES = [
    ("Acme Robotics", "acmerobotics.com"),
    ("Northwind Labs", "northwindlabs.io"),
    ("Globex", "globex.com"),
    ("Initech", "initech.com"),
    ("Umbrella Health", "umbrellahealth.com"),
    ("Stark Analytics", "starkanalytics.ai"),
    ("Hooli", "hooli.xyz"),
    ("Pied Piper", "piedpiper.com"),
    ("Vandelay Industries", "vandelay.co"),
    ("Wayne Fintech", "waynefintech.com"),
    ("Soylent Foods", "soylentfoods.com"),
    ("Tyrell Systems", "tyrell.systems"),
    ("Blue Harbor", "blueharbor.dev"),
    ("Cobalt Cloud", "cobaltcloud.io"),
    ("Lumen Bank", "lumenbank.de"),
    ("Mirador Software", "mirador.es"),
    ("Atelier Numérique", "ateliernumerique.fr"),
    ("Quartz Mobility", "quartzmobility.com"),
]
ROLES = [
    "Senior Software Engineer",
    "Backend Engineer",
    "Data Scientist",
    "Product Manager",
    "Site Reliability Engineer",
    "Frontend Developer",
    "Machine Learning Engineer",
    "Engineering Manager",
    "Data Engineer",
    "Platform Engineer (Python)",
]
FIRST = [
    "Jane",
    "Priya",
    "Marco",
    "Sofia",
    "Liam",
    "Chen",
    "Fatima",
    "Tom",
    "Greta",
    "Lucía",
    "Camille",
    "Jonas",
    "Aisha",
    "Diego",
    "Hannah",
    "Kenji",
]
LAST = [
    "Smith",
    "Patel",
    "Rossi",
    "García",
    "Müller",
    "Dubois",
    "Nguyen",
    "Okafor",
    "Kim",
    "Johansson",
    "Silva",
    "Cohen",
]
ATS = [
    ("no-reply@greenhouse.io", "{company} Recruiting"),
    ("no-reply@hire.lever.co", "{company}"),
    ("{slug}@myworkday.com", "{company} Careers"),
    ("no-reply@ashbyhq.com", "{company} Hiring Team"),
    ("noreply@smartrecruiters.com", "{company}"),
    ("notifications@app.workable.com", "{company} via Workable"),
    ("careers-noreply@{domain}", "{company} Talent Acquisition"),
]
FRIENDS = [
    ("Sam Lee", "sam.lee@gmail.com"),
    ("Mom", "maria.rivera@yahoo.com"),
    ("Jordan Park", "jordan.p@outlook.com"),
    ("Nina Alvarez", "nina@alvarez.family"),
    ("Chris Wong", "chris.wong@fastmail.com"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ZONES = [("ET", -5), ("PT", -8), ("CET", 1), ("GMT", 0), ("CT", -6)]

LOREM = [
    "Our team has been busy this month shipping improvements you asked for",
    "Read on for the highlights, a few tips from the community and what is coming next",
    "We appreciate every bit of feedback, so keep it coming",
    "As always, you can manage your preferences at any time from your account settings",
    "Here is a look at the numbers behind the trend and what they mean for you",
    "Thanks for reading, and see you next week",
]


# --------------------------------------------------------------------------- MIME helpers


class _Ids:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.n = 0

    def new(self, domain: str) -> str:
        self.n += 1
        return f"<{self.n:06d}.{self.rng.getrandbits(48):012x}@{domain}>"


def _encode(text: str, charset: str, cte: str) -> tuple[str, bytes]:
    data = text.encode(charset, errors="replace")
    if cte == "base64":
        return "base64", base64.encodebytes(data)
    if cte == "quoted-printable":
        return "quoted-printable", quopri.encodestring(data)
    return "8bit", data


def _part(ctype: str, text: str, charset: str = "utf-8", cte: str = "quoted-printable") -> bytes:
    cte, body = _encode(text, charset, cte)
    head = f'Content-Type: {ctype}; charset="{charset}"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n'
    return head.encode("ascii") + body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _header_value(value: str) -> str:
    if value.isascii():
        return value
    return "=?utf-8?b?" + base64.b64encode(value.encode()).decode() + "?="


def _addr(name: str | None, email: str) -> str:
    if not name:
        return email
    if name.isascii():
        return f'"{name}" <{email}>' if any(c in name for c in ",.()") else f"{name} <{email}>"
    return f"{_header_value(name)} <{email}>"


def _message(
    *,
    sender: tuple[str | None, str],
    to: tuple[str | None, str],
    subject: str,
    date: datetime,
    msgid: str,
    text: str | None,
    html: str | None,
    extra_headers: list[tuple[str, str]] | None = None,
    ics: str | None = None,
    rng: random.Random,
    charset: str = "utf-8",
) -> bytes:
    headers = [
        ("Return-Path", f"<{sender[1]}>"),
        (
            "Received",
            f"from mail.{sender[1].split('@')[1]} by mx.example.com with ESMTPS; "
            f"{format_datetime(date)}",
        ),
        ("From", _addr(*sender)),
        ("To", _addr(*to)),
        ("Subject", _header_value(subject)),
        ("Date", format_datetime(date)),
        ("Message-ID", msgid),
        ("MIME-Version", "1.0"),
    ]
    headers += extra_headers or []
    cte = rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
    if charset != "utf-8":
        cte = "quoted-printable"
    parts: list[bytes] = []
    if text is not None:
        parts.append(_part("text/plain", text, charset, cte))
    if html is not None:
        parts.append(_part("text/html", html, charset, cte))
    if len(parts) == 1 and ics is None:
        body_part = parts[0]
        head_lines = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8")
        return head_lines + body_part
    boundary = f"==b{rng.getrandbits(64):016x}"
    alt = b"".join(b"--" + boundary.encode() + b"\r\n" + p + b"\r\n" for p in parts)
    alt += b"--" + boundary.encode() + b"--\r\n"
    if ics is None:
        headers.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
        head_lines = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8")
        return head_lines + b"\r\n" + alt
    outer = f"==m{rng.getrandbits(64):016x}"
    headers.append(("Content-Type", f'multipart/mixed; boundary="{outer}"'))
    head_lines = "".join(f"{k}: {v}\r\n" for k, v in headers).encode("utf-8")
    ics_part = (
        b'Content-Type: text/calendar; charset="utf-8"; method=REQUEST\r\n'
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + ics.replace("\n", "\r\n").encode()
    )
    inner = f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n'.encode() + alt
    return (
        head_lines
        + b"\r\n"
        + b"--"
        + outer.encode()
        + b"\r\n"
        + inner
        + b"\r\n"
        + b"--"
        + outer.encode()
        + b"\r\n"
        + ics_part
        + b"\r\n"
        + b"--"
        + outer.encode()
        + b"--\r\n"
    )


def _html_page(
    rng: random.Random,
    *,
    brand: str,
    preheader: str,
    blocks: list[str],
    footer: str,
    pixel_domain: str,
    color: str | None = None,
) -> str:
    color = color or rng.choice(["#1a73e8", "#ff5a5f", "#222222", "#0f9d58", "#6f42c1"])
    style = (
        '<style type="text/css">body{margin:0;padding:0;font-family:Helvetica,Arial,sans-serif}'
        "table{border-collapse:collapse}td{padding:0}.btn{background:" + color + ";color:#fff;"
        "border-radius:4px;padding:12px 24px;text-decoration:none}@media only screen and "
        "(max-width:600px){.container{width:100%!important}.hide-mobile{display:none!important}}"
        ".footer{color:#999;font-size:11px}.h1{font-size:28px;line-height:34px}</style>"
    )
    rows = []
    for b in blocks:
        rows.append(
            '<tr><td class="content" style="padding:16px 32px;font-size:15px;line-height:22px;'
            'color:#333333;font-family:Helvetica,Arial,sans-serif;mso-line-height-rule:exactly">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
            'style="border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt"><tr>'
            '<td style="padding:0;margin:0;text-align:left;word-break:break-word;'
            f'-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%">{b}</td></tr></table>'
            "</td></tr>"
        )
    token = f"{rng.getrandbits(128):032x}"
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width">'
        f"<title>{brand}</title>{style}</head><body>"
        f'<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">{preheader}'
        + "&#847; &zwnj; &nbsp; "
        * 20
        + "</div>"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" '
        'bgcolor="#f4f4f4"><tr><td align="center"><table class="container" width="600" '
        'cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">'
        f'<tr><td style="background:{color};padding:20px 32px"><a href="https://{pixel_domain}/'
        f'c/{token}"><img src="https://cdn.{pixel_domain}/logo.png" alt="{brand}" width="120" '
        'height="32" border="0"></a></td></tr>'
        + "".join(rows)
        + f'<tr><td class="footer" style="padding:24px 32px">{footer}<br><a href="https://'
        f'{pixel_domain}/unsubscribe?u={token}">Unsubscribe</a> | <a href="https://'
        f'{pixel_domain}/prefs?u={token}">Preferences</a></td></tr>'
        "</table></td></tr></table>"
        f'<img src="https://t.{pixel_domain}/open/{token}.gif" width="1" height="1" alt="" '
        'style="display:block;border:0">'
        "</body></html>"
    )


def _lorem(rng: random.Random, n: int) -> str:
    return ". ".join(rng.choice(LOREM).strip() for _ in range(n)).strip() + "."


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def _slug(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


# --------------------------------------------------------------------------- unrelated mail


def _newsletter(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    brand, domain = rng.choice(
        [
            ("The Pragmatic Weekly", "pragmaticweekly.com"),
            ("Morning Brew", "morningbrew.com"),
            ("Career Compass", "careercompass.news"),
            ("Dev Digest", "devdigest.io"),
            ("Product Hunt Daily", "producthunt.com"),
            ("Medium Daily Digest", "medium.com"),
        ]
    )
    topic = rng.choice(
        [
            "10 interview tips that actually work",
            "How to negotiate your next offer",
            "Why the job application process is broken",
            "The interview question nobody expects",
            "Our position on remote work",
            "Rust vs Go in 2026",
            "What we learned shipping AI",
            "Your weekly reading list",
        ]
    )
    blocks = (
        [f'<h1 class="h1">{topic}</h1>']
        + [f"<p>{_lorem(rng, rng.randint(3, 7))}</p>" for _ in range(rng.randint(8, 24))]
        + ['<a class="btn" href="https://' + domain + '/read">Read more</a>']
    )
    html = _html_page(
        rng,
        brand=brand,
        preheader=topic + " and more inside",
        blocks=blocks,
        footer=f"You are receiving this because you subscribed to {brand}.",
        pixel_domain=domain,
    )
    text = (
        None
        if rng.random() < 0.5
        else f"{topic}\n\n" + _lorem(rng, 12) + "\n\nUnsubscribe: https://" + domain
    )
    return _message(
        sender=(brand, f"newsletter@{domain}"),
        to=(None, ME_EMAIL),
        subject=topic,
        date=date,
        msgid=ids.new(domain),
        text=text,
        html=html,
        rng=rng,
        extra_headers=[("List-Unsubscribe", f"<https://{domain}/u>"), ("Precedence", "bulk")],
    )


def _receipt(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    shop, domain = rng.choice(
        [
            ("Amazon", "amazon.com"),
            ("Uber Eats", "uber.com"),
            ("Apple", "apple.com"),
            ("Zalando", "zalando.de"),
            ("Etsy", "etsy.com"),
        ]
    )
    order = rng.randint(100000000, 999999999)
    items = "".join(
        f"<tr><td>{rng.choice(['USB-C cable', 'Coffee beans 1kg', 'Notebook', 'Headphones', 'Pad Thai', 'Socks (3 pack)'])}"
        f'</td><td align="right">${rng.randint(3, 120)}.{rng.randint(0, 99):02d}</td></tr>'
        for _ in range(rng.randint(1, 6))
    )
    blocks = [
        f"<h2>Thanks for your order #{order}</h2>",
        f'<table width="100%">{items}</table>',
        "<p>Your order qualifies for our loyalty offer: 10% off your next purchase.</p>",
    ]
    html = _html_page(
        rng,
        brand=shop,
        preheader=f"Order #{order} confirmed",
        blocks=blocks,
        footer=f"{shop} Inc. This email was sent to {ME_EMAIL}.",
        pixel_domain=domain,
    )
    return _message(
        sender=(shop, f"auto-confirm@{domain}"),
        to=(None, ME_EMAIL),
        subject=f"Your {shop} order #{order}",
        date=date,
        msgid=ids.new(domain),
        text=None,
        html=html,
        rng=rng,
    )


def _shipping(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    carrier, domain = rng.choice([("UPS", "ups.com"), ("DHL", "dhl.com"), ("FedEx", "fedex.com")])
    track = f"1Z{rng.getrandbits(40):010X}"
    day = rng.choice(WEEKDAYS)
    blocks = [
        f"<h2>Your package is on the way</h2><p>Tracking number: {track}</p>",
        f"<p>Scheduled delivery: {day} by end of day.</p>",
        "<p>Want it faster? Reschedule delivery or pick it up at an access point.</p>",
    ]
    html = _html_page(
        rng,
        brand=carrier,
        preheader="Delivery update",
        blocks=blocks,
        footer="Do not reply to this automatically generated message.",
        pixel_domain=domain,
    )
    return _message(
        sender=(carrier, f"mcinfo@{domain}"),
        to=(None, ME_EMAIL),
        subject=f"{carrier} Update: Delivery Scheduled for {day}",
        date=date,
        msgid=ids.new(domain),
        text=None,
        html=html,
        rng=rng,
    )


def _saas(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    kind = rng.randrange(5)
    if kind == 0:
        repo = rng.choice(["acme/api", "alexr/dotfiles", "org/website"])
        subject = f"[{repo}] Fix flaky test in scheduler (#{rng.randint(10, 999)})"
        text = (
            f"@{rng.choice(FIRST).lower()} commented on this pull request.\n\n"
            f"{_lorem(rng, 3)}\n\n—\nReply to this email directly, view it on GitHub.\n"
        )
        return _message(
            sender=(rng.choice(FIRST), "notifications@github.com"),
            to=(repo, f"{repo.split('/')[1]}@noreply.github.com"),
            subject=subject,
            date=date,
            msgid=ids.new("github.com"),
            text=text,
            html=f"<p>{text}</p>",
            rng=rng,
            extra_headers=[("List-ID", f"<{repo.replace('/', '.')}.github.com>")],
        )
    if kind == 1:
        subject = rng.choice(
            [
                "Your free trial has ended",
                "Unfortunately, your payment failed",
                "Your subscription will renew soon",
            ]
        )
        blocks = [
            f"<p>Hi Alex,</p><p>{subject}. Unfortunately we could not process the card "
            "on file. Update your billing details to keep your workspace.</p>",
            '<a class="btn" href="https://notion.so/billing">Update billing</a>',
        ]
        html = _html_page(
            rng,
            brand="Notion",
            preheader=subject,
            blocks=blocks,
            footer="Notion Labs, Inc.",
            pixel_domain="notion.so",
        )
        return _message(
            sender=("Notion", "team@mail.notion.so"),
            to=(None, ME_EMAIL),
            subject=subject,
            date=date,
            msgid=ids.new("notion.so"),
            text=None,
            html=html,
            rng=rng,
        )
    if kind == 2:
        subject = "You have 3 new messages in #general"
        blocks = ["<p>While you were away, here's what happened in Slack:</p>"] + [
            f"<p><b>{rng.choice(FIRST)}</b>: {_lorem(rng, 1)}</p>" for _ in range(5)
        ]
        html = _html_page(
            rng,
            brand="Slack",
            preheader=subject,
            blocks=blocks,
            footer="Slack Technologies",
            pixel_domain="slack.com",
        )
        return _message(
            sender=("Slack", "feedback@slack.com"),
            to=(None, ME_EMAIL),
            subject=subject,
            date=date,
            msgid=ids.new("slack.com"),
            text=None,
            html=html,
            rng=rng,
        )
    if kind == 3:
        subject = "Security alert: new sign-in to your account"
        text = (
            "We noticed a new sign-in to your Google Account on a Linux device. "
            "If this was you, you don't need to do anything."
        )
        return _message(
            sender=("Google", "no-reply@accounts.google.com"),
            to=(None, ME_EMAIL),
            subject=subject,
            date=date,
            msgid=ids.new("accounts.google.com"),
            text=text,
            html=f"<div><p>{text}</p></div>",
            rng=rng,
        )
    subject = f"Webinar invitation: Scaling Postgres — {rng.choice(WEEKDAYS)} at 11am PT"
    blocks = [
        "<p>You're invited to our live webinar. Join our experts for a 45-minute session "
        "and Q&A. Reserve your spot today!</p>",
        '<a class="btn" href="#">Register now</a>',
    ]
    html = _html_page(
        rng,
        brand="Timescale",
        preheader="Save your seat",
        blocks=blocks,
        footer="Timescale Inc.",
        pixel_domain="timescale.com",
    )
    return _message(
        sender=("Timescale Events", "events@timescale.com"),
        to=(None, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new("timescale.com"),
        text=None,
        html=html,
        rng=rng,
    )


def _promotion(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    brand, domain = rng.choice(
        [
            ("Nike", "nike.com"),
            ("Booking.com", "booking.com"),
            ("Spotify", "spotify.com"),
            ("Lufthansa", "lufthansa.com"),
        ]
    )
    subject = rng.choice(
        [
            "Exclusive offer just for you: 30% off",
            "Last chance: our best offer of the year",
            "Your application for a Premium card is pre-approved",
            "We've got a position for you: front row seats",
            "An offer you can't refuse",
        ]
    )
    blocks = [
        f'<h1 class="h1">{subject}</h1>',
        f"<p>{_lorem(rng, 4)}</p>",
        '<table width="100%"><tr>'
        + "".join(
            f'<td><img src="https://cdn.{domain}/p{i}.jpg" width="180"><br>Item {i}</td>'
            for i in range(3)
        )
        + "</tr></table>",
        '<a class="btn" href="#">Shop now</a>',
    ]
    html = _html_page(
        rng,
        brand=brand,
        preheader=subject,
        blocks=blocks,
        footer=f"{brand}. Terms apply. Offer valid while supplies last.",
        pixel_domain=domain,
    )
    return _message(
        sender=(brand, f"news@{domain}"),
        to=(None, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(domain),
        text=None,
        html=html,
        rng=rng,
        extra_headers=[("List-Unsubscribe", f"<mailto:unsub@{domain}>"), ("Precedence", "bulk")],
    )


def _job_alert(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    board, domain, sender = rng.choice(
        [
            ("LinkedIn", "linkedin.com", "jobalerts-noreply@linkedin.com"),
            ("Indeed", "indeed.com", "alert@indeed.com"),
            ("Glassdoor", "glassdoor.com", "noreply@glassdoor.com"),
        ]
    )
    role = rng.choice(ROLES)
    jobs = "".join(
        f"<tr><td><b>{rng.choice(ROLES)}</b><br>{rng.choice(COMPANIES)[0]} · Remote<br>"
        "Easy Apply · Be an early applicant</td></tr>"
        for _ in range(rng.randint(4, 9))
    )
    blocks = [
        f"<h2>{rng.randint(5, 40)} new jobs for “{role}”</h2>",
        f"<table>{jobs}</table>",
        "<p>Prepare for your next interview with our interview tips.</p>",
    ]
    html = _html_page(
        rng,
        brand=board,
        preheader="New positions matching your alert",
        blocks=blocks,
        footer=f"You are receiving job alert emails from {board}.",
        pixel_domain=domain,
    )
    return _message(
        sender=(f"{board} Job Alerts", sender),
        to=(None, ME_EMAIL),
        subject=f"“{role}”: {rng.randint(5, 40)} new positions",
        date=date,
        msgid=ids.new(domain),
        text=None,
        html=html,
        rng=rng,
        extra_headers=[("List-Unsubscribe", f"<https://{domain}/u>")],
    )


def _personal(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    name, email = rng.choice(FRIENDS)
    subject, body = rng.choice(
        [
            (
                "dinner saturday?",
                "Hey! Are you free for dinner on Saturday around 7? Thinking "
                "of the new Thai place.\n\nS",
            ),
            (
                "photos from the trip",
                "Here are the photos from the lake. The one with the dog is my favourite :)\n",
            ),
            (
                "Re: how's the job hunt going?",
                "Fingers crossed for you! Let me know if you want me to look over your CV again.\n",
            ),
            ("Mom's birthday", "Don't forget to call grandma on Sunday. Love you.\n"),
        ]
    )
    return _message(
        sender=(name, email),
        to=(ME_NAME, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(email.split("@")[1]),
        text=body,
        html=None if rng.random() < 0.6 else f'<div dir="ltr">{body}</div>',
        rng=rng,
    )


def _calendar_other(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    start = date + timedelta(days=rng.randint(1, 10))
    start = start.replace(hour=rng.randint(14, 20), minute=0, second=0, microsecond=0)
    what = rng.choice(["Dentist appointment", "Book club", "Yoga class", "Team lunch"])
    uid = f"{rng.getrandbits(64):x}@calendar.example.com"
    ics = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
        "METHOD:REQUEST\nBEGIN:VEVENT\n"
        f"DTSTART:{start.strftime('%Y%m%dT%H%M%SZ')}\n"
        f"DTEND:{(start + timedelta(hours=1)).strftime('%Y%m%dT%H%M%SZ')}\n"
        f"UID:{uid}\nSUMMARY:{what}\nORGANIZER;CN=Sam Lee:mailto:sam.lee@gmail.com\n"
        f"ATTENDEE;CN={ME_NAME};RSVP=TRUE:mailto:{ME_EMAIL}\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
        "END:VEVENT\nEND:VCALENDAR\n"
    )
    text = f"You have been invited to the following event.\n\n{what}\nWhen: {start:%a %b %d, %Y %H:%M} UTC\n"
    return _message(
        sender=("Sam Lee", "sam.lee@gmail.com"),
        to=(None, ME_EMAIL),
        subject=f"Invitation: {what} @ {start:%a %b %d, %Y}",
        date=date,
        msgid=ids.new("google.com"),
        text=text,
        html=f"<p>{text}</p>",
        ics=ics,
        rng=rng,
    )


def _out_of_office(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    name, email = rng.choice(FRIENDS)
    return _message(
        sender=(name, email),
        to=(None, ME_EMAIL),
        subject="Automatic reply: quick question",
        date=date,
        msgid=ids.new(email.split("@")[1]),
        text="I am out of the office until Monday with limited access to email.",
        html=None,
        rng=rng,
        extra_headers=[("Auto-Submitted", "auto-replied")],
    )


UNRELATED = [
    (_newsletter, 26),
    (_receipt, 14),
    (_shipping, 8),
    (_saas, 18),
    (_promotion, 16),
    (_job_alert, 5),
    (_personal, 8),
    (_calendar_other, 2),
    (_out_of_office, 3),
]


# --------------------------------------------------------------------------- a real inbox
#
# The mail below is what made bare words expensive on a real mailbox: transactional mail
# and notifications that say "offer", "position" or "application", friends who talk about
# jobs, and German, French and Spanish shop and appointment mail (Angebot, Termin, Stelle,
# offre, poste, entretien, oferta). None of it is hiring mail.


def _notification_words(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    """Account and service notifications (Gmail's Updates tab) using hiring-ish words."""
    sender, domain, subject, body = rng.choice(
        [
            (
                "Chase",
                "chase.com",
                "Your credit card application has been received",
                "Thank you for your application for the Sapphire card. We are reviewing your "
                "application and will let you know our decision within 7 to 10 business days. "
                "Your application reference is {n}.",
            ),
            (
                "U.S. Department of State",
                "state.gov",
                "Passport application status update",
                "Your passport application is in process. Your position in the queue will be "
                "updated as your application moves to the next step.",
            ),
            (
                "Robinhood",
                "robinhood.com",
                "Your position in AAPL was updated",
                "Your order executed. Your position now holds {n} shares. Review your "
                "positions and offers in the app.",
            ),
            (
                "Zillow Rentals",
                "zillow.com",
                "Your rental application was sent",
                "Your application for 12 Maple St was sent to the landlord. Applications are "
                "usually reviewed within 3 days. Next steps: the landlord may contact you "
                "to schedule a viewing.",
            ),
            (
                "ImmobilienScout24",
                "immobilienscout24.de",
                "Ihre Anfrage zur Wohnung wurde versendet",
                "Ihre Bewerbung für die Wohnung in Berlin-Neukölln wurde an den Anbieter "
                "gesendet. Der Anbieter meldet sich bei Ihnen, um einen Termin für die "
                "Besichtigung zu vereinbaren.",
            ),
            (
                "Google Play",
                "google.com",
                "Your app update was approved",
                "Your application com.alexr.notes version {n} is now live. Your app holds "
                "position 12 in Productivity.",
            ),
            (
                "Duolingo",
                "duolingo.com",
                "You dropped to position 8 in the Ruby league",
                "Someone passed you! Practice now to get back to your position. Special offer: "
                "try Super free for 14 days.",
            ),
            (
                "University of Washington",
                "uw.edu",
                "Your application portal account",
                "Thank you for your interest in our graduate programs. Your application "
                "account has been created. Complete your application by January 15.",
            ),
        ]
    )
    text = body.format(n=rng.randint(1000, 99999))
    html = _html_page(
        rng,
        brand=sender,
        preheader=subject,
        blocks=[f"<p>Hi Alex,</p><p>{text}</p>"],
        footer=f"{sender}. Please do not reply to this message.",
        pixel_domain=domain,
    )
    return _message(
        sender=(sender, f"no-reply@{domain}"),
        to=(None, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(domain),
        text=None if rng.random() < 0.5 else text,
        html=html,
        rng=rng,
    )


def _receipt_offer(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    """A receipt or order update whose subject or body pushes an offer (Updates tab)."""
    shop, domain = rng.choice(
        [("Target", "target.com"), ("Best Buy", "bestbuy.com"), ("DoorDash", "doordash.com")]
    )
    order = rng.randint(10000000, 99999999)
    subject = rng.choice(
        [
            f"Order #{order} confirmed - plus a special offer inside",
            f"Your receipt from {shop} (order {order})",
            "Thanks for your order! Here's an offer for next time",
        ]
    )
    text = (
        f"Hi Alex, thanks for your order #{order}. Total: ${rng.randint(8, 300)}.{rng.randint(0, 99):02d}. "
        "As a thank-you we'd like to offer you 15% off your next order. This offer expires "
        "in 30 days. Your position in the delivery queue: 3."
    )
    return _message(
        sender=(shop, f"orders@{domain}"),
        to=(None, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(domain),
        text=text,
        html=f"<div><p>{text}</p></div>",
        rng=rng,
    )


def _social(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    """Social network notifications (Social tab) about positions, applications, jobs."""
    net, domain, sender = rng.choice(
        [
            ("LinkedIn", "linkedin.com", "notifications-noreply@linkedin.com"),
            ("LinkedIn", "linkedin.com", "messages-noreply@linkedin.com"),
            ("Facebook", "facebookmail.com", "notification@facebookmail.com"),
            ("XING", "xing.com", "mailrobot@mail.xing.com"),
            ("Meetup", "meetup.com", "info@meetup.com"),
        ]
    )
    who = " ".join(_person(rng))
    subject, body = rng.choice(
        [
            (
                f"{who} started a new position",
                f"Congratulate {who} on starting a new position as {rng.choice(ROLES)} at "
                f"{rng.choice(COMPANIES)[0]}. People in the position of {rng.choice(ROLES)} "
                "are also viewing these jobs.",
            ),
            (
                "You appeared in 14 searches this week",
                "Recruiters and hiring managers searched for people like you. Apply to jobs "
                "with Easy Apply: your application goes straight to the hiring team. Get "
                "interview-ready with Premium: special offer, 1 month free.",
            ),
            (
                f"{who} shared a post: thoughts on my interview process",
                "After 40 interviews this year, here's what I learned about the hiring process "
                "and how candidates should prepare for the final round.",
            ),
            (
                f"{who} commented on your post",
                "Great point about the offer negotiation stage! When I applied for my current "
                "role the recruiter made me an offer within a week.",
            ),
            (
                "Neue Stellenangebote für Sie",
                f"{who} hat eine neue Stelle als {rng.choice(ROLES)}. Ihr Profil wurde "
                "von 3 Recruitern angesehen. Jetzt Angebot sichern: XING Premium gratis testen.",
            ),
            (
                "New event: Python Berlin - talks and pizza",
                "Join us for talks on async Python. We have a position open for a speaker; "
                "apply via the form. Offer: free pizza.",
            ),
        ]
    )
    return _message(
        sender=(net, sender),
        to=(ME_NAME, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(domain),
        text=body,
        html=f"<p>{body}</p>",
        rng=rng,
        extra_headers=[("List-Unsubscribe", f"<https://{domain}/unsub>")],
    )


def _friend_jobs(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    """Friends and family writing about jobs, offers and interviews (Primary tab)."""
    name, email = rng.choice(FRIENDS)
    subject, body = rng.choice(
        [
            (
                "big news!!",
                "My sister got a job offer from a hospital in Denver! She has to accept the "
                "offer by Friday. Dinner to celebrate?",
            ),
            (
                "how did it go?",
                "How was the interview? Fingers crossed. Call me after, I want to hear "
                "everything about the position and the people.",
            ),
            (
                "Re: how's the job hunt going?",
                "Don't stress, the right role will come. My cousin applied to 60 places "
                "before she got an offer. Happy to look at your resume again.",
            ),
            (
                "apartment",
                "We sent the rental application today! The landlord wants to see us Thursday "
                "at 4. Fingers crossed, the position of the living room window is perfect.",
            ),
            (
                "Kaffee?",
                "Hast du am Samstag Zeit? Ich habe endlich einen Termin beim Bürgeramt, danach "
                "wäre ich frei. Meine Schwester hat übrigens eine neue Stelle!",
            ),
            (
                "nouvelles",
                "Mon frère a eu une offre pour un poste à Lyon, il part en mars. On se voit "
                "samedi ? J'ai un entretien pour la voiture le matin.",
            ),
            (
                "Re: the hiring manager thing",
                "Ha, our hiring manager is hopeless. Anyway, we have a position open on my "
                "team if you ever want to talk shop. No pressure! Drinks Friday?",
            ),
        ]
    )
    return _message(
        sender=(name, email),
        to=(ME_NAME, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(email.split("@")[1]),
        text=body + f"\n\n{name.split()[0]}\n",
        html=None,
        rng=rng,
    )


def _local_shop(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    """German, French and Spanish shop, delivery and appointment mail."""
    brand, sender, subject, body, bulk = rng.choice(
        [
            (
                "MediaMarkt",
                "newsletter@mediamarkt.de",
                "Unser Angebot der Woche: bis zu 30% Rabatt",
                "Nur diese Woche: Angebote für Laptops und Kopfhörer. Stellen Sie sich Ihr "
                "Wunschpaket zusammen. Das Angebot gilt bis Sonntag.",
                True,
            ),
            (
                "Zahnarztpraxis Dr. Weber",
                "praxis@zahnarzt-weber.de",
                "Terminbestätigung für Ihren Termin am Dienstag",
                "Sehr geehrter Herr Rivera, hiermit bestätigen wir Ihren Termin am Dienstag um "
                "10:30 Uhr. Bitte sagen Sie den Termin mindestens 24 Stunden vorher ab, falls "
                "Sie verhindert sind.",
                False,
            ),
            (
                "Bürgeramt Berlin",
                "termine@berlin.de",
                "Ihre Terminbuchung",
                "Ihr Termin zur Anmeldung einer Wohnung wurde gebucht. Bitte bringen Sie die "
                "Wohnungsgeberbestätigung mit. Absage des Termins über den Link.",
                False,
            ),
            (
                "DHL",
                "noreply@dhl.de",
                "Ihre Sendung kommt heute",
                "Ihre Sendung wird heute zugestellt. Die Stelle, an der Sie das Paket "
                "abholen können: Packstation 123. Angebot: jetzt Wunschzeit wählen.",
                False,
            ),
            (
                "La Poste",
                "noreply@laposte.fr",
                "Votre colis est en route",
                "Votre colis sera livré demain. Retrouvez votre colis au bureau de poste le "
                "plus proche. Offre spéciale : envoi suivi à -20 %.",
                False,
            ),
            (
                "Fnac",
                "newsletter@fnac.com",
                "Offre exclusive : -20 % sur les casques",
                "Profitez de notre offre sur les casques et enceintes. Offre valable jusqu'à "
                "dimanche. Poste de travail : découvrez nos écrans.",
                True,
            ),
            (
                "Garage Renault Lyon",
                "atelier@garage-renault-lyon.fr",
                "Rappel : entretien de votre véhicule",
                "Bonjour, votre rendez-vous pour l'entretien de votre véhicule est confirmé "
                "jeudi à 9h. Merci de vous présenter à l'accueil atelier.",
                False,
            ),
            (
                "Doctolib",
                "no-reply@doctolib.fr",
                "Confirmation de votre rendez-vous",
                "Votre rendez-vous avec Dr Martin est confirmé. En cas d'empêchement, merci "
                "d'annuler votre rendez-vous. Candidature au programme de prévention : "
                "inscrivez-vous en ligne.",
                False,
            ),
            (
                "El Corte Inglés",
                "ofertas@elcorteingles.es",
                "Oferta especial solo hoy",
                "Descubre nuestra oferta en electrónica. Oferta válida hasta agotar "
                "existencias. Puesto de recogida en tienda disponible.",
                True,
            ),
            (
                "Correos",
                "notificaciones@correos.es",
                "Tu envío está en camino",
                "Tu paquete llegará mañana. Puedes recogerlo en el puesto de Correos más "
                "cercano. Entrevista de satisfacción: cuéntanos tu experiencia.",
                False,
            ),
        ]
    )
    domain = sender.split("@")[1]
    extra = [("List-Unsubscribe", f"<https://{domain}/abmelden>")] if bulk else []
    html = _html_page(
        rng,
        brand=brand,
        preheader=subject,
        blocks=[f"<p>{body}</p>"],
        footer=brand,
        pixel_domain=domain,
    )
    return _message(
        sender=(brand, sender),
        to=(None, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(domain),
        text=None if bulk else body,
        html=html,
        rng=rng,
        extra_headers=extra,
    )


def _news_interview(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    """Editorial newsletters (Updates tab) built around interviews and job-market news."""
    brand, domain = rng.choice(
        [("The Atlantic", "theatlantic.com"), ("Heise", "heise.de"), ("Le Monde", "lemonde.fr")]
    )
    subject = rng.choice(
        [
            "An interview with the founder who said no to an offer of $1bn",
            "Inside the hiring process at the companies that are still growing",
            "Interview : le poste de Premier ministre, une candidature à haut risque",
            "Im Interview: Warum so viele Stellen unbesetzt bleiben",
        ]
    )
    blocks = [f"<h1>{subject}</h1>"] + [f"<p>{_lorem(rng, 4)}</p>" for _ in range(6)]
    return _message(
        sender=(brand, f"newsletters@{domain}"),
        to=(None, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(domain),
        text=None,
        html=_html_page(
            rng,
            brand=brand,
            preheader=subject,
            blocks=blocks,
            footer=f"You are subscribed to {brand} newsletters.",
            pixel_domain=domain,
        ),
        rng=rng,
        extra_headers=[("List-Unsubscribe", f"<https://{domain}/u>")],
    )


def _job_adjacent(rng: random.Random, date: datetime, ids: _Ids) -> bytes:
    """Mail about jobs that is no hiring process of the candidate's: job-board status
    notices, career webinars, referral chatter, a volunteer role. Written after the query
    was tuned and not tuned against, so it shows what a real inbox's near misses cost."""
    company = rng.choice(COMPANIES)[0]
    role = rng.choice(ROLES)
    sender, subject, body = rng.choice(
        [
            (
                ("Indeed", "indeedapply@indeed.com"),
                f"Your application was viewed by {company}",
                f"Good news! {company} viewed your application for {role}. Employers "
                "usually respond within 2 weeks. Keep applying to similar jobs.",
            ),
            (
                ("Glassdoor", "noreply@glassdoor.com"),
                f"Interview tips for {role} at {company}",
                f"Candidates who interviewed at {company} shared their interview process. "
                "Read 34 interview reviews and salaries for the role.",
            ),
            (
                ("Hired Events", "events@hired-events.com"),
                "Webinar: how recruiters read your resume",
                "Thank you for your interest in our webinar. A panel of recruiters and hiring "
                "managers will explain the selection process and answer questions.",
            ),
            (
                ("Jordan Park", "jordan.p@outlook.com"),
                "referral?",
                f"Hey, I referred you for the {role} role at {company} through our internal "
                "portal. Their recruiter might reach out. No idea how long the hiring "
                "process takes there!",
            ),
            (
                ("City Food Bank", "volunteer@cityfoodbank.org"),
                "Your volunteer application",
                "Thanks for applying to volunteer with us! The volunteer coordinator role is "
                "filled, but we would love to invite you to an orientation next Saturday.",
            ),
        ]
    )
    return _message(
        sender=sender,
        to=(ME_NAME, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=ids.new(sender[1].split("@")[1]),
        text=body,
        html=None,
        rng=rng,
    )


#: What a real inbox holds besides job mail (weights). ``UNRELATED`` is the original,
#: kinder mix, kept as the "classic" mailbox.
REAL_INBOX = [
    (_newsletter, 14),
    (_news_interview, 6),
    (_receipt, 7),
    (_receipt_offer, 7),
    (_shipping, 5),
    (_saas, 12),
    (_notification_words, 8),
    (_promotion, 14),
    (_social, 9),
    (_job_alert, 4),
    (_personal, 4),
    (_friend_jobs, 5),
    (_local_shop, 9),
    (_calendar_other, 2),
    (_out_of_office, 1),
    (_job_adjacent, 2),
]


# --------------------------------------------------------------------------- job mail


@dataclass
class _App:
    company: str
    domain: str
    role: str
    recruiter: tuple[str, str]  # (full name, email)
    ats: tuple[str, str]  # (address, display name)
    lang: str


def _new_app(rng: random.Random) -> _App:
    company, domain = rng.choice(COMPANIES)
    first, last = _person(rng)
    addr, disp = rng.choice(ATS)
    slug = _slug(company)
    lang = "en"
    if domain.endswith(".de"):
        lang = "de"
    elif domain.endswith(".es"):
        lang = "es"
    elif domain.endswith(".fr"):
        lang = "fr"
    return _App(
        company=company,
        domain=domain,
        role=rng.choice(ROLES),
        recruiter=(f"{first} {last}", f"{_slug(first)}.{_slug(last)}@{domain}"),
        ats=(addr.format(slug=slug, domain=domain), disp.format(company=company)),
        lang=lang,
    )


def _when(rng: random.Random, date: datetime) -> tuple[datetime, str]:
    """A future interview slot and how the message states it."""
    zone, off = rng.choice(ZONES)
    local = (date + timedelta(days=rng.randint(2, 9))).astimezone(timezone(timedelta(hours=off)))
    while local.weekday() >= 5:
        local += timedelta(days=1)
    local = local.replace(
        hour=rng.choice([9, 10, 11, 13, 14, 15, 16]),
        minute=rng.choice([0, 0, 30]),
        second=0,
        microsecond=0,
    )
    hour12 = local.hour % 12 or 12
    ampm = "am" if local.hour < 12 else "pm"
    mins = f":{local.minute:02d}" if local.minute else ""
    return (
        local,
        f"{WEEKDAYS[local.weekday()]}, {MONTHS[local.month - 1]} {local.day} at {hour12}{mins}{ampm} {zone}",
    )


_TEXTS: dict[str, dict[str, list[str]]] = {
    "application_received": {
        "en": [
            "Thank you for applying to the {role} position at {company}. We have received "
            "your application and our team will review it. If your background matches, "
            "we will be in touch within two weeks."
        ],
        "de": [
            "vielen Dank für Ihre Bewerbung als {role} bei {company}. Wir haben Ihre "
            "Unterlagen erhalten und melden uns innerhalb von zwei Wochen bei Ihnen."
        ],
        "es": [
            "Gracias por tu candidatura al puesto de {role} en {company}. Hemos recibido tu "
            "solicitud y la revisaremos con atención."
        ],
        "fr": [
            "Nous avons bien reçu votre candidature au poste de {role} chez {company} et "
            "nous vous remercions de l'intérêt que vous portez à notre entreprise."
        ],
    },
    "interview": {
        "en": [
            "Thanks for your interest in the {role} role at {company}. We'd love to invite "
            "you to a 45-minute video interview with our hiring manager on {when}. "
            "Please confirm that this time works for you."
        ],
        "de": [
            "wir möchten Sie gerne zu einem Vorstellungsgespräch für die Position {role} "
            "einladen: {when}. Bitte bestätigen Sie den Termin."
        ],
        "es": [
            "Nos gustaría invitarte a una entrevista para el puesto de {role} el {when}. "
            "Por favor, confirma tu disponibilidad."
        ],
        "fr": [
            "Nous souhaitons vous inviter à un entretien pour le poste de {role} le {when}. "
            "Merci de nous confirmer votre disponibilité."
        ],
    },
    "rejection": {
        "en": [
            "Thank you for your interest in the {role} position at {company} and for the "
            "time you invested. Unfortunately, we have decided to move forward with other "
            "candidates whose experience more closely matches our needs. We wish you the "
            "best in your search."
        ],
        "de": [
            "vielen Dank für Ihr Interesse an der Position {role}. Leider müssen wir Ihnen "
            "mitteilen, dass wir uns für andere Kandidaten entschieden haben."
        ],
        "es": [
            "Gracias por tu interés en el puesto de {role}. Lamentablemente, hemos decidido "
            "continuar con otros candidatos cuyo perfil se ajusta más a lo que buscamos."
        ],
        "fr": [
            "Nous vous remercions pour votre candidature au poste de {role}. Malheureusement, "
            "nous ne pouvons pas donner une suite favorable à votre candidature."
        ],
    },
    "assessment": {
        "en": [
            "As the next step for the {role} position, we'd like you to complete a coding "
            "challenge on HackerRank. The assessment takes about 90 minutes; please "
            "complete it within 5 days."
        ],
        "de": [
            "als nächsten Schritt für die Position {role} bitten wir Sie, eine "
            "Programmieraufgabe zu lösen. Sie haben dafür 5 Tage Zeit."
        ],
        "es": [
            "Como siguiente paso para el puesto de {role}, te pedimos que completes una "
            "prueba técnica en los próximos 5 días."
        ],
        "fr": [
            "Pour la suite du processus pour le poste de {role}, nous vous invitons à "
            "réaliser un test technique dans les 5 prochains jours."
        ],
    },
    "offer": {
        "en": [
            "I'm delighted to let you know that we would like to offer you the {role} "
            "position at {company}! Please find your offer letter attached. We'd "
            "appreciate your decision by the end of next week."
        ],
        "de": [
            "wir freuen uns, Ihnen die Stelle als {role} anbieten zu können! Ihr "
            "Vertragsangebot finden Sie im Anhang."
        ],
        "es": [
            "¡Nos complace ofrecerte el puesto de {role} en {company}! Adjuntamos la "
            "carta de oferta."
        ],
        "fr": [
            "Nous avons le plaisir de vous proposer le poste de {role} chez {company} ! "
            "Vous trouverez la proposition d'embauche en pièce jointe."
        ],
    },
    "other": {
        "en": [
            "Just a quick update on the {role} position: the team is still reviewing "
            "candidates and we expect to have news for you by Friday. Thanks for your "
            "patience."
        ],
        "de": [
            "kurzes Update zur Position {role}: Wir sind noch im Auswahlprozess und melden "
            "uns bis Ende nächster Woche."
        ],
        "es": [
            "Una breve actualización sobre el puesto de {role}: seguimos revisando "
            "candidaturas y te escribiremos la próxima semana."
        ],
        "fr": [
            "Petite mise à jour concernant le poste de {role} : nous étudions encore les "
            "candidatures et reviendrons vers vous d'ici la fin de la semaine prochaine."
        ],
    },
}
_SUBJECTS = {
    "application_received": [
        "Thank you for applying to {company}",
        "Your application to {company}",
        "{company} | Application received: {role}",
    ],
    "interview": [
        "Interview invitation: {role} at {company}",
        "Next steps with {company}",
        "{company} interview — {role}",
    ],
    "rejection": [
        "Your application to {company}",
        "Update on your {company} application",
        "{role} at {company}",
    ],
    "assessment": ["{company} coding challenge", "Next step: online assessment for {role}"],
    "offer": ["Offer letter — {role} at {company}", "Great news from {company}!"],
    "other": ["Update on your application", "{role} — status update"],
}
_GREETING = {"en": "Hi Alex,", "de": "Hallo Alex,", "es": "Hola Alex:", "fr": "Bonjour Alex,"}
_SIGN = {"en": "Best regards", "de": "Viele Grüße", "es": "Un saludo", "fr": "Cordialement"}


def _job_message(
    rng: random.Random,
    app: _App,
    kind: str,
    date: datetime,
    ids: _Ids,
    parent: tuple[str, str] | None,
) -> tuple[bytes, str, str]:
    """(raw, message-id, subject) of one employer message of ``kind``."""
    when_dt, when = _when(rng, date)
    body = rng.choice(_TEXTS[kind][app.lang]).format(role=app.role, company=app.company, when=when)
    subject = rng.choice(_SUBJECTS[kind]).format(role=app.role, company=app.company)
    human = kind in ("interview", "offer", "other") or rng.random() < 0.3
    if human:
        sender: tuple[str | None, str] = app.recruiter
        sign = f"{_SIGN[app.lang]},\n{app.recruiter[0]}\nTalent Partner, {app.company}"
    else:
        sender = (app.ats[1], app.ats[0])
        sign = f"{_SIGN[app.lang]},\nThe {app.company} Recruiting Team"
    text = f"{_GREETING[app.lang]}\n\n{body}\n\n{sign}\n"
    msgid = ids.new(app.domain if human else app.ats[0].split("@")[1])
    extra: list[tuple[str, str]] = []
    if parent is not None:
        extra = [("In-Reply-To", parent[0]), ("References", parent[0])]
        subject = "Re: " + parent[1]
    ics = None
    if kind == "interview" and rng.random() < 0.3:
        start = when_dt.astimezone(UTC)
        ics = (
            "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\n"
            "METHOD:REQUEST\nBEGIN:VEVENT\n"
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}\nDTEND:{start + timedelta(minutes=45):%Y%m%dT%H%M%SZ}\n"
            f"UID:{rng.getrandbits(64):x}@{app.domain}\nSUMMARY:Interview: {app.role}\n"
            f"ORGANIZER;CN={app.recruiter[0]}:mailto:{app.recruiter[1]}\n"
            f"ATTENDEE;CN={ME_NAME}:mailto:{ME_EMAIL}\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n"
        )
    html: str | None = None
    plain: str | None = text
    if not human or rng.random() < 0.5:
        paras = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        html = _html_page(
            rng,
            brand=app.company,
            preheader=subject,
            blocks=[paras],
            footer=f"{app.company} · Careers · Privacy policy",
            pixel_domain=(app.ats[0].split("@")[1] if not human else app.domain),
        )
        if not human and rng.random() < 0.7:
            plain = None
    raw = _message(
        sender=sender,
        to=(ME_NAME, ME_EMAIL),
        subject=subject,
        date=date,
        msgid=msgid,
        text=plain,
        html=html,
        extra_headers=extra,
        ics=ics,
        rng=rng,
        charset="iso-8859-1" if app.lang != "en" and rng.random() < 0.3 else "utf-8",
    )
    return raw, msgid, subject


def _own_reply(
    rng: random.Random, app: _App, parent: tuple[str, str], date: datetime, ids: _Ids
) -> bytes:
    body = rng.choice(
        [
            "Thank you so much, that time works well for me. Looking forward to it!",
            "Thanks for the update, I appreciate you letting me know.",
            "Thank you for taking the time to speak with me today. I enjoyed learning about the team.",
        ]
    )
    text = f"Hi {app.recruiter[0].split()[0]},\n\n{body}\n\nBest,\nAlex\n"
    return _message(
        sender=(ME_NAME, ME_EMAIL),
        to=app.recruiter,
        subject="Re: " + parent[1],
        date=date,
        msgid=ids.new("example.com"),
        text=text,
        html=None,
        rng=rng,
        extra_headers=[("In-Reply-To", parent[0]), ("References", parent[0])],
    )


_STORIES = [
    ["application_received", "rejection"],
    ["application_received", "interview", "rejection"],
    ["application_received", "assessment", "interview", "offer"],
    ["application_received", "other", "interview"],
    ["interview", "assessment", "rejection"],
    ["application_received"],
    ["application_received", "interview", "other", "offer"],
]


def _msgid_of(raw: bytes) -> str:
    for line in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
        if line.lower().startswith(b"message-id: "):
            return line[12:].decode().strip()
    return ""


#: Terse replies a person sends inside a thread that already says what it is about.
_TERSE = [
    "Perfect, talk then.",
    "Thursday at 4 works. I'll send an invite.",
    "Great, thanks Alex. Speak soon.",
    "Got it, thanks! Will circle back by Friday.",
    "Sounds good - see you Tuesday.",
]


def _terse_reply(
    rng: random.Random, app: _App, parent: tuple[str, str], date: datetime, ids: _Ids
) -> bytes:
    """A recruiter's one-line answer in the thread (Primary tab, no hiring words)."""
    first = app.recruiter[0].split()[0]
    return _message(
        sender=app.recruiter,
        to=(ME_NAME, ME_EMAIL),
        subject="Re: " + parent[1],
        date=date,
        msgid=ids.new(app.domain),
        text=f"{rng.choice(_TERSE)}\n\n{first}\n\nSent from my iPhone\n",
        html=None,
        rng=rng,
        extra_headers=[("In-Reply-To", parent[0]), ("References", parent[0])],
    )


def _candidate_first(
    rng: random.Random, app: _App, date: datetime, ids: _Ids
) -> Iterator[SyntheticMessage]:
    """A thread the candidate starts: an application mailed to a hiring manager, answered
    in a few words (the recruiter's mail alone carries no hiring phrase)."""
    subject = rng.choice(["{company} - {role}", "Referred by Sam Lee", "Hello from Alex Rivera"])
    subject = subject.format(role=app.role, company=app.company)
    first = app.recruiter[0].split()[0]
    raw = _message(
        sender=(ME_NAME, ME_EMAIL),
        to=app.recruiter,
        subject=subject,
        date=date,
        msgid=ids.new("example.com"),
        text=f"Hi {first},\n\nI'd like to apply for the {app.role} role at {app.company}; "
        "my CV is attached. I'd love to talk about the team.\n\nBest,\nAlex\n",
        html=None,
        rng=rng,
    )
    yield SyntheticMessage(raw=raw, is_job=True, folder="sent", kind="other")
    parent = (_msgid_of(raw), subject)
    date += timedelta(hours=rng.uniform(3, 48))
    _, when = _when(rng, date)
    raw = _message(
        sender=app.recruiter,
        to=(ME_NAME, ME_EMAIL),
        subject="Re: " + subject,
        date=date,
        msgid=ids.new(app.domain),
        text=f"Thanks Alex - could you do a call {when}?\n\n{first}\n",
        html=None,
        rng=rng,
        extra_headers=[("In-Reply-To", parent[0]), ("References", parent[0])],
    )
    yield SyntheticMessage(raw=raw, is_job=True, folder="inbox", kind="interview")
    date += timedelta(hours=rng.uniform(1, 20))
    yield SyntheticMessage(
        raw=_terse_reply(rng, app, parent, date, ids), is_job=True, folder="inbox", kind="other"
    )


def _job_threads(
    rng: random.Random, n: int, end: datetime, ids: _Ids, *, realistic: bool = False
) -> Iterator[SyntheticMessage]:
    made = 0
    while made < n:
        app = _new_app(rng)
        if realistic and rng.random() < 0.15:
            t = end - timedelta(days=rng.uniform(5, SPAN_DAYS))
            for m in _candidate_first(rng, app, t, ids):
                if made >= n:
                    return
                yield m
                made += 1
            continue
        story = rng.choice(_STORIES)
        t = end - timedelta(days=rng.uniform(5, SPAN_DAYS), minutes=rng.randint(0, 600))
        parent: tuple[str, str] | None = None
        for kind in story:
            if made >= n:
                return
            reply_in_thread = (
                parent is not None
                and kind in ("interview", "other", "offer")
                and rng.random() < 0.6
            )
            raw, msgid, subject = _job_message(
                rng, app, kind, t, ids, parent if reply_in_thread else None
            )
            yield SyntheticMessage(raw=raw, is_job=True, folder="inbox", kind=kind)
            made += 1
            parent = (msgid, subject.removeprefix("Re: "))
            if kind in ("interview", "other") and made < n and rng.random() < 0.5:
                t2 = t + timedelta(hours=rng.uniform(1, 20))
                own = _own_reply(rng, app, parent, t2, ids)
                yield SyntheticMessage(raw=own, is_job=True, folder="sent", kind="other")
                made += 1
                if realistic and made < n and rng.random() < 0.6:
                    t3 = t2 + timedelta(hours=rng.uniform(1, 6))
                    yield SyntheticMessage(
                        raw=_terse_reply(rng, app, (_msgid_of(own), parent[1]), t3, ids),
                        is_job=True,
                        folder="inbox",
                        kind="other",
                    )
                    made += 1
            t += timedelta(days=rng.uniform(2, 12), minutes=rng.randint(0, 300))
            if t > end:
                t = end - timedelta(minutes=rng.randint(1, 600))


# --------------------------------------------------------------------------- entry point


#: The two mailboxes: "realistic" (unrelated mail as a real inbox has it, recruiters who
#: answer in a line, threads the candidate starts) and "classic" (the first, kinder mix).
MAILBOXES = ("realistic", "classic")


def generate(
    n: int = 10_000,
    *,
    job_ratio: float = 0.05,
    seed: int = 0,
    end: datetime | None = None,
    mailbox: str = "realistic",
) -> list[SyntheticMessage]:
    """``n`` messages, about ``job_ratio`` of them job mail, sorted by Date, deterministic.

    Dates spread over the ``SPAN_DAYS`` (150) days before ``end`` (default ``DEFAULT_END``).
    A few unrelated messages are the candidate's own sent mail (``folder="sent"``).
    ``mailbox`` is one of :data:`MAILBOXES`.
    """
    if mailbox not in MAILBOXES:
        raise ValueError(f"mailbox must be one of {MAILBOXES}, not {mailbox!r}")
    realistic = mailbox == "realistic"
    end = end or DEFAULT_END
    if end.tzinfo is None:
        end = end.replace(tzinfo=UTC)
    rng = random.Random(seed)
    ids = _Ids(rng)
    n_job = round(n * job_ratio)
    out: list[SyntheticMessage] = list(_job_threads(rng, n_job, end, ids, realistic=realistic))
    mix = REAL_INBOX if realistic else UNRELATED
    makers = [m for m, _ in mix]
    weights = [w for _, w in mix]
    for _ in range(n - len(out)):
        date = end - timedelta(seconds=rng.uniform(0, SPAN_DAYS * 86400))
        date = date.replace(microsecond=0)
        if rng.random() < 0.02:
            name, email = rng.choice(FRIENDS)
            raw = _message(
                sender=(ME_NAME, ME_EMAIL),
                to=(name, email),
                subject=rng.choice(["lunch?", "Re: photos", "that article"]),
                date=date,
                msgid=ids.new("example.com"),
                text="Sounds good, see you then!\n\nAlex\n",
                html=None,
                rng=rng,
            )
            out.append(SyntheticMessage(raw=raw, is_job=False, folder="sent", kind="other"))
            continue
        maker = rng.choices(makers, weights)[0]
        out.append(
            SyntheticMessage(raw=maker(rng, date, ids), is_job=False, folder="inbox", kind="other")
        )
    return sorted(out, key=_date_key)


def _date_key(m: SyntheticMessage) -> datetime:
    from email.utils import parsedate_to_datetime

    head = m.raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        if line.startswith(b"Date: "):
            return parsedate_to_datetime(line[6:].decode())
    return DEFAULT_END


def _write(outdir: Path, n: int) -> None:
    msgs = generate(n)
    with (outdir / "index.jsonl").open("w") as index:
        for i, m in enumerate(msgs):
            folder = outdir / m.folder
            folder.mkdir(parents=True, exist_ok=True)
            name = f"{i:05d}.eml"
            (folder / name).write_bytes(m.raw)
            index.write(
                json.dumps({"file": f"{m.folder}/{name}", "is_job": m.is_job, "kind": m.kind})
                + "\n"
            )


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("usage: python -m benchmarks.synthetic_mailbox OUTDIR [N]", file=sys.stderr)
        raise SystemExit(2)
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    _write(out, int(sys.argv[2]) if len(sys.argv) > 2 else 10_000)
