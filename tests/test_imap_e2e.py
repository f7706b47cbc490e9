"""End to end against Dovecot: the real pipeline (``run_once`` and ``run --once``).

The interview and the rejection are found, the right reply drafts are appended to Drafts
with ``\\Draft``, twice in a row without duplicates; every original message keeps its
flags (no ``\\Seen`` added) and its bytes; a deleted draft is never made again, a sent one
is recorded as sent; a wrong password is one clear line from the CLI.
"""

from __future__ import annotations

import email
import email.policy
import os
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.config import Config, load_config_text
from agent.mail import open_mailbox
from agent.models import FollowUpStatus
from agent.pipeline import RunSummary, run_once
from agent.store import Store
from tests.dovecot import DovecotServer, new_user
from tests.mailfactory import interview_and_rejection, promotion, run_once_cli

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 4, 16, 0, tzinfo=TZ)
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def user(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> str:
    name = new_user(dovecot, monkeypatch)
    _seed(dovecot, name)
    return name


def _seed(server: DovecotServer, user: str) -> None:
    """An interview this morning (thank-you due), a rejection today (reply due), noise."""
    invite, rejection = interview_and_rejection(TZ)
    server.deliver(user, invite, when=datetime(2026, 3, 2, 10, 0, tzinfo=TZ), flags="S")
    server.deliver(user, rejection, when=datetime(2026, 3, 4, 11, 0, tzinfo=TZ))  # unread
    for i in range(6):
        when = datetime(2026, 3, 3, 9, i, tzinfo=TZ)
        server.deliver(user, promotion(i, when), when=when, flags="S" if i % 2 else "F")


def _config_text(server: DovecotServer, user: str, tmp: Path) -> str:
    return (
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n"
        "  backend: imap\n"
        "  window: 3650d\n"
        "  imap:\n"
        "    host: 127.0.0.1\n"
        f"    port: {server.port}\n"
        "    security: none\n"
        f"    username: {user}\n"
        "    password_env: FOLLOWUP_TEST_IMAP_PASSWORD\n"
        f"store: {{path: '{tmp / 'state.db'}'}}\n"
    )


def _config(server: DovecotServer, user: str, tmp: Path) -> Config:
    return load_config_text(_config_text(server, user, tmp))


def _run(cfg: Config, now: datetime) -> RunSummary:
    with open_mailbox(cfg, now=now) as box, Store.open(cfg.store.path) as store:
        return run_once(cfg, store, box, now=now)


def _drafts(server: DovecotServer, user: str) -> list[tuple[str, str, str, str, tuple[bytes, ...]]]:
    c = server.client(user)
    try:
        c.select_folder("Drafts", readonly=True)
        uids = c.search(["ALL"])
        out = []
        for item in c.fetch(uids, ["FLAGS", "BODY.PEEK[]"]).values():
            m = email.message_from_bytes(item[b"BODY[]"], policy=email.policy.default)
            flags = tuple(sorted(f for f in item[b"FLAGS"] if f != b"\\Recent"))
            out.append(
                (
                    str(m["Subject"]),
                    str(m["To"]),
                    str(m["In-Reply-To"]),
                    str(m["Message-ID"]),
                    flags,
                )
            )
        return sorted(out)
    finally:
        c.logout()


def _originals_untouched(
    before: dict[str, tuple[str, bytes]], after: dict[str, tuple[str, bytes]]
) -> None:
    for key, value in before.items():
        assert after.get(key) == value, f"{key}: flags or bytes changed"


def test_run_once_twice_appends_the_right_drafts_once(
    dovecot: DovecotServer, user: str, tmp_path: Path
) -> None:
    cfg = _config(dovecot, user, tmp_path)
    before = dovecot.snapshot(user)
    first = _run(cfg, NOW)
    assert first.errors == [] and first.drafts_created == 2, first
    drafts = _drafts(dovecot, user)
    assert [d[:3] for d in drafts] == [
        (
            "Re: Interview invitation: Backend Engineer at Acme",
            "Jane Smith <jane.smith@acme-robotics.com>",
            "<inv-1@acme-robotics.com>",
        ),
        ("Re: Your application to Globex", "Tom Kim <tom.kim@globex.com>", "<rej-1@globex.com>"),
    ]
    assert all(d[4] == (b"\\Draft", b"\\Seen") for d in drafts)
    second = _run(cfg, NOW + timedelta(minutes=5))
    assert second.errors == [] and second.drafts_created == 0 and second.new_messages == 0
    _run(cfg, NOW + timedelta(hours=1))
    assert _drafts(dovecot, user) == drafts
    _originals_untouched(before, dovecot.snapshot(user))


def test_deleted_draft_is_not_recreated_and_sent_draft_is_recorded(
    dovecot: DovecotServer, user: str, tmp_path: Path
) -> None:
    cfg = _config(dovecot, user, tmp_path)
    _run(cfg, NOW)
    c = dovecot.client(user)
    c.select_folder("Drafts")
    acme = c.search(["HEADER", "In-Reply-To", "<inv-1@acme-robotics.com>"])
    globex = c.search(["HEADER", "In-Reply-To", "<rej-1@globex.com>"])
    sent_raw = c.fetch(acme, ["BODY.PEEK[]"])[acme[0]][b"BODY[]"]
    c.delete_messages(acme + globex)  # the user sends the thank-you, discards the other
    c.expunge()
    c.append("Sent", sent_raw, flags=(b"\\Seen",))
    c.logout()
    for hours in (1, 2, 30):
        summary = _run(cfg, NOW + timedelta(hours=hours))
        assert summary.drafts_created == 0 and summary.errors == []
    assert _drafts(dovecot, user) == []
    with Store.open(cfg.store.path) as store:
        statuses = {r.kind: r.status for r in store.followups(f"imap:{user}")}
    assert statuses["thank_you"] is FollowUpStatus.SENT
    assert statuses["rejection_reply"] is FollowUpStatus.DISCARDED


def _cli(
    config: Path, now: datetime, env: dict[str, str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    return run_once_cli(config, now, env=env, cwd=cwd)


def test_cli_run_once_twice(dovecot: DovecotServer, user: str, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(_config_text(dovecot, user, tmp_path))
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_AGENT")}
    env["PYTHONPATH"] = str(ROOT)
    before = dovecot.snapshot(user)
    for now in (NOW, NOW + timedelta(minutes=10)):
        proc = _cli(config, now, env, tmp_path)
        assert proc.returncode == 0, proc.stderr
    drafts = _drafts(dovecot, user)
    assert len(drafts) == 2 and len({d[3] for d in drafts}) == 2
    assert {d[2] for d in drafts} == {"<inv-1@acme-robotics.com>", "<rej-1@globex.com>"}
    _originals_untouched(before, dovecot.snapshot(user))


def test_cli_wrong_password_is_one_line(dovecot: DovecotServer, user: str, tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(_config_text(dovecot, user, tmp_path))
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_AGENT")}
    env["PYTHONPATH"] = str(ROOT)
    env["FOLLOWUP_TEST_IMAP_PASSWORD"] = "wrong"
    proc = _cli(config, NOW, env, tmp_path)
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert user in lines[0] and "127.0.0.1" in lines[0] and "refused the login" in lines[0]
    assert "Traceback" not in proc.stderr
