"""The review page in a real headless Chromium (Debian's), driven by Playwright, on the demo.

A person opens the board, clicks into an application, corrects a misread message, snoozes
a planned draft, and sees the plan change; the same works with the keyboard alone; HTML
in a Subject stays text. Screenshots of the board and an application page are written to
``build/test-artifacts/review/``.

Locally without Chromium (or Playwright) these tests skip with the reason; with
``CI=true`` that is a failure, as for the Dovecot tests: CI is where the page is proven.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from agent.models import FollowUpStatus
from tests.review_world import EVIL_SUBJECT, SECRET, World, demo_world, served

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "build" / "test-artifacts" / "review"
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def _chromium() -> str:
    for name in CHROMIUM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    _unavailable("no chromium binary (apt-get install chromium chromium-driver)")
    raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = _chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def world(tmp_path: Path) -> World:
    return demo_world(tmp_path)


@pytest.fixture
def page(browser: Any, world: World) -> Iterator[Any]:
    with served(world) as base:
        context = browser.new_context(viewport={"width": 1400, "height": 900}, base_url=base)
        pg = context.new_page()
        errors: list[str] = []
        pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        pg.goto(f"/?key={SECRET}")
        yield pg
        context.close()
        # no CSP violation, no failed resource: the page is whole under its own policy
        assert errors == []


def _shot(pg: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    pg.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path


def test_board_then_correct_a_misread_message_then_snooze(page: Any, world: World) -> None:
    pg = page
    assert pg.url.endswith("/") and SECRET not in pg.url  # the secret left the address bar
    assert pg.locator(".stage-interviewing .card").count() >= 5
    _shot(pg, "board.png")

    pg.get_by_role("link", name="Vandelay Industries").click()
    pg.wait_for_url("**/app/vandelay-industries")
    assert pg.locator("svg.timeline .mark").count() >= 4
    _shot(pg, "application.png")

    # the "still reviewing" reply was really a rejection
    misread = pg.locator("li.message", has_text="still reviewing").first
    misread.get_by_label("This is").select_option("rejection")
    with pg.expect_navigation():
        misread.get_by_role("button", name="Correct").click()
    done = pg.get_by_role("status")
    assert "this is a rejection" in done.inner_text()
    assert "new: rejection reply for Vandelay Industries" in done.inner_text()
    assert "stage rejected" in pg.locator("p.meta").inner_text()
    _shot(pg, "application-corrected.png")
    with world.store() as store:
        (c,) = store.corrections(world.account)
        replies = [
            r for r in store.followups(world.account) if r.key.startswith("vandelay-industries:rej")
        ]
    assert c.value == {"kind": "rejection"}
    assert [r.status for r in replies] == [FollowUpStatus.DUE]

    # snooze Soylent's planned thank-you from the drafts page
    with pg.expect_navigation():
        pg.get_by_role("link", name="Drafts").click()
    item = pg.locator("li.moment", has_text="Soylent")
    item.get_by_label("Snooze until").fill("2026-03-20")
    with pg.expect_navigation():
        item.get_by_role("button", name="Snooze").click()
    assert "snoozed until Fri Mar 20" in pg.get_by_role("status").inner_text()
    assert (
        "snoozed until Fri Mar 20 08:30" in pg.locator("li.moment", has_text="Soylent").inner_text()
    )
    with world.store() as store:
        (soylent,) = [r for r in store.followups(world.account) if r.key.startswith("soylent:")]
    assert soylent.snoozed_until is not None
    assert soylent.snoozed_until.isoformat() == "2026-03-20T08:30:00-04:00"
    _shot(pg, "drafts.png")


def _tab_to(pg: Any, text: str, limit: int = 200) -> None:
    """Press Tab until the focused element's text, value or name contains ``text``."""
    for _ in range(limit):
        pg.keyboard.press("Tab")
        focused = pg.evaluate(
            "() => { const e = document.activeElement;"
            " return [e.innerText || e.value || '', e.name || ''].join(' '); }"
        )
        if text in focused:
            return
    raise AssertionError(f"Tab never reached {text!r}")


def test_keyboard_only(page: Any, world: World) -> None:
    pg = page
    _tab_to(pg, "Hooli")
    pg.keyboard.press("Enter")
    pg.wait_for_url("**/app/hooli")
    # say the acknowledgement was an interview invitation, with the keyboard only
    _tab_to(pg, "— choose —")
    for _ in range(3):  # not about my hiring, a rejection, an interview on …
        pg.keyboard.press("ArrowDown")
    assert pg.evaluate("() => document.activeElement.value") == "interview"
    pg.keyboard.press("Tab")  # "interview on": month, day, year
    pg.keyboard.type("03102026", delay=50)
    assert pg.evaluate("() => document.activeElement.value") == "2026-03-10"
    _tab_to(pg, "interview_time")  # "at": hour, minute, AM/PM
    pg.keyboard.type("1000A", delay=50)
    assert pg.evaluate("() => document.activeElement.value") == "10:00"
    _tab_to(pg, "Correct")
    with pg.expect_navigation():
        pg.keyboard.press("Enter")
    assert "an interview on 2026-03-10 10:00" in pg.get_by_role("status").inner_text()
    assert "new: thank-you for Hooli" in pg.get_by_role("status").inner_text()
    # and undo it, still without a mouse
    _tab_to(pg, "Undo")
    with pg.expect_navigation():
        pg.keyboard.press("Enter")
    assert "correction 1 undone" in pg.get_by_role("status").inner_text()
    with world.store() as store:
        assert store.corrections(world.account) == []


def test_html_in_a_subject_is_text_in_the_browser(browser: Any, world: World) -> None:
    world.add_evil_message()
    with served(world) as base:
        context = browser.new_context(base_url=base)
        pg = context.new_page()
        dialogs: list[str] = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        pg.goto(f"/?key={SECRET}")
        pg.get_by_role("link", name="Evilcorp").click()
        pg.wait_for_url("**/app/evilcorp*")
        subject = pg.locator("li.message .subject").first
        assert subject.inner_text() == EVIL_SUBJECT
        assert pg.locator("li.message img, li.message script, iframe").count() == 0
        assert pg.title() != "pwned" and dialogs == []
        context.close()
