"""What the speed pages and the harness take from a measured run, on small runs written inline: the
baseline each framework is measured against, the ratios, the flags, the reproduction check, the
sections and bar charts of /performance/, a pair page's rows, and a run file's own consistency."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_speed import conditions

from pywebcompare.data.yamlsafe import Loaded
from pywebcompare.evidence import setups, speed
from pywebcompare.evidence.setups import SETUPS


def res(framework, rps, endpoint="plaintext", server="uvicorn", spread=0.0, setup=None, **extra) -> dict:
    """A format-1 result (server only), or a format-2 one when `setup` is given."""
    out = {"framework": framework, "server": server, "endpoint": endpoint, "rps": rps, "rps_spread": spread, **extra}
    if setup:
        out.update(setup=setup, server_config=SETUPS[setup].config("1.0"))
    return out


# -- configurations, baselines and ratios -----------------------------------------------------------
@pytest.mark.parametrize(
    "server, extras, setup",
    [
        ("uvicorn", ["standard"], "uvicorn-standard"),
        ("uvicorn", [], "uvicorn"),
        ("gunicorn", ["standard"], "gunicorn"),  # no such configuration: the server's own
        ("gthread", [], "gthread"),
        ("granian-asgi", [], "granian-asgi"),
    ],
)
def test_a_deployment_names_its_configuration(server, extras, setup):
    assert setups.setup_id(server, extras) == setup


@pytest.mark.parametrize(
    "framework, server, setup, named",
    [
        ("baseline-wsgi", "gunicorn", "gunicorn", "baseline-gunicorn"),
        ("baseline-asgi", "uvicorn", "uvicorn", "baseline-uvicorn"),
        ("flask", "gunicorn", "gunicorn", "flask"),
        ("fastapi", "uvicorn", "uvicorn", "fastapi"),  # format 1's Uvicorn: h11 and asyncio
    ],
)
def test_a_format_1_result_gets_the_configuration_it_ran_on(framework, server, setup, named):
    got = speed.normalise(res(framework, 1.0, server=server, ratio=0.4, ratios=[0.4] * 3, ratio_spread=0.1))
    assert (got["framework"], got["setup"]) == (named, setup)
    assert got["server_config"] == SETUPS[setup].config("unknown")
    assert not {"ratio", "ratios", "ratio_spread"} & set(got)


def test_summary_figures_are_rounded_to_their_places():
    rounds = [
        {"rps": 1000.26, "p50_ms": 1.23456, "p99_ms": 3.33333, "errors": 0},
        {"rps": 900.0, "p50_ms": 1.0, "p99_ms": 3.0, "errors": 2},
        {"rps": 1111.11, "p50_ms": 2.0, "p99_ms": 4.0, "errors": 0},
    ]
    assert speed.summarise(rounds) == {
        "rps": 1000.3,
        "rps_spread": 0.211,  # (1111.11 - 900) / 1000.26 = 0.21106
        "p50_ms": 1.235,
        "p99_ms": 3.333,
        "errors": 2,
    }


def test_a_spread_around_a_zero_median_is_zero():
    assert speed.spread([0.0, 0.0, 5.0]) == 0.0
    assert speed.spread([90.0, 100.0, 120.0]) == 0.3  # (120 - 90) / 100


def test_ratios_are_to_the_same_configuration_and_round_to_three_places():
    rows = speed.with_ratios(
        [
            res("baseline-gunicorn", 3000.0, setup="gunicorn"),
            res("bottle", 1000.0, setup="gunicorn"),
            res("flask", 1000.0, setup="gthread"),  # no bare gthread app in this run
            res("baseline-uvicorn-standard", 0.0, endpoint="json", setup="uvicorn-standard"),
            res("fastapi", 500.0, endpoint="json", setup="uvicorn-standard"),  # a baseline with no figure
        ]
    )
    got = {(r["framework"], r["endpoint"]): (r["baseline"] and r["baseline"]["rps"], r["ratio"]) for r in rows}
    assert got == {
        ("baseline-gunicorn", "plaintext"): (None, None),
        ("bottle", "plaintext"): (3000.0, 0.333),  # 1000 / 3000
        ("flask", "plaintext"): (None, None),
        ("baseline-uvicorn-standard", "json"): (None, None),
        ("fastapi", "json"): (0.0, None),
    }
    assert rows[1]["rps"] == 1000.0 and rows[1]["server"] == "uvicorn"  # the result's own fields are kept


def test_a_flag_names_the_framework_configuration_and_both_figures():
    base, fast = res("baseline-granian", 1000.0, setup="granian"), res("emmett", 2000.0, setup="granian")
    assert speed.beats_baseline([base, fast]) == [
        "emmett plaintext on granian: 2.00x the bare app on the same configuration (2000 against 1000 rps); "
        "check the example and the baseline"
    ]


def test_a_ratio_of_exactly_1_1_is_not_flagged():
    base = res("baseline-uvicorn", 1000.0, setup="uvicorn")
    assert speed.beats_baseline([base, res("starlette", 1100.0, setup="uvicorn")]) == []
    assert len(speed.beats_baseline([base, res("starlette", 1101.0, setup="uvicorn")])) == 1


def test_a_framework_without_its_baseline_result_is_not_flagged():
    assert speed.beats_baseline([res("starlette", 3000.0, setup="uvicorn")]) == []


def test_reproduction_skips_what_cannot_be_compared_and_rounds_the_change():
    committed = [
        res("baseline-asgi", 1000.0),
        res("fastapi", 300.0),
        res("zero", 0.0),  # a committed ratio of 0: no relative change
        res("gone", 100.0, endpoint="json"),
    ]
    current = [
        res("baseline-asgi", 1000.0),
        res("fastapi", 400.0),
        res("zero", 500.0),
        res("gone", 100.0, endpoint="json"),  # its baseline was not measured this time: no ratio now
        res("new", 100.0),  # not in the committed run
    ]
    assert speed.compare_runs(committed, current) == [
        {
            "key": ("fastapi", "uvicorn", "plaintext"),
            "committed": 0.3,
            "now": 0.4,
            "change": 0.333,  # 0.4 / 0.3 - 1
            "within": False,
        }
    ]


# -- a run file -------------------------------------------------------------------------------------
def run_doc(date="2026-11-30") -> dict:
    return {
        "conditions": {"date": date, "servers": {"baseline-asgi": {}, "fastapi": {}}},
        "results": [
            res("baseline-asgi", 2000.0, rounds=[1900.0, 2000.0, 2100.0]),
            res("fastapi", 1000.0, rounds=[900.0, 1000.0, 1100.0], ratios=[0.5, 0.45, 0.55], ratio=0.5),
        ],
    }


def loaded(doc: dict, name: str = "data/speed/2026-11-30.yaml") -> Loaded:
    out = Loaded(name)
    out.data = doc
    return out


def problems(doc: dict, name: str = "data/speed/2026-11-30.yaml") -> list[tuple]:
    return [(path, wrong, expected) for _, path, wrong, expected in speed.run_problems(loaded(doc, name))]


def test_a_consistent_run_has_no_problem():
    assert problems(run_doc()) == []


def test_every_inconsistency_of_a_run_is_named():
    doc = run_doc(date="2026-12-01")
    doc["results"].append(res("fastapi", 1000.1, rounds=[1000.1, 1000.0, 1000.2], ratios=[0.5, 0.6, 0.7], ratio=0.5))
    doc["results"].append(res("litestar", 900.0, rounds=[900.0, 900.0, 900.0]))
    assert problems(doc) == [
        (
            ("conditions", "date"),
            "date 2026-12-01 differs from the file name 2026-11-30",
            "expected the run's date to name its file (<date>.yaml, or <date>-2.yaml for a second run that day)",
        ),
        (
            ("results", 2),
            "fastapi uvicorn plaintext appears twice",
            "expected one result per framework, server configuration and endpoint",
        ),
        (
            ("results", 2, "ratio"),
            "ratio 0.5 is not the median of its ratios",
            "expected the median of `ratios`, as the harness writes it",
        ),
        (
            ("results", 3, "framework"),
            "no server entry for litestar",
            "expected conditions.servers to say which server ran it and why",
        ),
    ]


def test_medians_are_compared_after_rounding():
    doc = run_doc()
    doc["results"][1].update(rounds=[999.94, 1000.0, 1000.04], rps=999.9, ratios=[0.5004, 0.5, 0.4], ratio=0.5)
    assert problems(doc) == [
        (
            ("results", 1, "rps"),
            "rps 999.9 is not the median of its rounds",
            "expected the median of `rounds`, as the harness writes it",
        )
    ]
    doc["results"][1].update(rps=1000.0, ratios=[0.5004, 0.5, 0.6])  # median 0.5004 rounds to 0.5
    assert problems(doc) == []


def test_a_run_whose_ratio_is_missing_is_reported():
    doc = run_doc()
    del doc["results"][1]["ratio"]
    assert problems(doc)[0][1] == "ratio None is not the median of its ratios"


def test_newest_run_is_the_latest_date():
    older, newer = loaded({"conditions": {"date": "2026-10-01"}}), loaded({"conditions": {"date": "2026-11-30"}})
    assert speed.newest_run({"2026-11-30": newer, "2026-10-01": older}) == dict(
        newer.data, file="data/speed/2026-11-30.yaml"
    )
    assert speed.newest_run({}) is None


def test_dump_writes_every_value_out_in_order_with_its_header():
    shared = {"server": "uvicorn"}
    text = speed.dump({"zeta": "Zoë", "alpha": [shared, shared]})
    assert text.startswith(speed.HEADER) and "&" not in text and "*" not in text
    assert text[len(speed.HEADER) :] == "zeta: Zoë\nalpha:\n- server: uvicorn\n- server: uvicorn\n"
    assert yaml.safe_load(text) == {"zeta": "Zoë", "alpha": [shared, shared]}


def test_dump_folds_a_long_text_at_the_first_space_past_column_120():
    words = ["go"] * 45  # "why: go go ...": the 39th word ends at column 121
    first, second = speed.dump({"why": " ".join(words)})[len(speed.HEADER) :].splitlines()
    assert len(first) == 121 and second == "  " + " ".join(words[39:])


def test_newest_reads_the_last_run_and_skips_a_broken_one(tmp_path):
    assert speed.newest(tmp_path) is None
    folder = tmp_path / "data/speed"
    folder.mkdir(parents=True)
    (folder / "2026-12-01.yaml").write_text("conditions: [unclosed\n")
    runs, found = speed.load_runs(tmp_path)
    assert runs == [] and [p.file for p in found] == ["data/speed/2026-12-01.yaml"]
    assert speed.run_paths(tmp_path) == [folder / "2026-12-01.yaml"]


def valid_run(date: str) -> dict:
    """A small run as the harness writes it (it passes schemas/speed.schema.json)."""
    server = {
        "server": "uvicorn",
        "flags": "1 process",
        "why": "The raw ASGI ceiling.",
        "packages": {"uvicorn": "0.54.0"},
    }
    figures = {"rps_spread": 0.1, "p50_ms": 1.0, "p99_ms": 2.0, "errors": 0, "rss_mib": 30.0, "startup_ms": 200.0}
    result = res("baseline-asgi", 2000.0, rounds=[1900.0, 2000.0, 2100.0], **figures)
    return {"conditions": conditions(date, {"baseline-asgi": server}), "results": [result], "excluded": [], "flags": []}


def test_the_newest_run_is_the_last_date_and_a_broken_run_is_reported_at_its_line(tmp_path):
    folder = tmp_path / "data/speed"
    folder.mkdir(parents=True)
    for date in ("2026-10-01", "2026-11-30"):
        (folder / f"{date}.yaml").write_text(speed.dump(valid_run(date)))
    assert speed.newest(tmp_path) == dict(valid_run("2026-11-30"), file="data/speed/2026-11-30.yaml")
    (folder / "2026-11-30.yaml").write_text(speed.dump(valid_run("2026-11-29")))
    runs, found = speed.load_runs(tmp_path)
    assert [r.name for r in runs] == ["data/speed/2026-10-01.yaml"]
    assert [(p.file, p.line, p.field) for p in found] == [("data/speed/2026-11-30.yaml", 4, "conditions.date")]
    assert found[0].wrong == "date 2026-11-29 differs from the file name 2026-11-30"
    assert (
        found[0].expected
        == "expected the run's date to name its file (<date>.yaml, or <date>-2.yaml for a second run that day)"
    )


# -- what /performance/ and a pair page draw -------------------------------------------------------
def test_sections_follow_the_endpoints_and_sort_fastest_first():
    std = "uvicorn-standard"
    run = {
        "results": [
            res("zeta", 1000.0, setup=std),
            res("alpha", 1000.0, setup=std),
            res("slow", 200.0, setup=std),
            res("baseline-uvicorn-standard", 2000.0, setup=std),
            res("unpaired", 3000.0, setup="gunicorn"),  # no bare gunicorn app in this run: no ratio
            res("baseline-uvicorn-standard", 1000.0, endpoint="body", setup=std),
            res("alpha", 1500.0, endpoint="body", setup=std),
        ]
    }
    names = speed.display_names({"alpha": "Alpha", "zeta": "Zeta", "slow": "Slow", "unpaired": "Unpaired"})
    sections = speed.by_endpoint(run, names)
    assert [(s["id"], s["label"]) for s in sections] == [("plaintext", "Plain text"), ("body", "JSON body")]
    assert sections[0]["what"] == speed.ENDPOINTS["plaintext"][1]
    assert [(r["framework"], r["name"], r["ratio"]) for r in sections[0]["rows"]] == [
        ("unpaired", "Unpaired", None),
        ("baseline-uvicorn-standard", "Bare app (Uvicorn with httptools and uvloop (uvicorn[standard]))", None),
        ("alpha", "Alpha", 0.5),  # ties by id
        ("zeta", "Zeta", 0.5),
        ("slow", "Slow", 0.1),
    ]
    assert [r["framework"] for r in sections[1]["rows"]] == ["alpha", "baseline-uvicorn-standard"]  # by rps
    assert sections[1]["chart"]["title"] == (
        "JSON body: requests per second, fastest first; each tick marks the bare app on the same server configuration"
    )


def test_a_bar_chart_is_scaled_to_its_largest_figure_and_marks_each_baseline():
    rows = [
        {
            "framework": "fast",
            "name": "Fast",
            "setup": "granian",
            "rps": 4000.0,
            "ratio": 0.8,
            "baseline": {"rps": 5000.0},
        },
        {
            "framework": "baseline-uvicorn",
            "name": "Bare",
            "setup": "uvicorn",
            "rps": 2000.0,
            "ratio": None,
            "baseline": None,
        },
        {
            "framework": "slow",
            "name": "Slow",
            "setup": "uvicorn",
            "rps": 640.0,
            "ratio": 0.32,
            "baseline": {"rps": 2000.0},
        },
        {"framework": "none", "name": "None", "setup": "sanic", "rps": 0.0, "ratio": None, "baseline": None},
    ]
    chart = speed.bar_chart(rows, "Plain text")
    assert chart["title"] == (
        "Plain text: requests per second, fastest first; each tick marks the bare app on the same server configuration"
    )
    # the largest figure is a baseline's, 5000: every length and tick is a share of it
    assert chart["bars"] == [
        {"name": "Fast (granian)", "rps": 4000.0, "ratio": 0.8, "pct": 80.0, "mark_pct": 100.0, "baseline": False},
        {"name": "Bare app (uvicorn)", "rps": 2000.0, "ratio": None, "pct": 40.0, "mark_pct": None, "baseline": True},
        {"name": "Slow (uvicorn)", "rps": 640.0, "ratio": 0.32, "pct": 12.8, "mark_pct": 40.0, "baseline": False},
        {"name": "None (sanic)", "rps": 0.0, "ratio": None, "pct": 0.0, "mark_pct": None, "baseline": False},
    ]


def test_a_bar_chart_of_nothing_measured_does_not_divide_by_zero():
    chart = speed.bar_chart([{"framework": "x", "name": "X", "setup": "sanic", "rps": 0.0}], "JSON")
    assert (chart["bars"][0]["pct"], chart["bars"][0]["mark_pct"]) == (0.0, None)


def test_a_pair_has_a_row_per_endpoint_either_measured():
    std = "uvicorn-standard"
    run = {
        "conditions": {
            "date": "2026-11-30",
            "concurrency": 64,
            "rounds": 3,
            "duration_s": 5,
            "cpu": "Xeon",
            "shared_machine": True,
        },
        "results": [
            res("baseline-uvicorn-standard", 2000.0, setup=std),
            res("alpha", 1000.0, setup=std),
            res("alpha", 1800.0, setup="granian-asgi", alternative=True),
            res("beta", 300.0, setup=std),
            res("alpha", 800.0, endpoint="json", setup=std),
            res("beta", 0.0, endpoint="html", setup=std),
            res("alpha", 700.0, endpoint="html", setup=std),
            res("gamma", 100.0, endpoint="body", setup=std),
        ],
        "excluded": [
            {"framework": "beta", "endpoint": "json", "reason": "status 500"},
            {"framework": "gamma", "endpoint": "json", "reason": "status 500"},
        ],
    }
    got = speed.pair(run, "alpha", "beta")
    assert got["date"] == "2026-11-30"
    assert (
        got["conditions"]
        == "1 worker on 1 core, wrk on another with 64 connections, 3 rounds of 5 s; Xeon; the machine was shared with other work"
    )
    assert got["excluded"] == [{"framework": "beta", "endpoint": "json", "reason": "status 500"}]
    rows = [
        (r["endpoint"], r["label"], r["a"] and r["a"]["rps"], r["b"] and r["b"]["rps"], r["a_over_b"])
        for r in got["rows"]
    ]
    assert rows == [
        ("plaintext", "Plain text", 1000.0, 300.0, 3.33),  # 1000 / 300, to two places; the deployment's set-up
        ("json", "JSON", 800.0, None, None),
        ("html", "HTML template", 700.0, 0.0, None),
    ]
    assert got["rows"][0]["a"]["ratio"] == 0.5
    assert [r["rps"] for r in got["rows"][0]["alternatives"]] == [1800.0]
    assert speed.pair(run, "beta", "alpha")["rows"][0]["a_over_b"] == 0.3


def test_a_pair_neither_measured_nor_excluded_has_no_speed_section():
    run = {"conditions": {"date": "2026-11-30"}, "results": [res("alpha", 1000.0, setup="uvicorn")]}
    assert speed.pair(run, "beta", "gamma") is None
    assert speed.pair(None, "alpha", "beta") is None
    only_excluded = dict(run, excluded=[{"framework": "beta", "endpoint": "json", "reason": "status 500"}])
    assert speed.pair(only_excluded, "beta", "gamma")["rows"] == []


def test_the_performance_page_without_a_run():
    got = speed.page(None, {"alpha": "Alpha"}, [{"id": "techempower"}])
    assert got["run"] is None and got["sections"] == [] and got["trend"] is None and got["notes"] == []
    assert (
        got["names"]["alpha"] == "Alpha" and got["names"]["baseline-gunicorn"] == "Bare app (Gunicorn, 1 sync worker)"
    )
    assert got["benchmarks"] == [{"id": "techempower"}] and got["MAX_RATIO"] == 1.1
    assert got["ENDPOINT_LABELS"] == {
        "plaintext": "Plain text",
        "json": "JSON",
        "params": "Path and query",
        "body": "JSON body",
        "html": "HTML template",
    }


def test_the_performance_page_names_baselines_and_frameworks():
    run = {
        "conditions": {"date": "2026-12-07", "environments": []},
        "results": [
            res("baseline-uvicorn", 2000.0, setup="uvicorn"),
            res("alpha", 1000.0, setup="uvicorn"),
            res("ghost", 500.0, setup="uvicorn"),
        ],
    }
    got = speed.page(run, {"alpha": "Alpha"}, [])
    assert [r["name"] for r in got["sections"][0]["rows"]] == [
        "Bare app (Uvicorn with h11 and asyncio (no extras))",
        "Alpha",
        "ghost",
    ]
    assert [s.id for s in got["setups"]] == ["uvicorn"]
    assert got["trend"]["dates"] == ["2026-12-07"] and [r["framework"] for r in got["trend"]["rows"]] == [
        "alpha",
        "ghost",
        "baseline-uvicorn",
    ]


def test_the_trend_keeps_each_configuration_apart_and_gives_the_change():
    old = {"conditions": {"date": "2026-11-30"}, "results": [res("fastapi", 1000.0), res("baseline-asgi", 2000.0)]}
    new = {
        "conditions": {"date": "2026-12-07"},
        "results": [res("fastapi", 3000.0, setup="uvicorn-standard"), res("fastapi", 1500.0, setup="uvicorn")],
    }
    trend = speed.history([old, new])
    assert trend["dates"] == ["2026-11-30", "2026-12-07"]
    rows = {(r["framework"], r["setup"]): (r["points"], r["change"]) for r in trend["rows"]}
    assert rows == {
        ("fastapi", "uvicorn"): ({"2026-11-30": 1000.0, "2026-12-07": 1500.0}, 0.5),
        ("fastapi", "uvicorn-standard"): ({"2026-12-07": 3000.0}, None),
        ("baseline-uvicorn", "uvicorn"): ({"2026-11-30": 2000.0}, None),
    }


def test_a_days_second_run_keeps_its_own_name_column_and_file(tmp_path):
    """Two runs on one day: the trend has a column for each, /api/speed.json names both, and the page
    names the newest run's own file (not <date>.yaml)."""
    folder = tmp_path / "data/speed"
    folder.mkdir(parents=True)
    first = valid_run("2026-12-07")
    second = valid_run("2026-12-07")
    second["results"][0]["rps"], second["results"][0]["rounds"] = 3000.0, [2900.0, 3000.0, 3100.0]
    (folder / "2026-12-07.yaml").write_text(speed.dump(first))
    assert speed.run_path(tmp_path, "2026-12-07").name == "2026-12-07-2.yaml"
    speed.run_path(tmp_path, "2026-12-07").write_text(speed.dump(second))
    loaded, problems = speed.load_runs(tmp_path)
    assert problems == []
    assert [r.name for r in loaded] == ["data/speed/2026-12-07.yaml", "data/speed/2026-12-07-2.yaml"]
    assert speed.newest(tmp_path)["file"] == "data/speed/2026-12-07-2.yaml"  # what a re-run compares with
    runs = speed.kept_runs({Path(r.name).stem: r for r in reversed(loaded)})
    assert [speed.run_name(r) for r in runs] == ["2026-12-07", "2026-12-07-2"]
    trend = speed.history(runs)
    assert trend["dates"] == ["2026-12-07", "2026-12-07-2"]
    assert [row["points"] for row in trend["rows"]] == [{"2026-12-07": 2000.0, "2026-12-07-2": 3000.0}]
    page = speed.page(runs[-1], {}, [], runs)
    assert page["run_file"] == "data/speed/2026-12-07-2.yaml"
    assert speed.api(runs[-1], [speed.run_name(r) for r in runs])["runs"] == ["2026-12-07", "2026-12-07-2"]
