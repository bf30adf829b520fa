"""Rules that would have caught the audit's wrong facts (issue 24, item 11), on the real data: a
`built_on` held against the snapshot's required dependencies, and a cell that says third-party or none
while an example passed with the core package alone."""

from __future__ import annotations

from support import ROOT
from validator_cases import ON

from pywebcompare.evidence.assemble import validate as load_files
from pywebcompare.evidence.rules import built_on_is_required, core_examples_match_cells


def found(rule, files, fid):
    return [wrong for loaded, path, wrong, _ in rule.check(files, ON) if loaded.name.endswith(f"/{fid}.yaml")]


def test_required_reads_markers_but_not_extras():
    deps = ['httptools>=0.7.1; platform_python_implementation != "PyPy"', 'Jinja2>=3; extra == "full"', "rodi~=2.0"]
    assert built_on_is_required.required(deps) == {"httptools", "rodi"}


def test_built_on_against_the_snapshot():
    files, _ = load_files(ROOT, ON)
    assert found(built_on_is_required, files, "blacksheep") == []
    assert found(built_on_is_required, files, "sanic") == []
    fact = files.frameworks["blacksheep"].data["facts"]["built_on"]
    fact["note"] = "Jinja2, PyJWT, cryptography and httptools are optional extras."  # the audited wording
    fact["value"] = fact["value"] + ["mypy-ignored-module"]
    assert found(built_on_is_required, files, "blacksheep") == [
        "'mypy-ignored-module' is not a required dependency in data/index/blacksheep.yaml",
        "the note calls 'httptools' optional, but it is a required dependency in data/index/blacksheep.yaml",
    ]


def test_a_core_only_passing_example_contradicts_a_third_party_cell():
    files, _ = load_files(ROOT, ON)
    assert not [w for w in found(core_examples_match_cells, files, "flask") if "background-task" in w]
    files.frameworks["flask"].data["features"]["background-tasks"]["support"] = "third-party"  # as audited
    assert [w for w in found(core_examples_match_cells, files, "flask") if "background-task" in w] == [
        "says third-party, but examples/background-task/flask.py passed its spec with the core package alone"
    ]
