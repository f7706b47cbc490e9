"""Gmail OAuth: the installed-app flow, the token file, refresh, and what a dead token means.

Scopes are the least that reading mail and saving drafts need: ``gmail.readonly`` (list,
search, read messages, threads and history) and ``gmail.compose`` (create drafts). Google
has no drafts-only scope, and ``gmail.compose`` could also send; the agent never calls a
send endpoint, and a test proves it.

The token file is google-auth's authorized-user JSON (``Credentials.to_json()``) plus one
extra key, ``account`` (the Gmail address, so a scan needs no extra round trip to learn
it). It is written atomically (temp file + rename) with mode 0600 in a 0700 directory.
A refresh token that Google no longer accepts (``invalid_grant``: revoked, expired, or a
"Testing" app's 7-day limit) becomes one sentence telling the user to run ``auth`` again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from agent.errors import AuthError, TransientMailError
from agent.private_files import private_dir

logger = logging.getLogger(__name__)

SCOPES: tuple[str, ...] = (
    "https://www.googleapis.com/auth/gmail.readonly",
    "https://www.googleapis.com/auth/gmail.compose",
)

#: Any of these lets drafts.create save a draft (Gmail API reference).
DRAFT_SCOPES = frozenset(
    {
        "https://www.googleapis.com/auth/gmail.compose",
        "https://www.googleapis.com/auth/gmail.modify",
        "https://mail.google.com/",
    }
)

REVOKED_MESSAGE = (
    "Google no longer accepts the saved authorisation (it was revoked or expired); "
    "run `followup-agent auth` again."
)


def not_authorised_message(token_file: Path) -> str:
    return (
        f"Gmail is not authorised yet (no token at {token_file}); run `followup-agent auth` first."
    )


def refresh_error(exc: Exception) -> AuthError:
    """The AuthError for a failed refresh: one sentence, no traceback needed."""
    text = str(exc)
    details = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], dict) else {}
    code = str(details.get("error", "")) if details else ""
    if "invalid_grant" in (code, text) or "invalid_grant" in text:
        return AuthError(REVOKED_MESSAGE)
    if "invalid_client" in (code, text) or "unauthorized_client" in text:
        return AuthError(
            "Google rejected the OAuth client in the credentials file (invalid_client); "
            "download the Desktop-app client JSON again and run `followup-agent auth`."
        )
    return AuthError(
        f"Google refused to refresh the Gmail authorisation ({text}); run `followup-agent auth` again."
    )


def write_token(token_file: Path, creds: Any, *, account: str | None = None) -> None:
    """Save credentials atomically with mode 0600 (directory 0700), keeping ``account``."""
    token_file = Path(token_file).expanduser()
    data = json.loads(creds.to_json())
    if account is None:
        account = read_account(token_file)
    if account:
        data["account"] = account
    # to_json keeps the scopes asked for; Google may have granted fewer (granular consent)
    granted = _as_scopes(getattr(creds, "granted_scopes", None)) or read_granted_scopes(token_file)
    if granted:
        data["granted_scopes"] = granted
    private_dir(token_file.parent)
    fd, tmp = tempfile.mkstemp(prefix=".token-", dir=token_file.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, token_file)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    os.chmod(token_file, 0o600)


def _as_scopes(value: Any) -> list[str] | None:
    if isinstance(value, str):
        value = value.split()
    if isinstance(value, list | tuple | set | frozenset) and value:
        return sorted(str(v) for v in value)
    return None


def read_granted_scopes(token_file: Path) -> list[str] | None:
    """The scopes Google said it granted, saved with the token (None: not recorded yet;
    Google names them when it answers an authorisation or a refresh)."""
    try:
        data = json.loads(Path(token_file).expanduser().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return _as_scopes(data.get("granted_scopes")) if isinstance(data, dict) else None


def read_account(token_file: Path) -> str | None:
    """The Gmail address saved next to the token, if any."""
    try:
        data = json.loads(Path(token_file).expanduser().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = data.get("account") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value else None


def load_credentials(token_file: Path, *, refresh: bool = True) -> Any:
    """Credentials from the token file, refreshed (and saved) when expired.

    Raises :class:`AuthError` when there is no usable token and :class:`TransientMailError`
    when Google's token endpoint cannot be reached.
    """
    from google.oauth2.credentials import Credentials

    token_file = Path(token_file).expanduser()
    if not token_file.exists():
        raise AuthError(not_authorised_message(token_file))
    try:
        creds = Credentials.from_authorized_user_file(str(token_file), list(SCOPES))
    except (ValueError, KeyError, OSError) as exc:
        raise AuthError(
            f"The Gmail token file {token_file} is unreadable ({exc}); run `followup-agent auth` again."
        ) from None
    if refresh and not creds.valid:
        refresh_credentials(creds, token_file)
    return creds


def refresh_credentials(creds: Any, token_file: Path | None) -> None:
    """Refresh through ``requests`` (so tests can answer with ``responses``) and save."""
    import google.auth.exceptions
    import google.auth.transport.requests

    if not creds.refresh_token:
        raise AuthError(REVOKED_MESSAGE)
    try:
        creds.refresh(google.auth.transport.requests.Request())
    except google.auth.exceptions.RefreshError as exc:
        raise refresh_error(exc) from None
    except google.auth.exceptions.TransportError as exc:
        raise TransientMailError(f"cannot reach Google's token endpoint: {exc}") from exc
    logger.info("refreshed the Gmail access token")
    if token_file is not None:
        write_token(token_file, creds)


def load_client_config(credentials_file: Path) -> dict[str, Any]:
    """The OAuth client secrets (``installed`` app) or one sentence on how to get them."""
    path = Path(credentials_file).expanduser()
    hint = (
        "create an OAuth client of type 'Desktop app' in the Google Cloud console, download "
        f"its JSON to {path} (credentials.example.json shows the shape), then run "
        "`followup-agent auth` again."
    )
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise AuthError(f"No OAuth client file at {path}: {hint}") from None
    except (OSError, ValueError) as exc:
        raise AuthError(f"The OAuth client file {path} is unreadable ({exc}): {hint}") from None
    if not isinstance(data, dict) or not ("installed" in data or "web" in data):
        raise AuthError(f"{path} is not an OAuth client secrets file: {hint}")
    return data


def authorize(
    credentials_file: Path,
    token_file: Path,
    *,
    host: str = "localhost",
    port: int = 0,
    open_browser: bool = True,
    timeout_seconds: int | None = 300,
    **flow_kwargs: Any,
) -> Any:
    """Run the installed-app flow on a loopback port and save the token (mode 0600).

    ``flow_kwargs`` go to the authorization URL (tests pass ``state``). Returns the
    credentials.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    config = load_client_config(credentials_file)
    flow = InstalledAppFlow.from_client_config(config, scopes=list(SCOPES))
    prompt = (
        "Open this URL in a browser on this machine to let followup-agent read your mail "
        "and save drafts (it never sends):\n{url}\n"
    )
    try:
        creds = flow.run_local_server(
            host=host,
            port=port,
            open_browser=open_browser,
            authorization_prompt_message=prompt,
            success_message=(
                "followup-agent is authorised. You can close this window and return to the terminal."
            ),
            timeout_seconds=timeout_seconds,
            access_type="offline",
            prompt="consent",
            **flow_kwargs,
        )
    except AttributeError:
        # run_local_server raises this when the timeout passed with no redirect
        raise AuthError(
            "No answer from the browser in time; run `followup-agent auth` again."
        ) from None
    except Exception as exc:
        if type(exc).__name__ in (
            "AccessDeniedError",
            "MismatchingStateError",
            "InvalidGrantError",
        ):
            raise AuthError(
                f"Google did not grant access ({exc}); run `followup-agent auth` again."
            ) from None
        raise
    if creds is None:
        raise AuthError("The authorisation did not complete; run `followup-agent auth` again.")
    write_token(token_file, creds)
    return creds


__all__ = [
    "DRAFT_SCOPES",
    "REVOKED_MESSAGE",
    "SCOPES",
    "authorize",
    "load_client_config",
    "load_credentials",
    "not_authorised_message",
    "read_account",
    "read_granted_scopes",
    "refresh_credentials",
    "refresh_error",
    "write_token",
]
