"""Threads, application linking, stage and facts with their sources."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from agent import company_names, senders
from agent.commands.followup_cmd import resolve_application
from agent.followup.recipients import is_usable_contact
from agent.followup.timeline import NOTED_BY_YOU, build_timeline, normalise_subject
from agent.models import (
    Folder,
    FollowUpRow,
    FollowUpStatus,
    effective_due,
    issued_short_ids,
    short_id,
)
from agent.person_names import first_name
from agent.terminal_text import clean_text
from agent.understand.company_name import company_from_display
from tests.test_rules_helpers import JANE, ME, Scenario

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 4, 1, 12, tzinfo=TZ)


def at(d: int, hh: int = 9, month: int = 3) -> datetime:
    return datetime.combine(date(2026, month, d), time(hh), tzinfo=TZ)


def build(sc: Scenario, now: datetime = NOW):  # type: ignore[no-untyped-def]
    return build_timeline(sc.messages, sc.notes, tz=TZ, now=now, me=[ME])


def test_reply_chain_is_one_thread_named_by_first_message_id() -> None:
    sc = Scenario(tz=TZ)
    sc.add(at(2), kind="application_received")
    sc.add(at(3), kind="interview", interview_at=at(10, 10))
    sc.add(at(4), is_own=True)
    [app] = build(sc).applications
    [thread] = app.threads
    assert thread.key == "<m1@acme.com>" and len(thread.messages) == 3
    assert app.stage == "interviewing" and app.role == "Backend Engineer"


def test_backend_thread_id_groups_without_headers() -> None:
    sc = Scenario(tz=TZ)
    sc.add(
        at(2),
        kind="application_received",
        thread_id="T1",
        reply_to_last=False,
        subject="Thanks for applying",
    )
    sc.add(at(3), kind="interview", thread_id="T1", reply_to_last=False, subject="Next steps")
    sc.add(at(3), kind="interview", thread_id="T2", reply_to_last=False, subject="Next steps")
    [app] = build(sc).applications
    assert sorted(len(t.messages) for t in app.threads) == [1, 2]
    assert app.threads[0].backend_thread_id == "T1"


def test_subject_fallback_when_headers_do_not_link() -> None:
    sc = Scenario(tz=TZ)
    sc.add(at(2), reply_to_last=False, subject="Interview for Backend Engineer", kind="interview")
    # the parent of this reply was never stored (not job mail, or outside the window)
    sc.add(
        at(3),
        reply_to_last=False,
        subject="RE: Interview for Backend Engineer",
        in_reply_to="<missing@acme.com>",
        kind="interview",
    )
    [app] = build(sc).applications
    assert len(app.threads) == 1
    assert normalise_subject("Re: AW: Fwd: Hello  there") == "hello there"


def test_threads_of_one_company_are_linked_by_domain_ats_name_and_role() -> None:
    sc = Scenario(tz=TZ)
    sc.add(
        at(2),
        kind="application_received",
        reply_to_last=False,
        from_email="no-reply@myworkdayjobs.com",
        from_name="Acme Talent Acquisition",
        company=None,
        subject="We received your application",
    )
    sc.add(
        at(5), kind="interview", reply_to_last=False, company=None, role=None, subject="Quick chat?"
    )  # from jane@acme.com: linked by the sender domain
    sc.add(
        at(9),
        kind="assessment",
        reply_to_last=False,
        company=None,
        from_email="no-reply@hackerrank.com",
        from_name="HackerRank",
        subject="Your Backend Engineer coding challenge",
    )  # linked by the role only
    # another company through the same ATS stays separate
    sc.add(
        at(9),
        kind="application_received",
        reply_to_last=False,
        from_email="no-reply@myworkdayjobs.com",
        from_name="Globex Recruiting",
        company=None,
        role="Data Analyst",
        subject="We received your application",
    )
    apps = {a.company: a for a in build(sc).applications}
    assert set(apps) == {"Acme", "Globex"}
    assert len(apps["Acme"].threads) == 3 and apps["Acme"].stage == "assessment"
    assert apps["Globex"].key == "globex" and len(apps["Globex"].threads) == 1


def test_agency_recruiter_does_not_merge_clients() -> None:
    sc = Scenario(tz=TZ)
    for company in ("Acme", "Initech"):
        sc.add(
            at(2),
            reply_to_last=False,
            kind="interview",
            company=company,
            from_email="kim@talentfinders.com",
            from_name="Kim Park",
            subject=f"{company} interview",
        )
    assert sorted(a.company for a in build(sc).applications) == ["Acme", "Initech"]


def test_own_mail_and_newsletters_alone_make_no_application() -> None:
    sc = Scenario(tz=TZ)
    sc.add(
        at(2),
        reply_to_last=False,
        kind="other",
        company=None,
        role=None,
        from_email="jobs-noreply@linkedin.com",
        from_name="LinkedIn",
        subject="10 new jobs",
    )
    sc.add(at(3), reply_to_last=False, is_own=True, to=["friend@gmail.com"], subject="lunch?")
    assert build(sc).applications == []


def test_sent_folder_is_own_mail_even_if_not_marked() -> None:
    sc = Scenario(tz=TZ)
    sc.add(at(2), kind="interview", interview_at=at(3, 10))
    sc.add(at(3, 12), folder=Folder.SENT, from_email=ME, kind="other")
    [app] = build(sc).applications
    assert [m.facts.is_own for m in app.messages] == [False, True]


def test_notes_enter_as_facts_noted_by_you() -> None:
    sc = Scenario(tz=TZ)
    sc.add(at(2), kind="interview", interview_at=at(3, 10))
    sc.note("hear_by", date(2026, 3, 13), at(3, 12))
    sc.note("interview_at", at(20, 11), at(3, 12))
    sc.note("follow_up_on", date(2026, 3, 27), at(3, 12))
    [app] = build(sc).applications
    assert app.promises[-1].value == date(2026, 3, 13)
    assert app.promises[-1].source.describe(TZ) == NOTED_BY_YOU
    assert [i.start for i in app.interviews] == [at(3, 10), at(20, 11)]
    assert app.interviews[1].source.describe(TZ) == NOTED_BY_YOU
    assert app.requests[-1].value == date(2026, 3, 27)
    assert app.short_id == short_id("acme") and len(app.short_id) == 6


def test_note_takes_an_application_id_issued_before_ids_were_unified() -> None:
    """``note APP``: the id ``status`` shows now, and the SHA-1 id it showed before."""
    sc = Scenario(tz=TZ)
    sc.add(at(2), kind="interview", interview_at=at(3, 10))
    timeline = build(sc)
    legacy = hashlib.sha1(b"acme").hexdigest()[:6]
    assert resolve_application(timeline, short_id("acme")).key == "acme"
    assert resolve_application(timeline, legacy).key == "acme"
    assert resolve_application(timeline, legacy[:4]).key == "acme"


def test_one_short_id_for_applications_and_follow_ups_and_one_due_time() -> None:
    """Applications and follow-ups are shown by one kind of id; a snooze moves the due time."""
    assert short_id("acme") == hashlib.sha256(b"acme").hexdigest()[:6]
    assert issued_short_ids("acme")[0] == short_id("acme")
    due = at(10)
    row = FollowUpRow(
        account="a", key="acme|check_in", application_key="acme", kind="check_in",
        due_at=due, status=FollowUpStatus.SCHEDULED, reason="", recipients=[], thread=None,
        reply_to_message=None, draft_message_id=None, draft_id=None, draft_thread_id=None,
        draft_raw=None, snoozed_until=None, created_at=due, updated_at=due,
    )  # fmt: skip
    assert effective_due(row) == due
    assert effective_due(replace(row, snoozed_until=at(12))) == at(12)
    assert effective_due(replace(row, snoozed_until=at(9))) == due  # revived: no earlier


def test_contacts_are_human_and_newest_first() -> None:
    sc = Scenario(tz=TZ)
    sc.invite(at(2), start=at(5, 10))
    sc.add(at(6), from_email="no-reply@acme.com", from_name="Acme Careers", kind="other")
    [app] = build(sc).applications
    emails = [c.email for c in app.contacts]
    assert "no-reply@acme.com" not in emails and emails[0] == JANE[1]
    assert app.human_contact() is not None and app.human_contact().first_name == "Jane"


def test_stage_follows_latest_stage_event() -> None:
    sc = Scenario(tz=TZ)
    sc.add(at(2), kind="application_received")
    sc.add(at(5), kind="assessment")
    assert build(sc).applications[0].stage == "assessment"
    sc.add(at(9), kind="offer")
    assert build(sc).applications[0].stage == "offer"
    assert build(sc).applications[0].last_event().text == "offer"  # type: ignore[union-attr]


def test_contact_helpers() -> None:
    assert senders.is_noreply("no-reply@greenhouse.io") and senders.is_noreply(
        "notifications@acme.com"
    )
    assert is_usable_contact("talent@acme.com") and not is_usable_contact("jane@lever.co")
    assert not is_usable_contact(ME, [ME])
    assert company_from_display("Acme via Greenhouse", human=False) == "Acme"
    assert company_from_display("Acme Robotics Recruiting Team", human=False) == "Acme Robotics"
    assert company_from_display("Jane Doe", human=False) is None
    assert company_names.company_key("Acme, Inc.") == company_names.company_key("ACME") == "acme"
    assert senders.company_from_domain("careers.acme-robotics.co.uk") == "Acme Robotics"
    assert first_name("Doe, Jane") == "Jane" and first_name("Acme Recruiting") is None
    assert first_name("Jane\r\nBcc: x@evil.com") is None  # not a plain name: no greeting
    assert clean_text("a\r\nb\tc\x00") == "a b c"
