"""Thread scenarios through ``plan`` at chosen ``now`` values, in two time zones.

March 2026: Mon 2, Tue 3, Wed 4, Thu 5, Fri 6; New York switches to DST on Sun 8.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.models import FollowUpStatus
from tests.test_rules_helpers import BOB, JANE, ZONES, Scenario, config, only, status_of

D = date(2026, 3, 3)  # Tuesday


@pytest.fixture(params=ZONES)
def zone(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def sc(zone: str) -> Scenario:
    return Scenario(tz=ZoneInfo(zone))


def local(sc: Scenario, d: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), tzinfo=sc.tz)


# --------------------------------------------------------------------------- thank-you


def test_morning_interview_thank_you_same_afternoon(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.add(local(sc, date(2026, 2, 20), 11), kind="application_received")
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))

    before = sc.shown(local(sc, D, 9), cfg)
    assert [(p.kind, p.status) for p in before] == [("thank_you", FollowUpStatus.SCHEDULED)]
    ty = before[0]
    assert ty.due_at == local(sc, D, 14)
    assert ty.due_at.utcoffset() == local(sc, D, 14).utcoffset()
    assert sorted(ty.to) == sorted([JANE[1], BOB[1]])  # the interviewers on the invitation
    assert "morning" in ty.reason and "14:00" in ty.reason
    assert ty.context["greeting_names"] in {"Jane and Bob", "Bob and Jane"}
    assert ty.context["interview_day"] == "Tuesday"
    assert ty.thread == "<m1@acme.com>"

    after = sc.shown(local(sc, D, 14, 5), cfg)
    assert [(p.kind, p.status) for p in after] == [("thank_you", FollowUpStatus.DUE)]
    assert after[0].key == ty.key  # the same moment keeps its key across runs


def test_thank_you_goes_to_people_and_a_team_mailbox_only_when_alone(
    sc: Scenario, zone: str
) -> None:
    """A team mailbox on the invitation interviewed no one: the thank-you goes to the person
    (the mailbox is copied when composing); with no person known, to the mailbox."""
    cfg = config(zone)
    team = ("Acme Recruiting", "recruiting@acme.com")
    start = local(sc, D, 10)

    def interview(at: Scenario, attendees: list[tuple[str, str]]) -> None:
        at.add(
            local(at, date(2026, 2, 26), 15),
            kind="interview",
            from_email=team[1],
            from_name=team[0],
            interview_at=start,
            interview_end=start + timedelta(minutes=45),
            interviewers=attendees,
        )

    interview(sc, [team, BOB])
    [ty] = sc.shown(local(sc, D, 9), cfg)
    assert ty.to == [BOB[1]]
    alone = Scenario(tz=sc.tz)
    interview(alone, [team])
    [ty] = alone.shown(local(alone, D, 9), cfg)
    assert ty.to == [team[1]]


def test_afternoon_interview_thank_you_next_morning(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 15, 30))
    [ty] = sc.shown(local(sc, D, 17), cfg)
    assert ty.kind == "thank_you" and ty.status == FollowUpStatus.SCHEDULED
    assert ty.due_at == local(sc, D + timedelta(days=1), 8, 30)
    assert "next morning" in ty.reason
    [due] = sc.shown(local(sc, D + timedelta(days=1), 8, 31), cfg)
    assert due.status == FollowUpStatus.DUE


def test_noon_is_afternoon_by_default_and_boundary_is_configurable(sc: Scenario, zone: str) -> None:
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 12))
    [ty] = sc.shown(local(sc, D, 13), config(zone))
    assert ty.due_at == local(sc, D + timedelta(days=1), 8, 30)
    cfg = config(zone, thank_you={"morning_ends": "13:00", "same_day_at": "15:30"})
    [ty] = sc.shown(local(sc, D, 13), cfg)
    assert ty.due_at == local(sc, D, 15, 30)


def test_friday_afternoon_interview(sc: Scenario, zone: str) -> None:
    fri = date(2026, 3, 6)
    sc.invite(local(sc, date(2026, 3, 2), 10), start=local(sc, fri, 16))
    [ty] = sc.shown(local(sc, fri, 17), config(zone))
    assert ty.due_at == local(sc, date(2026, 3, 7), 8, 30)  # Saturday by default

    [ty] = sc.shown(local(sc, fri, 17), config(zone, thank_you={"skip_weekends": True}))
    assert ty.due_at == local(sc, date(2026, 3, 9), 8, 30)  # Monday
    assert "business morning" in ty.reason

    cfg = config(zone, holidays=["2026-03-09"], thank_you={"skip_weekends": True})
    [ty] = sc.shown(local(sc, fri, 17), cfg)
    assert ty.due_at == local(sc, date(2026, 3, 10), 8, 30)  # Monday is a holiday


def test_reschedule_by_calendar_update_latest_wins(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    sc.invite(
        local(sc, date(2026, 3, 2), 9), start=local(sc, D + timedelta(days=2), 15), sequence=1
    )
    # an older copy of the first invitation arriving late must not undo the update
    sc.invite(local(sc, date(2026, 3, 2), 10), start=local(sc, D, 10), sequence=0)
    plans = sc.shown(local(sc, D, 9), cfg)
    assert [(p.kind, p.due_at) for p in plans] == [
        ("thank_you", local(sc, D + timedelta(days=3), 8, 30))
    ]
    tl = sc.timeline(local(sc, D, 9), cfg)
    [app] = tl.applications
    assert len(app.interviews) == 1 and app.interviews[0].start == local(sc, date(2026, 3, 5), 15)


def test_reschedule_in_text_without_calendar(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), uid=None)
    sc.add(
        local(sc, date(2026, 3, 2), 9),
        kind="interview",
        interview_at=local(sc, D, 16),
        contact_email=JANE[1],
    )
    [ty] = sc.shown(local(sc, D, 12), cfg)
    assert ty.due_at == local(sc, D + timedelta(days=1), 8, 30)
    assert ty.to == [JANE[1], BOB[1]] or sorted(ty.to) == sorted([JANE[1], BOB[1]])


def test_second_round_in_same_thread_is_a_new_interview(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), uid=None)
    sc.add(local(sc, D, 17), kind="interview", interview_at=local(sc, date(2026, 3, 10), 11))
    plans = only(sc.shown(local(sc, date(2026, 3, 10), 15), cfg), "thank_you")
    assert len(plans) == 2


def test_cancelled_interview_gets_no_thank_you(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    assert only(sc.shown(local(sc, D, 8), cfg), "thank_you")
    sc.invite(local(sc, date(2026, 3, 2), 18), start=local(sc, D, 10), sequence=1, cancelled=True)
    assert sc.shown(local(sc, D, 15), cfg) == []
    [app] = sc.timeline(local(sc, D, 15), cfg).applications
    assert app.interviews == [] and len(app.cancelled_interviews) == 1


def test_cancelled_in_text(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), uid=None)
    sc.add(local(sc, date(2026, 3, 2), 18), interview_cancelled=True)
    assert sc.shown(local(sc, D, 15), cfg) == []


def test_thank_you_sent_by_hand_counts_as_done(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    sc.add(local(sc, D, 12, 30), is_own=True)
    assert sc.shown(local(sc, D, 15), cfg) == []
    assert status_of(sc.plan(local(sc, D, 15), cfg), "thank_you") == [FollowUpStatus.SENT]


def test_thank_you_asks_for_timeline_only_without_decision_date(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    [ty] = sc.shown(local(sc, D, 15), cfg)
    assert ty.context["decision_date"] == ""


# --------------------------------------------------------------------------- check-in


def test_respond_by_passed_with_silence_one_check_in_never_a_second(
    sc: Scenario, zone: str
) -> None:
    cfg = config(zone)
    fri = date(2026, 3, 6)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=fri)
    sc.add(local(sc, D, 13), is_own=True)  # the thank-you, sent by hand

    # Fri + 3 business days = Wed Mar 11, 09:00 local (after the DST change in New York)
    due = local(sc, date(2026, 3, 11), 9)
    [ci] = sc.shown(local(sc, date(2026, 3, 10), 12), cfg)
    assert ci.kind == "check_in" and ci.status == FollowUpStatus.SCHEDULED
    assert ci.due_at == due and ci.to == [JANE[1]]
    assert "3 business days" in ci.reason and "hear by" in ci.reason
    assert ci.context["decision_date"] == "Friday, March 6"

    for days in (0, 1, 14, 60):
        plans = sc.shown(due + timedelta(days=days), cfg)
        assert [p.key for p in plans] == [ci.key]  # one check-in, however long the silence

    # the candidate sends it; silence continues; no second check-in, ever
    sc.add(local(sc, date(2026, 3, 11), 9, 30), is_own=True)
    for days in (1, 7, 30):
        assert sc.shown(due + timedelta(days=days), cfg) == []
    assert status_of(sc.plan(due + timedelta(days=7), cfg), "check_in") == [FollowUpStatus.SENT]


def test_new_promised_date_after_check_in_does_not_make_a_second(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    sc.note("hear_by", date(2026, 3, 6), local(sc, D, 11))
    [ci] = only(sc.shown(local(sc, date(2026, 3, 11), 10), cfg), "check_in")
    assert "noted by you" in ci.reason
    sc.note("hear_by", date(2026, 3, 16), local(sc, date(2026, 3, 11), 11))
    later = only(sc.shown(local(sc, date(2026, 3, 25), 10), cfg), "check_in")
    assert [p.key for p in later] == [ci.key]  # same stage: still the same single check-in


def test_employer_replied_so_no_check_in(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=date(2026, 3, 6))
    sc.add(local(sc, date(2026, 3, 5), 16), kind="other")  # "still reviewing, thanks for waiting"
    for day in (date(2026, 3, 11), date(2026, 3, 20)):
        assert only(sc.shown(local(sc, day, 10), cfg), "check_in") == []
    [ci] = only(sc.plan(local(sc, date(2026, 3, 11), 10), cfg), "check_in")
    assert ci.status == FollowUpStatus.CANCELLED and "they wrote" in ci.reason


def test_employer_message_before_interview_does_not_cancel(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=date(2026, 3, 6))
    sc.add(local(sc, date(2026, 3, 2), 16), kind="other")  # a reminder the day before
    assert only(sc.shown(local(sc, date(2026, 3, 11), 10), cfg), "check_in")


def test_check_in_disabled_and_fallback(sc: Scenario, zone: str) -> None:
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=date(2026, 3, 6))
    off = config(zone, check_in={"enabled": False})
    assert only(sc.shown(local(sc, date(2026, 3, 11), 10), off), "check_in") == []

    sc2 = Scenario(tz=sc.tz)
    sc2.invite(local(sc2, date(2026, 2, 26), 15), start=local(sc2, D, 10))
    assert only(sc2.shown(local(sc2, date(2026, 3, 20), 10), config(zone)), "check_in") == []
    fb = config(zone, check_in={"fallback": {"enabled": True, "business_days_after_interview": 5}})
    [ci] = only(sc2.shown(local(sc2, date(2026, 3, 9), 10), fb), "check_in")
    assert ci.due_at == local(sc2, date(2026, 3, 10), 9) and "no decision date" in ci.reason


def test_holidays_do_not_count_as_business_days(sc: Scenario, zone: str) -> None:
    cfg = config(zone, holidays=["2026-03-10"])
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=date(2026, 3, 6))
    [ci] = only(sc.shown(local(sc, date(2026, 3, 9), 10), cfg), "check_in")
    assert ci.due_at == local(sc, date(2026, 3, 12), 9)


# --------------------------------------------------------------------------- requested


def test_please_follow_up_on_dec_3(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 11, 17), 11), start=local(sc, date(2026, 11, 19), 14))
    sc.add(local(sc, date(2026, 11, 20), 10), kind="other", follow_up_on=date(2026, 12, 3))
    plans = only(sc.shown(local(sc, date(2026, 11, 25), 12), cfg), "requested_follow_up")
    assert [(p.status, p.due_at) for p in plans] == [
        (FollowUpStatus.SCHEDULED, local(sc, date(2026, 12, 3), 9))
    ]
    assert plans[0].to == [JANE[1]] and "asked you to follow up" in plans[0].reason
    assert plans[0].context["follow_up_date"] == "Thursday, December 3"
    [due] = only(sc.shown(local(sc, date(2026, 12, 3), 9, 1), cfg), "requested_follow_up")
    assert due.status == FollowUpStatus.DUE

    # they wrote again before the date: the requested follow-up is pointless
    sc.add(local(sc, date(2026, 12, 1), 10), kind="other")
    assert only(sc.shown(local(sc, date(2026, 12, 3), 9, 1), cfg), "requested_follow_up") == []


def test_requested_follow_up_from_a_note(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 11, 17), 11), start=local(sc, date(2026, 11, 19), 14))
    sc.note("follow_up_on", date(2026, 12, 3), local(sc, date(2026, 11, 19), 16))
    [p] = only(sc.shown(local(sc, date(2026, 12, 3), 10), cfg), "requested_follow_up")
    assert p.status == FollowUpStatus.DUE and "noted by you" in p.reason


# --------------------------------------------------------------------------- rejection


def test_ats_rejection_in_new_thread_cancels_check_in_and_answers_recruiter(
    sc: Scenario, zone: str
) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=date(2026, 3, 6))
    sc.add(local(sc, D, 13), is_own=True)
    [ci] = sc.shown(local(sc, date(2026, 3, 9), 10), cfg)
    assert ci.kind == "check_in" and ci.status == FollowUpStatus.SCHEDULED

    rejection = sc.add(
        local(sc, date(2026, 3, 10), 17),
        reply_to_last=False,
        message_id="<gh-99@greenhouse-mail.io>",
        subject="Your application to Acme",
        from_email="no-reply@greenhouse-mail.io",
        from_name="Acme via Greenhouse",
        sender_domain="greenhouse-mail.io",
        kind="rejection",
        company=None,
        role=None,
        contact_email=None,
        is_automatic=True,
    )
    now = local(sc, date(2026, 3, 10), 17, 5)
    [app] = sc.timeline(now, cfg).applications  # linked by the ATS display name
    assert len(app.threads) == 2 and app.stage == "rejected"
    plans = sc.plan(now, cfg)
    assert status_of(plans, "check_in") == [FollowUpStatus.CANCELLED]
    [rr] = only(plans, "rejection_reply")
    assert rr.status == FollowUpStatus.DUE and rr.due_at == rejection.facts.sent_at
    assert rr.to == [JANE[1]]  # the recruiter met earlier, never the no-reply sender
    assert rr.thread == "<m1@acme.com>"  # in the recruiter's conversation
    assert rr.reply_to_message != rejection.id
    assert "met earlier" in rr.reason
    assert [p.kind for p in sc.shown(now, cfg)] == ["rejection_reply"]


def test_rejection_from_a_person_is_answered_to_them(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    rej = sc.add(
        local(sc, D, 11), kind="rejection", from_email="bob@acme.com", from_name="Bob Smith"
    )
    plans = sc.plan(local(sc, D, 12), cfg)
    # the thank-you for a morning interview was not due yet when the rejection came
    assert status_of(plans, "thank_you") == [FollowUpStatus.CANCELLED]
    [rr] = only(plans, "rejection_reply")
    assert rr.to == ["bob@acme.com"] and rr.reply_to_message == rej.id
    assert rr.context["greeting_names"] == "Bob"


def test_recruiter_note_then_ats_mail_is_one_rejection_reply(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.add(local(sc, date(2026, 2, 20), 10), kind="application_received")
    sc.add(local(sc, D, 11), kind="rejection")
    sc.add(
        local(sc, D, 11, 5),
        reply_to_last=False,
        subject="Update on your application",
        from_email="no-reply@hire.lever.co",
        from_name="Acme",
        kind="rejection",
        company="Acme",
    )
    assert len(only(sc.plan(local(sc, D, 12), cfg), "rejection_reply")) == 1


def test_offer_cancels_pending(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 15), respond_by=date(2026, 3, 6))
    sc.add(local(sc, D, 18), kind="offer")
    assert sc.shown(local(sc, D + timedelta(days=1), 9), cfg) == []


def test_every_rule_can_be_disabled(sc: Scenario, zone: str) -> None:
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    sc.add(local(sc, D, 11), kind="rejection", follow_up_on=date(2026, 3, 20))
    off = {k: {"enabled": False} for k in ("thank_you", "requested_follow_up", "rejection_reply")}
    assert sc.plan(local(sc, date(2026, 3, 21), 12), config(zone, **off)) == []


# --------------------------------------------------------------------------- staleness


def test_first_run_on_six_month_old_mailbox_drafts_nothing_stale(sc: Scenario, zone: str) -> None:
    """Everything is first seen today; moments that were due months ago are missed."""
    now = local(sc, date(2026, 9, 1), 10)
    seen = now - timedelta(minutes=5)
    sc.invite(
        local(sc, date(2026, 2, 26), 15),
        start=local(sc, D, 10),
        respond_by=date(2026, 3, 6),
        first_seen=seen,
    )
    sc.add(
        local(sc, date(2026, 3, 20), 9),
        first_seen=seen,
        kind="other",
        follow_up_on=date(2026, 4, 1),
    )
    sc.add(local(sc, date(2026, 4, 10), 9), first_seen=seen, kind="rejection")
    # a second company with an interview tomorrow: still scheduled
    sc.add(
        local(sc, date(2026, 8, 20), 9),
        reply_to_last=False,
        first_seen=seen,
        kind="interview",
        company="Globex",
        from_email="sam@globex.com",
        from_name="Sam Lee",
        subject="Interview at Globex",
        interview_at=local(sc, date(2026, 9, 2), 10),
    )
    cfg = config(zone)
    plans = sc.shown(now, cfg)
    assert FollowUpStatus.DUE not in {p.status for p in plans}
    assert {p.status for p in plans if p.application == "Acme"} == {FollowUpStatus.MISSED}
    assert [p.status for p in plans if p.application == "Globex"] == [FollowUpStatus.SCHEDULED]
    missed = [p for p in plans if p.status == FollowUpStatus.MISSED]
    assert all("missed" in p.reason for p in missed)


def test_recent_moment_within_its_grace_is_still_due(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    seen = local(sc, date(2026, 3, 4), 20)  # the agent was off for a day
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), first_seen=seen)
    [ty] = sc.shown(seen, cfg)
    assert ty.status == FollowUpStatus.DUE
    [ty] = sc.shown(seen, config(zone, thank_you={"grace": "1d"}))
    assert ty.status == FollowUpStatus.MISSED
    assert "more than 1 day before the agent first saw that email" in ty.reason


def test_messages_after_now_are_ignored(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10))
    sc.add(local(sc, D, 18), kind="rejection")
    assert [p.kind for p in sc.shown(local(sc, D, 15), cfg)] == ["thank_you"]


def test_reasons_are_one_sentence(sc: Scenario, zone: str) -> None:
    cfg = config(zone)
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=date(2026, 3, 6))
    sc.add(local(sc, date(2026, 3, 20), 9), kind="other", follow_up_on=date(2026, 4, 1))
    for p in sc.plan(local(sc, date(2026, 4, 1), 12), cfg):
        body = p.reason.rstrip(".")
        assert p.reason.endswith(".") and ". " not in body, p.reason


def test_rule_times_are_local_to_the_configured_zone() -> None:
    """A 10:00 New York interview is 16:00 in Berlin: an afternoon one for a Berlin user."""
    ny = Scenario(tz=ZoneInfo("America/New_York"))
    ny.invite(local(ny, date(2026, 2, 26), 15), start=local(ny, D, 10))
    [ty] = ny.shown(local(ny, D, 12), config("Europe/Berlin"))
    berlin = ZoneInfo("Europe/Berlin")
    assert ty.due_at == datetime(2026, 3, 4, 8, 30, tzinfo=berlin)
    assert ty.due_at.utcoffset() == timedelta(hours=1)


def test_max_per_stage_two_allows_a_second_check_in_never_a_third(sc: Scenario, zone: str) -> None:
    cfg = config(zone, check_in={"max_per_stage": 2})
    sc.invite(local(sc, date(2026, 2, 26), 15), start=local(sc, D, 10), respond_by=date(2026, 3, 6))
    sc.add(local(sc, D, 13), is_own=True)  # thank-you
    sc.add(local(sc, date(2026, 3, 11), 9, 30), is_own=True)  # check-in 1, by hand
    [second] = sc.shown(local(sc, date(2026, 3, 12), 10), cfg)
    assert second.kind == "check_in" and second.key.endswith(":2")
    assert second.due_at == local(sc, date(2026, 3, 16), 9)  # 3 business days later
    sc.add(local(sc, date(2026, 3, 16), 9, 15), is_own=True)  # check-in 2, by hand
    assert sc.shown(local(sc, date(2026, 4, 30), 10), cfg) == []
