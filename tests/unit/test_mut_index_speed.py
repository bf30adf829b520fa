"""What the speed pages and the harness take from a measured run, on small runs written inline: the
baseline each framework is measured against, the ratios, the flags, the reproduction check, the
sections and bar charts of /performance/, a pair page's rows, and a run file's own consistency."""

from __future__ import annotations

import pytest
import yaml
from test_speed import conditions

from pywebcompare.data.yamlsafe import Loaded
from pywebcompare.evidence import speed


def res(framework, rps, endpoint="plaintext", server="uvicorn", spread=0.0, **extra) -> dict:
    return {"framework": framework, "server": server, "endpoint": endpoint, "rps": rps, "rps_spread": spread, **extra}


# -- baselines and ratios ---------------------------------------------------------------------------
@pytest.mark.parametrize("server", ["gunicorn", "gthread", "cherrypy", "waitress"])
def test_wsgi_servers_are_measured_against_the_raw_wsgi_app(server):
    assert speed.baseline_of(server) == "baseline-wsgi"


@pytest.mark.parametrize("server", ["uvicorn", "hypercorn", "granian"])
def test_other_servers_are_measured_against_the_raw_asgi_app(server):
    assert speed.baseline_of(server) == "baseline-asgi"


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


def test_ratios_prefer_the_paired_ratio_and_round_to_three_places():
    rows = speed.with_ratios(
        [
            res("baseline-wsgi", 3000.0, server="granian"),  # a baseline is its own, whatever its server
            res("bottle", 1000.0, server="gunicorn"),
            res("flask", 1000.0, server="gunicorn", ratio=0.41),  # measured next to a baseline run
            res("baseline-asgi", 0.0, endpoint="json"),
            res("fastapi", 500.0, endpoint="json"),  # a baseline with no figure gives no ratio
            res("quart", 500.0, endpoint="html"),  # no baseline measured for html
        ]
    )
    got = {(r["framework"], r["endpoint"]): (r["baseline"], r["ratio"]) for r in rows}
    assert got == {
        ("baseline-wsgi", "plaintext"): ("baseline-wsgi", 1.0),
        ("bottle", "plaintext"): ("baseline-wsgi", 0.333),  # 1000 / 3000
        ("flask", "plaintext"): ("baseline-wsgi", 0.41),
        ("baseline-asgi", "json"): ("baseline-asgi", None),
        ("fastapi", "json"): ("baseline-asgi", None),
        ("quart", "html"): (None, None),
    }
    assert rows[1]["rps"] == 1000.0 and rows[1]["server"] == "gunicorn"  # the result's own fields are kept


def test_a_flag_compares_servers_by_name_without_their_settings():
    base, fast = res("baseline-asgi", 1000.0), res("socketify", 2000.0, server="granian")
    assert speed.beats_baseline([base, fast]) == [
        "socketify plaintext: 2.00x its raw baseline (2000 against 1000 rps, noise 5%); "
        "granian against uvicorn: the difference is the server's, not the framework's"
    ]
    flags = speed.beats_baseline([base, fast], {"socketify": {"why": "no flags given"}})
    assert flags[0].endswith("granian against uvicorn: the difference is the server's, not the framework's")


def test_a_paired_ratio_spread_is_the_noise_and_the_edge_is_not_beyond_it():
    base = res("baseline-asgi", 1000.0, spread=0.5)
    paired = res("starlette", 1210.0, spread=0.5, ratio=1.2, ratio_spread=0.1)
    assert speed.beats_baseline([base, paired]) == [
        "starlette plaintext: 1.20x its raw baseline (1210 against 1000 rps, noise 10%); "
        "same server and settings: check the example and the baseline"
    ]
    at_floor = res("starlette", 1050.0, ratio=1.05)  # exactly 1 + NOISE_FLOOR: not beyond the noise
    assert speed.beats_baseline([res("baseline-asgi", 1000.0), at_floor]) == []


def test_a_paired_ratio_without_its_baseline_result_is_not_flagged():
    assert speed.beats_baseline([res("starlette", 3000.0, ratio=3.0)]) == []


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
            "expected the run's date to name its file",
        ),
        (
            ("results", 2),
            "fastapi uvicorn plaintext appears twice",
            "expected one result per framework, server and endpoint",
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
    assert speed.newest_run({"2026-11-30": newer, "2026-10-01": older}) is newer.data
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
    assert speed.newest(tmp_path) == valid_run("2026-11-30")
    (folder / "2026-11-30.yaml").write_text(speed.dump(valid_run("2026-11-29")))
    runs, found = speed.load_runs(tmp_path)
    assert [r.name for r in runs] == ["data/speed/2026-10-01.yaml"]
    assert [(p.file, p.line, p.field) for p in found] == [("data/speed/2026-11-30.yaml", 4, "conditions.date")]
    assert found[0].wrong == "date 2026-11-29 differs from the file name 2026-11-30"
    assert found[0].expected == "expected the run's date to name its file"


# -- what /performance/ and a pair page draw -------------------------------------------------------
def test_sections_follow_the_endpoints_and_sort_baselines_then_fastest():
    run = {
        "results": [
            res("zeta", 1000.0),
            res("alpha", 1000.0),
            res("slow", 200.0),
            res("baseline-asgi", 2000.0),
            res("unpaired", 300.0, server="gunicorn"),  # no WSGI baseline in this run: no ratio
            res("baseline-asgi", 1000.0, endpoint="body"),
            res("alpha", 1500.0, endpoint="body"),
        ]
    }
    names = {"alpha": "Alpha", "zeta": "Zeta", "slow": "Slow", "unpaired": "Unpaired", **speed.BASELINES}
    sections = speed.by_endpoint(run, names)
    assert [(s["id"], s["label"]) for s in sections] == [("plaintext", "Plain text"), ("body", "JSON body")]
    assert sections[0]["what"] == speed.ENDPOINTS["plaintext"][1]
    assert [(r["framework"], r["name"], r["ratio"]) for r in sections[0]["rows"]] == [
        ("baseline-asgi", "Raw ASGI app", 1.0),
        ("alpha", "Alpha", 0.5),  # ties by id
        ("zeta", "Zeta", 0.5),
        ("slow", "Slow", 0.1),
        ("unpaired", "Unpaired", None),
    ]
    assert [r["framework"] for r in sections[1]["rows"]] == ["baseline-asgi", "alpha"]  # baseline first
    assert sections[1]["chart"]["title"] == "JSON body: requests per second relative to the raw baseline"


def test_a_bar_chart_is_scaled_to_its_longest_bar():
    rows = [
        {"framework": "baseline-asgi", "name": "Raw ASGI app", "server": "uvicorn", "ratio": 1.0},
        {"framework": "fast", "name": "Fast", "server": "granian", "ratio": 2.0},
        {"framework": "slow", "name": "Slow", "server": "uvicorn", "ratio": 0.333},
        {"framework": "none", "name": "None", "server": "uvicorn", "ratio": None},
    ]
    chart = speed.bar_chart(rows, "Plain text")
    # 560 wide, 200 for the names and 50 for the figures: 310 for a ratio of 2, 155 per unit
    assert {k: v for k, v in chart.items() if k != "bars"} == {
        "width": 560,
        "height": 96,  # four bars of 18 and their gaps of 6
        "left": 200,
        "bar": 18,
        "one_x": 355.0,
        "title": "Plain text: requests per second relative to the raw baseline",
    }
    assert chart["bars"] == [
        {"name": "Raw ASGI app (uvicorn)", "y": 0, "text_y": 13.0, "w": 155.0, "ratio": 1.0, "baseline": True},
        {"name": "Fast (granian)", "y": 24, "text_y": 37.0, "w": 310.0, "ratio": 2.0, "baseline": False},
        {"name": "Slow (uvicorn)", "y": 48, "text_y": 61.0, "w": 51.6, "ratio": 0.333, "baseline": False},
        {"name": "None (uvicorn)", "y": 72, "text_y": 85.0, "w": 0, "ratio": None, "baseline": False},
    ]  # text_y: 18 * 0.72 = 12.96 below the top of the bar, to one place; w of 0.333: 51.615


def test_a_bar_chart_never_scales_below_the_baseline():
    rows = [{"framework": "slow", "name": "Slow", "server": "uvicorn", "ratio": 0.5}]
    chart = speed.bar_chart(rows, "JSON", width=450, bar=10, gap=2)
    assert chart["one_x"] == 400.0 and chart["bars"][0]["w"] == 100.0  # 200 for a ratio of 1
    assert (chart["height"], chart["bars"][0]["text_y"]) == (12, 7.2)
    chart = speed.bar_chart([dict(rows[0], ratio=None)], "JSON")
    assert chart["one_x"] == 510.0 and chart["bars"][0]["w"] == 0
    chart = speed.bar_chart([dict(rows[0], ratio=None), dict(rows[0], ratio=3.0)], "JSON")
    assert chart["one_x"] == 303.3 and [b["w"] for b in chart["bars"]] == [0, 310.0]  # 200 + 310 / 3


def test_a_pair_has_a_row_per_endpoint_either_measured():
    run = {
        "conditions": {"date": "2026-11-30"},
        "results": [
            res("baseline-asgi", 2000.0),
            res("alpha", 1000.0),
            res("beta", 300.0),
            res("alpha", 800.0, endpoint="json"),
            res("beta", 0.0, endpoint="html"),
            res("alpha", 700.0, endpoint="html"),
            res("gamma", 100.0, endpoint="body"),
        ],
        "excluded": [
            {"framework": "beta", "endpoint": "json", "reason": "status 500"},
            {"framework": "gamma", "endpoint": "json", "reason": "status 500"},
        ],
    }
    got = speed.pair(run, "alpha", "beta")
    assert got["date"] == "2026-11-30"
    assert got["excluded"] == [{"framework": "beta", "endpoint": "json", "reason": "status 500"}]
    rows = [
        (r["endpoint"], r["label"], r["a"] and r["a"]["rps"], r["b"] and r["b"]["rps"], r["a_over_b"])
        for r in got["rows"]
    ]
    assert rows == [
        ("plaintext", "Plain text", 1000.0, 300.0, 3.33),  # 1000 / 300, to two places
        ("json", "JSON", 800.0, None, None),
        ("html", "HTML template", 700.0, 0.0, None),
    ]
    assert got["rows"][0]["a"]["ratio"] == 0.5
    assert speed.pair(run, "beta", "alpha")["rows"][0]["a_over_b"] == 0.3


def test_a_pair_neither_measured_nor_excluded_has_no_speed_section():
    run = {"conditions": {"date": "2026-11-30"}, "results": [res("alpha", 1000.0)]}
    assert speed.pair(run, "beta", "gamma") is None
    assert speed.pair(None, "alpha", "beta") is None
    only_excluded = dict(run, excluded=[{"framework": "beta", "endpoint": "json", "reason": "status 500"}])
    assert speed.pair(only_excluded, "beta", "gamma")["rows"] == []


def test_the_performance_page_without_a_run():
    got = speed.page(None, {"alpha": "Alpha"}, [{"id": "techempower"}])
    assert got == {
        "run": None,
        "sections": [],
        "names": {"baseline-wsgi": "Raw WSGI app", "baseline-asgi": "Raw ASGI app", "alpha": "Alpha"},
        "benchmarks": [{"id": "techempower"}],
        "BASELINES": speed.BASELINES,
        "ENDPOINT_LABELS": {
            "plaintext": "Plain text",
            "json": "JSON",
            "params": "Path and query",
            "body": "JSON body",
            "html": "HTML template",
        },
    }


def test_the_performance_page_names_baselines_and_frameworks():
    run = {"results": [res("baseline-asgi", 2000.0), res("alpha", 1000.0), res("ghost", 500.0)]}
    rows = speed.page(run, {"alpha": "Alpha"}, [])["sections"][0]["rows"]
    assert [r["name"] for r in rows] == ["Raw ASGI app", "Alpha", None]  # ghost: no framework file
