"""Review page render times with a big store: 500 applications, 20,000 messages.

The store is filled with understood messages directly (understanding is measured by
``benchmarks/understand.py``): per application an acknowledgement, an interview
invitation with a decision date, the candidate's reply, a confirmation and more
back-and-forth (10 messages in 2 threads), plus 15,000 non-hiring messages the first pass
let through (newsletters, receipts) from 1,500 senders. Then the follow-ups are planned
as a pass would (``replan``), and each page is fetched through the real app (Starlette's
in-process client: routing, the secret cookie, the templates, the security headers).

Printed: the one-off timeline build (done once at server start, then again only after
messages, notes or corrections changed), the median / 95th percentile / worst of each
page over many requests, and a correction (the POST replans from the store, the page
after it reuses that timeline). Target: board and application page < 200 ms.

    python -m benchmarks.review [--apps 500] [--messages 20000] [--requests 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from agent.config import Config
from agent.models import Folder, MessageFacts, StoredMessage
from agent.pipeline import replan
from agent.store import Store

TZ = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 6, 10, 0, tzinfo=TZ)
ME = "alex.rivera@example.com"
ACCOUNT = "bench"
PER_APP = 10


def _app_messages(i: int, rng: random.Random) -> list[StoredMessage]:
    company = f"Company{i:04d}"
    dom = f"company{i:04d}.example"
    role = rng.choice(["Data Engineer", "Backend Engineer", "Product Analyst", "SRE"])
    start = NOW - timedelta(days=rng.randint(5, 120), hours=rng.randint(0, 8))
    recruiter = f"rec{i}@{dom}"
    out: list[StoredMessage] = []

    def add(n: int, at: datetime, **kw: object) -> None:
        own = bool(kw.pop("own", False))
        facts = MessageFacts(
            message_id=f"<{i}.{n}@{dom}>",
            sent_at=at,
            subject=str(kw.pop("subject", f"{role} at {company}")),
            from_email=ME if own else recruiter,
            from_name=None if own else f"Recruiter {i}",
            to=[recruiter] if own else [ME],
            is_own=own,
            company=None if own else company,
            role=role,
            sender_domain=None if own else dom,
            evidence=['"like to invite you to an interview"'],
            **kw,  # type: ignore[arg-type]
        )
        folder = Folder.SENT if own else Folder.INBOX
        out.append(StoredMessage(f"{folder.value}/{i}-{n}", folder, None, facts, first_seen=at))

    add(0, start, kind="application_received", subject=f"Thanks for applying to {company}")
    iv = start + timedelta(days=7, hours=rng.randint(9, 16) - start.hour)
    invite = start + timedelta(days=3)
    add(
        1,
        invite,
        kind="interview",
        interview_at=iv,
        respond_by=(iv + timedelta(days=7)).date(),
        in_reply_to=None,
    )
    add(2, invite + timedelta(hours=2), own=True, in_reply_to=f"<{i}.1@{dom}>")
    add(
        3,
        invite + timedelta(hours=5),
        kind="interview",
        interview_at=iv,
        in_reply_to=f"<{i}.2@{dom}>",
    )
    for n in range(4, PER_APP):
        at = invite + timedelta(hours=6 + n)
        add(n, at, own=n % 2 == 0, in_reply_to=f"<{i}.{n - 1}@{dom}>", kind="other")
    if i % 7 == 0:  # some were rejected
        add(PER_APP, iv + timedelta(days=3), kind="rejection", subject="Your application")
        out.pop(4)
    return out[:PER_APP]


def _other_messages(n: int, rng: random.Random) -> list[StoredMessage]:
    out = []
    for k in range(n):
        at = NOW - timedelta(minutes=rng.randint(60, 150 * 24 * 60))
        facts = MessageFacts(
            message_id=f"<other{k}@news{k % 1500}.example>",
            sent_at=at,
            subject=f"Weekly digest #{k}",
            from_email=f"news@news{k % 1500}.example",
            to=[ME],
            kind="other",
            is_automatic=True,
        )
        out.append(StoredMessage(f"inbox/o{k}", Folder.INBOX, None, facts, first_seen=at))
    return out


def fill(path: Path, apps: int, messages: int, cfg: Config) -> None:
    rng = random.Random(0)
    job = [m for i in range(apps) for m in _app_messages(i, rng)]
    rest = _other_messages(max(0, messages - len(job)), rng)
    with Store.open(path) as store:
        with store.transaction():
            for m in [*job, *rest]:
                store.record_message(ACCOUNT, m, seen_at=NOW)
        replan(cfg, store, ACCOUNT, now=NOW)


def _times(fn: object, n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _line(name: str, ms: list[float]) -> str:
    p95 = sorted(ms)[max(0, int(len(ms) * 0.95) - 1)]
    return (
        f"{name:<28} median {statistics.median(ms):7.1f} ms   p95 {p95:7.1f} ms   "
        f"worst {max(ms):7.1f} ms   (n={len(ms)})"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--apps", type=int, default=500)
    ap.add_argument("--messages", type=int, default=20_000)
    ap.add_argument("--requests", type=int, default=30)
    args = ap.parse_args(argv)

    from starlette.testclient import TestClient

    from agent.review.app import ReviewSettings, create_app

    cfg = Config(timezone="America/New_York", me={"addresses": [ME]})  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "state.db"
        t0 = time.perf_counter()
        fill(path, args.apps, args.messages, cfg)
        print(f"filled the store in {time.perf_counter() - t0:.1f}s")
        settings = ReviewSettings(cfg, path, ACCOUNT, "bench-secret", lambda: NOW)
        app = create_app(settings)
        client = TestClient(app, base_url="http://127.0.0.1")
        client.get("/?key=bench-secret")
        review = app.state.review
        with Store.open(path) as store:
            n_msgs = store.message_count(ACCOUNT)
            t0 = time.perf_counter()
            from agent.pipeline import timeline_from_store

            timeline = timeline_from_store(cfg, store, ACCOUNT, now=NOW)
            build = (time.perf_counter() - t0) * 1000
            n_rows = len(store.followups(ACCOUNT))
        print(
            f"store: {len(timeline.applications)} applications, {n_msgs} messages, "
            f"{n_rows} follow-ups"
        )
        print(f"timeline build (once per store change): {build:.0f} ms")
        keys = [a.key for a in timeline.applications]
        rng = random.Random(1)
        client.get("/")  # the cache is warm after the first page, as after server start

        def page(path: str) -> None:
            r = client.get(path)
            assert r.status_code == 200, (path, r.status_code)

        print(_line("board /", _times(lambda: page("/"), args.requests)))
        print(
            _line(
                "board, filtered",
                _times(lambda: page("/?q=company00&stage=interviewing"), args.requests),
            )
        )
        print(
            _line(
                "application page",
                _times(lambda: page(f"/app/{rng.choice(keys)}"), args.requests),
            )
        )
        print(_line("drafts", _times(lambda: page("/drafts"), args.requests)))
        print(_line("calendar.ics", _times(lambda: page("/calendar.ics"), args.requests)))
        token = review.csrf

        def correct() -> None:
            app_key = rng.choice(keys)
            msg = timeline.by_key(app_key).messages[0].id  # type: ignore[union-attr]
            r = client.post("/correct", data={"message": msg, "what": "offer", "csrf": token})
            assert r.status_code == 200, r.status_code
            client.get("/")

        print(_line("correction + replan + board", _times(correct, 3)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
