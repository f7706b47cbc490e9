"""Test-wide settings."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from hypothesis import settings

if TYPE_CHECKING:
    from tests.dovecot import DovecotServer

# CI must not go red on a random draw nobody can reproduce: there the fuzz tests replay the
# same examples every run (the local default keeps exploring new ones).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="module")
def dovecot() -> Iterator[DovecotServer]:
    """A real Dovecot of its own for each test module that asks for one (skipped locally,
    failed on CI, without the binary); a module needing other settings defines its own."""
    from tests.dovecot import require_dovecot, running_dovecot

    require_dovecot()
    with running_dovecot() as server:
        yield server
