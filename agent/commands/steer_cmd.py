"""``skip``, ``snooze`` and ``revive``: the candidate steers a planned or missed follow-up.

They only touch the state store, never the mailbox, so they work offline and while the
daemon runs (SQLite serialises the writes). What each may do is decided in
:mod:`agent.followup.steering`; here are the ids, the words and the exit codes.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import typer

from agent.clikit import (
    config_option,
    console,
    get_config,
    open_existing_store,
    parse_now,
)
from agent.config import Config
from agent.followup import steering
from agent.followup.status import KIND_LABELS
from agent.followup.steering import UPCOMING
from agent.models import FollowUpRow, FollowUpStatus, short_id, short_id_matches
from agent.store import Store

logger = logging.getLogger(__name__)


Found = tuple[str, FollowUpRow]  # (account, row)


def _by_followup_id(store: Store, ident: str, wanted: str) -> list[Found]:
    """Follow-ups whose key is ``ident`` or whose short id starts with ``wanted``."""
    return [
        (account, row)
        for account in store.accounts()
        for row in store.followups(account)
        if row.key == ident or short_id(row.key).startswith(wanted)
    ]


def _by_application_id(store: Store, wanted: str) -> list[Found]:
    """Planned follow-ups of the applications ``wanted`` names: an application's id (as
    ``status`` shows it, or showed it before ids were unified) names its one planned
    follow-up."""
    return [
        (account, row)
        for account in store.accounts()
        for row in store.followups(account, UPCOMING)
        if short_id_matches(row.application_key, wanted)
    ]


def find_followup(store: Store, ident: str) -> Found:
    """``(account, row)`` for a short id (or any unique prefix of it, or the full key)."""
    wanted = ident.strip().lower()
    if not wanted:
        raise typer.BadParameter("give the id shown by `followup-agent drafts`", param_hint="ID")
    matches = _by_followup_id(store, ident, wanted)
    exact = [m for m in matches if m[1].key == ident or short_id(m[1].key) == wanted]
    if len(exact) == 1:
        return exact[0]
    if not matches:
        matches = _by_application_id(store, wanted)
    if not matches:
        raise typer.BadParameter(
            f"no follow-up has the id {ident!r}; `followup-agent drafts` lists them",
            param_hint="ID",
        )
    if len(matches) > 1:
        ids = ", ".join(sorted(short_id(r.key) for _, r in matches))
        raise typer.BadParameter(f"{ident!r} matches several follow-ups: {ids}", param_hint="ID")
    return matches[0]


NOW_HELP = "Pretend it is this time (ISO-8601); default: the real clock."


def _refuse_unless(row: FollowUpRow, allowed: tuple[FollowUpStatus, ...], verb: str) -> None:
    """A usage error when ``row`` is not in a state ``verb`` can act on."""
    if row.status not in allowed:
        values = [s.value for s in allowed]
        names = values[-1] if len(values) == 1 else ", ".join(values[:-1]) + f" or {values[-1]}"
        raise typer.BadParameter(
            f"{short_id(row.key)} is {row.status.value}; only {names} follow-ups can be {verb}",
            param_hint="ID",
        )


@dataclass
class Steering:
    """One follow-up the user is steering, with the config, clock and open store."""

    cfg: Config
    now: datetime
    store: Store
    account: str
    row: FollowUpRow

    @property
    def sid(self) -> str:
        return short_id(self.row.key)

    def update(self, **changes: Any) -> None:
        with self.store.transaction():
            self.store.update_followup(self.account, self.row.key, now=self.now, **changes)


@contextlib.contextmanager
def _steering(
    ctx: typer.Context,
    config: Path | None,
    now_text: str | None,
    ident: str,
    allowed: tuple[FollowUpStatus, ...],
    verb: str,
) -> Iterator[Steering]:
    cfg = get_config(ctx, config)
    now = parse_now(now_text, cfg)
    with open_existing_store(cfg) as store:
        account, row = find_followup(store, ident)
        _refuse_unless(row, allowed, verb)
        yield Steering(cfg, now, store, account, row)


def skip(
    ctx: typer.Context,
    ident: str = typer.Argument(..., metavar="ID", help="The id shown by `followup-agent drafts`."),
    config: Path | None = config_option(),
) -> None:
    """Never draft this planned (or missed) follow-up (it is marked discarded)."""
    cfg = get_config(ctx, config)
    now = parse_now(None, cfg)
    with open_existing_store(cfg) as store:
        account, row = find_followup(store, ident)
        sid = short_id(row.key)
        if row.status is FollowUpStatus.DISCARDED:
            console.print(f"{sid} was already skipped; nothing to do.", highlight=False)
            return
        if row.status is FollowUpStatus.DRAFTED:
            raise typer.BadParameter(
                f"{sid} is already a draft in your mailbox; delete the draft there and it "
                "will never be made again",
                param_hint="ID",
            )
        try:
            steering.skip(store, account, row, now=now)
        except steering.NotSteerable as e:
            raise typer.BadParameter(f"{sid} is {e}", param_hint="ID") from None
    logger.info("follow-up %s skipped by the user", sid)
    console.print(f"skipped {sid} ({row.kind}); it will not be drafted.", highlight=False)


def parse_until(value: str, cfg: Config, row_due: datetime) -> datetime:
    """``--until``: a date (at the follow-up's own time of day) or an ISO date-time."""
    text = value.strip()
    try:
        if "T" in text or " " in text:
            parsed = datetime.fromisoformat(text)
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=cfg.tz)
        day = date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(
            f"expected a date such as 2026-03-20 or a date-time such as 2026-03-20T09:00, "
            f"got {value!r}",
            param_hint="--until",
        ) from None
    return steering.snooze_time(day, row_due, cfg.tz)


def snooze(
    ctx: typer.Context,
    ident: str = typer.Argument(..., metavar="ID", help="The id shown by `followup-agent drafts`."),
    until: str = typer.Option(
        ...,
        "--until",
        help="New date (at the follow-up's usual time of day) or date-time, e.g. 2026-03-20.",
    ),
    now_text: str | None = typer.Option(None, "--now", help=NOW_HELP),
    config: Path | None = config_option(),
) -> None:
    """Move a planned (or missed) follow-up to a later time; it is drafted then, not before."""
    with _steering(ctx, config, now_text, ident, steering.STEERABLE, "snoozed") as s:
        new_time = parse_until(until, s.cfg, s.row.due_at)
        try:
            steering.snooze(s.store, s.account, s.row, new_time, now=s.now)
        except steering.NotInFuture as e:
            raise typer.BadParameter(str(e), param_hint="--until") from None
    logger.info("follow-up %s snoozed until %s", s.sid, new_time.isoformat())
    console.print(
        f"snoozed {s.sid} ({s.row.kind}) until {new_time.astimezone(s.cfg.tz):%a %Y-%m-%d %H:%M}.",
        highlight=False,
    )


def revive(
    ctx: typer.Context,
    ident: str = typer.Argument(
        ...,
        metavar="ID",
        help="The id of a missed or skipped follow-up (`status` and `drafts` list them).",
    ),
    now_text: str | None = typer.Option(None, "--now", help=NOW_HELP),
    config: Path | None = config_option(),
) -> None:
    """Draft a missed or skipped follow-up after all: due now if its time has passed (the next
    pass drafts it), else planned for its time again."""
    cfg = get_config(ctx, config)
    now = parse_now(now_text, cfg)
    with open_existing_store(cfg) as store:
        account, row = find_followup(store, ident)
        sid = short_id(row.key)
        try:
            row = steering.revive(store, account, row, now=now)
        except steering.NotRevivable as e:
            raise typer.BadParameter(
                f"{sid} is {e} (snooze moves planned ones)", param_hint="ID"
            ) from None
    logger.info("follow-up %s revived by the user (%s)", sid, row.status.value)
    label = KIND_LABELS.get(row.kind, row.kind)
    if row.status is FollowUpStatus.DUE:
        then = "the next pass (`followup-agent run --once`, or the daemon's next scan) drafts it"
    else:
        then = f"it is planned for {row.due_at.astimezone(cfg.tz):%a %Y-%m-%d %H:%M}"
    console.print(f"revived {sid} ({label}); {then}.", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("skip")(skip)
    app.command("snooze")(snooze)
    app.command("revive")(revive)


__all__ = [
    "NOW_HELP",
    "Steering",
    "find_followup",
    "parse_until",
    "register",
    "revive",
    "skip",
    "snooze",
]
