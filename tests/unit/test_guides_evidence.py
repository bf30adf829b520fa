"""Where the measured criteria get their evidence: the dataset's index snapshots, speed run and examples
catalogue, or (for a dataset that carries none) the files under the project folder."""

from __future__ import annotations

import dataclasses

import pytest
from test_speed import conditions

from pywebcompare.evidence import assemble, speed
from pywebcompare.site import guides
from pywebcompare.site.guides import Evidence, Ranker


def result(framework, rps, endpoint="json", server="uvicorn"):
    rounds = [rps, rps, rps]
    figures = speed.summarise([{"rps": x, "p50_ms": 1.0, "p99_ms": 2.0, "errors": 0} for x in rounds])
    return dict(
        framework=framework, server=server, endpoint=endpoint, rss_mib=30.0, startup_ms=200.0, rounds=rounds
    ) | (figures)


def run_doc(results):
    """A run as pywebcompare/evidence/harness.py writes it (it passes speed.schema.json and the run checks)."""
    server = {"server": "uvicorn", "flags": "1 process", "why": "The docs run Uvicorn.", "packages": {"uvicorn": "1"}}
    servers = {fid: dict(server, source="https://example.org/") for fid in ("alpha", "beta")}
    return {
        "conditions": conditions("2026-11-30", {"baseline-asgi": server, **servers}),
        "results": results,
        "excluded": [],
        "flags": [],
    }


RUN = run_doc([result("baseline-asgi", 2000.0), result("alpha", 1000.0), result("beta", 500.0)])


@pytest.fixture
def data(data_root):
    return assemble.load(data_root)


def snapshot(last_release, version="2.0", inactive=False):
    """What index.derive() gives for a snapshot (only the fields the ranking reads, and one more)."""
    return {
        "package": "x",
        "source": "data/index/x.yaml",
        "taken": "2026-11-30",
        "last_release": {"version": version, "date": last_release},
        "inactive": inactive,
    }


# -- from the dataset -----------------------------------------------------------------------------
def test_evidence_is_taken_from_what_the_dataset_carries(data, tmp_path):
    data.index = {
        "alpha": snapshot("2026-10-01", "3.1"),
        "beta": {"latest": None},  # no stable release in the snapshot: no data
        "gamma": snapshot("2026-10-01"),  # not a framework of this dataset
    }
    data.speed = {
        "conditions": {"date": "2026-11-30"},
        "results": [
            {"framework": "alpha", "server": "uvicorn", "endpoint": "json", "rps": 1200.0},
            {
                "framework": "alpha",
                "server": "granian",
                "endpoint": "json",
                "rps": 9000.0,
            },  # no bare granian app: no ratio
            {"framework": "beta", "server": "uvicorn", "endpoint": "json", "rps": 0.5},  # a slow one stays 0.5 / 5000
            {
                "framework": "beta",
                "server": "uvicorn",
                "endpoint": "html",
                "rps": 100.0,
            },  # no bare app for html: no data
            {"framework": "baseline-asgi", "server": "uvicorn", "endpoint": "json", "rps": 5000.0},
        ],
    }
    data.examples = {
        "tasks": [{"id": "hello", "entries": [{"framework": "alpha", "kind": "code", "loc": 6, "passed": None}]}]
    }
    evidence = guides.gather(data, tmp_path)  # nothing under tmp_path: all of it comes from the dataset
    assert evidence.maintenance == {
        "alpha": {
            "last_release": "2026-10-01",
            "version": "3.1",
            "taken": "2026-11-30",
            "inactive": False,
            "source": "data/index/x.yaml",
        }
    }
    h11 = "Uvicorn with h11 and asyncio (no extras)"
    assert evidence.speed == {
        "json": {
            "alpha": {"ratio": 0.24, "rps": 1200.0, "setup": h11},
            "beta": {"ratio": 0.0, "rps": 0.5, "setup": h11},
        }
    }
    assert evidence.speed_run == "2026-11-30"
    assert evidence.endpoints["json"] == "JSON" and set(evidence.endpoints) == set(speed.ENDPOINTS)
    assert evidence.code_lines == {"hello": {"alpha": 6}}
    r = Ranker(data, evidence)
    assert r.label({"speed": "json"}) == "Framework speed cost (JSON, ratio to a bare app on its server)"
    assert {fid: c.value for fid, c in r.credits({"maintenance": True}).items()} == {"alpha": 4, "beta": None}


def test_an_inactive_package_is_carried_over_as_inactive(data, tmp_path):
    data.index = {"alpha": snapshot("2026-10-01", inactive=True), "beta": snapshot("2026-10-01")}
    evidence = guides.gather(data, tmp_path)
    assert (evidence.maintenance["alpha"]["inactive"], evidence.maintenance["beta"]["inactive"]) == (True, False)


def test_no_evidence_anywhere_is_empty(data, tmp_path):
    assert guides.gather(data, tmp_path) == Evidence()


# -- from the files, for a dataset that carries none -------------------------------------------------
def write_run(root, doc):
    (root / "data" / "speed").mkdir(parents=True, exist_ok=True)
    (root / "data" / "speed" / "2026-11-30.yaml").write_text(speed.dump(doc), encoding="utf-8")


def write_examples(root):
    hello = root / "examples" / "hello"
    hello.mkdir(parents=True)
    (hello / "alpha.py").write_text("# Alpha says hello\nimport alpha\n\napp = alpha.App()\n", encoding="utf-8")
    (hello / "gamma.py").write_text("import gamma\n", encoding="utf-8")  # not a framework here
    (hello / "beta.txt").write_text("not python\n", encoding="utf-8")
    (root / "examples" / "serve.py").write_text("import sys\n", encoding="utf-8")  # not in a task folder
    body = root / "examples" / "json-body"
    body.mkdir()
    (body / "beta.py").write_text("import beta\napp = beta.App()\n\n# end\nrun(app)\n", encoding="utf-8")


def test_a_dataset_without_a_run_or_catalogue_reads_them_under_root(data_root):
    write_run(data_root, RUN)
    loaded = assemble.load(data_root)
    assert loaded.speed is not None  # the dataset holds the run; leave it out to read the file instead
    write_examples(data_root)  # after loading: the validator wants each example described in data/examples/
    bare = dataclasses.replace(loaded, speed=None, examples=None)
    evidence = guides.gather(bare, data_root)
    assert {fid: row["ratio"] for fid, row in evidence.speed["json"].items()} == {"alpha": 0.5, "beta": 0.25}
    assert evidence.speed_run == "2026-11-30"
    assert evidence.code_lines == {"hello": {"alpha": 2}, "json-body": {"beta": 3}}


def test_a_catalogue_with_examples_is_used_rather_than_the_files(data, tmp_path):
    write_examples(tmp_path)
    data.examples = {
        "tasks": [{"id": "hello", "entries": [{"framework": "beta", "kind": "code", "loc": 9, "passed": None}]}]
    }
    assert guides.gather(data, tmp_path).code_lines == {"hello": {"beta": 9}}


def test_the_shared_ranker_gathers_its_evidence_under_the_given_root(data_root):
    data = dataclasses.replace(assemble.load(data_root), examples=None)
    write_examples(data_root)
    ranker = guides.ranker_for(data, data_root)
    assert ranker.evidence.code_lines == {"hello": {"alpha": 2}, "json-body": {"beta": 3}}
    assert ranker.credits({"code_size": "hello"})["alpha"].value == 4
