"""Exactly-once drafts under SIGKILL: the real CLI, killed at 50 points, restarted each time.

The scenario is a week of a job search in four passes (``--now`` Wed 10:30, Thu 14:30,
Mon 14:30, Tue 09:30): the demo's sample mailbox plus new invitations and rejections that
arrive between passes, 14 drafts in all. Within each pass, ``followup-agent --config X run
--once --now T`` runs in a subprocess and is SIGKILLed, again and again:

- at a named crash point (``FOLLOWUP_AGENT_CRASH_AT=point:N``, the N-th time the point is
  reached in that process): every point of ``agent.pipeline``'s docstring, N varied;
- after a random delay (seeded), wherever the process happens to be: importing, opening
  the store, in the middle of an IMAP command or a Maildir write.

A run that finishes before its kill is simply a clean pass. After the kills of a pass, one
clean pass runs. Then the mailbox and the store are compared with a reference world that
got the same mail and ran each pass once without a crash: the same drafts (each exactly
once), the same follow-up states, and every draft the store records is in the mailbox under
the recorded id, with no draft the store does not know.

Runs against the Maildir backend and against a real Dovecot over IMAP.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

import pytest

from agent.config import Config, load_config_text
from agent.demo_sample import ME, build_sample
from agent.mail import open_mailbox
from agent.models import FollowUpStatus
from agent.store import Store

TZ = ZoneInfo("America/New_York")
ROOT = Path(__file__).resolve().parent.parent
TOTAL_KILLS = 50
CRASH_POINTS = (
    "sync.after_fetch",
    "sync.after_record",
    "sync.before_cursor",
    "plan.after_reconcile",
    "draft.before_intent",
    "draft.after_intent",
    "draft.after_create",
    "draft.after_record",
)


def d(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 3, day, hh, mm, tzinfo=TZ)


# --------------------------------------------------------------------------- the mail


def _mail(when: datetime, sender: str, subject: str, body: str, mid: str) -> bytes:
    m = EmailMessage(policy=SMTP)
    m["From"] = sender
    m["To"] = ME
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = mid
    m.set_content(body)
    return m.as_bytes()


def _day(dt: datetime) -> str:
    return f"{dt:%A}, {dt:%B} {dt.day} at {dt:%I:%M %p}".replace(" 0", " ")


def invite(company: str, domain: str, person: str, role: str, iv: datetime, sent: datetime) -> Mail:
    first = person.split()[0]
    body = (
        f"Hi Alex,\n\nThank you for applying to the {role} position at {company}. We would "
        f"like to invite you to an interview on {_day(iv)}. Please confirm that this time "
        f"works for you.\n\nBest regards,\n{person}\nRecruiter, {company}\n"
    )
    raw = _mail(
        sent,
        f"{person} <{first.lower()}@{domain}>",
        f"Interview for {role} at {company}",
        body,
        f"<{sent:%Y%m%d%H%M}.invite@{domain}>",
    )
    return Mail("inbox", raw, sent)


def rejection(company: str, domain: str, person: str, role: str, sent: datetime) -> Mail:
    first = person.split()[0]
    body = (
        f"Hi Alex,\n\nThank you for your interest in the {role} position at {company} and "
        "for the time you invested. Unfortunately, we have decided to move forward with other "
        f"candidates. We wish you the best in your search.\n\nBest regards,\n{person}\n"
        f"Talent Partner, {company}\n"
    )
    raw = _mail(
        sent,
        f"{person} <{first.lower()}@{domain}>",
        f"Your application to {company}",
        body,
        f"<{sent:%Y%m%d%H%M}.rejection@{domain}>",
    )
    return Mail("inbox", raw, sent)


@dataclass(frozen=True)
class Mail:
    folder: str  # inbox | sent
    raw: bytes
    when: datetime


@dataclass
class Stage:
    now: datetime
    mails: list[Mail]
    kills: int  # kill budget of this pass (what is left over moves to the next)


def stages() -> list[Stage]:
    first = d(11, 10, 30)  # a Wednesday
    sample = build_sample(first)
    start = [Mail(m.folder, m.raw, w) for m, w in zip(sample.mails, sample.dates, strict=True)]
    start += [
        invite("Hooli", "hooli.example", "Gavin Mills", "Site Reliability Engineer", d(12, 10), d(9, 9, 15)),
        invite("Vandelay Industries", "vandelay.example", "Art Costa", "Data Analyst", d(12, 11), d(9, 10, 5)),
        invite("Stark Logistics", "stark-logistics.example", "Pepper Lin", "Software Engineer", d(12, 15), d(10, 8, 40)),
        invite("Wayne Biotech", "wayne-bio.example", "Lucius Grant", "ML Engineer", d(12, 9, 30), d(10, 16, 20)),
    ]  # fmt: skip
    thursday = [
        rejection("Pied Piper", "piedpiper.example", "Monica Hall", "Backend Engineer", d(12, 12, 10)),
        rejection("Massive Dynamic", "massive-dynamic.example", "Nina Sharp", "Research Engineer", d(12, 13, 45)),
        invite("Wonka Labs", "wonka-labs.example", "Charlie Bucket", "Product Engineer", d(16, 10), d(12, 11)),
    ]  # fmt: skip
    monday = [
        invite("Tyrell Systems", "tyrell.example", "Rachael Tyrell", "Platform Engineer", d(16, 9), d(13, 10, 30)),
        invite("Oscorp", "oscorp.example", "Norman Ozi", "QA Engineer", d(16, 11), d(13, 15, 10)),
    ]  # fmt: skip
    return [
        Stage(first, start, 17),
        Stage(d(12, 14, 30), thursday, 13),
        Stage(d(16, 14, 30), monday, 13),
        Stage(d(17, 9, 30), [], 7),
    ]


# --------------------------------------------------------------------------- the backends


class World(Protocol):
    name: str
    tmp: Path

    def config_text(self) -> str: ...
    def env(self) -> dict[str, str]: ...
    def deliver(self, mail: Mail) -> None: ...
    def drafts(self) -> list[tuple[str, str, str, str]]: ...


def _header_tuple(raw: bytes) -> tuple[str, str, str, str]:
    m = email.message_from_bytes(raw, policy=email.policy.default)
    return (
        " ".join(str(m["Message-ID"]).split()),
        str(m["Subject"]),
        str(m["To"]),
        str(m["In-Reply-To"]),
    )


def _common_config(store: Path) -> str:
    return (
        "timezone: America/New_York\n"
        "me: {name: Alex Rivera, addresses: [alex.rivera@example.com]}\n"
        f"store: {{path: '{store}'}}\n"
    )


class MaildirWorld:
    name = "maildir"

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.root = tmp / "Mail"
        box = mailbox.Maildir(str(self.root), create=True)
        self.folders = {"inbox": box, "sent": box.add_folder("Sent")}
        box.add_folder("Drafts")

    def config_text(self) -> str:
        return _common_config(self.tmp / "state.db") + (
            f"mailbox: {{backend: maildir, maildir: {{path: '{self.root}'}}}}\n"
        )

    def env(self) -> dict[str, str]:
        return {}

    def deliver(self, mail: Mail) -> None:
        msg = mailbox.MaildirMessage(mail.raw)
        msg.set_subdir("cur")
        msg.set_flags("S")
        self.folders[mail.folder].add(msg)

    def drafts(self) -> list[tuple[str, str, str, str]]:
        out = []
        for sub in ("cur", "new"):
            for p in (self.root / ".Drafts" / sub).iterdir():
                out.append(_header_tuple(p.read_bytes()))
        return sorted(out)


class ImapWorld:
    name = "imap"

    def __init__(self, tmp: Path, server: object, user: str) -> None:
        self.tmp = tmp
        self.server = server
        self.user = user

    def config_text(self) -> str:
        s = self.server
        return _common_config(self.tmp / "state.db") + (
            "mailbox:\n"
            "  backend: imap\n"
            "  window: 3650d\n"
            "  imap:\n"
            "    host: 127.0.0.1\n"
            f"    port: {s.port}\n"  # type: ignore[attr-defined]
            "    security: none\n"
            f"    username: {self.user}\n"
            "    password_env: FOLLOWUP_TEST_IMAP_PASSWORD\n"
            "    timeout: 20s\n"
        )

    def env(self) -> dict[str, str]:
        return {"FOLLOWUP_TEST_IMAP_PASSWORD": self.server.password(self.user)}  # type: ignore[attr-defined]

    def deliver(self, mail: Mail) -> None:
        folder = "Sent" if mail.folder == "sent" else None
        self.server.deliver(self.user, mail.raw, folder=folder, flags="S", when=mail.when)  # type: ignore[attr-defined]

    def drafts(self) -> list[tuple[str, str, str, str]]:
        c = self.server.client(self.user)  # type: ignore[attr-defined]
        try:
            c.select_folder("Drafts", readonly=True)
            uids = c.search(["ALL"])
            items = c.fetch(uids, ["BODY.PEEK[]"]).values() if uids else []
            return sorted(_header_tuple(item[b"BODY[]"]) for item in items)
        finally:
            c.logout()


# --------------------------------------------------------------------------- running the CLI


def _command() -> list[str]:
    script = shutil.which("followup-agent")
    return [script] if script else [sys.executable, "-m", "agent"]


@dataclass
class Runner:
    world: World
    cfg_path: Path
    log: list[str] = field(default_factory=list)
    out: str = ""

    def run(self, now: datetime, spec: str | None = None, delay: float | None = None) -> bool:
        """One ``run --once``; True when it was killed (by its crash point or our delay)."""
        env = {k: v for k, v in os.environ.items() if k != "FOLLOWUP_AGENT_CRASH_AT"}
        env.update(self.world.env())
        if spec:
            env["FOLLOWUP_AGENT_CRASH_AT"] = spec
        cmd = [
            *_command(),
            "--config",
            str(self.cfg_path),
            "run",
            "--once",
            "--now",
            now.isoformat(),
        ]
        proc = subprocess.Popen(
            cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        try:
            out, err = proc.communicate(timeout=delay if delay is not None else 120)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            out, err = proc.communicate(timeout=60)
        self.out = out
        killed = proc.returncode == -signal.SIGKILL
        label = spec or (f"delay {delay:.2f}s" if delay is not None else "clean")
        self.log.append(f"{now:%a %H:%M} {label}: {'KILLED' if killed else proc.returncode}")
        if not killed:
            assert proc.returncode == 0, f"{label}: exit {proc.returncode}\n{out}\n{err}"
        return killed


Kill = tuple[str | None, float | None, str]  # (crash spec, or delay in seconds; label)


def kill_plan(understood: int, drafts: int, rng: random.Random) -> list[Kill]:
    """Candidate kills for one pass, each labelled with the moment it hits.

    Every named kill is chosen so that it is reached: the plan counts what is left to do
    (``understood`` messages to record and ``drafts`` to make, from the reference world's
    clean pass) and what each kill leaves done. ``sync.after_fetch:k`` records k-1
    messages, ``sync.after_record:k`` k. Each draft then goes through a kill before its
    intent, after its intent, after its create (the next run creates it from the stored
    intent) and after its record (the run before found it with ``find_drafts``); now and
    then ``draft.after_create:2`` does two drafts in one process. Random moments come last
    (anywhere in a pass), and a short one first (while the process starts).
    """
    first = round(rng.uniform(0.02, 0.15), 2)
    plan: list[Kill] = [(None, first, f"start-up, after {first}s")]
    done = 0
    for _ in range(3):
        if done >= understood:
            break
        k = rng.randint(1, min(understood - done, 6))
        if k >= 2 and rng.random() < 0.5:  # k-1 >= 1 recorded: every kill moves on
            label = f"message {done + k}/{understood} understood, not recorded"
            plan.append((f"sync.after_fetch:{k}", None, label))
            done += k - 1
        else:
            label = f"message {done + k}/{understood} recorded"
            plan.append((f"sync.after_record:{k}", None, label))
            done += k
    plan.append(("sync.before_cursor", None, "all recorded, cursor not stored"))
    plan.append(("plan.after_reconcile", None, "follow-ups reconciled, no draft yet"))
    made = 0
    while made < drafts:
        if drafts - made >= 2 and rng.random() < 0.35:
            plan.append(
                ("draft.after_create:2", None, f"draft {made + 2}/{drafts} created, not recorded")
            )
            plan.append(
                ("draft.after_record:1", None, f"draft {made + 2}/{drafts} found and recorded")
            )
            made += 2
        else:
            n = f"draft {made + 1}/{drafts}"
            plan.append(("draft.before_intent:1", None, f"{n} composed, no intent"))
            plan.append(("draft.after_intent:1", None, f"{n} intent recorded, not created"))
            plan.append(("draft.after_create:1", None, f"{n} created from the intent"))
            plan.append(("draft.after_record:1", None, f"{n} found and recorded"))
            made += 1
    for i in range(4):
        delay = round(rng.uniform(0.1, 0.9), 2)
        plan.append((None, delay, f"random moment {i + 1}, after {delay}s"))
    plan.append(("sync.before_cursor:1", None, "nothing new, cursor not stored"))
    plan.append(("plan.after_reconcile:1", None, "nothing new, reconciled"))
    for i in range(10):
        delay = round(rng.uniform(0.05, 0.3), 2)
        plan.append((None, delay, f"early moment {i + 1}, after {delay}s"))
    return plan


# --------------------------------------------------------------------------- checks


def store_state(cfg: Config) -> dict[str, str]:
    with Store.open(cfg.store.path) as store:
        (account,) = store.accounts()
        return {r.key: r.status.value for r in store.followups(account)}


@contextmanager
def world_env(world: World) -> Iterator[None]:
    """This world's environment (the IMAP password of its user) for in-process checks."""
    saved = {k: os.environ.get(k) for k in world.env()}
    os.environ.update(world.env())
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def check_store_agrees_with_mailbox(world: World, cfg: Config) -> list[tuple[str, str, str]]:
    """Every recorded draft is in the mailbox under its id; no draft the store doesn't know."""
    with (
        world_env(world),
        Store.open(cfg.store.path) as store,
        open_mailbox(cfg, now=datetime.now(cfg.tz)) as box,
    ):
        rows = store.followups(box.account)
        found = box.find_drafts([r.draft_message_id for r in rows if r.draft_message_id])
    dangling = [
        r.key
        for r in rows
        if r.draft_message_id and not r.draft_id and r.status is not FollowUpStatus.SENT
    ]
    assert not dangling, f"intent recorded but no draft recorded: {dangling}"
    drafted = {r.draft_message_id: r for r in rows if r.status is FollowUpStatus.DRAFTED}
    for mid, row in drafted.items():
        assert mid in found, f"{row.key}: recorded draft {mid} is not in the mailbox"
        assert found[mid].draft_id == row.draft_id, f"{row.key}: draft id differs"
    in_box = world.drafts()
    mids = [t[0] for t in in_box]
    assert len(mids) == len(set(mids)), f"duplicate drafts: {sorted(mids)}"
    assert sorted(mids) == sorted(drafted), "drafts in the mailbox != drafts in the store"
    return sorted(t[1:] for t in in_box)


def scenario(world: World, reference: World, seed: int) -> list[str]:
    for w in (world, reference):
        (w.tmp / "config.yaml").write_text(w.config_text())
    cfg = load_config_text(world.config_text())
    ref_cfg = load_config_text(reference.config_text())
    runner = Runner(world, world.tmp / "config.yaml")
    ref_runner = Runner(reference, reference.tmp / "config.yaml")
    rng = random.Random(seed)
    kills: list[str] = []
    carry = 0
    for no, stage in enumerate(stages()):
        for mail in stage.mails:
            world.deliver(mail)
            reference.deliver(mail)
        assert not ref_runner.run(stage.now)
        understood = int(re.search(r"(\d+) understood", ref_runner.out).group(1))  # type: ignore[union-attr]
        drafts_made = int(re.search(r"drafts created: (\d+)", ref_runner.out).group(1))  # type: ignore[union-attr]
        budget = stage.kills + carry
        made = 0
        for spec, delay, label in kill_plan(understood, drafts_made, rng):
            if made == budget:
                break
            if runner.run(stage.now, spec, delay):
                made += 1
                kills.append(f"pass {no}: {label}")
        carry = budget - made
        assert not runner.run(stage.now)  # the restart that finishes the pass
        with getattr(world, "calm", nullcontext)():  # faults off while we look
            drafts = check_store_agrees_with_mailbox(world, cfg)
        assert drafts == check_store_agrees_with_mailbox(reference, ref_cfg), runner.log
        assert store_state(cfg) == store_state(ref_cfg), runner.log
    assert carry == 0 and len(kills) == TOTAL_KILLS, runner.log
    assert len(set(kills)) == len(kills), kills  # 50 different moments
    # one more pass at the last moment changes nothing
    before = world.drafts()
    assert not runner.run(stages()[-1].now)
    assert world.drafts() == before
    return runner.log


MIN_DRAFTS = 10  # 14 today; the scenario must keep making drafts for the kills to mean much


@pytest.mark.slow
def test_maildir_exactly_once_under_50_kills(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "ref").mkdir()
    world = MaildirWorld(tmp_path / "a")
    reference = MaildirWorld(tmp_path / "ref")
    started = time.monotonic()
    log = scenario(world, reference, seed=7)
    assert len(world.drafts()) >= MIN_DRAFTS, log
    print(f"maildir: {len(log)} runs in {time.monotonic() - started:.1f}s")  # for -s; not asserted


@pytest.mark.slow
def test_imap_exactly_once_under_50_kills(tmp_path: Path, dovecot: object) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "ref").mkdir()
    world = ImapWorld(tmp_path / "a", dovecot, dovecot.add_user())  # type: ignore[attr-defined]
    reference = ImapWorld(tmp_path / "ref", dovecot, dovecot.add_user())  # type: ignore[attr-defined]
    started = time.monotonic()
    log = scenario(world, reference, seed=11)
    assert len(world.drafts()) >= MIN_DRAFTS, log
    print(f"imap: {len(log)} runs in {time.monotonic() - started:.1f}s")  # for -s; not asserted
