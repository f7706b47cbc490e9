"""The phrase vocabulary of hiring mail, read from :mod:`agent.understand.phrasebook`.

Why data: a newcomer who finds a missed phrasing adds an entry to the module of the signal
it speaks for (``phrasebook/rejection.py``, ``phrasebook/veto_interview.py``, ...) and
never reads the engine. Each phrase says what it is (``name``), which languages it is
written in (``lang``), how much it counts (``weight``: a named tier, whose points per
signal live in ``phrasebook/weights.py`` next to the thresholds of the decision), where it
is looked for (``where``: the body, the subject or both) and an ``example`` it must match
(``tests/test_phrases.py`` checks every one). The context a kind needs (hiring talk, job
vocabulary) and what vetoes it are signals of their own: ``process``/``job`` phrases open
the gate, ``veto_<kind>`` phrases count against a kind. Read once per process.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from agent.models import Kind
from agent.understand.phrasebook import Entry

LANGUAGES: frozenset[str] = frozenset({"en", "es", "de", "fr", "it", "pt", "nl"})


class Signal(StrEnum):
    """What a phrase (or a piece of a message's structure) speaks for."""

    # the kinds (DESIGN.md) and the vetoes against them
    INTERVIEW = "interview"
    REJECTION = "rejection"
    OFFER = "offer"
    ASSESSMENT = "assessment"
    APPLICATION_RECEIVED = "application_received"
    VETO_INTERVIEW = "veto_interview"
    VETO_REJECTION = "veto_rejection"
    VETO_OFFER = "veto_offer"
    VETO_ASSESSMENT = "veto_assessment"
    VETO_APPLICATION_RECEIVED = "veto_application_received"
    # context: whether hiring is talked about at all, and by whom
    PROCESS = "process"  # hiring talk: interview and application nouns (the gate)
    JOB = "job"  # job vocabulary: a role, a salary, a requisition
    APPLIED = "applied"  # the candidate applied
    ALERT = "alert"  # bulk mail: job alerts, newsletters, notifications
    OUTREACH = "outreach"  # a recruiter's cold outreach
    # hints the decision reads
    MEETING = "meeting"  # meeting talk: counts for an interview only in hiring context
    STATUS = "status"  # "still reviewing": a status update without a decision
    NONJOB = "nonjob"  # life that borrows hiring words (podcast interviews, rentals)
    EMPLOYMENT = "employment"  # employment words that overrule ``nonjob``
    # whose process it is (agent.understand.whose): not the candidate's own
    EMPLOYER_SIDE = "employer_side"  # the reader hires or interviews
    ANNOUNCEMENT = "announcement"  # a message to a group (a departure, a new hire)
    PRESS = "press"  # the item lines of a press digest

    @property
    def is_context(self) -> bool:
        """Read before the kinds: without job vocabulary the kinds need not be looked for."""
        return self in _CONTEXT

    @property
    def stage(self) -> Stage:
        """When the phrases of this signal are looked for."""
        if self in _CONTEXT:
            return Stage.CONTEXT
        return Stage.WHOSE if self in _WHOSE else Stage.KINDS


class Stage(StrEnum):
    """The phrases looked for together: the context signals first, then the kinds (their
    vetoes and hints), and apart from both, whose process a message is."""

    CONTEXT = "context"
    KINDS = "kinds"
    WHOSE = "whose"


_CONTEXT = frozenset({Signal.JOB, Signal.APPLIED, Signal.ALERT, Signal.OUTREACH, Signal.PROCESS})
_WHOSE = frozenset({Signal.EMPLOYER_SIDE, Signal.ANNOUNCEMENT, Signal.PRESS})
JOB_KINDS: tuple[Kind, ...] = (
    "rejection",
    "offer",
    "assessment",
    "interview",
    "application_received",
)
#: the veto signal against each kind
VETO: dict[str, Signal] = {k: Signal("veto_" + k) for k in JOB_KINDS}


class Where(StrEnum):
    """Which text of a message a phrase is looked for in."""

    BODY = "body"
    SUBJECT = "subject"
    BOTH = "both"


@dataclass(frozen=True)
class Phrase:
    """One phrase of hiring mail as the data file states it."""

    name: str
    signal: Signal
    tier: str  # a named weight, its points in phrasebook/weights.py
    weight: float  # the tier's points for this signal
    pattern: str  # a regular expression, written in lower case, matched case-insensitively
    lang: tuple[str, ...]
    where: Where = Where.BODY
    example: str | None = None

    @property
    def key(self) -> str:
        """``signal/name``: unique over the whole vocabulary."""
        return f"{self.signal.value}/{self.name}"


@dataclass(frozen=True)
class DecisionWeights:
    """Every number of the decision, as ``phrasebook/weights.py`` names them."""

    tiers: dict[Signal, dict[str, float]]
    evidence: dict[str, float]
    thresholds: dict[str, float]
    rules: dict[str, float]
    confidence: dict[str, float]

    @classmethod
    def of(cls, module: Any) -> DecisionWeights:
        """From a module (or any object) with TIERS, EVIDENCE, THRESHOLDS, RULES, CONFIDENCE."""
        return cls(
            tiers={
                Signal(s): {t: float(v) for t, v in ts.items()} for s, ts in module.TIERS.items()
            },
            evidence={k: float(v) for k, v in module.EVIDENCE.items()},
            thresholds={k: float(v) for k, v in module.THRESHOLDS.items()},
            rules={k: float(v) for k, v in module.RULES.items()},
            confidence={k: float(v) for k, v in module.CONFIDENCE.items()},
        )


class VocabularyError(ValueError):
    """A phrasebook entry says something the engine cannot use (caught by the tests)."""


@functools.cache
def decision_weights() -> DecisionWeights:
    """The named numbers of ``phrasebook/weights.py`` (tiers per signal, thresholds, rules)."""
    return DecisionWeights.of(importlib.import_module("agent.understand.phrasebook.weights"))


@functools.cache
def load_phrases() -> tuple[Phrase, ...]:
    """Every phrase of every signal module, in order (the order evidence is listed in)."""
    out: list[Phrase] = []
    for signal in Signal:
        module = importlib.import_module(f"agent.understand.phrasebook.{signal.value}")
        out += phrases_of(signal, module.PHRASES)
    return tuple(out)


def phrases_of(
    signal: Signal, entries: Iterable[Entry], weights: DecisionWeights | None = None
) -> list[Phrase]:
    """The phrasebook's entries for ``signal`` as phrases, their tiers resolved to points."""
    w = weights or decision_weights()
    out: list[Phrase] = []
    for entry in entries:
        if entry.weight not in w.tiers.get(signal, {}):
            raise VocabularyError(
                f"{signal.value}/{entry.name}: no weight tier {entry.weight!r} for {signal.value}"
            )
        if not entry.lang or not set(entry.lang) <= LANGUAGES:
            raise VocabularyError(
                f"{signal.value}/{entry.name}: lang must be some of {sorted(LANGUAGES)}"
            )
        pattern = entry.pattern if isinstance(entry.pattern, str) else "".join(entry.pattern)
        out.append(
            Phrase(
                name=entry.name,
                signal=signal,
                tier=entry.weight,
                weight=w.tiers[signal][entry.weight],
                pattern=pattern,
                lang=tuple(entry.lang),
                where=Where(entry.where),
                example=entry.example,
            )
        )
    return out


__all__ = [
    "JOB_KINDS",
    "LANGUAGES",
    "VETO",
    "DecisionWeights",
    "Phrase",
    "Signal",
    "Stage",
    "VocabularyError",
    "Where",
    "decision_weights",
    "load_phrases",
    "phrases_of",
]
