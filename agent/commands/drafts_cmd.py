"""``drafts``: every draft the agent made, what came of it, and what comes next.

``drafts`` asks the mailbox what became of each draft unless ``--offline``; the pipeline
records the answer (a draft the user deleted becomes ``discarded`` right away, and a
discarded follow-up is never drafted again), this command only shows it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import typer
from rich.table import Table

from agent.clikit import (
    config_option,
    console,
    err_console,
    get_config,
    open_existing_store,
    parse_now,
    store_path,
)
from agent.config import Config
from agent.errors import MailError
from agent.followup.status import KIND_LABELS, recipients, revive_hint
from agent.followup.steering import UPCOMING
from agent.mail.base import Mailbox
from agent.models import (
    DraftState,
    FollowUpRow,
    FollowUpStatus,
    effective_due,
    short_id,
)
from agent.store import Store
from agent.terminal_text import for_markup

logger = logging.getLogger(__name__)


STATE_LABELS = {
    "waiting": "waiting for review",
    "edited": "edited, not sent yet",
    "sent": "sent",
    "discarded": "discarded",
}


def _app_names(store: Store, account: str) -> dict[str, str]:
    names: dict[str, str] = {}
    for app in store.applications(account):
        names[app.key] = f"{app.company} — {app.role}" if app.role else app.company
    return names


@dataclass
class DraftsReport:
    drafts: list[dict[str, Any]]
    upcoming: list[dict[str, Any]]
    skipped: list[dict[str, Any]]
    checked: bool
    warning: str | None = None
    missed: list[dict[str, Any]] = field(default_factory=list)


def collect_drafts(cfg: Config, *, offline: bool, now: datetime) -> DraftsReport:
    """Every draft the agent made (refreshed from the mailbox) and what comes next."""
    if not store_path(cfg).exists():
        return DraftsReport([], [], [], False)
    store = open_existing_store(cfg)
    try:
        box: Mailbox | None = None
        warning = None
        if not offline:
            from agent.mail import open_mailbox

            try:
                box = open_mailbox(cfg, now=now)
            except MailError as exc:
                warning = (
                    f"could not reach the mailbox ({exc}); showing the stored states "
                    "(--offline skips this check)"
                )
        try:
            return _collect(store, box, now=now, warning=warning)
        finally:
            if box is not None:
                box.close()
    finally:
        store.close()


def _drafts_checked(store: Store, box: Mailbox | None, *, now: datetime) -> dict[str, DraftState]:
    """Ask the mailbox about the drafts of its own account (the pipeline records what it
    says); an unreachable mailbox leaves the stored states."""
    if box is None:
        return {}
    from agent.pipeline import PassRows, check_drafts

    try:
        checks = check_drafts(PassRows.read(store, box.account), box, now=now)
    except MailError as exc:
        logger.warning("could not check the drafts: %s", exc)
        return {}
    for key, problem in checks.errors.items():
        logger.warning("could not check draft %s: %s", short_id(key), problem)
    return checks.states


def _collect(
    store: Store, box: Mailbox | None, *, now: datetime, warning: str | None
) -> DraftsReport:
    drafts: list[dict[str, Any]] = []
    upcoming: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    missed: list[dict[str, Any]] = []
    stored_rows = {account: store.followups(account) for account in store.accounts()}
    checks = _drafts_checked(store, box, now=now)
    for account, rows in stored_rows.items():
        names = _app_names(store, account)
        for row in rows:
            app = names.get(row.application_key, row.application_key)
            base = {
                "id": short_id(row.key),
                "kind": row.kind,
                "application": app,
                **recipients(row.recipients),
                "due_at": row.due_at.isoformat(),
            }
            if row.draft_id and row.status in (
                FollowUpStatus.DRAFTED,
                FollowUpStatus.SENT,
                FollowUpStatus.DISCARDED,
            ):
                checked = box is not None and account == box.account
                state = checks.get(row.key) if checked else None
                drafts.append(
                    {
                        **base,
                        "state": _state_label(row, state),
                        "checked": state is not None,
                        "draft_id": row.draft_id,
                        "message_id": row.draft_message_id,
                        "drafted_at": row.updated_at.isoformat(),
                    }
                )
            elif row.status in UPCOMING:
                upcoming.append(
                    {
                        **base,
                        "status": row.status.value,
                        "when": effective_due(row).isoformat(),
                        "snoozed_until": (
                            row.snoozed_until.isoformat() if row.snoozed_until else None
                        ),
                        "reason": row.reason,
                    }
                )
            elif row.status is FollowUpStatus.DISCARDED:
                skipped.append({**base, "reason": row.reason})
            elif row.status is FollowUpStatus.MISSED:
                missed.append({**base, "reason": row.reason, "hint": revive_hint(row)})
    upcoming.sort(key=lambda d: (d["when"], d["id"]))
    missed.sort(key=lambda d: (d["due_at"], d["id"]))
    return DraftsReport(drafts, upcoming, skipped, box is not None, warning, missed)


def _state_label(row: FollowUpRow, state: DraftState | None) -> str:
    """What the drafts table says: the mailbox's answer, else the stored status."""
    if state is None:
        return {
            FollowUpStatus.SENT: "sent",
            FollowUpStatus.DISCARDED: "discarded",
        }.get(row.status, "waiting")
    return "discarded" if state is DraftState.DELETED else state.value


def _local(dt_text: str, cfg: Config) -> str:
    return datetime.fromisoformat(dt_text).astimezone(cfg.tz).strftime("%a %b %d %H:%M")


def drafts(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of tables."),
    offline: bool = typer.Option(
        False, "--offline", help="Do not ask the mailbox; show the states last recorded."
    ),
    config: Path | None = config_option(),
) -> None:
    """List the drafts the agent made (waiting, edited, sent, discarded), what comes next,
    and the moments it missed (each with the id that revives it)."""
    cfg = get_config(ctx, config)
    report = collect_drafts(cfg, offline=offline, now=parse_now(None, cfg))
    if report.warning:
        err_console.print(f"[yellow]warning:[/] {report.warning}", highlight=False)
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "drafts": report.drafts,
                    "upcoming": report.upcoming,
                    "skipped": report.skipped,
                    "missed": report.missed,
                    "checked_mailbox": report.checked,
                },
                indent=None,
            )
        )
        return
    if not report.drafts and not report.upcoming and not report.missed:
        console.print("No drafts yet and nothing coming up.", highlight=False)
    if report.drafts:
        _print_drafts(report, cfg)
    if report.upcoming:
        _print_upcoming(report, cfg)
    if report.missed:
        _print_missed(report, cfg)


def _print_drafts(report: DraftsReport, cfg: Config) -> None:
    """The drafts the agent made, with what became of each."""
    table = Table(title="Drafts the agent made", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("kind")
    table.add_column("application")
    table.add_column("to", overflow="fold")
    table.add_column("state")
    table.add_column("drafted", no_wrap=True)
    for d in report.drafts:
        label = STATE_LABELS.get(d["state"], d["state"])
        if not d["checked"] and d["state"] == "waiting":
            label += " (not checked)"
        table.add_row(
            d["id"],
            KIND_LABELS.get(d["kind"], d["kind"]),
            for_markup(d["application"]),
            for_markup(d["to"]) if d["to"] else "[yellow]no recipient: fill in To[/]",
            label,
            _local(d["drafted_at"], cfg),
        )
    console.print(table)


def _print_upcoming(report: DraftsReport, cfg: Config) -> None:
    """What comes next, with the commands that steer it."""
    wide = console.width >= 140  # the reasons are long sentences: only when they fit
    table = Table(title="Coming up", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("kind")
    table.add_column("application")
    table.add_column("to", overflow="fold")
    table.add_column("when", no_wrap=True)
    if wide:
        table.add_column("why")
    for u in report.upcoming:
        when = _local(u["when"], cfg)
        if u["snoozed_until"]:
            when += " (snoozed)"
        row = [
            u["id"],
            KIND_LABELS.get(u["kind"], u["kind"]),
            for_markup(u["application"]),
            for_markup(u["to"]) if u["to"] else "[yellow]no recipient[/]",
            when,
        ]
        table.add_row(*row, *([for_markup(u["reason"])] if wide else []))
    console.print(table)
    console.print(
        "Steer one with `followup-agent skip ID` or `followup-agent snooze ID --until DATE`"
        + ("" if wide else "; `followup-agent status` or `drafts --json` say why"),
        highlight=False,
        markup=False,
    )


def _print_missed(report: DraftsReport, cfg: Config) -> None:
    """Moments too late when first seen, with the command that revives one."""
    table = Table(title="Missed (too late when first seen)", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("kind")
    table.add_column("application")
    table.add_column("was due", no_wrap=True)
    for m in report.missed:
        table.add_row(
            m["id"],
            KIND_LABELS.get(m["kind"], m["kind"]),
            for_markup(m["application"]),
            _local(m["due_at"], cfg),
        )
    console.print(table)
    console.print(
        "Draft one anyway with `followup-agent revive ID` "
        "(or later: `followup-agent snooze ID --until DATE`)",
        highlight=False,
        markup=False,
    )


def register(app: typer.Typer) -> None:
    app.command("drafts")(drafts)


__all__ = [
    "STATE_LABELS",
    "DraftsReport",
    "collect_drafts",
    "drafts",
    "register",
]
