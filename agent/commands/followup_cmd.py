"""``plan``, ``run``, ``status``, ``note`` and ``demo``: the follow-up commands.

``plan`` works on files and touches nothing. ``run --once`` is one pipeline pass;
``run`` without ``--once`` hands over to the daemon. ``status`` and ``note`` read and
write only the state store (no mailbox), so they work offline and while the daemon runs.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from agent.clikit import (
    config_option,
    config_path,
    console,
    err_console,
    get_config,
    open_existing_store,
    parse_now,
    track,
)
from agent.config import Config, default_config_path, require_identity
from agent.errors import AgentError
from agent.followup.days import short_day, short_time
from agent.followup.status import KIND_LABELS, recipients, status_rows
from agent.followup.timeline import Application, Timeline
from agent.models import Note, PlannedFollowUp, short_id, short_id_matches
from agent.store import Store
from agent.terminal_text import for_markup

if TYPE_CHECKING:
    from agent.pipeline import RunSummary

logger = logging.getLogger(__name__)


def _when(moment: datetime, cfg: Config) -> str:
    return f"{short_day(moment, cfg.tz)} {short_time(moment, cfg.tz)}"


# --------------------------------------------------------------------------- plan


def plan_cmd(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(
        ..., metavar="PATH...", help=".eml files, directories of them, or mbox files."
    ),
    as_json: bool = typer.Option(False, "--json", help='Print {"followups": [...]} as JSON.'),
    now_text: str | None = typer.Option(
        None, "--now", help="Plan as of this moment (ISO-8601); default: the real clock."
    ),
    config: Path | None = config_option(),
) -> None:
    """Every follow-up the rules call for at NOW, from the messages in PATH (read-only)."""
    from agent.mail.message_files import iter_sources
    from agent.pipeline import plan_sources

    cfg = get_config(ctx, config, defaults_ok=True)  # read-only: no config file is fine
    now = parse_now(now_text, cfg)
    decisions, errors, _ = plan_sources(iter_sources(paths), cfg, now=now)
    for line in errors:
        err_console.print(f"error: {for_markup(line)}", highlight=False, soft_wrap=True)
    if as_json:
        typer.echo(json.dumps({"followups": [d.contract_dict() for d in decisions]}, indent=2))
    else:
        _plan_table(decisions, cfg, now)
    if errors:  # a missing or unreadable PATH is a failure, as in `classify`
        raise typer.Exit(1)


def _plan_table(decisions: list[PlannedFollowUp], cfg: Config, now: datetime) -> None:
    if not decisions:
        console.print(f"Nothing to follow up as of {_when(now, cfg)}.", highlight=False)
        return
    table = Table(title=f"Follow-ups as of {_when(now, cfg)} ({cfg.timezone})")
    for col in ("due", "status", "kind", "application", "to", "why"):
        table.add_column(col, overflow="fold")
    for d in decisions:
        style = {"due": "bold", "missed": "dim"}.get(d.status.value, "")
        table.add_row(
            _when(d.due_at, cfg),
            d.status.value,
            KIND_LABELS[d.kind],
            for_markup(d.application),
            for_markup(", ".join(d.to)) if d.to else "[yellow]no recipient: fill in To[/]",
            for_markup(d.reason),
            style=style,
        )
    console.print(table)


# --------------------------------------------------------------------------- run


def _progress(items: Iterable[Any], total: int, description: str) -> Iterable[Any]:
    return track(items, total=total, description=description)


def run_cmd(
    ctx: typer.Context,
    once: bool = typer.Option(False, "--once", help="One pass, then exit."),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Read and plan, but write nothing (no drafts, no state)."
    ),
    now_text: str | None = typer.Option(
        None, "--now", help="Replace the clock (ISO-8601), e.g. to rehearse Friday."
    ),
    as_json: bool = typer.Option(False, "--json", help="With --once: the summary as JSON."),
    config: Path | None = config_option(),
) -> None:
    """Sync the mailbox, update the state, plan, and save the drafts that are due."""
    cfg = get_config(ctx, config)
    if not dry_run:
        require_identity(cfg, str(config_path(ctx, config) or default_config_path()))
    if as_json and not once:
        raise typer.BadParameter("--json goes with --once (the daemon logs JSON with --log-json)")
    if not once:
        try:
            from agent.daemon import run_daemon
        except ImportError:
            raise typer.BadParameter(
                "the daemon is not available in this build; use --once", param_hint="--once"
            ) from None
        run_daemon(
            cfg, now_override=parse_now(now_text, cfg) if now_text else None, dry_run=dry_run
        )
        return
    from agent.session import open_session

    now = parse_now(now_text, cfg)
    # a pass that writes holds the daemon's lock: two writers racing could draft twice
    with open_session(cfg, now=now, dry_run=dry_run) as session:
        summary = session.run_once(progress=_progress)
        account = session.account
    if as_json:
        _print_run_json(summary, now, account)
    else:
        _print_run(summary, cfg, now, account)
    for e in summary.errors:
        err_console.print(f"error: {for_markup(e)}", highlight=False, soft_wrap=True)
    if summary.errors:
        raise typer.Exit(1)


def _print_run_json(summary: RunSummary, now: datetime, account: str) -> None:
    from agent.daemon import summary_fields

    out = {"now": now.isoformat(), "account": account, **summary_fields(summary)}
    out["errors"] = list(summary.errors)
    out["drafts"] = [
        {
            "id": short_id(d.key),
            "kind": d.kind,
            "application": d.application,
            **recipients(d.to),
            "message_id": d.message_id,
            "reason": d.reason,
        }
        for d in summary.drafts
    ]
    typer.echo(json.dumps(out))


def _print_run(summary: RunSummary, cfg: Config, now: datetime, account: str) -> None:
    dry_run = summary.dry_run
    head = "dry run (nothing written)" if dry_run else "one pass"
    console.print(f"{head} at {_when(now, cfg)} ({cfg.timezone}) on {account}", highlight=False)
    console.print(
        f"  messages: {summary.new_messages} new, {summary.understood} understood, "
        f"{summary.unreadable} unreadable",
        highlight=False,
    )
    made = "would draft" if dry_run else "drafts created"
    console.print(
        f"  follow-ups: {summary.planned} newly planned, {summary.due} due, "
        f"{summary.missed} missed, {summary.cancelled} cancelled; "
        f"{made}: {summary.due if dry_run else summary.drafts_created}",
        highlight=False,
    )
    for d in summary.drafts:
        to = ", ".join(d.to) if d.to else "no recipient: fill in To"
        console.print(
            f"  - {for_markup(d.application)}: {KIND_LABELS.get(d.kind, d.kind)} → {for_markup(to)}",
            highlight=False,
        )
    if summary.next_due_at:
        console.print(f"  next follow-up due: {_when(summary.next_due_at, cfg)}", highlight=False)
    if summary.missed:
        console.print(
            "  missed moments are listed with their ids by `followup-agent status`; "
            "`followup-agent revive ID` drafts one anyway",
            highlight=False,
            markup=False,
        )


# --------------------------------------------------------------------------- status


def _account(cfg: Config, store: Store, *, now: datetime) -> str:
    """The account the store holds (one mailbox per config), else the mailbox's own key."""
    accounts = store.accounts()
    if len(accounts) == 1:
        return accounts[0]
    from agent.mail import open_mailbox

    with open_mailbox(cfg, now=now) as box:
        return box.account


NARROW_STATUS_WIDTH = 120


def render_status(records: list[dict[str, Any]], cfg: Config, out: Console = console) -> None:
    if not records:
        out.print("No applications found yet.", highlight=False)
        return
    # narrow terminals: the long "why" goes below the table instead of a squeezed column
    narrow = out.width < NARROW_STATUS_WIDTH
    table = Table(title="Applications", box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    table.add_column("id", no_wrap=True, style="dim")
    table.add_column("company", ratio=2, min_width=8)
    table.add_column("role", ratio=2, min_width=8, overflow="fold")
    table.add_column("stage", no_wrap=True)
    table.add_column("last event", ratio=2, min_width=10)
    table.add_column("next follow-up", ratio=2, min_width=10)
    if not narrow:
        table.add_column("why", ratio=5, overflow="fold")
    reasons: list[tuple[str, str]] = []
    for r in records:
        last = "—"
        if r["last_event"]:
            day = short_day(datetime.fromisoformat(r["last_event_at"]))
            last = r["last_event"] if day in r["last_event"] else f"{r['last_event']} ({day})"
        nxt = r["next_followup"]
        if nxt is None:
            next_text, why = "—", ""
        else:
            due = datetime.fromisoformat(nxt["due_at"])
            state = {"drafted": "draft ready", "due": "due now"}.get(nxt["status"], "")
            next_text = f"{KIND_LABELS.get(nxt['kind'], nxt['kind'])} {_when(due, cfg)}"
            if state:
                next_text += f" ({state})"
            why = nxt["reason"]
        why_parts = [for_markup(why)] if why else []
        why_parts += [f"[yellow]{for_markup(n)}[/]" for n in r["notes"]]
        cells = [
            r["id"],
            for_markup(r["company"]),
            for_markup(r["role"] or "—"),
            r["stage"],
            for_markup(last),
            for_markup(next_text),
        ]
        if narrow:
            reasons += [(r["id"], part) for part in why_parts]
        else:
            cells.append("\n".join(why_parts))
        table.add_row(*cells)
    out.print(table)
    if reasons:
        out.print("[bold]why[/]")
        for app_id, text in reasons:
            out.print(f"  [dim]{app_id}[/]  {text}", highlight=False)


def status_cmd(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    now_text: str | None = typer.Option(None, "--now", help="As of this moment (ISO-8601)."),
    config: Path | None = config_option(),
) -> None:
    """Your applications: stage, last event, the next follow-up and why."""
    from agent.pipeline import timeline_from_store

    cfg = get_config(ctx, config)
    now = parse_now(now_text, cfg)
    with open_existing_store(cfg) as store:
        account = _account(cfg, store, now=now)
        timeline = timeline_from_store(cfg, store, account, now=now)
        records = status_rows(cfg, timeline, store.followups(account), now=now)
    if as_json:
        typer.echo(json.dumps({"applications": records}, indent=2))
        return
    render_status(records, cfg)


# --------------------------------------------------------------------------- note


def resolve_application(timeline: Timeline, ident: str) -> Application:
    """APP is a short id (or its prefix), an application key, or a company name prefix."""
    needle = ident.strip().lower()
    if not needle:
        raise typer.BadParameter("give a short id or a company name", param_hint="APP")
    exact = [
        a
        for a in timeline.applications
        if needle in (a.key, a.company.lower()) or short_id_matches(a.key, needle, exact=True)
    ]
    if len(exact) == 1:
        return exact[0]
    found = [
        a
        for a in timeline.applications
        if short_id_matches(a.key, needle) or a.company.lower().startswith(needle)
    ]
    if len(found) == 1:
        return found[0]
    if not found:
        known = ", ".join(f"{a.short_id} {a.company}" for a in timeline.applications) or "none"
        raise typer.BadParameter(
            f"no application matches {ident!r} (known: {known})", param_hint="APP"
        )
    names = ", ".join(f"{a.short_id} {a.company}" for a in found)
    raise typer.BadParameter(f"{ident!r} is ambiguous: {names}", param_hint="APP")


def _parse_day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(
            f"expected a date such as 2026-03-13, got {value!r}", param_hint=option
        ) from None


def _parse_moment(value: str, cfg: Config) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise typer.BadParameter(
            f"expected a date-time such as 2026-03-10T14:00, got {value!r}",
            param_hint="--interview-at",
        ) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=cfg.tz)


def note_cmd(
    ctx: typer.Context,
    app_ident: str = typer.Argument(..., metavar="APP", help="Short id or company name."),
    hear_by: str | None = typer.Option(
        None, "--hear-by", help="The date they said you would hear back (YYYY-MM-DD)."
    ),
    follow_up_on: str | None = typer.Option(
        None, "--follow-up-on", help="The date they asked you to follow up (YYYY-MM-DD)."
    ),
    interview_at: str | None = typer.Option(
        None, "--interview-at", help="An interview arranged outside mail (YYYY-MM-DDTHH:MM)."
    ),
    now_text: str | None = typer.Option(None, "--now", help="Record as of this moment."),
    config: Path | None = config_option(),
) -> None:
    """Record a fact you heard outside mail; it enters the timeline as "noted by you"."""
    from agent.pipeline import timeline_from_store

    given = [o for o in (hear_by, follow_up_on, interview_at) if o is not None]
    if len(given) != 1:
        raise typer.BadParameter(
            "give exactly one of --hear-by, --follow-up-on, --interview-at", param_hint="APP"
        )
    cfg = get_config(ctx, config)
    now = parse_now(now_text, cfg)
    value: date | datetime
    if hear_by is not None:
        kind, value = "hear_by", _parse_day(hear_by, "--hear-by")
    elif follow_up_on is not None:
        kind, value = "follow_up_on", _parse_day(follow_up_on, "--follow-up-on")
    else:
        kind, value = "interview_at", _parse_moment(str(interview_at), cfg)
    with open_existing_store(cfg) as store:
        account = _account(cfg, store, now=now)
        app = resolve_application(timeline_from_store(cfg, store, account, now=now), app_ident)
        note_id = store.add_note(
            account,
            Note(application=app.key, kind=kind, value=value, noted_at=now),  # type: ignore[arg-type]
        )
    what = {
        "hear_by": f"you will hear back by {short_day(value)}",
        "follow_up_on": f"follow up on {short_day(value)}",
        "interview_at": f"interview {_when(value, cfg) if isinstance(value, datetime) else value}",
    }[kind]
    console.print(
        f"noted for {for_markup(app.company)} ({app.short_id}): {what} (note {note_id}); "
        "the next run plans with it.",
        highlight=False,
    )


# --------------------------------------------------------------------------- demo


def demo_cmd(
    directory: Path | None = typer.Option(
        None, "--dir", help="Where to write the sample (default: a new temporary directory)."
    ),
    now_text: str | None = typer.Option(
        None, "--now", help="Pretend it is this moment (ISO-8601); default: the real clock."
    ),
    lang: str | None = typer.Option(
        None,
        "--lang",
        help="Instead: show the drafts of the hiring threads in one language "
        "(en, es, de, fr, it, pt, nl, or all), each understood, planned and composed "
        "by the real core, with the full text of every draft.",
    ),
) -> None:
    """Write a sample mailbox, run the real pipeline on it, show the status and the drafts."""
    from agent.demo import run_demo

    if lang is not None:
        from agent.draft_scenarios import language_report
        from agent.understand.language import LANGUAGES

        if lang != "all" and lang not in LANGUAGES:
            raise AgentError(f"--lang: expected one of {', '.join(LANGUAGES)} or all, got {lang!r}")
        console.print(
            language_report(None if lang == "all" else lang), markup=False, highlight=False
        )
        return
    try:
        result = run_demo(directory, now_text=now_text)
    except AgentError:
        raise
    cfg = result.config
    console.print(f"Sample Maildir: {result.maildir}", highlight=False)
    console.print(f"State store:    {result.store}", highlight=False)
    console.print(f"Config:         {result.config_path}", highlight=False)
    s = result.summary
    console.print(
        f"One pass at {_when(result.now, cfg)} ({cfg.timezone}): {s.understood} messages "
        f"understood, {s.drafts_created} drafts created, {s.planned} follow-ups planned, "
        f"{s.missed} missed.",
        highlight=False,
    )
    render_status(result.status, cfg)
    if result.draft_paths:
        console.print("Drafts created (open them in your mail client, or read the files):")
        for p in result.draft_paths:
            console.print(f"  {p}", highlight=False, soft_wrap=True)
    console.print(
        f"Try: followup-agent --config {result.config_path} status",
        highlight=False,
        soft_wrap=True,
    )


def register(app: typer.Typer) -> None:
    app.command("plan")(plan_cmd)
    app.command("run")(run_cmd)
    app.command("status")(status_cmd)
    app.command("note")(note_cmd)
    app.command("demo")(demo_cmd)


__all__ = [
    "NARROW_STATUS_WIDTH",
    "demo_cmd",
    "note_cmd",
    "plan_cmd",
    "register",
    "render_status",
    "resolve_application",
    "run_cmd",
    "status_cmd",
]
