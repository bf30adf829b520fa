"""Rankings as the guide pages and /api/guides.json show them: the order within a place, place labels,
caveats, leaders, "pick X when", tie-breaks, the questionnaire and the published form."""

from __future__ import annotations

import copy

import pytest

from pywebcompare.evidence import assemble
from pywebcompare.site import guides
from pywebcompare.site.guides import Evidence, Ranker


@pytest.fixture
def data(data_root):
    return assemble.load(data_root)


def need(weight=1, **kind):
    return dict(kind, weight=weight, why="A reason written for the test.")


def scenario(sid, *needs, **extra):
    return {"id": sid, "title": sid.title(), "situation": "x", "needs": list(needs), **extra}


def ids(rows):
    return [r["id"] for r in rows]


def tied_small_site(data):
    """The fixture's scenario with beta's ORM as alpha's: both 83 %, one shared place."""
    data.frameworks["beta"]["features"]["orm"] = copy.deepcopy(data.frameworks["alpha"]["features"]["orm"])
    return data


def maintenance(**last_release):
    return Evidence(
        maintenance={
            fid: {"last_release": day, "taken": "2026-11-30", "inactive": False, "source": "", "version": "1"}
            for fid, day in last_release.items()
        }
    )


# -- order and places -------------------------------------------------------------------------------
def test_places_sort_by_percent_with_no_percent_last():
    rows = guides.place(
        [
            {"id": "none", "percent": None, "tie": None, "order": 0},
            {"id": "zero", "percent": 0, "tie": None, "order": 1},
            {"id": "one", "percent": 1, "tie": None, "order": 2},
        ]
    )
    assert [(r["id"], r["place"], guides.place_label(r)) for r in rows] == [
        ("one", 1, "1"),
        ("zero", 2, "2"),
        ("none", 3, "3"),
    ]


def test_within_a_place_a_measured_framework_comes_before_one_without_data(data):
    rows = Ranker(tied_small_site(data), maintenance(beta="2020-01-01")).scenarios["small-site"]
    assert [(r["id"], guides.place_label(r)) for r in rows] == [("beta", "=1"), ("alpha", "=1")]


def test_a_release_on_the_snapshot_day_is_the_most_recent(data):
    rows = Ranker(tied_small_site(data), maintenance(alpha="2026-11-29", beta="2026-11-30")).scenarios["small-site"]
    assert ids(rows) == ["beta", "alpha"]  # 0 days before 1 day


def sp(ratio):
    """A framework's speed evidence: its ratio to the bare app on its server (what the criterion scores)."""
    return {"ratio": ratio, "rps": ratio * 1000, "setup": "Uvicorn"}


def test_a_scenario_can_break_ties_by_speed_or_code_size(data):
    tied_small_site(data)
    data.guides["scenarios"][0]["tie_break"] = {"speed": "json"}
    evidence = Evidence(
        speed={"json": {"alpha": sp(500.0), "beta": sp(900.0)}}, code_lines={"hello": {"alpha": 12, "beta": 8}}
    )
    assert ids(Ranker(data, evidence).scenarios["small-site"]) == ["beta", "alpha"]  # faster first
    data.guides["scenarios"][0]["tie_break"] = {"code_size": "hello"}
    assert ids(Ranker(data, evidence).scenarios["small-site"]) == ["beta", "alpha"]  # shorter first
    evidence = Evidence(
        speed={"json": {"alpha": sp(900.0), "beta": sp(500.0)}}, code_lines={"hello": {"alpha": 8, "beta": 12}}
    )
    assert ids(Ranker(data, evidence).scenarios["small-site"]) == ["alpha", "beta"]


def test_the_tie_break_is_the_scenarios_then_the_files_then_release_recency(data):
    data.guides["scenarios"].append(scenario("other", need(1, feature="orm")))
    small, other = data.guides["scenarios"]
    assert Ranker(data).tie_break() == {"maintenance": True} == Ranker(data).tie_break(small)
    data.guides["tie_break"] = {"code_size": "hello"}
    small["tie_break"] = {"speed": "json"}
    r = Ranker(data)
    assert (r.tie_break(), r.tie_break(small), r.tie_break(other)) == (
        {"code_size": "hello"},
        {"speed": "json"},
        {"code_size": "hello"},
    )


def test_each_reason_names_its_criterion_kind_points_and_the_entry_shown(data):
    alpha = Ranker(data).rank([need(3, feature="orm"), need(2, fact="interface", values=["WSGI"])])[0]
    orm = data.frameworks["alpha"]["features"]["orm"]
    assert alpha["reasons"][0] == {
        "need": need(3, feature="orm"),
        "criterion": "feature:orm",
        "kind": "feature",
        "credit": guides.Credit(2, "Third-party package (SQLAlchemy)", orm["source"], orm),
        "points": 6,
        "max": 12,
        "support": "third-party",
        "entry": orm,
    }
    assert {k: v for k, v in alpha["reasons"][1].items() if k != "credit"} == {
        "need": need(2, fact="interface", values=["WSGI"]),
        "criterion": "fact:interface=WSGI",
        "kind": "fact",
        "points": 8,
        "max": 8,
    }


def test_rank_of_a_dataset_uses_its_shared_ranker(data):
    # alpha: orm third-party 2 of 4 -> 50 %; beta: none -> 0 %
    assert [(r["id"], r["percent"]) for r in guides.rank(data, [need(1, feature="orm")])] == [
        ("alpha", 50),
        ("beta", 0),
    ]


def test_the_shared_ranker_is_built_once_per_dataset(data, data_root, tmp_path):
    first = guides.ranker_for(data, tmp_path)
    assert guides.ranker_for(data, tmp_path) is first
    other = assemble.load(data_root)
    second = guides.ranker_for(other, tmp_path)
    assert second is not first and second.data is other
    assert guides.ranker_for(other, tmp_path) is second


# -- caveats and leaders ---------------------------------------------------------------------------
def test_caveats_are_needs_of_weight_two_or_more_met_with_one_point_or_none(data):
    data.frameworks["alpha"]["features"]["routing"]["support"] = "partial"  # credit 1
    needs = [
        need(2, feature="routing"),  # 1: a caveat
        need(2, feature="orm"),  # 2 (third-party): not a caveat
        need(1, fact="interface", values=["ASGI"]),  # 0 but nice to have: not a caveat
        need(3, knows="beta"),  # 0: a caveat
        need(2, **{"async": "event-loop"}),  # no data: not a caveat (said apart)
    ]
    alpha = {r["id"]: r for r in Ranker(data).rank(needs)}["alpha"]
    assert [r["criterion"] for r in guides.gaps(alpha)] == ["feature:routing", "knows:beta"]
    assert [r["criterion"] for r in guides.no_data(alpha)] == ["async:event-loop"]


def ranking(*percents):
    return guides.place([{"id": f"fw{i}", "percent": p, "tie": None, "order": i} for i, p in enumerate(percents)])


def test_leaders_are_at_least_three_rows_in_whole_places():
    rows = ranking(90, 80, 70, 60, 50)
    assert ids(guides.leaders(rows)) == ["fw0", "fw1", "fw2"]
    assert ids(guides.leaders(ranking(90, 80, 80, 80, 50))) == ["fw0", "fw1", "fw2", "fw3"]  # never half a tie
    assert ids(guides.leaders(rows, at_least=1)) == ["fw0"]
    assert ids(guides.leaders(ranking(90, 80))) == ["fw0", "fw1"]


# -- pick X when ------------------------------------------------------------------------------------
@pytest.fixture
def picks(data):
    data.guides["scenarios"] = [
        # alpha: routing 4 x 9 + orm 2 x 2 = 40 of 44 -> 91 %; beta: 36 of 44 -> 82 %: 9 apart
        scenario("nine-apart", need(9, feature="routing"), need(2, feature="orm")),
        # alpha: 4 x 4 + 2 x 1 = 18 of 20 -> 90 %; beta: 16 of 20 -> 80 %: 10 apart
        scenario("ten-apart", need(4, feature="routing"), need(1, feature="orm")),
        scenario("no-data", need(1, speed="json")),  # nobody measured
        scenario("alpha-only", need(1, speed="html")),  # beta not measured: no comparison
        scenario("asgi", need(1, fact="interface", values=["ASGI"])),  # beta 100 %, alpha 0 %
    ]
    return data


def picked(out):
    return {fid: [(p["scenario"]["id"], p["winner"]["id"], p["loser"]["id"]) for p in ps] for fid, ps in out.items()}


def test_pick_when_lists_scenarios_won_by_ten_points_or_more(picks):
    r = Ranker(picks, Evidence(speed={"html": {"alpha": sp(100.0)}}))
    assert picked(r.pick_when("alpha", "beta")) == {
        "alpha": [("ten-apart", "alpha", "beta")],
        "beta": [("asgi", "beta", "alpha")],
    }
    assert picked(r.pick_when("beta", "alpha")) == {
        "beta": [("asgi", "beta", "alpha")],
        "alpha": [("ten-apart", "alpha", "beta")],
    }
    assert picked(r.pick_when("alpha", "beta", margin=9))["alpha"] == [
        ("nine-apart", "alpha", "beta"),
        ("ten-apart", "alpha", "beta"),
    ]


def test_pick_when_of_a_dataset_passes_the_margin_on(picks):
    assert picked(guides.pick_when(picks, "alpha", "beta")) == {
        "alpha": [("ten-apart", "alpha", "beta")],
        "beta": [("asgi", "beta", "alpha")],
    }
    assert picked(guides.pick_when(picks, "alpha", "beta", margin=11)) == {
        "alpha": [],
        "beta": [("asgi", "beta", "alpha")],
    }


# -- the questionnaire and the published form ---------------------------------------------------------
def test_a_question_for_every_framework_generates_an_answer_per_framework(data):
    template = {"weight": 2, "why": "The team knows it already."}
    data.guides["questions"][0]["every_framework"] = template
    q1, q2 = Ranker(data).questions()[:2]
    assert q1 == {
        "id": "q1",
        "text": "Do you need a database?",
        "answers": [
            {"id": "alpha", "label": "Alpha", "generated": True, "needs": [dict(template, knows="alpha")]},
            {"id": "beta", "label": "Beta", "generated": True, "needs": [dict(template, knows="beta")]},
            *data.guides["questions"][0]["answers"],
        ],
        "every_framework": template,
    }
    assert q2["every_framework"] is None and [a["id"] for a in q2["answers"]] == ["wsgi", "any"]


def test_the_api_publishes_every_criterion_a_guide_uses(data):
    data.guides["scenarios"][0]["needs"].append(need(1, fact="built_on", values=["Werkzeug"]))
    data.guides["scenarios"][0]["tie_break"] = {"code_size": "hello"}
    api = guides.api(Ranker(data))
    assert list(api["criteria"]) == [
        "feature:routing",
        "feature:orm",
        "fact:built_on=Werkzeug",  # a scenario's need that no question asks
        "fact:interface=WSGI",
        "maintenance",  # the file's tie-break (the default)
        "code-size:hello",  # the scenario's own tie-break
    ]
    assert api["tie_break"] == "maintenance" and api["scenarios"][0]["tie_break"] == "code-size:hello"
    assert api["criteria"]["fact:interface=WSGI"] == {
        "label": "Interface: WSGI",
        "explain": "Full points when the framework's fact is one of these values, none otherwise.",
        "credits": {
            "alpha": {
                "credit": 4,
                "said": "matches (WSGI)",
                "source": "https://alpha.example.org/docs/",
                "order": None,
            },
            "beta": {
                "credit": 0,
                "said": "does not match (ASGI)",
                "source": "https://beta.example.org/docs/",
                "order": None,
            },
        },
    }
    m = {"credit": None, "said": "no data: no package-index snapshot", "source": None, "order": None}
    assert api["criteria"]["maintenance"]["credits"] == {"alpha": m, "beta": m}


def test_the_api_in_full_for_the_fixture(data):
    r = Ranker(data, maintenance(alpha="2026-11-20"))  # 10 days: order 10
    api = guides.api(r, "https://example.org/r/")
    assert {k: v for k, v in api.items() if k not in ("criteria", "scenarios", "questions")} == {
        "version": 1,
        "full": 4,
        "rule": "percent = (200 × points + best) // (2 × best), with best = 4 × weight summed over the needs that have data",
        "weights": {"1": "nice to have", "2": "important", "3": "essential"},
        "frameworks": [  # neither lists a user; neither has a snapshot, so neither is judged unmaintained
            {
                "id": "alpha",
                "name": "Alpha",
                "kind": "micro",
                "health": "unknown",
                "flags": [
                    {"id": "no-known-user", "text": "No known user", "title": "No user with evidence is recorded."}
                ],
            },
            {
                "id": "beta",
                "name": "Beta",
                "kind": "api-layer",
                "health": "unknown",
                "flags": [
                    {"id": "no-known-user", "text": "No known user", "title": "No user with evidence is recorded."}
                ],
            },
        ],
        "tie_break": "maintenance",
    }
    assert api["criteria"]["maintenance"]["credits"]["alpha"] == {
        "credit": 4,
        "said": "Last release 1 on 2026-11-20, 10 days before 2026-11-30 (the newest snapshot)",
        "source": None,
        "order": 10,
    }

    def reason(criterion, credit, points, top, said):
        return {"criterion": criterion, "credit": credit, "points": points, "max": top, "said": said}

    assert api["scenarios"] == [
        {
            "id": "small-site",
            "title": "A small site",
            "url": "https://example.org/r/guides/small-site/",
            "tie_break": "maintenance",
            "needs": [
                {"criterion": "feature:routing", "weight": 2, "why": "Every page needs a route."},
                {"criterion": "feature:orm", "weight": 1, "why": "Some pages read from a database."},
            ],
            "ranking": [
                {  # 4 x 2 + 2 x 1 = 10 of 12 -> 83 %
                    "id": "alpha",
                    "name": "Alpha",
                    "points": 10,
                    "best": 12,
                    "percent": 83,
                    "place": 1,
                    "tied": False,
                    "flags": ["no-known-user"],
                    "reasons": [
                        reason("feature:routing", 4, 8, 8, "Built in"),
                        reason("feature:orm", 2, 2, 4, "Third-party package (SQLAlchemy)"),
                    ],
                },
                {  # 4 x 2 + 0 x 1 = 8 of 12 -> 67 %
                    "id": "beta",
                    "name": "Beta",
                    "points": 8,
                    "best": 12,
                    "percent": 67,
                    "place": 2,
                    "tied": False,
                    "flags": ["no-known-user"],
                    "reasons": [
                        reason("feature:routing", 4, 8, 8, "Built in"),
                        reason("feature:orm", 0, 0, 4, "Not available"),
                    ],
                },
            ],
        }
    ]
    assert api["questions"][:2] == [
        {
            "id": "q1",
            "text": "Do you need a database?",
            "answers": [
                {
                    "id": "a-yes",
                    "label": "Yes",
                    "needs": [{"criterion": "feature:orm", "weight": 3, "why": "You said you need a database."}],
                },
                {"id": "a-no", "label": "No", "needs": []},
            ],
        },
        {
            "id": "q2",
            "text": "Which interface?",
            "answers": [
                {
                    "id": "wsgi",
                    "label": "WSGI",
                    "needs": [{"criterion": "fact:interface=WSGI", "weight": 2, "why": "You asked for WSGI."}],
                },
                {"id": "any", "label": "Any", "needs": []},
            ],
        },
    ]
    assert [q["id"] for q in api["questions"]] == ["q1", "q2", "q3", "q4", "q5"]


def test_scenario_urls_are_relative_without_a_base(data):
    assert guides.api(Ranker(data))["scenarios"][0]["url"] == "guides/small-site/"
