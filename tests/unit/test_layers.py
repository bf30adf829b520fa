"""The core's layers are folders whose imports run one way: site -> evidence -> data, never back,
with no cycle between modules (read from the code itself, imports inside functions included)."""

from __future__ import annotations

import ast

from support import ROOT

PACKAGE = ROOT / "pywebcompare"
ORDER = {"data": 0, "evidence": 1, "site": 2}  # a layer may import only layers at or below its rank


def module_name(path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path) -> set[str]:
    """Every pywebcompare module a file imports, wherever the import statement stands."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pywebcompare"):
            assert node.level == 0, f"{path}: relative import"
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("pywebcompare"))
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports_of(path) if m in modules and m != name} for name, path in modules.items()}


def layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in ORDER else None


def test_every_module_sits_in_a_layer_folder_but_the_entry_points():
    loose = sorted(m for m in graph() if layer(m) is None)
    assert loose == ["pywebcompare", "pywebcompare.__main__", "pywebcompare.cli"]


def test_imports_run_downward_only():
    upward = [
        f"{m} imports {t}"
        for m, targets in graph().items()
        for t in targets
        if layer(m) and layer(t) and ORDER[layer(t)] > ORDER[layer(m)]
    ]
    assert upward == []


def test_no_import_cycle():
    edges = {m: {t for t in ts if not t.endswith("__init__")} for m, ts in graph().items()}
    # a package imports its own modules (rules/__init__ lists its rules); that is not a cycle
    edges = {m: {t for t in ts if not t.startswith(m + ".")} for m, ts in edges.items()}
    state: dict[str, int] = {}
    cycles = []

    def visit(node, trail):
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*trail[trail.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt, [*trail, nxt])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [node])
    assert cycles == []


def test_the_check_itself_sees_an_upward_import(tmp_path, monkeypatch):
    """Guard against a test that cannot fail: a data module importing the site is reported."""
    fake = tmp_path / "pywebcompare" / "data"
    fake.mkdir(parents=True)
    (fake / "bad.py").write_text("from pywebcompare.site import pages\n")
    (tmp_path / "pywebcompare" / "site").mkdir()
    (tmp_path / "pywebcompare" / "site" / "pages.py").write_text("")
    monkeypatch.setattr(__import__(__name__), "ROOT", tmp_path)
    monkeypatch.setattr(__import__(__name__), "PACKAGE", tmp_path / "pywebcompare")
    assert graph()["pywebcompare.data.bad"] == {"pywebcompare.site.pages"}
