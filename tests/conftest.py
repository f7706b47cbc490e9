"""Test-wide settings."""

from __future__ import annotations

import os

from hypothesis import settings

# CI must not go red on a random draw nobody can reproduce: there the fuzz tests replay the
# same examples every run (the local default keeps exploring new ones).
settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
