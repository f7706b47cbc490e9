"""``run --once --now T`` replaces the clock for the whole pass, on every backend.

The same small scenario (an interview at 10:00 on T's day, a rejection from another company
at 11:00, noise) is dated around a ``--now`` far from the real date, a year before and
ten months after it, and run through the real CLI in a subprocess against Gmail (the test
server), IMAP (a real Dovecot), a Maildir and an mbox, with the default first-scan window
(``mailbox.window``: 120 days). Both drafts must be made, in the right threads, dated at T.
A window computed from the real clock would see none of the mail a year back.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests import gmail_fixtures
from tests.dovecot import DovecotServer, new_user
from tests.gmail_fixtures import write_saved_token
from tests.gmail_server import GmailTestServer
from tests.mailfactory import interview_and_rejection, promotion, run_once_cli

gmail_server = gmail_fixtures.gmail_server

TZ = ZoneInfo("America/New_York")
ROOT = Path(__file__).resolve().parent.parent
REAL_TODAY = datetime.now(TZ)

NOWS = {
    "a year back": datetime(2025, 11, 12, 16, 0, tzinfo=TZ),
    "ten months ahead": datetime(2027, 10, 13, 16, 0, tzinfo=TZ),
}
WANTED = {
    ("Re: Interview invitation: Backend Engineer at Acme", "<inv@acme-robotics.com>"),
    ("Re: Your application to Globex", "<rej@globex.com>"),
}

COMMON = (
    "timezone: America/New_York\n"
    "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
    "mailbox:\n"
)


def scenario(now: datetime) -> list[tuple[datetime, bytes]]:
    """(date, raw) of an interview at 10:00 on now's day, a rejection at 11:00, and noise."""
    day = now.replace(hour=10, minute=0)
    invite, rejection = interview_and_rejection(TZ, interview_at=day, id_suffix="")
    out = [(day - timedelta(days=2), invite), (day + timedelta(hours=1), rejection)]
    for i in range(3):
        when = day - timedelta(days=1, minutes=i)
        out.append((when, promotion(i, when)))
    return out


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_AGENT")}
    env["PYTHONPATH"] = str(ROOT)
    return env


def _run(config: Path, now: datetime, tmp: Path) -> None:
    assert abs(now - REAL_TODAY) >= timedelta(days=300)  # far from the real clock
    proc = run_once_cli(config, now, env=_env(), cwd=tmp)
    assert proc.returncode == 0, proc.stderr
    assert "drafts created: 2" in proc.stdout, proc.stdout


def _check(drafts: list[bytes], now: datetime) -> None:
    """Both replies, in their threads, dated at the pass's clock (not the real one)."""
    got = set()
    for raw in drafts:
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        got.add((str(msg["Subject"]), str(msg["In-Reply-To"])))
        assert parsedate_to_datetime(str(msg["Date"])) == now
    assert got == WANTED


def _maildir_drafts(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted((folder / "cur").iterdir())]


def _config(tmp: Path, mailbox_yaml: str) -> Path:
    path = tmp / "config.yaml"
    path.write_text(COMMON + mailbox_yaml + f"store: {{path: '{tmp / 'state.db'}'}}\n")
    return path


@pytest.fixture(params=list(NOWS), ids=list(NOWS))
def now(request: pytest.FixtureRequest) -> datetime:
    return NOWS[request.param]


def test_maildir_at_a_far_now(tmp_path: Path, now: datetime) -> None:
    root = tmp_path / "Mail"
    mailbox.Maildir(root, create=True)
    for n, (date, raw) in enumerate(scenario(now)):
        # named at delivery, as every Maildir writer does: a replayed mailbox's mail
        # arrived when it was dated, not when the test wrote it
        (root / "new" / f"{int(date.timestamp())}.M{n}P1.testhost").write_bytes(raw)
    config = _config(tmp_path, f"  backend: maildir\n  maildir: {{path: '{root}'}}\n")
    _run(config, now, tmp_path)
    _check(_maildir_drafts(root / ".Drafts"), now)


def test_mbox_at_a_far_now(tmp_path: Path, now: datetime) -> None:
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(path)
    for _, raw in scenario(now):
        box.add(mailbox.mboxMessage(raw))
    box.close()
    drafts = tmp_path / "drafts"
    config = _config(
        tmp_path,
        f"  backend: mbox\n  mbox: {{path: '{path}', drafts_maildir: '{drafts}'}}\n",
    )
    _run(config, now, tmp_path)
    _check(_maildir_drafts(drafts), now)


def test_gmail_at_a_far_now(tmp_path: Path, now: datetime, gmail_server: GmailTestServer) -> None:
    for _, raw in scenario(now):
        gmail_server.add_message(raw)  # internalDate: the message's Date
    token = write_saved_token(tmp_path / "token.json")
    config = _config(
        tmp_path,
        f"  backend: gmail\n  gmail: {{api_endpoint: '{gmail_server.url}', "
        f"token_file: '{token}'}}\n",
    )
    _run(config, now, tmp_path)
    _check([d.raw for d in gmail_server.drafts()], now)
    assert gmail_server.send_attempts == []


def test_imap_at_a_far_now(
    tmp_path: Path, now: datetime, dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = new_user(dovecot, monkeypatch)
    for when, raw in scenario(now):
        dovecot.deliver(user, raw, when=when, flags="S")  # INTERNALDATE: the message's date
    config = _config(
        tmp_path,
        "  backend: imap\n  imap:\n    host: 127.0.0.1\n"
        f"    port: {dovecot.port}\n    security: none\n    username: {user}\n"
        "    password_env: FOLLOWUP_TEST_IMAP_PASSWORD\n",
    )
    _run(config, now, tmp_path)
    client = dovecot.client(user)
    try:
        client.select_folder("Drafts", readonly=True)
        fetched = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"])
        _check([item[b"BODY[]"] for item in fetched.values()], now)
    finally:
        client.logout()
