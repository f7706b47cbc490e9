"""The labelled batches written for issue 12, each held to the floors it has earned.

Every batch under ``tests/corpus/batchN`` was written for issue 12 and scored once before
any tuning; that first score, what it got wrong and (where a batch was tuned on) the tuned
score are in tests/corpus/README.md. The fifth holds the main corpus's thresholds. The
sixth to fifteenth were written blind (no classifier code or phrase data read, nothing run on
them while writing, the earlier batches' messages unread): recruiter and hiring mail in
fresh phrasings, employer-side recruiting mail, announcements, non-job interviews and
applications, and replies and forwards in every client format, in en, es, de, fr, it, pt
and nl. A tuned batch's floors sit a little under its tuned score and guard against
regressions; a tuned score is not evidence of generalisation. An untuned batch's floors sit
just under its first score: raise them only with a measured score.

The batches are kept apart from ``messages/`` because the Gmail query's recall test
(issue 15) does not cover their Dutch, Italian and Portuguese phrasings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.test_corpus import Report, evaluate

CORPUS = Path(__file__).parent / "corpus"


@dataclass(frozen=True)
class Floors:
    """What one batch must keep scoring; ``None`` where nothing is asserted."""

    messages: int
    macro_f1: float
    rejection_precision: float
    accuracy: float | None = None
    interview_precision: float | None = None
    first_pass_keeps_all: bool = True


FLOORS: dict[str, Floors] = {
    # 127 messages; the main corpus's thresholds (tuned on: before 0.782, after 0.992).
    "batch5": Floors(messages=120, macro_f1=0.93, rejection_precision=0.97),
    # 147 messages; before tuning macro-F1 0.831, tuned 1.000.
    "batch6": Floors(messages=120, macro_f1=0.97, rejection_precision=0.97, accuracy=0.97),
    # 157 messages; before tuning macro-F1 0.841, tuned 0.978. The first pass still drops
    # `gupy-caju-agende-horario`, so that property is not asserted yet.
    "batch7": Floors(
        messages=130,
        macro_f1=0.96,
        rejection_precision=0.97,
        accuracy=0.96,
        interview_precision=0.97,
        first_pass_keeps_all=False,
    ),
    # 141 messages; before tuning macro-F1 0.893 (main 3fafb6b), tuned 1.000.
    "batch8": Floors(
        messages=140,
        macro_f1=0.97,
        rejection_precision=0.97,
        accuracy=0.97,
        interview_precision=0.97,
    ),
    # 133 messages; before tuning macro-F1 0.886 (main cba8e3c); not tuned on.
    "batch9": Floors(
        messages=133,
        macro_f1=0.88,
        rejection_precision=0.97,
        accuracy=0.84,
        interview_precision=0.92,
    ),
    # 159 messages; before tuning macro-F1 0.911 (main 8e1bcb9, learned fallback on; 0.833
    # at 7d37618), tuned on its refusals 0.945, then on its invitations and receipts 0.987
    # (interview precision 1.000). The first pass drops `ixly-capaciteitentest`.
    "batch10": Floors(
        messages=159,
        macro_f1=0.97,
        rejection_precision=0.97,
        accuracy=0.97,
        interview_precision=0.95,
        first_pass_keeps_all=False,
    ),
    # 152 messages; before tuning macro-F1 0.891, rejection precision 0.962 (main 8e1bcb9;
    # 0.848 at 7d37618), tuned on its refusals 0.917 and 1.000, then on its invitations and
    # receipts 0.978 (interview precision 0.941).
    "batch11": Floors(
        messages=152,
        macro_f1=0.96,
        rejection_precision=0.97,
        accuracy=0.96,
        interview_precision=0.92,
    ),
    # 160 messages; before tuning macro-F1 0.839, rejection precision 1.000 (main ff7ea14,
    # learned fallback on; 0.819 without it; 0.827 at 2d2fd02). The first pass drops
    # `hospital-aurora-teste-logica`, `ayuntamiento-lista-admitidos` and
    # `univalpiana-concorso-non-ammesso`.
    "batch12": Floors(
        messages=160,
        macro_f1=0.98,
        rejection_precision=0.97,
        accuracy=0.98,
        interview_precision=0.97,
    ),
    # 152 messages; before tuning macro-F1 0.907, rejection precision 1.000 (main e0d8109,
    # learned fallback on; 0.885 without it; 0.889 at 2d2fd02); tuned on its refusals 0.931
    # (rejection 1.000/1.000), then on an acknowledgement's process map 0.940, then on its
    # invitations, stage lists and not-a-kind families (thread context included) 1.000.
    "batch13": Floors(
        messages=152,
        macro_f1=0.99,
        rejection_precision=0.97,
        accuracy=0.99,
        interview_precision=0.97,
    ),
    # 155 messages; before tuning macro-F1 0.906, rejection precision 0.963 (main b8b76de,
    # learned fallback and its second opinion on; 0.851 without them; 0.906 at 6f430ac).
    # The first pass dropped `quadrant-refus-poste-pourvu` (flatchr.io and the "H/F" of a
    # job title now keep it). Tuned on its invitations, conditions, refusals and
    # assessments: 0.996 (the Dutch moved "gesprek" with no hiring context still `other`).
    "batch14": Floors(
        messages=155,
        macro_f1=0.98,
        rejection_precision=0.97,
        accuracy=0.98,
        interview_precision=0.97,
    ),
    # 148 messages; before tuning macro-F1 0.933, rejection precision 1.000 (main 9c60e31,
    # learned fallback refit with batch14 and its second opinion on; 0.920 without them;
    # 0.928 at 6f430ac). Tuned on its nine misses by family: 1.000.
    "batch15": Floors(
        messages=148,
        macro_f1=0.98,
        rejection_precision=0.97,
        accuracy=0.98,
        interview_precision=0.97,
    ),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def batch(request: pytest.FixtureRequest) -> tuple[Floors, Report]:
    name: str = request.param
    rep = evaluate(CORPUS / name)
    print(f"\n{name}\n" + rep.table())
    return FLOORS[name], rep


def test_every_batch_has_floors() -> None:
    assert sorted(p.name for p in CORPUS.glob("batch*") if p.is_dir()) == sorted(FLOORS)


def test_batch_is_present(batch: tuple[Floors, Report]) -> None:
    floors, report = batch
    assert report.n >= floors.messages


def test_batch_macro_f1(batch: tuple[Floors, Report]) -> None:
    floors, report = batch
    assert report.macro_f1 >= floors.macro_f1, report.table()


def test_batch_accuracy(batch: tuple[Floors, Report]) -> None:
    floors, report = batch
    if floors.accuracy is None:
        pytest.skip("no accuracy floor for this batch")
    assert report.accuracy >= floors.accuracy, report.table()


def test_batch_interview_precision(batch: tuple[Floors, Report]) -> None:
    floors, report = batch
    if floors.interview_precision is None:
        pytest.skip("no interview-precision floor for this batch")
    assert report.pr("interview")[0] >= floors.interview_precision, report.table()


def test_batch_rejection_precision(batch: tuple[Floors, Report]) -> None:
    floors, report = batch
    assert report.pr("rejection")[0] >= floors.rejection_precision, report.table()


def test_batch_first_pass_keeps_every_job_message(batch: tuple[Floors, Report]) -> None:
    floors, report = batch
    if not floors.first_pass_keeps_all:
        pytest.skip("the first pass still drops a job message of this batch (README)")
    assert report.firstpass_missed == [], report.firstpass_missed
