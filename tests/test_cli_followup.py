"""``plan``, ``run --once``, ``status`` and ``note`` through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from agent.demo_sample import ME_ADDR, build_sample, write_sample
from agent.followup.recipients import is_usable_contact

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 11, 10, 30, tzinfo=TZ)
ROOT = Path(__file__).resolve().parent.parent
CONTRACT_KEYS = {"kind", "application", "thread", "due_at", "status", "to", "reason"}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "HOME": str(ROOT)},
    )


def _config(tmp: Path, maildir: Path | None = None) -> Path:
    data: dict[str, object] = {
        "timezone": "America/New_York",
        "me": {"name": "Alex Rivera", "addresses": [ME_ADDR]},
        "store": {"path": str(tmp / "state.db")},
    }
    if maildir is not None:
        data["mailbox"] = {"backend": "maildir", "maildir": {"path": str(maildir)}}
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


@pytest.fixture(scope="module")
def eml_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("eml")
    for n, m in enumerate(build_sample(NOW).mails):
        (d / f"{n:02d}.eml").write_bytes(m.raw)
    return d


@pytest.fixture(scope="module")
def plan_json(eml_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    cfg = _config(tmp_path_factory.mktemp("cfg"))
    proc = cli("plan", "--json", "--now", NOW.isoformat(), "--config", str(cfg), str(eml_dir))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert isinstance(data, dict)
    return data


def test_plan_json_contract(plan_json: dict[str, object]) -> None:
    assert list(plan_json) == ["followups"]
    items = plan_json["followups"]
    assert isinstance(items, list) and items
    for f in items:
        assert set(f) == CONTRACT_KEYS
        assert f["kind"] in {"thank_you", "check_in", "requested_follow_up", "rejection_reply"}
        assert f["status"] in {"scheduled", "due", "missed"}
        assert datetime.fromisoformat(f["due_at"]).utcoffset() is not None
        assert f["to"] is None or is_usable_contact(f["to"])
        assert f["thread"] is None or (f["thread"].startswith("<") and f["thread"].endswith(">"))
        assert f["reason"].endswith(".")
    got = {(f["application"], f["kind"]): f for f in items}
    assert got[("Northwind Analytics", "thank_you")]["status"] == "due"
    assert got[("Globex", "check_in")]["status"] == "due"
    assert got[("Globex", "check_in")]["to"] == "maria.lopez@globex.example"
    rr = got[("Initech", "rejection_reply")]
    assert rr["status"] == "due" and rr["to"] == "dana.kim@initech.example"
    assert got[("Pied Piper", "rejection_reply")]["status"] == "missed"
    assert got[("Soylent", "thank_you")]["status"] == "scheduled"
    assert ("Massive Dynamic", "thank_you") not in got  # cancelled interview
    assert ("Vandelay Industries", "check_in") not in got  # they wrote since
    dues = [datetime.fromisoformat(f["due_at"]) for f in items]
    assert dues == sorted(dues)


def test_plan_ignores_messages_after_now(eml_dir: Path, tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    earlier = (NOW - timedelta(days=1)).isoformat()  # before the Initech rejection arrived
    proc = cli("plan", "--json", "--now", earlier, "--config", str(cfg), str(eml_dir))
    items = json.loads(proc.stdout)["followups"]
    assert not any(f["kind"] == "rejection_reply" and f["application"] == "Initech" for f in items)


def test_plan_table_and_bad_file(eml_dir: Path, tmp_path: Path) -> None:
    cfg = _config(tmp_path)
    missing = tmp_path / "nope.eml"
    proc = cli("plan", "--now", NOW.isoformat(), "--config", str(cfg), str(eml_dir), str(missing))
    assert proc.returncode == 1  # the readable files are planned, the missing one fails
    assert "Follow-ups as of" in proc.stdout and "Northwind" in proc.stdout
    assert "nope.eml" in proc.stderr and proc.stderr.count("\n") == 1


def test_run_once_twice_then_status_and_note(tmp_path: Path) -> None:
    maildir = tmp_path / "Mail"
    write_sample(maildir, now=NOW)
    cfg = str(_config(tmp_path, maildir))
    now = ["--now", NOW.isoformat()]

    first = cli("run", "--once", "--config", cfg, *now)
    assert first.returncode == 0, first.stderr
    assert "drafts created: 3" in first.stdout
    second = cli("run", "--once", "--config", cfg, *now)
    assert second.returncode == 0 and "drafts created: 0" in second.stdout

    status = cli("status", "--json", "--config", cfg, *now)
    assert status.returncode == 0, status.stderr
    apps = {a["company"]: a for a in json.loads(status.stdout)["applications"]}
    assert len(apps) == 13
    tyrell = apps["Tyrell Corporation"]
    assert tyrell["suggestion"] == f"followup-agent note {tyrell['id']} --hear-by DATE"
    assert apps["Globex"]["next_followup"]["status"] == "drafted"
    assert apps["Soylent"]["next_followup"]["kind"] == "thank_you"
    assert apps["Hooli"]["next_followup"] is None and apps["Hooli"]["stage"] == "applied"

    table = cli("status", "--config", cfg, *now)
    assert table.returncode == 0 and "Applications" in table.stdout and "Tyrell" in table.stdout

    # a decision date heard in the interview: the suggestion goes, a check-in is planned
    noted = cli("note", "tyr", "--hear-by", "2026-03-13", "--config", cfg, *now)
    assert noted.returncode == 0, noted.stderr
    assert "Tyrell Corporation" in noted.stdout
    cli("run", "--once", "--config", cfg, *now)
    apps = {
        a["company"]: a
        for a in json.loads(cli("status", "--json", "--config", cfg, *now).stdout)["applications"]
    }
    assert apps["Tyrell Corporation"]["suggestion"] is None
    nxt = apps["Tyrell Corporation"]["next_followup"]
    assert nxt["kind"] == "check_in" and "noted by you" in nxt["reason"]
    assert nxt["due_at"].startswith("2026-03-18T09:00")

    by_id = cli(
        "note", apps["Hooli"]["id"][:4], "--interview-at", "2026-03-12T15:00", "--config", cfg, *now
    )
    assert by_id.returncode == 0 and "Hooli" in by_id.stdout

    ambiguous = cli("note", "s", "--hear-by", "2026-03-20", "--config", cfg, *now)
    assert ambiguous.returncode == 2 and "ambiguous" in ambiguous.stderr
    unknown = cli("note", "zzz", "--hear-by", "2026-03-20", "--config", cfg, *now)
    assert unknown.returncode == 2 and "no application matches" in unknown.stderr
    two = cli(
        "note", "hooli", "--hear-by", "2026-03-20", "--follow-up-on", "2026-03-21", "--config", cfg
    )
    assert two.returncode == 2 and "exactly one" in two.stderr


def test_dry_run_and_missing_store(tmp_path: Path) -> None:
    maildir = tmp_path / "Mail"
    write_sample(maildir, now=NOW)
    cfg = str(_config(tmp_path, maildir))
    status = cli("status", "--config", cfg)
    assert status.returncode == 2 and "run --once" in status.stderr
    dry = cli("run", "--once", "--dry-run", "--config", cfg, "--now", NOW.isoformat())
    assert dry.returncode == 0 and "would draft: 3" in dry.stdout
    assert list((maildir / ".Drafts" / "cur").iterdir()) == []
