"""classify over many messages runs on every core: same results, same order, same errors."""

from __future__ import annotations

import functools
from datetime import UTC
from pathlib import Path

from agent.commands import classify_workers
from agent.commands.understand_cmd import _classify_one, _load_rules, _Who

CORPUS = Path(__file__).parent / "corpus"


def _sources() -> list[tuple[str, bytes | Exception]]:
    """Every corpus message, with an unreadable message and an unreadable file among them."""
    files = sorted(CORPUS.glob("*/*.eml"))
    out: list[tuple[str, bytes | Exception]] = [(str(p), p.read_bytes()) for p in files]
    out.insert(7, ("empty.eml", b""))
    out.insert(300, ("missing.eml", FileNotFoundError("no such file")))
    out.insert(len(out) - 3, ("noise.eml", b"\x00\x01 not mail"))
    return out


def test_many_messages_come_back_as_one_process_would_give_them() -> None:
    sources = _sources()
    assert len(sources) >= classify_workers.PARALLEL_FROM  # the worker path is taken
    work = functools.partial(
        _classify_one, me=_Who(["alex.rivera@example.com"], []), tz=UTC, as_json=True
    )
    serial = [
        (label, item if isinstance(item, Exception) else work(item, label))
        for label, item in sources
    ]
    here: list[str] = []

    def counted(raw: bytes, label: str) -> object:
        here.append(label)  # a worker's calls land in the worker's copy of this list
        return work(raw, label)

    parallel = list(classify_workers.in_order(iter(sources), counted, before_fork=_load_rules))
    if classify_workers._cores() >= 2:
        assert here == []  # the workers did it
    assert [label for label, _ in parallel] == [label for label, _ in sources]
    for (label, want), (_, got) in zip(serial, parallel, strict=True):
        if isinstance(want, Exception):
            assert got is want, label
        else:
            assert got == want, label  # the same JSON line, or why it is unreadable
    errors = {
        label
        for label, r in parallel
        if isinstance(r, Exception) or getattr(r, "unreadable", None) is not None
    }
    assert errors == {"empty.eml", "missing.eml", "noise.eml"}


def test_a_few_messages_stay_in_this_process() -> None:
    sources = _sources()[:5]
    calls: list[str] = []

    def work(raw: bytes, label: str) -> str:
        calls.append(label)  # only this process's list sees the call
        return label.upper()

    got = list(classify_workers.in_order(iter(sources), work))
    assert [r for _, r in got] == [label.upper() for label, _ in sources]
    assert calls == [label for label, _ in sources]


def test_what_is_prepared_before_the_fork_is_shared_by_every_worker() -> None:
    sources = _sources()
    prepared: list[str] = []

    def prepare() -> None:
        prepared.append("rules")

    def work(raw: bytes, label: str) -> int:
        return len(prepared)  # a worker sees its copy of what this process prepared

    got = list(classify_workers.in_order(iter(sources), work, before_fork=prepare))
    if classify_workers._cores() < 2:
        return  # no workers on one core: nothing to prepare for them
    assert prepared == ["rules"]  # once, here
    assert {r for _, r in got if not isinstance(r, Exception)} == {1}


def test_a_few_messages_need_nothing_prepared_for_workers() -> None:
    prepared: list[str] = []
    got = list(
        classify_workers.in_order(
            iter(_sources()[:5]), lambda raw, label: label, before_fork=lambda: prepared.append("x")
        )
    )
    assert len(got) == 5
    assert prepared == []
