"""Small realistic messages for backend tests, built as diffs from one base message."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, tzinfo
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path


def make_message(
    *,
    subject: str = "Interview invitation: Backend Engineer",
    sender: str = "Jane Doe <jane@acme.example>",
    to: str = "Alex Rivera <alex.rivera@example.com>",
    body: str = "Hi Alex,\n\nWe'd like to invite you to an interview on Tuesday at 10am.\n\nJane",
    date: datetime | None = None,
    message_id: str | None = None,
    in_reply_to: str | None = None,
) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id or make_msgid(domain="acme.example")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def interview_and_rejection(
    tz: tzinfo, *, interview_at: datetime | None = None, id_suffix: str = "-1"
) -> tuple[bytes, bytes]:
    """The end-to-end scenario every backend runs: an interview (by default on Wed 4 March
    2026 at 10:00, so a thank-you is due at 14:00), invited two days before, and a rejection
    from another company an hour after it. Message-IDs read ``<inv{id_suffix}@...>``."""
    day = interview_at or datetime(2026, 3, 4, 10, 0, tzinfo=tz)
    spoken = f"{day:%A, %B} {day.day}, {day.year} at {day:%I:%M %p} ET"
    invite = make_message(
        subject="Interview invitation: Backend Engineer at Acme",
        sender="Jane Smith <jane.smith@acme-robotics.com>",
        body=(
            "Hi Alex,\n\nThanks for applying to the Backend Engineer role at Acme Robotics. "
            "We'd like to invite you to a video interview with our hiring manager on "
            f"{spoken}. Please confirm this time works.\n\n"
            "Best,\nJane Smith\nRecruiter, Acme Robotics\n"
        ),
        date=day - timedelta(days=2),
        message_id=f"<inv{id_suffix}@acme-robotics.com>",
    )
    rejection = make_message(
        subject="Your application to Globex",
        sender="Tom Kim <tom.kim@globex.com>",
        body=(
            "Hi Alex,\n\nThank you for your interest in the Data Engineer position at Globex "
            "and for the time you invested. Unfortunately, we have decided to move forward "
            "with other candidates. We wish you the best in your search.\n\n"
            "Best regards,\nTom Kim\nTalent Partner, Globex\n"
        ),
        date=day + timedelta(hours=1),
        message_id=f"<rej{id_suffix}@globex.com>",
    )
    return invite, rejection


def promotion(i: int, when: datetime) -> bytes:
    """Shop newsletter number ``i``: noise no backend should draft for."""
    return make_message(
        subject=f"Exclusive offer {i}: 30% off",
        sender="Shop <news@shop.example>",
        body="Our best offer of the year. Unsubscribe any time.",
        date=when,
        message_id=f"<promo{i}@shop.example>",
    )


def run_once_cli(
    config: Path, now: datetime, *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`followup-agent --config CONFIG run --once --now NOW` in a fresh interpreter."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "--config",
            str(config),
            "run",
            "--once",
            "--now",
            now.isoformat(),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=cwd,
    )
