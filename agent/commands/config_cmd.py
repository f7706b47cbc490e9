"""``followup-agent config check``, ``config init`` and ``templates export``."""

from __future__ import annotations

import shutil
from pathlib import Path

import typer
import yaml

from agent.clikit import config_option, config_path, console, err_console
from agent.config import default_config_path, identity_problems, load_config

config_app = typer.Typer(help="Check or create the YAML configuration.", no_args_is_help=True)
templates_app = typer.Typer(help="The Jinja2 templates of the drafts.", no_args_is_help=True)

DATA = Path(__file__).resolve().parent.parent / "data"
EXAMPLE = DATA / "example.yaml"
TEMPLATES = DATA / "templates"


@config_app.command("check")
def check(
    ctx: typer.Context,
    file: Path | None = typer.Argument(
        None, help="Config file to check (default: --config or the user config dir)."
    ),
    config: Path | None = config_option(),
) -> None:
    """Validate a configuration file and print the effective settings (defaults filled in).

    Exit status: 0 when the agent can run with it, 1 when it is valid but lacks what
    drafts need (me.name, me.addresses), 2 when it is not valid.
    """
    from agent.template_files import load_templates

    path = file or config_path(ctx, config) or default_config_path()
    cfg = load_config(path)
    load_templates(cfg.templates)  # your own templates compile (ComposeError: one line)
    effective = cfg.model_dump(mode="json", by_alias=True)
    console.print(f"[green]ok[/]: {path} is valid. Effective settings:", highlight=False)
    console.print(
        yaml.safe_dump(effective, sort_keys=False, allow_unicode=True),
        end="",
        markup=False,
        highlight=False,
    )
    missing = identity_problems(cfg)
    for key, message in missing:
        err_console.print(f"error: {path}: {key}: {message}", highlight=False, markup=False)
    if missing:
        raise typer.Exit(1)


@config_app.command("init")
def init(
    ctx: typer.Context,
    file: Path | None = typer.Argument(None, help="Where to write (default: the user config dir)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
    config: Path | None = config_option(),
) -> None:
    """Write the commented example configuration to start from."""
    path = file or config_path(ctx, config) or default_config_path()
    if path.exists() and not force:
        raise typer.BadParameter(f"{path} exists; use --force to overwrite", param_hint="FILE")
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(EXAMPLE, path)
    console.print(
        f"wrote {path}; set me.name, me.addresses and mailbox in it, then run: "
        "followup-agent config check",
        highlight=False,
    )


@templates_app.command("export")
def export(
    directory: Path = typer.Argument(..., help="Where to write the templates (created if needed)."),
    force: bool = typer.Option(False, "--force", help="Overwrite existing files."),
) -> None:
    """Write the built-in templates (<lang>/<kind>.txt.j2, every language) to DIRECTORY to
    edit, and say how to use them."""
    sources = sorted(TEMPLATES.glob("*/*.txt.j2"))
    targets = [directory / src.relative_to(TEMPLATES) for src in sources]
    existing = [str(t) for t in targets if t.exists()]
    if existing and not force:
        raise typer.BadParameter(
            f"{len(existing)} of the files exist already (e.g. {existing[0]}); "
            "use --force to overwrite",
            param_hint="DIRECTORY",
        )
    for src, target in zip(sources, targets, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
    languages = sorted({src.parent.name for src in sources})
    console.print(
        f"wrote {len(targets)} templates ({', '.join(languages)}) to {directory}; edit the ones "
        "you want and delete the rest (a missing file falls back to the built-in one), then "
        "add to your config:",
        highlight=False,
    )
    console.print(f"templates:\n  folder: {directory.resolve()}", highlight=False, markup=False)


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
    app.add_typer(templates_app, name="templates")


__all__ = [
    "DATA",
    "EXAMPLE",
    "TEMPLATES",
    "check",
    "config_app",
    "export",
    "init",
    "register",
    "templates_app",
]
