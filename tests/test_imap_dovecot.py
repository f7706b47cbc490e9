"""The IMAP backend against a real Dovecot: sync, drafts, UIDVALIDITY, flags and bytes untouched."""

from __future__ import annotations

import glob
import json
import os
from datetime import UTC, datetime, timedelta

import pytest

from agent.errors import AuthError
from agent.mail.imap import ImapMailbox
from agent.mail.imap_text import parse_id
from agent.models import DraftRef, DraftRequest, DraftState, Folder, MessageRef
from tests.dovecot import DovecotServer, WireCounter, new_user
from tests.mailfactory import make_message

NOW = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
ME = "Alex Rivera <alex.rivera@example.com>"


@pytest.fixture
def imap_user(dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch) -> str:
    return new_user(dovecot, monkeypatch)


def _box(server: DovecotServer, user: str, **kw: object) -> ImapMailbox:
    kw.setdefault("clock", lambda: NOW)
    kw.setdefault("sleep", lambda s: None)
    return ImapMailbox(server.settings(user), window=timedelta(days=60), **kw)  # type: ignore[arg-type]


def _fill(server: DovecotServer, user: str, n: int = 5, *, start: int = 0) -> list[bytes]:
    msgs = []
    for i in range(start, start + n):
        when = NOW - timedelta(days=i % 30, hours=1)
        raw = make_message(
            subject=f"Interview {i}",
            date=when,
            message_id=f"<m{i}@acme.example>",
        )
        server.deliver(user, raw, when=when, flags="S" if i % 3 == 0 else "")
        msgs.append(raw)
    return msgs


def _draft(n: int = 1, parent: str = "<m0@acme.example>", body: str = "Thank you!") -> DraftRequest:
    mid = f"<fu{n}.followup@example.com>"
    raw = make_message(
        subject="Re: Interview 0",
        sender=ME,
        to="Jane Doe <jane@acme.example>",
        body=body,
        date=NOW,
        message_id=mid,
        in_reply_to=parent,
    )
    return DraftRequest(raw=raw, message_id=mid, in_reply_to=parent)


# --------------------------------------------------------------------------- sync


def test_first_scan_is_bounded_by_the_window(dovecot: DovecotServer, imap_user: str) -> None:
    _fill(dovecot, imap_user, 4)
    old = make_message(subject="Old", date=NOW - timedelta(days=200), message_id="<old@x>")
    dovecot.deliver(imap_user, old, when=NOW - timedelta(days=200))
    sent = make_message(sender=ME, subject="Re: Interview 1", message_id="<s1@example.com>")
    dovecot.deliver(imap_user, sent, folder="Sent", when=NOW - timedelta(days=1), flags="S")
    with _box(dovecot, imap_user) as box:
        changes = box.changes(None)
    assert not changes.full_rescan
    subjects = sorted(
        (r.folder, r.headers.split(b"Subject: ")[1].split(b"\r\n")[0]) for r in changes.added
    )
    assert subjects == [
        (Folder.INBOX, b"Interview 0"),
        (Folder.INBOX, b"Interview 1"),
        (Folder.INBOX, b"Interview 2"),
        (Folder.INBOX, b"Interview 3"),
        (Folder.SENT, b"Re: Interview 1"),
    ]
    ref = next(r for r in changes.added if r.folder is Folder.INBOX)
    assert ref.snippet.startswith("Hi Alex")
    assert parse_id(ref.id) is not None and ref.id.startswith("INBOX:")


def test_incremental_scan_with_nothing_new_costs_two_commands(
    dovecot: DovecotServer, imap_user: str
) -> None:
    _fill(dovecot, imap_user, 3)
    counter = WireCounter()
    with _box(dovecot, imap_user, on_connect=counter) as box:
        first = box.changes(None)
    counter.reset()
    with _box(dovecot, imap_user, on_connect=counter) as box:  # a fresh process, same cursor
        again = box.changes(first.cursor)
    assert again.added == []
    assert again.cursor == first.cursor
    assert counter.after_login() == ["STATUS", "STATUS"]  # target: at most 3


def test_incremental_scan_returns_each_new_message_once(
    dovecot: DovecotServer, imap_user: str
) -> None:
    _fill(dovecot, imap_user, 3)
    counter = WireCounter()
    with _box(dovecot, imap_user, on_connect=counter) as box:
        c1 = box.changes(None)
        assert len(c1.added) == 3
        _fill(dovecot, imap_user, 2, start=10)
        reply = make_message(sender=ME, subject="Re: Interview 10", message_id="<s10@example.com>")
        dovecot.deliver(imap_user, reply, folder="Sent", when=NOW)
        counter.reset()
        c2 = box.changes(c1.cursor)
        got = sorted(r.headers.split(b"Message-ID: ")[1].split(b"\r\n")[0] for r in c2.added)
        assert got == [b"<m10@acme.example>", b"<m11@acme.example>", b"<s10@example.com>"]
        # STATUS, EXAMINE, one ranged UID FETCH per folder with news: no SEARCH needed
        assert counter.after_login() == ["STATUS", "EXAMINE", "UID FETCH"] * 2
        c3 = box.changes(c2.cursor)
        assert c3.added == []
        bodies = {m.id: m for m in box.fetch([r.id for r in c2.added])}
    assert set(bodies) == {r.id for r in c2.added}
    sent_msg = next(m for m in bodies.values() if m.folder is Folder.SENT)
    assert sent_msg.raw == reply


def test_fetch_skips_vanished_ids(dovecot: DovecotServer, imap_user: str) -> None:
    _fill(dovecot, imap_user, 2)
    with _box(dovecot, imap_user) as box:
        refs = box.changes(None).added
        folder, uv, uid = parse_id(refs[0].id)  # type: ignore[misc]
        wanted = [refs[0].id, f"{folder}:{uv + 1}:{uid}", f"{folder}:{uv}:999", "Nope:1:1", "junk"]
        got = [m.id for m in box.fetch(wanted)]
    assert got == [refs[0].id]


def test_nothing_changes_flags_or_bytes_of_the_users_mail(
    dovecot: DovecotServer, imap_user: str
) -> None:
    _fill(dovecot, imap_user, 6)
    dovecot.deliver(imap_user, make_message(sender=ME, message_id="<s@x>"), folder="Sent")
    before = dovecot.snapshot(imap_user)
    assert any(flags == "" for flags, _ in before.values())  # unread mail exists
    with _box(dovecot, imap_user) as box:
        changes = box.changes(None)
        bodies = list(box.fetch([r.id for r in changes.added]))
        assert len(bodies) == 7
        draft = _draft()
        ref = box.create_draft(draft)
        assert box.find_drafts([draft.message_id]) == {draft.message_id: ref}
        assert box.draft_state(ref, original=draft.raw) is DraftState.WAITING
        box.changes(changes.cursor)
    after = dovecot.snapshot(imap_user)
    for key, value in before.items():
        assert after[key] == value, f"{key} changed"
    new = {k: v for k, v in after.items() if k not in before}
    assert len(new) == 1
    ((key, (flags, raw)),) = new.items()
    assert key.startswith(".Drafts/") and flags == "DS"  # \Draft \Seen
    assert raw.replace(b"\r\n", b"\n") == draft.raw.replace(b"\r\n", b"\n")


# --------------------------------------------------------------------------- drafts


def test_drafts_writable_asks_without_changing_anything(
    dovecot: DovecotServer, imap_user: str
) -> None:
    """SELECT reads [READ-WRITE]/[READ-ONLY]; UNSELECT (or EXAMINE) leaves, never CLOSE,
    so a \\Deleted message in Drafts survives and the connection stays usable."""
    dovecot.deliver(imap_user, make_message(message_id="<gone@x>"), folder="Drafts", flags="DT")
    dovecot.deliver(imap_user, make_message(message_id="<kept@x>"), folder="Drafts", flags="D")
    before = dovecot.snapshot(imap_user)
    counter = WireCounter()
    with _box(dovecot, imap_user, on_connect=counter) as box:
        assert box.drafts_writable() is None
        assert counter.after_login()[-2:] == ["SELECT", "UNSELECT"]
        cur = dovecot.maildir(imap_user, "Drafts") / "cur"
        os.chmod(cur, 0o555)
        try:
            said = box.drafts_writable()
            assert box.find_drafts(["<kept@x>"])  # imaplib's READ-ONLY state was cleared
        finally:
            os.chmod(cur, 0o755)
    assert said == "drafts folder 'Drafts' is read-only (server says READ-ONLY)"
    assert not {"CLOSE", "EXPUNGE", "APPEND", "STORE", "UID STORE"} & set(counter.commands)
    assert dovecot.snapshot(imap_user) == before


def test_own_drafts_are_never_new_mail(dovecot: DovecotServer, imap_user: str) -> None:
    _fill(dovecot, imap_user, 1)
    # a draft that some client left in the inbox with the \Draft flag
    dovecot.deliver(imap_user, make_message(message_id="<stray@x>"), flags="D")
    with _box(dovecot, imap_user) as box:
        c1 = box.changes(None)
        assert [r.id for r in c1.added] and all(b"<stray@x>" not in r.headers for r in c1.added)
        box.create_draft(_draft())
        c2 = box.changes(c1.cursor)
    assert c2.added == []


def test_draft_states_waiting_edited_sent_deleted(dovecot: DovecotServer, imap_user: str) -> None:
    _fill(dovecot, imap_user, 1)
    with _box(dovecot, imap_user) as box:
        waiting, edited, sent, sent_by_reply, deleted = (
            _draft(i, parent=f"<p{i}@acme.example>") for i in range(1, 6)
        )
        refs = {
            d.message_id: box.create_draft(d)
            for d in (waiting, edited, sent, sent_by_reply, deleted)
        }
        assert len({r.draft_id for r in refs.values()}) == 5
        found = box.find_drafts([*refs, "<unknown@x>"])
        assert found == refs  # one batched search, exact ids only

        # The user's client: edit one, send two (one keeping our Message-ID, one not),
        # delete one.
        user = dovecot.client(imap_user)
        user.select_folder("Drafts")

        def uid_of(mid: str) -> int:
            return int(user.search(["HEADER", "Message-ID", mid])[0])

        edited_raw = edited.raw.replace(b"Thank you!", b"Thank you so much, Jane!")
        user.append("Drafts", edited_raw, flags=(b"\\Draft", b"\\Seen"))
        user.delete_messages([uid_of(edited.message_id)])
        user.append("Sent", sent.raw, flags=(b"\\Seen",))
        user.delete_messages([uid_of(sent.message_id)])
        own = make_message(
            sender=ME,
            subject="Re: Interview 0",
            message_id="<typed-by-hand@example.com>",
            in_reply_to="<p4@acme.example>",
            date=NOW + timedelta(hours=2),
        )
        user.append("Sent", own, flags=(b"\\Seen",))
        user.delete_messages([uid_of(sent_by_reply.message_id)])
        user.delete_messages([uid_of(deleted.message_id)])
        user.expunge()
        user.logout()

        def state(d: DraftRequest) -> DraftState:
            return box.draft_state(refs[d.message_id], original=d.raw)

        assert state(waiting) is DraftState.WAITING
        assert box.draft_state(refs[waiting.message_id]) is DraftState.WAITING
        assert state(edited) is DraftState.EDITED
        assert state(sent) is DraftState.SENT
        assert state(sent_by_reply) is DraftState.SENT
        assert state(deleted) is DraftState.DELETED
        # a reply typed by hand BEFORE the draft was made does not count as sending it
        later = make_message(
            sender=ME,
            subject="Re: Interview 0",
            message_id="<fu9.followup@example.com>",
            in_reply_to="<p4@acme.example>",
            date=NOW + timedelta(days=1),
        )
        gone = DraftRef(draft_id="Drafts:1:999", message_id="<fu9.followup@example.com>")
        assert box.draft_state(gone, original=later) is DraftState.DELETED


# --------------------------------------------------------------------------- UIDVALIDITY


def _change_uidvalidity(server: DovecotServer, user: str, folder: str | None = None) -> None:
    """What a server migration or a rebuilt index does: same mail, new UIDVALIDITY."""
    md = server.maildir(user, folder)
    lines = (md / "dovecot-uidlist").read_text().split("\n")
    lines[0] = " ".join(
        f"V{int(t[1:]) + 1000}" if t.startswith("V") else t for t in lines[0].split()
    )
    (md / "dovecot-uidlist").write_text("\n".join(lines))
    root = server.maildir(user)
    for f in glob.glob(str(md / "dovecot.index*")) + glob.glob(str(root / "dovecot.list.index*")):
        os.remove(f)


def _mids(refs: list[MessageRef]) -> list[bytes]:
    return [r.headers.split(b"Message-ID: ")[1].split(b"\r\n")[0] for r in refs]


def test_uidvalidity_change_rescans_the_inbox_cleanly(
    dovecot: DovecotServer, imap_user: str
) -> None:
    _fill(dovecot, imap_user, 4)
    with _box(dovecot, imap_user) as box:
        first = box.changes(None)
    assert len(first.added) == 4
    _change_uidvalidity(dovecot, imap_user)
    _fill(dovecot, imap_user, 1, start=20)
    with _box(dovecot, imap_user) as box:
        again = box.changes(first.cursor)
        assert again.full_rescan
        mids = _mids(again.added)
        assert len(mids) == len(set(mids)) == 5  # each message once, including the new one
        assert {r.id for r in again.added}.isdisjoint({r.id for r in first.added})
        quiet = box.changes(again.cursor)
    assert quiet.added == [] and not quiet.full_rescan


def test_uidvalidity_change_of_sent_rescans_only_sent(
    dovecot: DovecotServer, imap_user: str
) -> None:
    _fill(dovecot, imap_user, 2)
    for i in range(2):
        raw = make_message(sender=ME, message_id=f"<s{i}@example.com>", date=NOW)
        dovecot.deliver(imap_user, raw, folder="Sent", when=NOW - timedelta(hours=1), flags="S")
    with _box(dovecot, imap_user) as box:
        first = box.changes(None)
        assert sum(r.folder is Folder.SENT for r in first.added) == 2
    with _box(dovecot, imap_user) as box:
        _change_uidvalidity(dovecot, imap_user, "Sent")
        dovecot.deliver(
            imap_user,
            make_message(sender=ME, message_id="<s9@example.com>"),
            folder="Sent",
            when=NOW,
        )
        again = box.changes(first.cursor)
    assert again.full_rescan
    assert {r.folder for r in again.added} == {Folder.SENT}
    assert sorted(_mids(again.added)) == [
        b"<s0@example.com>",
        b"<s1@example.com>",
        b"<s9@example.com>",
    ]


# --------------------------------------------------------------------------- login


def test_wrong_password_is_one_clear_line(
    dovecot: DovecotServer, imap_user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FOLLOWUP_TEST_IMAP_PASSWORD", "not-the-password")
    with _box(dovecot, imap_user) as box, pytest.raises(AuthError) as err:
        box.changes(None)
    msg = str(err.value)
    assert "\n" not in msg
    assert imap_user in msg and f"127.0.0.1:{dovecot.port}" in msg
    assert "refused the login" in msg and "FOLLOWUP_TEST_IMAP_PASSWORD" in msg
    assert "not-the-password" not in msg and "b'" not in msg


def test_a_vanished_sent_folder_from_the_cursor_is_found_again(
    dovecot: DovecotServer, imap_user: str
) -> None:
    _fill(dovecot, imap_user, 1)
    mine = make_message(sender=ME, message_id="<s1@example.com>", date=NOW)
    dovecot.deliver(imap_user, mine, folder="Sent", when=NOW, flags="S")
    with _box(dovecot, imap_user) as box:
        first = box.changes(None)
    data = json.loads(first.cursor)
    data["folders"]["sent"]["name"] = "Old Sent"  # renamed or deleted since the last run
    with _box(dovecot, imap_user) as box:
        again = box.changes(json.dumps(data))
    assert again.full_rescan
    assert _mids(again.added) == [b"<s1@example.com>"]
    assert json.loads(again.cursor)["folders"]["sent"]["name"] == "Sent"
