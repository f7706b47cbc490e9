"""The sixth labelled batch (issue 12), written blind, scored once before tuning, then tuned on.

147 messages written without reading the classifier and without running it on them: the
phrasings the engine used to miss in fresh words, employer-side recruiting mail,
announcements, non-job interviews and applications, and replies and forwards in every client
format, in en, es, de, fr, it, pt and nl. The before-tuning score (macro-F1 0.831, rejection
precision 1.000, first pass missing one job message) and every miss are in
tests/corpus/README.md.

The batch has since been tuned on (the families of phrasing its misses revealed, written in
every language): the tuned score is accuracy and macro-F1 1.000 with the first pass keeping
every job message. The floors below (0.97) guard it, a little under it so a sound change
elsewhere need not move them; a tuned score is not evidence of generalisation (the seventh
batch, written blind, measures that).
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


def test_batch_macro_f1(report: Report) -> None:
    assert report.macro_f1 >= 0.97, report.table()


def test_batch_accuracy(report: Report) -> None:
    assert report.accuracy >= 0.97, report.table()


def test_batch_first_pass_keeps_every_job_message(report: Report) -> None:
    assert report.firstpass_missed == [], report.firstpass_missed
