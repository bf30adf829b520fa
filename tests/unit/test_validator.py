"""Every kind of bad input fails validation with one clear message naming file, line and field.

The cases run in-process on a temporary copy of the fixture data (the loader is what the command
line and the build both call); a few go through the real command line and the real build.
"""

from __future__ import annotations

import re

import pytest
from support import run_cli
from validator_cases import CASES, FW, ON, edit  # noqa: E402

from pywebcompare.evidence.assemble import validate as load_files


def problems(root) -> list[str]:
    return [str(p) for p in load_files(root, ON)[1]]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_one_clear_message(case, data_root):
    break_it, expected = CASES[case]
    assert problems(data_root) == []  # the fixture is valid before
    break_it(data_root)
    found = problems(data_root)
    assert found == [expected], f"\n got: {found}\nwant: {expected}"


@pytest.mark.parametrize("case", ["syntax error", "unknown framework in claims"])
def test_the_command_line_prints_the_same_message(case, data_root):
    break_it, expected = CASES[case]
    break_it(data_root)
    result = run_cli("validate", root=data_root)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if re.match(r"^\S+:\d+:\d+: ", line)]
    assert len(lines) == 1 and lines[0].startswith(expected), result.stderr
    assert result.stderr.splitlines()[-1] == "1 problem in the data; see CONTRIBUTING.md."


def test_every_problem_is_reported_at_once(data_root):
    edit(data_root, FW, "name: Alpha", "name: no")
    edit(data_root, FW, "docs: https://alpha.example.org/docs/", "docs: javascript:x")
    edit(data_root, "data/frameworks/beta.yaml", "id: beta", "id: bet")
    found = problems(data_root)
    assert len(found) == 3, found
    assert {line.split(":")[0] for line in found} == {FW, "data/frameworks/beta.yaml"}


def test_valid_data_passes(data_root):
    result = run_cli("validate", root=data_root)
    assert (result.returncode, result.stdout.strip()) == (0, "Data is valid.")


def test_the_real_data_is_valid():
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr


def test_a_value_only_the_fast_validator_rejects_is_still_a_problem(data_root):
    # Python's `$` matches before a final newline, the compiled validator's does not: the schema
    # check reports what the fast validator refuses even when the detailed one finds nothing.
    edit(
        data_root,
        FW,
        "package: {name: Flask, import: flask}",
        'package: {name: Flask, import: flask, python: "3.10\\n"}',
    )
    found = problems(data_root)
    assert len(found) == 1 and found[0].startswith(f"{FW}:37:") and "package.python" in found[0], found
    assert "does not match" in found[0]
