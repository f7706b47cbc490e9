"""The review page over HTTP (Starlette's test client on the real app and the demo store):
the secret, CSRF, escaping, corrections that replan at once and are undoable, the calendar,
the export, and a later pass that respects the corrections."""

from __future__ import annotations

import json
import re
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import icalendar
import pytest
from starlette.testclient import TestClient

from agent.cli import main
from agent.mail.maildir import MaildirMailbox
from agent.models import FollowUpStatus
from agent.pipeline import run_once
from agent.review.app import create_app
from agent.review.security import CSP, RemoteBindRefused, check_bind, is_loopback
from agent.store import Store
from tests.review_world import NOW, SECRET, World, demo_world


@pytest.fixture
def world(tmp_path: Path) -> World:
    """A fresh demo (Maildir, one real pass, the store) for each test: tests change it."""
    return demo_world(tmp_path)


def client_for(world: World, *, login: bool = True) -> TestClient:
    client = TestClient(create_app(world.settings()), base_url="http://127.0.0.1:8765")
    if login:
        r = client.get(f"/?key={SECRET}", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/"
        assert "httponly" in r.headers["set-cookie"].lower()
        assert "samesite=strict" in r.headers["set-cookie"].lower()
    return client


def csrf(client: TestClient) -> str:
    app = client.app
    return str(app.state.review.csrf)  # type: ignore[attr-defined]


def rows(world: World) -> dict[str, object]:
    with world.store() as store:
        return {r.key: r for r in store.followups(world.account)}


# --------------------------------------------------------------------------- security


@pytest.mark.parametrize("path", ["/", "/app/globex", "/drafts", "/corrections", "/calendar.ics"])
def test_nothing_without_the_secret(world: World, path: str) -> None:
    client = client_for(world, login=False)
    assert client.get(path).status_code == 403
    assert client.get(path + "?key=wrong-secret").status_code == 403
    assert "Globex" not in client.get(path).text


def test_the_secret_is_traded_for_a_cookie_and_leaves_the_address_bar(world: World) -> None:
    client = client_for(world)
    page = client.get("/")
    assert page.status_code == 200 and "Globex" in page.text
    assert SECRET not in page.text
    assert page.headers["content-security-policy"] == CSP
    assert "script-src" not in CSP and "'unsafe-inline'" not in CSP
    assert page.headers["referrer-policy"] == "same-origin"
    assert "<script" not in page.text  # no JavaScript anywhere


def test_a_post_without_the_csrf_token_is_refused_and_changes_nothing(world: World) -> None:
    client = client_for(world)
    msg = world.message_id("Re: Import/Export Analyst interview")
    before = rows(world)
    form = {"message": msg, "what": "rejection"}
    assert client.post("/correct", data=form).status_code == 403
    assert client.post("/correct", data={**form, "csrf": "forged"}).status_code == 403
    # the right token from another site's page is refused too
    cross = client.post(
        "/correct", data={**form, "csrf": csrf(client)}, headers={"Origin": "http://evil.example"}
    )
    assert cross.status_code == 403
    soylent = next(k for k in before if k.startswith("soylent:"))
    for path, data in [
        ("/followup/skip", {"key": soylent}),
        ("/followup/snooze", {"key": soylent, "until": "2026-03-20"}),
        ("/followup/revive", {"key": soylent}),
        ("/undo", {"id": "1"}),
    ]:
        assert client.post(path, data=data).status_code == 403
    # and without the cookie, even with the token
    stranger = client_for(world, login=False)
    assert stranger.post("/correct", data={**form, "csrf": csrf(client)}).status_code == 403
    with world.store() as store:
        assert store.corrections(world.account) == []
    assert rows(world) == before


def test_a_foreign_host_header_is_refused(world: World) -> None:
    client = TestClient(create_app(world.settings()), base_url="http://attacker.example")
    assert client.get(f"/?key={SECRET}").status_code == 400


def test_html_in_a_subject_is_shown_as_text(world: World) -> None:
    world.add_evil_message()
    client = client_for(world)
    board = client.get("/").text
    (href,) = re.findall(r'href="(/app/evilcorp[^"]*)"', board)
    page = client.get(href).text
    assert "&lt;script&gt;document.title=&#34;pwned&#34;&lt;/script&gt;" in page
    assert "<script" not in page and "<img src=x" not in page and "<iframe" not in page
    assert '<b onmouseover="alert(2)">' not in page
    assert "&lt;b onmouseover" in page


def test_refuses_to_bind_off_loopback_unless_told() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.10")
    with pytest.raises(RemoteBindRefused, match="--allow-remote"):
        check_bind("0.0.0.0", allow_remote=False)
    check_bind("0.0.0.0", allow_remote=True)  # told explicitly: allowed


def test_the_command_refuses_a_remote_host(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--config", str(world.root / "config.yaml"), "review", "--host", "0.0.0.0"])
    assert exc.value.code == 2
    assert "not a loopback address" in capsys.readouterr().err


# --------------------------------------------------------------------------- pages


def test_board_has_every_stage_and_the_filters_work(world: World) -> None:
    client = client_for(world)
    page = client.get("/").text
    for stage in ("applied", "assessment", "interviewing", "offer", "rejected", "silent"):
        assert f'id="col-{stage}"' in page
    assert "Northwind Analytics" in page and "thank-you: draft ready" in page
    only = client.get("/?stage=rejected").text
    assert "Initech" in only and "Northwind Analytics" not in only
    found = client.get("/?q=globex").text
    assert "Globex" in found and "Initech" not in found
    now = client.get("/?attention=1").text
    assert "Globex" in now and "Hooli" not in now


def test_application_page_tells_the_story(world: World) -> None:
    page = client_for(world).get("/app/northwind-analytics").text
    assert "<svg" in page and 'class="mark interview"' in page
    assert "Data Engineer interview at Northwind Analytics" in page  # the source message
    assert "Priya Shah" in page
    assert "a morning interview, so the same afternoon at 14:00" in page  # the reason
    assert "date and time:" in page  # the words that gave the interview


def test_drafts_page_shows_full_text_and_where_it_is(world: World) -> None:
    page = client_for(world).get("/drafts").text
    assert "Hi Priya and Tom," in page
    assert str(world.maildir / ".Drafts") in page
    assert "Revive" in page and "Snooze" in page


# --------------------------------------------------------------------------- corrections


def _post(client: TestClient, path: str, **data: str) -> str:
    r = client.post(path, data={**data, "csrf": csrf(client)})
    assert r.status_code == 200, r.text
    return r.text


def test_a_rejection_correction_replans_at_once_and_can_be_undone(world: World) -> None:
    client = client_for(world)
    msg = world.message_id("Re: Import/Export Analyst interview")
    page = _post(client, "/correct", message=msg, what="rejection")
    assert "How the plan changed" in page
    assert "new: rejection reply for Vandelay Industries" in page
    after = rows(world)
    reply = next(r for k, r in after.items() if k.startswith("vandelay-industries:rejection"))
    assert reply.status in (FollowUpStatus.DUE, FollowUpStatus.SCHEDULED)  # type: ignore[attr-defined]
    with world.store() as store:
        (c,) = store.corrections(world.account)
        assert (c.kind, c.message, c.value) == ("kind", msg, {"kind": "rejection"})
        stages = {a.key: a.stage for a in store.applications(world.account)}
    assert stages["vandelay-industries"] == "rejected"
    assert "you said: this is a rejection" in page
    assert 'id="col-rejected"' in client.get("/?stage=rejected").text
    assert "Vandelay" in client.get("/?stage=rejected").text

    page = _post(client, "/undo", id=str(c.id))
    assert "correction 1 undone" in page
    assert "rejection reply for Vandelay Industries" in page and "→ cancelled" in page
    with world.store() as store:
        assert store.corrections(world.account) == []
        assert store.corrections(world.account, include_undone=True)[0].undone_at is not None


def test_an_interview_on_a_date_plans_a_thank_you(world: World) -> None:
    client = client_for(world)
    msg = world.message_id("Thank you for applying to Hooli")
    day = (NOW + timedelta(days=4)).date().isoformat()
    page = _post(
        client, "/correct", message=msg, what="interview", interview_day=day, interview_time="10:00"
    )
    assert "new: thank-you for Hooli" in page
    assert "you said: an interview on" in page


def test_not_about_my_hiring_removes_the_application(world: World) -> None:
    client = client_for(world)
    msg = world.message_id("Stark Industries invites you")
    page = _post(client, "/correct", message=msg, what="not_hiring")
    assert "not about my hiring" in page
    assert "Stark Industries" not in client.get("/").text


def test_contact_and_heard_by_corrections_change_the_plan(world: World) -> None:
    client = client_for(world)
    umbrella = world.message_id("Interview for Platform Engineer at Umbrella")
    _post(client, "/correct", message=umbrella, what="contact", email="HR@umbrella-health.example")
    follow = next(r for k, r in rows(world).items() if k.startswith("umbrella-health:requested"))
    assert follow.recipients == ["hr@umbrella-health.example"]  # type: ignore[attr-defined]

    tyrell = world.message_id("Interview invitation - Replicant")
    hear_by = (NOW - timedelta(days=1)).date()
    page = _post(client, "/correct", message=tyrell, what="hear_by", date=hear_by.isoformat())
    assert "check-in for Tyrell Corporation" in page
    check_in = next(
        r for k, r in rows(world).items() if k.startswith("tyrell-corporation:check_in")
    )
    assert "noted by you" in check_in.reason or "you noted it" in check_in.reason  # type: ignore[attr-defined]


def test_merge_and_split(world: World) -> None:
    client = client_for(world)
    hooli = world.message_id("Thank you for applying to Hooli")
    stark = world.message_id("Stark Industries invites you")
    _post(client, "/correct", message=hooli, what="merge", **{"with": stark})
    board = client.get("/").text
    assert board.count('href="/app/') == 12  # 13 applications, two now one
    _post(client, "/correct", message=stark, what="split")
    assert client.get("/").text.count('href="/app/') == 13


def test_snooze_skip_and_revive(world: World) -> None:
    client = client_for(world)
    keys = rows(world)
    soylent = next(k for k in keys if k.startswith("soylent:thank_you"))
    page = _post(client, "/followup/snooze", key=soylent, until="2026-03-20", **{"from": "drafts"})
    assert "snoozed until Fri Mar 20" in page
    row = rows(world)[soylent]
    assert row.snoozed_until is not None and row.snoozed_until.date().isoformat() == "2026-03-20"  # type: ignore[attr-defined]
    _post(client, "/followup/skip", key=soylent, **{"from": "drafts"})
    assert rows(world)[soylent].status is FollowUpStatus.DISCARDED  # type: ignore[attr-defined]
    page = _post(client, "/followup/revive", key=soylent, **{"from": "drafts"})
    assert "revived" in page
    assert rows(world)[soylent].status is FollowUpStatus.SCHEDULED  # type: ignore[attr-defined]
    bad = client.post(
        "/followup/snooze", data={"key": soylent, "until": "2020-01-01", "csrf": csrf(client)}
    )
    assert bad.status_code == 400 and "not in the future" in bad.text


def test_revive_on_the_page_brings_a_missed_moment_back_due(world: World) -> None:
    """The page's revive is the CLI's (agent.followup.steering.revive): a missed moment is
    due now and stays due through the replan; a drafted one is refused."""
    client = client_for(world)
    before = rows(world)
    missed = next(k for k, r in before.items() if r.status is FollowUpStatus.MISSED)  # type: ignore[attr-defined]
    page = _post(client, "/followup/revive", key=missed, **{"from": "drafts"})
    assert "revived: due now; the next pass drafts it" in page
    row = rows(world)[missed]
    assert row.status is FollowUpStatus.DUE and row.snoozed_until == NOW  # type: ignore[attr-defined]
    drafted = next(k for k, r in before.items() if r.status is FollowUpStatus.DRAFTED)  # type: ignore[attr-defined]
    bad = client.post("/followup/revive", data={"key": drafted, "csrf": csrf(client)})
    assert bad.status_code == 400
    assert "only missed or skipped follow-ups can be revived" in bad.text
    assert rows(world)[drafted].status is FollowUpStatus.DRAFTED  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- calendar, export


def test_calendar_lists_interviews_and_upcoming_follow_ups(world: World) -> None:
    client = client_for(world, login=False)
    r = client.get(f"/calendar.ics?key={SECRET}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(r.content)
    summaries = [str(e["summary"]) for e in cal.walk("VEVENT")]
    assert "Interview: Soylent (Frontend Engineer)" in summaries
    assert "Send thank-you: Soylent" in summaries
    assert "Send check-in: Globex (draft ready)" in summaries
    assert not any("Pied Piper" in s and s.startswith("Send") for s in summaries)  # missed


def test_corrections_export_gives_labelled_examples(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    client = client_for(world)
    msg = world.message_id("Re: Import/Export Analyst interview")
    _post(client, "/correct", message=msg, what="rejection")
    capsys.readouterr()
    main(["--config", str(world.root / "config.yaml"), "corrections", "export"])
    (line,) = capsys.readouterr().out.splitlines()
    ex = json.loads(line)
    assert ex["predicted"]["kind"] == "other" and ex["label"] == {
        "kind": "rejection",
        "interview_at": None,
    }
    assert ex["message"]["subject"].startswith("Re: Import/Export Analyst interview")


# --------------------------------------------------------------------------- later passes


class _Hook(BaseHTTPRequestHandler):
    received: list[dict[str, object]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        _Hook.received.append(json.loads(body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_a_later_pass_respects_corrections_and_notifies(world: World) -> None:
    client = client_for(world)
    msg = world.message_id("Re: Import/Export Analyst interview")
    _post(client, "/correct", message=msg, what="rejection")
    hook = HTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    _Hook.received.clear()
    url = f"json://127.0.0.1:{hook.server_address[1]}/hook"
    cfg = world.cfg.model_copy(
        update={"notify": world.cfg.notify.model_copy(update={"apprise_urls": [url]})}
    )
    try:
        with (
            Store.open(world.store_path) as store,
            MaildirMailbox.from_settings(cfg.mailbox.maildir) as box,
        ):
            summary = run_once(cfg, store, box, now=NOW + timedelta(minutes=5))
            stages = {a.key: a.stage for a in store.applications(world.account)}
    finally:
        hook.shutdown()
    assert stages["vandelay-industries"] == "rejected"  # the pass applied the correction
    assert [d.application for d in summary.drafts] == ["Vandelay Industries"]
    assert summary.drafts[0].kind == "rejection_reply"
    (note,) = _Hook.received
    assert note["message"] == "1 draft ready: rejection reply (Vandelay Industries)"


# --------------------------------------------------------------------------- the command


def test_the_review_command_serves_the_page_it_prints(world: World) -> None:
    """`followup-agent review --port 0` in a process of its own, reached over loopback."""
    import subprocess
    import sys
    import urllib.error
    import urllib.request
    from http.cookiejar import CookieJar

    proc = subprocess.Popen(
        [
            *(sys.executable, "-m", "agent", "--config", str(world.root / "config.yaml")),
            *("review", "--port", "0", "--now", NOW.isoformat()),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the server announces itself
        found = re.findall(r"http://127\.0\.0\.1:\d+/\?key=\S+", line)
        assert found, (line, proc.poll(), proc.stderr.read() if proc.poll() is not None else "")
        url = found[0]
        base, key = url.split("/?key=")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(base + "/", timeout=30)
        assert refused.value.code == 403
        browser = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        with browser.open(url, timeout=30) as r:  # the secret, traded for a cookie
            assert r.geturl() == base + "/"
            board = r.read().decode()
        assert "Northwind Analytics" in board and 'id="col-silent"' in board
        with urllib.request.urlopen(f"{base}/calendar.ics?key={key}", timeout=30) as r:
            assert b"BEGIN:VCALENDAR" in r.read()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_corrections_are_stored_undone_and_kept(tmp_path: Path) -> None:
    from agent.followup.corrections import Correction
    from agent.store import SCHEMA_VERSION

    with Store.open(tmp_path / "s.db") as store:
        assert store.schema_version == SCHEMA_VERSION
        a = store.add_correction("acc", Correction("not_hiring", "m1"), now=NOW)
        b = store.add_correction(
            "acc", Correction("hear_by", "m2", {"date": "2026-03-10"}), now=NOW
        )
        assert (a, b) == (1, 2)
        assert store.undo_correction("acc", 1, now=NOW)
        assert not store.undo_correction("acc", 1, now=NOW)  # already undone
        assert [c.id for c in store.corrections("acc")] == [2]
        assert [c.undone_at for c in store.corrections("acc", include_undone=True)] == [NOW, None]
        assert store.corrections("other") == []


def test_page_skips_and_snoozes_a_missed_moment_as_the_cli_does(world: World) -> None:
    """Skip and snooze accept what ``followup-agent skip|snooze`` accept (both call
    agent.followup.steering): a missed moment shows the buttons, is snoozed to a later day
    and stays planned through the replan, and can be skipped; a drafted one is refused."""
    client = client_for(world)
    before = rows(world)
    missed = [k for k, r in before.items() if r.status is FollowUpStatus.MISSED]  # type: ignore[attr-defined]
    assert missed
    page = client.get("/drafts").text
    past = page.split('id="past-title"', 1)[1]
    assert 'action="/followup/snooze"' in past and 'action="/followup/skip"' in past
    page = _post(
        client, "/followup/snooze", key=missed[0], until="2026-03-20", **{"from": "drafts"}
    )
    assert "snoozed until Fri Mar 20" in page
    row = rows(world)[missed[0]]
    assert row.status is FollowUpStatus.SCHEDULED  # type: ignore[attr-defined]
    assert row.snoozed_until.date().isoformat() == "2026-03-20"  # type: ignore[attr-defined]
    victim = missed[-1] if len(missed) > 1 else missed[0]
    page = _post(client, "/followup/skip", key=victim, **{"from": "drafts"})
    assert "skipped: it will not be drafted" in page
    assert rows(world)[victim].status is FollowUpStatus.DISCARDED  # type: ignore[attr-defined]
    drafted = next(k for k, r in before.items() if r.status is FollowUpStatus.DRAFTED)  # type: ignore[attr-defined]
    for path, extra in (("/followup/skip", {}), ("/followup/snooze", {"until": "2026-03-20"})):
        bad = client.post(path, data={"key": drafted, "csrf": csrf(client), **extra})
        assert bad.status_code == 400
        assert "only scheduled, due or missed follow-ups can be" in bad.text
    assert rows(world)[drafted].status is FollowUpStatus.DRAFTED  # type: ignore[attr-defined]
