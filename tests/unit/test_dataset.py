"""Loading the whole data folder (pywebcompare.data.dataset): which files must exist, which are optional,
which the hand-written rules skip, and the dataset the pages are drawn from."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from validator_cases import FW, ON, add_snapshot, edit

from pywebcompare.data.dataset import KIND, KINDS, Dataset, Files
from pywebcompare.data.problems import DataError, Problem
from pywebcompare.data.yamlsafe import Loaded
from pywebcompare.evidence.assemble import load
from pywebcompare.evidence.assemble import validate as load_files


def problems(root, on=ON) -> list[str]:
    return [str(p) for p in load_files(root, on)[1]]


@pytest.mark.parametrize("name", ["features", "claims", "guides", "benchmarks", "changes"])
def test_a_missing_required_file_is_named(data_root, name):
    (data_root / f"data/{name}.yaml").unlink()
    assert load_files(data_root, ON)[1] == [
        Problem(f"data/{name}.yaml", 1, 1, "", "file is missing", "expected the file to exist; see CONTRIBUTING.md")
    ]


def test_optional_files_and_folders_may_be_missing_or_empty(data_root):
    (data_root / "data/tasks.yaml").unlink()
    shutil.rmtree(data_root / "data/examples")
    assert problems(data_root) == []  # nor tested.yaml, packages.yaml, data/index/ or data/speed/ in the fixture
    (data_root / "data/examples").mkdir()
    assert problems(data_root) == []


def test_the_frameworks_folder_needs_one_file(data_root):
    for path in (data_root / "data/frameworks").iterdir():
        path.unlink()
    (data_root / "data/frameworks/README.md").write_text("notes")
    found = load_files(data_root, ON)[1]
    assert (
        Problem("data/frameworks", 1, 1, "", "no data file", "expected at least one data/frameworks/<id>.yaml") in found
    )


def test_a_stray_file_in_an_optional_folder_is_named_and_the_others_still_read(data_root):
    (data_root / "data/examples/README.md").write_text("x")  # sorts before alpha.yaml
    files, found = load_files(data_root, ON)
    assert found == [
        Problem(
            "data/examples/README.md", 1, 1, "", "not a .yaml file", "expected only <id>.yaml files in data/examples/"
        )
    ]
    assert set(files.folder("examples")) == {"alpha"}


def test_a_broken_framework_file_still_counts_as_a_known_id(data_root):
    edit(data_root, "data/claims.yaml", "frameworks: [alpha]", "frameworks: [beta]")
    edit(data_root, "data/frameworks/beta.yaml", "name: Beta", "name: [Beta")
    files, found = load_files(data_root, ON)
    assert len(found) == 1 and found[0].file == "data/frameworks/beta.yaml"
    assert found[0].wrong.startswith("YAML syntax error")
    assert set(files.frameworks) == {"alpha"}  # the rules never see a broken file
    assert files.framework_ids == {"alpha", "beta"}


def test_a_file_failing_its_schema_is_kept_from_the_rules(data_root):
    edit(data_root, FW, "name: Alpha\n", "name: Alpha\nstars: 5\n")
    files, found = load_files(data_root, ON)
    assert [p.field for p in found] == ["stars"]
    assert set(files.frameworks) == {"beta"}
    assert files.get("claims").name == "data/claims.yaml"
    assert set(files.folder("examples")) == {"alpha"}


def test_a_file_that_cannot_be_read_is_not_checked_against_its_schema(data_root):
    (data_root / "data/changes.yaml").write_text("")
    assert problems(data_root) == [
        "data/changes.yaml:1:1: (file): file is empty; "
        "expected a mapping of fields, see the schema named on the file's first line"
    ]


def test_problems_are_reported_once_in_file_and_line_order(data_root):
    edit(data_root, FW, "checked: 2026-01-10", "checked: 2999-01-01")
    edit(data_root, "data/claims.yaml", "frameworks: [alpha]", "frameworks: [gamma]")
    edit(data_root, FW, "summary: A small test framework used only by the test suite.\n", "")
    edit(data_root, FW, "docs: https://alpha.example.org/docs/\n", "")
    assert problems(data_root) == [
        "data/claims.yaml:5:18: claims[0].frameworks[0]: unknown framework 'gamma'; "
        "expected the id of a file in data/frameworks/",
        "data/frameworks/alpha.yaml:1:1: docs: missing field 'docs'; expected it to be present: The project's documentation.",
        "data/frameworks/alpha.yaml:1:1: summary: missing field 'summary'; "
        "expected it to be present: One line, in your own words, on what the framework is.",
    ]


def test_today_is_the_default_day_for_the_date_rules(data_root):
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    edit(data_root, FW, "checked: 2026-01-10", f"checked: {tomorrow.isoformat()}")
    assert problems(data_root, on=tomorrow) == []
    assert problems(data_root, on=None) == [
        f"data/frameworks/alpha.yaml:7:10: checked: {tomorrow.isoformat()} is in the future; "
        f"expected a date on or before {dt.date.today().isoformat()}"
    ]


def test_kinds_folders_and_which_are_written_by_tools():
    assert [k.name for k in KINDS if k.folder] == ["frameworks", "examples", "index", "speed", "behaviour", "since"]
    assert [k.name for k in KINDS if k.derived] == ["tested", "index", "speed", "behaviour", "since"]
    assert [k.name for k in KINDS if k.required] == [
        "features",
        "frameworks",
        "claims",
        "guides",
        "benchmarks",
        "changes",
    ]
    assert KIND["frameworks"].path == "data/frameworks" and KIND["tested"].schema == "tested.schema.json"


def test_the_rules_see_each_file_once_and_the_hand_written_ones_apart():
    def f(name):
        return Loaded(name)

    files = Files(
        single={"tested": f("tested"), "claims": f("claims"), "features": f("features"), "guides": f("guides")},
        folders={
            "frameworks": {"b": f("fw b"), "a": f("fw a")},
            "index": {"a": f("index a")},
            "speed": {"d": f("speed")},
        },
    )
    assert [x.name for x in files.each()] == [
        "features",
        "fw b",
        "fw a",
        "claims",
        "guides",
        "tested",
        "index a",
        "speed",
    ]
    assert [x.name for x in files.hand_written()] == ["features", "fw b", "fw a", "claims", "guides"]
    assert files.get("changes") is None and files.folder("examples") == {}
    assert Files().framework_ids == set() and Files().frameworks == {}


def test_warnings_do_not_stop_the_build_and_errors_do(data_root):
    edit(
        data_root,
        FW,
        "source: https://alpha.example.org/docs/routing/",
        "source: https://github.com/example/alpha/blob/main/docs/routing.rst",
    )
    dataset = load(data_root, ON)
    assert [(w.level, w.field) for w in dataset.warnings] == [("warning", "features.routing.source")]
    edit(data_root, "data/claims.yaml", "frameworks: [alpha]", "frameworks: [gamma]")
    with pytest.raises(DataError) as err:
        load(data_root, ON)
    assert [p.field for p in err.value.problems] == ["claims[0].frameworks[0]"]  # the warning is not an error
    assert str(err.value).endswith("\n1 problem in the data; see CONTRIBUTING.md.")


def test_the_dataset_orders_frameworks_by_name_whatever_the_case(data_root):
    edit(data_root, "data/frameworks/beta.yaml", "name: Beta", "name: aardvark")
    dataset = load(data_root, ON)
    assert list(dataset.frameworks) == ["beta", "alpha"]
    assert dataset.pairs() == [("alpha", "beta")]  # pairs are in id order, whatever the names
    assert sorted(dataset.where) == [
        "data/benchmarks.yaml",
        "data/changes.yaml",
        "data/claims.yaml",
        "data/examples/alpha.yaml",
        "data/features.yaml",
        "data/frameworks/alpha.yaml",
        "data/frameworks/beta.yaml",
        "data/guides.yaml",
        "data/tasks.yaml",
    ]
    assert dataset.where["data/claims.yaml"].position(("claims", 0, "frameworks", 0)) == (5, 18)


def test_pairs_are_every_two_frameworks_in_id_order(data_root):
    text = (data_root / FW).read_text().replace("id: alpha", "id: gamma").replace("name: Alpha", "name: Gamma")
    (data_root / "data/frameworks/gamma.yaml").write_text(text)
    assert load(data_root, ON).pairs() == [("alpha", "beta"), ("alpha", "gamma"), ("beta", "gamma")]


def test_the_dataset_parts(data_root):
    dataset = load(data_root, ON)
    assert dataset.catalogue["checked"] == "2026-01-10"
    assert [c["id"] for c in dataset.categories] == ["core"]
    assert dataset.features[1] == {
        "id": "orm",
        "name": "ORM",
        "why": "A database layer decides how much SQL you write by hand.",
        "category": "core",
        "category_name": "Core",
    }
    assert dataset.feature("routing")["name"] == "URL routing"
    assert dataset.scenario("small-site")["title"] == "A small site"
    assert dataset.claims["claims"][0]["id"] == "alpha-is-small"
    assert dataset.guides["questions"][0]["id"] == "q1"
    assert dataset.benchmarks == {"checked": "2026-01-10", "benchmarks": []}
    assert dataset.changes["changes"][0]["framework"] == "alpha"
    assert dataset.speed is None and dataset.index == {} and dataset.warnings == []
    assert dataset.examples["tasks"][0]["id"] == "hello"


def test_checked_is_the_item_date_or_the_file_date(data_root):
    dataset = load(data_root, ON)
    assert dataset.checked("alpha") == "2026-01-10"
    assert dataset.checked("alpha", {"checked": "2026-03-01"}) == "2026-03-01"
    assert dataset.checked("alpha", {"note": "no date"}) == "2026-01-10"
    assert dataset.checked("alpha", None) == "2026-01-10"


def test_facts_the_index_snapshot_settles_join_the_framework(data_root):
    add_snapshot(data_root, "alpha")
    edit(data_root, FW, "  license: {value: MIT, source: https://github.com/example/alpha/blob/main/LICENSE}\n", "")
    edit(
        data_root,
        FW,
        '  latest_version: {value: "3.10", date: 2025-12-01, source: https://alpha.example.org/changes/}\n',
        "",
    )
    edit(data_root, FW, '  min_python: {value: "3.10", source: https://alpha.example.org/docs/}\n', "")
    dataset = load(data_root, ON)
    assert set(dataset.index) == {"alpha"}
    facts = dataset.frameworks["alpha"]["facts"]
    assert facts["latest_version"]["value"] == "1.1.4"
    assert facts["interface"]["value"] == "WSGI"  # a typed fact the snapshot does not settle stays
    assert "latest_version" in dataset.frameworks["beta"]["facts"]  # beta has no snapshot: its own facts


def test_a_dataset_without_optional_parts():
    dataset = Dataset(catalogue={"categories": []}, frameworks={}, claims={}, guides={}, benchmarks={}, changes={})
    assert (dataset.speed, dataset.where, dataset.warnings, dataset.examples, dataset.index) == (None, {}, [], None, {})
    assert dataset.features == [] and dataset.pairs() == []


def test_the_date_given_is_the_day_the_date_rules_judge_by(data_root):
    edit(data_root, FW, "checked: 2026-01-10", "checked: 2026-11-15")
    assert load(data_root, ON).frameworks["alpha"]["checked"] == "2026-11-15"
    with pytest.raises(DataError) as err:
        load(data_root, dt.date(2026, 11, 14))
    assert [p.wrong for p in err.value.problems] == ["2026-11-15 is in the future"]


def test_without_tasks_there_is_no_code_catalogue(data_root):
    (data_root / "data/tasks.yaml").unlink()
    assert load(data_root, ON).examples is None


def test_the_code_catalogue_shows_each_example_its_entry_and_its_record_of_passing(data_root):
    """flask (a framework the examples know): its file, its entry's `uses`, its record; alpha: its reason."""
    text = (data_root / FW).read_text().replace("id: alpha", "id: flask").replace("name: Alpha", "name: Flask")
    (data_root / "data/frameworks/flask.yaml").write_text(text)
    code = "from flask import Flask\napp = Flask(__name__)\n"
    (data_root / "examples/hello").mkdir(parents=True)
    (data_root / "examples/hello/flask.py").write_text(code)
    (data_root / "examples/requirements").mkdir()
    (data_root / "examples/requirements/flask.txt").write_text("flask==3.1.0\n")
    (data_root / "data/examples/flask.yaml").write_text(
        "framework: flask\nserver: gunicorn\nchecked: 2026-11-01\ntasks:\n  hello:\n    uses: [Flask]\n"
    )
    import hashlib

    sha = hashlib.sha256(code.encode()).hexdigest()[:12]
    (data_root / "data/tested.yaml").write_text(
        f"flask:\n  hello:\n    version: '3.1.0'\n    sha: '{sha}'\n    date: 2026-11-02\n"
    )
    task = load(data_root, ON).examples["by_id"]["hello"]
    flask, alpha = task["by_framework"]["flask"], task["by_framework"]["alpha"]
    assert (flask["kind"], flask["code"], flask["uses"]) == ("code", code, ["Flask"])
    assert flask["passed"] == {"version": "3.1.0", "sha": sha, "date": "2026-11-02"}
    assert alpha["kind"] == "impossible"
    assert alpha["impossible"].startswith("Alpha answers only JSON")
