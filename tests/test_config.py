"""Configuration: the example file loads, and bad files name file, line and key."""

from __future__ import annotations

from datetime import time, timedelta
from pathlib import Path

import pytest
import yaml

from agent.config import (
    Config,
    format_duration,
    identity_problems,
    load_config,
    load_config_text,
    parse_duration,
    require_identity,
)
from agent.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def test_example_yaml_is_valid_and_documents_every_key() -> None:
    cfg = load_config(ROOT / "config" / "example.yaml")
    assert cfg.timezone == "America/New_York"
    assert cfg.scan.every == timedelta(minutes=15)
    assert cfg.rules.thank_you.same_day_at == time(14, 0)
    assert cfg.rules.check_in.business_days_after == 3
    assert cfg.rules.grace("thank_you") == timedelta(days=2)
    assert cfg.rules.grace("rejection_reply") == timedelta(days=7)
    assert (
        cfg.rules.grace("check_in") == cfg.rules.grace("requested_follow_up") == timedelta(days=10)
    )
    # the example signs nobody's name: the user fills in who they are
    assert cfg.me.name == "" and cfg.me.addresses == []
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


def test_without_a_config_file_it_refuses_and_names_config_init(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    with pytest.raises(ConfigError, match="followup-agent config init") as info:
        load_config(None)
    assert str(tmp_path) in str(info.value)  # says where it looked


@pytest.mark.parametrize("text", ["", "\n", "# only a comment\n", "---\n"])
def test_an_empty_file_is_not_a_config(text: str) -> None:
    with pytest.raises(ConfigError, match="config init") as info:
        load_config_text(text, source="empty.yaml")
    assert str(info.value).startswith("empty.yaml:1: ")


def test_identity_is_required_before_drafts() -> None:
    cfg = load_config_text("timezone: UTC\n")
    assert [k for k, _ in identity_problems(cfg)] == ["me.name", "me.addresses"]
    with pytest.raises(ConfigError, match=r"me\.name: required before the agent writes a draft"):
        require_identity(cfg, "c.yaml")
    ok = load_config_text("me: {name: Sam Lee, addresses: [sam@example.org]}\n")
    assert identity_problems(ok) == []
    require_identity(ok)


def test_a_duplicate_key_is_an_error_not_last_wins() -> None:
    text = "timezone: UTC\nscan:\n  every: 15m\n  every: 1m\n"
    with pytest.raises(ConfigError, match=r"duplicate key 'every' \(first on line 3\)") as info:
        load_config_text(text, source="dup.yaml")
    assert info.value.line == 4
    with pytest.raises(ConfigError, match="duplicate key 'me'"):
        load_config_text("me: {name: A}\nme: {name: B}\n")


def test_the_old_stale_after_key_says_what_replaced_it() -> None:
    with pytest.raises(ConfigError, match=r"rules.thank_you.grace \(2d\)") as info:
        load_config_text("rules:\n  stale_after: 5d\n", source="old.yaml")
    assert str(info.value).startswith("old.yaml:2: rules.stale_after: unknown key; replaced")


def test_durations_print_as_written() -> None:
    cfg = load_config_text(
        "mailbox: {window: 120d}\nscan: {every: 90s}\nrules: {thank_you: {grace: 1d12h}}\n"
    )
    dumped = cfg.model_dump(mode="json", by_alias=True)
    assert dumped["mailbox"]["window"] == "120d"
    assert dumped["scan"]["every"] == "1m30s"
    assert dumped["rules"]["thank_you"]["grace"] == "1d12h"
    assert dumped["rules"]["rejection_reply"]["delay"] == "0m"
    assert dumped["rules"]["thank_you"]["same_day_at"] == "14:00"
    # and what is printed reads back to the same settings
    assert load_config_text(yaml.safe_dump(dumped)) == cfg
    assert format_duration(timedelta(hours=2)) == "2h"


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
        ("scan:\n  every: 30s\n", 2, "scan.every", "at least 1m"),
        (
            "mailbox:\n  backend: imap\n  imap:\n    host: imap.example.com\n"
            "    username: a@example.com\n    security: none\n",
            6,
            "mailbox.imap.security",
            "clear text",
        ),
        (
            "mailbox:\n  backend: imap\n  imap: {host: imap.example.com}\n",
            3,
            "mailbox.imap.username",
            "required",
        ),
        (
            "templates:\n  thank_you: /nonexistent/ty.txt.j2\n",
            2,
            "templates.thank_you",
            "templates export",
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
