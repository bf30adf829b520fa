"""The pure queries behind the pages, on small data written in the test: how a fact reads, how a pair
is ordered, how claims and changes are grouped, counted and labelled."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pywebcompare.evidence import assemble
from pywebcompare.site import compare


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        ({"value": ["Starlette", "Pydantic"]}, "Starlette, Pydantic"),
        ({"value": ["Werkzeug"]}, "Werkzeug"),
        ({"value": []}, "nothing (stands alone)"),
        ({"value": "3.1.0", "date": "2025-12-01"}, "3.1.0 (2025-12-01)"),
        ({"value": 2010}, "2010"),
        ({"value": "BSD-3-Clause", "source": "https://x.example/"}, "BSD-3-Clause"),
    ],
)
def test_fact_text(fact, text):
    assert compare.fact_text(fact) == text


def test_sort_value_pads_versions_and_lowers_other_facts():
    assert compare.sort_value("latest_version", {"value": "3.1.10"}) == "000003.000001.000010"
    assert compare.sort_value("min_python", {"value": "3.9"}) == "000003.000009"
    assert compare.sort_value("license", {"value": "MIT"}) == "mit"
    assert compare.sort_value("built_on", {"value": []}) == "nothing (stands alone)"


# -- a pair -------------------------------------------------------------------------------------------

EVENT_LOOP_ASGI = {"concurrency": "event-loop", "server": "asgi"}


def fw(**levels):
    """A framework with the given support levels; async_views=(level, model) adds an async model."""
    features = {}
    for key, level in levels.items():
        if key == "async_views":
            level, model = level
            features["async-views"] = {"support": level, "source": "s", **({"async_model": model} if model else {})}
        else:
            features[key] = {"support": level, "source": f"https://{key}.example/"}
    return {"name": "x", "features": features}


def pair_data(a, b):
    ids = [f for f in a["features"]]
    return SimpleNamespace(frameworks={"a": a, "b": b}, features=[{"id": f, "name": f} for f in ids])


def test_differences_come_first_largest_gap_first_whichever_side_leads():
    a = fw(one="partial", two="none", three="built-in", four="official", five="built-in")
    b = fw(one="none", two="official", three="none", four="official", five="built-in")
    result = compare.compare(pair_data(a, b), "b", "a")
    assert result["ids"] == ("a", "b")
    assert result["frameworks"] == (a, b)
    assert [(r["feature"]["id"], r["gap"]) for r in result["differ"]] == [("three", 4), ("two", -3), ("one", 1)]
    assert [r["feature"]["id"] for r in result["alike"]] == ["four", "five"]
    assert all(r["same"] for r in result["alike"]) and not any(r["same"] for r in result["differ"])
    assert result["alike"][0]["a"] is a["features"]["four"] and result["alike"][0]["b"] is b["features"]["four"]
    assert "model" not in result["alike"][0]


def test_async_views_at_the_same_level_differ_when_the_kind_of_async_differs():
    threads = {"concurrency": "thread-per-request", "server": "wsgi"}
    a = fw(async_views=("built-in", EVENT_LOOP_ASGI))
    b = fw(async_views=("built-in", threads))
    result = compare.compare(pair_data(a, b), "a", "b")
    [row] = result["differ"]
    assert row["gap"] == 0 and row["same"] is False
    assert row["model"] == {
        "alike": False,
        "a": "async views share an event loop, so a request that awaits frees the process for others, on an ASGI server",
        "b": "coroutines run inside each request's worker thread, so async adds no concurrency, on a WSGI server",
    }
    same = compare.compare(pair_data(a, fw(async_views=("built-in", dict(EVENT_LOOP_ASGI)))), "a", "b")
    assert same["differ"] == [] and same["alike"][0]["model"]["alike"] is True


def test_async_views_at_different_levels_differ_even_with_the_same_kind():
    a = fw(async_views=("built-in", EVENT_LOOP_ASGI))
    b = fw(async_views=("partial", EVENT_LOOP_ASGI))
    [row] = compare.compare(pair_data(a, b), "a", "b")["differ"]
    assert row["model"]["alike"] is True and row["same"] is False


@pytest.mark.parametrize(
    ("ma", "mb", "alike"),
    [
        (None, None, True),  # neither recorded
        (EVENT_LOOP_ASGI, None, False),
        (None, EVENT_LOOP_ASGI, False),
        (EVENT_LOOP_ASGI, {"concurrency": "event-loop", "server": "own-event-loop"}, False),
        (EVENT_LOOP_ASGI, {"concurrency": "thread-per-request", "server": "asgi"}, False),
        (EVENT_LOOP_ASGI, {"concurrency": "event-loop", "server": "asgi"}, True),
    ],
)
def test_async_alike(ma, mb, alike):
    result = compare.async_alike(fw(async_views=("built-in", ma)), fw(async_views=("built-in", mb)))
    assert result["alike"] is alike
    assert result["a"] == compare.async_model_text(ma) and result["b"] == compare.async_model_text(mb)


def test_async_alike_without_the_feature_at_all():
    assert compare.async_alike({"features": {}}, {"features": {}}) == {"alike": True, "a": "", "b": ""}


def test_async_model_text():
    assert compare.async_model_text(None) == "" and compare.async_model_text({}) == ""
    model = {"concurrency": "none", "server": "own-event-loop"}
    assert compare.async_model_text(model) == "no async views, on its own event-loop server"


def test_cell_key_adds_the_kind_of_async():
    assert compare.cell_key({"support": "partial"}) == "partial"
    assert compare.cell_key({"support": "built-in", "async_model": EVENT_LOOP_ASGI}) == "built-in event-loop asgi"


def test_comparison_table_rows_in_order_facts_then_features(data_root):
    data = assemble.load(data_root)
    rows = compare.comparison_table(data, "beta", "alpha")
    assert [(r["kind"], r["id"]) for r in rows] == [
        ("fact", "interface"),
        ("fact", "latest_version"),
        ("fact", "min_python"),
        ("fact", "license"),
        ("fact", "first_release"),
        ("fact", "built_on"),
        ("feature", "routing"),
        ("feature", "orm"),
    ]
    assert rows[0] == {
        "kind": "fact",
        "id": "interface",
        "name": "Interface",
        "a": "WSGI",
        "b": "ASGI",
        "a_source": "https://alpha.example.org/docs/",
        "b_source": "https://beta.example.org/docs/",
    }
    assert rows[-1] == {
        "kind": "feature",
        "id": "orm",
        "name": "ORM",
        "a": "third-party",
        "b": "none",
        "a_source": "https://alpha.example.org/docs/db/",
        "b_source": "https://beta.example.org/docs/db/",
    }


def test_by_support_orders_best_first_then_keeps_name_order():
    frameworks = {
        "aa": fw(orm="partial"),
        "bb": fw(orm="built-in"),
        "cc": fw(orm="none"),
        "dd": fw(orm="built-in"),
        "ee": fw(orm="third-party"),
    }
    data = SimpleNamespace(frameworks=frameworks)
    assert [fid for fid, _ in compare.by_support(data, "orm")] == ["bb", "dd", "ee", "aa", "cc"]
    assert compare.by_support(data, "orm")[0] == ("bb", frameworks["bb"])


# -- claims -------------------------------------------------------------------------------------------


def claim(cid, verdict="true", frameworks=(), **more):
    return {"id": cid, "verdict": verdict, "frameworks": list(frameworks), **more}


CLAIMS = [
    claim("c-late", seed=9, frameworks=["flask"]),
    claim("c-company", "opinion", ["fastapi"], seed=2, company="Example Co"),
    claim("c-other", "false", ["flask", "fastapi"]),
    claim("c-early", "false", seed=3),
    claim("c-seven-a", seed=7),
    claim("c-co2", company="Other Co", frameworks=["flask"]),
    claim("c-seven-b", "outdated", seed=7),
]


def claims_data(claims=CLAIMS, frameworks=("django", "fastapi", "flask")):
    return SimpleNamespace(claims={"claims": claims}, frameworks={f: {} for f in frameworks})


def test_claim_groups_article_by_seed_then_companies_then_the_rest():
    data = claims_data()
    assert compare.claim_groups(data)[0][1] == "Claims of the article the site started from"  # no seed_title
    data.claims["seed_title"] = "Claims of the FastAPI vs Flask article"
    groups = compare.claim_groups(data)
    assert [(key, title) for key, title, _ in groups] == [
        ("article", "Claims of the FastAPI vs Flask article"),
        ("companies", "Who uses which framework"),
        ("widespread", "Other widespread claims"),
    ]
    assert [[c["id"] for c in items] for _, _, items in groups] == [
        ["c-early", "c-seven-a", "c-seven-b", "c-late"],  # by seed; a company's claim is not the article's
        ["c-company", "c-co2"],
        ["c-other"],
    ]


def test_claim_labels_letter_the_seeds_several_claims_share():
    assert compare.claim_labels(claims_data()) == {
        "c-early": "3",
        "c-seven-a": "7a",
        "c-seven-b": "7b",
        "c-late": "9",
        "c-company": "2",
    }


def test_verdict_counts_in_the_vocabularys_order_without_zeros():
    assert compare.verdict_counts(claims_data()) == [("true", 3), ("false", 2), ("outdated", 1), ("opinion", 1)]


def test_claims_per_framework_leave_out_frameworks_without_claims():
    assert compare.claims_per_framework(claims_data()) == [("fastapi", 2), ("flask", 3)]


# -- changes ------------------------------------------------------------------------------------------


def changes_data():
    changes = [
        {"date": "2026-01-02", "summary": "first of the 2nd"},
        {"date": "2026-03-01", "summary": "march"},
        {"date": "2025-12-31", "summary": "last year"},
        {"date": "2026-01-02", "summary": "second of the 2nd"},
    ]
    return SimpleNamespace(changes={"changes": changes}, index={})  # no snapshot: no release entries


def test_changes_newest_first_keep_their_order_within_a_day():
    assert [c["summary"] for c in compare.changes_newest_first(changes_data())] == [
        "march",
        "first of the 2nd",
        "second of the 2nd",
        "last year",
    ]


def test_changes_by_day():
    days = compare.changes_by_day(changes_data())
    assert [(day, [c["summary"] for c in items]) for day, items in days] == [
        ("2026-03-01", ["march"]),
        ("2026-01-02", ["first of the 2nd", "second of the 2nd"]),
        ("2025-12-31", ["last year"]),
    ]


def test_popular_pairs_on_the_fixture(data_root):
    assert compare.popular_pairs(assemble.load(data_root)) == [("alpha", "beta")]


def test_popular_pairs_name_a_pair_once_however_many_guides_lead_with_it(data_root):
    path = data_root / "data/guides.yaml"
    text = path.read_text()
    first = text[text.index("  - id: small-site") : text.index("questions:")]
    path.write_text(text.replace("questions:", first.replace("small-site", "tiny-site") + "questions:", 1))
    data = assemble.load(data_root)
    assert [s["id"] for s in data.guides["scenarios"]] == ["small-site", "tiny-site"]
    assert compare.popular_pairs(data) == [("alpha", "beta")]
