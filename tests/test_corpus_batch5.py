"""The fifth labelled batch (issue 12): the candidate's own process versus everyone else's.

127 messages written for issue 12 and scored once before any tuning (the score is in
tests/corpus/README.md): phrasings the engine missed in seven languages, the candidate as
employer or interviewer, announcements, colleagues' meetings, and replies and forwards in
every client format. Kept apart from ``messages/`` because the Gmail query's recall test
(issue 15) does not cover its Dutch, Italian and Portuguese phrasings yet. Same thresholds
as the main corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpus import Report, evaluate

BATCH = Path(__file__).parent / "corpus" / "batch5"


@pytest.fixture(scope="module")
def report() -> Report:
    rep = evaluate(BATCH)
    print("\nfifth batch\n" + rep.table())
    return rep


def test_batch_is_present(report: Report) -> None:
    assert report.n >= 120


def test_batch_rejection_precision(report: Report) -> None:
    assert report.pr("rejection")[0] >= 0.97, report.table()


def test_batch_macro_f1(report: Report) -> None:
    assert report.macro_f1 >= 0.93, report.table()


def test_batch_first_pass_keeps_every_job_message(report: Report) -> None:
    assert report.firstpass_missed == [], report.firstpass_missed
