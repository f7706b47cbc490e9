"""The command tree: --version, --help everywhere, config check, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from agent import __version__
from agent.cli import app

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env=env,
    )


def _all_commands() -> list[list[str]]:
    root = typer.main.get_command(app)
    out: list[list[str]] = []

    def walk(cmd: Any, path: list[str]) -> None:
        out.append(path)
        if hasattr(cmd, "commands"):  # a group (click's own or typer's vendored copy)
            for name, sub in cmd.commands.items():
                walk(sub, [*path, name])

    walk(root, [])
    return out


def test_version() -> None:
    proc = _run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"followup-agent {__version__}"


@pytest.mark.parametrize("path", _all_commands(), ids=lambda p: " ".join(p) or "root")
def test_every_command_has_help(path: list[str]) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert len(result.output.strip().splitlines()) > 3


def test_config_check_prints_effective_settings() -> None:
    proc = _run("config", "check", "config/example.yaml")
    assert "is valid" in proc.stdout
    assert "  every: 15m\n" in proc.stdout and "  window: 120d\n" in proc.stdout  # as written
    assert "same_day_at: '14:00'" in proc.stdout
    assert "timezone: America/New_York" in proc.stdout
    # valid, but it names nobody yet: drafts need me.name and me.addresses
    assert proc.returncode == 1
    assert "me.name: required before the agent writes a draft" in proc.stderr


def test_bad_config_is_one_line_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("timezone: UTC\nscan:\n  every: 15 minutes\n")
    proc = _run("config", "check", str(bad))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert f"{bad}:3: scan.every:" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_config_init_writes_the_example(tmp_path: Path) -> None:
    target = tmp_path / "cfg" / "config.yaml"
    proc = _run("config", "init", str(target))
    assert proc.returncode == 0, proc.stderr
    assert target.read_text() == (ROOT / "config" / "example.yaml").read_text()
    again = _run("config", "init", str(target))
    assert again.returncode != 0 and "--force" in again.stderr


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["run", "--now", "x"],
        ["skip"],
        ["snooze", "abc123"],
        ["nosuchcommand"],
        ["plan", "--json"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_usage_error_is_one_line_with_exit_2(argv: list[str], tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "me: {name: Sam Lee, addresses: [sam@example.org]}\n"
        f"mailbox: {{maildir: {{path: '{tmp_path / 'Mail'}'}}}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    proc = _run(*argv, env={**os.environ, "FOLLOWUP_AGENT_CONFIG": str(config)})
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    assert "--help" in lines[0]  # says where to look


def test_config_init_over_an_existing_file_is_a_usage_error(tmp_path: Path) -> None:
    target = tmp_path / "config.yaml"
    target.write_text("timezone: UTC\n")
    proc = _run("config", "init", str(target))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "--force" in proc.stderr
    assert target.read_text() == "timezone: UTC\n"


def test_the_command_table_names_what_each_module_registers() -> None:
    """agent.cli.COMMANDS (the lazily imported commands) against each module's own
    ``register(app)``: every command is listed under the module that registers it."""
    import importlib

    from agent.cli import COMMANDS

    registered: dict[str, str] = {}
    for module in sorted(set(COMMANDS.values())):
        scratch = typer.Typer()
        importlib.import_module(f"agent.commands.{module}").register(scratch)
        for name in typer.main.get_group(scratch).commands:
            registered[name] = module
    assert registered == COMMANDS
    assert [p[0] for p in _all_commands() if len(p) == 1] == list(COMMANDS)


def test_a_command_imports_only_its_own_module() -> None:
    """``classify`` starts without importing the other commands (the store, the pipeline,
    the review page): start-up is most of a small classify run."""
    probe = (
        "import sys\n"
        "from agent.cli import main\n"
        "try:\n"
        "    main(['classify', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('agent.commands.')))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    loaded = proc.stdout.strip().splitlines()[-1]
    assert loaded == "['agent.commands.lazy', 'agent.commands.understand_cmd']", loaded
