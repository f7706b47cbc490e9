"""The import structure: layers, a pure core that imports no edge, no import cycles.

The core (understanding, follow-up rules, the data model, the sender vocabulary) decides;
the edges (store, mail backends, daemon, CLI and its commands, the pipeline that wires them,
the review page) do I/O. DESIGN.md: the core never imports an edge. Imports are read with
``ast`` from the source, function-local ones included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AGENT = ROOT / "agent"
CORE = (
    "agent.understand",
    "agent.followup",
    "agent.models",
    "agent.senders",
    "agent.company_names",
    "agent.person_names",
)
EDGES = (
    "agent.store",
    "agent.mail",
    "agent.daemon",
    "agent.cli",
    "agent.clikit",
    "agent.commands",
    "agent.pipeline",
    "agent.review",
    "agent.demo",
)


def _module_name(path: Path) -> str:
    name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return name.removesuffix(".__init__")


MODULES = {_module_name(p): p for p in sorted(AGENT.rglob("*.py"))}


def _imports(path: Path, *, top_level_only: bool) -> list[tuple[int, str]]:
    """``(line, module)`` for each agent module ``path`` imports (a name imported from a
    package counts as its submodule when there is one)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    out: list[tuple[int, str]] = []
    for node in nodes:
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("agent")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("agent"):
            base = str(node.module)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                out.append((node.lineno, sub if sub in MODULES else base))
    return out


def _is_under(module: str, roots: tuple[str, ...]) -> bool:
    return any(module == r or module.startswith(r + ".") for r in roots)


def test_the_modules_are_found() -> None:
    assert "agent.senders" in MODULES and "agent.followup.status" in MODULES
    assert _is_under("agent.mail.gmail", EDGES) and not _is_under("agent.models", EDGES)


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _is_under(m, CORE)))
def test_the_core_imports_no_edge(module: str) -> None:
    wrong = [
        f"line {line}: {name}"
        for line, name in _imports(MODULES[module], top_level_only=False)
        if _is_under(name, EDGES)
    ]
    assert wrong == [], f"{module} imports an edge module"


#: Layers, lowest first: a module imports only from its own layer or below.
LAYERS: tuple[tuple[str, ...], ...] = (
    (
        "agent",  # the package itself: its version
        "agent.models",
        "agent.senders",
        "agent.company_names",
        "agent.person_names",
        "agent.config",
        "agent.errors",
        "agent.faults",
        "agent.private_files",
        "agent.terminal_text",
        "agent.logsetup",
    ),
    ("agent.understand", "agent.followup"),
    ("agent.store", "agent.store_lock", "agent.mail", "agent.notify", "agent.template_files"),
    ("agent.pipeline",),
    ("agent.session", "agent.demo_sample", "agent.draft_scenarios"),
    ("agent.daemon", "agent.demo", "agent.review"),
    ("agent.cli", "agent.clikit", "agent.commands", "agent.__main__"),
)


def _layer(module: str) -> int:
    found = [
        n
        for n, roots in enumerate(LAYERS)
        if module in roots or _is_under(module, tuple(r for r in roots if r != "agent"))
    ]
    assert found, f"{module} is in no layer: add it to LAYERS"
    return max(found)


def test_the_layers_are_read() -> None:
    assert _layer("agent") == _layer("agent.senders") == 0
    assert _layer("agent.followup.rules") < _layer("agent.store") < _layer("agent.pipeline")
    assert _layer("agent.commands.drafts_cmd") == len(LAYERS) - 1
    with pytest.raises(AssertionError):
        _layer("agent.somewhere_new")


def test_nothing_imports_upwards() -> None:
    up = [
        f"{module} -> {name}"
        for module, path in MODULES.items()
        for _, name in _imports(path, top_level_only=False)
        if _layer(name) > _layer(module)
    ]
    assert up == []


def test_understanding_does_not_use_follow_up() -> None:
    """Understanding reads one message; follow-up plans from what it read. What both need
    (people's and companies' names, the sender vocabulary) sits below both."""
    used = {
        (module, name)
        for module, path in MODULES.items()
        if _is_under(module, ("agent.understand",))
        for _, name in _imports(path, top_level_only=False)
        if _is_under(name, ("agent.followup",))
    }
    assert used == set(), sorted(used)


#: Calls that read or list files: ``open()``, ``path.read_bytes()``, ``os.walk()`` ...
FILE_METHODS = frozenset({"open", "read_bytes", "read_text", "iterdir", "rglob"})
OS_CALLS = frozenset({"walk", "scandir", "listdir"})


def _reads_a_file(call: ast.Call) -> bool:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id == "open"
    if not isinstance(f, ast.Attribute):
        return False
    if isinstance(f.value, ast.Name) and f.value.id in ("os", "glob"):
        return f.attr in OS_CALLS or f.attr.startswith("glob")
    return f.attr in FILE_METHODS


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _is_under(m, CORE)))
def test_the_core_reads_no_files(module: str) -> None:
    """Templates, message files and settings are read at the edge and handed in."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    calls = [
        f"line {node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _reads_a_file(node)
    ]
    assert calls == [], f"{module} reads files"


def test_the_file_reading_check_sees_reads() -> None:
    def calls(src: str) -> list[bool]:
        return [_reads_a_file(n) for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Call)]

    assert calls("open('x')") == [True]
    assert calls("p.read_bytes()") == [True]
    assert calls("os.walk(p)") == [True]
    assert calls("event.walk('VEVENT')") == [False]


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in ``graph``, or None (iterative depth-first search)."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    for start in sorted(graph):
        if state.get(start):
            continue
        path = [start]
        stack = [iter(sorted(graph[start]))]
        state[start] = 1
        while stack:
            nxt = next(stack[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                stack.append(iter(sorted(graph.get(nxt, ()))))
    return None


def _graph(*, top_level_only: bool) -> dict[str, set[str]]:
    return {
        name: {m for _, m in _imports(path, top_level_only=top_level_only) if m != name}
        for name, path in MODULES.items()
    }


def test_no_import_cycles() -> None:
    """None at import time, and none hidden in a function-local import either."""
    assert _cycle(_graph(top_level_only=True)) is None
    assert _cycle(_graph(top_level_only=False)) is None


def test_the_cycle_finder_finds_one() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
