"""The Gmail test server itself: search semantics, wire formats, history, quota, threading.

The other Gmail tests trust it, so its behaviour is pinned here against the real client
library where the wire format matters.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta

import pytest

from tests import gmail_fixtures
from tests.gmail_fixtures import fake_credentials, mail
from tests.gmail_server import GmailState, GmailTestServer, QueryError, parse_query

gmail_server = gmail_fixtures.gmail_server


@pytest.fixture
def state() -> GmailState:
    s = GmailState()
    s.add_message(
        mail(
            subject="Interview invitation: Backend Engineer",
            body="We would like to invite you to a video interview.",
            sender="Jane Smith <jane@acme.example>",
            date=datetime(2026, 3, 2, 15, 0, tzinfo=UTC),
            msgid="<a@acme.example>",
        ).as_bytes(),
        ["INBOX"],
    )
    s.add_message(
        mail(
            subject="Weekly digest",
            body="Ten interview tips. Unsubscribe here.",
            sender="news@digest.example",
            date=datetime(2026, 1, 2, 15, 0, tzinfo=UTC),
        ).as_bytes(),
        ["INBOX", "CATEGORY_PROMOTIONS"],
    )
    s.add_message(
        mail(
            subject="Re: Interview invitation: Backend Engineer",
            body="Thursday works.",
            sender="alex.rivera@example.com",
            to="jane@acme.example",
            in_reply_to="<a@acme.example>",
            date=datetime(2026, 3, 2, 18, 0, tzinfo=UTC),
        ).as_bytes(),
        ["SENT"],
    )
    s.add_message(
        mail(subject="Spam", body="interview", date=datetime(2026, 3, 1, tzinfo=UTC)).as_bytes(),
        ["SPAM"],
    )
    return s


def _subjects(state: GmailState, q: str) -> list[str]:
    return sorted(m.subject for m in state.search(q))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "interview",
            [
                "Interview invitation: Backend Engineer",
                "Re: Interview invitation: Backend Engineer",
                "Weekly digest",
            ],
        ),
        ('"video interview"', ["Interview invitation: Backend Engineer"]),
        ('"interview video"', []),
        (
            "interview -unsubscribe",
            [
                "Interview invitation: Backend Engineer",
                "Re: Interview invitation: Backend Engineer",
            ],
        ),
        ("from:acme.example", ["Interview invitation: Backend Engineer"]),
        ("from:(digest.example OR acme.example) tips", ["Weekly digest"]),
        ("subject:digest OR subject:thursday", ["Weekly digest"]),
        ("thursday OR digest", ["Re: Interview invitation: Backend Engineer", "Weekly digest"]),
        ("in:sent", ["Re: Interview invitation: Backend Engineer"]),
        ("in:spam", ["Spam"]),
        ("in:anywhere interview -in:inbox", ["Re: Interview invitation: Backend Engineer", "Spam"]),
        (
            "after:1767571200",
            [
                "Interview invitation: Backend Engineer",
                "Re: Interview invitation: Backend Engineer",
            ],
        ),
        ("before:2026/02/01", ["Weekly digest"]),
        ("rfc822msgid:<a@acme.example>", ["Interview invitation: Backend Engineer"]),
        ("rfc822msgid:a@acme.example", ["Interview invitation: Backend Engineer"]),
        ("category:promotions", ["Weekly digest"]),
        ("label:sent", ["Re: Interview invitation: Backend Engineer"]),
        ("(tips OR thursday) -(in:sent)", ["Weekly digest"]),
        ("{tips thursday}", ["Re: Interview invitation: Backend Engineer", "Weekly digest"]),
        ("interview AND video", ["Interview invitation: Backend Engineer"]),
        (
            "INTERVIEW",
            [
                "Interview invitation: Backend Engineer",
                "Re: Interview invitation: Backend Engineer",
                "Weekly digest",
            ],
        ),
        ("interv", []),  # whole words only, like Gmail
    ],
)
def test_search(state: GmailState, query: str, expected: list[str]) -> None:
    assert _subjects(state, query) == expected


def test_newer_than_uses_the_clock(state: GmailState) -> None:
    state.add_message(mail(subject="Fresh", body="x", date=datetime.now(UTC)).as_bytes(), ["INBOX"])
    assert _subjects(state, "newer_than:2d") == ["Fresh"]
    assert "Fresh" not in _subjects(state, "older_than:1d")


def test_bad_queries_are_rejected() -> None:
    for q in ("(a OR b", "a)", '"'):
        with pytest.raises(QueryError):
            parse_query(q if q != '"' else "(")


def test_threads_join_by_references_and_subject(state: GmailState) -> None:
    by_subject = {m.subject: m for m in state.messages.values()}
    assert (
        by_subject["Re: Interview invitation: Backend Engineer"].thread_id
        == by_subject["Interview invitation: Backend Engineer"].thread_id
    )
    other = state.add_message(
        mail(subject="Different", body="x", in_reply_to="<a@acme.example>").as_bytes(), ["INBOX"]
    )
    assert other.thread_id == other.id  # References alone is not enough: subjects differ


def test_history_ids_increase_and_expire(gmail_server: GmailTestServer) -> None:
    from googleapiclient.discovery import build
    from googleapiclient.errors import HttpError

    svc = build(
        "gmail",
        "v1",
        credentials=fake_credentials(),
        static_discovery=True,
        client_options={"api_endpoint": gmail_server.url},
    ).users()
    start = svc.getProfile(userId="me").execute()["historyId"]
    a = gmail_server.add_message(mail(subject="one", body="x"))
    b = gmail_server.add_message(mail(subject="two", body="y"))
    assert int(start) < a.history_id < b.history_id
    resp = (
        svc.history()
        .list(userId="me", startHistoryId=start, historyTypes=["messageAdded"])
        .execute()
    )
    added = [h["messagesAdded"][0]["message"]["id"] for h in resp["history"]]
    assert added == [a.id, b.id]
    assert resp["historyId"] == str(b.history_id)
    page = svc.history().list(userId="me", startHistoryId=start, maxResults=1).execute()
    assert len(page["history"]) == 1 and "nextPageToken" in page
    gmail_server.expire_history()
    with pytest.raises(HttpError) as info:
        svc.history().list(userId="me", startHistoryId=start).execute()
    assert info.value.resp.status == 404


def test_message_formats(gmail_server: GmailTestServer) -> None:
    from googleapiclient.discovery import build

    msg = mail(subject="Hello", body="Body text")
    msg.add_attachment(
        b"BEGIN:VCALENDAR", maintype="text", subtype="calendar", filename="invite.ics"
    )
    stored = gmail_server.add_message(msg)
    svc = build(
        "gmail",
        "v1",
        credentials=fake_credentials(),
        static_discovery=True,
        client_options={"api_endpoint": gmail_server.url},
    ).users()
    minimal = svc.messages().get(userId="me", id=stored.id, format="minimal").execute()
    assert "payload" not in minimal and set(minimal["labelIds"]) == {
        "INBOX",
        "UNREAD",
        "CATEGORY_PERSONAL",
    }
    meta = (
        svc.messages()
        .get(userId="me", id=stored.id, format="metadata", metadataHeaders=["subject", "From"])
        .execute()
    )
    assert [h["name"] for h in meta["payload"]["headers"]] == ["From", "Subject"]
    full = svc.messages().get(userId="me", id=stored.id).execute()
    assert full["payload"]["mimeType"] == "multipart/mixed"
    parts = full["payload"]["parts"]
    assert parts[1]["filename"] == "invite.ics" and parts[1]["partId"] == "1"
    raw = svc.messages().get(userId="me", id=stored.id, format="raw").execute()
    import base64

    assert base64.urlsafe_b64decode(raw["raw"]) == msg.as_bytes()


def test_quota_is_a_moving_minute(gmail_server: GmailTestServer) -> None:
    now = [1000.0]
    gmail_server.app.clock = lambda: now[0]
    gmail_server.app.quota_budget = 10
    url = f"{gmail_server.url}/gmail/v1/users/me/messages?alt=json"

    def status() -> int:
        try:
            with urllib.request.urlopen(url) as resp:
                return int(resp.status)
        except urllib.error.HTTPError as exc:
            body = json.loads(exc.read())
            assert body["error"]["errors"][0]["reason"] == "userRateLimitExceeded"
            return int(exc.code)

    assert [status(), status(), status()] == [200, 200, 429]  # 5 units each
    now[0] += 30
    assert status() == 429
    now[0] += 31  # the first two calls left the window
    assert status() == 200
    assert gmail_server.counters.units == 15
    assert gmail_server.counters.calls["messages.list"] == 3


def test_sends_are_refused_everywhere(gmail_server: GmailTestServer) -> None:
    for path in (
        "/gmail/v1/users/me/messages/send",
        "/gmail/v1/users/me/drafts/send",
        "/upload/gmail/v1/users/me/messages/send?uploadType=multipart",
    ):
        req = urllib.request.Request(f"{gmail_server.url}{path}", data=b"{}", method="POST")
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(req)
        assert info.value.code == 403
    assert len(gmail_server.send_attempts) == 3


def test_latency_is_per_round_trip_not_per_batch_part(gmail_server: GmailTestServer) -> None:
    from agent.mail.gmail import GmailMailbox

    ids = [gmail_server.add_message(mail(subject=f"m{i}", body="x")).id for i in range(20)]
    gmail_server.set_latency(0.02)
    box = GmailMailbox(fake_credentials(), api_endpoint=gmail_server.url)
    assert len(list(box.fetch(ids))) == 20
    assert gmail_server.counters.round_trips == 1
    assert gmail_server.counters.batch_parts == 20
    box.close()


def test_old_message_dates_are_kept() -> None:
    s = GmailState()
    when = datetime.now(UTC) - timedelta(days=300)
    m = s.add_message(mail(subject="x", body="y", date=when).as_bytes(), ["INBOX"])
    assert abs(m.internal_ms / 1000 - when.timestamp()) < 1


def test_received_mail_gets_the_tab_gmail_would_give_it() -> None:
    s = GmailState()
    day = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)

    def add(sender: str, subject: str, body: str, **extra: str) -> set[str]:
        msg = mail(subject=subject, body=body, sender=sender, date=day, extra=extra)
        return s.add_message(msg.as_bytes(), ["INBOX"]).labels

    assert "CATEGORY_PERSONAL" in add("Jane <jane@acme.example>", "Developer interview", "Hi")
    assert "CATEGORY_UPDATES" in add(
        "Shop <orders@shop.example>", "Your receipt", "Here's a special offer for next time"
    )
    assert "CATEGORY_UPDATES" in add("ATS <no-reply@greenhouse.io>", "Your application", "Thanks")
    assert "CATEGORY_SOCIAL" in add(
        "LinkedIn <notifications-noreply@linkedin.com>", "Sam started a new position", "x"
    )
    assert "CATEGORY_PROMOTIONS" in add(
        "Shop <news@shop.example>",
        "Exclusive offer: 30% off",
        "Sale",
        **{"List-Unsubscribe": "<https://shop.example/u>"},
    )
    assert "CATEGORY_FORUMS" in add(
        "List <list@lists.example>", "[dev] release", "x", **{"List-Id": "<dev.lists.example>"}
    )
    sent = s.add_message(
        mail(subject="Re: Developer interview", body="Thanks!", date=day).as_bytes(), ["SENT"]
    )
    assert sent.labels == {"SENT"}  # Gmail gives tabs to received mail only
    # search names the Primary tab "primary" (its label id is CATEGORY_PERSONAL)
    assert _subjects(s, "category:primary") == ["Developer interview"]
    assert _subjects(s, "category:updates") == ["Your application", "Your receipt"]
    assert _subjects(s, "-category:promotions -category:social -category:forums") == [
        "Developer interview",
        "Re: Developer interview",
        "Your application",
        "Your receipt",
    ]
    assert GmailState(tabs=False).add_message(
        mail(subject="x", body="y").as_bytes(), ["INBOX"]
    ).labels == {"INBOX"}
