"""Long scans show progress: a Rich bar on a terminal, plain lines otherwise."""

from __future__ import annotations

import io
import mailbox
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

import agent.clikit as clikit
from tests.mailfactory import make_message


def test_plain_lines_when_not_a_terminal(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    box = mailbox.Maildir(str(root), create=True)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    for i in range(240):
        box.add(
            make_message(subject=f"Interview invitation {i}", date=start + timedelta(minutes=i))
        )
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        f"timezone: UTC\nme:\n  addresses: [alex.rivera@example.com]\n"
        f"mailbox:\n  backend: maildir\n  maildir:\n    path: {root}\n"
        f"store:\n  path: {tmp_path / 'state.db'}\n"
    )
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "agent",
            "--config",
            str(cfg),
            "run",
            "--once",
            "--dry-run",
            "--now",
            "2026-03-03T09:00:00+00:00",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("reading new mail:")]
    assert lines[-1] == "reading new mail: 240 of 240"
    assert 5 <= len(lines) <= 11


def test_rich_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    out = io.StringIO()
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(clikit, "err_console", Console(file=out, force_terminal=True, width=80))
    assert list(clikit.track(range(300), total=300, description="reading new mail")) == list(
        range(300)
    )
    assert "reading new mail" in out.getvalue()


def test_short_scans_print_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert list(clikit.track(range(10), total=10, description="x")) == list(range(10))
    assert capsys.readouterr().err == ""
