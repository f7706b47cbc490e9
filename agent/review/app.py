"""The review page: a Starlette app over the state store, rendered on the server.

Pages: the board (``/``), one application (``/app/{key}``), the drafts (``/drafts``), the
corrections (``/corrections``) and ``/calendar.ics``. Every change is a plain HTML form
POST carrying the CSRF token, answered by a redirect (so a reload never repeats it) to
the page that says what changed in the plan. No JavaScript: keyboard use is the browser's.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from agent.config import Config
from agent.followup.timeline import Timeline
from agent.models import FollowUpRow, FollowUpStatus
from agent.pipeline import timeline_from_store
from agent.review import actions
from agent.review.ics import calendar
from agent.review.locate import draft_location
from agent.review.model import (
    STAGES,
    Card,
    application_view,
    board,
    draft_text,
    filtered,
    moment_view,
)
from agent.review.picture import picture
from agent.review.security import COOKIE, SECURITY_HEADERS, derive, same
from agent.store import Store

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
# rebuilt at least this often even when nothing was written: the board's "next moment"
# and "silent" move with the clock; the timeline only by which messages are in the past
SNAPSHOT_FOR = timedelta(minutes=1)
TIMELINE_FOR = timedelta(hours=1)
FLASHES_KEPT = 50


@dataclass
class ReviewSettings:
    cfg: Config
    store_path: Path
    account: str
    secret: str
    now: Callable[[], datetime]
    allowed_hosts: list[str] = field(default_factory=lambda: ["127.0.0.1", "localhost", "::1"])


@dataclass(frozen=True)
class Snapshot:
    """What the pages read: the timeline, the follow-ups, the whole board."""

    timeline: Timeline
    rows: list[FollowUpRow]
    cards: dict[str, list[Card]]
    ics: dict[str, bytes] = field(default_factory=dict)  # the calendar, once made


class SnapshotCache:
    """The store's snapshot, read again only after some connection committed a change.

    A connection of its own watches SQLite's ``data_version`` (it changes when any other
    connection commits: a pass, the CLI, this page's own writes); the timeline, the
    expensive part, is rebuilt only when messages, notes or corrections changed.
    """

    def __init__(self, path: Path) -> None:
        self._watch = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        self._version: int | None = None
        self._key: tuple[str, ...] | None = None
        self._built_at: datetime | None = None  # the timeline
        self._taken_at: datetime | None = None  # the snapshot
        self._timeline: Timeline | None = None
        self._snapshot: Snapshot | None = None

    @staticmethod
    def _fresh(at: datetime | None, now: datetime, span: timedelta) -> bool:
        return at is not None and abs(now - at) < span

    def get(self, cfg: Config, store: Store, account: str, now: datetime) -> Snapshot:
        with self._lock:
            version = int(self._watch.execute("PRAGMA data_version").fetchone()[0])
            if (
                self._snapshot is not None
                and version == self._version
                and self._fresh(self._taken_at, now, SNAPSHOT_FOR)
            ):
                return self._snapshot
            key = store.fingerprint(account)
            if key != self._key or not self._fresh(self._built_at, now, TIMELINE_FOR):
                self._timeline = timeline_from_store(cfg, store, account, now=now)
                self._key, self._built_at = key, now
            rows = store.followups(account)
            assert self._timeline is not None
            self._snapshot = Snapshot(self._timeline, rows, board(self._timeline, rows, now=now))
            self._version, self._taken_at = version, now
            return self._snapshot

    def adopt(self, timeline: Timeline, store: Store, account: str, now: datetime) -> None:
        """A timeline just built from the store (by a replan): no need to build it again."""
        with self._lock:
            self._timeline, self._key, self._built_at = timeline, store.fingerprint(account), now


class Review:
    """Request handlers sharing the settings, the cache and the one-time change notes."""

    def __init__(self, settings: ReviewSettings) -> None:
        self.s = settings
        self.cache = SnapshotCache(settings.store_path)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.flashes: OrderedDict[str, actions.Outcome] = OrderedDict()
        self.csrf = derive(settings.secret, "csrf")
        self.session = derive(settings.secret, "session")

    # ---------------------------------------------------------------- plumbing

    def store(self) -> Store:
        return Store.open(self.s.store_path)

    def snapshot(self, store: Store) -> Snapshot:
        return self.cache.get(self.s.cfg, store, self.s.account, self.s.now())

    def timeline(self, store: Store) -> Timeline:
        return self.snapshot(store).timeline

    def render(self, request: Request, name: str, status: int = 200, **ctx: Any) -> Response:
        ctx |= {"csrf": self.csrf, "tz": self.s.cfg.timezone, "stages": STAGES}
        return self.templates.TemplateResponse(request, name, ctx, status_code=status)

    def flash(self, outcome: actions.Outcome) -> str:
        if outcome.timeline is not None:
            with self.store() as store:
                self.cache.adopt(outcome.timeline, store, self.s.account, self.s.now())
        token = secrets.token_urlsafe(8)
        self.flashes[token] = replace(outcome, timeline=None)  # keep words, not timelines
        while len(self.flashes) > FLASHES_KEPT:
            self.flashes.popitem(last=False)
        return token

    async def form(self, request: Request) -> dict[str, str]:
        """The posted fields, after the CSRF token and the origin were checked."""
        origin = request.headers.get("origin")
        if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
            raise PermissionError("cross-origin request refused")
        data = await request.form()
        fields = {k: v for k, v in data.items() if isinstance(v, str)}
        if not same(fields.get("csrf"), self.csrf):
            raise PermissionError("missing or wrong CSRF token; reload the page and try again")
        return fields

    # ---------------------------------------------------------------- pages

    async def board(self, request: Request) -> Response:
        q = request.query_params
        stage = q.get("stage", "")
        with self.store() as store:
            snap = self.snapshot(store)
        timeline = snap.timeline
        columns = filtered(
            snap.cards,
            query=q.get("q", ""),
            stage=stage if stage in STAGES else "",
            attention=q.get("attention") == "1",
        )
        return self.render(
            request,
            "board.html",
            columns=columns,
            q=q.get("q", ""),
            stage=stage,
            attention=q.get("attention") == "1",
            total=len(timeline.applications),
            done=self.flashes.get(q.get("done", "")),
        )

    async def application(self, request: Request) -> Response:
        key = request.path_params["key"]
        with self.store() as store:
            snap = self.snapshot(store)
            corrections = store.corrections(self.s.account)
        timeline, rows = snap.timeline, snap.rows
        app = timeline.by_key(key)
        if app is None:
            return self.render(request, "error.html", 404, message="no such application")
        view = application_view(app, timeline, rows, corrections)
        mine = [r for r in rows if r.application_key == key]
        return self.render(
            request,
            "application.html",
            v=view,
            pic=picture(app, mine, now=self.s.now()),
            done=self.flashes.get(request.query_params.get("done", "")),
        )

    async def drafts(self, request: Request) -> Response:
        tz = self.s.cfg.tz
        with self.store() as store:
            snap = self.snapshot(store)
        timeline, rows = snap.timeline, snap.rows
        names = {a.key: a.company for a in timeline.applications}
        waiting, upcoming, past = [], [], []
        for r in rows:
            item = {
                "m": moment_view(r, tz),
                "app": names.get(r.application_key, r.application_key),
                "app_key": r.application_key,
            }
            if r.status is FollowUpStatus.DRAFTED:
                item["text"] = draft_text(r.draft_raw)
                item["where"] = draft_location(self.s.cfg, r)
                waiting.append(item)
            elif r.status in (FollowUpStatus.SCHEDULED, FollowUpStatus.DUE):
                upcoming.append(item)
            elif r.status in (FollowUpStatus.MISSED, FollowUpStatus.DISCARDED):
                past.append(item)
        return self.render(
            request,
            "drafts.html",
            waiting=waiting,
            upcoming=upcoming,
            past=past,
            today=self.s.now().astimezone(tz).date().isoformat(),
            done=self.flashes.get(request.query_params.get("done", "")),
        )

    async def corrections(self, request: Request) -> Response:
        with self.store() as store:
            items = store.corrections(self.s.account, include_undone=True)
            timeline = self.timeline(store)
        where = {m.id: a for a in timeline.applications for m in a.messages}
        return self.render(
            request,
            "corrections.html",
            items=list(reversed(items)),
            where=where,
            done=self.flashes.get(request.query_params.get("done", "")),
        )

    async def ics(self, request: Request) -> Response:
        with self.store() as store:
            snap = self.snapshot(store)
        body = snap.ics.get("body")
        if body is None:
            body = snap.ics["body"] = calendar(snap.timeline, snap.rows, now=self.s.now())
        return Response(body, media_type="text/calendar; charset=utf-8")

    # ---------------------------------------------------------------- changes

    def _back(self, store: Store, message: str | None, outcome: actions.Outcome) -> Response:
        """To the application now holding ``message`` (it may have moved), else the board."""
        token = self.flash(outcome)
        timeline = self.timeline(store)
        for a in timeline.applications:
            if message and any(m.id == message for m in a.messages):
                return RedirectResponse(f"/app/{quote(a.key)}?done={token}", status_code=303)
        return RedirectResponse(f"/?done={token}", status_code=303)

    async def correct(self, request: Request) -> Response:
        fields = await self.form(request)
        now = self.s.now()
        with self.store() as store:
            c = actions.correction_from_form(fields, self.s.cfg)
            outcome = actions.correct(self.s.cfg, store, self.s.account, c, now=now)
            return self._back(store, c.message, outcome)

    async def undo(self, request: Request) -> Response:
        fields = await self.form(request)
        try:
            cid = int(fields.get("id", ""))
        except ValueError:
            raise actions.ActionError("which correction?") from None
        with self.store() as store:
            found = [c for c in store.corrections(self.s.account) if c.id == cid]
            outcome = actions.undo(self.s.cfg, store, self.s.account, cid, now=self.s.now())
            if fields.get("from") == "corrections":
                token = self.flash(outcome)
                return RedirectResponse(f"/corrections?done={token}", status_code=303)
            return self._back(store, found[0].message if found else None, outcome)

    async def followup(self, request: Request) -> Response:
        fields = await self.form(request)
        op = request.path_params["op"]
        key = fields.get("key", "")
        now = self.s.now()
        cfg, account = self.s.cfg, self.s.account
        with self.store() as store:
            if op == "skip":
                outcome = actions.skip(cfg, store, account, key, now=now)
            elif op == "snooze":
                outcome = actions.snooze(cfg, store, account, key, fields.get("until", ""), now=now)
            elif op == "revive":
                outcome = actions.revive(cfg, store, account, key, now=now)
            else:
                return self.render(request, "error.html", 404, message="no such action")
            row = store.followup(account, key)
        token = self.flash(outcome)
        if fields.get("from") == "drafts" or row is None:
            return RedirectResponse(f"/drafts?done={token}", status_code=303)
        return RedirectResponse(f"/app/{quote(row.application_key)}?done={token}", status_code=303)


Handler = Callable[[Request], Awaitable[Response]]


def create_app(settings: ReviewSettings) -> Starlette:
    review = Review(settings)

    def guarded(handler: Handler, *, key_in_url: bool = False) -> Handler:
        """The secret (cookie, or ``?key=``), then the handler; errors become pages."""

        async def endpoint(request: Request) -> Response:
            given = request.query_params.get("key")
            if request.method == "GET" and given is not None and same(given, settings.secret):
                if not key_in_url:
                    # trade the secret for a cookie and drop it from the address bar
                    rest = {k: v for k, v in request.query_params.items() if k != "key"}
                    target = request.url.path + (f"?{urlencode(rest)}" if rest else "")
                    resp = RedirectResponse(target, status_code=303)
                    resp.set_cookie(
                        COOKIE, review.session, httponly=True, samesite="strict", path="/"
                    )
                    return resp
                # a calendar app has no cookies: the key in its URL is its pass
            elif not same(request.cookies.get(COOKIE), review.session):
                return review.render(
                    request,
                    "error.html",
                    403,
                    message="Open the address printed by `followup-agent review` (it carries "
                    "the page's secret).",
                )
            try:
                return await handler(request)
            except PermissionError as exc:
                return review.render(request, "error.html", 403, message=str(exc))
            except actions.ActionError as exc:
                return review.render(request, "error.html", 400, message=str(exc))

        return endpoint

    routes = [
        Route("/", guarded(review.board)),
        Route("/app/{key:path}", guarded(review.application)),
        Route("/drafts", guarded(review.drafts)),
        Route("/corrections", guarded(review.corrections)),
        Route("/calendar.ics", guarded(review.ics, key_in_url=True)),
        Route("/correct", guarded(review.correct), methods=["POST"]),
        Route("/undo", guarded(review.undo), methods=["POST"]),
        Route("/followup/{op}", guarded(review.followup), methods=["POST"]),
        Route("/favicon.ico", lambda request: Response(status_code=204)),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]

    async def headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(TrustedHostMiddleware, allowed_hosts=settings.allowed_hosts),
            Middleware(BaseHTTPMiddleware, dispatch=headers),
        ],
    )
    app.state.review = review
    return app


__all__ = [
    "FLASHES_KEPT",
    "HERE",
    "SNAPSHOT_FOR",
    "TIMELINE_FOR",
    "Handler",
    "Review",
    "ReviewSettings",
    "Snapshot",
    "SnapshotCache",
    "create_app",
]
