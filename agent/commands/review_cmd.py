"""``review`` (the local review page) and ``corrections export``."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import typer

from agent.clikit import console, get_config, open_existing_store, parse_now
from agent.commands.followup_cmd import _account
from agent.errors import AgentError

DEFAULT_PORT = 8765


def review_cmd(
    ctx: typer.Context,
    port: int = typer.Option(DEFAULT_PORT, "--port", help="Port to listen on (0: any free one)."),
    open_browser: bool = typer.Option(False, "--open", help="Open the page in your browser."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback only)."),
    allow_remote: bool = typer.Option(
        False, "--allow-remote", help="Allow a non-loopback --host (others could see your mail)."
    ),
    now_text: str | None = typer.Option(
        None, "--now", help="Show the pages as of this moment (ISO-8601); default: the clock."
    ),
    config: Path | None = typer.Option(None, "--config", help="YAML configuration file."),
) -> None:
    """A local web page: your applications, why each follow-up exists, drafts, corrections."""
    from agent.review.app import ReviewSettings
    from agent.review.security import RemoteBindRefused, new_secret
    from agent.review.server import bind, serve

    cfg = get_config(ctx, config)
    fixed = parse_now(now_text, cfg) if now_text else None
    try:
        sock = bind(host, port, allow_remote=allow_remote)
    except RemoteBindRefused as exc:
        raise typer.BadParameter(str(exc), param_hint="--host") from None
    except OSError as exc:
        raise AgentError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    with open_existing_store(cfg) as store:
        account = _account(cfg, store, now=fixed or datetime.now(cfg.tz))
    settings = ReviewSettings(
        cfg=cfg,
        store_path=Path(cfg.store.path).expanduser(),
        account=account,
        secret=new_secret(),
        now=(lambda: fixed) if fixed else (lambda: datetime.now(cfg.tz)),
    )

    def announce(url: str) -> None:
        console.print(f"Review page: {url}", highlight=False, soft_wrap=True)
        console.print("(the address carries a secret; press Ctrl+C to stop)", highlight=False)

    serve(settings, sock, open_browser=open_browser, announce=announce)


corrections_app = typer.Typer(help="Your corrections to what the agent read.", no_args_is_help=True)


@corrections_app.command("export")
def export_cmd(
    ctx: typer.Context,
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here (default: stdout)."
    ),
    config: Path | None = typer.Option(None, "--config", help="YAML configuration file."),
) -> None:
    """Every active correction as a labelled example (JSON lines), for the classifier."""
    from agent.review.export import examples

    cfg = get_config(ctx, config)
    with open_existing_store(cfg) as store:
        account = _account(cfg, store, now=parse_now(None, cfg))
        rows = examples(store.corrections(account), store.messages(account))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        console.print(f"{len(rows)} examples written to {output}", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("review")(review_cmd)
    app.add_typer(corrections_app, name="corrections")


__all__ = [
    "DEFAULT_PORT",
    "corrections_app",
    "export_cmd",
    "register",
    "review_cmd",
]
