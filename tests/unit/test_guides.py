"""The ranking as a property, on small data: hand-computed scores, shared places, weights that
matter, "no data" that is neither zero nor full, and the published /api/guides.json."""

from __future__ import annotations

import copy
import json
import random

import pytest

from pywebcompare.data.dataset import Dataset
from pywebcompare.data.vocab import SUPPORT
from pywebcompare.evidence import assemble, examples
from pywebcompare.site import guides
from pywebcompare.site.compare import async_alike, claim_labels, compare, verdict_counts
from pywebcompare.site.guides import Evidence, Ranker

LEVELS = list(SUPPORT)  # best first


@pytest.fixture
def data(data_root) -> Dataset:
    return assemble.load(data_root)


def need(weight=1, **kind):
    return dict(kind, weight=weight, why="A reason written for the test.")


def summary(rows):
    return [(r["id"], r["points"], r["best"], r["percent"], r["place"], r["tied"]) for r in rows]


# -- hand-computed ------------------------------------------------------------------------------
def test_the_fixture_scenario_by_hand(data):
    # alpha: routing built in (4) x 2 + orm third-party (2) x 1 = 10 of 12 -> 83.3 -> 83 %
    # beta:  routing built in (4) x 2 + orm none (0) x 1       =  8 of 12 -> 66.7 -> 67 %
    rows = Ranker(data).scenarios["small-site"]
    assert summary(rows) == [("alpha", 10, 12, 83, 1, False), ("beta", 8, 12, 67, 2, False)]


def test_percent_rounds_half_up_in_integers():
    assert guides.percent(1, 8) == 13  # 12.5
    assert guides.percent(5, 8) == 63  # 62.5
    assert guides.percent(2, 3) == 67  # 66.67
    assert guides.percent(1, 3) == 33  # 33.33
    assert guides.percent(0, 12) == 0 and guides.percent(12, 12) == 100
    assert guides.percent(0, 0) is None  # nothing to judge on


def test_weights_change_the_result(data):
    # alpha: routing 4, orm 2; beta: routing 4, orm 0
    light = Ranker(data).rank([need(1, feature="routing"), need(3, feature="orm")])
    heavy = Ranker(data).rank([need(3, feature="routing"), need(1, feature="orm")])
    assert summary(light) == [("alpha", 10, 16, 63, 1, False), ("beta", 4, 16, 25, 2, False)]
    assert summary(heavy) == [("alpha", 14, 16, 88, 1, False), ("beta", 12, 16, 75, 2, False)]


def test_weights_can_reverse_the_order(data):
    data.frameworks["alpha"]["features"]["orm"] = {**data.frameworks["beta"]["features"]["orm"]}  # none
    data.frameworks["beta"]["features"]["routing"]["support"] = "partial"
    data.frameworks["beta"]["features"]["orm"] = {**data.frameworks["beta"]["features"]["orm"], "support": "built-in"}
    # alpha: routing 4, orm 0; beta: routing 1, orm 4. Unweighted, beta would lead both times.
    routing_first = Ranker(data).rank([need(3, feature="routing"), need(1, feature="orm")])
    orm_first = Ranker(data).rank([need(1, feature="routing"), need(3, feature="orm")])
    assert [(r["id"], r["percent"]) for r in routing_first] == [("alpha", 75), ("beta", 44)]
    assert [(r["id"], r["percent"]) for r in orm_first] == [("beta", 81), ("alpha", 25)]


def test_equal_scores_share_a_place_and_say_so(data):
    data.frameworks["beta"]["features"]["orm"] = copy.deepcopy(data.frameworks["alpha"]["features"]["orm"])
    rows = Ranker(data).scenarios["small-site"]
    assert [(r["percent"], r["place"], r["tied"], guides.place_label(r)) for r in rows] == [
        (83, 1, True, "=1"),
        (83, 1, True, "=1"),
    ]
    assert guides.groups(rows) == [rows]


def test_a_tie_is_listed_by_the_measured_tie_break_not_the_name(data):
    data.frameworks["beta"]["features"]["orm"] = copy.deepcopy(data.frameworks["alpha"]["features"]["orm"])
    recent = {"taken": "2026-11-30", "inactive": False, "source": "https://beta.example.org/", "version": "1"}
    evidence = Evidence(
        maintenance={
            "alpha": dict(recent, last_release="2024-01-01"),
            "beta": dict(recent, last_release="2026-10-01"),  # more recent: listed first
        }
    )
    rows = Ranker(data, evidence).scenarios["small-site"]
    assert [(r["id"], r["place"]) for r in rows] == [("beta", 1), ("alpha", 1)]


def test_measured_criteria_by_hand(data):
    evidence = Evidence(
        maintenance={
            "alpha": {
                "last_release": "2026-01-01",
                "taken": "2026-11-30",
                "inactive": False,
                "source": "",
                "version": "3",
            },
            "beta": {
                "last_release": "2026-11-01",
                "taken": "2026-11-30",
                "inactive": True,
                "source": "",
                "version": "1",
            },
        },
        speed={
            "json": {
                "alpha": {"ratio": 0.5, "rps": 900.0, "setup": "Gunicorn"},
                "beta": {"ratio": 0.3, "rps": 9000.0, "setup": "Uvicorn"},
            }
        },
        speed_run="2026-11-30",
        code_lines={"hello": {"alpha": 10, "beta": 14}},
    )
    r = Ranker(data, evidence)
    credit = lambda n: {fid: c.value for fid, c in r.credits(n).items()}  # noqa: E731
    assert credit(need(maintenance=True)) == {"alpha": 3, "beta": 0}  # 333 days; inactive
    assert credit(need(speed="json")) == {"alpha": 4, "beta": 2}  # the cost, not the rps: 4 x 0.3 / 0.5 = 2.4
    assert "ratio 0.30 to a bare app on Uvicorn" in r.credits(need(speed="json"))["beta"].said
    assert credit(need(code_size="hello")) == {"alpha": 4, "beta": 3}  # 4 x 10 / 14 = 2.86
    assert credit(need(knows="alpha")) == {"alpha": 4, "beta": 0}
    assert credit(need(fact="interface", values=["WSGI"])) == {"alpha": 4, "beta": 0}
    assert credit(need(feature="orm", at_least="official")) == {"alpha": 0, "beta": 0}
    assert credit(need(feature="orm", at_least="third-party")) == {"alpha": 4, "beta": 0}


def test_recency_steps():
    def days_to_credit(days):
        import datetime as dt

        last = (dt.date(2026, 11, 30) - dt.timedelta(days=days)).isoformat()
        m = {"x": {"last_release": last, "taken": "2026-11-30", "inactive": False, "source": "", "version": "1"}}
        fw = {"x": {"name": "X", "features": {}, "facts": {}}}
        data = Dataset(catalogue={"categories": []}, frameworks=fw, claims={}, guides={}, benchmarks={}, changes={})
        return Ranker(data, Evidence(maintenance=m)).credits({"maintenance": True})["x"].value

    assert [days_to_credit(d) for d in (0, 183, 184, 365, 366, 730, 731, 5000)] == [4, 4, 3, 3, 2, 2, 1, 1]


def test_knowing_a_framework_counts_half_for_one_built_on_it(data):
    data.frameworks["beta"]["facts"]["built_on"]["value"] = ["Alpha"]
    r = Ranker(data)
    assert {fid: c.value for fid, c in r.credits(need(knows="alpha")).items()} == {"alpha": 4, "beta": 2}
    assert {fid: c.value for fid, c in r.credits(need(knows="beta")).items()} == {"alpha": 2, "beta": 4}


def test_missing_data_is_left_out_never_scored_as_zero_or_full(data):
    evidence = Evidence(
        speed={"json": {"alpha": {"ratio": 0.5, "rps": 500.0, "setup": "Gunicorn"}}}, speed_run="2026-11-30"
    )
    rows = {r["id"]: r for r in Ranker(data, evidence).rank([need(2, feature="orm"), need(2, speed="json")])}
    # alpha: orm 2 x 2 + speed 4 x 2 = 12 of 16 -> 75 %; beta: orm 0 of 8, speed no data -> 0 of 8 -> 0 %
    assert (rows["alpha"]["points"], rows["alpha"]["best"], rows["alpha"]["percent"]) == (12, 16, 75)
    assert (rows["beta"]["points"], rows["beta"]["best"], rows["beta"]["percent"]) == (0, 8, 0)
    missing = guides.no_data(rows["beta"])
    assert [m["criterion"] for m in missing] == ["speed:json"] and missing[0]["points"] is None
    assert missing[0]["credit"].said.startswith("no data")


def test_a_framework_with_no_data_at_all_comes_last_without_a_percent(data):
    evidence = Evidence(speed={"json": {"alpha": {"ratio": 0.5, "rps": 500.0, "setup": "Gunicorn"}}})
    rows = Ranker(data, evidence).rank([need(1, speed="json")])
    assert [(r["id"], r["percent"], r["place"]) for r in rows] == [("alpha", 100, 1), ("beta", None, 2)]


def test_async_model_separates_an_event_loop_from_coroutines_in_a_worker(data):
    for fid, model in (("alpha", "thread-per-request"), ("beta", "event-loop")):
        data.frameworks[fid]["features"]["async-views"] = {
            "support": "built-in",
            "note": "Views may be coroutines.",
            "source": f"https://{fid}.example.org/docs/",
            "evidence": "docs",
            "async_model": {"concurrency": model, "server": "wsgi" if fid == "alpha" else "asgi"},
        }
    r = Ranker(data)
    assert {fid: c.value for fid, c in r.credits(need(**{"async": "event-loop"})).items()} == {"alpha": 1, "beta": 4}
    alike = async_alike(data.frameworks["alpha"], data.frameworks["beta"])
    assert alike["alike"] is False and "worker thread" in alike["a"] and "event loop" in alike["b"]


# -- properties on random data --------------------------------------------------------------------
def random_data(rng: random.Random, n_frameworks: int, n_features: int) -> Dataset:
    features = [{"id": f"f{i}", "name": f"Feature {i}", "why": "x"} for i in range(n_features)]
    frameworks = {
        f"fw{j}": {
            "name": f"Framework {j}",
            "features": {f["id"]: {"support": rng.choice(LEVELS), "source": "https://x.example/"} for f in features},
            "facts": {"built_on": {"value": [], "source": "https://x.example/"}},
        }
        for j in range(n_frameworks)
    }
    catalogue = {"categories": [{"id": "c", "name": "C", "features": features}]}
    return Dataset(
        catalogue=catalogue, frameworks=frameworks, claims={}, guides={"scenarios": []}, benchmarks={}, changes={}
    )


def random_needs(rng, n_features):
    return [need(rng.randint(1, 3), feature=f"f{rng.randrange(n_features)}") for _ in range(rng.randint(1, 6))]


def test_improving_support_never_lowers_a_place():
    rng = random.Random(13)
    for _ in range(150):
        data = random_data(rng, rng.randint(2, 7), 5)
        needs = random_needs(rng, 5)
        before = {r["id"]: r for r in Ranker(data).rank(needs)}
        fid = rng.choice(list(data.frameworks))
        entry = data.frameworks[fid]["features"][rng.choice(needs)["feature"]]
        if entry["support"] == "built-in":
            continue
        entry["support"] = LEVELS[LEVELS.index(entry["support"]) - 1]  # one level better
        after = {r["id"]: r for r in Ranker(data).rank(needs)}
        assert after[fid]["percent"] >= before[fid]["percent"]
        assert after[fid]["place"] <= before[fid]["place"], (needs, fid)


def test_places_follow_percents_everywhere():
    rng = random.Random(7)
    for _ in range(150):
        data = random_data(rng, rng.randint(2, 9), 4)
        rows = Ranker(data).rank(random_needs(rng, 4))
        for a in rows:
            for b in rows:
                assert (a["percent"] == b["percent"]) == (a["place"] == b["place"])
                if a["percent"] > b["percent"]:
                    assert a["place"] < b["place"]
        assert [r["place"] for r in rows] == sorted(r["place"] for r in rows)  # listed in place order


# -- the published form and the real data -----------------------------------------------------------
def test_api_publishes_every_scenario_with_places_and_reasons(data):
    ranker = Ranker(data)
    api = json.loads(json.dumps(guides.api(ranker)))
    assert [s["id"] for s in api["scenarios"]] == [s["id"] for s in data.guides["scenarios"]]
    ranking = api["scenarios"][0]["ranking"]
    assert [(r["id"], r["percent"], r["place"], r["tied"]) for r in ranking] == [
        ("alpha", 83, 1, False),
        ("beta", 67, 2, False),
    ]
    assert [x["criterion"] for x in ranking[0]["reasons"]] == ["feature:routing", "feature:orm"]
    assert ranking[0]["reasons"][1] == {
        "criterion": "feature:orm",
        "credit": 2,
        "points": 2,
        "max": 4,
        "said": "Third-party package (SQLAlchemy)",
    }
    # every criterion a question uses is published with a credit per framework
    for q in api["questions"]:
        for a in q["answers"]:
            for n in a["needs"]:
                assert set(api["criteria"][n["criterion"]]["credits"]) == {"alpha", "beta"}
    assert api["weights"] == {"1": "nice to have", "2": "important", "3": "essential"}


def test_a_team_question_offers_every_framework(data):
    data.guides["questions"][0]["every_framework"] = {"weight": 2, "why": "The team knows it already."}
    q = Ranker(data).questions()[0]
    assert [a["id"] for a in q["answers"]] == ["alpha", "beta", "a-yes", "a-no"]
    assert q["answers"][1]["needs"] == [{"knows": "beta", "weight": 2, "why": "The team knows it already."}]


@pytest.fixture(scope="module")
def real():
    return assemble.load()


def test_real_async_models_are_not_alike_for_fastapi_and_flask(real):
    c = compare(real, "fastapi", "flask")
    assert "async-views" in [r["feature"]["id"] for r in c["differ"]]
    assert "async-views" not in [r["feature"]["id"] for r in c["alike"]]
    assert async_alike(real.frameworks["fastapi"], real.frameworks["starlette"])["alike"]


def test_real_async_criterion_scores_event_loop_servers_above_flask(real):
    credits = {fid: c.value for fid, c in Ranker(real).credits({"async": "event-loop"}).items()}
    assert credits["flask"] == 1
    assert credits["aiohttp"] == credits["tornado"] == credits["sanic"] == credits["django"] == 4
    assert credits["bottle"] == credits["pyramid"] == 0


def test_real_async_api_guide_ranks_own_event_loop_servers_above_flask(real):
    rows = {r["id"]: r for r in guides.ranker_for(real).scenarios["async-api"]}
    for fid in ("aiohttp", "tornado", "sanic"):
        assert rows[fid]["percent"] > rows["flask"]["percent"]


def test_claim_labels_never_repeat(real):
    labels = claim_labels(real)
    assert len(set(labels.values())) == len(labels)
    seven = [labels[c["id"]] for c in real.claims["claims"] if c.get("seed") == 7]
    assert seven[:2] == ["7a", "7b"]
    assert sum(n for _, n in verdict_counts(real)) == len(real.claims["claims"])


def test_measured_evidence_is_found_wherever_the_repository_holds_it(real):
    """Snapshots, speed runs or examples on disk must reach the ranking; else every guide silently says "no data"."""
    from pywebcompare import ROOT

    evidence = guides.gather(real, ROOT)
    if any(p.name != "packages.yaml" for p in (ROOT / "data/index").glob("*.yaml")):
        assert evidence.maintenance, "data/index/ has snapshots but the ranking sees none"
    if list((ROOT / "data/speed").glob("*.yaml")):
        assert evidence.speed, "data/speed/ has runs but the ranking sees none"
    if list((ROOT / "examples").glob("*/*.py")):
        assert evidence.code_lines, "examples/ has examples but the ranking sees none"


def test_evidence_from_a_speed_run_and_an_examples_catalogue():
    run = {
        "conditions": {"date": "2026-11-30"},
        "results": [
            {
                "framework": "alpha",
                "setup": "gunicorn",
                "server": "gunicorn",
                "endpoint": "json",
                "rps": 900.0,
                "server_config": {},
            },
            # an alternative set-up is shown, not scored: the deployment's is
            {
                "framework": "alpha",
                "setup": "gthread",
                "server": "gthread",
                "endpoint": "json",
                "rps": 1800.0,
                "server_config": {},
                "alternative": True,
            },
            {
                "framework": "beta",
                "setup": "uvicorn-standard",
                "server": "uvicorn",
                "endpoint": "json",
                "rps": 3000.0,
                "server_config": {},
            },
            {
                "framework": "gamma",
                "setup": "sanic",
                "server": "sanic",
                "endpoint": "json",
                "rps": 9000.0,
                "server_config": {},
            },  # no bare mode
            {
                "framework": "baseline-gunicorn",
                "setup": "gunicorn",
                "server": "gunicorn",
                "endpoint": "json",
                "rps": 1000.0,
                "server_config": {},
            },
            {
                "framework": "baseline-gthread",
                "setup": "gthread",
                "server": "gthread",
                "endpoint": "json",
                "rps": 2000.0,
                "server_config": {},
            },
            {
                "framework": "baseline-uvicorn-standard",
                "setup": "uvicorn-standard",
                "server": "uvicorn",
                "endpoint": "json",
                "rps": 10000.0,
                "server_config": {},
            },
        ],
    }
    speed = guides._speed(run, {"alpha", "beta", "gamma"})
    # what the framework costs on its own server: alpha 0.9 of its bare app beats beta's 0.3, whatever the rps
    assert {fid: row["ratio"] for fid, row in speed["speed"]["json"].items()} == {"alpha": 0.9, "beta": 0.3}
    assert speed["speed_run"] == "2026-11-30"
    catalogue = {
        "tasks": [
            {
                "id": "hello",
                "entries": [
                    {"framework": "alpha", "kind": "code", "loc": 5, "passed": {"version": "1"}},
                    {"framework": "beta", "kind": "code", "loc": 9, "passed": None},  # not passed: no data
                    {"framework": "gamma", "kind": "impossible"},
                ],
            }
        ]
    }
    assert guides._catalogue_lines(catalogue, {"alpha", "beta"}) == {"hello": {"alpha": 5}}
    untested = {
        "tasks": [{"id": "hello", "entries": [{"framework": "beta", "kind": "code", "loc": 9, "passed": None}]}]
    }
    assert guides._catalogue_lines(untested, {"alpha", "beta"}) == {"hello": {"beta": 9}}
    assert examples.code_lines("# comment\n\nimport x\n  # indented comment\napp = x()\n") == 2


def test_the_tie_break_is_stated_and_never_claimed_without_data(data):
    without = guides.tie_words(Ranker(data), {"maintenance": True})
    assert "listed by name" in without and "no data yet" in without
    m = {"last_release": "2026-01-01", "taken": "2026-11-30", "inactive": False, "source": "", "version": "1"}
    with_data = guides.tie_words(Ranker(data, Evidence(maintenance={"alpha": m})), {"maintenance": True})
    assert with_data == "Frameworks that share a place are listed by recent releases (best first), then by name."
