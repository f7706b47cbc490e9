"""What a sender writes never drives the terminal: no Rich markup, no escape sequences.

``explain`` and the tables show Subjects, names and Message-IDs; ``-v`` and the daemon log
them. A Subject of ``[link=https://evil.example]Co[/link]`` must show as those characters,
not as a link, and an ESC, BEL, OSC 8 hyperlink or bidi override in any header must not
reach stdout, stderr or a log line raw.
"""

from __future__ import annotations

import io
import logging
import mailbox
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from agent.logsetup import setup_logging
from agent.terminal_text import for_log, printable

ROOT = Path(__file__).resolve().parent.parent
OSC8 = "\x1b]8;;https://evil.example/\x1b\\"
TITLE = "\x1b]0;owned\x07"
HOSTILE_SUBJECT = (
    f"[link=https://evil.example]Co[/link] {TITLE}Interview invitation {OSC8}click"
    "\x1b]8;;\x1b\\ \x1b[31mRED\x1b[0m \u202egnp.exe\u202c"
)
HOSTILE_ID = "<ab\x1b[2J\x1b]0;pwn\x07cd@evil.example>"


def _message(subject: str = HOSTILE_SUBJECT, message_id: str = HOSTILE_ID) -> bytes:
    return (
        "From: =?utf-8?q?Jane=1B=5B31m_Doe?= <jane@acme.example>\r\n"
        "To: Alex Rivera <alex.rivera@example.com>\r\n"
        f"Subject: {subject}\r\n"
        "Date: Mon, 02 Mar 2026 09:00:00 -0500\r\n"
        f"Message-ID: {message_id}\r\n"
        "\r\n"
        "Hi Alex,\r\n\r\nWe would like to invite you to an interview for the Backend Engineer "
        "role on Wednesday, March 4 at 10:00 AM ET.\x1b[8m hidden \x1b[0m\r\n\r\nJane\r\n"
    ).encode()


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "COLUMNS": "200", "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    full_env.pop("NO_COLOR", None)
    return subprocess.run(
        [sys.executable, "-m", "agent", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**full_env, **(env or {})},
    )


def _no_planted_sequences(out: str) -> None:
    assert "\x1b]" not in out  # no OSC: no hyperlink, no window title
    assert "\x07" not in out and "\u202e" not in out
    assert "\x1b[31mRED" not in out and "\x1b[2J" not in out and "\x1b[8m" not in out


def test_explain_shows_markup_and_escapes_as_text(tmp_path: Path) -> None:
    eml = tmp_path / "hostile.eml"
    eml.write_bytes(_message())
    proc = _cli("explain", str(eml), "--me", "alex.rivera@example.com")
    assert proc.returncode == 0, proc.stderr
    _no_planted_sequences(proc.stdout + proc.stderr)
    plain = proc.stdout
    for seq in ("\x1b[0m", "\x1b[1m", "\x1b[2m", "\x1b[22m"):
        plain = plain.replace(seq, "")
    assert "[link=https://evil.example]Co[/link]" in plain.replace("\x1b[", "")


def test_classify_table_shows_no_planted_sequences(tmp_path: Path) -> None:
    eml = tmp_path / "hostile.eml"
    eml.write_bytes(_message())
    (tmp_path / "\x1b[31mred.eml").write_bytes(_message())
    proc = _cli("classify", str(tmp_path), "--me", "alex.rivera@example.com")
    assert proc.returncode == 0, proc.stderr
    _no_planted_sequences(proc.stdout + proc.stderr)
    assert "\x1b[31mred" not in proc.stdout


def test_log_lines_show_control_characters_as_escapes(capsys: object, monkeypatch: object) -> None:
    stream = io.StringIO()
    sys_stderr = sys.stderr
    sys.stderr = stream
    try:
        setup_logging(verbose=2)
        logging.getLogger("agent.test").info("message %s seen\nFAKE LINE", HOSTILE_ID)
    finally:
        sys.stderr = sys_stderr
        logging.getLogger("agent").handlers[:] = []
    out = stream.getvalue()
    assert "\x1b" not in out and "\x07" not in out
    assert out.count("\n") == 1 and "\\x1b[2J" in out and "\\nFAKE LINE" in out


def test_run_verbose_logs_no_escape_sequences(tmp_path: Path) -> None:
    root = tmp_path / "Mail"
    box = mailbox.Maildir(str(root), create=True)
    box.add_folder("Sent")
    box.add(_message())
    box.add(_message(subject="Re: \x1b]0;x\x07 hi", message_id="<\x1b[31m@evil.example>"))
    cfg = tmp_path / "config.yaml"
    cfg.write_text(
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        f"mailbox: {{backend: maildir, window: 3650d, maildir: {{path: '{root}'}}}}\n"
        f"store: {{path: '{tmp_path / 'state.db'}'}}\n"
    )
    now = datetime(2026, 3, 4, 16, 0).isoformat() + "-05:00"
    proc = _cli("--config", str(cfg), "-vv", "run", "--once", "--now", now)
    assert proc.returncode == 0, proc.stderr
    assert "\x1b]" not in proc.stderr and "\x07" not in proc.stderr
    assert "\x1b[2J" not in proc.stderr and "\x1b[31m@" not in proc.stderr
    status = _cli("--config", str(cfg), "status", "--now", now)
    assert status.returncode == 0, status.stderr
    _no_planted_sequences(status.stdout + status.stderr)


def test_printable_keeps_text_and_drops_controls() -> None:
    assert printable("Interview\r\n invitation\t\x1b[31m!") == "Interview  invitation [31m!"
    assert printable("Zoë — 面接 🎉") == "Zoë — 面接 🎉"
    assert printable("a\r\nb\x00c", block=True) == "a\nbc"
    assert for_log("a\x1bb") == "a\\x1bb"
