"""The demo data behind the review page tests: a real Maildir, a real pass, a real store.

``demo_world`` runs ``followup-agent demo``'s own code at a fixed moment, so every test
sees the same applications: Vandelay's "still reviewing" reply (the message a person may
say was really a rejection), Soylent's scheduled thank-you, Tyrell with no decision date.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import uvicorn

from agent.config import Config
from agent.demo import run_demo
from agent.models import Folder, MessageFacts, StoredMessage
from agent.review.app import ReviewSettings, create_app
from agent.store import Store

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 6, 10, 0, tzinfo=TZ)  # a Friday morning
SECRET = "test-secret-0123456789abcdef"
EVIL_SUBJECT = '<script>document.title="pwned"</script><img src=x onerror=alert(1)> & "Q"'


@dataclass
class World:
    root: Path
    cfg: Config
    store_path: Path
    account: str
    maildir: Path

    def store(self) -> Store:
        return Store.open(self.store_path)

    def settings(self, now: datetime = NOW) -> ReviewSettings:
        return ReviewSettings(
            cfg=self.cfg,
            store_path=self.store_path,
            account=self.account,
            secret=SECRET,
            now=lambda: now,
        )

    def message_id(self, subject_start: str) -> str:
        """The backend id of the first received message whose subject starts so."""
        with self.store() as store:
            for m in store.messages(self.account):
                if m.folder is Folder.INBOX and m.facts.subject.startswith(subject_start):
                    return m.id
        raise LookupError(subject_start)

    def add_evil_message(self) -> str:
        """An interview invitation whose Subject and sender name carry HTML and script."""
        facts = MessageFacts(
            message_id="<evil-1@evil-corp.example>",
            kind="interview",
            confidence=0.9,
            interview_at=NOW + timedelta(days=3),
            company="Evilcorp",
            subject=EVIL_SUBJECT,
            from_email="eve@evilcorp.example",
            from_name='Eve <b onmouseover="alert(2)">Hacker</b>',
            sender_domain="evilcorp.example",
            sent_at=NOW - timedelta(days=1),
            evidence=['"<iframe src=javascript:alert(3)>"'],
        )
        msg = StoredMessage("inbox/evil-1", Folder.INBOX, None, facts, first_seen=NOW)
        with self.store() as store:
            store.record_message(self.account, msg, seen_at=NOW)
        return msg.id


def demo_world(tmp: Path) -> World:
    result = run_demo(tmp / "demo", now_text=NOW.isoformat())
    with Store.open(result.store) as store:
        (account,) = store.accounts()
    return World(tmp / "demo", result.config, result.store, account, result.maildir)


@contextmanager
def served(world: World, now: datetime = NOW) -> Iterator[str]:
    """The review app under a real uvicorn on a free loopback port; yields its base URL."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(world.settings(now)), log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
