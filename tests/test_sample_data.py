"""The demo's sample mailbox and the draft scenarios are .eml data files: every file is
listed, every moment in them is filled in, and a listing that names no real moment fails."""

from __future__ import annotations

import tomllib
from datetime import datetime, timedelta
from email import message_from_bytes
from email.policy import default
from zoneinfo import ZoneInfo

import pytest

from agent import demo_sample
from agent.demo_sample import SAMPLE_DIR, build_sample
from agent.draft_scenarios import SCENARIO_DIR, all_scenarios


def _listing(path: str) -> dict:
    return tomllib.loads((SAMPLE_DIR / path).read_text(encoding="utf-8"))


def test_every_sample_file_is_listed_once() -> None:
    listed = [m["file"] for m in _listing("mailbox.toml")["mail"]]
    on_disk = sorted(p.name for p in SAMPLE_DIR.glob("*.eml"))
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 3, 9, 7, 30, tzinfo=ZoneInfo("America/New_York")),  # a Monday morning
        datetime(2026, 3, 14, 22, 0, tzinfo=ZoneInfo("Asia/Tokyo")),  # a Saturday night
    ],
)
def test_every_moment_is_filled_and_threads_hold(now: datetime) -> None:
    sample = build_sample(now)
    ids = {m.message_id for m in sample.mails}
    for m, when in zip(sample.mails, sample.dates, strict=True):
        text = m.raw.decode("utf-8")
        assert "{{" not in text and "}}" not in text
        assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
        msg = message_from_bytes(m.raw, policy=default)
        assert msg["Date"].datetime == when
        assert str(msg["Message-ID"]) == m.message_id
        if msg["In-Reply-To"] is not None:
            assert str(msg["In-Reply-To"]) in ids
            assert str(msg["References"]).split()[-1] == str(msg["In-Reply-To"])
    assert len(ids) == len(sample.mails)


def test_a_moment_the_sample_does_not_name_is_an_error() -> None:
    named = demo_sample.moments(datetime(2026, 3, 10, 12, tzinfo=ZoneInfo("UTC")))
    expected = named["globex_interview"] - timedelta(days=6) + timedelta(hours=2)
    assert demo_sample._moment("globex_interview -6d +2h", named) == expected
    with pytest.raises(KeyError):
        demo_sample._moment("hooli_interview -1d", named)
    with pytest.raises(ValueError, match="cannot read the moment"):
        demo_sample._moment("now -1 week", named)


def test_every_scenario_folder_and_file_is_listed() -> None:
    order = tomllib.loads((SCENARIO_DIR / "scenarios.toml").read_text(encoding="utf-8"))["order"]
    assert sorted(order) == sorted(p.name for p in SCENARIO_DIR.iterdir() if p.is_dir())
    for sc in all_scenarios():
        spec = tomllib.loads((SCENARIO_DIR / sc.name / "scenario.toml").read_text("utf-8"))
        listed = sorted(m["file"] for m in spec["mail"])
        assert listed == sorted(p.name for p in (SCENARIO_DIR / sc.name).glob("*.eml"))
        assert sc.now.tzinfo == ZoneInfo(sc.tz)
