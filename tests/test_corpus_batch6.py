"""The sixth labelled batch (issue 12), written blind and scored once before any tuning.

147 messages written without reading the classifier and without running it on them: the
phrasings the engine used to miss in fresh words, employer-side recruiting mail,
announcements, non-job interviews and applications, and replies and forwards in every client
format, in en, es, de, fr, it, pt and nl. The before-tuning score (macro-F1 0.831, rejection
precision 1.000, first pass missing one job message) and every miss are in
tests/corpus/README.md.

Nobody has tuned on this batch yet, so the thresholds below are the measured floor, a little
under the first score, not the targets (macro-F1 >= 0.93): they catch a regression on mail
the rules were not written for. Raise them when the batch is tuned on. The first-pass
property is not asserted because it does not hold yet (`943-hazelaar-niet-uitnodigen`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpus import Report, evaluate

BATCH = Path(__file__).parent / "corpus" / "batch6"


@pytest.fixture(scope="module")
def report() -> Report:
    rep = evaluate(BATCH)
    print("\nsixth batch\n" + rep.table())
    return rep


def test_batch_is_present(report: Report) -> None:
    assert report.n >= 120


def test_batch_rejection_precision(report: Report) -> None:
    assert report.pr("rejection")[0] >= 0.97, report.table()


def test_batch_macro_f1_floor(report: Report) -> None:
    assert report.macro_f1 >= 0.80, report.table()


def test_batch_accuracy_floor(report: Report) -> None:
    assert report.accuracy >= 0.80, report.table()
