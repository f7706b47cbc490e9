"""Review workflow: ``drafts`` (states refreshed from a real Maildir), ``skip`` and ``snooze``.

The store is a real SQLite file and the drafts are real files in a real Maildir; the
follow-up rows are written the way the pipeline writes them (intent, then draft id).
"""

from __future__ import annotations

import hashlib
import json
import mailbox
import shutil
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.cli import main
from agent.config import load_config
from agent.mail.maildir import MaildirMailbox
from agent.models import (
    ApplicationRow,
    DraftRequest,
    FollowUpRow,
    FollowUpStatus,
    issued_short_ids,
    short_id,
)
from agent.store import Store
from tests.mailfactory import make_message

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 4, 9, 0, tzinfo=TZ)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


class World:
    """A Maildir, a config file and a store holding follow-ups in every state."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.maildir = tmp / "Mail"
        box = mailbox.Maildir(str(self.maildir), create=True)
        box.add_folder("Sent")
        self.store_path = tmp / "state.db"
        self.config = tmp / "config.yaml"
        self.config.write_text(
            "timezone: America/New_York\n"
            "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
            f"mailbox: {{backend: maildir, maildir: {{path: '{self.maildir}'}}}}\n"
            f"store: {{path: '{self.store_path}'}}\n"
        )
        self.mb = MaildirMailbox(self.maildir)
        self.account = self.mb.account
        self.raw: dict[str, bytes] = {}

    def cli(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
        return run_cli(capsys, "--config", str(self.config), *args)

    def add(
        self,
        key: str,
        status: FollowUpStatus,
        *,
        due: datetime,
        kind: str = "thank_you",
        drafted: bool = False,
    ) -> str:
        mid = f"<{short_id(key)}.followup@example.com>"
        draft_id = None
        raw_text = None
        if drafted:
            raw = make_message(
                sender="Alex Rivera <alex.rivera@example.com>",
                to="jane@acme.example",
                subject="Re: Interview",
                body="Hi Jane,\n\nThank you for your time today.\n\nAlex",
                message_id=mid,
                in_reply_to=f"<invite-{key}@acme.example>",
                date=due,
            )
            self.raw[key] = raw
            ref = self.mb.create_draft(DraftRequest(raw=raw, message_id=mid, in_reply_to=None))
            draft_id = ref.draft_id
            raw_text = raw.decode("utf-8")
        with Store.open(self.store_path) as store, store.transaction():
            store.save_application(
                ApplicationRow(
                    account=self.account,
                    key="acme",
                    company="Acme",
                    role="Backend Engineer",
                    stage="interviewing",
                    contacts=["jane@acme.example"],
                    last_event_at=None,
                    last_event=None,
                    updated_at=NOW,
                )
            )
            store.insert_followup(
                FollowUpRow(
                    account=self.account,
                    key=key,
                    application_key="acme",
                    kind=kind,
                    due_at=due,
                    status=status,
                    reason="a test follow-up",
                    recipients=["jane@acme.example"],
                    thread="<invite-1@acme.example>",
                    reply_to_message="inbox/1",
                    draft_message_id=mid if drafted else None,
                    draft_id=draft_id,
                    draft_thread_id=None,
                    draft_raw=raw_text,
                    snoozed_until=None,
                    created_at=NOW,
                    updated_at=NOW,
                )
            )
        return short_id(key)

    def row(self, key: str) -> FollowUpRow:
        with Store.open(self.store_path) as store:
            row = store.followup(self.account, key)
        assert row is not None
        return row

    def draft_path(self, key: str) -> Path:
        mid = f"<{short_id(key)}.followup@example.com>"
        for p in (self.maildir / ".Drafts" / "cur").iterdir():
            if mid.encode() in p.read_bytes():
                return p
        raise AssertionError("draft file not found")


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> World:
    monkeypatch.setenv("COLUMNS", "200")  # rich tables: no wrapping inside the words we check
    return World(tmp_path)


def _drafts_json(world: World, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:
    code, out, err = world.cli(capsys, "drafts", "--json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_short_ids_are_stable_and_short() -> None:
    assert short_id("acme|thank_you|2026-03-04T10:00") == short_id(
        "acme|thank_you|2026-03-04T10:00"
    )
    assert len(short_id("x")) == 6
    assert short_id("a") != short_id("b")


def test_drafts_lists_states_from_the_mailbox(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = world.add("k-waiting", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    edited = world.add("k-edited", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    sent = world.add("k-sent", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    gone = world.add("k-gone", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    later = world.add("k-later", FollowUpStatus.SCHEDULED, due=NOW + timedelta(days=3))

    # the user edits one draft, sends one (the client moves it to Sent), deletes one
    p = world.draft_path("k-edited")
    p.write_bytes(p.read_bytes().replace(b"Thank you for", b"Many thanks for"))
    p = world.draft_path("k-sent")
    sent_dir = world.maildir / ".Sent" / "cur"
    shutil.move(str(p), str(sent_dir / p.name.replace(",DS", ",S")))
    world.draft_path("k-gone").unlink()

    data = _drafts_json(world, capsys)
    states = {d["id"]: d["state"] for d in data["drafts"]}
    assert states == {waiting: "waiting", edited: "edited", sent: "sent", gone: "discarded"}
    assert all(d["checked"] for d in data["drafts"])
    assert [u["id"] for u in data["upcoming"]] == [later]
    assert data["upcoming"][0]["status"] == "scheduled"
    # outcomes that are decisions are written back: a discarded draft is never recreated
    assert world.row("k-gone").status is FollowUpStatus.DISCARDED
    assert world.row("k-sent").status is FollowUpStatus.SENT
    assert world.row("k-edited").status is FollowUpStatus.DRAFTED

    # the table view names every state in words
    code, out, _ = world.cli(capsys, "drafts")
    assert code == 0
    for word in ("waiting for review", "edited", "sent", "discarded", "Coming up", later):
        assert word in out


def test_drafts_offline_does_not_touch_the_mailbox(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = world.add("k1", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    world.draft_path("k1").unlink()
    shutil.rmtree(world.maildir)  # no mailbox at all
    data = _drafts_json(world, capsys, "--offline")
    assert data["drafts"][0]["id"] == sid
    assert data["drafts"][0]["state"] == "waiting"
    assert data["drafts"][0]["checked"] is False
    assert data["checked_mailbox"] is False
    assert world.row("k1").status is FollowUpStatus.DRAFTED


def test_drafts_without_a_mailbox_warns_and_shows_stored_states(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.add("k1", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    shutil.rmtree(world.maildir)
    code, out, err = world.cli(capsys, "drafts", "--json")
    assert code == 0
    assert "could not reach the mailbox" in err
    assert json.loads(out)["drafts"][0]["state"] == "waiting"


def test_drafts_before_any_run(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = world.cli(capsys, "drafts")
    assert code == 0
    assert "No drafts yet" in out
    assert not world.store_path.exists()


def test_skip_marks_a_planned_follow_up_discarded(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = world.add("k1", FollowUpStatus.SCHEDULED, due=NOW + timedelta(days=1))
    code, out, err = world.cli(capsys, "skip", sid[:4])  # a unique prefix is enough
    assert code == 0, err
    assert "skipped" in out
    assert world.row("k1").status is FollowUpStatus.DISCARDED
    data = _drafts_json(world, capsys, "--offline")
    assert data["upcoming"] == []
    assert [s["id"] for s in data["skipped"]] == [sid]
    # skipping twice is harmless
    code, out, _ = world.cli(capsys, "skip", sid)
    assert code == 0 and "already skipped" in out


def test_skip_refuses_what_cannot_be_skipped(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    drafted = world.add("k-d", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    missed = world.add("k-m", FollowUpStatus.MISSED, due=NOW - timedelta(days=9))
    code, _, err = world.cli(capsys, "skip", drafted)
    assert code == 2 and "delete the draft" in err
    code, _, err = world.cli(capsys, "skip", "zzzzzz")
    assert code == 2 and "no follow-up has the id" in err
    assert world.row("k-d").status is FollowUpStatus.DRAFTED
    # a missed one can be skipped (it then never comes back, even with a longer grace)
    code, _, err = world.cli(capsys, "skip", missed)
    assert code == 0, err
    assert world.row("k-m").status is FollowUpStatus.DISCARDED


def test_snooze_moves_the_due_time(world: World, capsys: pytest.CaptureFixture[str]) -> None:
    sid = world.add("k1", FollowUpStatus.DUE, due=NOW.replace(hour=14))
    code, _, err = world.cli(
        capsys, "snooze", sid, "--until", "2026-03-09", "--now", NOW.isoformat()
    )
    assert code == 0, err
    row = world.row("k1")
    # a bare date keeps the follow-up's own time of day, in the configured zone
    assert row.snoozed_until == datetime(2026, 3, 9, 14, 0, tzinfo=TZ)
    assert row.status is FollowUpStatus.SCHEDULED
    assert row.due_at == NOW.replace(hour=14)  # the rule's time is kept for the record
    data = _drafts_json(world, capsys, "--offline")
    assert data["upcoming"][0]["when"] == "2026-03-09T14:00:00-04:00"
    assert "snoozed" in world.cli(capsys, "drafts", "--offline")[1]

    code, _, _ = world.cli(
        capsys, "snooze", sid, "--until", "2026-03-10T08:15", "--now", NOW.isoformat()
    )
    assert code == 0
    assert world.row("k1").snoozed_until == datetime(2026, 3, 10, 8, 15, tzinfo=TZ)


def test_snooze_refuses_the_past_and_bad_dates(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = world.add("k1", FollowUpStatus.SCHEDULED, due=NOW + timedelta(days=1))
    code, _, err = world.cli(
        capsys, "snooze", sid, "--until", "2026-03-01", "--now", NOW.isoformat()
    )
    assert code == 2 and "not in the future" in err
    code, _, err = world.cli(capsys, "snooze", sid, "--until", "next tuesday")
    assert code == 2 and "expected a date" in err
    assert world.row("k1").snoozed_until is None
    drafted = world.add("k2", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    code, _, err = world.cli(
        capsys, "snooze", drafted, "--until", "2026-03-20", "--now", NOW.isoformat()
    )
    assert code == 2 and "drafted" in err


def test_snooze_moves_a_missed_follow_up_later(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """``snooze`` accepts a missed moment, as the review page does (both call
    agent.followup.steering.snooze); a skipped one is refused the same way on both."""
    missed = world.add("k-m", FollowUpStatus.MISSED, due=NOW.replace(hour=10) - timedelta(days=9))
    code, out, err = world.cli(
        capsys, "snooze", missed, "--until", "2026-03-09", "--now", NOW.isoformat()
    )
    assert code == 0, err
    assert "snoozed" in out
    row = world.row("k-m")
    assert row.status is FollowUpStatus.SCHEDULED
    assert row.snoozed_until == datetime(2026, 3, 9, 10, 0, tzinfo=TZ)
    skipped = world.add("k-s", FollowUpStatus.DISCARDED, due=NOW + timedelta(days=1))
    code, _, err = world.cli(
        capsys, "snooze", skipped, "--until", "2026-03-20", "--now", NOW.isoformat()
    )
    assert code == 2 and "only scheduled, due or missed follow-ups can be snoozed" in err
    assert world.row("k-s").status is FollowUpStatus.DISCARDED


def test_revive_plans_a_missed_or_skipped_moment_again(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """``revive`` (agent.followup.steering.revive, shared with the review page): a missed
    moment or one skipped after its time is due now; one skipped before its time is planned
    for that time again; anything else is refused and left alone."""
    now = ["--now", NOW.isoformat()]
    missed = world.add("k-m", FollowUpStatus.MISSED, due=NOW - timedelta(days=9))
    code, out, err = world.cli(capsys, "revive", missed, *now)
    assert code == 0, err
    assert "the next pass" in out and "drafts it" in out
    row = world.row("k-m")
    assert row.status is FollowUpStatus.DUE and row.snoozed_until == NOW
    assert row.due_at == NOW - timedelta(days=9)  # the rule's time is kept for the record

    late = world.add("k-late", FollowUpStatus.DUE, due=NOW - timedelta(hours=2))
    ahead = world.add("k-ahead", FollowUpStatus.SCHEDULED, due=NOW + timedelta(days=2))
    for sid in (late, ahead):
        assert world.cli(capsys, "skip", sid)[0] == 0
    assert world.cli(capsys, "revive", late, *now)[0] == 0
    assert world.row("k-late").status is FollowUpStatus.DUE
    code, out, err = world.cli(capsys, "revive", ahead, *now)
    assert code == 0, err
    assert "planned for Fri 2026-03-06 09:00" in out
    row = world.row("k-ahead")
    assert row.status is FollowUpStatus.SCHEDULED and row.due_at == NOW + timedelta(days=2)

    drafted = world.add("k-d", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    for sid, status in ((drafted, "drafted"), (ahead, "scheduled")):
        code, _, err = world.cli(capsys, "revive", sid, *now)
        assert code == 2 and f"is {status}; only missed or skipped" in err
    assert world.row("k-d").status is FollowUpStatus.DRAFTED


def test_skip_without_a_store_says_what_to_do(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = world.cli(capsys, "skip", "abc123")
    assert code == 2
    assert "run --once" in err


# --------------------------------------------------------------------------- with the pipeline


def test_pipeline_honours_skip_and_snooze(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On the demo sample: a skipped follow-up is never drafted, a snoozed one only later."""
    import yaml

    from agent.demo_sample import ME_ADDR, write_sample
    from agent.pipeline import upcoming_due_times

    monkeypatch.setenv("COLUMNS", "200")
    first = datetime(2026, 3, 11, 10, 30, tzinfo=TZ)  # a Wednesday
    maildir = tmp_path / "Mail"
    write_sample(maildir, now=first)
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        yaml.safe_dump(
            {
                "timezone": "America/New_York",
                "me": {"name": "Alex Rivera", "addresses": [ME_ADDR]},
                "mailbox": {"backend": "maildir", "maildir": {"path": str(maildir)}},
                "store": {"path": str(tmp_path / "state.db")},
            }
        )
    )

    def cli(*args: str) -> str:
        code, out, err = run_cli(capsys, "--config", str(cfg), *args)
        assert code == 0, err
        return out

    def run(now: datetime) -> None:
        cli("run", "--once", "--now", now.isoformat())

    def to_of_drafts() -> list[str]:
        box = mailbox.Maildir(str(maildir / ".Drafts"), create=False)
        return sorted(str(box.get_message(k)["To"]).lower() for k in box.iterkeys())

    run(first)
    data = json.loads(cli("drafts", "--json"))
    assert len(data["drafts"]) == 3
    upcoming = {u["application"].split(" — ")[0]: u for u in data["upcoming"]}
    assert {"Cyberdyne", "Soylent", "Umbrella Health"} <= set(upcoming)
    cyberdyne, soylent = upcoming["Cyberdyne"], upcoming["Soylent"]
    assert cyberdyne["when"] == "2026-03-16T14:00:00-04:00"
    assert soylent["when"] == "2026-03-17T08:30:00-04:00"

    cli("skip", cyberdyne["id"])
    cli("snooze", soylent["id"], "--until", "2026-03-19", "--now", first.isoformat())
    with Store.open(tmp_path / "state.db") as store:
        (account,) = store.accounts()
        due_times = upcoming_due_times(load_config(cfg), store, account, now=first)
    # the daemon schedules the snoozed time, and nothing for the skipped one
    assert datetime(2026, 3, 19, 8, 30, tzinfo=TZ) in due_times
    assert datetime(2026, 3, 16, 14, 0, tzinfo=TZ) not in due_times
    assert datetime(2026, 3, 17, 8, 30, tzinfo=TZ) not in due_times

    run(datetime(2026, 3, 17, 9, 30, tzinfo=TZ))  # past both original due times
    after = to_of_drafts()
    assert len(after) == 4  # only Umbrella Health's requested follow-up is new
    assert not any("cyberdyne" in t or "soylent" in t for t in after)
    data = json.loads(cli("drafts", "--json", "--offline"))
    states = {u["id"]: u for u in data["upcoming"]}
    assert states[soylent["id"]]["status"] == "scheduled"
    assert states[soylent["id"]]["when"] == "2026-03-19T08:30:00-04:00"
    assert [s["id"] for s in data["skipped"]] == [cyberdyne["id"]]

    run(datetime(2026, 3, 19, 8, 35, tzinfo=TZ))  # the snooze is over
    final = to_of_drafts()
    assert len(final) == 5
    assert any("soylent" in t for t in final)
    assert not any("cyberdyne" in t for t in final)
    run(datetime(2026, 3, 20, 9, 0, tzinfo=TZ))  # and nothing is made twice
    assert to_of_drafts() == final


def test_an_application_id_issued_before_ids_were_unified_still_resolves(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    """Application ids were SHA-1 based; one the candidate noted down still names its
    planned follow-up, while every id shown now is the one SHA-256 kind."""
    legacy = hashlib.sha1(b"acme").hexdigest()[:6]
    assert legacy != short_id("acme") and legacy in issued_short_ids("acme")
    world.add("k-next", FollowUpStatus.SCHEDULED, due=NOW + timedelta(days=2))
    code, _, err = world.cli(capsys, "skip", legacy)
    assert code == 0, err
    assert world.row("k-next").status is FollowUpStatus.DISCARDED


def test_an_application_id_from_status_names_its_planned_follow_up(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.add("k-done", FollowUpStatus.DRAFTED, due=NOW, drafted=True)
    world.add("k-next", FollowUpStatus.SCHEDULED, due=NOW + timedelta(days=2))
    code, _, err = world.cli(capsys, "skip", short_id("acme"))
    assert code == 0, err
    assert world.row("k-next").status is FollowUpStatus.DISCARDED
    assert world.row("k-done").status is FollowUpStatus.DRAFTED
