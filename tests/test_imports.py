"""The package's import graph: no cycle, and the stages never import the layers built on them.

Read from the source with `ast` (relative imports resolved, imports under `if TYPE_CHECKING:` left out:
they never run), so a test fails before an import cycle shows up as a half-initialized module.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = "directive_extract"
SRC = ROOT / "src" / PACKAGE
# what the stages feed: a stage importing one of these imports upward
ABOVE_THE_STAGES = {"pipeline", "output", "batch", "cli", "report", "tables", "evaluate"}
# the agency package's only imports outside itself
AGENCIES_MAY_IMPORT = {
    "document",
    "findings",
    "names",
    "vn",
    "resources",
    "errors",
    "cues",
    "vocab",
    "patterns",
    "item_labels",
    "syllables",
}


def module_names() -> dict[str, Path]:
    modules = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = [PACKAGE, *path.relative_to(SRC).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _runtime_imports(nodes: list[ast.stmt]):
    """Every Import / ImportFrom among `nodes` and inside them, the bodies of `if TYPE_CHECKING:` excepted."""
    for node in nodes:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        elif isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            yield from _runtime_imports(node.orelse)
        else:
            yield from _runtime_imports([n for n in ast.iter_child_nodes(node) if isinstance(n, ast.stmt)])


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The package modules `name` imports: `from . import x` is module x when x is one, else the package."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)).body):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                source = f"{base}.{node.module}" if node.module else base
            else:
                source = node.module or ""
            targets = [f"{source}.{a.name}" if f"{source}.{a.name}" in modules else source for a in node.names]
        found.update(t for t in targets if t == PACKAGE or t.startswith(PACKAGE + "."))
    return found


def import_graph() -> dict[str, set[str]]:
    modules = module_names()
    return {name: imports_of(name, path, modules) for name, path in modules.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph` as [a, b, …, a], or None; depth-first, in sorted order so the answer is stable."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def full(name: str) -> str:
    return f"{PACKAGE}.{name}" if name else PACKAGE


def short(name: str) -> str:
    return name.removeprefix(PACKAGE + ".")


# ---------------------------------------------------------------- the checker itself


def test_the_cycle_finder_on_small_graphs() -> None:
    cases = [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b", "c"}, "b": {"d"}, "c": {"d"}, "d": set()}, None),  # a diamond is no cycle
        ({"a": {"a"}}, ["a", "a"]),
        ({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": {"d"}, "d": {"b"}}, ["b", "c", "d", "b"]),
    ]
    failures = [
        f"{graph}: expected {expected}, got {got}"
        for graph, expected in cases
        if (got := find_cycle(graph)) != expected
    ]
    assert not failures, "\n".join(failures)


def test_the_graph_resolves_relative_imports() -> None:
    graph = import_graph()
    expected = [
        ("pipeline", "stages.tasks"),  # from .stages.tasks import tasks
        ("pipeline", "stages.agencies"),  # from .stages.agencies import recognize_agencies (the package)
        ("stages.metrics", "resources"),  # from .. import resources: the module, not the package
        ("stages.agencies.matcher", "resources"),  # from ... import resources
        ("stages.agencies", "stages.agencies.recognizer"),  # an __init__'s "." is its own package
        ("stages.header", "stages.agencies.canonical"),
        ("batch", ""),  # from . import extract (in a function): a name of the package, not a module
    ]
    missing = [f"{a} -> {b or PACKAGE}" for a, b in expected if full(b) not in graph[full(a)]]
    assert not missing, f"edges not found: {missing}"
    # document.py imports the stages' result types under TYPE_CHECKING only: not an edge
    assert not any(target.startswith(full("stages")) for target in graph[full("document")]), graph[full("document")]
    unknown = {t for targets in graph.values() for t in targets if t not in graph}
    assert not unknown, f"imports of modules that do not exist: {unknown}"


# ---------------------------------------------------------------- the package


def test_the_package_has_no_import_cycle() -> None:
    cycle = find_cycle(import_graph())
    assert cycle is None, "import cycle: " + " -> ".join(short(name) for name in cycle)


def test_no_stage_imports_upward() -> None:
    upward = {full(name) for name in ABOVE_THE_STAGES} | {PACKAGE}  # the package's __init__ imports the pipeline
    failures = [
        f"{short(module)} imports {short(target)}"
        for module, targets in sorted(import_graph().items())
        if module.startswith(f"{PACKAGE}.stages.")
        for target in sorted(targets & upward)
    ]
    assert not failures, "\n".join(failures)


def test_the_agency_package_imports_only_the_shared_basics() -> None:
    inside = full("stages.agencies")
    allowed = {full(name) for name in AGENCIES_MAY_IMPORT}
    failures = [
        f"{short(module)} imports {short(target)}"
        for module, targets in sorted(import_graph().items())
        if module == inside or module.startswith(inside + ".")
        for target in sorted(targets)
        if not (target == inside or target.startswith(inside + ".") or target in allowed)
    ]
    assert not failures, "\n".join(failures)
