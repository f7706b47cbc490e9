"""The mailbox seam: what every backend (Gmail API, IMAP, Maildir, mbox) offers the agent.

Written for implementers. A backend lists what changed since an opaque cursor, fetches
full messages on demand, creates reply drafts and later says what became of them. It
never sends mail and never changes the user's existing messages (no flags, no moves).

The pipeline calls, in order::

    changes = box.changes(cursor)                 # cheap: ids + headers where possible
    wanted = [r for r in changes.added if could_be_job_mail(r)]
    for msg in box.fetch([r.id for r in wanted]):  # full bytes only for candidates
        ...understand and record...
    store cursor = changes.cursor                 # only after everything is recorded

Drafts are idempotent by Message-ID, which is deterministic per follow-up: before creating
any draft the pipeline looks for it with ``find_drafts`` and ``find_sent``, so a run that
crashed between ``create_draft`` and recording the result, or a store deleted and rebuilt,
finds the draft it already made (or the user already sent) instead of making a second.
"""

from __future__ import annotations

import abc
from collections.abc import Iterable, Iterator, Sequence
from types import TracebackType

from agent.followup.draft_fate import DraftFacts, DraftOrigin, draft_fate
from agent.models import Changes, DraftRef, DraftRequest, DraftState, MailMessage


class Mailbox(abc.ABC):
    """A connection to one account. Use as a context manager; ``close`` is idempotent."""

    #: short name for logs and the store's account key, e.g. "maildir", "gmail"
    backend: str = "?"

    @property
    @abc.abstractmethod
    def account(self) -> str:
        """A stable account key for the store: the address for Gmail and IMAP, the backend
        name for local files. Never a path: a mailbox that moves stays the same account,
        so its applications, notes and drafts' Message-IDs stay the same."""

    @abc.abstractmethod
    def changes(self, cursor: str | None) -> Changes:
        """Messages added since ``cursor`` (None: the first scan, bounded by the window).

        Covers the inbox and the Sent folder (the candidate's own mail matters to the
        rules). Must not return the agent's own drafts as new mail.
        """

    @abc.abstractmethod
    def fetch(self, ids: Sequence[str]) -> Iterator[MailMessage]:
        """Full RFC 5322 bytes for these ids, in any order. A vanished id is skipped."""

    @abc.abstractmethod
    def create_draft(self, draft: DraftRequest) -> DraftRef:
        """Save ``draft`` as a draft (in the thread it replies to). Never sends."""

    @abc.abstractmethod
    def find_drafts(self, message_ids: Iterable[str]) -> dict[str, DraftRef]:
        """Drafts present now whose Message-ID is one of ``message_ids``."""

    @abc.abstractmethod
    def find_sent(self, message_ids: Iterable[str]) -> set[str]:
        """Those of ``message_ids`` found in Sent now (a draft the user already sent)."""

    @abc.abstractmethod
    def draft_facts(self, ref: DraftRef, origin: DraftOrigin) -> DraftFacts:
        """Where a draft this agent created is now, without judging it.

        Whether it is still in Drafts (and, when ``origin.compare``, its bytes now); the
        messages in Sent with its Message-ID or, when ``origin.parent`` is known,
        replying to that parent (with their send time). The decision is
        :func:`agent.followup.draft_fate.draft_fate`'s.
        """

    def draft_state(self, ref: DraftRef, *, original: bytes | None = None) -> DraftState:
        """What became of a draft this agent created (``original``: the raw draft as
        created; with it a changed draft is EDITED). Facts from the backend, the decision
        from :mod:`agent.followup.draft_fate`."""
        facts = self.draft_facts(ref, DraftOrigin.of(original))
        return draft_fate(facts, message_id=ref.message_id, original=original)

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release connections."""

    def __enter__(self) -> Mailbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


__all__ = [
    "Mailbox",
]
