"""The one decision about what became of a draft, on facts alone (no mailbox)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.followup.draft_fate import (
    DraftFacts,
    DraftOrigin,
    SentCopy,
    draft_fate,
    norm_message_id,
    same_draft,
    stored_status,
)
from agent.models import DraftState, FollowUpStatus
from tests.mailfactory import make_message

MADE = datetime(2026, 3, 4, 14, 0, tzinfo=UTC)
MID = "<fu1.followup@example.com>"
PARENT = "<Parent@Acme.example>"


def _draft(body: str = "Thank you for your time today.", **kw: object) -> bytes:
    args: dict[str, object] = {
        "sender": "alex.rivera@example.com",
        "to": "Jane Doe <jane@acme.example>",
        "subject": "Re: Interview",
        "message_id": MID,
        "in_reply_to": PARENT,
        "date": MADE,
        "body": body,
    }
    args.update(kw)
    return make_message(**args)  # type: ignore[arg-type]


def fate(facts: DraftFacts, original: bytes | None = None) -> DraftState:
    return draft_fate(facts, message_id=MID, original=original)


def test_in_drafts_unchanged_or_without_an_original_is_waiting() -> None:
    raw = _draft()
    assert fate(DraftFacts(in_drafts=True, current=raw), raw) is DraftState.WAITING
    assert fate(DraftFacts(in_drafts=True, current=raw)) is DraftState.WAITING
    assert fate(DraftFacts(in_drafts=True), raw) is DraftState.WAITING  # bytes not read


def test_rewritten_headers_and_line_endings_are_no_edit() -> None:
    raw = _draft()
    assert fate(DraftFacts(True, raw.replace(b"\r\n", b"\n")), raw) is DraftState.WAITING
    resaved = b"User-Agent: SomeClient 1.0\r\nX-Mozilla-Draft-Info: 1\r\n" + raw
    assert fate(DraftFacts(True, resaved), raw) is DraftState.WAITING
    refolded = _draft(to='"Jane Doe" <JANE@acme.example>')  # same address, other spelling
    assert same_draft(refolded, raw)


def test_other_body_subject_or_recipients_is_edited() -> None:
    raw = _draft()
    for edited in (
        _draft(body="I rewrote this myself."),
        _draft(subject="Re: Interview (thanks!)"),
        _draft(to="Bob <bob@acme.example>"),
    ):
        assert not same_draft(edited, raw)
        assert fate(DraftFacts(in_drafts=True, current=edited), raw) is DraftState.EDITED


def test_gone_with_our_message_id_in_sent_is_sent() -> None:
    copy = SentCopy(message_id="<FU1.followup@example.com>")  # ids compare case-blind
    assert fate(DraftFacts(in_drafts=False, sent=[copy])) is DraftState.SENT
    assert fate(DraftFacts(in_drafts=False, sent=[copy]), _draft()) is DraftState.SENT


def test_a_reply_to_the_same_parent_after_the_draft_is_sent() -> None:
    raw = _draft()
    later = SentCopy("<typed@example.com>", "<parent@acme.example>", MADE + timedelta(hours=1))
    assert fate(DraftFacts(False, sent=[later]), raw) is DraftState.SENT
    # a little clock skew is allowed; a reply typed long before the draft is not this draft
    skew = SentCopy(None, PARENT, MADE - timedelta(minutes=5))
    assert fate(DraftFacts(False, sent=[skew]), raw) is DraftState.SENT
    before = SentCopy(None, PARENT, MADE - timedelta(hours=20))
    assert fate(DraftFacts(False, sent=[before]), raw) is DraftState.DELETED
    # without a time to compare, a reply to the same parent counts
    assert fate(DraftFacts(False, sent=[SentCopy(None, PARENT)]), raw) is DraftState.SENT
    # without the original, the parent is unknown: only the Message-ID counts
    assert fate(DraftFacts(False, sent=[later])) is DraftState.DELETED


def test_gone_and_not_sent_is_deleted() -> None:
    other = SentCopy("<x@example.com>", "<someone-else@acme.example>", MADE)
    assert fate(DraftFacts(in_drafts=False), _draft()) is DraftState.DELETED
    assert fate(DraftFacts(in_drafts=False, sent=[other]), _draft()) is DraftState.DELETED


def test_origin_tells_backends_what_to_look_for() -> None:
    origin = DraftOrigin.of(_draft())
    assert origin.parent == "parent@acme.example"
    assert origin.made_at == MADE
    assert origin.compare
    assert DraftOrigin.of(None) == DraftOrigin(None, None, False)
    assert norm_message_id(" <A@B> (comment)") == "a@b"
    assert norm_message_id("") is None


def test_stored_status_maps_deleted_and_sent_only() -> None:
    assert stored_status(DraftState.DELETED) is FollowUpStatus.DISCARDED
    assert stored_status(DraftState.SENT) is FollowUpStatus.SENT
    assert stored_status(DraftState.WAITING) is None
    assert stored_status(DraftState.EDITED) is None
