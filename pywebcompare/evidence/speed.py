"""Measured speed: runs of pywebcompare/evidence/harness.py stored under data/speed/, their figures and ratios.

A run is one YAML file `data/speed/<date>.yaml` (schema `schemas/speed.schema.json`) holding the
conditions and, per framework, server and endpoint, the figures of each round. Everything here is
plain data in, plain data out: the harness uses it to summarise and compare, the site to draw.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import yaml

from pywebcompare import ROOT
from pywebcompare.data import schema
from pywebcompare.data.problems import Problem
from pywebcompare.data.yamlsafe import Loaded, load_file

SPEED_DIR = "data/speed"
SCHEMA = "speed.schema.json"
BASELINES = {"baseline-wsgi": "Raw WSGI app", "baseline-asgi": "Raw ASGI app"}
# id -> (label, what the endpoint does); the order of the site's tables and charts
ENDPOINTS = {
    "plaintext": ("Plain text", 'GET / answers "Hello, World!" as text/plain (task hello)'),
    "json": ("JSON", "GET /users/1 answers a user object serialised to JSON (task serialization)"),
    "params": (
        "Path and query",
        "GET /items/42?q=abc&limit=5: typed path and query parameters, validated (task path-query)",
    ),
    "body": ("JSON body", "POST /items with a JSON body, validated, answered 201 (task json-body)"),
    "html": ("HTML template", "GET /hello/Ada renders an autoescaped template (task template)"),
}
API_FIELDS = ("framework", "server", "endpoint", "rps", "rps_spread", "p50_ms", "p99_ms", "rss_mib", "startup_ms")
REPRODUCE_WITHIN = 0.15  # a re-run should give each ratio within 15 % of the committed run's
NOISE_FLOOR = 0.05  # below this a difference between two medians is not told apart from noise


# ---- statistics ----------------------------------------------------------------------------------


def spread(values: list[float]) -> float:
    """How far the rounds lie apart: (max - min) / median, e.g. 0.04 for 4 %."""
    mid = statistics.median(values)
    return (max(values) - min(values)) / mid if mid else 0.0


def summarise(rounds: list[dict]) -> dict:
    """One result's figures from its rounds (each {rps, p50_ms, p99_ms, errors}): medians and spread."""
    rps = [r["rps"] for r in rounds]
    return {
        "rps": round(statistics.median(rps), 1),
        "rps_spread": round(spread(rps), 3),
        "p50_ms": round(statistics.median(r["p50_ms"] for r in rounds), 3),
        "p99_ms": round(statistics.median(r["p99_ms"] for r in rounds), 3),
        "errors": sum(r["errors"] for r in rounds),
    }


def baseline_of(server: str) -> str:
    """The raw app a server's framework is measured against: WSGI servers against the WSGI one."""
    return "baseline-wsgi" if server in ("gunicorn", "gthread", "cherrypy", "waitress") else "baseline-asgi"


def with_ratios(results: list[dict]) -> list[dict]:
    """Each result with `baseline` and `ratio`: the median of its paired ratios when the harness measured
    them (each run next to one of its baseline's), else its median rps over its baseline's."""
    base = {(r["framework"], r["endpoint"]): r for r in results if r["framework"] in BASELINES}
    out = []
    for r in results:
        b = base.get((r["framework"] if r["framework"] in BASELINES else baseline_of(r["server"]), r["endpoint"]))
        ratio = r.get("ratio") or (round(r["rps"] / b["rps"], 3) if b and b["rps"] else None)
        out.append(dict(r, baseline=b["framework"] if b else None, ratio=ratio))
    return out


def beats_baseline(results: list[dict], servers: dict | None = None) -> list[str]:
    """A sentence for every framework faster than its raw baseline by more than the rounds' noise.
    `servers` (conditions.servers) tells apart one server run two ways (uvicorn on h11 or httptools)."""
    servers = servers or {}

    def how(r):
        return servers.get(r["framework"], {}).get("flags", r["server"])

    base = {(r["framework"], r["endpoint"]): r for r in results if r["framework"] in BASELINES}
    flags = []
    for r in with_ratios(results):
        b = base.get((r["baseline"], r["endpoint"]))
        if r["framework"] in BASELINES or not b or r["ratio"] is None:
            continue
        noise = max(r.get("ratio_spread", max(r["rps_spread"], b["rps_spread"])), NOISE_FLOOR)
        if r["ratio"] > 1 + noise:
            why = (
                "same server and settings: check the example and the baseline"
                if how(r) == how(b)
                else f"{how(r)} against {how(b)}: the difference is the server's, not the framework's"
            )
            flags.append(
                f"{r['framework']} {r['endpoint']}: {r['ratio']:.2f}x its raw baseline "
                f"({r['rps']:.0f} against {b['rps']:.0f} rps, noise {noise:.0%}); {why}"
            )
    return flags


def compare_runs(committed: list[dict], current: list[dict]) -> list[dict]:
    """Each ratio of the current run beside the committed run's, with the relative change."""
    old = {(r["framework"], r["server"], r["endpoint"]): r["ratio"] for r in with_ratios(committed)}
    rows = []
    for r in with_ratios(current):
        before = old.get((r["framework"], r["server"], r["endpoint"]))
        if r["framework"] in BASELINES or not before or r["ratio"] is None:  # not before: none, or 0
            continue
        change = r["ratio"] / before - 1
        rows.append(
            dict(
                key=(r["framework"], r["server"], r["endpoint"]),
                committed=before,
                now=r["ratio"],
                change=round(change, 3),
                within=abs(change) <= REPRODUCE_WITHIN,
            )
        )
    return rows


# ---- the stored runs -----------------------------------------------------------------------------


def run_paths(root: Path = ROOT) -> list[Path]:
    return sorted((root / SPEED_DIR).glob("*.yaml"))


def load_runs(root: Path = ROOT) -> tuple[list[Loaded], list[Problem]]:
    """Every run file, checked against its schema and for figures that agree with their rounds."""
    runs, problems = [], []
    for path in run_paths(root):
        loaded = load_file(path, f"{SPEED_DIR}/{path.name}")
        if loaded.data is not None:
            schema.check(loaded, SCHEMA)
        if not loaded.problems:
            for _, where, wrong, expected in run_problems(loaded):
                loaded.problem(loaded.position(where), where, wrong, expected)
        problems.extend(loaded.problems)
        if not loaded.problems:
            runs.append(loaded)
    return runs, problems


def run_problems(loaded: Loaded):
    """What the schema cannot say about a run: (loaded, path, what is wrong, what is expected)."""
    run = loaded.data
    name = Path(loaded.name).stem
    if run["conditions"]["date"] != name:
        yield (
            loaded,
            ("conditions", "date"),
            f"date {run['conditions']['date']} differs from the file name {name}",
            "expected the run's date to name its file",
        )
    seen = set()
    for i, r in enumerate(run["results"]):
        key = (r["framework"], r["server"], r["endpoint"])
        if key in seen:
            yield (
                loaded,
                ("results", i),
                f"{' '.join(key)} appears twice",
                "expected one result per framework, server and endpoint",
            )
        seen.add(key)
        if round(statistics.median(r["rounds"]), 1) != r["rps"]:
            yield (
                loaded,
                ("results", i, "rps"),
                f"rps {r['rps']} is not the median of its rounds",
                "expected the median of `rounds`, as the harness writes it",
            )
        if "ratios" in r and round(statistics.median(r["ratios"]), 3) != r.get("ratio"):
            yield (
                loaded,
                ("results", i, "ratio"),
                f"ratio {r.get('ratio')} is not the median of its ratios",
                "expected the median of `ratios`, as the harness writes it",
            )
        if r["framework"] not in run["conditions"]["servers"]:
            yield (
                loaded,
                ("results", i, "framework"),
                f"no server entry for {r['framework']}",
                "expected conditions.servers to say which server ran it and why",
            )


def newest_run(runs: dict[str, Loaded]) -> dict | None:
    """The newest of the loaded runs ({date: file}), or None."""
    return runs[max(runs)].data if runs else None


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):  # the loader refuses anchors: write every value out
        return True


HEADER = (
    "# yaml-language-server: $schema=../../schemas/speed.schema.json\n"
    "# Written by `python3 dev.py bench-frameworks` (pywebcompare/evidence/harness.py); do not edit by hand.\n"
)


def dump(run: dict) -> str:
    """A run as the YAML text of its data file."""
    return HEADER + yaml.dump(run, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=120)


def newest(root: Path = ROOT) -> dict | None:
    runs, _ = load_runs(root)
    return runs[-1].data if runs else None  # file names are dates: sorted means oldest first


def api(run: dict) -> dict:
    """The shape published at /api/speed.json."""
    return {"conditions": run["conditions"], "results": [{k: r[k] for k in API_FIELDS} for r in run["results"]]}


# ---- what the pages draw -------------------------------------------------------------------------


def by_endpoint(run: dict, names: dict[str, str]) -> list[dict]:
    """Per endpoint, its rows fastest ratio first (baselines on top), ready for a chart and a table.
    `names` maps ids to display names, the baselines' included (page() adds them)."""
    rows = with_ratios(run["results"])
    out = []
    for eid, (label, what) in ENDPOINTS.items():
        mine = [dict(r, name=names.get(r["framework"])) for r in rows if r["endpoint"] == eid]
        if not mine:
            continue
        mine.sort(key=lambda r: (r["framework"] not in BASELINES, -(r["ratio"] or 0), r["framework"]))
        out.append({"id": eid, "label": label, "what": what, "rows": mine, "chart": bar_chart(mine, label)})
    return out


def pair(run: dict | None, a: str, b: str) -> dict | None:
    """Both frameworks' figures per endpoint, with b's rps over a's, for a pair page's Speed section."""
    if not run:
        return None
    rows = with_ratios(run["results"])
    mine = {(r["framework"], r["endpoint"]): r for r in rows}
    out = []
    for eid, (label, _) in ENDPOINTS.items():
        ra, rb = mine.get((a, eid)), mine.get((b, eid))
        if ra or rb:
            ab = round(ra["rps"] / rb["rps"], 2) if ra and rb and rb["rps"] else None
            out.append({"endpoint": eid, "label": label, "a": ra, "b": rb, "a_over_b": ab})
    excluded = [e for e in run.get("excluded", []) if e["framework"] in (a, b)]
    return {"date": run["conditions"]["date"], "rows": out, "excluded": excluded} if out or excluded else None


def bar_chart(rows: list[dict], label: str, width: int = 560, bar: int = 18, gap: int = 6) -> dict:
    """Geometry of a horizontal bar chart of ratios to the baseline; the template draws the SVG."""
    left, right = 200, 50  # room for the names and servers, and for the figures after the bars
    scale = (width - left - right) / max([1, *(r["ratio"] for r in rows if r["ratio"])])  # the longest bar, or 1
    bars = []
    for i, r in enumerate(rows):
        y = i * (bar + gap)
        bars.append(
            {
                "name": f"{r['name']} ({r['server']})",
                "y": y,
                "text_y": round(y + bar * 0.72, 1),
                "w": round((r["ratio"] or 0) * scale, 1),
                "ratio": r["ratio"],
                "baseline": r["framework"] in BASELINES,
            }
        )
    return {
        "width": width,
        "height": len(rows) * (bar + gap),
        "left": left,
        "bar": bar,
        "one_x": round(left + scale, 1),
        "bars": bars,
        "title": f"{label}: requests per second relative to the raw baseline",
    }


def page(run: dict | None, names: dict[str, str], benchmarks: list[dict]) -> dict:
    """Everything /performance/ draws: the run, its sections, the names, and the cited benchmarks."""
    names = {**BASELINES, **names}
    return {
        "run": run,
        "sections": by_endpoint(run, names) if run else [],
        "names": names,
        "benchmarks": benchmarks,
        "BASELINES": BASELINES,
        "ENDPOINT_LABELS": {k: v[0] for k, v in ENDPOINTS.items()},
    }
