"""The seventh labelled batch (issue 12), written blind and scored once before any tuning.

157 messages written without reading the classifier or its phrase data and without running it
on them: recruiter and hiring mail in many phrasings, employer-side recruiting mail,
announcements, non-job interviews and applications, and replies and forwards in every client
format, in en, es, de, fr, it, pt and nl. The before-tuning score (macro-F1 0.841, rejection
precision 0.875, first pass missing one job message) and every miss are in
tests/corpus/README.md.

It has since been tuned on (branch i12-tune7: macro-F1 0.978, rejection precision 1.000;
tests/corpus/README.md, "Seventh batch after tuning on it"), so the floors below are a
tuned score held against regressions, not evidence of generalisation. The first-pass
property is not asserted because it does not hold yet (`gupy-caju-agende-horario` is dropped
by the first pass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpus import Report, evaluate

BATCH = Path(__file__).parent / "corpus" / "batch7"


@pytest.fixture(scope="module")
def report() -> Report:
    rep = evaluate(BATCH)
    print("\nseventh batch\n" + rep.table())
    return rep


def test_batch_is_present(report: Report) -> None:
    assert report.n >= 130


def test_batch_macro_f1_floor(report: Report) -> None:
    assert report.macro_f1 >= 0.96, report.table()


def test_batch_accuracy_floor(report: Report) -> None:
    assert report.accuracy >= 0.96, report.table()


def test_batch_interview_precision_floor(report: Report) -> None:
    assert report.pr("interview")[0] >= 0.97, report.table()


def test_batch_rejection_precision_floor(report: Report) -> None:
    assert report.pr("rejection")[0] >= 0.97, report.table()
