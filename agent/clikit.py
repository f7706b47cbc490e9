"""Shared plumbing for CLI commands: global options, config loading, one-line errors,
progress that is a bar on a terminal and plain log lines elsewhere."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import typer
from rich.console import Console

from agent.config import Config, default_config_path, load_config
from agent.errors import StoreError

if TYPE_CHECKING:
    from agent.store import Store

T = TypeVar("T")

PIPED_WIDTH = 160  # tables written to a file or a pipe: wide enough not to break words


def _console(*, stderr: bool = False) -> Console:
    """A terminal keeps its own width; piped output gets a roomy fixed one (COLUMNS wins)."""
    probe = Console(stderr=stderr)
    if probe.is_terminal or os.environ.get("COLUMNS"):
        return probe
    return Console(stderr=stderr, width=PIPED_WIDTH)


console = _console()
err_console = _console(stderr=True)


@dataclass
class GlobalOptions:
    config_path: Path | None = None
    verbose: int = 0
    debug: bool = False
    log_json: bool = False


def options(ctx: typer.Context) -> GlobalOptions:
    root = ctx.find_root()
    obj = root.obj
    if not isinstance(obj, GlobalOptions):
        obj = GlobalOptions()
        root.obj = obj
    return obj


CONFIG_HELP = "YAML configuration file (default: your user config dir, config.yaml)."


def config_option() -> Any:
    """``--config`` on a command: accepted after every command, not only before it."""
    return typer.Option(None, "--config", "-c", help=CONFIG_HELP)


def config_path(ctx: typer.Context, override: Path | None = None) -> Path | None:
    """``--config`` on the command, else the global one (or $FOLLOWUP_AGENT_CONFIG)."""
    return override or options(ctx).config_path


def get_config(
    ctx: typer.Context, override: Path | None = None, *, defaults_ok: bool = False
) -> Config:
    """The validated config: ``--config`` on the command, else the global one, else the
    default file. Without any file, only read-only file commands (``defaults_ok``: classify,
    explain, plan) run on the built-in defaults; everything else refuses, naming
    ``config init``."""
    path = config_path(ctx, override)
    if path is None and defaults_ok and not default_config_path().exists():
        return Config()
    return load_config(path)


def parse_now(value: str | None, cfg: Config) -> datetime:
    """``--now`` (ISO-8601; a naive value is local to the configured zone) or the real clock."""
    if value is None:
        return datetime.now(cfg.tz)
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"expected an ISO-8601 date-time such as 2026-03-04T09:00:00-05:00, got {value!r}",
            param_hint="--now",
        ) from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=cfg.tz)
    return parsed


def store_path(cfg: Config) -> Path:
    return Path(cfg.store.path).expanduser()


def open_existing_store(cfg: Config) -> Store:
    """The store, or a clear error when no run has created it yet (read and steer commands
    never create an empty one)."""
    from agent.store import Store  # on use: every command imports this module

    path = store_path(cfg)
    if not path.exists():
        raise StoreError(f"no state store at {path} yet; run `followup-agent run --once` first")
    return Store.open(path)


PLAIN_PROGRESS_MIN = 200  # below this a scan is quick: no progress lines at all


def track(items: Iterable[T], *, total: int | None, description: str) -> Iterator[T]:
    """Rich progress bar on a terminal; a plain line every 10% of a long scan otherwise."""
    if sys.stderr.isatty():
        # on use: only long scans on a terminal draw a bar (classify starts without it)
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as progress:
            task = progress.add_task(description, total=total)
            for item in items:
                yield item
                progress.advance(task)
        return
    # not a terminal (cron, systemd, a pipe): a plain line every 10% of a long scan
    if not total or total < PLAIN_PROGRESS_MIN:
        yield from items
        return
    step = max(1, total // 10)
    for n, item in enumerate(items, 1):
        yield item
        if n % step == 0 or n == total:
            err_console.print(f"{description}: {n} of {total}", highlight=False, markup=False)


__all__ = [
    "CONFIG_HELP",
    "PIPED_WIDTH",
    "PLAIN_PROGRESS_MIN",
    "GlobalOptions",
    "config_option",
    "config_path",
    "console",
    "err_console",
    "get_config",
    "open_existing_store",
    "options",
    "parse_now",
    "store_path",
    "track",
]
