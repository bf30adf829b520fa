"""What the guides say about each criterion: its key, its label, how it is measured, and the words,
source and entry behind each framework's credit (the guide pages and /api/guides.json show them)."""

from __future__ import annotations

import pytest

from pywebcompare.evidence import assemble
from pywebcompare.site.guides import Credit, Evidence, Ranker, criterion

ALPHA_DOCS = "https://alpha.example.org/docs/"
BETA_DOCS = "https://beta.example.org/docs/"


@pytest.fixture
def data(data_root):
    return assemble.load(data_root)


def said(ranker, need):
    return {fid: c.said for fid, c in ranker.credits(need).items()}


# -- the key of each kind of criterion -------------------------------------------------------------
@pytest.mark.parametrize(
    "need, key",
    [
        ({"feature": "orm"}, "feature:orm"),
        ({"feature": "orm", "at_least": "official"}, "feature:orm@official"),
        ({"fact": "interface", "values": ["WSGI", "ASGI"]}, "fact:interface=WSGI|ASGI"),
        ({"async": "event-loop"}, "async:event-loop"),
        ({"maintenance": True}, "maintenance"),
        ({"speed": "json"}, "speed:json"),
        ({"code_size": "json-body"}, "code-size:json-body"),
        ({"knows": "flask"}, "knows:flask"),
    ],
)
def test_each_kind_of_need_has_its_own_key(need, key):
    assert criterion(dict(need, weight=2, why="x")) == key


# -- labels -----------------------------------------------------------------------------------------
def test_labels_name_each_criterion_in_words(data):
    r = Ranker(data, Evidence(endpoints={"json": "JSON"}))
    assert [
        r.label(n)
        for n in (
            {"feature": "orm"},
            {"feature": "orm", "at_least": "official"},
            {"fact": "interface", "values": ["WSGI", "ASGI"]},
            {"fact": "built_on", "values": ["Starlette"]},
            {"async": "event-loop"},
            {"maintenance": True},
            {"speed": "json"},
            {"speed": "html"},  # no label known for the endpoint: its id
            {"code_size": "hello"},
            {"knows": "beta"},
        )
    ] == [
        "ORM",
        "ORM (official extension or better)",
        "Interface: WSGI or ASGI",
        "Built on: Starlette",
        "Async requests share an event loop",
        "Recent releases",
        "Framework speed cost (JSON, ratio to a bare app on its server)",
        "Framework speed cost (html, ratio to a bare app on its server)",
        "Short code for the hello task",
        "Team knows Beta",
    ]


# -- how each criterion is measured -----------------------------------------------------------------
def test_each_criterion_explains_how_it_is_measured(data):
    r = Ranker(data)
    assert r.explain({"feature": "orm", "at_least": "third-party"}) == (
        "Full points when the framework's support is third-party package or better, "
        "none otherwise, from each framework's data file."
    )
    assert r.explain({"feature": "orm"}) == (
        "Points per weight by support level (built in 4, official extension 3, third-party package 2, partial 1, "
        "not available 0 of 4), from each framework's data file."
    )
    assert r.explain({"fact": "interface", "values": ["WSGI"]}) == (
        "Full points when the framework's fact is one of these values, none otherwise."
    )
    assert r.explain({"async": "event-loop"}) == (
        "Full points when async views share an event loop, 1 when coroutines only run inside each "
        "request's worker thread (no added concurrency), 0 without async views; from the async model "
        "recorded on each framework's async-views entry."
    )
    assert r.explain({"maintenance": True}) == (
        "From the package-index snapshot: full points for a release within 6 months of the newest snapshot's day, "
        "3 within a year, 2 within two years, 1 if older, 0 if the package declares itself inactive."
    )
    assert r.explain({"speed": "json"}) == (
        "From the newest benchmark run: what the framework costs, not what its server earns. Points in "
        "proportion to its ratio on the json endpoint (its requests per second over those of a bare app on the "
        "very same server configuration), the lowest-cost framework getting full points; a framework whose "
        "server has no bare mode gets no points here."
    )
    assert r.explain({"code_size": "hello"}) == (
        "From the tested examples: points in proportion to how short each framework's example for the "
        "hello task is (lines that are not blank or comments), the shortest getting full points."
    )
    assert r.explain({"knows": "beta"}) == (
        "Full points for Beta itself, half for a framework built on it or that it is built on, none otherwise."
    )


# -- the credit of each kind, with its words, source and entry --------------------------------------
def test_a_feature_credit_says_the_level_and_names_a_package_only_when_there_is_one(data):
    credits = Ranker(data).credits({"feature": "orm"})
    alpha, beta = data.frameworks["alpha"]["features"]["orm"], data.frameworks["beta"]["features"]["orm"]
    assert credits == {
        "alpha": Credit(2, "Third-party package (SQLAlchemy)", "https://alpha.example.org/docs/db/", alpha),
        "beta": Credit(0, "Not available", "https://beta.example.org/docs/db/", beta),
    }


def test_a_fact_credit_names_what_matched_or_what_the_framework_has(data):
    data.frameworks["alpha"]["facts"]["built_on"]["value"] = ["Werkzeug", "Jinja"]
    data.frameworks["beta"]["facts"]["built_on"]["value"] = []
    r = Ranker(data)
    alpha_fact, beta_fact = data.frameworks["alpha"]["facts"], data.frameworks["beta"]["facts"]
    both = r.credits({"fact": "built_on", "values": ["Jinja", "Werkzeug"]})
    assert both == {
        "alpha": Credit(4, "matches (Werkzeug, Jinja)", ALPHA_DOCS, alpha_fact["built_on"]),
        "beta": Credit(0, "does not match (nothing)", BETA_DOCS, beta_fact["built_on"]),
    }
    other = r.credits({"fact": "built_on", "values": ["Starlette"]})
    assert other["alpha"].said == "does not match (Werkzeug, Jinja)"
    # a fact with one value (not a list) is matched the same way
    interface = r.credits({"fact": "interface", "values": ["ASGI"]})
    assert interface == {
        "alpha": Credit(0, "does not match (WSGI)", ALPHA_DOCS, alpha_fact["interface"]),
        "beta": Credit(4, "matches (ASGI)", BETA_DOCS, beta_fact["interface"]),
    }


def async_views(source, model):
    return {"support": "built-in", "note": "Views may be coroutines.", "source": source, "evidence": "docs"} | (
        {"async_model": model} if model else {}
    )


def test_an_async_credit_says_the_model_and_server_with_the_model_source_or_the_entry_source(data):
    alpha_entry = async_views(
        ALPHA_DOCS, {"concurrency": "event-loop", "server": "asgi", "source": "https://alpha.example.org/async/"}
    )
    beta_entry = async_views(BETA_DOCS, {"concurrency": "thread-per-request", "server": "wsgi"})
    data.frameworks["alpha"]["features"]["async-views"] = alpha_entry
    data.frameworks["beta"]["features"]["async-views"] = beta_entry
    assert Ranker(data).credits({"async": "event-loop"}) == {
        "alpha": Credit(
            4,
            "Async views share an event loop, so a request that awaits frees the process for others, on an ASGI server",
            "https://alpha.example.org/async/",
            alpha_entry,
        ),
        "beta": Credit(
            1,
            "Coroutines run inside each request's worker thread, so async adds no concurrency, on a WSGI server",
            BETA_DOCS,
            beta_entry,
        ),
    }


def test_async_without_a_recorded_model_is_no_data(data):
    # alpha has no async-views entry at all; beta has one without an async model
    data.frameworks["beta"]["features"]["async-views"] = async_views(BETA_DOCS, None)
    no_model = Credit(None, "no data: the async model is not recorded")
    assert Ranker(data).credits({"async": "event-loop"}) == {"alpha": no_model, "beta": no_model}


def test_a_maintenance_credit_gives_the_release_and_its_age_at_the_snapshot(data):
    pypi = "https://index.test/simple/{}/".format
    evidence = Evidence(
        maintenance={
            # 2026-01-01 -> 2026-11-30: 30 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 = 333 days
            "alpha": dict(
                last_release="2026-01-01", version="3.1", taken="2026-11-30", inactive=False, source=pypi("a")
            ),
            "beta": dict(last_release="2026-11-01", version="1.0", taken="2026-11-30", inactive=True, source=pypi("b")),
        }
    )
    assert Ranker(data, evidence).credits({"maintenance": True}) == {
        "alpha": Credit(
            3,
            "Last release 3.1 on 2026-01-01, 333 days before 2026-11-30 (the newest snapshot)",
            "https://index.test/simple/a/",
            order=333,
        ),
        "beta": Credit(
            0,
            "Last release 1.0 on 2026-11-01, 29 days before 2026-11-30 (the newest snapshot); "
            "the package declares itself inactive",
            "https://index.test/simple/b/",
            order=29,  # 29 days, but inactive
        ),
    }
    without = Ranker(data, Evidence(maintenance={"alpha": evidence.maintenance["alpha"]}))
    assert without.credits({"maintenance": True})["beta"] == Credit(None, "no data: no package-index snapshot")


def test_a_speed_credit_gives_the_ratio_to_its_bare_app_against_the_best(data):
    evidence = Evidence(
        speed={
            "json": {
                "alpha": {"ratio": 0.912, "rps": 1234.5, "setup": "Gunicorn, 1 sync worker"},
                "beta": {"ratio": 0.3, "rps": 43210.0, "setup": "Uvicorn with httptools and uvloop"},
            }
        },
        speed_run="2026-11-30",
    )
    r = Ranker(data, evidence)
    # beta: 4 x 0.3 / 0.912 = 1.32 -> 1, although it serves 35 times the requests: its server earns them
    assert r.credits({"speed": "json"}) == {
        "alpha": Credit(
            4,
            "framework cost: ratio 0.91 to a bare app on Gunicorn, 1 sync worker (1,234 requests/s) in the run of "
            "2026-11-30 (best ratio measured: 0.91)",
            order=-0.912,
        ),
        "beta": Credit(
            1,
            "framework cost: ratio 0.30 to a bare app on Uvicorn with httptools and uvloop (43,210 requests/s) in the "
            "run of 2026-11-30 (best ratio measured: 0.91)",
            order=-0.3,
        ),
    }
    missing = Credit(None, "no data: not in the newest benchmark run, or its server has no bare app to compare with")
    assert r.credits({"speed": "html"}) == {"alpha": missing, "beta": missing}


def test_a_code_size_credit_gives_lines_against_the_shortest(data):
    r = Ranker(data, Evidence(code_lines={"hello": {"alpha": 7, "beta": 12}}))
    # beta: 4 x 7 / 12 = 2.33 -> 2
    assert r.credits({"code_size": "hello"}) == {
        "alpha": Credit(4, "7 lines of code (shortest example: 7)", order=7),
        "beta": Credit(2, "12 lines of code (shortest example: 7)", order=12),
    }
    missing = Credit(None, "no data: no tested example for this task")
    assert r.credits({"code_size": "json-body"}) == {"alpha": missing, "beta": missing}


def test_knowing_a_framework_names_the_relation_and_its_source(data):
    data.frameworks["beta"]["facts"]["built_on"]["value"] = ["alpha"]  # names compare without case
    r = Ranker(data)
    beta_built_on = data.frameworks["beta"]["facts"]["built_on"]
    assert r.credits({"knows": "alpha"}) == {
        "alpha": Credit(4, "the framework your team knows"),
        "beta": Credit(2, "built on Alpha", BETA_DOCS, beta_built_on),
    }
    assert r.credits({"knows": "beta"}) == {
        "alpha": Credit(2, "Beta is built on it", BETA_DOCS),
        "beta": Credit(4, "the framework your team knows"),
    }
    data.frameworks["beta"]["facts"]["built_on"]["value"] = ["Werkzeug"]
    assert Ranker(data).credits({"knows": "alpha"})["beta"] == Credit(0, "not built on Alpha, nor it on this one")


def test_half_credit_for_a_relative_is_a_whole_number(data):
    """The questionnaire adds credits in the browser: each published credit is an integer, never 2.0."""
    data.frameworks["beta"]["facts"]["built_on"]["value"] = ["Alpha"]
    r = Ranker(data)
    values = [c.value for n in ({"knows": "alpha"}, {"knows": "beta"}) for c in r.credits(n).values()]
    assert values == [4, 2, 2, 4] and all(type(v) is int for v in values)
