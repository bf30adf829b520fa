"""Bad data stops the real build with the validator's own message, and no site is written."""

from __future__ import annotations

import shutil

import pytest
from support import FIXTURES, build_site, copy_project
from validator_cases import CASES

# The bad inputs a contributor is most likely to push; each must also stop the build.
# (The build calls the same loader as the cases above; these two prove the build stops on it.)
BUILD_CASES = ["syntax error", "id not matching file name"]


@pytest.fixture(scope="module")
def fixture_project(tmp_path_factory):
    """The project with the small fixture data in place of the real data."""
    project = copy_project(tmp_path_factory.mktemp("fixture-project") / "project")
    shutil.rmtree(project / "data")
    shutil.copytree(FIXTURES / "data", project / "data")
    shutil.rmtree(project / "examples")  # the real examples belong to the real data
    return project


@pytest.mark.parametrize("case", BUILD_CASES)
def test_bad_input_stops_the_build_with_the_same_message(case, fixture_project, tmp_path):
    project = copy_project_data(fixture_project, tmp_path / "project")
    break_it, expected = CASES[case]
    break_it(project)
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def copy_project_data(source, dest):
    shutil.copytree(source, dest)
    return dest
