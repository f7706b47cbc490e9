"""A sender cannot choose who a draft goes to: addresses come only from address parts.

``From: attacker@evil.example <eve@evilcorp.example>`` is eve's mail with a display name
that looks like an address; an encoded-word display name can carry an address or an
encoded CR/LF. None of it may reach ``to``, ``contact_email`` or a draft's ``To:``.
"""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from agent.understand import understand
from agent.understand.mime import parse_addresses

TZ = ZoneInfo("America/New_York")
WHEN = datetime(2026, 3, 4, 11, 0, tzinfo=TZ)

REJECTION_BODY = (
    "Hi Alex,\n\nThank you for interviewing with us for the Backend Engineer role. After "
    "careful consideration we have decided to move forward with other candidates.\n\n"
    "Best regards,\nEve\nTalent Partner, Evilcorp\n"
)


def _raw(from_header: str, *, reply_to: str | None = None, to: str | None = None) -> bytes:
    head = [
        f"From: {from_header}",
        f"To: {to or 'Alex Rivera <alex.rivera@example.com>'}",
        "Subject: Your application to Evilcorp",
        "Date: Wed, 04 Mar 2026 11:00:00 -0500",
        "Message-ID: <rej-9@evilcorp.example>",
    ]
    if reply_to:
        head.append(f"Reply-To: {reply_to}")
    return ("\r\n".join(head) + "\r\n\r\n" + REJECTION_BODY).encode()


SPOOFS = [
    "attacker@evil.example <eve@evilcorp.example>",
    "=?utf-8?q?attacker@evil.example?= <eve@evilcorp.example>",
    "=?utf-8?b?YXR0YWNrZXJAZXZpbC5leGFtcGxlIDxhdHRhY2tlckBldmlsLmV4YW1wbGU+?= "
    "<eve@evilcorp.example>",  # decodes to 'attacker@evil.example <attacker@evil.example>'
    "=?utf-8?q?Eve=0D=0ABcc:_attacker@evil.example?= <eve@evilcorp.example>",
    "=?utf-8?b?RXZlDQpCY2M6IGF0dGFja2VyQGV2aWwuZXhhbXBsZQ==?= <eve@evilcorp.example>",
    '"attacker@evil.example, attacker@evil.example" <eve@evilcorp.example>',
    "attacker@evil.example (attacker@evil.example) <eve@evilcorp.example>",
]


@pytest.mark.parametrize("from_header", SPOOFS)
def test_the_address_comes_from_the_address_part_only(from_header: str) -> None:
    facts = understand(_raw(from_header), me=["alex.rivera@example.com"], default_tz=TZ)
    assert facts.from_email == "eve@evilcorp.example"
    everything = [facts.from_email, facts.reply_to, facts.contact_email, *facts.to, *facts.cc]
    assert not any("evil.example" in (a or "") for a in everything)
    assert "\r" not in (facts.from_name or "") and "\n" not in (facts.from_name or "")


@pytest.mark.parametrize(
    "value",
    [
        "Eve <eve@evilcorp.example\r\nBcc: attacker@evil.example>",
        "Eve <eve@evilcorp.example\nBcc: attacker@evil.example>",
        "=?utf-8?q?attacker=40evil=2Eexample?=",
        "<=?utf-8?q?attacker=40evil.example?=>",
    ],
)
def test_no_address_is_made_from_broken_or_encoded_address_parts(value: str) -> None:
    assert not any("evil.example" in a for _, a in parse_addresses([value]))


def test_ordinary_headers_still_parse() -> None:
    assert parse_addresses(
        [
            '"Doe, Jane" <Jane.Doe@Acme.example>, bob@globex.example (Bob Kim), '
            "=?iso-8859-1?q?Ren=E9_M=FCller?= <rene@x.example>",
            "Team: a@x.example, b@y.example;",
        ]
    ) == [
        ("Doe, Jane", "jane.doe@acme.example"),
        ("Bob Kim", "bob@globex.example"),
        ("René Müller", "rene@x.example"),
        ("", "a@x.example"),
        ("", "b@y.example"),
    ]


def test_the_draft_goes_to_the_real_sender(tmp_path: Path) -> None:
    """The whole path: a spoofing rejection in a Maildir, one pass, the draft's To:."""
    import mailbox

    from agent.config import load_config_text
    from agent.mail.maildir import MaildirMailbox
    from agent.pipeline import run_once
    from agent.store import Store

    root = tmp_path / "Mail"
    box = mailbox.Maildir(str(root), create=True)
    box.add_folder("Sent")
    for i, spoof in enumerate(SPOOFS[:5]):
        raw = _raw(spoof).replace(b"<rej-9@", f"<rej-{i}@".encode())
        raw = raw.replace(b"to Evilcorp", f"to Evilcorp {i}".encode())
        box.add(raw)
    cfg = load_config_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        f"mailbox: {{backend: maildir, window: 3650d, maildir: {{path: '{root}'}}}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    with (
        Store.open(cfg.store.path) as store,
        MaildirMailbox.from_settings(cfg.mailbox.maildir) as mb,
    ):
        summary = run_once(cfg, store, mb, now=WHEN + timedelta(hours=1))
    assert summary.drafts_created >= 1, summary
    drafts = mailbox.Maildir(str(root / ".Drafts"), create=False)
    for key in drafts.iterkeys():
        raw = drafts.get_bytes(key)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert [a.addr_spec for a in msg["To"].addresses] == ["eve@evilcorp.example"]
        assert b"evil.example" not in raw.replace(b"evilcorp.example", b"")
        assert msg["Bcc"] is None and msg["Cc"] is None
