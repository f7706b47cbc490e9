"""The state store and the Gmail token are the user's alone: files 0600, directories 0700.

``state.db`` holds subjects, senders and whole draft texts. Whatever the umask, and
whichever of the store and the token makes the shared directory first.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from google.oauth2.credentials import Credentials

from agent.mail.gmail_auth import write_token
from agent.store import Store
from agent.store_lock import store_lock


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def loose_umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _creds() -> Credentials:
    return Credentials(
        token="ya29.test",
        refresh_token="1//test",
        token_uri="https://oauth2.googleapis.com/token",
        client_id="id.apps.googleusercontent.com",
        client_secret="secret",
    )


def test_the_store_and_its_directory_are_private(tmp_path: Path) -> None:
    data = tmp_path / "share" / "followup-agent"
    with Store.open(data / "state.db") as store:
        store.set_cursor("maildir", "{}", now=datetime(2026, 3, 1, tzinfo=UTC))
        files = [p for p in data.iterdir() if p.name.startswith("state.db")]
        assert {p.name for p in files} >= {"state.db", "state.db-wal"}
        assert all(_mode(p) == 0o600 for p in files), {p.name: oct(_mode(p)) for p in files}
    assert _mode(data) == 0o700
    with store_lock(data / "state.db"):
        assert _mode(data / "state.db.lock") == 0o600


def test_the_token_directory_is_private_when_the_store_made_it_first(tmp_path: Path) -> None:
    data = tmp_path / "share" / "followup-agent"
    Store.open(data / "state.db").close()
    write_token(data / "gmail-token.json", _creds(), account="alex@example.com")
    assert _mode(data) == 0o700
    assert _mode(data / "gmail-token.json") == 0o600


def test_an_older_open_store_is_tightened(tmp_path: Path) -> None:
    data = tmp_path / "followup-agent"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    Store.open(data / "state.db").close()
    os.chmod(data / "state.db", 0o644)
    os.chmod(data, 0o755)
    Store.open(data / "state.db").close()
    assert _mode(data / "state.db") == 0o600
    assert _mode(data) == 0o700


def test_a_directory_of_the_users_own_is_left_as_it_is(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    os.chmod(project, 0o755)
    Store.open(project / "state.db").close()
    assert _mode(project) == 0o755  # not the agent's to change
    assert _mode(project / "state.db") == 0o600
