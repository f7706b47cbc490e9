"""Generalisation check on a held-out batch that was never used to tune the engine.

The main corpus (tests/test_corpus.py) was tuned on, so it overstates accuracy. This one
reports honestly and fails only below a floor, to catch a change that generalises badly.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_corpus import Report, evaluate

HOLDOUT = Path(__file__).parent / "corpus" / "holdout"


@pytest.fixture(scope="module")
def report() -> Report:
    rep = evaluate(HOLDOUT)
    print("\nheld-out batch\n" + rep.table())
    return rep


def test_holdout_is_present(report: Report) -> None:
    assert report.n >= 60


def test_holdout_rejection_precision(report: Report) -> None:
    # a "thank you for the rejection" to a non-rejection is the worst draft we can make
    assert report.pr("rejection")[0] >= 0.95, report.table()


def test_holdout_macro_f1_floor(report: Report) -> None:
    assert report.macro_f1 >= 0.85, report.table()


def test_holdout_first_pass_keeps_every_job_message(report: Report) -> None:
    assert report.firstpass_missed == [], report.firstpass_missed
