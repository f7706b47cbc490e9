"""A Date header in the future cannot hide a message: the arrival time is used instead.

Messages dated after ``now`` have "not arrived yet" for the rules, so a Date of 2100 would
hide an application until 2100. When the Date lies more than a day after the message
arrived (topmost Received header, or the backend's own arrival time), the arrival wins;
and a reason naming a day in another year says the year.
"""

from __future__ import annotations

import mailbox
import os
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from agent.config import load_config_text
from agent.followup.days import short_day
from agent.mail.maildir import MaildirMailbox
from agent.pipeline import run_once
from agent.store import Store
from agent.understand import understand

TZ = ZoneInfo("America/New_York")
ARRIVED = datetime(2026, 3, 2, 9, 0, tzinfo=TZ)


def _invite(date_header: str, *, received: str | None = None) -> bytes:
    head = []
    if received:
        head.append(f"Received: from mx.example.com by mail.example.com; {received}")
        head.append(  # a lower hop: written by the sender, never believed
            "Received: from evil by evil; Fri, 01 Jan 2100 00:00:00 +0000"
        )
    head += [
        "From: Jane Smith <jane.smith@acme-robotics.com>",
        "To: Alex Rivera <alex.rivera@example.com>",
        "Subject: Interview invitation: Backend Engineer at Acme",
        f"Date: {date_header}",
        "Message-ID: <future-1@acme-robotics.com>",
    ]
    body = (
        "Hi Alex,\n\nThank you for applying. We'd like to invite you to an interview for "
        "the Backend Engineer role on Wednesday, March 4, 2026 at 10:00 AM ET.\n\n"
        "Best,\nJane Smith\nRecruiter, Acme Robotics\n"
    )
    return ("\r\n".join(head) + "\r\n\r\n" + body).encode()


FAR = "Fri, 01 Jan 2100 09:00:00 -0500"


def test_a_date_far_after_the_received_header_is_replaced_by_it() -> None:
    f = understand(
        _invite(FAR, received="Mon, 02 Mar 2026 09:00:00 -0500"),
        me=["alex.rivera@example.com"],
        default_tz=TZ,
    )
    assert f.sent_at == ARRIVED
    assert f.kind == "interview"
    assert f.interview_at == datetime(2026, 3, 4, 10, 0, tzinfo=TZ)


def test_a_date_far_after_the_backends_arrival_is_replaced_by_it() -> None:
    f = understand(_invite(FAR), me=[], default_tz=TZ, arrived=ARRIVED)
    assert f.sent_at == ARRIVED


def test_clock_skew_of_less_than_a_day_is_kept() -> None:
    skewed = "Mon, 02 Mar 2026 20:00:00 -0500"
    f = understand(_invite(skewed), me=[], default_tz=TZ, arrived=ARRIVED)
    assert f.sent_at == datetime(2026, 3, 2, 20, 0, tzinfo=TZ)
    f = understand(_invite(FAR), me=[], default_tz=TZ)  # nothing to compare with: as written
    assert f.sent_at is not None and f.sent_at.year == 2100


def test_a_message_dated_2100_still_makes_its_application(tmp_path: Path) -> None:
    """Maildir, no Received header: the delivery time in the file name is the arrival."""
    root = tmp_path / "Mail"
    box = mailbox.Maildir(str(root), create=True)
    box.add_folder("Sent")
    key = box.add(_invite(FAR))
    delivered = int(ARRIVED.timestamp())
    src = next(p for p in (root / "new").iterdir() if p.name.startswith(key))
    os.rename(src, src.with_name(f"{delivered}.M1P1.host"))
    cfg = load_config_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        f"mailbox: {{backend: maildir, window: 3650d, maildir: {{path: '{root}'}}}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    now = datetime(2026, 3, 4, 16, 0, tzinfo=TZ)
    with (
        Store.open(cfg.store.path) as store,
        MaildirMailbox.from_settings(cfg.mailbox.maildir) as mb,
    ):
        summary = run_once(cfg, store, mb, now=now)
        apps = store.applications(mb.account)
    assert summary.understood == 1
    assert [a.company for a in apps] == ["Acme"]
    assert summary.drafts_created == 1  # the thank-you for this morning's interview


def test_reasons_show_the_year_when_it_is_not_the_current_one() -> None:
    assert short_day(date(2026, 3, 3), year=2026) == "Tue Mar 3"
    assert short_day(date(2100, 1, 1), year=2026) == "Fri Jan 1 2100"
    assert short_day(datetime(2025, 12, 30, 23, 0, tzinfo=UTC), TZ, year=2026) == (
        "Tue Dec 30 2025"
    )


def test_a_plan_reason_for_a_date_next_year_names_the_year(tmp_path: Path) -> None:
    from agent.config import Config
    from agent.followup.rules import plan
    from agent.followup.timeline import build_timeline
    from agent.models import Folder, StoredMessage

    raw = _invite("Mon, 28 Dec 2026 09:00:00 -0500").replace(
        b"on Wednesday, March 4, 2026 at 10:00 AM ET.",
        b"on Tuesday, December 29 at 10:00 AM ET. We will get back to you by January 8.",
    )
    f = understand(raw, me=["alex.rivera@example.com"], default_tz=TZ)
    assert f.respond_by == date(2027, 1, 8)
    cfg: Config = load_config_text(
        "timezone: America/New_York\nme: {name: Alex, addresses: [alex.rivera@example.com]}\n"
        "mailbox: {backend: maildir, maildir: {path: /nonexistent}}\n"
    )
    now = datetime(2026, 12, 29, 16, 0, tzinfo=TZ)
    msgs = [StoredMessage("m1", Folder.INBOX, None, f, first_seen=now)]
    tl = build_timeline(msgs, (), tz=cfg.tz, now=now, me=cfg.me.addresses)
    reasons = " ".join(d.reason for d in plan(tl, cfg.rules, cfg.me, now))
    assert "Jan 8 2027" in reasons or "Fri Jan 8 2027" in reasons, reasons
