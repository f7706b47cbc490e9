"""``followup-agent demo`` through the installed console script; drafts open as drafts."""

from __future__ import annotations

import mailbox
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agent.demo import run_demo


def _script() -> str:
    beside = Path(sys.executable).parent / "followup-agent"
    found = str(beside) if beside.exists() else shutil.which("followup-agent")
    if not found:
        pytest.fail("the followup-agent console script is not installed (pip install .)")
    return found


def _drafts(maildir: Path) -> list[mailbox.MaildirMessage]:
    box = mailbox.Maildir(str(maildir / ".Drafts"), create=False)
    return [box.get_message(k) for k in box.iterkeys()]


def test_demo_console_script_real_clock(tmp_path: Path) -> None:
    """Whatever today is: it runs, prints the table and draft paths, drafts carry flag D."""
    out = tmp_path / "demo"
    proc = subprocess.run(
        [_script(), "demo", "--dir", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "HOME": str(tmp_path)},
    )
    assert proc.returncode == 0, proc.stderr
    assert "Applications" in proc.stdout and "Drafts created" in proc.stdout
    drafts = _drafts(out / "Mail")
    # The Initech rejection reply is due whatever the day; the Northwind thank-you only once
    # a business day's afternoon has passed within 40 hours (not on a weekend or a Monday
    # morning: demo_sample.moments), so it is not asserted here (the fixed-time test does).
    recipients = " ".join(str(m["To"]) for m in drafts)
    assert "dana.kim@initech.example" in recipients, recipients
    for m in drafts:
        assert "D" in m.get_flags() and m.get_subdir() == "cur"
        assert m["Subject"].startswith("Re: ") and m["In-Reply-To"]
        assert str(m["From"]) == "Alex Rivera <alex.rivera@example.com>"
    listed = [line.strip() for line in proc.stdout.splitlines() if "/.Drafts/" in line]
    assert len(listed) == len(drafts) and all(Path(p).exists() for p in listed)
    assert (out / "state.db").exists() and (out / "config.yaml").exists()
    status = subprocess.run(
        [_script(), "--config", str(out / "config.yaml"), "status", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert status.returncode == 0 and '"applications"' in status.stdout


def test_demo_in_process_at_fixed_time(tmp_path: Path) -> None:
    result = run_demo(tmp_path / "d", now_text="2026-03-11T10:30:00-04:00")
    assert result.summary.drafts_created == 3 and result.summary.errors == []
    recipients = sorted(" ".join(str(m["To"]).split()) for m in _drafts(result.maildir))
    assert recipients == [
        "Dana Kim <dana.kim@initech.example>",
        "Maria Lopez <maria.lopez@globex.example>",
        "Priya Shah <priya.shah@northwind.example>, Tom Becker <tom.becker@northwind.example>",
    ]
    stages = {r["company"]: r["stage"] for r in result.status}
    assert len(stages) == 13
    assert set(stages.values()) == {"applied", "assessment", "interviewing", "rejected", "offer"}
    with pytest.raises(Exception, match="not empty"):
        run_demo(tmp_path / "d")
