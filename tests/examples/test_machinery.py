"""The specs really tell frameworks apart: another framework's code, or a file cut down to its
imports, fails them. Each case copies the examples tree to a temp folder, breaks one file, and runs
the real hello spec on it with the real FastAPI environment."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from harness import ROOT

CASES = {
    # another framework whose package is not installed in FastAPI's environment
    "flask code": (lambda tree: (tree / "examples/hello/flask.py").read_text(), "No module named 'flask'"),
    # Starlette IS installed with FastAPI, so only the app-class check can catch it
    "starlette code": (
        lambda tree: (tree / "examples/hello/starlette.py").read_text(),
        "`app` is a starlette.applications.Starlette, not an application object of fastapi",
    ),
    "imports only": (
        lambda tree: "from fastapi import FastAPI\nfrom fastapi.responses import PlainTextResponse\n",
        "defines no module-level `app`",
    ),
}


def run_hello_spec(tree: Path, frameworks: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PWC_EXAMPLES_ROOT": str(tree), "PWC_FRAMEWORKS": frameworks}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/examples/test_hello.py"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def tree(tmp_path) -> Path:
    shutil.copytree(ROOT / "examples/hello", tmp_path / "examples/hello")
    shutil.copytree(ROOT / "data/examples", tmp_path / "data/examples")
    return tmp_path


def test_the_untouched_copy_passes(tree):
    result = run_hello_spec(tree, "fastapi")
    assert result.returncode == 0, result.stdout[-2000:]
    assert "1 passed" in result.stdout


@pytest.mark.parametrize("case", CASES)
def test_a_replaced_example_fails(case, tree):
    code, message = CASES[case]
    (tree / "examples/hello/fastapi.py").write_text(code(tree))
    result = run_hello_spec(tree, "fastapi")
    assert result.returncode == 1, result.stdout[-2000:]
    assert "test_hello[fastapi]" in result.stdout
    assert message in result.stdout, result.stdout[-3000:]
