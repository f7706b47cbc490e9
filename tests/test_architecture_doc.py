"""docs/architecture.md sends a newcomer to files: every file it names must exist."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
#: Where a bare module name in the doc may live.
PLACES = ("", "agent/", "agent/understand/", "agent/followup/", "agent/mail/", "agent/commands/")


def _named_files(text: str) -> set[str]:
    return set(re.findall(r"`([\w/]+\.py)`", text))


def test_the_doc_names_files() -> None:
    assert {"agent/senders.py", "rules.py"} <= _named_files(DOC.read_text(encoding="utf-8"))


def test_every_file_the_doc_names_exists() -> None:
    missing = [
        name
        for name in sorted(_named_files(DOC.read_text(encoding="utf-8")))
        if not any((ROOT / place / name).exists() for place in PLACES)
    ]
    assert missing == [], f"docs/architecture.md names files that are gone: {missing}"
