"""``open_session``: the one place that opens store, lock and mailbox for a pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.errors import StoreLocked
from agent.models import FollowUpStatus
from agent.pipeline import upcoming_due_times
from agent.session import open_session
from agent.store import Store
from agent.store_lock import lock_is_free
from tests.test_pipeline import EXPECTED_DRAFTS, NOW, _setup


def test_a_writing_session_holds_the_lock_and_runs_the_pass(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    db = Path(cfg.store.path)
    with open_session(cfg, now=NOW) as session:
        assert not lock_is_free(db)
        with pytest.raises(StoreLocked), open_session(cfg, now=NOW):
            pass  # a second writer is refused at once
        summary = session.run_once()
        assert {d.application for d in summary.drafts} == EXPECTED_DRAFTS
        # the pass hands the daemon its due times: the same the store gives afterwards
        assert summary.upcoming == upcoming_due_times(cfg, session.store, session.account, now=NOW)
        assert summary.next_due_at == (summary.upcoming[0] if summary.upcoming else None)
        apps = {a.company for a in session.timeline().applications}
        assert apps >= EXPECTED_DRAFTS
    assert lock_is_free(db)
    with Store.open(db) as store:
        drafted = store.followups("maildir", [FollowUpStatus.DRAFTED])
        assert len(drafted) == len(EXPECTED_DRAFTS)


def test_a_dry_run_session_creates_no_store(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    db = Path(cfg.store.path)
    with open_session(cfg, now=NOW, dry_run=True) as session:
        summary = session.run_once()
    assert summary.dry_run and {d.application for d in summary.drafts} == EXPECTED_DRAFTS
    assert summary.drafts_created == 0
    assert not db.exists()


def test_the_daemon_step_takes_no_second_lock(tmp_path: Path) -> None:
    cfg, _ = _setup(tmp_path)
    with open_session(cfg, now=NOW) as outer, open_session(cfg, now=NOW, lock=False) as step:
        assert step.run_once().errors == []
        assert outer.store.followups(step.account)
