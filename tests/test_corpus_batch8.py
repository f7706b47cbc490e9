"""The eighth labelled batch (issue 12), written blind and scored once before any tuning.

141 messages written without reading the classifier or its phrase data, without running it
on them and without reading the fifth to seventh batches' messages: recruiter and hiring mail
in fresh phrasings, employer-side recruiting mail, announcements, non-job interviews and
applications, and replies and forwards in every client format, in en, es, de, fr, it, pt and
nl. The before-tuning score (accuracy 0.894, macro-F1 0.893, rejection precision 1.000, first
pass keeping every job message; main at 3fafb6b) and every miss are in tests/corpus/README.md.

The floors were first set just under that score; after tuning on the batch (branch
i12-tune8, a tuned score, not evidence) they sit just under the tuned score.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpus import Report, evaluate

BATCH = Path(__file__).parent / "corpus" / "batch8"


@pytest.fixture(scope="module")
def report() -> Report:
    rep = evaluate(BATCH)
    print("\neighth batch\n" + rep.table())
    return rep


def test_batch_is_present(report: Report) -> None:
    assert report.n >= 140


def test_batch_macro_f1_floor(report: Report) -> None:
    assert report.macro_f1 >= 0.97, report.table()


def test_batch_accuracy_floor(report: Report) -> None:
    assert report.accuracy >= 0.97, report.table()


def test_batch_interview_precision_floor(report: Report) -> None:
    assert report.pr("interview")[0] >= 0.97, report.table()


def test_batch_rejection_precision_floor(report: Report) -> None:
    assert report.pr("rejection")[0] >= 0.97, report.table()


def test_batch_first_pass_keeps_every_job_message(report: Report) -> None:
    assert not report.firstpass_missed, report.firstpass_missed
