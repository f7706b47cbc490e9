"""Hiring threads in seven languages, and the drafts the agent writes for them.

Each :class:`Scenario` is a small mailbox (real RFC 5322 bytes, calendar invitations
included) and a moment ``now`` at which a follow-up is due: a folder of .eml files and a
``scenario.toml`` in ``agent/data/draft_scenarios`` (add a case by adding a folder and
its name to ``scenarios.toml``). :func:`run_scenario` takes it
through the same steps as a real pass (understand → timeline → plan → compose) and
returns every draft (or the reason there is none); :func:`report` writes them as a
readable text. ``followup-agent demo --lang es`` prints the report of one language, and
the test suite checks every case against DESIGN.md's "Drafts a careful person would
send". People, companies and domains are invented (``.example``).
"""

from __future__ import annotations

import email
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from agent.config import Config, validate_config
from agent.demo_sample import ME_ADDR, ME_NAME
from agent.followup.compose import ComposeError, TemplateSet, compose
from agent.followup.rules import plan, shown
from agent.followup.timeline import build_timeline
from agent.models import Folder, FollowUpStatus, PlannedFollowUp, StoredMessage
from agent.template_files import load_templates
from agent.understand import understand

ME_WORK = "a.rivera@correo.example"  # a second address: some employers write to this one


@dataclass
class Mail:
    """One message of a scenario, as bytes."""

    raw: bytes
    folder: Folder
    message_id: str
    subject: str


@dataclass
class Scenario:
    name: str
    lang: str
    about: str  # one line: the case it shows
    tz: str  # the candidate's zone (config ``timezone``)
    now: datetime
    mails: list[Mail] = field(default_factory=list)
    rules: dict[str, Any] = field(default_factory=dict)

    def config(self) -> Config:
        return validate_config(
            {
                "timezone": self.tz,
                "me": {"name": ME_NAME, "addresses": [ME_ADDR, ME_WORK]},
                "rules": self.rules,
            }
        )


@dataclass
class Outcome:
    """One follow-up of a scenario: its plan, and the draft (or why there is none)."""

    followup: PlannedFollowUp
    raw: bytes | None
    error: str | None = None

    @property
    def message(self) -> EmailMessage | None:
        if self.raw is None:
            return None
        msg = email.message_from_bytes(self.raw, policy=default)
        assert isinstance(msg, EmailMessage)
        return msg

    @property
    def body(self) -> str:
        msg = self.message
        return "" if msg is None else str(msg.get_content()).replace("\r\n", "\n")


# --------------------------------------------------------------------------- the files

SCENARIO_DIR = Path(__file__).resolve().parent / "data" / "draft_scenarios"


def load_scenario(name: str) -> Scenario:
    """The scenario in ``SCENARIO_DIR/name``: its ``scenario.toml`` and .eml files."""
    folder = SCENARIO_DIR / name
    spec = tomllib.loads((folder / "scenario.toml").read_text(encoding="utf-8"))
    zone = spec["timezone"]
    sc = Scenario(
        name,
        spec["lang"],
        spec["about"],
        zone,
        spec["now"].replace(tzinfo=ZoneInfo(zone)),
        rules=spec.get("rules", {}),
    )
    for entry in spec["mail"]:
        # the files are kept with plain line ends; mail on the wire has CRLF
        raw = (folder / entry["file"]).read_bytes().replace(b"\n", b"\r\n")
        head = email.message_from_bytes(raw, policy=default)
        folder_of = Folder(entry.get("folder", "inbox"))
        sc.mails.append(Mail(raw, folder_of, str(head["Message-ID"]), str(head["Subject"])))
    return sc


def all_scenarios() -> list[Scenario]:
    """Every scenario, in the order of the report."""
    index = tomllib.loads((SCENARIO_DIR / "scenarios.toml").read_text(encoding="utf-8"))
    return [load_scenario(name) for name in index["order"]]


# --------------------------------------------------------------------------- running


def stored(sc: Scenario) -> list[StoredMessage]:
    """The scenario's mail as the timeline sees it (each understood from its bytes)."""
    cfg = sc.config()
    out: list[StoredMessage] = []
    for n, m in enumerate(sc.mails):
        facts = understand(m.raw, me=cfg.me.addresses, default_tz=cfg.tz)
        out.append(StoredMessage(f"{sc.name}/{n}", m.folder, None, facts, facts.sent_at))
    return out


def run_scenario(sc: Scenario, templates: TemplateSet | None = None) -> list[Outcome]:
    """Every follow-up the rules show at ``sc.now``, with its draft when one is due."""
    cfg = sc.config()
    messages = stored(sc)
    timeline = build_timeline(messages, [], tz=cfg.tz, now=sc.now, me=cfg.me.addresses)
    templates = templates or load_templates()
    by_id = {m.id: m for m in messages}
    out: list[Outcome] = []
    for p in shown(plan(timeline, cfg.rules, cfg.me, sc.now)):
        if p.status is not FollowUpStatus.DUE:
            out.append(Outcome(p, None, f"{p.status.value}: {p.reason}"))
            continue
        app = timeline.by_key(p.application_key)
        parent = by_id.get(p.reply_to_message or "")
        try:
            d = compose(
                p, parent, cfg.me, cfg.rules, templates, account="scenario", now=sc.now, app=app
            )
        except ComposeError as exc:
            out.append(Outcome(p, None, str(exc)))
            continue
        out.append(Outcome(p, d.raw))
    return out


def report(results: list[tuple[Scenario, list[Outcome]]]) -> str:
    """The drafts as a reviewer reads them: headers that matter, then the body."""
    lines: list[str] = []
    for sc, outcomes in results:
        lines += [f"## {sc.name} ({sc.lang}): {sc.about}", f"now: {sc.now.isoformat()}", ""]
        if not outcomes:
            lines += ["(nothing due)", ""]
        for o in outcomes:
            lines.append(f"### {o.followup.kind}: {o.followup.reason}")
            msg = o.message
            if msg is None:
                lines += [f"no draft: {o.error}", ""]
                continue
            for h in ("From", "To", "Cc", "Subject", "In-Reply-To"):
                if msg[h] is not None:
                    lines.append(f"{h}: {msg[h]}")
            lines += ["", o.body.rstrip(), "", "-" * 72, ""]
    return "\n".join(lines)


def language_report(lang: str | None = None) -> str:
    """The report of every scenario in ``lang`` (all languages when None)."""
    templates = load_templates()
    chosen = [sc for sc in all_scenarios() if lang is None or sc.lang == lang]
    return report([(sc, run_scenario(sc, templates)) for sc in chosen])


__all__ = [
    "Outcome",
    "Scenario",
    "all_scenarios",
    "language_report",
    "report",
    "run_scenario",
    "stored",
]
