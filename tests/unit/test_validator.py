"""Every kind of bad input fails validation with one clear message naming file, line and field.

The cases run in-process on a temporary copy of the fixture data (the loader is what the command
line and the build both call); a few go through the real command line and the real build.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from urllib.parse import urlsplit

import pytest
from conftest import FIXTURES, build_site, copy_project, run_cli

from pywebcompare.dataset import load_files
from pywebcompare.pipindex import default_index_url

FW = "data/frameworks/alpha.yaml"
ON = dt.date(2026, 11, 30)  # "today" for the date rules, so the cases never age
INDEX_HOST = urlsplit(default_index_url()).hostname  # pip's own index, whose host no file here names


def edit(root, rel, old, new, count=1):
    path = root / rel
    text = path.read_text()
    assert old in text, f"fixture changed: {old!r} not in {rel}"
    path.write_text(text.replace(old, new, count))


def write(root, rel, content):
    path = root / rel
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)


def write_new(root, rel, content):
    """Write a file in a folder that may not exist yet (the examples tree is not in the fixture)."""
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    write(root, rel, content)


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9)
)

# name -> (how to break the fixture, expected message: "file:line:column: field: text")
# A measured speed run (data/speed/, written by benchmarks/frameworks.py) whose rps is not its rounds' median.
SPEED_RUN = """conditions:
  date: '2026-11-30'
  cpu: Test CPU
  cores: 2
  os: Debian
  wrk: wrk 4.1.0
  python: 3.11.7
  shared_machine: true
  pinning: server on core 0, wrk on core 1
  concurrency: 64
  wrk_threads: 1
  duration_s: 1
  warmup_requests: 200
  rounds: 3
  seconds: 100
  servers:
    baseline-asgi:
      server: uvicorn
      flags: 1 process
      why: The raw ASGI ceiling.
      python: 3.11.7
      packages: {uvicorn: 0.54.0}
results:
- framework: baseline-asgi
  server: uvicorn
  endpoint: plaintext
  rps: 2500.0
  rps_spread: 0.1
  p50_ms: 1.0
  p99_ms: 2.0
  errors: 0
  rss_mib: 30.0
  startup_ms: 200.0
  rounds: [1900.0, 2000.0, 2100.0]
excluded: []
flags: []
"""

CASES = {
    "example file and an impossible reason": (
        lambda r: write_new(r, "examples/hello/alpha.py", "app = None\n"),
        "data/examples/alpha.yaml:6:17: tasks.hello.impossible: says impossible, but examples/hello/alpha.py exists",
    ),
    "example file without an entry": (
        lambda r: write_new(r, "examples/hello/beta.py", "app = None\n"),
        "examples/hello/beta.py:1:1: (file): data/examples/beta.yaml is missing",
    ),
    "example entry with neither file nor reason": (
        lambda r: edit(r, "data/examples/alpha.yaml", "    impossible: Alpha answers only JSON, so a plain-text hello world is not something it can do.\n    source: https://alpha.example.org/docs/responses/\n", "    uses: []\n"),
        "data/examples/alpha.yaml:5:3: tasks.hello: no file examples/hello/alpha.py and no `impossible` reason",
    ),
    "task naming an unknown feature": (
        lambda r: edit(r, "data/tasks.yaml", "features: [routing]", "features: [routing, nope]"),
        "data/tasks.yaml:6:25: tasks[0].features[1]: unknown feature 'nope'",
    ),
    "stale tested record": (
        lambda r: (write_new(r, "examples/hello/.keep", ""), write(r, "data/tested.yaml",
                   "alpha:\n  hello:\n    version: '1.0'\n    sha: 0123456789ab\n    date: 2026-11-01\n")),
        "data/tested.yaml:2:3: alpha.hello: examples/hello/alpha.py no longer exists",
    ),
    "speed figure not the median of its rounds": (
        lambda r: write_new(r, "data/speed/2026-11-30.yaml", SPEED_RUN),
        "data/speed/2026-11-30.yaml:27:8: results[0].rps: rps 2500.0 is not the median of its rounds",
    ),
    "syntax error": (
        lambda r: edit(r, FW, "name: Alpha", "name: [Alpha"),
        "data/frameworks/alpha.yaml:3:8: (file): YAML syntax error",
    ),
    "tab indentation": (
        lambda r: edit(r, FW, "  routing:\n", "\trouting:\n"),
        "data/frameworks/alpha.yaml:16:1: (file): a tab is used for indentation; expected spaces",
    ),
    "duplicate key": (
        lambda r: edit(r, FW, "name: Alpha\n", "name: Alpha\nname: Alpha2\n"),
        "data/frameworks/alpha.yaml:3:1: name: duplicate key 'name' (first on line 2)",
    ),
    "empty file": (
        lambda r: write(r, FW, "\n# nothing yet\n"),
        "data/frameworks/alpha.yaml:1:1: (file): file is empty; expected a mapping",
    ),
    "top-level list": (
        lambda r: write(r, FW, "- id: alpha\n- name: Alpha\n"),
        "data/frameworks/alpha.yaml:1:1: (file): got a list [{'id': 'alpha'}, {'name': 'Alpha'}]; expected a mapping",
    ),
    "unknown field": (
        lambda r: edit(r, FW, "name: Alpha\n", "name: Alpha\nstars: 5\n"),
        "data/frameworks/alpha.yaml:3:1: stars: unknown field 'stars'; expected only: id, name",
    ),
    "javascript: link": (
        lambda r: edit(r, FW, "homepage: https://alpha.example.org/", "homepage: javascript:alert(1)"),
        "data/frameworks/alpha.yaml:4:11: homepage: 'javascript:alert(1)' is not in the right form; expected an http:// or https:// link",
    ),
    "non-http link": (
        lambda r: edit(r, FW, "docs: https://alpha.example.org/docs/\n", "docs: ftp://alpha.example.org/docs/\n"),
        "data/frameworks/alpha.yaml:6:7: docs: 'ftp://alpha.example.org/docs/' is not in the right form; expected an http:// or https:// link",
    ),
    "object-constructing tag": (
        lambda r: edit(r, FW, "name: Alpha", "name: !!python/object/apply:os.system ['echo hacked']"),
        "data/frameworks/alpha.yaml:2:7: name: tag !!python/object/apply:os.system is not allowed",
    ),
    "alias bomb": (
        lambda r: write(r, FW, BOMB),
        "data/frameworks/alpha.yaml:1:4: (file): an anchor (&) or alias (*) is used",
    ),
    "impossible date": (
        lambda r: edit(r, FW, "checked: 2026-01-10", "checked: 2026-02-30"),
        "data/frameworks/alpha.yaml:7:10: checked: `2026-02-30` is not a real date",
    ),
    "impossible quoted date": (
        lambda r: edit(r, FW, "checked: 2026-01-10", "checked: '2026-13-01'"),
        "data/frameworks/alpha.yaml:7:10: checked: '2026-13-01' is not a real date",
    ),
    "future date": (
        lambda r: edit(r, FW, "checked: 2026-01-10", "checked: 2999-01-01"),
        "data/frameworks/alpha.yaml:7:10: checked: 2999-01-01 is in the future",
    ),
    "invalid UTF-8": (
        lambda r: write(r, FW, (r / FW).read_bytes().replace(b"Alpha\n", b"Alph\xe9\n", 1)),
        "data/frameworks/alpha.yaml:2:11: (file): byte 0xe9 is not valid UTF-8",
    ),
    "id not matching file name": (
        lambda r: edit(r, FW, "id: alpha", "id: alfa"),
        "data/frameworks/alpha.yaml:1:5: id: id 'alfa' does not match the file name alpha.yaml",
    ),
    "framework id with -vs-": (
        lambda r: write(
            r,
            "data/frameworks/alpha-vs-x.yaml",
            (r / FW).read_text().replace("id: alpha", "id: alpha-vs-x").replace("name: Alpha", "name: Alpha X"),
        ),
        "data/frameworks/alpha-vs-x.yaml:1:5: id: the id 'alpha-vs-x' contains '-vs-', which pair pages use to join two ids",
    ),
    "unknown feature reference": (
        lambda r: edit(r, FW, "features: [routing]", "features: [routes]"),
        "data/frameworks/alpha.yaml:30:16: strengths[0].features[0]: unknown feature 'routes'",
    ),
    "unknown feature key": (
        lambda r: edit(r, FW, "  orm:\n", "  orms:\n"),
        "data/frameworks/alpha.yaml:21:3: features.orms: unknown feature 'orms'; did you mean 'orm'?",
    ),
    "missing feature": (
        lambda r: edit(
            r,
            FW,
            "  orm:\n    support: third-party\n    package: SQLAlchemy\n    note: Any ORM can be used; none is bundled.\n    source: https://alpha.example.org/docs/db/\n    evidence: docs\n",
            "",
        ),
        "data/frameworks/alpha.yaml:15:1: features: feature 'orm' is missing",
    ),
    "duplicate framework": (
        lambda r: write(r, "data/frameworks/alpha2.yaml", (r / FW).read_text().replace("id: alpha", "id: alpha2")),
        "data/frameworks/alpha2.yaml:2:7: name: the name 'Alpha' is already used by alpha.yaml",
    ),
    "oversized file": (
        lambda r: write(r, FW, "# padding\n" * 40000),
        "data/frameworks/alpha.yaml:1:1: (file): file is 390 KiB; expected at most 256 KiB",
    ),
    "yes/no coercion": (
        lambda r: edit(r, FW, "name: Alpha", "name: no"),
        "data/frameworks/alpha.yaml:2:7: name: `no` would be read as the boolean false",
    ),
    "version read as number": (
        lambda r: edit(r, FW, 'min_python: {value: "3.10"', "min_python: {value: 3.10"),
        "data/frameworks/alpha.yaml:13:23: facts.min_python.value: `3.10` would be read as the number 3.1",
    ),
    "package index link": (
        lambda r: edit(
            r, FW, "docs: https://alpha.example.org/docs/\n", f"docs: https://{INDEX_HOST}/project/alpha/\n"
        ),
        f"data/frameworks/alpha.yaml:6:7: docs: {INDEX_HOST} is a package index or a copy of one",
    ),
    "mirror of a package index": (
        lambda r: edit(r, FW, "docs: https://alpha.example.org/docs/\n", "docs: https://libraries.io/pypi/alpha\n"),
        "data/frameworks/alpha.yaml:6:7: docs: libraries.io is a package index or a copy of one",
    ),
    "duplicate catalogue feature": (
        lambda r: write(
            r,
            "data/features.yaml",
            (r / "data/features.yaml").read_text()
            + "      - id: orm\n        name: ORM again\n        why: The same feature listed a second time.\n",
        ),
        "data/features.yaml:12:13: categories[0].features[2].id: feature id 'orm' appears twice",
    ),
    "unknown feature in a guide": (
        lambda r: edit(r, "data/guides.yaml", "{feature: orm, weight: 1", "{feature: database, weight: 1"),
        "data/guides.yaml:8:19: scenarios[0].needs[1].feature: unknown feature 'database'",
    ),
    "need with feature and fact": (
        lambda r: edit(
            r,
            "data/guides.yaml",
            "{feature: orm, weight: 1,",
            "{feature: orm, fact: interface, values: [WSGI], weight: 1,",
        ),
        "data/guides.yaml:8:9: scenarios[0].needs[1]: a need names both or neither of feature and fact",
    ),
    "fact need without values": (
        lambda r: edit(
            r, "data/guides.yaml", "{fact: interface, values: [WSGI], weight: 2", "{fact: interface, weight: 2"
        ),
        "data/guides.yaml:21:48: questions[1].answers[0].needs[0].fact: a fact need has no values",
    ),
    "duplicate scenario id": (
        lambda r: edit(
            r,
            "data/guides.yaml",
            "questions:\n",
            "  - id: small-site\n    title: Again\n    situation: The same id is used twice here.\n    needs: []\n    watch_out: []\nquestions:\n",
        ),
        "data/guides.yaml:12:9: scenarios[1].id: id 'small-site' appears twice",
    ),
    "missing field": (
        lambda r: edit(r, FW, "summary: A small test framework used only by the test suite.\n", ""),
        "data/frameworks/alpha.yaml:1:1: summary: missing field 'summary'",
    ),
    "extension without package": (
        lambda r: edit(r, FW, "    package: SQLAlchemy\n", ""),
        "data/frameworks/alpha.yaml:22:14: features.orm.support: support is third-party but no package is named",
    ),
    "unknown support level": (
        lambda r: edit(r, FW, "support: built-in", "support: builtin"),
        "data/frameworks/alpha.yaml:17:14: features.routing.support: 'builtin' is not an allowed value; expected one of built-in, official",
    ),
    "unknown framework in claims": (
        lambda r: edit(r, "data/claims.yaml", "frameworks: [alpha]", "frameworks: [gamma]"),
        "data/claims.yaml:5:18: claims[0].frameworks[0]: unknown framework 'gamma'",
    ),
    "not a yaml file": (
        lambda r: write(r, "data/frameworks/notes.txt", "hello"),
        "data/frameworks/notes.txt:1:1: (file): not a .yaml file",
    ),
}


def problems(root) -> list[str]:
    return [str(p) for p in load_files(root, ON)[1]]


@pytest.mark.parametrize("case", CASES)
def test_bad_input_gives_one_clear_message(case, data_root):
    break_it, expected = CASES[case]
    assert problems(data_root) == []  # the fixture is valid before
    break_it(data_root)
    found = problems(data_root)
    assert len(found) == 1, found
    assert found[0].startswith(expected), f"\n got: {found[0]}\nwant: {expected}"


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
