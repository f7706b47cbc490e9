"""``followup-agent demo``: a sample mailbox, the real pipeline, the status and the drafts.

Writes into a fresh directory (a new temporary one unless ``--dir``): ``Mail/`` (a
Maildir++ tree from :mod:`agent.demo_sample`, dated relative to now), ``config.yaml``
pointing at it, and ``state.db``. Then runs the same ``run_once`` as ``run --once`` and
returns what a user would look at. Nothing outside that directory is touched.
"""

from __future__ import annotations

import logging
import mailbox
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from agent.config import Config, load_config
from agent.demo_sample import ME_ADDR, ME_NAME, write_sample
from agent.errors import AgentError
from agent.followup.status import status_rows
from agent.session import open_session

logger = logging.getLogger(__name__)

DEMO_TIMEZONE = "America/New_York"


@dataclass
class DemoResult:
    directory: Path
    maildir: Path
    store: Path
    config_path: Path
    config: Config
    now: datetime
    summary: Any  # agent.pipeline.RunSummary
    status: list[dict[str, Any]]
    draft_paths: list[Path]


def _fresh_directory(directory: Path | None) -> Path:
    if directory is None:
        return Path(tempfile.mkdtemp(prefix="followup-agent-demo-"))
    directory = directory.expanduser()
    if directory.exists() and any(directory.iterdir()):
        raise AgentError(f"{directory} is not empty; give --dir a new or empty directory")
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def _parse_now(now_text: str | None, cfg: Config) -> datetime:
    if now_text is None:
        return datetime.now(cfg.tz)
    try:
        parsed = datetime.fromisoformat(now_text)
    except ValueError:
        raise AgentError(f"--now: expected an ISO-8601 date-time, got {now_text!r}") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=cfg.tz)


def draft_files(maildir: Path) -> list[Path]:
    """The files in the Drafts folder (``.Drafts``) of a Maildir++ tree."""
    drafts = maildir / ".Drafts"
    if not drafts.is_dir():
        return []
    box = mailbox.Maildir(str(drafts), create=False)
    out: list[Path] = []
    for key in box.iterkeys():
        for sub in ("cur", "new"):
            for p in (drafts / sub).glob(f"{key}*"):
                out.append(p)
    return sorted(out)


def run_demo(directory: Path | None = None, *, now_text: str | None = None) -> DemoResult:
    """Build the sample, run one real pass, and collect the status and the drafts."""
    root = _fresh_directory(directory)
    maildir = root / "Mail"
    store_path = root / "state.db"
    config_path = root / "config.yaml"
    settings = {
        "timezone": DEMO_TIMEZONE,
        "me": {"name": ME_NAME, "addresses": [ME_ADDR]},
        "mailbox": {"backend": "maildir", "maildir": {"path": str(maildir)}},
        "store": {"path": str(store_path)},
    }
    config_path.write_text(
        "# written by `followup-agent demo`; `followup-agent config init` writes a file "
        "with every option\n" + yaml.safe_dump(settings, sort_keys=False),
        encoding="utf-8",
    )
    cfg = load_config(config_path)
    now = _parse_now(now_text, cfg).astimezone(cfg.tz)
    write_sample(maildir, now=now)
    logger.info("demo sample written to %s", maildir)
    with open_session(cfg, now=now, lock=False) as session:
        summary = session.run_once()
        rows = session.store.followups(session.account)
        status = status_rows(cfg, session.timeline(), rows, now=now)
    return DemoResult(
        directory=root,
        maildir=maildir,
        store=store_path,
        config_path=config_path,
        config=cfg,
        now=now,
        summary=summary,
        status=status,
        draft_paths=draft_files(maildir),
    )


__all__ = [
    "DEMO_TIMEZONE",
    "DemoResult",
    "draft_files",
    "run_demo",
]
