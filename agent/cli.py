"""The ``followup-agent`` command line. Commands live in ``agent.commands.*``."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import typer

from agent import __version__
from agent.clikit import GlobalOptions
from agent.commands.lazy import lazy_group
from agent.errors import AgentError
from agent.logsetup import setup_logging
from agent.terminal_text import printable

#: every command and the module under agent.commands that registers it, in the order of
#: --help: everyday commands first, setup last (a module is imported when its command runs)
COMMANDS = {
    **dict.fromkeys(["plan", "run", "status", "note", "demo"], "followup_cmd"),
    "drafts": "drafts_cmd",
    **dict.fromkeys(["skip", "snooze", "revive"], "steer_cmd"),
    "doctor": "doctor_cmd",
    "review": "review_cmd",
    **dict.fromkeys(["classify", "explain"], "understand_cmd"),
    "auth": "gmail_cmd",
    "corrections": "review_cmd",
    **dict.fromkeys(["config", "templates"], "config_cmd"),
}
_SETTINGS: dict[str, Any] = {
    "add_completion": False,
    "pretty_exceptions_enable": False,
    "rich_markup_mode": "rich",
}

app = typer.Typer(
    name="followup-agent",
    help=(
        "Watches your mailbox for hiring-process mail and saves well-timed follow-up "
        "drafts for you to review. It never sends anything."
    ),
    no_args_is_help=True,
    cls=lazy_group(COMMANDS, **_SETTINGS),
    **_SETTINGS,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"followup-agent {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    ctx: typer.Context,
    config: Path | None = typer.Option(
        None,
        "--config",
        "-c",
        help="YAML configuration file (default: your user config dir, config.yaml).",
        envvar="FOLLOWUP_AGENT_CONFIG",
    ),
    verbose: int = typer.Option(
        0, "--verbose", "-v", count=True, help="More log output (-vv: debug)."
    ),
    debug: bool = typer.Option(
        False, "--debug", help="Show tracebacks instead of one-line errors."
    ),
    log_json: bool = typer.Option(False, "--log-json", help="Write logs as JSON lines."),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    ctx.obj = GlobalOptions(config_path=config, verbose=verbose, debug=debug, log_json=log_json)
    setup_logging(verbose=verbose, json_lines=log_json)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one readable line for expected errors, a traceback only with --debug."""
    args = sys.argv[1:] if argv is None else argv
    try:
        code = app(args=args, prog_name="followup-agent", standalone_mode=False)
        if isinstance(code, int) and code != 0:  # typer.Exit(n) is returned, not raised
            raise SystemExit(code)
    except AgentError as exc:
        if "--debug" in args:
            raise
        # plain write: one line, never wrapped, whatever the terminal width
        sys.stderr.write(f"error: {printable(exc)}\n")  # may quote a server or a file
        raise SystemExit(2) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        raise SystemExit(1) from None
    except SystemExit:
        raise
    except Exception as exc:  # usage errors arrive here in non-standalone mode
        if _is_usage_error(exc):
            # one line, like every other error; typer's own (multi-line) usage box is for --help
            sys.stderr.write(f"error: {_usage_message(exc)}\n")
            raise SystemExit(_usage_exit_code(exc)) from None
        if "--debug" in args:
            raise
        logging.getLogger("agent").debug("unexpected error", exc_info=True)
        sys.stderr.write(
            f"unexpected error: {type(exc).__name__}: {printable(exc)} "
            "(run with --debug for details)\n"
        )
        raise SystemExit(1) from None


def _is_usage_error(exc: Exception) -> bool:
    """Click's exception protocol, whether typer vendors click (current releases) or
    depends on it (older ones): ``click`` is not a dependency of this package, so the check
    is by protocol (``format_message`` + ``exit_code``), not by class."""
    return callable(getattr(exc, "format_message", None)) and isinstance(
        getattr(exc, "exit_code", None), int
    )


def _usage_message(exc: Exception) -> str:
    message = " ".join(str(exc.format_message()).split()) or type(exc).__name__  # type: ignore[attr-defined]
    ctx = getattr(exc, "ctx", None)
    path = getattr(ctx, "command_path", None)
    return f"{message} (see: {path} --help)" if path else message


def _usage_exit_code(exc: Exception) -> int:
    code = int(exc.exit_code)  # type: ignore[attr-defined]
    return code if code != 0 else 2


__all__ = [
    "COMMANDS",
    "app",
    "main",
]
