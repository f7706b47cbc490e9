"""``followup-agent config check`` and ``config init``."""

from __future__ import annotations

import shutil
from pathlib import Path

import typer
import yaml

from agent.clikit import console, options
from agent.config import default_config_path, load_config

config_app = typer.Typer(help="Check or create the YAML configuration.", no_args_is_help=True)

EXAMPLE = Path(__file__).resolve().parent.parent / "data" / "example.yaml"


@config_app.command("check")
def check(
    ctx: typer.Context,
    file: Path | None = typer.Argument(
        None, help="Config file to check (default: --config or the user config dir)."
    ),
) -> None:
    """Validate a configuration file and print the effective settings (defaults filled in)."""
    path = file or options(ctx).config_path or default_config_path()
    cfg = load_config(path)
    effective = cfg.model_dump(mode="json", by_alias=True)
    console.print(f"[green]ok[/]: {path} is valid. Effective settings:", highlight=False)
    console.print(
        yaml.safe_dump(effective, sort_keys=False, allow_unicode=True),
        end="",
        markup=False,
        highlight=False,
    )


@config_app.command("init")
def init(
    ctx: typer.Context,
    file: Path | None = typer.Argument(None, help="Where to write (default: the user config dir)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write the commented example configuration to start from."""
    path = file or options(ctx).config_path or default_config_path()
    if path.exists() and not force:
        raise typer.BadParameter(f"{path} exists; use --force to overwrite", param_hint="FILE")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(EXAMPLE, path)
    console.print(f"wrote {path}; edit it, then run: followup-agent config check", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
