"""Every third-party module the package imports is declared in pyproject.toml.

A fresh virtualenv has only what is declared; this machine's Python may have more (click
was once imported but never declared, and worked here only by accident).
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OWN = {"agent", "tests", "benchmarks"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_names(specs: list[str]) -> set[str]:
    return {_norm(re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0]) for spec in specs}


def _imported_roots(folder: Path) -> dict[str, str]:
    """Top-level module name → first file importing it (every import, also inside functions)."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                found.setdefault(name.split(".")[0], str(path.relative_to(ROOT)))
    return found


def _third_party(found: dict[str, str]) -> dict[str, str]:
    return {m: f for m, f in found.items() if m not in sys.stdlib_module_names and m not in OWN}


PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
RUNTIME = _requirement_names(PROJECT["dependencies"])
TEST = RUNTIME | _requirement_names(PROJECT["optional-dependencies"]["test"])
# development-only tools of the benchmarks (the phrase-weight fit), never needed by tests
FIT = _requirement_names(PROJECT["optional-dependencies"]["fit"])
# ...which a test environment (pip install '.[test]') does not have installed, so their
# import names cannot be looked up: the distribution each import name comes from
DEV_ONLY = {"sklearn": {"scikit-learn"}, "scipy": {"scipy"}}


@pytest.mark.parametrize(
    ("folder", "declared"),
    [("agent", RUNTIME), ("tests", TEST), ("benchmarks", TEST | FIT)],
)
def test_every_import_is_declared(folder: str, declared: set[str]) -> None:
    dists = packages_distributions()
    missing = []
    for module, where in sorted(_third_party(_imported_roots(ROOT / folder)).items()):
        owners = {_norm(d) for d in dists.get(module, [])} or DEV_ONLY.get(module, set())
        if not owners & declared:
            missing.append(f"{module} (imported in {where}; installed from {owners or 'nowhere'})")
    assert not missing, "imported but not declared in pyproject.toml: " + "; ".join(missing)
