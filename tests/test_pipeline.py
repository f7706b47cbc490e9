"""``run_once`` on a real Maildir and a real SQLite file: each draft exactly once.

The mailbox is the demo's sample (a dozen applications, dated relative to ``NOW``). Crash
tests run the real CLI in a subprocess with ``FOLLOWUP_AGENT_CRASH_AT`` so the process is
SIGKILLed at a named step, then run it again.
"""

from __future__ import annotations

import mailbox
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from agent.config import Config, load_config
from agent.demo_sample import ME_ADDR, write_sample
from agent.followup.rules import plan
from agent.mail.maildir import MaildirMailbox
from agent.models import FollowUpRow, FollowUpStatus, PlannedFollowUp
from agent.pipeline import reconcile, run_once, upcoming_due_times
from agent.store import Store

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 11, 10, 30, tzinfo=TZ)  # a Wednesday
ROOT = Path(__file__).resolve().parent.parent
EXPECTED_DRAFTS = {"Northwind Analytics", "Globex", "Initech"}


def _setup(tmp: Path, now: datetime = NOW) -> tuple[Config, Path]:
    maildir = tmp / "Mail"
    write_sample(maildir, now=now)
    cfg_path = tmp / "config.yaml"
    cfg_path.write_text(
        yaml.safe_dump(
            {
                "timezone": "America/New_York",
                "me": {"name": "Alex Rivera", "addresses": [ME_ADDR]},
                "mailbox": {"backend": "maildir", "maildir": {"path": str(maildir)}},
                "store": {"path": str(tmp / "state.db")},
            }
        )
    )
    return load_config(cfg_path), cfg_path


def _drafts(cfg: Config) -> list[mailbox.MaildirMessage]:
    box = mailbox.Maildir(str(cfg.mailbox.maildir.path / ".Drafts"), create=False)
    return [box.get_message(k) for k in box.iterkeys()]


def _once(cfg: Config, now: datetime = NOW, **kw: bool):  # type: ignore[no-untyped-def]
    with (
        Store.open(cfg.store.path) as store,
        MaildirMailbox.from_settings(cfg.mailbox.maildir) as box,
    ):
        return run_once(cfg, store, box, now=now, **kw)


def test_run_once_twice_creates_each_draft_exactly_once(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    first = _once(cfg)
    assert first.new_messages > 20 and first.understood >= 25 and first.errors == []
    assert {d.application for d in first.drafts} == EXPECTED_DRAFTS
    assert first.drafts_created == 3
    drafts = _drafts(cfg)
    assert len(drafts) == 3 and all("D" in m.get_flags() for m in drafts)

    second = _once(cfg, NOW + timedelta(minutes=5))
    assert second.new_messages == 0 and second.drafts_created == 0 and second.errors == []
    assert second.planned == 0 and second.cancelled == 0
    assert len(_drafts(cfg)) == 3
    ids = [m["Message-ID"] for m in _drafts(cfg)]
    assert len(set(ids)) == 3

    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        drafted = store.followups(account, [FollowUpStatus.DRAFTED])
        assert {r.draft_message_id for r in drafted} == set(ids)
        assert all(r.draft_id and r.draft_raw for r in drafted)
        assert {a.company for a in store.applications(account)} >= EXPECTED_DRAFTS


def test_later_pass_drafts_newly_due_and_keeps_earlier(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    _once(cfg)
    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        upcoming = upcoming_due_times(cfg, store, account, now=NOW)
    assert upcoming == sorted(upcoming) and all(t > NOW for t in upcoming)
    # a week later: the Cyberdyne, Soylent and Umbrella moments have come
    later = _once(cfg, NOW + timedelta(days=7))
    assert later.drafts_created >= 2
    assert {d.application for d in later.drafts}.isdisjoint(EXPECTED_DRAFTS)
    assert len(_drafts(cfg)) == 3 + later.drafts_created
    again = _once(cfg, NOW + timedelta(days=7, minutes=1))
    assert again.drafts_created == 0


def test_deleted_draft_is_discarded_and_never_recreated(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    _once(cfg)
    box = mailbox.Maildir(str(cfg.mailbox.maildir.path / ".Drafts"), create=False)
    victim = next(k for k in box.iterkeys() if "globex" in str(box.get_message(k)["To"]))
    box.remove(victim)
    s = _once(cfg, NOW + timedelta(hours=1))
    assert s.drafts_created == 0
    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        statuses = {r.application_key: r.status for r in store.followups(account)}
    assert statuses["globex"] is FollowUpStatus.DISCARDED
    later = _once(cfg, NOW + timedelta(days=1))
    assert all(d.application != "Globex" for d in later.drafts)
    assert len(_drafts(cfg)) == 2 + later.drafts_created


def test_sent_draft_becomes_sent(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    _once(cfg)
    root = cfg.mailbox.maildir.path
    drafts = mailbox.Maildir(str(root / ".Drafts"), create=False)
    sent = mailbox.Maildir(str(root / ".Sent"), create=False)
    key = next(k for k in drafts.iterkeys() if "northwind" in str(drafts.get_message(k)["To"]))
    msg = drafts.get_message(key)
    msg.set_flags("S")
    sent.add(msg)  # the user sent it: the mail client moved it to Sent
    drafts.remove(key)
    _once(cfg, NOW + timedelta(hours=1))
    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        rows = [r for r in store.followups(account) if r.application_key == "northwind-analytics"]
    assert [r.status for r in rows if r.kind == "thank_you"] == [FollowUpStatus.SENT]


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    s = _once(cfg, dry_run=True)
    assert s.dry_run and s.drafts_created == 0
    assert {d.application for d in s.drafts} == EXPECTED_DRAFTS  # what it would draft
    assert _drafts(cfg) == []
    with Store.open(cfg.store.path) as store:
        assert store.accounts() == []


def test_unrelated_mail_makes_no_application(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    _once(cfg)
    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        companies = {a.company for a in store.applications(account)}
    assert len(companies) == 13
    assert not any("linkedin" in c.lower() or "gmail" in c.lower() for c in companies)


# --------------------------------------------------------------------------- reconcile


def _row(key: str, status: FollowUpStatus, **kw: object) -> FollowUpRow:
    base = dict(
        account="a",
        key=key,
        application_key="acme",
        kind="thank_you",
        due_at=NOW,
        status=status,
        reason="r",
        recipients=["jane@acme.com"],
        thread=None,
        reply_to_message=None,
        draft_message_id=None,
        draft_id=None,
        draft_thread_id=None,
        draft_raw=None,
        snoozed_until=None,
        created_at=NOW,
        updated_at=NOW,
    )
    base.update(kw)
    return FollowUpRow(**base)  # type: ignore[arg-type]


def _decision(key: str, status: FollowUpStatus) -> PlannedFollowUp:
    return PlannedFollowUp(
        key=key,
        kind="thank_you",
        application="Acme",
        application_key="acme",
        thread=None,
        reply_to_message=None,
        due_at=NOW,
        status=status,
        to=["jane@acme.com"],
        reason="r",
    )


def test_reconcile_rules() -> None:
    S = FollowUpStatus
    rows = [
        _row("discarded", S.DISCARDED),
        _row("drafted", S.DRAFTED),
        _row("gone", S.SCHEDULED),
        _row("gone-drafted", S.DRAFTED),
        _row("snoozed", S.SCHEDULED, snoozed_until=NOW + timedelta(days=1)),
        _row("by-hand", S.DUE),
    ]
    decisions = [
        _decision("discarded", S.DUE),
        _decision("drafted", S.CANCELLED),
        _decision("snoozed", S.DUE),
        _decision("by-hand", S.SENT),
        _decision("new", S.DUE),
        _decision("new-missed", S.MISSED),
        _decision("new-cancelled", S.CANCELLED),
    ]
    changes = {c.key: c.status for c in reconcile(rows, decisions, now=NOW)}
    assert changes == {
        "gone": S.CANCELLED,
        "by-hand": S.SENT,
        "new": S.DUE,
        "new-missed": S.MISSED,
    }  # discarded/drafted untouched; snoozed stays scheduled (unchanged, so no change)


def test_reconcile_recognises_a_moment_after_the_application_is_renamed() -> None:
    S = FollowUpStatus
    rows = [
        _row("acme:thank_you:cal:uid-1", S.DRAFTED),
        _row("acme:check_in:<m1@acme.com>:1", S.SCHEDULED),
    ]
    decisions = [
        _decision("acme-robotics:thank_you:cal:uid-1", S.DUE),
        _decision("acme-robotics:check_in:<m1@acme.com>:1", S.CANCELLED),
    ]
    changes = reconcile(rows, decisions, now=NOW)
    assert [(c.op, c.key, c.status) for c in changes] == [
        ("update", "acme:check_in:<m1@acme.com>:1", S.CANCELLED)
    ]  # no second thank-you draft: the stored, drafted row is the same moment


# --------------------------------------------------------------------------- crashes

CRASH_POINTS = [
    "sync.after_fetch:5",
    "sync.after_record:7",
    "sync.before_cursor",
    "plan.after_reconcile",
    "draft.before_intent:2",
    "draft.after_intent",
    "draft.after_create:2",
    "draft.after_record",
]


def _cli(cfg_path: Path, *args: str, crash: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("FOLLOWUP_AGENT_CRASH_AT", None)
    if crash:
        env["FOLLOWUP_AGENT_CRASH_AT"] = crash
    return subprocess.run(
        [sys.executable, "-m", "agent", "--config", str(cfg_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )


@pytest.mark.slow
@pytest.mark.parametrize("point", CRASH_POINTS)
def test_kill_at_each_step_then_rerun_drafts_exactly_once(tmp_path: Path, point: str) -> None:
    cfg, cfg_path = _setup(tmp_path)
    now = ["--now", NOW.isoformat()]
    killed = _cli(cfg_path, "run", "--once", *now, crash=point)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    again = _cli(cfg_path, "run", "--once", *now)
    assert again.returncode == 0, again.stderr
    drafts = _drafts(cfg)
    ids = [m["Message-ID"] for m in drafts]
    assert len(drafts) == len(EXPECTED_DRAFTS) and len(set(ids)) == len(ids)
    assert _cli(cfg_path, "run", "--once", *now).returncode == 0
    assert len(_drafts(cfg)) == len(EXPECTED_DRAFTS)
    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        drafted = store.followups(account, [FollowUpStatus.DRAFTED])
        assert sorted(r.draft_message_id for r in drafted) == sorted(ids)


def test_plan_is_pure_over_store_contents(tmp_path: Path) -> None:
    """The plan the pipeline acts on equals ``plan`` over the stored timeline."""
    cfg, _ = _setup(tmp_path)
    _once(cfg)
    from agent.pipeline import timeline_from_store

    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        tl = timeline_from_store(cfg, store, account, now=NOW)
        keys = {p.key for p in plan(tl, cfg.rules, cfg.me, NOW) if p.status is FollowUpStatus.DUE}
        drafted = {r.key for r in store.followups(account, [FollowUpStatus.DRAFTED])}
    assert keys == drafted


def test_first_run_on_six_month_old_mailbox_drafts_nothing(tmp_path: Path) -> None:
    """Every moment in the sample is ~6 months old when the agent first sees it."""
    cfg, _ = _setup(tmp_path, now=NOW - timedelta(days=183))
    s = _once(cfg)
    assert s.understood >= 25 and s.drafts_created == 0 and s.due == 0
    assert s.missed >= 5
    assert _drafts(cfg) == []
    with Store.open(cfg.store.path) as store:
        account = store.accounts()[0]
        rows = store.followups(account)
    assert rows and {r.status for r in rows} == {FollowUpStatus.MISSED}
    assert _once(cfg, NOW + timedelta(days=1)).drafts_created == 0
