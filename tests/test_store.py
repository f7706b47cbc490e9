"""State store: migrations, round trips, and a transaction killed half-way."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from agent.errors import StoreError
from agent.models import (
    ApplicationRow,
    Folder,
    FollowUpRow,
    FollowUpStatus,
    MessageFacts,
    Note,
    StoredMessage,
)
from agent.store import SCHEMA_VERSION, Store

NOW = datetime(2026, 3, 4, 9, 0, tzinfo=UTC)


def _row(key: str, **kw: object) -> FollowUpRow:
    base = dict(
        account="acct",
        key=key,
        application_key="acme",
        kind="thank_you",
        due_at=NOW + timedelta(hours=5),
        status=FollowUpStatus.SCHEDULED,
        reason="thank-you after the interview",
        recipients=["jane@acme.example"],
        thread="<t@acme>",
        reply_to_message="inbox/1",
        draft_message_id=None,
        draft_id=None,
        draft_thread_id=None,
        draft_raw=None,
        snoozed_until=None,
        created_at=NOW,
        updated_at=NOW,
    )
    base.update(kw)
    return FollowUpRow(**base)  # type: ignore[arg-type]


def test_migrates_from_empty_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "state.db"
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"messages", "applications", "followups", "notes", "cursors"} <= tables
    conn.close()
    with Store.open(path) as store:  # second open: no migration, same version
        assert store.schema_version == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer followup-agent"):
        Store.open(path)


def test_garbage_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not readable"):
        Store.open(path)


def test_messages_cursors_notes_roundtrip(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        facts = MessageFacts(
            message_id="<a@x>",
            kind="interview",
            sent_at=NOW,
            from_email="jane@acme.example",
            interview_at=NOW + timedelta(days=1),
            extractor_version="1",
        )
        msg = StoredMessage("inbox/1", Folder.INBOX, "T1", facts)
        assert store.record_message("acct", msg, seen_at=NOW)
        assert not store.record_message("acct", msg, seen_at=NOW)  # idempotent
        assert store.seen_ids("acct", ["inbox/1", "inbox/2"]) == {"inbox/1"}
        assert store.seen_ids("other", ["inbox/1"]) == set()
        [back] = store.messages("acct")
        assert back.facts == facts and back.first_seen == NOW and back.thread_id == "T1"
        assert store.has_message_id("acct", "<a@x>")

        assert store.cursor("acct") is None
        store.set_cursor("acct", "c1", now=NOW)
        store.set_cursor("acct", "c2", now=NOW)
        assert store.cursor("acct") == "c2"

        n1 = store.add_note("acct", Note("acme", "hear_by", date(2026, 3, 10), NOW))
        n2 = store.add_note("acct", Note("acme", "interview_at", NOW, NOW))
        assert (n1, n2) == (1, 2)
        notes = store.notes("acct")
        assert notes[0].value == date(2026, 3, 10) and notes[1].value == NOW


def test_followups_and_applications(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        with store.transaction():
            store.insert_followup(_row("k1"))
            store.insert_followup(_row("k2", status=FollowUpStatus.MISSED))
        store.update_followup(
            "acct",
            "k1",
            now=NOW,
            status=FollowUpStatus.DRAFTED,
            draft_id="d1",
            recipients=["a@b.c"],
        )
        k1 = store.followup("acct", "k1")
        assert k1 is not None and k1.status is FollowUpStatus.DRAFTED and k1.draft_id == "d1"
        assert k1.recipients == ["a@b.c"]
        assert [r.key for r in store.followups("acct", [FollowUpStatus.MISSED])] == ["k2"]
        with pytest.raises(ValueError):
            store.update_followup("acct", "k1", now=NOW, kind="x")
        store.save_application(
            ApplicationRow(
                "acct",
                "acme",
                "Acme",
                "Engineer",
                "interviewing",
                ["jane@acme.example"],
                NOW,
                "interview",
                NOW,
            )
        )
        store.save_application(
            ApplicationRow(
                "acct",
                "acme",
                "Acme",
                "Engineer",
                "rejected",
                ["jane@acme.example"],
                NOW,
                "rejection",
                NOW,
            )
        )
        [app] = store.applications("acct")
        assert app.stage == "rejected"


def test_failed_transaction_rolls_back(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.db") as store:
        with pytest.raises(RuntimeError), store.transaction():
            store.insert_followup(_row("k1"))
            raise RuntimeError("boom")
        assert store.followups("acct") == []


KILL_SCRIPT = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import UTC, datetime
    from agent.models import FollowUpStatus
    from agent.models import FollowUpRow
    from agent.store import Store
    now = datetime(2026, 3, 4, tzinfo=UTC)
    store = Store.open(sys.argv[1])
    batch = int(sys.argv[2])
    with store.transaction():
        for i in range(50):
            store.insert_followup(FollowUpRow("acct", f"b{batch}-{i}", "acme", "check_in", now,
                FollowUpStatus.SCHEDULED, "r", [], None, None, None, None, None, None, None, now, now))
            if i == 25:
                print("half", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_kill_inside_transaction_leaves_consistent_store(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    with Store.open(path) as store, store.transaction():
        store.insert_followup(_row("before"))
    for batch in range(3):
        proc = subprocess.run(
            [sys.executable, "-c", KILL_SCRIPT, str(path), str(batch)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == -signal.SIGKILL
        assert "half" in proc.stdout
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with Store.open(path) as store:
        keys = [r.key for r in store.followups("acct")]
    assert keys == ["before"]  # nothing of the killed transactions is visible
