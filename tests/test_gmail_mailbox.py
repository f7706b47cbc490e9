"""GmailMailbox over the real googleapiclient + google-auth + httplib2 stack, against the
loopback Gmail test server."""

from __future__ import annotations

import email
import email.policy
import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.errors import AuthError, ProtocolMailError, TransientMailError
from agent.mail.gmail import RetryPolicy, parse_cursor
from agent.models import DraftRequest, DraftState, Folder
from tests import gmail_fixtures
from tests.gmail_fixtures import FakeSleep, mail, reply_draft
from tests.gmail_server import GmailTestServer

gmail_server = gmail_fixtures.gmail_server
gmail_mailbox_factory = gmail_fixtures.gmail_mailbox_factory

INVITE = "We would like to invite you to an interview for the Backend Engineer role."


def _seed(server: GmailTestServer) -> dict[str, str]:
    ids = {}
    ids["invite"] = server.add_message(
        mail(
            subject="Interview invitation: Backend Engineer",
            body=INVITE,
            msgid="<inv@acme.example>",
        )
    ).id
    ids["reply"] = server.add_message(
        mail(
            subject="Re: Interview invitation: Backend Engineer",
            body="Thursday works, thanks!",
            sender="Alex Rivera <alex.rivera@example.com>",
            to="jane.smith@acme.example",
            in_reply_to="<inv@acme.example>",
        ),
        folder="sent",
    ).id
    ids["news"] = server.add_message(
        mail(subject="Your weekly digest", body="Ten things to read.", sender="news@digest.example")
    ).id
    ids["old"] = server.add_message(
        mail(
            subject="Your application to Globex",
            body="Thank you for applying.",
            date=datetime.now(UTC) - timedelta(days=400),
        )
    ).id
    ids["ats"] = server.add_message(
        mail(
            subject="Globex update",
            body="Hello from Globex.",
            sender="Globex <no-reply@us.greenhouse-mail.io>",
        )
    ).id
    return ids


def test_first_scan_finds_job_mail_threads_and_sent(gmail_server, gmail_mailbox_factory):
    ids = _seed(gmail_server)
    box = gmail_mailbox_factory()
    changes = box.changes(None)
    got = {r.id: r for r in changes.added}
    assert set(got) == {ids["invite"], ids["reply"], ids["ats"]}
    invite = got[ids["invite"]]
    assert invite.folder is Folder.INBOX
    assert got[ids["reply"]].folder is Folder.SENT
    assert invite.thread_id == got[ids["reply"]].thread_id  # threaded by References
    headers = email.message_from_bytes(invite.headers)
    assert headers["Subject"] == "Interview invitation: Backend Engineer"
    assert headers["Message-ID"] == "<inv@acme.example>"
    assert "invite you to an interview" in invite.snippet
    assert parse_cursor(changes.cursor) is not None
    assert changes.full_rescan is True
    assert box.account == "gmail:alex.rivera@example.com"
    assert gmail_server.send_attempts == []


def test_incremental_with_nothing_new_is_one_round_trip(gmail_server, gmail_mailbox_factory):
    _seed(gmail_server)
    box = gmail_mailbox_factory()
    cursor = box.changes(None).cursor
    gmail_server.reset_counters()
    changes = box.changes(cursor)
    assert changes.added == []
    assert gmail_server.counters.round_trips == 1
    assert gmail_server.counters.calls == {"history.list": 1}
    assert gmail_server.counters.units == 2


def test_incremental_returns_new_mail_but_never_drafts(gmail_server, gmail_mailbox_factory):
    _seed(gmail_server)
    box = gmail_mailbox_factory()
    cursor = box.changes(None).cursor
    new = gmail_server.add_message(mail(subject="Lunch?", body="Tacos at noon?"))
    parent = mail(subject="Offer letter", body="We are pleased to offer you the role.")
    gmail_server.add_message(parent)
    draft = reply_draft(parent, "Thank you!", "<draft-1@example.com>")
    box.create_draft(
        DraftRequest(raw=draft.as_bytes(), message_id="<draft-1@example.com>", in_reply_to=None)
    )
    gmail_server.reset_counters()
    changes = box.changes(cursor)
    assert changes.added[0].id == new.id
    assert len(changes.added) == 2  # the lunch mail and the offer, not the draft
    assert all(r.folder is not Folder.DRAFTS for r in changes.added)
    assert gmail_server.counters.round_trips == 2  # history.list + one metadata batch
    # nothing new since: the next cursor again costs one round trip
    gmail_server.reset_counters()
    assert box.changes(changes.cursor).added == []
    assert gmail_server.counters.round_trips == 1


def test_message_arriving_during_first_scan_is_not_lost(gmail_server, gmail_mailbox_factory):
    _seed(gmail_server)
    box = gmail_mailbox_factory()
    first = box.changes(None)
    # a message delivered after getProfile but before listing is seen by the scan and again
    # by history: the caller deduplicates; nothing is lost
    late = gmail_server.add_message(mail(subject="Interview confirmation", body="See you Monday."))
    again = box.changes(first.cursor)
    assert late.id in {r.id for r in again.added}


def test_expired_history_falls_back_to_full_scan(gmail_server, gmail_mailbox_factory):
    ids = _seed(gmail_server)
    box = gmail_mailbox_factory()
    cursor = box.changes(None).cursor
    gmail_server.expire_history()
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append  # type: ignore[method-assign]
    log = logging.getLogger("agent.mail.gmail")
    log.addHandler(handler)  # caplog misses it when the CLI set "agent" not to propagate
    try:
        changes = box.changes(cursor)
    finally:
        log.removeHandler(handler)
    assert changes.full_rescan is True
    assert {r.id for r in changes.added} == {ids["invite"], ids["reply"], ids["ats"]}
    assert any("expired" in r.getMessage() for r in records)
    assert box.changes(changes.cursor).added == []


def test_fetch_returns_exact_bytes_and_skips_vanished(gmail_server, gmail_mailbox_factory):
    msg = mail(subject="Interview invitation", body=INVITE + " ünïcödé")
    stored = gmail_server.add_message(msg)
    box = gmail_mailbox_factory()
    got = list(box.fetch([stored.id, "ffffffffffffffff"]))
    assert len(got) == 1
    assert got[0].raw == msg.as_bytes()
    assert got[0].folder is Folder.INBOX
    assert got[0].thread_id == stored.thread_id


def test_fetch_many_uses_batches_of_50(gmail_server, gmail_mailbox_factory):
    ids = [gmail_server.add_message(mail(subject=f"m{i}", body="x")).id for i in range(120)]
    box = gmail_mailbox_factory()
    gmail_server.reset_counters()
    got = list(box.fetch(ids))
    assert len(got) == 120
    assert gmail_server.counters.round_trips == 3
    assert gmail_server.counters.batch_parts == 120


def test_batch_retries_only_failed_items(gmail_server, gmail_mailbox_factory):
    ids = [gmail_server.add_message(mail(subject=f"m{i}", body="x")).id for i in range(10)]
    sleep = FakeSleep()
    box = gmail_mailbox_factory(sleep=sleep)
    gmail_server.reset_counters()
    # the outer batch passes; its first three parts fail with 429, 503, 403 rate limit
    gmail_server.fail_next(0, 429, 503, 403)
    got = list(box.fetch(ids))
    assert len(got) == 10
    assert gmail_server.counters.round_trips == 2
    assert gmail_server.counters.batch_parts == 13  # 10 + the 3 failed items again
    assert len(sleep.delays) == 1


def test_whole_request_failures_are_retried_with_backoff(gmail_server, gmail_mailbox_factory):
    _seed(gmail_server)
    sleep = FakeSleep()
    box = gmail_mailbox_factory(sleep=sleep)
    gmail_server.fail_next(503, 429, 500)
    changes = box.changes(None)
    assert len(changes.added) == 3
    assert sleep.delays == [0.75, 1.5, 3.0]  # base 1 s doubling, jitter fixed at 0.5


def test_bounded_attempts_then_transient_error(gmail_server, gmail_mailbox_factory):
    sleep = FakeSleep()
    box = gmail_mailbox_factory(retry=RetryPolicy(max_attempts=3, sleep=sleep, rand=lambda: 0.0))
    gmail_server.fail(1.0, (503,))
    with pytest.raises(TransientMailError, match="after 3 attempts"):
        box.changes(None)
    assert len(sleep.delays) == 2


def test_batch_item_bounded_attempts(gmail_server, gmail_mailbox_factory):
    mid = gmail_server.add_message(mail(subject="x", body="y")).id
    box = gmail_mailbox_factory(
        retry=RetryPolicy(max_attempts=2, sleep=FakeSleep(), rand=lambda: 0)
    )
    gmail_server.fail_next(0, 429, 0, 429)
    with pytest.raises(TransientMailError):
        list(box.fetch([mid]))


def test_auth_failure_is_one_sentence(gmail_server, gmail_mailbox_factory):
    box = gmail_mailbox_factory()
    gmail_server.fail_next(401, 401)
    with pytest.raises(AuthError) as info:
        box.changes(None)
    assert "run `followup-agent auth` again" in str(info.value)
    assert "\n" not in str(info.value)


def test_other_client_errors_are_protocol_errors(gmail_server, gmail_mailbox_factory):
    box = gmail_mailbox_factory()
    gmail_server.fail_next(400)
    with pytest.raises(ProtocolMailError):
        box.changes(None)


def test_quota_exhaustion_backs_off_until_the_window_slides(gmail_server, gmail_mailbox_factory):
    for i in range(30):
        gmail_server.add_message(mail(subject=f"Interview invitation {i}", body=INVITE))
    gmail_server.app.quota_budget = 120  # units per minute, so the scan must wait
    sleep = FakeSleep(gmail_server)  # each backoff moves the server's quota clock
    box = gmail_mailbox_factory(retry=RetryPolicy(max_attempts=10, sleep=sleep, cap=64))
    changes = box.changes(None)
    assert len(changes.added) == 30
    assert gmail_server.counters.quota_rejections > 0
    assert sleep.delays  # it waited instead of failing


def _thread_parent(server: GmailTestServer) -> tuple[str, str, object]:
    parent = mail(
        subject="Interview invitation: Backend Engineer", body=INVITE, msgid="<parent@acme.example>"
    )
    stored = server.add_message(parent)
    return stored.id, stored.thread_id, parent


def test_draft_lands_in_thread_and_is_found_again(gmail_server, gmail_mailbox_factory):
    _pid, tid, parent = _thread_parent(gmail_server)
    box = gmail_mailbox_factory()
    draft = reply_draft(parent, "Thank you for the invitation.", "<fu-1@example.com>")
    ref = box.create_draft(
        DraftRequest(
            raw=draft.as_bytes(),
            message_id="<fu-1@example.com>",
            in_reply_to="<parent@acme.example>",
            thread_id=tid,
        )
    )
    assert ref.thread_id == tid
    assert ref.message_id == "<fu-1@example.com>"
    stored = gmail_server.drafts()
    assert len(stored) == 1 and stored[0].thread_id == tid and "DRAFT" in stored[0].labels
    found = box.find_drafts(["<fu-1@example.com>", "<nope@example.com>"])
    assert found == {"<fu-1@example.com>": ref}
    assert box.draft_state(ref, original=draft.as_bytes()) is DraftState.WAITING
    assert gmail_server.send_attempts == []


def test_draft_with_bad_headers_gets_its_own_thread(gmail_server, gmail_mailbox_factory):
    _pid, tid, parent = _thread_parent(gmail_server)
    box = gmail_mailbox_factory()
    draft = reply_draft(parent, "Hi", "<fu-2@example.com>")
    del draft["Subject"]
    draft["Subject"] = "Something else"
    ref = box.create_draft(
        DraftRequest(
            raw=draft.as_bytes(), message_id="<fu-2@example.com>", in_reply_to=None, thread_id=tid
        )
    )
    assert ref.thread_id != tid  # like Gmail: threadId alone is not enough


def test_draft_states(gmail_server, gmail_mailbox_factory):
    _pid, tid, parent = _thread_parent(gmail_server)
    box = gmail_mailbox_factory()
    refs = {}
    raws = {}
    for name in ("edit", "send", "delete", "send_other"):
        d = reply_draft(parent, f"Draft {name}.", f"<{name}@example.com>")
        raws[name] = d.as_bytes()
        refs[name] = box.create_draft(
            DraftRequest(
                raw=raws[name], message_id=f"<{name}@example.com>", in_reply_to=None, thread_id=tid
            )
        )
    gmail_server.edit_draft(refs["edit"].draft_id, "I rewrote this myself.")
    gmail_server.send_draft_as_user(refs["send"].draft_id)
    gmail_server.delete_draft(refs["delete"].draft_id)
    # the user deletes our draft and writes their own reply to the same parent
    gmail_server.delete_draft(refs["send_other"].draft_id)
    own = mail(
        subject="Re: Interview invitation: Backend Engineer",
        body="Thursday is great.",
        sender="Alex Rivera <alex.rivera@example.com>",
        in_reply_to="<parent@acme.example>",
        date=datetime.now(UTC),
    )
    gmail_server.add_message(own, folder="sent")
    assert box.draft_state(refs["edit"], original=raws["edit"]) is DraftState.EDITED
    assert box.draft_state(refs["edit"]) is DraftState.WAITING
    assert box.draft_state(refs["send"], original=raws["send"]) is DraftState.SENT
    assert box.draft_state(refs["send"]) is DraftState.SENT  # by Message-ID alone
    assert box.draft_state(refs["delete"]) is DraftState.DELETED
    assert box.draft_state(refs["send_other"], original=raws["send_other"]) is DraftState.SENT
    assert gmail_server.send_attempts == []


def test_server_rejects_and_records_send(gmail_server):
    import json
    import urllib.request

    req = urllib.request.Request(
        f"{gmail_server.url}/gmail/v1/users/me/messages/send", data=b"{}", method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(req)
    assert info.value.code == 403
    assert json.loads(info.value.read())["error"]["code"] == 403
    assert gmail_server.send_attempts == ["POST /gmail/v1/users/me/messages/send"]


def test_agent_code_never_calls_a_send_endpoint():
    root = Path(__file__).resolve().parent.parent / "agent"
    pattern = re.compile(r"\.send\(|drafts\(\)\.send|messages\(\)\.send|/send\b")
    offenders = [
        f"{p.relative_to(root)}:{n}"
        for p in root.rglob("*.py")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line) and "smtp" not in line.lower()
    ]
    assert offenders == []


def test_first_scan_keeps_whole_messages_so_fetch_is_free(gmail_server, gmail_mailbox_factory):
    ids = _seed(gmail_server)
    box = gmail_mailbox_factory()
    refs = box.changes(None).added
    gmail_server.reset_counters()
    got = {m.id: m for m in box.fetch([r.id for r in refs])}
    assert gmail_server.counters.round_trips == 0
    assert set(got) == {ids["invite"], ids["reply"], ids["ats"]}
    assert got[ids["invite"]].raw == gmail_server.message(ids["invite"]).raw
    # a second fetch of the same ids goes to Gmail (the cache is handed out once)
    assert len(list(box.fetch([ids["invite"]]))) == 1
    assert gmail_server.counters.round_trips == 1


def test_metadata_headers_are_rebuilt_when_not_prefetching(gmail_server, gmail_mailbox_factory):
    gmail_server.add_message(
        mail(
            subject="Entrevista: Ingeniería de datos",
            body="Nos gustaría invitarte a una entrevista.",
        )
    )
    box = gmail_mailbox_factory(prefetch_limit=0)
    gmail_server.reset_counters()
    (ref,) = box.changes(None).added
    assert gmail_server.counters.calls.get("messages.get") == 1
    parsed = email.message_from_bytes(ref.headers, policy=email.policy.default)
    assert parsed["Subject"] == "Entrevista: Ingeniería de datos"
    assert ref.headers.isascii()
    assert "entrevista" in ref.snippet


def test_account_is_learned_once_and_saved_beside_the_token(gmail_server, tmp_path):
    import json
    import stat

    from agent.config import load_config_text
    from agent.mail import gmail_auth, open_mailbox

    token = tmp_path / "token.json"
    token.write_text(
        json.dumps(
            {
                "token": "t",
                "refresh_token": "r",
                "client_id": "c",
                "client_secret": "s",
                "expiry": "2099-01-01T00:00:00Z",
            }
        )
    )
    cfg = load_config_text(
        f"mailbox: {{backend: gmail, gmail: {{api_endpoint: '{gmail_server.url}', "
        f"token_file: '{token}'}}}}\n"
    )
    with open_mailbox(cfg, now=datetime.now(UTC)) as box:
        assert box.account == "gmail:alex.rivera@example.com"
    assert gmail_auth.read_account(token) == "alex.rivera@example.com"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    gmail_server.reset_counters()
    with open_mailbox(cfg, now=datetime.now(UTC)) as box:
        assert box.account == "gmail:alex.rivera@example.com"
    assert gmail_server.counters.round_trips == 0
