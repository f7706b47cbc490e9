"""No message can stall understanding: adversarial shapes finish well inside a generous limit.

Before the fix, "Interview invite " plus a 100k-character word in the Subject took about two
minutes (a quadratic title pattern). Every shape of the issue — long runs of one character,
of ``a-a-a-``, of digits, of spaces, nested parentheses, a 1 MB single line, 100k-character
header values — goes through ``understand()`` in every place a sender can put it, and
straight into the date, contact and quote parsers at the largest size the parsers can be
handed (``MAX_BODY``). More shapes (``tests/hostile_shapes.py``) run at smaller sizes.

The limit guards against hangs and superlinear blowups only (typical times are well under
a second; ``benchmarks/hostile_inputs.py`` prints them): a real regression takes minutes.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

from agent.understand import could_be_job_mail, understand
from agent.understand.bounds import MAX_BODY
from tests.hostile_shapes import BODY, HEADER, WORD, message, parser_calls, placements, shapes

LIMIT = 30.0  # seconds for one call: generous on a busy machine, minutes before the fix
ISSUE_SHAPES = ["one char", "a-a-a-", "digits", "spaces", "nested parens", "words on one line"]
MORE_SHAPES = [name for name in shapes(10) if name not in ISSUE_SHAPES]


class TooSlow(BaseException):
    """Not an Exception: understand() degrades on exceptions, it must not swallow this."""


@contextmanager
def limit(seconds: float = LIMIT) -> Iterator[None]:
    def alarm(signum: int, frame: object) -> None:
        raise TooSlow(f"took more than {seconds}s")

    old = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _run(call: Callable[[], object]) -> None:
    with limit():
        call()


@pytest.fixture(scope="module")
def full() -> dict[str, str]:
    return shapes(BODY)


@pytest.mark.parametrize("name", ISSUE_SHAPES)
def test_understand_in_every_place(name: str, full: dict[str, str]) -> None:
    for where, raw in placements(full[name]).items():
        try:
            _run(lambda raw=raw: understand(raw, me=["alex@example.com"]))
        except TooSlow as exc:
            pytest.fail(f"understand, {name} in the {where}: {exc}")


@pytest.mark.parametrize("name", ISSUE_SHAPES)
def test_parsers_at_the_largest_size_they_are_given(name: str) -> None:
    text = shapes(MAX_BODY)[name]
    for parser, call in parser_calls(text).items():
        try:
            _run(call)
        except TooSlow as exc:
            pytest.fail(f"{parser} on {name}: {exc}")


@pytest.mark.parametrize("name", MORE_SHAPES)
def test_more_shapes(name: str) -> None:
    text = shapes(HEADER)[name]
    # 100k in the subject, 50k in the body, 10k straight into the parsers: a quadratic
    # pattern already takes many seconds at these sizes
    for where, raw in (
        ("subject", placements(text)["subject"]),
        ("body", placements(text[: HEADER // 2])["body"]),
    ):
        try:
            _run(lambda raw=raw: understand(raw, me=[]))
        except TooSlow as exc:
            pytest.fail(f"understand, {name} in the {where}: {exc}")
    for parser, call in parser_calls(text[:10_000]).items():
        try:
            _run(call)
        except TooSlow as exc:
            pytest.fail(f"{parser} on {name}: {exc}")


def test_the_subject_of_the_issue_is_understood_quickly_and_still_read() -> None:
    raw = message(subject=WORD + "a" * HEADER)
    with limit():
        facts = understand(raw, me=[])
    assert facts.subject.startswith(WORD)


def test_the_first_pass_on_hostile_headers() -> None:
    for name in ISSUE_SHAPES:
        text = shapes(HEADER)[name]
        for raw in (
            message(subject=WORD + text),
            message(From=f"{text} <jane@acme.example>"),
        ):
            head = raw.split(b"\r\n\r\n", 1)[0]
            try:
                _run(lambda head=head, snip=text[:2000]: could_be_job_mail(head, snip))
            except TooSlow as exc:
                pytest.fail(f"could_be_job_mail, {name}: {exc}")


def test_ordinary_mail_is_unchanged_by_the_bounds() -> None:
    from agent.understand.bounds import bounded_body, bounded_header

    body = (
        "Hi Alex,\n\nThanks for your time today. We will get back to you by Friday.\n"
        "Join: https://acme.zoom.us/j/123456789?pwd=abcdefghijklmnopqrstuvwxyz0123456789\n"
    )
    assert bounded_body(body) == body
    assert bounded_header("Interview invitation: Backend Engineer at Acme") == (
        "Interview invitation: Backend Engineer at Acme"
    )
    assert bounded_body("x" * 1000).endswith("…") and len(bounded_body("x" * 1000)) < 400
