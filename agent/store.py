"""The agent's memory: one SQLite file (WAL, foreign keys on), portable SQL.

What it records, per account: messages already seen and what was understood from them
(with the extractor version), applications, follow-ups and their life, the candidate's
own notes, and the sync cursors. Every multi-step change runs inside ``transaction()``;
SQLite's journal then guarantees that a kill at any moment leaves either the old or the
new state, never a mix.

The SQL avoids SQLite-only features (no AUTOINCREMENT, no INSERT OR REPLACE, timestamps
as ISO-8601 text) so the same schema runs on PostgreSQL.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from agent.errors import StoreError
from agent.followup.corrections import Correction
from agent.models import (
    ApplicationRow,
    Folder,
    FollowUpRow,
    FollowUpStatus,
    MessageFacts,
    Note,
    StoredMessage,
)
from agent.private_files import private_file

logger = logging.getLogger(__name__)

# Each entry moves the schema from version i to i+1. Never edit a released step: append.
MIGRATIONS: list[list[str]] = [
    [
        """CREATE TABLE messages (
            account TEXT NOT NULL,
            id TEXT NOT NULL,
            message_id TEXT,
            thread_id TEXT,
            folder TEXT NOT NULL,
            sent_at TEXT,
            sender TEXT,
            kind TEXT NOT NULL,
            facts TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            PRIMARY KEY (account, id)
        )""",
        "CREATE INDEX messages_message_id ON messages (account, message_id)",
        """CREATE TABLE applications (
            account TEXT NOT NULL,
            key TEXT NOT NULL,
            company TEXT NOT NULL,
            role TEXT,
            stage TEXT NOT NULL,
            contacts TEXT NOT NULL,
            last_event_at TEXT,
            last_event TEXT,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (account, key)
        )""",
        """CREATE TABLE followups (
            account TEXT NOT NULL,
            key TEXT NOT NULL,
            application_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            due_at TEXT NOT NULL,
            status TEXT NOT NULL,
            reason TEXT NOT NULL,
            recipients TEXT NOT NULL,
            thread TEXT,
            reply_to_message TEXT,
            draft_message_id TEXT,
            draft_id TEXT,
            draft_thread_id TEXT,
            draft_raw TEXT,
            snoozed_until TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (account, key)
        )""",
        "CREATE INDEX followups_status ON followups (account, status, due_at)",
        """CREATE TABLE notes (
            account TEXT NOT NULL,
            id INTEGER NOT NULL,
            application_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            noted_at TEXT NOT NULL,
            PRIMARY KEY (account, id)
        )""",
        """CREATE TABLE cursors (
            account TEXT NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (account, name)
        )""",
    ],
    [
        # the candidate's corrections (agent.followup.corrections); undone ones are kept
        """CREATE TABLE corrections (
            account TEXT NOT NULL,
            id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL,
            value TEXT NOT NULL,
            created_at TEXT NOT NULL,
            undone_at TEXT,
            PRIMARY KEY (account, id)
        )""",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


class Store:
    """Typed access to the state file. One instance per process; not thread-safe."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self.path = path
        self._depth = 0

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating and migrating as needed) the store at ``path`` (``:memory:`` ok)."""
        p = None if str(path) == ":memory:" else Path(path).expanduser()
        try:
            if p is not None:
                # 0600 before SQLite opens it: its -wal and -shm files take the same mode
                private_file(p)
                for extra in ("-wal", "-shm"):
                    side = p.with_name(p.name + extra)
                    if side.exists():
                        private_file(side)
            conn = sqlite3.connect(str(p) if p else ":memory:", timeout=30, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot open the state store at {path}: {exc}") from exc
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            if p is not None:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            store = cls(conn, p)
            store._migrate()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"the state store at {path} is not readable: {exc}") from exc
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _migrate(self) -> None:
        current = self.schema_version
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"the state store {self.path} was written by a newer followup-agent "
                f"(schema {current}, this one knows {SCHEMA_VERSION}); upgrade followup-agent"
            )
        for version in range(current, SCHEMA_VERSION):
            with self.transaction():
                for stmt in MIGRATIONS[version]:
                    self._conn.execute(stmt)
                # PRAGMA takes no parameters; the value is our own integer
                self._conn.execute(f"PRAGMA user_version = {version + 1}")
            logger.debug("store migrated to schema %d", version + 1)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing block; nested calls join the outer transaction."""
        if self._depth == 0:
            self._conn.execute("BEGIN IMMEDIATE")
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._conn.execute("ROLLBACK")
            raise
        else:
            self._depth -= 1
            if self._depth == 0:
                self._conn.execute("COMMIT")

    def _exec(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self._conn.execute(sql, tuple(params))

    # ------------------------------------------------------------------ messages

    def seen_ids(self, account: str, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._exec(
                f"SELECT id FROM messages WHERE account = ? AND id IN ({marks})",
                [account, *chunk],
            )
            found.update(r["id"] for r in rows)
        return found

    def has_message_id(self, account: str, message_id: str) -> bool:
        row = self._exec(
            "SELECT 1 FROM messages WHERE account = ? AND message_id = ?", [account, message_id]
        ).fetchone()
        return row is not None

    def record_message(self, account: str, msg: StoredMessage, *, seen_at: datetime) -> bool:
        """Remember a message; returns False (and changes nothing) if already known."""
        if self.seen_ids(account, [msg.id]):
            return False
        f = msg.facts
        self._exec(
            """INSERT INTO messages (account, id, message_id, thread_id, folder, sent_at, sender,
                   kind, facts, extractor_version, first_seen_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                account,
                msg.id,
                f.message_id,
                msg.thread_id,
                msg.folder.value,
                _iso(f.sent_at),
                f.from_email,
                f.kind,
                f.model_dump_json(),
                f.extractor_version,
                _iso(msg.first_seen or seen_at),
            ],
        )
        return True

    def messages(self, account: str) -> list[StoredMessage]:
        rows = self._exec(
            "SELECT * FROM messages WHERE account = ? ORDER BY sent_at, id", [account]
        )
        return [
            StoredMessage(
                id=r["id"],
                folder=Folder(r["folder"]),
                thread_id=r["thread_id"],
                facts=MessageFacts.model_validate_json(r["facts"]),
                first_seen=_dt(r["first_seen_at"]),
            )
            for r in rows
        ]

    def message_count(self, account: str) -> int:
        return int(
            self._exec("SELECT COUNT(*) FROM messages WHERE account = ?", [account]).fetchone()[0]
        )

    def fingerprint(self, account: str) -> tuple[str, ...]:
        """Changes whenever messages, notes or corrections of ``account`` change (cheaply)."""
        row = self._exec(
            """SELECT
                 (SELECT COUNT(*) || '/' || COALESCE(MAX(first_seen_at), '')
                    FROM messages WHERE account = ?),
                 (SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) FROM notes WHERE account = ?),
                 (SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) || '/' || COUNT(undone_at)
                    FROM corrections WHERE account = ?)""",
            [account, account, account],
        ).fetchone()
        return tuple(str(v) for v in row)

    def accounts(self) -> list[str]:
        """Every account the store knows (commands that need no mailbox, e.g. ``skip``)."""
        rows = self._exec(
            """SELECT account FROM followups UNION SELECT account FROM messages
               UNION SELECT account FROM cursors ORDER BY 1"""
        )
        return [str(r[0]) for r in rows]

    def adopt_account(self, account: str, *, legacy_prefix: str) -> str | None:
        """Carry an older store's rows over to ``account``; returns the old key, if any.

        Earlier versions keyed a Maildir or mbox by its resolved path
        (``maildir:/home/alex/Mail``), so moving it orphaned every application, note and
        draft. When nothing is stored under ``account`` yet and exactly one account with
        ``legacy_prefix`` is, its rows become ``account``'s.
        """
        known = self.accounts()
        legacy = [a for a in known if a.startswith(legacy_prefix) and a != account]
        if account in known or len(legacy) != 1:
            return None
        with self.transaction():
            for table in ("messages", "applications", "followups", "notes", "cursors"):
                self._exec(
                    f"UPDATE {table} SET account = ? WHERE account = ?", [account, legacy[0]]
                )
        logger.info("store: rows of %s are now those of %s", legacy[0], account)
        return legacy[0]

    # ------------------------------------------------------------------ cursors

    def cursor(self, account: str, name: str = "mail") -> str | None:
        row = self._exec(
            "SELECT value FROM cursors WHERE account = ? AND name = ?", [account, name]
        ).fetchone()
        return str(row["value"]) if row else None

    def set_cursor(self, account: str, value: str, *, now: datetime, name: str = "mail") -> None:
        with self.transaction():
            self._exec("DELETE FROM cursors WHERE account = ? AND name = ?", [account, name])
            self._exec(
                "INSERT INTO cursors (account, name, value, updated_at) VALUES (?, ?, ?, ?)",
                [account, name, value, now.isoformat()],
            )

    # ------------------------------------------------------------------ applications

    def save_application(self, row: ApplicationRow) -> None:
        with self.transaction():
            self._exec(
                "DELETE FROM applications WHERE account = ? AND key = ?", [row.account, row.key]
            )
            self._exec(
                """INSERT INTO applications (account, key, company, role, stage, contacts,
                       last_event_at, last_event, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    row.account,
                    row.key,
                    row.company,
                    row.role,
                    row.stage,
                    json.dumps(row.contacts),
                    _iso(row.last_event_at),
                    row.last_event,
                    row.updated_at.isoformat(),
                ],
            )

    def applications(self, account: str) -> list[ApplicationRow]:
        rows = self._exec(
            "SELECT * FROM applications WHERE account = ? ORDER BY company, key", [account]
        )
        return [
            ApplicationRow(
                account=r["account"],
                key=r["key"],
                company=r["company"],
                role=r["role"],
                stage=r["stage"],
                contacts=json.loads(r["contacts"]),
                last_event_at=_dt(r["last_event_at"]),
                last_event=r["last_event"],
                updated_at=datetime.fromisoformat(r["updated_at"]),
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ follow-ups

    @staticmethod
    def _followup(r: sqlite3.Row) -> FollowUpRow:
        return FollowUpRow(
            account=r["account"],
            key=r["key"],
            application_key=r["application_key"],
            kind=r["kind"],
            due_at=datetime.fromisoformat(r["due_at"]),
            status=FollowUpStatus(r["status"]),
            reason=r["reason"],
            recipients=json.loads(r["recipients"]),
            thread=r["thread"],
            reply_to_message=r["reply_to_message"],
            draft_message_id=r["draft_message_id"],
            draft_id=r["draft_id"],
            draft_thread_id=r["draft_thread_id"],
            draft_raw=r["draft_raw"],
            snoozed_until=_dt(r["snoozed_until"]),
            created_at=datetime.fromisoformat(r["created_at"]),
            updated_at=datetime.fromisoformat(r["updated_at"]),
        )

    def followup(self, account: str, key: str) -> FollowUpRow | None:
        r = self._exec(
            "SELECT * FROM followups WHERE account = ? AND key = ?", [account, key]
        ).fetchone()
        return self._followup(r) if r else None

    def followups(
        self, account: str, statuses: Iterable[FollowUpStatus] | None = None
    ) -> list[FollowUpRow]:
        sql = "SELECT * FROM followups WHERE account = ?"
        params: list[Any] = [account]
        if statuses is not None:
            st = [s.value for s in statuses]
            sql += f" AND status IN ({','.join('?' * len(st))})"
            params += st
        sql += " ORDER BY due_at, key"
        return [self._followup(r) for r in self._exec(sql, params)]

    def insert_followup(self, row: FollowUpRow) -> None:
        self._exec(
            """INSERT INTO followups (account, key, application_key, kind, due_at, status, reason,
                   recipients, thread, reply_to_message, draft_message_id, draft_id,
                   draft_thread_id, draft_raw, snoozed_until, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                row.account,
                row.key,
                row.application_key,
                row.kind,
                row.due_at.isoformat(),
                row.status.value,
                row.reason,
                json.dumps(row.recipients),
                row.thread,
                row.reply_to_message,
                row.draft_message_id,
                row.draft_id,
                row.draft_thread_id,
                row.draft_raw,
                _iso(row.snoozed_until),
                row.created_at.isoformat(),
                row.updated_at.isoformat(),
            ],
        )

    _UPDATABLE = frozenset(
        {
            "due_at",
            "status",
            "reason",
            "recipients",
            "thread",
            "reply_to_message",
            "draft_message_id",
            "draft_id",
            "draft_thread_id",
            "draft_raw",
            "snoozed_until",
        }
    )

    def update_followup(self, account: str, key: str, *, now: datetime, **changes: Any) -> None:
        """Change some columns of one follow-up (values: datetimes, enums, lists, text)."""
        unknown = set(changes) - self._UPDATABLE
        if unknown:
            raise ValueError(f"not updatable: {sorted(unknown)}")
        cols: list[str] = []
        params: list[Any] = []
        for name, value in changes.items():
            if isinstance(value, FollowUpStatus):
                value = value.value
            elif isinstance(value, datetime | date):
                value = value.isoformat()
            elif isinstance(value, list):
                value = json.dumps(value)
            cols.append(f"{name} = ?")
            params.append(value)
        cols.append("updated_at = ?")
        params.append(now.isoformat())
        self._exec(
            f"UPDATE followups SET {', '.join(cols)} WHERE account = ? AND key = ?",
            [*params, account, key],
        )

    # ------------------------------------------------------------------ notes

    def _next_id(self, table: Literal["notes", "corrections"], account: str) -> int:
        """The next per-account id of ``table`` (ids users type: small, from 1)."""
        row = self._exec(
            f"SELECT COALESCE(MAX(id), 0) + 1 AS n FROM {table} WHERE account = ?", [account]
        ).fetchone()
        return int(row["n"])

    def add_note(self, account: str, note: Note) -> int:
        with self.transaction():
            new_id = self._next_id("notes", account)
            self._exec(
                """INSERT INTO notes (account, id, application_key, kind, value, noted_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [
                    account,
                    new_id,
                    note.application,
                    note.kind,
                    note.value.isoformat(),
                    note.noted_at.isoformat(),
                ],
            )
        return new_id

    def notes(self, account: str) -> list[Note]:
        out: list[Note] = []
        for r in self._exec("SELECT * FROM notes WHERE account = ? ORDER BY id", [account]):
            raw = r["value"]
            value: datetime | date = (
                datetime.fromisoformat(raw) if "T" in raw else date.fromisoformat(raw)
            )
            out.append(
                Note(
                    application=r["application_key"],
                    kind=r["kind"],
                    value=value,
                    noted_at=datetime.fromisoformat(r["noted_at"]),
                    id=int(r["id"]),
                )
            )
        return out

    # ------------------------------------------------------------------ corrections

    def add_correction(self, account: str, correction: Correction, *, now: datetime) -> int:
        """Remember a correction; returns its id (per account, from 1)."""
        with self.transaction():
            new_id = self._next_id("corrections", account)
            self._exec(
                """INSERT INTO corrections (account, id, kind, message, value, created_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [
                    account,
                    new_id,
                    correction.kind,
                    correction.message,
                    json.dumps(correction.value, sort_keys=True),
                    (correction.created_at or now).isoformat(),
                ],
            )
        return new_id

    def corrections(self, account: str, *, include_undone: bool = False) -> list[Correction]:
        sql = "SELECT * FROM corrections WHERE account = ?"
        if not include_undone:
            sql += " AND undone_at IS NULL"
        return [
            Correction(
                kind=r["kind"],
                message=r["message"],
                value=json.loads(r["value"]),
                created_at=datetime.fromisoformat(r["created_at"]),
                id=int(r["id"]),
                undone_at=_dt(r["undone_at"]),
            )
            for r in self._exec(sql + " ORDER BY id", [account])
        ]

    def undo_correction(self, account: str, correction_id: int, *, now: datetime) -> bool:
        """Mark a correction undone (kept for the record); False if none was active."""
        with self.transaction():
            cur = self._exec(
                """UPDATE corrections SET undone_at = ?
                   WHERE account = ? AND id = ? AND undone_at IS NULL""",
                [now.isoformat(), account, correction_id],
            )
        return cur.rowcount > 0


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Store",
]
