"""Threads into applications: the threads of one company are linked.

A thread's company identities (:mod:`.company_signals`) link it with every other thread
carrying one of them, so an ATS rejection from a no-reply address in a new thread joins
the interview thread it ends. A thread with no company signal of its own joins the
company named in its subject, else the one application with its role. The candidate's
merges and splits (:mod:`.corrections`) apply last. Then each group is named: the company
named most, its key from the company named first, the role named most.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from agent import company_names, senders
from agent.followup.application import Thread, when
from agent.followup.company_signals import explicit_company, message_aliases, message_company
from agent.followup.corrections import Corrections
from agent.followup.threads import UnionFind


@dataclass
class ThreadInfo:
    """One thread and the company identities, names and roles its messages carry."""

    thread: Thread
    aliases: set[str]
    companies: Counter[str]
    roles: Counter[str]


def _role_key(role: str) -> str:
    return " ".join(re.split(r"[^a-z0-9+#]+", role.lower())).strip()


def _company_in(text: str, keys: dict[str, str]) -> str | None:
    """The key of a known company named in ``text`` (word n-grams, longest first)."""
    words = re.findall(r"[A-Za-z0-9&]+", text)
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            key = company_names.company_key(" ".join(words[i : i + n]))
            if key in keys:
                return key
    return None


def _thread_info(t: Thread, me: set[str]) -> ThreadInfo:
    aliases: set[str] = set()
    companies: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    for m in t.messages:
        found, name = message_aliases(m.facts, me)
        aliases |= found
        if name:
            # the understanding step's company outweighs a guess from a domain
            companies[name] += 3 if name == explicit_company(m.facts) else 1
        if m.facts.role:
            roles[m.facts.role.strip()] += 1
    aliases.discard("c:")
    return ThreadInfo(t, aliases, companies, roles)


def _link_by_alias(infos: list[ThreadInfo]) -> UnionFind:
    uf = UnionFind()
    for i, info in enumerate(infos):
        uf.find(f"t{i}")
        for a in info.aliases:
            uf.union(f"t{i}", "a:" + a)
    return uf


def _orphan_target(
    info: ThreadInfo, names: dict[str, str], role_owner: dict[str, set[str]]
) -> str | None:
    """Where a thread with no company signal belongs: a company named in its subject,
    else its role when exactly one application has that role."""
    for subject in (m.facts.subject for m in info.thread.messages):
        key = _company_in(subject, names)
        if key is not None:
            return "a:c:" + key
    for r in info.roles:
        owners = role_owner.get(_role_key(r), set())
        if len(owners) == 1:
            return next(iter(owners))
    return None


def _link_orphans(infos: list[ThreadInfo], uf: UnionFind) -> None:
    names = {
        company_names.company_key(n): n
        for info in infos
        for n in info.companies
        if len(company_names.company_key(n)) >= 3
    }
    role_owner: dict[str, set[str]] = {}
    for i, info in enumerate(infos):
        if info.aliases:
            for r in info.roles:
                role_owner.setdefault(_role_key(r), set()).add(uf.find(f"t{i}"))
    for i, info in enumerate(infos):
        if info.aliases:
            continue
        target = _orphan_target(info, names, role_owner)
        if target is not None:
            uf.union(f"t{i}", target)


def group_threads(
    threads: list[Thread], me: set[str], corrections: Corrections | None = None
) -> list[list[ThreadInfo]]:
    """The threads of each application (a group per company, before naming it)."""
    infos = [_thread_info(t, me) for t in threads]
    uf = _link_by_alias(infos)
    _link_orphans(infos, uf)
    if corrections:
        uf = _regroup(infos, uf, corrections)
    groups: dict[str, list[ThreadInfo]] = {}
    for i, info in enumerate(infos):
        groups.setdefault(uf.find(f"t{i}"), []).append(info)
    return list(groups.values())


def _regroup(infos: list[ThreadInfo], uf: UnionFind, corrections: Corrections) -> UnionFind:
    """The candidate's merges and splits, in the order made, on top of the automatic grouping."""
    index = {m.id: i for i, info in enumerate(infos) for m in info.thread.messages}
    members: dict[str, set[int]] = {}
    for i in range(len(infos)):
        members.setdefault(uf.find(f"t{i}"), set()).add(i)
    group_of = {i: frozenset(g) for g in members.values() for i in g}
    for op, a, b in corrections.grouping():
        ia, ib = index.get(a), index.get(b or "")
        if ia is None or (op == "merge" and ib is None):
            continue
        if op == "split":
            rest = group_of[ia] - {ia}
            group_of |= {i: frozenset(rest) for i in rest} | {ia: frozenset({ia})}
        else:
            assert ib is not None
            joined = group_of[ia] | group_of[ib]
            group_of |= {i: joined for i in joined}
    out = UnionFind()
    for i, g in group_of.items():
        out.union(f"t{i}", f"t{min(g)}")
    return out


def is_job_group(group: list[ThreadInfo]) -> bool:
    """A group is an application if some employer message in it is about hiring."""
    for info in group:
        for m in info.thread.messages:
            f = m.facts
            if f.is_own:
                continue
            if f.kind != "other" or f.interview_at or f.respond_by or f.follow_up_on:
                return True
            if f.interview_cancelled:
                return True
    return False


def company_name(group: list[ThreadInfo]) -> str:
    total: Counter[str] = Counter()
    for info in group:
        total.update(info.companies)
    if total:
        # most weight, then the first named (dicts keep insertion order), then the name
        order = {name: i for i, name in enumerate(total)}
        return sorted(total.items(), key=lambda kv: (-kv[1], order[kv[0]], kv[0]))[0][0]
    for info in group:
        for m in info.thread.messages:
            d = senders.domain_of(m.facts.from_email)
            if d and not m.facts.is_own:
                return f"Unknown ({d})"
    return "Unknown company"


def first_company(group: list[ThreadInfo]) -> str | None:
    """The company named by the group's earliest message: the application key's source.

    New mail arrives later, so this stays put while the display name (a vote) may move;
    notes and follow-up keys refer to the application by this key.
    """
    msgs = sorted(
        (m for info in group for m in info.thread.messages), key=lambda m: (when(m), m.id)
    )
    for m in msgs:
        name = message_company(m.facts)
        if name:
            return name
    return None


def role_of(group: list[ThreadInfo], company: str) -> str | None:
    """The role named most often (then first): one odd subject line does not rename it."""
    counts: Counter[str] = Counter()
    first: dict[str, datetime] = {}
    for info in group:
        for m in info.thread.messages:
            role = (m.facts.role or "").strip()
            if (
                role
                and company_names.plausible_company(role)
                and company_names.company_key(role) != company_names.company_key(company)
            ):
                counts[role] += 1
                first[role] = min(first.get(role, when(m)), when(m))
    if not counts:
        return None
    return sorted(counts, key=lambda r: (-counts[r], first[r], r))[0]


__all__ = [
    "ThreadInfo",
    "company_name",
    "first_company",
    "group_threads",
    "is_job_group",
    "role_of",
]
