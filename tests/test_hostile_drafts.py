"""No duplicate draft, whatever happens to the store or to where the mailbox lives.

Before creating a draft every backend looks for its deterministic Message-ID in Drafts
and in Sent; an application's identity (the store's account key) does not depend on the
mailbox's path. Each backend is the real one: a Maildir on disk, an mbox file with a
drafts Maildir, Dovecot over IMAP and the Gmail test server.
"""

from __future__ import annotations

import mailbox
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from agent.config import Config, load_config, load_config_text
from agent.demo_sample import ME_ADDR, write_sample
from agent.mail import open_mailbox
from agent.models import FollowUpStatus, Note
from agent.pipeline import RunSummary, run_once
from agent.store import Store
from tests import gmail_fixtures
from tests.dovecot import DovecotServer, new_user
from tests.gmail_fixtures import make_gmail_mailbox
from tests.gmail_server import GmailTestServer
from tests.mailfactory import interview_and_rejection

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 11, 10, 30, tzinfo=TZ)  # the demo sample's "now"
E2E_NOW = datetime(2026, 3, 4, 16, 0, tzinfo=TZ)  # interview_and_rejection's afternoon

gmail_server = gmail_fixtures.gmail_server


def _maildir_config(tmp: Path, maildir: Path) -> Config:
    path = tmp / "config.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "timezone": "America/New_York",
                "me": {"name": "Alex Rivera", "addresses": [ME_ADDR]},
                "mailbox": {"backend": "maildir", "maildir": {"path": str(maildir)}},
                "store": {"path": str(tmp / "state.db")},
            }
        )
    )
    return load_config(path)


def _run(cfg: Config, now: datetime = NOW) -> RunSummary:
    with Store.open(cfg.store.path) as store, open_mailbox(cfg, now=now) as box:
        return run_once(cfg, store, box, now=now)


def _maildir_drafts(folder: Path) -> list[str]:
    box = mailbox.Maildir(str(folder), create=False)
    return sorted(str(box.get_message(k)["Message-ID"]) for k in box.iterkeys())


def _forget_store(cfg: Config) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(cfg.store.path) + suffix).unlink(missing_ok=True)


def test_a_deleted_store_makes_no_second_draft_maildir(tmp_path: Path) -> None:
    maildir = tmp_path / "Mail"
    write_sample(maildir, now=NOW)
    cfg = _maildir_config(tmp_path, maildir)
    first = _run(cfg)
    drafts = _maildir_drafts(maildir / ".Drafts")
    assert first.drafts_created == 3 and len(drafts) == 3
    _forget_store(cfg)
    again = _run(cfg, NOW + timedelta(minutes=5))
    assert again.errors == [] and again.drafts_created == 0
    assert _maildir_drafts(maildir / ".Drafts") == drafts
    with Store.open(cfg.store.path) as store:
        drafted = store.followups("maildir", [FollowUpStatus.DRAFTED])
    assert sorted(r.draft_message_id or "" for r in drafted) == drafts


def test_a_draft_the_user_sent_is_not_made_again_after_the_store_is_lost(
    tmp_path: Path,
) -> None:
    maildir = tmp_path / "Mail"
    write_sample(maildir, now=NOW)
    cfg = _maildir_config(tmp_path, maildir)
    _run(cfg)
    drafts = mailbox.Maildir(str(maildir / ".Drafts"), create=False)
    sent = mailbox.Maildir(str(maildir / ".Sent"), create=False)
    key = next(iter(drafts.iterkeys()))
    mid = str(drafts.get_message(key)["Message-ID"])
    # the user sent it, edited so much (other subject, other address, no reply headers)
    # that only its Message-ID tells it is the agent's draft
    msg = drafts.get_message(key)
    for name in ("In-Reply-To", "References", "To", "Subject"):
        del msg[name]
    msg["To"] = "friend@elsewhere.example"
    msg["Subject"] = "a note"
    msg.set_flags("S")
    sent.add(msg)
    drafts.remove(key)
    _forget_store(cfg)
    again = _run(cfg, NOW + timedelta(minutes=5))
    assert again.drafts_created == 0, again
    assert mid not in _maildir_drafts(maildir / ".Drafts")
    with Store.open(cfg.store.path) as store:
        sent_rows = store.followups("maildir", [FollowUpStatus.SENT])
    assert any(r.draft_message_id == mid for r in sent_rows)


def test_moving_the_maildir_keeps_drafts_notes_and_applications(tmp_path: Path) -> None:
    old = tmp_path / "Mail"
    write_sample(old, now=NOW)
    cfg = _maildir_config(tmp_path, old)
    _run(cfg)
    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        store.add_note(
            account,
            Note("globex", "hear_by", date(2026, 3, 20), noted_at=NOW),
        )
        apps = {a.key for a in store.applications(account)}
    new = tmp_path / "moved" / "Maildir"
    new.parent.mkdir()
    shutil.move(old, new)
    (tmp_path / "Mail").symlink_to(new)  # a new spelling of the same folder, and a move
    cfg = _maildir_config(tmp_path, tmp_path / "moved" / ".." / "moved" / "Maildir")
    again = _run(cfg, NOW + timedelta(minutes=5))
    assert again.drafts_created == 0 and again.new_messages == 0, again
    assert len(_maildir_drafts(new / ".Drafts")) == 3
    with Store.open(cfg.store.path) as store:
        assert store.accounts() == [account]
        assert len(store.notes(account)) == 1
        assert {a.key for a in store.applications(account)} == apps


def test_a_store_keyed_by_the_old_path_is_carried_over(tmp_path: Path) -> None:
    maildir = tmp_path / "Mail"
    write_sample(maildir, now=NOW)
    cfg = _maildir_config(tmp_path, maildir)
    _run(cfg)
    legacy = f"maildir:{maildir.resolve()}"
    with Store.open(cfg.store.path) as store, store.transaction():
        for table in ("messages", "applications", "followups", "notes", "cursors"):
            store._exec(f"UPDATE {table} SET account = ?", [legacy])
    again = _run(cfg, NOW + timedelta(minutes=5))
    assert again.drafts_created == 0 and again.new_messages == 0
    with Store.open(cfg.store.path) as store:
        assert store.accounts() == ["maildir"]
        assert len(store.followups("maildir", [FollowUpStatus.DRAFTED])) == 3


def test_a_deleted_store_makes_no_second_draft_mbox(tmp_path: Path) -> None:
    invite, rejection = interview_and_rejection(TZ)
    mbox_path = tmp_path / "export.mbox"
    box = mailbox.mbox(str(mbox_path))
    for raw in (invite, rejection):
        box.add(mailbox.mboxMessage(raw))
    box.close()
    cfg = load_config_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        f"mailbox: {{backend: mbox, window: 3650d, mbox: {{path: '{mbox_path}', "
        f"drafts_maildir: '{tmp_path / 'Drafts'}'}}}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    assert _run(cfg, E2E_NOW).drafts_created == 2
    drafts = _maildir_drafts(tmp_path / "Drafts")
    _forget_store(cfg)
    assert _run(cfg, E2E_NOW + timedelta(minutes=5)).drafts_created == 0
    assert _maildir_drafts(tmp_path / "Drafts") == drafts
    # a new export that contains the sent draft: the draft is not made again either
    _forget_store(cfg)
    shutil.rmtree(tmp_path / "Drafts")
    with open(mbox_path, "ab") as fh:
        fh.write(f"From x\nMessage-ID: {drafts[0]}\nSubject: sent\n\nthanks\n\n".encode())
    assert _run(cfg, E2E_NOW + timedelta(minutes=10)).drafts_created == 1


def test_a_deleted_store_makes_no_second_draft_imap(
    dovecot: DovecotServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = new_user(dovecot, monkeypatch)
    invite, rejection = interview_and_rejection(TZ)
    dovecot.deliver(user, invite, when=datetime(2026, 3, 2, 10, 0, tzinfo=TZ), flags="S")
    dovecot.deliver(user, rejection, when=datetime(2026, 3, 4, 11, 0, tzinfo=TZ))
    cfg = load_config_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n  backend: imap\n  window: 3650d\n  imap:\n    host: 127.0.0.1\n"
        f"    port: {dovecot.port}\n    security: none\n    username: {user}\n"
        "    password_env: FOLLOWUP_TEST_IMAP_PASSWORD\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    assert _run(cfg, E2E_NOW).drafts_created == 2
    _forget_store(cfg)
    again = _run(cfg, E2E_NOW + timedelta(minutes=5))
    assert again.drafts_created == 0 and again.errors == []
    c = dovecot.client(user)
    try:
        c.select_folder("Drafts", readonly=True)
        assert len(c.search(["ALL"])) == 2
    finally:
        c.logout()


def test_a_deleted_store_makes_no_second_draft_gmail(
    tmp_path: Path, gmail_server: GmailTestServer
) -> None:
    invite, rejection = interview_and_rejection(TZ)
    gmail_server.add_message(invite)
    gmail_server.add_message(rejection)
    cfg = load_config_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n  backend: gmail\n  window: 3650d\n"
        f"  gmail: {{api_endpoint: null, token_file: '{tmp_path / 'token.json'}'}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )

    def run(now: datetime) -> RunSummary:
        box = make_gmail_mailbox(gmail_server, clock=lambda: now)
        try:
            with Store.open(cfg.store.path) as store:
                return run_once(cfg, store, box, now=now)
        finally:
            box.close()

    assert run(E2E_NOW).drafts_created == 2
    _forget_store(cfg)
    assert run(E2E_NOW + timedelta(minutes=5)).drafts_created == 0
    assert len(gmail_server.draft_ids()) == 2
    assert gmail_server.send_attempts == []
