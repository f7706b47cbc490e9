"""A realistic sample mailbox for ``followup-agent demo``: a dozen applications in every stage.

The messages are .eml files in ``agent/data/sample_mailbox`` (listed, in order, with when
each was sent, its folder and the message it answers, in ``mailbox.toml``). Their dates
are relative to ``now`` so the demo shows due drafts, scheduled follow-ups, a stale
(missed) moment and quiet applications whatever the day: :func:`moments` names the days
that depend on the calendar (a recent business day, three business days back), and a file
says ``{{northwind_interview -5d +2h|say}}`` where it means such a moment. Domains use
the reserved ``.example`` top-level domain; people and companies are invented.

``write_sample(root, now=...)`` writes a Maildir++ tree (inbox at ``root``, ``.Sent``,
``.Drafts``) and returns what it wrote, for tests.
"""

from __future__ import annotations

import mailbox
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from email.utils import format_datetime, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

from agent.followup.days import is_business_day

__all__ = ["ME", "ME_ADDR", "ME_NAME", "Sample", "SampleMail", "build_sample", "write_sample"]

ME_NAME = "Alex Rivera"
ME_ADDR = "alex.rivera@example.com"
ME = f"{ME_NAME} <{ME_ADDR}>"

SAMPLE_DIR = Path(__file__).resolve().parent / "data" / "sample_mailbox"


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


def moments(now: datetime) -> dict[str, datetime]:
    """The named moments the sample's files are dated from (aware, in ``now``'s zone)."""
    tz = now.tzinfo if isinstance(now.tzinfo, ZoneInfo) else ZoneInfo("UTC")
    today = now.astimezone(tz).date()

    def at(d: date, hh: int, mm: int = 0) -> datetime:
        return datetime.combine(d, time(hh, mm), tzinfo=tz)

    def recent_business_day(hh: int) -> date | None:
        """The latest business day whose ``hh`` o'clock has passed within the last 40
        hours: a moment due then is "due" on a first run (not older than ``stale_after``)
        whatever the weekday the demo runs on; None on e.g. a Monday morning."""
        d = today
        for _ in range(3):
            moment = at(d, hh)
            if is_business_day(d) and moment <= now - timedelta(minutes=5):
                return d if now - moment <= timedelta(hours=40) else None
            d -= timedelta(days=1)
        return None

    # Northwind: a morning interview whose thank-you is due now; Globex: the promised
    # decision date passed three business days before a check-in due now
    check_day = recent_business_day(9) or _weekday_on_or_after(today + timedelta(days=1))
    globex_decision = _bd_back(check_day, 3)
    pied_piper_rejection = now - timedelta(days=182)
    return {
        "now": now,
        "northwind_interview": at(recent_business_day(14) or today, 10),
        "globex_interview": at(_bd_back(globex_decision, 4), 14),
        "globex_decision": at(globex_decision, 0),
        "initech_interview": at(_bd_back(today, 8), 11),
        "umbrella_interview": at(_bd_back(today, 3), 15),
        "umbrella_follow_up": at(_weekday_on_or_after(today + timedelta(days=6)), 0),
        "soylent_interview": at(_weekday_on_or_after(today + timedelta(days=3)), 15, 30),
        "cyberdyne_first_slot": at(_weekday_on_or_after(today + timedelta(days=2)), 10),
        "cyberdyne_new_slot": at(_weekday_on_or_after(today + timedelta(days=4)), 11),
        "massive_dynamic_interview": at(_weekday_on_or_after(today + timedelta(days=2)), 13),
        "vandelay_interview": at(_bd_back(today, 6), 10, 30),
        "vandelay_decision": at(_bd_back(today, 2), 0),
        "pied_piper_rejection": pied_piper_rejection,
        "pied_piper_interview": at(pied_piper_rejection.date() - timedelta(days=7), 10),
        "tyrell_interview": at(_weekday_on_or_before(today - timedelta(days=3)), 11),
    }


# "northwind_interview -5d +2h": a named moment, then offsets in days, hours, minutes
_OFFSET = re.compile(r"\s*([+-])\s*(\d+)([dhm])")
_UNITS = {"d": "days", "h": "hours", "m": "minutes"}
# {{moment offsets|format}} inside a file
_PLACEHOLDER = re.compile(r"\{\{\s*([^}|]+?)\s*\|\s*(say|clock|ics)\s*\}\}")


def _moment(expr: str, named: dict[str, datetime]) -> datetime:
    name, _, offsets = expr.strip().partition(" ")
    when = named[name]
    pos = 0
    for m in _OFFSET.finditer(offsets):
        if m.start() != pos:
            break
        step = timedelta(**{_UNITS[m.group(3)]: int(m.group(2))})
        when = when + step if m.group(1) == "+" else when - step
        pos = m.end()
    if offsets[pos:].strip():
        raise ValueError(f"sample mailbox: cannot read the moment {expr!r}")
    return when


def _written(when: datetime, how: str) -> str:
    """A moment as the mail writes it."""
    if how == "say":  # "Tuesday, March 10, 2026": how recruiters write dates
        return f"{when.strftime('%A, %B')} {when.day}, {when.year}"
    if how == "clock":  # "10:00 AM"
        h = when.hour % 12 or 12
        return f"{h}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"
    return when.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")  # iCalendar UTC


def _fill(template: str, named: dict[str, datetime]) -> str:
    return _PLACEHOLDER.sub(lambda m: _written(_moment(m.group(1), named), m.group(2)), template)


def _with_headers(text: str, headers: list[tuple[str, str]]) -> str:
    """``text`` (a message) with ``headers`` added after its Subject line."""
    head, sep, body = text.partition("\n\n")
    lines = head.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith("Subject:")) + 1
    lines[at:at] = [f"{name}: {value}" for name, value in headers]
    return "\n".join(lines) + sep + body


def build_sample(now: datetime) -> Sample:
    """The sample's messages, dated relative to ``now`` (aware; its zone is the user's)."""
    listing = tomllib.loads((SAMPLE_DIR / "mailbox.toml").read_text(encoding="utf-8"))
    named = moments(now)
    sample = Sample(
        now=now,
        expect_due=set(listing["expect_due"]),
        expect_scheduled=set(listing["expect_scheduled"]),
    )
    by_file: dict[str, tuple[SampleMail, str]] = {}  # file -> (mail, its References)
    for n, entry in enumerate(listing["mail"], start=1):
        when = _moment(entry["when"], named)
        text = _fill((SAMPLE_DIR / entry["file"]).read_text(encoding="utf-8"), named)
        sender = re.search(r"^From: (.*)$", text, re.M)
        subject = re.search(r"^Subject: (.*)$", text, re.M)
        assert sender is not None and subject is not None, entry["file"]
        domain = parseaddr(sender.group(1))[1].rpartition("@")[2]
        mid = f"<{when:%Y%m%d%H%M}.{n:03d}.sample@{domain}>"
        headers = [("Date", format_datetime(when)), ("Message-ID", mid)]
        refs = ""
        if "reply_to" in entry:
            parent, parent_refs = by_file[entry["reply_to"]]
            refs = f"{parent_refs} {parent.message_id}".strip()
            headers += [("In-Reply-To", parent.message_id), ("References", refs)]
        raw = _with_headers(text, headers).replace("\n", "\r\n").encode("utf-8")
        mail = SampleMail(entry.get("folder", "inbox"), raw, mid, subject.group(1))
        by_file[entry["file"]] = (mail, refs)
        sample.mails.append(mail)
        sample.dates.append(when)
    return sample


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
