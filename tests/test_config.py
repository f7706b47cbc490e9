"""Configuration: the example file loads, and bad files name file, line and key."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest

from agent.config import Config, load_config, load_config_text, parse_duration
from agent.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def test_example_yaml_is_valid_and_documents_every_key() -> None:
    cfg = load_config(ROOT / "config" / "example.yaml")
    assert cfg.timezone == "America/New_York"
    assert cfg.scan.every == timedelta(minutes=15)
    assert cfg.rules.thank_you.same_day_at == time(14, 0)
    assert cfg.rules.check_in.business_days_after == 3
    assert cfg.rules.stale_after == timedelta(days=2)
    # every key the models know appears in the example (so every option is documented)
    text = (ROOT / "config" / "example.yaml").read_text()

    def keys(model: type, prefix: str = "") -> list[str]:
        out = []
        for name, field in model.model_fields.items():
            key = field.alias or name
            out.append(key)
            ann = field.annotation
            if isinstance(ann, type) and hasattr(ann, "model_fields"):
                out += keys(ann)
        return out

    missing = [k for k in keys(Config) if f"{k}:" not in text]
    assert missing == []


def test_missing_default_file_gives_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    cfg = load_config(None)
    assert cfg.mailbox.backend == "maildir"


@pytest.mark.parametrize(
    ("text", "line", "key", "words"),
    [
        ("mailbox:\n  backnd: imap\n", 2, "mailbox.backnd", "did you mean 'mailbox.backend'"),
        ("timezone: Mars/Olympus\n", 1, "timezone", "IANA time zone"),
        ("scan:\n  every: 15 minutes\n", 2, "scan.every", "15m"),
        (
            "rules:\n  check_in:\n    max_per_stage: lots\n",
            3,
            "rules.check_in.max_per_stage",
            "whole number",
        ),
        (
            "rules:\n  thank_you:\n    enabled: maybe\n",
            3,
            "rules.thank_you.enabled",
            "true or false",
        ),
        (
            "mailbox:\n  backend: outlook\n",
            2,
            "mailbox.backend",
            "'gmail', 'imap', 'maildir' or 'mbox'",
        ),
        ("rules:\n  holidays: [2026-13-01]\n", 2, "rules.holidays.0", "date"),
        ("me:\n  addresses: alex@example.com\n", 2, "me.addresses", "list"),
        ("me:\n  addresses: [alex]\n", 2, "me.addresses", "e-mail address"),
        (
            "rules:\n  thank_you:\n    same_day_at: '25:00'\n",
            3,
            "rules.thank_you.same_day_at",
            "time of day",
        ),
        ("mailbox:\n  imap:\n    port: 99999\n", 3, "mailbox.imap.port", "65535"),
        (
            "mailbox:\n  imap:\n    security: tls\n",
            3,
            "mailbox.imap.security",
            "'ssl', 'starttls' or 'none'",
        ),
        ("timezon: UTC\n", 1, "timezon", "did you mean 'timezone'"),
        (
            "rules:\n  check_in:\n    business_days_after: -1\n",
            3,
            "rules.check_in.business_days_after",
            "0",
        ),
        ("me: [1]\n", 1, "me", "mapping"),
        ("mailbox:\n  window: forever\n", 2, "mailbox.window", "duration"),
        (
            "rules:\n  thank-you:\n    enabled: false\n",
            2,
            "rules.thank-you",
            "did you mean 'rules.thank_you'",
        ),
    ],
)
def test_bad_config_names_file_line_and_key(text: str, line: int, key: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config_text(text, source="bad.yaml")
    err = info.value
    assert err.file == "bad.yaml"
    assert err.line == line, str(err)
    assert err.key == key
    assert words in str(err)
    assert str(err).startswith(f"bad.yaml:{line}: {key}: ")


def test_yaml_syntax_error_has_line() -> None:
    with pytest.raises(ConfigError) as info:
        load_config_text("me:\n  name: [unclosed\nscan: {}\n", source="broken.yaml")
    assert info.value.line is not None
    assert "not valid YAML" in str(info.value)


def test_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")


def test_paths_expand_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    cfg = load_config_text("store:\n  path: ~/state.db\n")
    assert cfg.store.path == tmp_path / "state.db"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15m", timedelta(minutes=15)),
        ("1h30m", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("2w", timedelta(weeks=2)),
        (90, timedelta(seconds=90)),
    ],
)
def test_durations(text: object, expected: timedelta) -> None:
    assert parse_duration(text) == expected


def test_unquoted_clock_is_understood() -> None:
    # YAML 1.1 reads 14:00 as the base-60 integer 840; we read it as a time
    cfg = load_config_text("rules:\n  thank_you:\n    same_day_at: 14:00\n")
    assert cfg.rules.thank_you.same_day_at == time(14, 0)


def test_personal_note_modes_and_template_folder(tmp_path: Path) -> None:
    cfg = load_config_text(
        f"rules:\n  thank_you:\n    personal_note: placeholder\ntemplates:\n  folder: {tmp_path}\n"
    )
    assert cfg.rules.thank_you.personal_note == "placeholder"
    assert cfg.rules.check_in.personal_note == "suggest"  # the default: facts or nothing
    assert cfg.templates.folder == tmp_path
    with pytest.raises(ConfigError) as err:
        load_config_text(
            "rules:\n  rejection_reply:\n    personal_note: brackets\n", source="bad.yaml"
        )
    text = str(err.value)
    assert "bad.yaml:3" in text and "rules.rejection_reply.personal_note" in text
