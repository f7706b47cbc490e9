"""Regenerate what is derived from the phrasebook: ``python -m agent.understand.phrasebook``.

Writes :mod:`agent.understand.phrase_anchors` (every pattern's anchoring literals, so
start-up need not parse the patterns), formatted the way CI checks (``ruff format``).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from agent.understand.phrase_matcher import anchor_table
from agent.understand.phrases import load_phrases

ANCHORS_FILE = Path(__file__).resolve().parent.parent / "phrase_anchors.py"


def main() -> int:
    ANCHORS_FILE.write_text(anchor_table(load_phrases()), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(ANCHORS_FILE)], check=False)
    print(f"wrote {ANCHORS_FILE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
