"""A framework is data: no framework id, package name or import name is written in the code (the
tools read them from data/frameworks/<id>.yaml through pywebcompare/data/profiles.py)."""

from __future__ import annotations

import ast
import re

from support import ROOT

from pywebcompare.data.profiles import profiles

CODE = [*sorted((ROOT / "pywebcompare").rglob("*.py")), *sorted((ROOT / "benchmarks").rglob("*.py")), ROOT / "dev.py"]
# Server kinds of examples/serve.py name servers, not frameworks; those that ship with a framework carry
# its name (aiohttp's web server, Tornado, Sanic, CherryPy's Cheroot, Robyn's own): allowed as server words.
SERVE = (ROOT / "examples" / "serve.py").read_text()
SERVER_KINDS = set(ast.literal_eval(re.search(r"^KINDS = (\(.*?\))$", SERVE, re.S | re.M).group(1)))


def names() -> set[str]:
    found = set()
    for fid, p in profiles().items():
        found |= {fid, p.package.lower(), p.module.lower()}
    return found - SERVER_KINDS


def literals(path):
    """Every string constant of a file but its docstrings, with its line."""
    tree = ast.parse(path.read_text())
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def found_in(paths, forbidden) -> list[str]:
    """Each name standing as a word of a literal (`compare/fastapi-vs-flask/` holds two)."""
    pattern = re.compile(
        r"(?<![a-z0-9_])(" + "|".join(sorted(map(re.escape, forbidden), key=len, reverse=True)) + r")(?![a-z0-9_])"
    )
    return [
        f"{path.name}:{line}: {m!r}"
        for path in paths
        for line, text in literals(path)
        for m in pattern.findall(text.lower())
    ]


def test_no_framework_is_named_in_the_code():
    assert len(names()) > 20  # every framework's id, package and module are read from its data
    assert found_in(CODE, names()) == []


def test_the_scan_finds_a_table_keyed_by_framework(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('"""Docs may name flask."""\nPACKAGE = {"flask": "flask"}\nPAGE = "compare/fastapi-vs-flask/"\n')
    found = found_in([bad], {"flask", "fastapi"})
    assert sorted(f.split(": ", 1)[1] for f in found) == ["'fastapi'", "'flask'", "'flask'", "'flask'"]
