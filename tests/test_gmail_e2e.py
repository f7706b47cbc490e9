"""End to end: the real pipeline (``run_once`` and ``run --once``) against the Gmail test
server, through the real googleapiclient stack.

Drafts land in the employer's threads, a second pass adds nothing, 20% of requests failing
with 429/503 changes nothing, a draft the user deletes is never made again, a draft the
user sends is recorded as sent, and no send endpoint is ever called.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from agent.config import Config, load_config_text
from agent.models import FollowUpStatus
from agent.pipeline import run_once
from agent.store import Store
from tests import gmail_fixtures
from tests.gmail_fixtures import FakeSleep, mail, make_gmail_mailbox, write_saved_token
from tests.gmail_server import GmailTestServer
from tests.mailfactory import interview_and_rejection, run_once_cli

gmail_server = gmail_fixtures.gmail_server

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 4, 16, 0, tzinfo=TZ)
ACCOUNT = "gmail:alex.rivera@example.com"
ROOT = Path(__file__).resolve().parent.parent


def _seed(server: GmailTestServer) -> dict[str, str]:
    """An interview this morning (thank-you due), a rejection today (reply due), noise."""
    invite, rejection = interview_and_rejection(TZ)
    noise = [
        mail(
            subject=f"Exclusive offer {i}: 30% off",
            sender="Shop <news@shop.example>",
            body="Our best offer of the year. Unsubscribe any time.",
            date=datetime(2026, 3, 3, 9, i, tzinfo=TZ),
        )
        for i in range(5)
    ]
    ids = {
        "acme": server.add_message(invite).thread_id,
        "globex": server.add_message(rejection).thread_id,
    }
    for n in noise:
        server.add_message(n)
    return ids


def _config(tmp: Path, server: GmailTestServer | None = None) -> Config:
    endpoint = f"'{server.url}'" if server else "null"
    return load_config_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n  backend: gmail\n  window: 3650d\n"
        f"  gmail: {{api_endpoint: {endpoint}, token_file: '{tmp / 'token.json'}'}}\n"
        f"store: {{path: '{tmp / 'state.db'}'}}\n"
    )


def _drafts(server: GmailTestServer) -> set[tuple[str, str, str, str]]:
    return {
        (m.thread_id, m.subject, m.header("To") or "", m.header("In-Reply-To") or "")
        for m in server.drafts()
    }


def _run(cfg: Config, server: GmailTestServer, now: datetime, **kw: object) -> object:
    box = make_gmail_mailbox(server, clock=lambda: now, **kw)  # type: ignore[arg-type]
    try:
        with Store.open(cfg.store.path) as store:
            return run_once(cfg, store, box, now=now)
    finally:
        box.close()


def _statuses(cfg: Config) -> dict[str, FollowUpStatus]:
    with Store.open(cfg.store.path) as store:
        return {
            row.key.split(":")[0] + ":" + row.kind: row.status for row in store.followups(ACCOUNT)
        }


def test_run_once_drafts_in_threads_without_duplicates(tmp_path: Path, gmail_server) -> None:
    threads = _seed(gmail_server)
    cfg = _config(tmp_path)
    summary = _run(cfg, gmail_server, NOW)
    assert summary.drafts_created == 2, summary  # type: ignore[attr-defined]
    drafts = _drafts(gmail_server)
    assert drafts == {
        (
            threads["acme"],
            "Re: Interview invitation: Backend Engineer at Acme",
            "Jane Smith <jane.smith@acme-robotics.com>",
            "<inv-1@acme-robotics.com>",
        ),
        (
            threads["globex"],
            "Re: Your application to Globex",
            "Tom Kim <tom.kim@globex.com>",
            "<rej-1@globex.com>",
        ),
    }
    # a second pass (and a third, later) finds nothing new and makes no draft
    again = _run(cfg, gmail_server, NOW + timedelta(minutes=5))
    assert again.drafts_created == 0  # type: ignore[attr-defined]
    _run(cfg, gmail_server, NOW + timedelta(hours=1))
    assert _drafts(gmail_server) == drafts
    assert len(gmail_server.draft_ids()) == 2
    assert gmail_server.send_attempts == []


def test_same_drafts_when_a_fifth_of_requests_fail(tmp_path: Path) -> None:
    results = []
    for rate in (0.0, 0.2):
        server = GmailTestServer(gmail_fixtures.ME, seed=7).start()
        try:
            _seed(server)
            cfg = _config(tmp_path / f"rate{rate}")
            (tmp_path / f"rate{rate}").mkdir()
            server.fail(rate, (429, 503))
            sleep = FakeSleep(server)
            for minutes in (0, 5):  # two passes, both under failures
                summary = _run(cfg, server, NOW + timedelta(minutes=minutes), sleep=sleep)
                assert summary.errors == []  # type: ignore[attr-defined]
            results.append(_drafts(server))
            if rate:
                assert server.counters.injected_failures > 0
                assert sleep.delays
            assert server.send_attempts == []
        finally:
            server.stop()
    assert len(results[0]) == 2
    assert results[1] == results[0]


def test_deleted_draft_is_never_recreated_and_sent_draft_is_recorded(
    tmp_path: Path, gmail_server
) -> None:
    _seed(gmail_server)
    cfg = _config(tmp_path)
    _run(cfg, gmail_server, NOW)
    by_thread = {m.thread_id: m for m in gmail_server.drafts()}
    drafts = {
        d: gmail_server.state.messages[gmail_server.state.drafts[d].message_id]
        for d in gmail_server.draft_ids()
    }
    acme = next(d for d, m in drafts.items() if "Acme" in m.subject)
    globex = next(d for d, m in drafts.items() if "Globex" in m.subject)
    assert len(by_thread) == 2
    gmail_server.delete_draft(globex)  # the user discards the rejection reply
    sent = gmail_server.send_draft_as_user(acme, when=NOW + timedelta(minutes=30))
    for hours in (1, 2, 30):
        summary = _run(cfg, gmail_server, NOW + timedelta(hours=hours))
        assert summary.drafts_created == 0  # type: ignore[attr-defined]
    assert gmail_server.draft_ids() == []
    statuses = _statuses(cfg)
    assert statuses["globex:rejection_reply"] is FollowUpStatus.DISCARDED
    assert statuses["acme:thank_you"] is FollowUpStatus.SENT
    assert "SENT" in sent.labels
    assert gmail_server.send_attempts == []


def test_cli_run_once_against_the_test_server(tmp_path: Path, gmail_server) -> None:
    threads = _seed(gmail_server)
    token = tmp_path / "token.json"
    write_saved_token(token)
    config = tmp_path / "config.yaml"
    config.write_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        "mailbox:\n  backend: gmail\n  window: 3650d\n"
        f"  gmail: {{api_endpoint: '{gmail_server.url}', token_file: '{token}'}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("FOLLOWUP_AGENT")}
    env["PYTHONPATH"] = str(ROOT)
    for now in (NOW, NOW + timedelta(minutes=10)):
        proc = run_once_cli(config, now, env=env, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr
    assert {d[0] for d in _drafts(gmail_server)} == {threads["acme"], threads["globex"]}
    assert len(gmail_server.draft_ids()) == 2
    assert gmail_server.send_attempts == []
