"""Measure understanding on real mail nobody here wrote: ``../shared/realmail-dev``.

Two measurements, both of which should find (almost) nothing:

1. ``classify`` over every mailbox: job labels per 10,000 messages per file, and every
   labelled message listed (file, subject, from, kind, evidence) for reading.
2. ``plan`` over each Enron mailbox read as its owner's job hunt: ``me.addresses`` are the
   owner's own addresses (the From lines of the mail in their sent folders), ``now`` is
   stepped across the mailbox's dates, and every follow-up planned is listed.

The mail is decompressed to a temporary folder and deleted afterwards; nothing is copied
into the repository. ``--cli`` runs ``followup-agent classify --json`` as a subprocess (the
contract path); the default reads the same messages in-process, which gives the same
labels faster. ``plan`` is run in-process with the same pieces ``plan --json`` uses
(``understand`` once per message, then ``build_timeline`` and the rules at each ``now``).

    python -m benchmarks.realmail [--dir ../shared/realmail-dev] [--cli] [--step-days 14]
        [--only enron-farmer-d] [--no-plan] [--quiet]
"""

from __future__ import annotations

import argparse
import gzip
import json
import mailbox
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path


def _default_dir() -> Path:
    """``../shared/realmail-dev`` next to the checkout (a worktree may sit one level deeper)."""
    for parent in Path(__file__).resolve().parents[1].parents:
        candidate = parent / "shared" / "realmail-dev"
        if candidate.is_dir():
            return candidate
    return Path("../shared/realmail-dev")


JOB_KINDS = ("interview", "rejection", "application_received", "assessment", "offer")
_SENT_FOLDER = re.compile(r"/(?:sent|sent_items|_sent_mail|sent_mail)/", re.I)


def _decompress(src: Path, tmp: Path) -> Path:
    out = tmp / src.name.removesuffix(".gz")
    with gzip.open(src, "rb") as fin, out.open("wb") as fout:
        shutil.copyfileobj(fin, fout)
    return out


def _header(msg: mailbox.mboxMessage, name: str) -> str:
    value = msg.get(name)
    if value is None:
        return ""
    try:
        return str(make_header(decode_header(str(value)))).replace("\n", " ")
    except Exception:  # a broken encoded word: show it raw
        return str(value).replace("\n", " ")


def _messages(mbox_path: Path) -> Iterator[tuple[str, mailbox.mboxMessage]]:
    box = mailbox.mbox(str(mbox_path), create=False)
    for i, key in enumerate(box.iterkeys()):
        yield f"{mbox_path}#{i + 1}", box[key]


def owner_addresses(mbox_path: Path) -> list[str]:
    """The owner's addresses: the From of mail filed in their sent folders.

    These Enron-Spam mailboxes keep no sent folder, so the fallback is the owner's name in
    the file name ("farmer-d"): addresses at the mailbox's own domain whose local part holds
    the surname and that write or receive its mail repeatedly (relatives with the same
    surname write from other domains).
    """
    sent: Counter[str] = Counter()
    named: Counter[str] = Counter()
    domains: Counter[str] = Counter()
    surname = mbox_path.name.removeprefix("enron-").split("-", 1)[0].lower()
    for _, msg in _messages(mbox_path):
        path = "/" + msg.get("X-Corpus-Path", "").lower() + "/"
        senders = [a.lower() for _, a in getaddresses([msg.get("From", "")]) if "@" in a]
        rcpts = [
            a.lower()
            for _, a in getaddresses(msg.get_all("To", []) + msg.get_all("Cc", []))
            if "@" in a
        ]
        if _SENT_FOLDER.search(path):
            sent.update(senders)
        for a in rcpts:
            domains[a.rsplit("@", 1)[1]] += 1
        named.update(a for a in senders + rcpts if surname and surname in a.split("@")[0])
    if sent:
        return [a for a, n in sent.most_common() if n >= 3]
    if not surname:
        return []
    home = domains.most_common(1)[0][0] if domains else ""
    return [a for a, n in named.most_common() if n >= 20 and a.endswith(home)]


def delivered_to(mbox_path: Path) -> list[str]:
    """The owner of a mailbox without sent mail: the address most mail was delivered to
    (the last ``Delivered-To`` added, i.e. the first in the header block), if most has one."""
    seen: Counter[str] = Counter()
    total = 0
    for _, msg in _messages(mbox_path):
        total += 1
        first = msg.get("Delivered-To")
        if first:
            seen[str(first).strip().lower()] += 1
    if seen and seen.most_common(1)[0][1] * 2 >= total:
        return [seen.most_common(1)[0][0]]
    return []


def classify_in_process(mbox_path: Path, me: list[str]) -> Iterator[dict[str, object]]:
    from agent.mail.message_files import iter_sources
    from agent.understand import understand

    for label, item in iter_sources([mbox_path]):
        if isinstance(item, Exception):
            continue
        try:
            facts = understand(item, me=me, source=label)
        except Exception as exc:  # an unreadable message is counted, not fatal
            yield {"file": label, "kind": "error", "evidence": [str(exc)[:80]]}
            continue
        yield {"file": label, **facts.contract_dict()}


def classify_cli(mbox_path: Path, me: list[str]) -> Iterator[dict[str, object]]:
    cmd = [sys.executable, "-m", "agent", "classify", "--json", str(mbox_path)]
    for a in me:
        cmd += ["--me", a]
    out = subprocess.run(cmd, capture_output=True, check=False).stdout
    for line in out.decode("utf-8", "replace").splitlines():
        if line.strip():
            yield json.loads(line)


def measure_classify(mbox_path: Path, me: list[str], *, cli: bool, quiet: bool) -> tuple[int, int]:
    """Print per-file counts and every job label; return (messages, job labels)."""
    msgs = {label: msg for label, msg in _messages(mbox_path)}
    t0 = time.perf_counter()
    rows = list((classify_cli if cli else classify_in_process)(mbox_path, me))
    elapsed = time.perf_counter() - t0
    kinds = Counter(str(r["kind"]) for r in rows)
    jobs = [r for r in rows if r["kind"] in JOB_KINDS]
    per10k = 1e4 * len(jobs) / max(1, len(rows))
    print(
        f"\n== {mbox_path.name}: {len(rows)} messages in {elapsed:.1f} s "
        f"({len(rows) / max(elapsed, 1e-9):,.0f}/s), {len(jobs)} job labels = {per10k:.1f} per 10k "
        f"{dict(sorted((k, v) for k, v in kinds.items() if k != 'other'))}"
    )
    if not quiet:
        for r in jobs:
            label = str(r["file"])
            msg = msgs.get(label) or msgs.get(label.rsplit("/", 1)[-1])
            subject = _header(msg, "Subject") if msg is not None else "?"
            sender = _header(msg, "From") if msg is not None else "?"
            print(f"  {label.rsplit('/', 1)[-1]}  {r['kind']} {r.get('confidence')}")
            print(f"      subject: {subject[:100]}")
            print(f"      from:    {sender[:100]}")
            if r.get("interview_at"):
                print(f"      interview_at: {r['interview_at']}")
            print(f"      evidence: {'; '.join(map(str, r.get('evidence') or []))[:300]}")
    return len(rows), len(jobs)


def _dates(mbox_path: Path) -> tuple[datetime, datetime] | None:
    found: list[datetime] = []
    for _, msg in _messages(mbox_path):
        try:
            d = parsedate_to_datetime(msg.get("Date", ""))
        except (TypeError, ValueError, IndexError):
            continue
        if d.tzinfo is None:
            d = d.replace(tzinfo=UTC)
        found.append(d)
    if not found:
        return None
    found.sort()
    # the 1st and 99th percentile: a few bogus years (1980, 2020) would stretch the range
    return found[len(found) // 100], found[-1 - len(found) // 100]


def measure_plan(mbox_path: Path, step_days: int, quiet: bool) -> int:
    """Plan at every step across the mailbox's dates; print each distinct follow-up once."""
    from agent.config import Config
    from agent.followup.rules import SHOWN_STATUSES, plan
    from agent.followup.timeline import build_timeline
    from agent.mail.message_files import iter_sources
    from agent.models import Folder, StoredMessage
    from agent.understand import understand

    me = owner_addresses(mbox_path)
    span = _dates(mbox_path)
    if not me or span is None:
        print(f"\n== plan {mbox_path.name}: no owner addresses or dates found, skipped")
        return 0
    cfg = Config.model_validate({"me": {"addresses": me}, "timezone": "America/Chicago"})
    facts = []
    for label, item in iter_sources([mbox_path]):
        if isinstance(item, Exception):
            continue
        try:
            facts.append((label, understand(item, me=me, source=label, default_tz=cfg.tz)))
        except Exception:
            continue
    seen: dict[tuple[str, str], dict[str, object]] = {}
    start, end = span
    now = start + timedelta(days=step_days)
    steps = 0
    while now <= end + timedelta(days=step_days):
        messages = [
            StoredMessage(label, Folder.SENT if f.is_own else Folder.INBOX, None, f, first_seen=now)
            for label, f in facts
        ]
        timeline = build_timeline(messages, (), tz=cfg.tz, now=now, me=me)
        for d in plan(timeline, cfg.rules, cfg.me, now):
            if d.status not in SHOWN_STATUSES:
                continue
            row = d.contract_dict()
            key = (str(row["kind"]), str(row["thread"]))
            if key not in seen:
                seen[key] = {"now": now.date().isoformat(), **row}
        now += timedelta(days=step_days)
        steps += 1
    kinds = Counter(k for k, _ in seen)
    print(
        f"\n== plan {mbox_path.name}: owner {', '.join(me)}; {steps} steps of {step_days} days "
        f"from {start.date()} to {end.date()}: {len(seen)} distinct follow-ups {dict(kinds)}"
    )
    if not quiet:
        by_thread = {label: f for label, f in facts}
        for row in seen.values():
            print(
                f"  [{row['now']}] {row['kind']} {row['status']} to={row['to']} "
                f"app={row['application']!r}"
            )
            f = by_thread.get(str(row["thread"]))
            print(f"      thread: {str(row['thread'])[:90]}")
            if f is not None:
                print(f"      first message: {f.kind} {f.company!r} {f.role!r}")
            print(f"      reason: {str(row['reason'])[:240]}")
    return len(seen)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--cli", action="store_true", help="classify through the CLI subprocess")
    ap.add_argument("--step-days", type=int, default=14)
    ap.add_argument("--only", default="", help="only files whose name contains this")
    ap.add_argument("--no-plan", action="store_true")
    ap.add_argument("--no-classify", action="store_true")
    ap.add_argument("--quiet", action="store_true", help="counts only, no listing")
    args = ap.parse_args(argv)
    args.dir = args.dir or _default_dir()
    files = sorted(p for p in args.dir.glob("*.mbox.gz") if args.only in p.name)
    if not files:
        print(f"no *.mbox.gz in {args.dir}", file=sys.stderr)
        return 2
    total = labels = planned = 0
    with tempfile.TemporaryDirectory(prefix="realmail-") as tmp:
        for src in files:
            path = _decompress(src, Path(tmp))
            enron = path.name.startswith("enron-")
            if not args.no_classify:
                me = owner_addresses(path) if enron else delivered_to(path)
                n, j = measure_classify(path, me, cli=args.cli, quiet=args.quiet)
                total += n
                labels += j
            if enron and not args.no_plan:
                planned += measure_plan(path, args.step_days, args.quiet)
    if total:
        print(
            f"\nall files: {total} messages, {labels} job labels = "
            f"{1e4 * labels / total:.1f} per 10k (target <= 5)"
        )
    if not args.no_plan:
        print(f"follow-ups planned over the Enron mailboxes: {planned} (target: none unwanted)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
