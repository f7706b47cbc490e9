"""``followup-agent auth``: authorise Gmail access once (installed-app OAuth)."""

from __future__ import annotations

import logging
from pathlib import Path

import typer

from agent.clikit import config_option, console, get_config
from agent.errors import MailError

logger = logging.getLogger(__name__)


def auth(
    ctx: typer.Context,
    credentials: Path | None = typer.Option(
        None,
        "--credentials",
        help="OAuth client secrets of a Desktop-app client (default: mailbox.gmail.credentials_file).",
    ),
    token: Path | None = typer.Option(
        None, "--token", help="Where to save the token (default: mailbox.gmail.token_file)."
    ),
    port: int = typer.Option(
        0, "--port", help="Loopback port for Google's redirect (0: any free one)."
    ),
    no_browser: bool = typer.Option(
        False, "--no-browser", help="Print the URL instead of opening a browser."
    ),
    config: Path | None = config_option(),
) -> None:
    """Let followup-agent read your Gmail and save drafts (scopes: gmail.readonly, gmail.compose).

    Opens Google's consent page; after you allow access, the token is saved with mode 0600.
    The agent never sends mail.
    """
    from agent.mail import gmail_auth

    cfg = get_config(ctx, config)
    g = cfg.mailbox.gmail
    creds_file = (credentials or g.credentials_file).expanduser()
    token_file = (token or g.token_file).expanduser()
    creds = gmail_auth.authorize(creds_file, token_file, port=port, open_browser=not no_browser)
    account = _account_of(creds, g.api_endpoint)
    if account:
        gmail_auth.write_token(token_file, creds, account=account)
    who = f" for {account}" if account else ""
    console.print(
        f"[green]ok[/]: Gmail authorised{who}; token saved to {token_file} (mode 0600).",
        highlight=False,
    )


def _account_of(creds: object, api_endpoint: str | None) -> str | None:
    """The Gmail address (one getProfile call), so scans need no extra round trip."""
    from agent.mail.gmail import GmailMailbox

    try:
        box = GmailMailbox(creds, api_endpoint=api_endpoint)
        try:
            return box.account.removeprefix("gmail:")
        finally:
            box.close()
    except MailError as exc:
        logger.warning("could not read the Gmail address yet: %s", exc)
        return None


def register(app: typer.Typer) -> None:
    app.command("auth")(auth)


__all__ = [
    "auth",
    "register",
]
