"""``followup-agent classify`` and ``explain``: what the agent understands of a message."""

from __future__ import annotations

import functools
import importlib
import json
import logging
import re
import sys
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from agent.clikit import config_option, console, err_console, get_config
from agent.errors import UnreadableMessage
from agent.models import MessageFacts
from agent.terminal_text import as_text, for_markup, printable

if TYPE_CHECKING:
    from agent.understand.core import Scoring
    from agent.understand.date_meaning import FoundDate

logger = logging.getLogger(__name__)

CLASSIFY_HELP = (
    "Classify job mail: kind, confidence, dates, company, role, contact, evidence.\n\n"
    "PATH is an .eml file, a directory of them (searched recursively) or an mbox file. "
    "With --json, one JSON object per message per line: file, message_id, kind (interview, "
    "rejection, application_received, assessment, offer, other), confidence, interview_at, "
    "respond_by, follow_up_on, company, role, contact_email, evidence; "
    "otherwise a table. A file that cannot be read or parsed gets an error line on stderr "
    "and the others are still classified.\n\n"
    "Exit status: 0 when every message was classified, 1 when some file or message failed "
    "(or nothing was found), 2 for usage or configuration errors."
)


@dataclass(frozen=True)
class _Who:
    """Who the candidate is, for understanding: their addresses and their employer's domains."""

    addresses: list[str]
    work_domains: list[str]


def _settings(ctx: typer.Context, me: list[str] | None, config: Path | None) -> tuple[_Who, tzinfo]:
    cfg = get_config(ctx, config, defaults_ok=True)  # read-only: no config file is fine
    addresses = [a.strip().lower() for a in me] if me else list(cfg.me.addresses)
    return _Who(addresses, list(cfg.me.work_domains)), cfg.tz


def _understand(
    raw: bytes,
    label: str,
    me: _Who,
    tz: tzinfo,
    date_account: list[FoundDate] | None = None,
    screen: bool = False,
) -> MessageFacts:
    from agent.understand import understand

    return understand(
        raw,
        me=me.addresses,
        source=label,
        default_tz=tz,
        date_account=date_account,
        work_domains=me.work_domains,
        screen=screen,
        read_language=not screen,  # classify: the language only where dates need it
    )


@dataclass(frozen=True)
class _Classified:
    """One message's result: its facts, or its ``--json`` line (cheap to hand back from a
    worker process), or why it is unreadable."""

    facts: MessageFacts | None = None
    line: str | None = None
    unreadable: str | None = None


def _classify_one(raw: bytes, label: str, *, me: _Who, tz: tzinfo, as_json: bool) -> _Classified:
    try:
        # bulk and automated mail the header first pass rules out is read no further
        facts = _understand(raw, label, me, tz, screen=True)
    except UnreadableMessage as exc:
        return _Classified(unreadable=_unreadable(exc, label))
    if as_json:
        return _Classified(
            line=json.dumps({"file": label, **facts.contract_dict()}, ensure_ascii=False)
        )
    return _Classified(facts=facts)


def _load_rules() -> None:
    """Import the understanding step (the phrase matcher built) and its learned fallback's
    model: done once before ``classify`` forks its workers, it is shared by them (each
    imported all of it again: over a second of CPU per run). The phrase patterns are
    left to compile when a message first needs them: a worker runs a few hundred of the
    ~1,500 (tens of ms), compiling them all here took ~0.25 s before any worker started."""
    import agent.understand.classify  # noqa: F401 (builds the phrase matcher)
    from agent.understand.learned import shipped_model

    shipped_model()
    importlib.import_module("icalendar")  # calendar.py imports it at the first invitation


def classify(
    ctx: typer.Context,
    paths: list[Path] = typer.Argument(..., help=".eml files, directories or mbox files."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per message per line."),
    me: list[str] | None = typer.Option(
        None,
        "--me",
        help="Your own address (repeatable); default: me.addresses from the config.",
        metavar="ADDRESS",
    ),
    config: Path | None = config_option(),
) -> None:
    from agent.commands.classify_workers import in_order
    from agent.mail.message_files import iter_sources

    addresses, tz = _settings(ctx, me, config)
    failed = 0
    done = 0
    rows: list[tuple[str, MessageFacts]] = []
    work = functools.partial(_classify_one, me=addresses, tz=tz, as_json=as_json)
    for label, result in in_order(iter_sources(paths), work, before_fork=_load_rules):
        if isinstance(result, Exception):
            failed += 1
            _error(label, _describe(result))
        elif result.unreadable is not None:
            failed += 1
            _error(label, result.unreadable)
        else:
            done += 1
            if result.line is not None:
                _emit(result.line)
            elif result.facts is not None:
                rows.append((label, result.facts))
    if not as_json and rows:
        console.print(_table(rows))
    if done == 0 and failed == 0:
        err_console.print("[red]error:[/] no messages found in the given paths", soft_wrap=True)
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(1)


def _emit(line: str) -> None:
    """One JSON line as UTF-8 whatever the locale (a stray surrogate becomes "?")."""
    data = (line + "\n").encode("utf-8", "replace")
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(data.decode("utf-8"))
    else:
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()


def _error(label: str, message: str) -> None:
    err_console.print(
        f"[red]error:[/] {for_markup(label)}: {for_markup(message)}",
        highlight=False,
        soft_wrap=True,
    )


def _unreadable(exc: UnreadableMessage, label: str) -> str:
    text = str(exc)
    return text[len(label) + 2 :] if text.startswith(label + ": ") else text


def _describe(exc: Exception) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc) or type(exc).__name__


def _table(rows: list[tuple[str, MessageFacts]]) -> Table:
    """One row per message; dates and company/role share a cell so it fits 80 columns."""
    table = Table(show_lines=False, header_style="bold", expand=False)
    table.add_column("file", overflow="fold", ratio=3)
    table.add_column("kind", no_wrap=True)
    table.add_column("conf", no_wrap=True, justify="right")
    table.add_column("dates", overflow="fold", ratio=3)
    table.add_column("company / role", overflow="fold", ratio=3)
    table.add_column("contact", overflow="fold", ratio=2)
    colours = {
        "interview": "cyan",
        "rejection": "red",
        "offer": "green",
        "assessment": "magenta",
        "application_received": "blue",
        "other": "dim",
    }
    for label, f in rows:
        dates = []
        if f.interview_at:
            dates.append(f"interview {f.interview_at.isoformat(timespec='minutes')}")
        if f.respond_by:
            dates.append(f"hear by {f.respond_by.isoformat()}")
        if f.follow_up_on:
            dates.append(f"follow up {f.follow_up_on.isoformat()}")
        who = "\n".join(printable(x) for x in (f.company, f.role) if x)
        table.add_row(
            as_text(_short(label)),
            Text(f.kind, style=colours.get(f.kind, "")),
            f"{f.confidence:.2f}",
            "\n".join(dates),
            Text(who),
            as_text(f.contact_email or ""),
        )
    return table


def _short(label: str) -> str:
    p = Path(label.split("#", 1)[0])
    rest = label[len(str(p)) :]
    return p.name + rest


# --------------------------------------------------------------------------- explain


def explain(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="An .eml file (or an mbox: every message in it)."),
    me: list[str] | None = typer.Option(
        None, "--me", help="Your own address (repeatable).", metavar="ADDRESS"
    ),
    config: Path | None = config_option(),
) -> None:
    """Show the cleaned text with the evidence that decided the kind, the quoted part dimmed."""
    from agent.mail.message_files import iter_sources
    from agent.understand.core import score_message
    from agent.understand.mime import parse_message
    from agent.understand.quotes import split_reply

    addresses, tz = _settings(ctx, me, config)
    failed = 0
    for label, item in iter_sources([file]):
        if isinstance(item, Exception):
            failed += 1
            _error(label, _describe(item))
            continue
        found: list[FoundDate] = []
        try:
            facts = _understand(item, label, addresses, tz, date_account=found)
            pm = parse_message(item, default_tz=tz)
            scoring = score_message(
                item, me=addresses.addresses, default_tz=tz, work_domains=addresses.work_domains
            )
        except UnreadableMessage as exc:
            failed += 1
            _error(label, _unreadable(exc, label))
            continue
        split = split_reply(pm.text)
        _explain_one(label, facts, split.new, split.signature, split.quoted, pm.from_html)
        _explain_scoring(scoring)
        _explain_dates(facts, found)
    if failed:
        raise typer.Exit(1)


def _explain_scoring(scoring: Scoring | None) -> None:
    """Each phrase's contribution (name, signal, weight tier and points, what was said)
    and each signal's total: what the decision ladder weighed."""
    title = "phrases and evidence (points per signal decide the kind)"
    if scoring is None:
        console.print(
            Panel(Text("the candidate's own message: not scored", style="dim"), title=title)
        )
        return
    if not scoring.scores.contributions:
        console.print(Panel(Text("no phrase of the phrasebook found", style="dim"), title=title))
        return
    table = Table(show_lines=False, header_style="bold", expand=False)
    for column in ("phrase", "signal", "weight", "points", "said"):
        table.add_column(column, overflow="fold", no_wrap=column in ("signal", "points"))
    for c in scoring.scores.contributions:
        table.add_row(
            as_text(c.name), c.signal.value, c.tier, f"{c.points:+g}", as_text(c.evidence)
        )
    said = scoring.elsewhere_phrase
    if said is not None:  # the phrase that made it someone else's process decides alone
        p = said.phrase
        table.add_row(as_text(p.key), p.signal.value, p.tier, "decides", as_text(said.evidence))
    totals = ", ".join(f"{s.value} {p:+g}" for s, p in scoring.scores.points.items())
    notes = [f"totals: {totals}"]
    if scoring.elsewhere:
        notes.append(f"someone else's process: {scoring.elsewhere}")
    if scoring.automatic_reply:
        notes.append("automatic reply")
    table.caption = "; ".join(notes)
    console.print(Panel(table, title=title, expand=False))


def _explain_dates(f: MessageFacts, found: list[FoundDate]) -> None:
    """Every date in the new text, and why it was given its meaning or refused one."""
    if not found:
        why = (
            "no date, time or relative phrase in the new text"
            if f.kind != "other" or f.respond_by or f.follow_up_on
            else "dates are not read in mail outside the candidate's hiring process"
        )
        console.print(Panel(Text(why, style="dim"), title="dates found", expand=False))
        return
    table = Table(show_lines=False, header_style="bold", expand=False)
    table.add_column("as written", overflow="fold")
    table.add_column("resolved", no_wrap=True)
    table.add_column("meaning", no_wrap=True)
    table.add_column("why", overflow="fold")
    for d in found:
        meaning = Text(d.meaning, style="bold green") if d.meaning else Text("none", style="dim")
        table.add_row(as_text(d.text), d.value, meaning, as_text(d.reason))
    console.print(Panel(table, title="dates found (quoted text is never read)", expand=False))


def _phrases(evidence: list[str]) -> list[str]:
    out: list[str] = []
    for e in evidence:
        for m in re.finditer(r'"([^"]{2,})"', e):
            phrase = m.group(1).rstrip("…").strip()
            if phrase:
                out.append(phrase)
    return out


def _highlight(text: str, phrases: list[str], base_style: str = "") -> Text:
    out = as_text(text, block=True, style=base_style)
    for phrase in phrases:
        words = [re.escape(w) for w in phrase.split()]
        if not words:
            continue
        pattern = r"\s+".join(words).replace("'", "['’]")
        try:
            out.highlight_regex(re.compile(pattern, re.I), style="bold black on yellow")
        except re.error:
            continue
    return out


def _explain_one(
    label: str, f: MessageFacts, new: str, signature: str, quoted: str, from_html: bool
) -> None:
    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("file", as_text(label))
    head.add_row("from", as_text(f"{f.from_name or ''} <{f.from_email or '?'}>".strip()))
    head.add_row("subject", as_text(f.subject))
    head.add_row("date", f.sent_at.isoformat() if f.sent_at else "(no Date header)")
    head.add_row("kind", Text(f"{f.kind}  (confidence {f.confidence:.2f})", style="bold"))
    head.add_row("evidence", as_text("; ".join(f.evidence) or "-"))
    fields = [
        ("interview_at", f.interview_at.isoformat() if f.interview_at else None),
        ("respond_by", f.respond_by.isoformat() if f.respond_by else None),
        ("follow_up_on", f.follow_up_on.isoformat() if f.follow_up_on else None),
        ("company", f.company),
        ("role", f.role),
        ("contact_email", f.contact_email),
        ("contact_name", f.contact_name),
    ]
    for name, value in fields:
        head.add_row(name, as_text(value) if value is not None else Text("null", style="dim"))
    if f.interview_cancelled:
        head.add_row("cancelled", "the interview was cancelled")
    if f.interviewers:
        head.add_row(
            "interviewers",
            as_text(", ".join(f"{n or ''} <{e}>".strip() for n, e in f.interviewers)),
        )
    console.print(Panel(head, title="what the agent understood", expand=False))
    phrases = _phrases(f.evidence)
    source = "HTML rendered to text" if from_html else "text/plain"
    console.print(Panel(_highlight(new or "(empty)", phrases), title=f"new text ({source})"))
    if signature:
        console.print(Panel(_highlight(signature, phrases, "dim"), title="signature / footer"))
    if quoted:
        console.print(
            Panel(
                as_text(quoted, block=True, style="dim"),
                title="quoted earlier messages (never decide the kind)",
            )
        )


def register(app: typer.Typer) -> None:
    app.command("classify", help=CLASSIFY_HELP)(classify)
    app.command("explain")(explain)


__all__ = [
    "CLASSIFY_HELP",
    "classify",
    "explain",
    "register",
]
