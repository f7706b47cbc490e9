"""Running as a service: the systemd user unit and the Dockerfile (Docker itself can't run here)."""

from __future__ import annotations

import configparser
import fnmatch
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
import typer.main

from agent.cli import app

ROOT = Path(__file__).resolve().parent.parent
UNIT = ROOT / "deploy" / "followup-agent.service"
DOCKERFILE = ROOT / "Dockerfile"


def _unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(UNIT)
    return parser


def _commands() -> set[str]:
    return set(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


def test_unit_runs_the_console_script_daemon() -> None:
    unit = _unit()
    exec_start = unit["Service"]["ExecStart"].split()
    assert exec_start[0] == "%h/.local/bin/followup-agent"
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["followup-agent"] == "agent.cli:main"
    assert exec_start[1:] == ["run"]
    assert "--once" not in exec_start
    assert unit["Service"]["Restart"] == "on-failure"
    # exit 2 (bad config, lock held, login refused) must not loop
    assert unit["Service"]["RestartPreventExitStatus"] == "2"
    assert unit["Service"]["KillSignal"] == "SIGTERM"
    assert unit["Install"]["WantedBy"] == "default.target"


def test_unit_command_exists() -> None:
    if "run" not in _commands():
        pytest.skip("the run command is not registered yet")
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["run", "--help"])
    assert result.exit_code == 0


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze missing")
def test_unit_verifies_with_systemd(tmp_path: Path) -> None:
    """``systemd-analyze verify --user`` with a home whose ~/.local/bin has the script."""
    script = shutil.which("followup-agent") or str(Path(sys.executable).parent / "followup-agent")
    if not Path(script).exists():
        pytest.skip("followup-agent console script not installed")
    bindir = tmp_path / ".local" / "bin"
    bindir.mkdir(parents=True)
    (bindir / "followup-agent").symlink_to(script)
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(runtime)}
    proc = subprocess.run(
        ["systemd-analyze", "verify", "--user", str(UNIT)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    if proc.returncode != 0 and "Failed to initialize manager" in proc.stderr:
        pytest.skip(f"systemd-analyze cannot run here: {proc.stderr.strip()}")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == ""


def _dockerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) pairs, continuation lines joined."""
    out: list[tuple[str, str]] = []
    pending = ""
    for line in DOCKERFILE.read_text().splitlines():
        if not pending and (not line.strip() or line.lstrip().startswith("#")):
            continue
        if line.rstrip().endswith("\\"):
            pending += line.rstrip()[:-1] + " "
            continue
        full = pending + line
        pending = ""
        word, _, rest = full.strip().partition(" ")
        out.append((word.upper(), rest.strip()))
    return out


def test_dockerfile_shape() -> None:
    steps = _dockerfile()
    assert steps[0] == ("FROM", "python:3.11-slim")
    users = [args for word, args in steps if word == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert steps[-1] == ("CMD", '["followup-agent", "run"]')
    assert any(word == "VOLUME" for word, _ in steps)
    env = " ".join(args for word, args in steps if word == "ENV")
    assert "FOLLOWUP_AGENT_CONFIG=/config/config.yaml" in env
    assert any(word == "RUN" and "pip install ." in args for word, args in steps)


def _dockerignored(rel: str, patterns: list[str]) -> bool:
    return any(
        fnmatch.fnmatch(rel, p)
        or fnmatch.fnmatch(rel, p.removeprefix("**/"))
        or rel.startswith(p.rstrip("/") + "/")
        or any(fnmatch.fnmatch(part, p.removeprefix("**/")) for part in rel.split("/"))
        for p in patterns
    )


def test_docker_build_context_installs(tmp_path: Path) -> None:
    """What the Dockerfile COPYs (minus .dockerignore) is enough for ``pip install .``."""
    patterns = [
        line.strip()
        for line in (ROOT / ".dockerignore").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert "credentials.json" in patterns and ".git" in patterns
    context = tmp_path / "context"
    context.mkdir()
    for word, args in _dockerfile():
        if word != "COPY":
            continue
        *sources, _dest = args.split()
        for src in sources:
            path = ROOT / src
            assert path.exists(), f"COPY {src}: missing from the repo"
            files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
            for f in files:
                rel = f.relative_to(ROOT).as_posix()
                if _dockerignored(rel, patterns):
                    continue
                (context / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(f, context / rel)
    assert not list(context.rglob("__pycache__"))
    # PEP 517 sdist hook in the bare context: proves pyproject, README and the package are
    # all there (``pip install .`` in the image runs the same backend; no network here)
    out = tmp_path / "dist"
    out.mkdir()
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, setuptools.build_meta as b; print(b.build_sdist(sys.argv[1]))",
            str(out),
        ],
        cwd=context,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (sdist,) = out.glob("followup*agent-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
        entry = next(n for n in tar.getnames() if n.endswith("entry_points.txt"))
        extracted = tar.extractfile(entry)
        assert extracted is not None
        entry_points = extracted.read().decode()
    assert "agent/daemon.py" in names
    assert "agent/data/example.yaml" in names
    assert "followup-agent = agent.cli:main" in entry_points
