"""The contributor's path, end to end: a framework added as data and example files only (here a real
package, Bottle, under a new id) validates, has its examples run and recorded, is measured by the
speed harness's quick mode, probed by the behaviour collector and gets a page and every pair in the build.
No code changes."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
import yaml
from support import ENV, ROOT, copy_project

NEW, LIKE = "tinybottle", "bottle"  # the new id, and the framework whose files it starts from


def run(project, *args, timeout=900, **env):
    return subprocess.run(
        [sys.executable, *args], cwd=project, env={**ENV, **env}, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    dest = tmp_path_factory.mktemp("contributor") / "project"
    copy_project(dest, "tests", "benchmarks")
    # What a contributor adds: a data file, examples data, example files, pins and the index snapshot.
    data = yaml.safe_load((ROOT / f"data/frameworks/{LIKE}.yaml").read_text())
    text = (ROOT / f"data/frameworks/{LIKE}.yaml").read_text()
    text = text.replace(f"id: {LIKE}\n", f"id: {NEW}\n", 1).replace(f"name: {data['name']}\n", "name: Tiny Bottle\n", 1)
    (dest / f"data/frameworks/{NEW}.yaml").write_text(text)
    examples = (ROOT / f"data/examples/{LIKE}.yaml").read_text().replace(f"framework: {LIKE}\n", f"framework: {NEW}\n")
    (dest / f"data/examples/{NEW}.yaml").write_text(examples)
    shutil.copy(ROOT / f"data/index/{LIKE}.yaml", dest / f"data/index/{NEW}.yaml")
    for suffix in (".in", ".txt"):
        shutil.copy(ROOT / f"examples/requirements/{LIKE}{suffix}", dest / f"examples/requirements/{NEW}{suffix}")
    for file in ROOT.glob(f"examples/*/{LIKE}.py"):
        shutil.copy(file, dest / file.parent.relative_to(ROOT) / f"{NEW}.py")
    return dest


def test_the_new_framework_validates_once_its_examples_have_run(project):
    before = run(project, "-m", "pywebcompare", "validate")
    assert before.returncode == 1 and f"{NEW}: examples/hello/{NEW}.py has no record of passing" in before.stderr
    ran = run(project, "-m", "pywebcompare", "examples", PWC_FRAMEWORKS=NEW)
    assert ran.returncode == 0, ran.stdout[-3000:] + ran.stderr[-2000:]
    # a spec module of a task the framework cannot do has no example to run (pytest counts it as one
    # skip, "empty parameter set"); any other skip would be an example not run
    impossible = sum(
        "impossible" in t for t in yaml.safe_load((project / f"data/examples/{NEW}.yaml").read_text())["tasks"].values()
    )
    skipped = re.search(r"(\d+) skipped", ran.stdout)
    assert (int(skipped.group(1)) if skipped else 0) == impossible, ran.stdout[-2000:]
    tested = yaml.safe_load((project / "data/tested.yaml").read_text())[NEW]
    files = sorted(p.parent.name for p in project.glob(f"examples/*/{NEW}.py") if p.parent.name != "behaviour")
    assert sorted(tested) == files and len(files) >= 12
    after = run(project, "-m", "pywebcompare", "validate")
    assert after.returncode == 0, after.stderr


@pytest.mark.skipif(not shutil.which("wrk"), reason="the speed harness needs wrk (dev.py installs it)")
def test_the_speed_harness_measures_it_by_its_data(project):
    out = run(project, "-m", "pywebcompare.evidence.harness", "--quick", "--frameworks", NEW)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert re.search(rf"^plaintext\s+{NEW}\s+gunicorn\s+\d+\s+\d+%\s+\d\.\d\d\b", out.stdout, re.M), out.stdout[-3000:]
    assert re.search(r"^plaintext\s+baseline-gunicorn\s+gunicorn\s+\d", out.stdout, re.M), out.stdout[-3000:]


def test_the_build_gives_it_a_page_and_every_pair(project, tmp_path):
    built = run(project, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(tmp_path / "site"))
    assert built.returncode == 0, built.stderr[-3000:]
    site = tmp_path / "site"
    assert "Tiny Bottle" in (site / f"frameworks/{NEW}/index.html").read_text()
    others = [p.stem for p in (project / "data/frameworks").glob("*.yaml") if p.stem != NEW]
    for other in others:
        a, b = sorted((NEW, other))
        assert (site / f"compare/{a}-vs-{b}/index.html").is_file(), other
    assert os.path.getsize(site / "api/frameworks.json") > 0


def test_the_behaviour_collector_probes_it_by_its_data(project):
    out = run(project, "-m", "pywebcompare", "behaviour", NEW)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
    record = yaml.safe_load((project / f"data/behaviour/{NEW}.yaml").read_text())
    probes = yaml.safe_load((ROOT / "data/behaviour/bottle.yaml").read_text())["results"]
    assert set(record["results"]) == set(probes) and len(probes) >= 20
    assert record["results"]["unknown-route"]["status"] == 404
