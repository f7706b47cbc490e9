"""The pure parts of the IMAP backend: folder discovery, ids, snippets, cursors, secrets."""

from __future__ import annotations

import base64
import quopri
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import keyring
import pytest
from keyring.backend import KeyringBackend

from agent.config import ImapSettings, load_config_text
from agent.errors import AuthError, ConfigError
from agent.followup.draft_fate import same_draft
from agent.mail.imap import ImapMailbox
from agent.mail.imap_cursor import FolderState, dump_cursor, load_cursor
from agent.mail.imap_folders import decode_name, discover
from agent.mail.imap_login import resolve_password, xoauth2_string
from agent.mail.imap_session import seqset
from agent.mail.imap_text import header_value, make_id, make_snippet, parse_id, ref_from_fetch
from agent.models import Folder
from tests.mailfactory import make_message

# --------------------------------------------------------------------------- folders

GMAIL = [
    ((b"\\HasNoChildren",), b"/", "INBOX"),
    ((b"\\HasChildren", b"\\Noselect"), b"/", "[Gmail]"),
    ((b"\\All", b"\\HasNoChildren"), b"/", "[Gmail]/All Mail"),
    ((b"\\Drafts", b"\\HasNoChildren"), b"/", "[Gmail]/Drafts"),
    ((b"\\HasNoChildren", b"\\Sent"), b"/", "[Gmail]/Sent Mail"),
    ((b"\\HasNoChildren", b"\\Trash"), b"/", "[Gmail]/Trash"),
]

GERMAN_GMAIL = [
    ((b"\\HasNoChildren",), b"/", "INBOX"),
    ((b"\\Drafts", b"\\HasNoChildren"), b"/", b"[Google Mail]/Entw&APw-rfe"),
    ((b"\\HasNoChildren", b"\\Sent"), b"/", "[Google Mail]/Gesendet"),
]

COURIER_NO_SPECIAL_USE = [
    ((b"\\HasChildren",), b".", "INBOX"),
    ((b"\\HasNoChildren",), b".", "INBOX.Drafts"),
    ((b"\\HasNoChildren",), b".", "INBOX.Sent Items"),
    ((b"\\HasNoChildren",), b".", "INBOX.Trash"),
]

FRENCH_NO_SPECIAL_USE = [
    ((), b"/", "INBOX"),
    ((), b"/", "Brouillons"),
    ((), b"/", b"Envoy&AOk-s"),
    ((), b"/", "Projets/Brouillons"),
]


def test_special_use_wins_over_names() -> None:
    roles = discover([*GMAIL, ((), b"/", "Drafts"), ((), b"/", "Sent")])
    assert roles.drafts == "[Gmail]/Drafts"
    assert roles.sent == "[Gmail]/Sent Mail"


def test_localised_special_use_names_are_decoded_from_modified_utf7() -> None:
    roles = discover(GERMAN_GMAIL)
    assert roles.drafts == "[Google Mail]/Entwürfe"
    assert roles.sent == "[Google Mail]/Gesendet"


def test_common_names_without_special_use() -> None:
    roles = discover(COURIER_NO_SPECIAL_USE)
    assert (roles.drafts, roles.sent) == ("INBOX.Drafts", "INBOX.Sent Items")


def test_localised_names_without_special_use_prefer_top_level() -> None:
    roles = discover(FRENCH_NO_SPECIAL_USE)
    assert roles.drafts == "Brouillons"
    assert roles.sent == "Envoyés"


def test_overrides_and_unselectable_folders() -> None:
    entries = [((b"\\Noselect", b"\\Drafts"), b"/", "Drafts"), ((), b"/", "INBOX")]
    assert discover(entries).drafts is None
    roles = discover(entries, sent_override="Mine/Sent", drafts_override="Mine/Drafts")
    assert (roles.sent, roles.drafts) == ("Mine/Sent", "Mine/Drafts")
    assert roles.role_of("inbox") == "inbox"
    assert roles.role_of("Mine/Sent") == "sent"
    assert roles.role_of("Archive") == "other"


def test_nothing_found() -> None:
    roles = discover([((), b"/", "INBOX"), ((), b"/", "Archive")])
    assert (roles.sent, roles.drafts) == (None, None)


def test_decode_name() -> None:
    assert decode_name(b"Entw&APw-rfe") == "Entwürfe"
    assert decode_name("Entw&APw-rfe") == "Entwürfe"
    assert decode_name("R&D") == "R&D"  # not valid modified UTF-7: left alone


# --------------------------------------------------------------------------- ids, ranges


@pytest.mark.parametrize(
    ("uids", "expected"),
    [([1, 2, 3, 7, 9, 10], "1:3,7,9:10"), ([5], "5"), ([3, 1, 2, 2], "1:3"), ([], "")],
)
def test_seqset(uids: list[int], expected: str) -> None:
    assert seqset(uids) == expected


def test_ids_round_trip_with_colons_in_folder_names() -> None:
    assert parse_id(make_id("Work:Jobs", 17, 4)) == ("Work:Jobs", 17, 4)
    assert parse_id("INBOX:1795639045:12") == ("INBOX", 1795639045, 12)
    assert parse_id("garbage") is None
    assert parse_id("INBOX:x:1") is None


# --------------------------------------------------------------------------- snippets


def _split(raw: bytes) -> tuple[bytes, bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    return head + b"\r\n\r\n", body


def test_snippet_plain_text() -> None:
    header, text = _split(make_message(body="Hi Alex,\n\nWe'd like to invite you."))
    assert make_snippet(header, text).startswith("Hi Alex, We'd like to invite you.")


def test_snippet_truncated_base64_multipart() -> None:
    body = ("Hallo Alex, wir möchten Sie gern zu einem Gespräch einladen. " * 40).encode()
    b64 = base64.encodebytes(body).replace(b"\n", b"\r\n")
    raw = (
        b"From: a@b.example\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/alternative; boundary="XX"\r\n\r\n'
        b"--XX\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + b"\r\n--XX--\r\n"
    )
    header, text = _split(raw)
    snippet = make_snippet(header, text[:1024])  # cut mid-line, mid-quantum
    assert snippet.startswith("Hallo Alex, wir möchten Sie gern zu einem Gespräch")


def test_snippet_html_only_quoted_printable() -> None:
    html_body = (
        "<html><head><style>p{color:red}</style></head><body><p>Hi&nbsp;Alex,</p>"
        "<p>Thank you for applying to Acme — we’ll be in touch.</p></body></html>"
    )
    qp = quopri.encodestring(html_body.encode()).replace(b"\n", b"\r\n")
    raw = (
        b"From: a@b.example\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp
    )
    header, text = _split(raw)
    snippet = make_snippet(header, text)
    assert "color" not in snippet
    assert snippet.startswith("Hi Alex, Thank you for applying to Acme — we’ll be in touch.")


def test_snippet_of_nothing_is_empty() -> None:
    assert make_snippet(b"From: a@b\r\n\r\n", b"") == ""
    assert isinstance(make_snippet(b"\xff\xfe garbage", b"\x00\x01"), str)  # never raises


# --------------------------------------------------------------------------- fetch answers


def test_ref_from_fetch_skips_drafts_and_deleted_and_reads_gmail_thread() -> None:
    header, text = _split(make_message(message_id="<a@x>"))
    item = {
        b"FLAGS": (b"\\Seen",),
        b"BODY[HEADER]": header,
        b"BODY[TEXT]<0>": text,
        b"X-GM-THRID": 1656010331312548853,
        b"X-GM-MSGID": 1656010331312548853,
    }
    ref = ref_from_fetch("INBOX", Folder.INBOX, 7, 42, item)
    assert ref is not None
    assert ref.id == "INBOX:7:42"
    assert ref.thread_id == format(1656010331312548853, "x")
    assert ref.headers == header
    assert ref.snippet.startswith("Hi Alex")
    assert ref_from_fetch("INBOX", Folder.INBOX, 7, 43, {**item, b"FLAGS": (b"\\Draft",)}) is None
    deleted = {**item, b"FLAGS": (b"\\Deleted", b"\\Seen")}
    assert ref_from_fetch("INBOX", Folder.INBOX, 7, 44, deleted) is None
    no_gm = {k: v for k, v in item.items() if not k.startswith(b"X-GM")}
    ref2 = ref_from_fetch("INBOX", Folder.INBOX, 7, 45, no_gm)
    assert ref2 is not None and ref2.thread_id is None


def test_server_preview_is_the_snippet_when_offered() -> None:
    header, _ = _split(make_message())
    padding = "\u034f \u200c \xa0 " * 20
    item = {b"FLAGS": (), b"BODY[HEADER]": header, b"PREVIEW": f"Acme{padding}Hi Alex".encode()}
    ref = ref_from_fetch("INBOX", Folder.INBOX, 1, 1, item)
    assert ref is not None and ref.snippet == "Acme Hi Alex"


def test_header_value_unfolds() -> None:
    raw = b"Subject: a\r\n very long\r\nIn-Reply-To:\r\n <p@x>\r\n\r\nbody"
    assert header_value(raw, "Subject") == "a very long"
    assert header_value(raw, "In-Reply-To") == "<p@x>"
    assert header_value(raw, "References") is None


# --------------------------------------------------------------------------- drafts


def test_same_draft() -> None:
    original = make_message(subject="Re: Interview", message_id="<d@x>", body="Thank you!")
    assert same_draft(original.replace(b"\r\n", b"\n"), original)
    rewritten = b"User-Agent: SomeClient 1.0\r\n" + original
    assert same_draft(rewritten, original)
    edited = make_message(subject="Re: Interview", message_id="<d@x>", body="Thanks a lot!")
    assert not same_draft(edited, original)


# --------------------------------------------------------------------------- cursor


def test_cursor_round_trip_and_broken_cursor() -> None:
    states = {"inbox": FolderState("INBOX", 5, 10, 77), "sent": FolderState("Sent", 6, 0)}
    loaded, broken = load_cursor(dump_cursor(states))
    assert loaded == states and not broken
    assert load_cursor(None) == ({}, False)
    assert load_cursor("not json") == ({}, True)
    assert load_cursor('{"v": 99, "folders": {}}') == ({}, True)


# --------------------------------------------------------------------------- auth


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(previous)


def _settings(**kw: object) -> ImapSettings:
    base: dict[str, object] = {"host": "imap.example.com", "username": "alex@example.com"}
    base.update(kw)
    return ImapSettings.model_validate(base)


def test_password_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MY_IMAP_PW", "s3cret")
    assert resolve_password(_settings(password_env="MY_IMAP_PW")) == "s3cret"


def test_password_from_keyring(
    monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD", raising=False)
    memory_keyring.set_password("followup-agent", "alex@example.com", "from-ring")
    assert resolve_password(_settings(keyring_service="followup-agent")) == "from-ring"


def test_missing_password_says_where_to_put_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD", raising=False)
    with pytest.raises(AuthError) as err:
        resolve_password(_settings())
    msg = str(err.value)
    assert "\n" not in msg
    assert "FOLLOWUP_IMAP_PASSWORD" in msg and "alex@example.com" in msg


def test_password_is_not_a_config_key() -> None:
    with pytest.raises(ConfigError) as err:
        load_config_text("mailbox:\n  imap:\n    password: hunter2\n", source="c.yaml")
    assert "unknown key" in str(err.value)


def test_plain_text_only_for_loopback() -> None:
    with pytest.raises(ConfigError) as err:
        ImapMailbox(_settings(security="none"))
    assert "mailbox.imap.security" in str(err.value)
    ImapMailbox(_settings(security="none", host="127.0.0.1"))
    ImapMailbox(_settings(security="none", host="localhost"))


def test_from_config_builds_without_connecting(monkeypatch: pytest.MonkeyPatch) -> None:
    cfg = load_config_text(
        "mailbox:\n  backend: imap\n  window: 30d\n  imap:\n    host: imap.example.com\n"
        "    username: alex@example.com\n    security: starttls\n    port: 143\n"
    )
    now = datetime(2025, 1, 10, 12, 0, tzinfo=UTC)  # the pass's clock, far from the real one
    box = ImapMailbox.from_settings(cfg.mailbox, now=now)
    assert box.account == "imap:alex@example.com"
    assert box.window == timedelta(days=30)
    assert box._clock() == now  # the first scan's window ends at the pass's now
    box.close()  # never connected: nothing to do


def test_xoauth2_string() -> None:
    assert xoauth2_string("alex@example.com", "ya29.tok") == (
        b"user=alex@example.com\x01auth=Bearer ya29.tok\x01\x01"
    )


def test_missing_dovecot_skips_locally_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    import tests.dovecot as dv

    monkeypatch.setattr(dv, "dovecot_binary", lambda: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        dv.require_dovecot()
    assert "dovecot-imapd" in str(skipped.value)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception) as failed:
        dv.require_dovecot()
    assert "CI=true" in str(failed.value)
