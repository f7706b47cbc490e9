"""Messages into threads: the backend's thread id, then headers, then the subject.

Messages are grouped by the backend's thread id when it has one, else by ``Message-ID`` /
``In-Reply-To`` / ``References`` chains, else by normalised subject within one company.
A thread is named by the Message-ID of its first message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agent import company_names
from agent.followup.application import Thread, when
from agent.followup.company_signals import message_company
from agent.models import StoredMessage

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|fw|fwd|wg|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.I)


def normalise_subject(subject: str) -> str:
    """``"RE: Fwd: Interview"`` → ``"interview"``: for threading by subject."""
    return " ".join(_SUBJECT_PREFIX.sub("", subject or "").lower().split())


class UnionFind:
    """Disjoint sets of names; the smallest name of a set is its root (deterministic)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # deterministic: the smaller name wins
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _node(m: StoredMessage) -> str:
    return f"m:{m.id}"


def _parents(m: StoredMessage) -> list[str]:
    return [r for r in [m.facts.in_reply_to, *m.facts.references] if r]


def _link_by_headers(messages: Sequence[StoredMessage], uf: UnionFind) -> dict[str, str]:
    """Backend thread ids and Message-ID chains; returns the node of each Message-ID."""
    by_mid: dict[str, str] = {}
    for m in messages:
        node = _node(m)
        uf.find(node)
        if m.thread_id:
            uf.union(node, f"t:{m.thread_id}")
        mid = m.facts.message_id
        if mid:
            if mid in by_mid:
                uf.union(node, by_mid[mid])
            by_mid[mid] = node
            uf.union(node, f"id:{mid}")
    for m in messages:
        for ref in _parents(m):
            uf.union(_node(m), f"id:{ref}")
    return by_mid


def _link_by_subject(
    messages: Sequence[StoredMessage], uf: UnionFind, by_mid: dict[str, str]
) -> None:
    """Messages the headers do not link (no backend thread id, no known parent): the same
    normalised subject within one company."""
    by_subject: dict[tuple[str, str], str] = {}
    for m in messages:
        subj = normalise_subject(m.facts.subject)
        company = message_company(m.facts)
        if not subj or company is None:
            continue
        k = (subj, company_names.company_key(company))
        parent_known = any(r in by_mid for r in _parents(m))
        if k in by_subject and not m.thread_id and not parent_known:
            uf.union(_node(m), by_subject[k])
        by_subject.setdefault(k, _node(m))


def _message_groups(messages: Sequence[StoredMessage]) -> list[list[StoredMessage]]:
    uf = UnionFind()
    by_mid = _link_by_headers(messages, uf)
    _link_by_subject(messages, uf, by_mid)
    groups: dict[str, list[StoredMessage]] = {}
    for m in messages:
        groups.setdefault(uf.find(_node(m)), []).append(m)
    out = [sorted(g, key=lambda m: (when(m), m.id)) for g in groups.values()]
    out.sort(key=lambda g: (when(g[0]), g[0].id))
    return out


def _thread_key(msgs: list[StoredMessage]) -> str:
    for m in msgs:
        if m.facts.message_id:
            return m.facts.message_id
    return f"<{msgs[0].id}>"


def threads_of(messages: Sequence[StoredMessage]) -> list[Thread]:
    """The threads of ``messages``, oldest first, each sorted by time."""
    return [
        Thread(key=_thread_key(g), messages=g, subject=g[0].facts.subject)
        for g in _message_groups(messages)
    ]


__all__ = ["UnionFind", "normalise_subject", "threads_of"]
