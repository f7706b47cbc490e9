"""The Gmail API backend: search-narrowed first scan, history-based incremental sync,
batched reads with per-item retries, and reply drafts placed in the employer's thread.

Costs are the design constraint. Gmail allows 15,000 quota units per user per minute and
charges per method (messages.get 5, messages.list 5, history.list 2, drafts.create 10,
threads.get 10; a batch costs the sum of its parts), so:

- a first scan asks Gmail's search for possible hiring mail (:mod:`agent.mail.gmail_query`)
  within ``mailbox.window``, lists the ids of every message in the window (5 units per 500)
  only to pull in the rest of the matched threads (replies such as "that time works for
  me"), and reads that set alone, 50 per batch request. A second, small search then asks
  for Primary-tab mail from the employers' domains seen in that set (a recruiter's "Quick
  update" in a new thread), with its threads. Because the search already did the
  narrowing, it reads whole messages (``format=raw``, 5 units, the same as metadata) and
  keeps them for the :meth:`fetch` that follows, so the full content costs nothing extra;
  the header block and snippet for the cheap first pass come from those bytes. Above
  ``prefetch_limit`` candidates (memory) it reads ``format=metadata`` instead;
- later scans read ``format=metadata`` for new messages (unfiltered, mostly ruled out by
  the first pass) and full content only for what the first pass keeps;
- the cursor holds the history id read *before* listing (``getProfile``), so nothing that
  arrives during a scan is lost; a later scan is one ``history.list`` call, and when nothing
  arrived that is the only HTTP round trip;
- an expired history id (404) falls back to a full scan (``Changes.full_rescan``).

Failures: 429, 5xx and 403 ``rateLimitExceeded``/``userRateLimitExceeded`` are retried with
exponential backoff and jitter, per request and per item inside a batch (only the failed
items are sent again), a bounded number of times; then :class:`TransientMailError`.
401 and refused refreshes become :class:`AuthError`. Library errors are translated here
and nowhere else. ``sleep`` and ``rand`` are injectable so tests never wait.

This module never sends mail: there is no call to a send endpoint anywhere in the agent.
"""

from __future__ import annotations

import base64
import contextlib
import html
import json
import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.header import Header
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent.errors import AuthError, MailError, ProtocolMailError, TransientMailError
from agent.followup.draft_fate import DraftFacts, DraftOrigin, SentCopy, norm_message_id
from agent.mail import gmail_auth, gmail_query
from agent.mail.base import Mailbox
from agent.models import (
    Changes,
    DraftRef,
    DraftRequest,
    Folder,
    MailMessage,
    MessageRef,
)

if TYPE_CHECKING:
    from agent.config import MailboxSettings

logger = logging.getLogger(__name__)

#: Google's batch guide: batches larger than 50 are likely to be rate limited.
BATCH_SIZE = 50
#: messages.list / history.list / drafts.list accept at most 500 per page.
PAGE_SIZE = 500
#: Headers the understanding step's cheap first pass needs (format=metadata).
METADATA_HEADERS: tuple[str, ...] = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Auto-Submitted",
    "List-Unsubscribe",
    "List-Id",
    "Precedence",
    "Feedback-ID",
    "Content-Type",
)
#: Labels whose messages are never new mail for the agent (drafts include our own).
SKIP_LABELS = frozenset({"DRAFT", "SPAM", "TRASH", "CHAT"})
#: 403 reasons that mean "slow down", not "forbidden" (Gmail error-handling guide).
RATE_LIMIT_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
DEFAULT_ENDPOINT = "https://gmail.googleapis.com"
CURSOR_VERSION = 1


@dataclass
class RetryPolicy:
    """Exponential backoff with jitter: attempt n waits between half and all of
    ``min(cap, base * 2**n)`` seconds; at most ``max_attempts`` tries per request or item."""

    max_attempts: int = 8
    base: float = 1.0
    cap: float = 32.0
    sleep: Callable[[float], None] = time.sleep
    rand: Callable[[], float] = random.random

    def delay(self, attempt: int) -> float:
        ceiling = min(self.cap, self.base * (2**attempt))
        return ceiling / 2 + self.rand() * ceiling / 2


@dataclass
class Stats:
    """What this mailbox object spent (for logs and benchmarks)."""

    round_trips: int = 0
    retries: int = 0
    calls: dict[str, int] = field(default_factory=dict)

    def count(self, what: str, n: int = 1) -> None:
        self.calls[what] = self.calls.get(what, 0) + n


@dataclass
class _Outcome:
    done: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    retry: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    fatal: list[BaseException] = field(default_factory=list)


class _Retry(Exception):
    """Internal: a failure worth another attempt."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _error_reason(exc: Any) -> str:
    try:
        data = json.loads(
            exc.content.decode("utf-8") if isinstance(exc.content, bytes) else exc.content
        )
        errors = data.get("error", {}).get("errors") or []
        if errors:
            return str(errors[0].get("reason", ""))
        return str(data.get("error", {}).get("status", ""))
    except (ValueError, AttributeError, TypeError):
        return ""


def _http_status(exc: Any) -> int:
    try:
        return int(exc.resp.status)
    except (AttributeError, TypeError, ValueError):
        return 0


def _b64decode(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


def _header_line(name: str, value: str) -> bytes:
    """One header as bytes; non-ASCII values become RFC 2047 encoded words."""
    value = " ".join(value.split())
    if value.isascii():
        return f"{name}: {value}\r\n".encode("ascii")
    return f"{name}: {Header(value, 'utf-8').encode()}\r\n".encode("ascii")


def headers_block(headers: Iterable[dict[str, str]]) -> bytes:
    """Rebuild the RFC 5322 header block from Gmail's ``payload.headers`` list."""
    return b"".join(
        _header_line(str(h.get("name", "")), str(h.get("value", "")))
        for h in headers
        if h.get("name")
    )


def header_bytes(raw: bytes) -> bytes:
    """The header block of a raw message (up to, not including, the blank line)."""
    for sep in (b"\r\n\r\n", b"\n\n"):
        idx = raw.find(sep)
        if idx >= 0:
            return raw[: idx + len(sep) // 2]
    return raw


def folder_of(label_ids: Iterable[str]) -> Folder:
    labels = set(label_ids)
    if "DRAFT" in labels:
        return Folder.DRAFTS
    if "SENT" in labels:
        return Folder.SENT
    if "INBOX" in labels:
        return Folder.INBOX
    return Folder.OTHER


def _header(headers: Iterable[dict[str, str]], name: str) -> str | None:
    for h in headers:
        if str(h.get("name", "")).lower() == name.lower():
            return str(h.get("value", ""))
    return None


def _internal_date(data: dict[str, Any]) -> datetime | None:
    """Gmail's internalDate (ms since the epoch): when the message reached the mailbox."""
    try:
        return datetime.fromtimestamp(int(data["internalDate"]) / 1000, UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def make_cursor(history_id: str) -> str:
    return json.dumps({"v": CURSOR_VERSION, "historyId": str(history_id)}, separators=(",", ":"))


def parse_cursor(cursor: str) -> str | None:
    try:
        data = json.loads(cursor)
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("v") != CURSOR_VERSION:
        return None
    hid = data.get("historyId")
    return str(hid) if hid else None


class GmailMailbox(Mailbox):
    """One Gmail account over the Gmail REST API (``google-api-python-client``)."""

    backend = "gmail"

    def __init__(
        self,
        credentials: Any,
        *,
        api_endpoint: str | None = None,
        window: timedelta = timedelta(days=120),
        extra_query: str | None = None,
        token_file: Path | None = None,
        account: str | None = None,
        retry: RetryPolicy | None = None,
        clock: Callable[[], datetime] | None = None,
        batch_size: int = BATCH_SIZE,
        expand_threads: bool = True,
        prefetch_limit: int = 2000,
        timeout: float = 60.0,
    ) -> None:
        import google_auth_httplib2
        import httplib2
        from googleapiclient.discovery import build

        self.credentials = credentials
        self.endpoint = (api_endpoint or DEFAULT_ENDPOINT).rstrip("/")
        self.batch_uri = f"{self.endpoint}/batch/gmail/v1"
        self.window = window
        self.extra_query = extra_query
        self.token_file = token_file
        self.retry = retry or RetryPolicy()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.batch_size = max(1, min(batch_size, 100))
        self.expand_threads = expand_threads
        self.prefetch_limit = prefetch_limit
        self._prefetched: dict[str, MailMessage] = {}
        self._received: dict[str, int] = {}  # message id -> internalDate (ms), from reads
        self.stats = Stats()
        self._account = account
        self._http = google_auth_httplib2.AuthorizedHttp(
            credentials, http=httplib2.Http(timeout=timeout)
        )
        options = {"api_endpoint": api_endpoint} if api_endpoint else None
        self._service = build(
            "gmail",
            "v1",
            http=self._http,
            static_discovery=True,
            cache_discovery=False,
            client_options=options,
        )
        self._users = self._service.users()

    @classmethod
    def from_settings(cls, mailbox: MailboxSettings, *, now: datetime) -> GmailMailbox:
        """``mailbox.gmail``; ``now``: the pass's clock, where the first scan's window
        (``mailbox.window``) ends."""
        g = mailbox.gmail
        creds = gmail_auth.load_credentials(g.token_file)
        return cls(
            creds,
            api_endpoint=g.api_endpoint,
            window=mailbox.window,
            clock=lambda: now,
            extra_query=g.query,
            token_file=g.token_file,
            account=gmail_auth.read_account(g.token_file),
            retry=RetryPolicy(base=g.retry_backoff, cap=32 * g.retry_backoff),
        )

    # ------------------------------------------------------------------ plumbing

    @property
    def account(self) -> str:
        if self._account is None:
            profile = self._execute(self._users.getProfile(userId="me"), "getProfile")
            assert profile is not None
            self._remember_account(str(profile["emailAddress"]))
        return f"gmail:{self._account}"

    def _remember_account(self, address: str) -> None:
        """Keep the address, and save it beside the token so later runs need no lookup."""
        self._account = address.lower()
        if self.token_file is not None and gmail_auth.read_account(self.token_file) is None:
            try:
                gmail_auth.write_token(self.token_file, self.credentials, account=self._account)
            except OSError as exc:
                logger.warning("could not save the Gmail address to %s: %s", self.token_file, exc)

    def close(self) -> None:
        http = getattr(self._http, "http", None)
        conns = getattr(http, "connections", None)
        if isinstance(conns, dict):
            for conn in list(conns.values()):
                with contextlib.suppress(OSError):
                    conn.close()
            conns.clear()

    def _ensure_fresh(self) -> None:
        """Refresh an expired token up front (through ``requests``) and save it."""
        if not self.credentials.valid and getattr(self.credentials, "refresh_token", None):
            gmail_auth.refresh_credentials(self.credentials, self.token_file)

    def _classify(self, exc: BaseException, what: str) -> BaseException:
        """Map a library error to ``_Retry`` or to the agent's exception tree."""
        import google.auth.exceptions
        import httplib2
        from googleapiclient.errors import HttpError

        if isinstance(exc, HttpError):
            status = _http_status(exc)
            reason = _error_reason(exc)
            if status == 429 or status >= 500:
                return _Retry(f"{what}: HTTP {status} {reason}".strip())
            if status == 403 and reason in RATE_LIMIT_REASONS:
                return _Retry(f"{what}: HTTP 403 {reason}")
            if status == 401:
                return AuthError(gmail_auth.REVOKED_MESSAGE)
            if status == 403 and reason in ("insufficientPermissions", "forbidden", "authError"):
                return AuthError(
                    f"Gmail refused {what} ({reason}): the saved authorisation lacks a needed "
                    "permission; run `followup-agent auth` again."
                )
            return ProtocolMailError(f"Gmail answered HTTP {status} to {what}: {reason or exc}")
        if isinstance(exc, google.auth.exceptions.RefreshError):
            return gmail_auth.refresh_error(exc)
        if isinstance(exc, MailError):
            return exc
        if isinstance(
            exc,
            httplib2.HttpLib2Error | google.auth.exceptions.TransportError | OSError,
        ):
            return _Retry(f"{what}: {type(exc).__name__}: {exc}")
        return exc

    def _backoff(self, attempt: int, reason: str) -> None:
        delay = self.retry.delay(attempt)
        self.stats.retries += 1
        logger.info("gmail: retrying in %.1fs after %s", delay, reason)
        self.retry.sleep(delay)

    def _execute(
        self, request: Any, what: str, *, allow_404: bool = False
    ) -> dict[str, Any] | None:
        """Run one API request with retries; None for a 404 when ``allow_404``."""
        from googleapiclient.errors import HttpError

        for attempt in range(self.retry.max_attempts):
            self.stats.round_trips += 1
            self.stats.count(what)
            try:
                result = request.execute(num_retries=0)
                return result if isinstance(result, dict) else {}
            except Exception as exc:
                if allow_404 and isinstance(exc, HttpError) and _http_status(exc) == 404:
                    return None
                mapped = self._classify(exc, what)
                if not isinstance(mapped, _Retry):
                    if mapped is exc:
                        raise
                    raise mapped from exc
                if attempt + 1 >= self.retry.max_attempts:
                    raise TransientMailError(
                        f"Gmail kept failing ({mapped.reason}) after {attempt + 1} attempts; "
                        "will try again on the next scan."
                    ) from exc
                self._backoff(attempt, mapped.reason)
        raise AssertionError("unreachable")

    def _batch(
        self, keys: Sequence[str], make: Callable[[str], Any], what: str
    ) -> dict[str, dict[str, Any] | None]:
        """Run ``make(key)`` for every key in batches; per-item retries; 404 → None."""
        results: dict[str, dict[str, Any] | None] = {}
        attempts: dict[str, int] = {}
        pending = list(dict.fromkeys(keys))
        batch_failures = 0
        while pending:
            chunk, pending = pending[: self.batch_size], pending[self.batch_size :]
            try:
                outcome = self._run_batch(chunk, make, what)
            except _Retry as exc:
                batch_failures += 1
                if batch_failures >= self.retry.max_attempts:
                    raise TransientMailError(
                        f"Gmail kept failing ({exc.reason}) after {batch_failures} attempts; "
                        "will try again on the next scan."
                    ) from exc
                self._backoff(batch_failures - 1, exc.reason)
                pending = chunk + pending
                continue
            batch_failures = 0
            results.update(outcome.done)
            if outcome.retry:
                worst = 0
                for rid in outcome.retry:
                    attempts[rid] = attempts.get(rid, 0) + 1
                    worst = max(worst, attempts[rid])
                if worst >= self.retry.max_attempts:
                    raise TransientMailError(
                        f"Gmail kept failing ({outcome.reasons[0]}) for {len(outcome.retry)} of "
                        f"{what} after {worst} attempts; will try again on the next scan."
                    )
                self._backoff(
                    worst - 1, f"{len(outcome.retry)} failed in a batch: {outcome.reasons[0]}"
                )
                pending = outcome.retry + pending
        return results

    def _run_batch(self, chunk: Sequence[str], make: Callable[[str], Any], what: str) -> _Outcome:
        """One batch HTTP round trip; raises ``_Retry`` when the whole batch failed."""
        from googleapiclient.errors import HttpError
        from googleapiclient.http import BatchHttpRequest

        outcome = _Outcome()

        def on_done(rid: str, response: Any, exc: BaseException | None) -> None:
            if exc is None:
                outcome.done[rid] = response if isinstance(response, dict) else {}
                return
            if isinstance(exc, HttpError) and _http_status(exc) == 404:
                outcome.done[rid] = None
                return
            mapped = self._classify(exc, what)
            if isinstance(mapped, _Retry):
                outcome.retry.append(rid)
                outcome.reasons.append(mapped.reason)
            else:
                outcome.fatal.append(mapped)

        batch = BatchHttpRequest(callback=on_done, batch_uri=self.batch_uri)
        for key in chunk:
            batch.add(make(key), request_id=key)
        self.stats.round_trips += 1
        self.stats.count(what, len(chunk))
        try:
            batch.execute(http=self._http)
        except Exception as exc:
            mapped = self._classify(exc, f"a batch of {what}")
            if isinstance(mapped, _Retry):
                raise mapped from exc
            if mapped is exc:
                raise
            raise mapped from exc
        if outcome.fatal:
            raise outcome.fatal[0]
        return outcome

    # ------------------------------------------------------------------ reading

    def _list_ids(self, q: str, what: str = "messages.list") -> dict[str, str]:
        """Every message id (→ thread id) matching ``q``, all pages."""
        out: dict[str, str] = {}
        token: str | None = None
        while True:
            kwargs: dict[str, Any] = {"userId": "me", "q": q, "maxResults": PAGE_SIZE}
            if token:
                kwargs["pageToken"] = token
            resp = self._execute(self._users.messages().list(**kwargs), what)
            assert resp is not None
            for m in resp.get("messages", []):
                out[str(m["id"])] = str(m.get("threadId", m["id"]))
            token = resp.get("nextPageToken")
            if not token:
                return out

    def _refs(self, ids: Sequence[str], *, raw: bool = False) -> list[MessageRef]:
        """Metadata (or, with ``raw``, whole messages kept for :meth:`fetch`) for ``ids`` in
        batches → MessageRefs, oldest first; drafts, spam and trash are skipped."""
        if not ids:
            return []

        def make(mid: str) -> Any:
            if raw:
                return self._users.messages().get(userId="me", id=mid, format="raw")
            return self._users.messages().get(
                userId="me", id=mid, format="metadata", metadataHeaders=list(METADATA_HEADERS)
            )

        got = self._batch(ids, make, "messages.get(raw)" if raw else "messages.get(metadata)")
        rows: list[tuple[int, MessageRef]] = []
        for mid in ids:
            data = got.get(mid)
            if not data:
                continue  # vanished between listing and reading
            labels = data.get("labelIds") or []
            if SKIP_LABELS.intersection(labels):
                continue
            if raw and "raw" in data:
                message = _b64decode(str(data["raw"]))
                block = header_bytes(message)
                self._prefetched[mid] = MailMessage(
                    id=mid, folder=folder_of(labels), raw=message, thread_id=data.get("threadId")
                )
            else:
                block = headers_block((data.get("payload") or {}).get("headers") or [])
            ref = MessageRef(
                id=str(data.get("id", mid)),
                folder=folder_of(labels),
                thread_id=data.get("threadId"),
                headers=block,
                snippet=html.unescape(str(data.get("snippet", ""))),
            )
            rows.append((int(data.get("internalDate") or 0), ref))
            self._received[ref.id] = rows[-1][0]
        rows.sort(key=lambda r: r[0])
        return [r for _, r in rows]

    def _full_scan(self) -> Changes:
        profile = self._execute(self._users.getProfile(userId="me"), "getProfile")
        assert profile is not None
        history_id = str(profile["historyId"])
        if self._account is None and profile.get("emailAddress"):
            self._remember_account(str(profile["emailAddress"]))
        since = self.clock() - self.window
        matched: dict[str, str] = {}
        for q in gmail_query.job_queries(since, self.extra_query):
            matched.update(self._list_ids(q))
        n_search = len(matched)
        matched.update(self._list_ids(gmail_query.sent_query(since, self.extra_query)))
        n_sent = len(matched) - n_search
        window: dict[str, str] = {}
        if self.expand_threads and matched:
            window = self._list_ids(gmail_query.window_query(since, self.extra_query))
        n_threads_added = self._add_threads(matched, window)
        # The search already narrowed the set: read whole messages now (5 units each, like
        # metadata) and keep them for fetch(), unless the set is too big to hold in memory.
        refs = self._refs(list(matched), raw=len(matched) <= self.prefetch_limit)
        # Second round: people at the employers found so far write again, in new threads
        # and in few words ("Quick update"): their mail in the Primary tab, whole threads.
        domains = gmail_query.correspondent_domains(
            (r.headers for r in refs), own=[self._account or ""]
        )
        more: dict[str, str] = {}
        for q in gmail_query.employer_queries(since, domains, self.extra_query):
            more.update((m, t) for m, t in self._list_ids(q).items() if m not in matched)
        n_employers = len(more)
        if more:
            self._add_threads(more, {m: t for m, t in window.items() if m not in matched})
            refs += self._refs(list(more), raw=len(matched) + len(more) <= self.prefetch_limit)
            refs.sort(key=lambda r: self._received.get(r.id, 0))
        logger.info(
            "gmail first scan since %s: %d search hits, %d own sent, %d more from their "
            "threads, %d more from %d employers' domains, %d new messages; %d round trips",
            since.date().isoformat(),
            n_search,
            n_sent,
            n_threads_added,
            n_employers,
            len(domains),
            len(refs),
            self.stats.round_trips,
        )
        return Changes(added=refs, cursor=make_cursor(history_id), full_rescan=True)

    @staticmethod
    def _add_threads(matched: dict[str, str], window: dict[str, str]) -> int:
        """Add to ``matched`` every message of ``window`` in one of its threads."""
        threads = set(matched.values())
        added = {m: t for m, t in window.items() if t in threads and m not in matched}
        matched.update(added)
        return len(added)

    def _incremental(self, start: str) -> Changes | None:
        """Messages added since history id ``start``; None when the id has expired."""
        new_ids: dict[str, None] = {}
        token: str | None = None
        newest: str | None = None
        while True:
            kwargs: dict[str, Any] = {
                "userId": "me",
                "startHistoryId": start,
                "historyTypes": ["messageAdded"],
                "maxResults": PAGE_SIZE,
            }
            if token:
                kwargs["pageToken"] = token
            resp = self._execute(
                self._users.history().list(**kwargs), "history.list", allow_404=True
            )
            if resp is None:
                return None
            if newest is None:
                newest = str(resp.get("historyId") or start)
            for record in resp.get("history", []):
                for added in record.get("messagesAdded", []):
                    msg = added.get("message") or {}
                    if SKIP_LABELS.intersection(msg.get("labelIds") or []):
                        continue
                    if msg.get("id"):
                        new_ids[str(msg["id"])] = None
            token = resp.get("nextPageToken")
            if not token:
                break
        refs = self._refs(list(new_ids))
        if refs:
            logger.info("gmail: %d new messages since history %s", len(refs), start)
        return Changes(added=refs, cursor=make_cursor(newest or start))

    def changes(self, cursor: str | None) -> Changes:
        self._ensure_fresh()
        self._prefetched.clear()
        if cursor:
            start = parse_cursor(cursor)
            if start is None:
                logger.warning("gmail: the stored cursor is unreadable; scanning the window again")
                return self._full_scan()
            inc = self._incremental(start)
            if inc is not None:
                return inc
            logger.warning(
                "gmail: history id %s has expired (Gmail keeps about a week); "
                "scanning the window again",
                start,
            )
            return self._full_scan()
        return self._full_scan()

    def fetch(self, ids: Sequence[str]) -> Iterator[MailMessage]:
        self._ensure_fresh()
        ids = list(dict.fromkeys(ids))
        missing: list[str] = []
        for mid in ids:
            cached = self._prefetched.pop(mid, None)
            if cached is not None:
                yield cached
            else:
                missing.append(mid)
        ids = missing
        for i in range(0, len(ids), self.batch_size * 4):
            chunk = ids[i : i + self.batch_size * 4]

            def make(mid: str) -> Any:
                return self._users.messages().get(userId="me", id=mid, format="raw")

            got = self._batch(chunk, make, "messages.get(raw)")
            for mid in chunk:
                data = got.get(mid)
                if not data or "raw" not in data:
                    continue
                yield MailMessage(
                    id=mid,
                    folder=folder_of(data.get("labelIds") or []),
                    raw=_b64decode(str(data["raw"])),
                    thread_id=data.get("threadId"),
                    arrived=_internal_date(data),
                )

    # ------------------------------------------------------------------ drafts

    def create_draft(self, draft: DraftRequest) -> DraftRef:
        """``drafts.create`` with the raw reply and its threadId; never sends."""
        self._ensure_fresh()
        message: dict[str, Any] = {"raw": base64.urlsafe_b64encode(draft.raw).decode("ascii")}
        if draft.thread_id:
            message["threadId"] = draft.thread_id
        body = {"message": message}
        resp: dict[str, Any] | None = None
        for attempt in range(self.retry.max_attempts):
            self.stats.round_trips += 1
            self.stats.count("drafts.create")
            try:
                resp = self._users.drafts().create(userId="me", body=body).execute(num_retries=0)
                break
            except Exception as exc:
                mapped = self._classify(exc, "drafts.create")
                if not isinstance(mapped, _Retry):
                    if mapped is exc:
                        raise
                    raise mapped from exc
                if not hasattr(exc, "resp"):
                    # the request may have reached Gmail: look before creating a duplicate
                    found = self.find_drafts([draft.message_id]).get(draft.message_id)
                    if found is not None:
                        return found
                if attempt + 1 >= self.retry.max_attempts:
                    raise TransientMailError(
                        f"Gmail kept failing ({mapped.reason}) while saving a draft; "
                        "will try again on the next run."
                    ) from exc
                self._backoff(attempt, mapped.reason)
        assert resp is not None
        thread_id = (resp.get("message") or {}).get("threadId")
        if draft.thread_id and thread_id != draft.thread_id:
            logger.warning(
                "gmail: draft %s landed in thread %s, not %s (subject or reply headers differ)",
                draft.message_id,
                thread_id,
                draft.thread_id,
            )
        logger.info("gmail: saved draft %s in thread %s", resp.get("id"), thread_id)
        return DraftRef(draft_id=str(resp["id"]), message_id=draft.message_id, thread_id=thread_id)

    def find_drafts(self, message_ids: Iterable[str]) -> dict[str, DraftRef]:
        """Drafts whose Message-ID is one of ``message_ids`` (one batched search each)."""
        wanted = list(dict.fromkeys(m for m in message_ids if m))
        if not wanted:
            return {}
        keys = [str(i) for i in range(len(wanted))]

        def make(key: str) -> Any:
            mid = wanted[int(key)]
            return self._users.drafts().list(userId="me", q=f"rfc822msgid:{mid.strip('<>')}")

        got = self._batch(keys, make, "drafts.list")
        out: dict[str, DraftRef] = {}
        for key, data in got.items():
            drafts = (data or {}).get("drafts") or []
            if drafts:
                d = drafts[0]
                mid = wanted[int(key)]
                out[mid] = DraftRef(
                    draft_id=str(d["id"]),
                    message_id=mid,
                    thread_id=(d.get("message") or {}).get("threadId"),
                )
        return out

    def find_sent(self, message_ids: Iterable[str]) -> set[str]:
        """Sent messages whose Message-ID is one of ``message_ids`` (one batched search each)."""
        wanted = list(dict.fromkeys(m for m in message_ids if m))
        keys = [str(i) for i in range(len(wanted))]

        def make(key: str) -> Any:
            q = f"in:sent rfc822msgid:{wanted[int(key)].strip('<>')}"
            return self._users.messages().list(userId="me", q=q, maxResults=1)

        got = self._batch(keys, make, "messages.list") if wanted else {}
        return {wanted[int(k)] for k, data in got.items() if (data or {}).get("messages")}

    def draft_facts(self, ref: DraftRef, origin: DraftOrigin) -> DraftFacts:
        self._ensure_fresh()
        data = self._execute(
            self._users.drafts().get(userId="me", id=ref.draft_id, format="raw"),
            "drafts.get",
            allow_404=True,
        )
        if data is not None:
            raw = (data.get("message") or {}).get("raw")
            return DraftFacts(in_drafts=True, current=_b64decode(str(raw)) if raw else None)
        sent = self._sent_in_thread(ref.thread_id) if ref.thread_id else []
        if not any(norm_message_id(c.message_id) == norm_message_id(ref.message_id) for c in sent):
            q = f"in:sent rfc822msgid:{ref.message_id.strip('<>')}"
            resp = self._execute(
                self._users.messages().list(userId="me", q=q, maxResults=1), "messages.list"
            )
            if (resp or {}).get("messages"):
                sent.append(SentCopy(message_id=ref.message_id))
        return DraftFacts(in_drafts=False, sent=sent)

    def _sent_in_thread(self, thread_id: str) -> list[SentCopy]:
        """The sent (not draft) messages of a thread: their Message-ID, In-Reply-To and
        the time Gmail received them."""
        thread = self._execute(
            self._users.threads().get(
                userId="me",
                id=thread_id,
                format="metadata",
                metadataHeaders=["Message-ID", "In-Reply-To"],
            ),
            "threads.get",
            allow_404=True,
        )
        out: list[SentCopy] = []
        for m in (thread or {}).get("messages", []):
            labels = m.get("labelIds") or []
            if "SENT" not in labels or "DRAFT" in labels:
                continue
            headers = (m.get("payload") or {}).get("headers") or []
            when = datetime.fromtimestamp(int(m.get("internalDate") or 0) / 1000, UTC)
            out.append(
                SentCopy(_header(headers, "Message-ID"), _header(headers, "In-Reply-To"), when)
            )
        return out


__all__ = [
    "BATCH_SIZE",
    "CURSOR_VERSION",
    "DEFAULT_ENDPOINT",
    "METADATA_HEADERS",
    "PAGE_SIZE",
    "RATE_LIMIT_REASONS",
    "SKIP_LABELS",
    "GmailMailbox",
    "RetryPolicy",
    "Stats",
    "folder_of",
    "header_bytes",
    "headers_block",
    "make_cursor",
    "parse_cursor",
]
