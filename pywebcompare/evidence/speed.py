"""Measured speed: runs of pywebcompare/evidence/harness.py stored under data/speed/, their figures and ratios.

A run is one YAML file `data/speed/<date>.yaml` (schema `schemas/speed.schema.json`) holding the
conditions and, per framework, server configuration and endpoint, the figures of each round. Every
run is kept: the newest is drawn, the others make each framework's trend. Since format 2 each
result names its `server_config` and its `baseline` (the bare app on the very same configuration),
and `ratio` = rps / baseline.rps. Older runs are read through `normalise`, which gives their
results the configuration they ran on (Uvicorn then ran with h11 and asyncio) and a ratio only
against a bare app on that same configuration. Plain data in, plain data out.
"""

from __future__ import annotations

import re
import statistics
from pathlib import Path

import yaml

from pywebcompare import ROOT
from pywebcompare.data import schema
from pywebcompare.data.problems import Problem
from pywebcompare.data.yamlsafe import Loaded, load_file
from pywebcompare.evidence.setups import SETUPS, is_baseline

SPEED_DIR = "data/speed"
SCHEMA = "speed.schema.json"
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
API_FIELDS = (
    "framework",
    "setup",
    "server",
    "endpoint",
    "rps",
    "rps_spread",
    "server_config",
    "baseline",
    "ratio",
    "p50_ms",
    "p99_ms",
    "rss_mib",
    "startup_ms",
)
REPRODUCE_WITHIN = 0.15  # a re-run should give each ratio within 15 % of the committed run's
MAX_RATIO = 1.1  # above this a framework beats the bare app on its own server: the run is not published
SLOW = 0.5  # an endpoint below this share of its framework's plain-text figure gets a note naming the cost
LEGACY_BASELINES = {"baseline-wsgi": "gunicorn", "baseline-asgi": "uvicorn"}  # format 1's two bare apps


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


def setup_label(setup: str) -> str:
    known = SETUPS.get(setup)
    return known.label if known else setup


def normalise(result: dict) -> dict:
    """A result as format 2 holds it: `setup` and `server_config` named (format 1 wrote only the server
    kind; its Uvicorn ran with h11 and asyncio, its gunicorn with sync workers), baselines named by
    their configuration, and the paired ratio of format 1 dropped (with_ratios recomputes it)."""
    if "setup" in result:
        return result
    out = {k: v for k, v in result.items() if k not in ("ratio", "ratio_spread", "ratios")}
    if result["framework"] in LEGACY_BASELINES:
        out["setup"] = LEGACY_BASELINES[result["framework"]]
        out["framework"] = "baseline-" + out["setup"]
    else:
        out["setup"] = result["server"]
    known = SETUPS.get(out["setup"])
    out["server_config"] = known.config("unknown") if known else {"id": out["setup"], "server": result["server"]}
    return out


def with_ratios(results: list[dict]) -> list[dict]:
    """Each result (normalised) with `baseline` ({server_config, rps} of the bare app on the same
    configuration and endpoint, or None) and `ratio` = rps / baseline.rps (None without a baseline)."""
    rows = [normalise(r) for r in results]
    base = {(r["setup"], r["endpoint"]): r for r in rows if is_baseline(r["framework"])}
    out = []
    for r in rows:
        if is_baseline(r["framework"]):
            out.append(dict(r, baseline=None, ratio=None))
            continue
        b = base.get((r["setup"], r["endpoint"]))
        b_rps = paired_baseline_rps(r, b)
        ratio = round(r["rps"] / b_rps, 3) if b and b_rps else None
        baseline = {"server_config": b["server_config"], "rps": b_rps} if b else None
        out.append(dict(r, baseline=baseline, ratio=ratio))
    return out


def paired_baseline_rps(result: dict, bare: dict | None) -> float | None:
    """The bare app's figure a framework is divided by: the median of what the bare app served in the
    seconds next to the framework's own (`baseline_rounds`, runs from 2026-12-07 on), else the bare
    app's own median (earlier runs)."""
    if "baseline_rounds" in result:
        return round(statistics.median(result["baseline_rounds"]), 1)
    return bare["rps"] if bare else None


def beats_baseline(results: list[dict]) -> list[str]:
    """A sentence for every ratio above MAX_RATIO: a framework faster than no framework on its own server."""
    return [
        f"{r['framework']} {r['endpoint']} on {r['setup']}: {r['ratio']:.2f}x the bare app on the same configuration "
        f"({r['rps']:.0f} against {r['baseline']['rps']:.0f} rps); check the example and the baseline"
        for r in with_ratios(results)
        if r["ratio"] is not None and r["ratio"] > MAX_RATIO
    ]


def compare_runs(committed: list[dict], current: list[dict]) -> list[dict]:
    """Each ratio of the current run beside the committed run's (same framework, configuration and
    endpoint), with the relative change."""
    old = {(r["framework"], r["setup"], r["endpoint"]): r["ratio"] for r in with_ratios(committed)}
    rows = []
    for r in with_ratios(current):
        before = old.get((r["framework"], r["setup"], r["endpoint"]))
        if is_baseline(r["framework"]) or not before or r["ratio"] is None:  # not before: none, or 0
            continue
        change = r["ratio"] / before - 1
        rows.append(
            dict(
                key=(r["framework"], r["setup"], r["endpoint"]),
                committed=before,
                now=r["ratio"],
                change=round(change, 3),
                within=abs(change) <= REPRODUCE_WITHIN,
            )
        )
    return rows


def slow_endpoints(results: list[dict]) -> list[dict]:
    """Results below SLOW of their framework's own plain-text rps on the same configuration, each with
    `of_plaintext` (its share), as copies."""
    rows = [normalise(r) for r in results]
    plain = {(r["framework"], r["setup"]): r["rps"] for r in rows if r["endpoint"] == "plaintext"}
    out = []
    for r in rows:
        top = plain.get((r["framework"], r["setup"]))
        if is_baseline(r["framework"]) or r["endpoint"] == "plaintext" or not top:
            continue
        if r["rps"] < SLOW * top:
            out.append(dict(r, of_plaintext=round(r["rps"] / top, 3)))  # a copy: results keep their schema
    return out


def package_of(filename: str, function: str = "") -> str:
    """Which package a profiled function belongs to, from its file: the first folder under
    site-packages, 'standard library: <module>', 'example and server glue', or for C functions
    (file '~') the module their name gives ('pydantic_core', '_json'), else 'built-ins'."""
    if filename == "~" or filename.startswith("<"):
        found = re.search(r"of '([A-Za-z_][\w]*)\.", function) or re.search(
            r"built-in method ([A-Za-z_]\w*)\.", function
        )
        return found.group(1) if found else "built-ins"
    parts = Path(filename).parts
    if "site-packages" in parts:
        rest = parts[parts.index("site-packages") + 1 :]
        return rest[0].removesuffix(".py") if rest else "built-ins"
    for i, part in enumerate(parts):
        if part.startswith("python3") and i > 0 and parts[i - 1] == "lib" and i + 1 < len(parts):
            return f"standard library: {parts[i + 1].removesuffix('.py')}"
    return "example and server glue"


# C calls that wait rather than work (a lock, a queue, sleep, select/epoll, accept): left out of the shares
IDLE = re.compile(r"acquire|sleep|select|poll|accept|\bwait|'get' of '_queue")


def package_shares(tottime: dict[tuple, float]) -> dict[str, float]:
    """package -> share of the profiled own time ({(file, line, function): tottime}), largest first;
    time spent waiting in C calls (IDLE) is not work and is left out."""
    sums: dict[str, float] = {}
    for (filename, _, function), seconds in tottime.items():
        if filename == "~" and IDLE.search(function):
            continue
        key = package_of(filename, function)
        sums[key] = sums.get(key, 0.0) + seconds
    total = sum(sums.values()) or 1.0
    return {k: round(v / total, 3) for k, v in sorted(sums.items(), key=lambda kv: -kv[1])}


def cost_note(shares: dict[str, float], of_plaintext: float, top: int = 4) -> str:
    """The sentence a slow endpoint carries: its share of plain text and where its time goes."""
    named = ", ".join(f"{name} {share:.0%}" for name, share in list(shares.items())[:top] if share >= 0.01)
    return (
        f"{of_plaintext:.0%} of this framework's plain-text rate. A profile of the server under load "
        f"(cProfile, own time per package, every process and thread) puts the time in: {named}."
    )


# ---- the stored runs -----------------------------------------------------------------------------


def run_path(root: Path, day: str) -> Path:
    """Where a new run of `day` is kept: <day>.yaml, or <day>-2.yaml, -3... when the day has runs already
    (every run is kept; names sort oldest first within a day up to nine runs)."""
    folder = root / SPEED_DIR
    path, n = folder / f"{day}.yaml", 1
    while path.exists():
        n += 1
        path = folder / f"{day}-{n}.yaml"
    return path


def named(data: dict, file: str) -> dict:
    """A run's data with `file`, its data file's name (data/speed/<day>.yaml or <day>-<n>.yaml): a day
    may keep several runs, so the file, not the date, tells them apart."""
    return {**data, "file": f"{SPEED_DIR}/{Path(file).stem}.yaml"}


def run_name(run: dict) -> str:
    """How pages and /api/speed.json name a run: its file's stem (2026-12-07, 2026-12-07-2)."""
    return Path(run["file"]).stem if "file" in run else run["conditions"]["date"]


def run_order(name: str) -> tuple[str, int]:
    """Sort key of a run file's name or stem, oldest first: its day, then its number within the day
    (2026-12-07 before 2026-12-07-2; sorting the file names would put 2026-12-07-2.yaml first)."""
    stem = Path(name).name.removesuffix(".yaml")
    day, n = (stem[:10], stem[11:]) if len(stem) > 10 else (stem, "1")
    return day, int(n) if n.isdigit() else 0


def run_paths(root: Path = ROOT) -> list[Path]:
    return sorted((root / SPEED_DIR).glob("*.yaml"), key=lambda path: run_order(path.name))


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
    day = re.sub(r"^(\d{4}-\d{2}-\d{2})-\d+$", r"\1", name)  # a second run of a day is <date>-2
    if run["conditions"]["date"] != day:
        yield (
            loaded,
            ("conditions", "date"),
            f"date {run['conditions']['date']} differs from the file name {name}",
            "expected the run's date to name its file (<date>.yaml, or <date>-2.yaml for a second run that day)",
        )
    new = run.get("format", 1) >= 2
    if new:
        described = {(e["framework"], e["setup"]) for e in run["conditions"].get("environments", [])}
        base = {(r["setup"], r["endpoint"]): r for r in run["results"] if is_baseline(r["framework"])}
    else:
        described = {(fid, None) for fid in run["conditions"].get("servers", {})}
    seen = set()
    for i, r in enumerate(run["results"]):
        key = (r["framework"], r.get("setup", r["server"]), r["endpoint"])
        if key in seen:
            yield (
                loaded,
                ("results", i),
                f"{' '.join(key)} appears twice",
                "expected one result per framework, server configuration and endpoint",
            )
        seen.add(key)
        if round(statistics.median(r["rounds"]), 1) != r["rps"]:
            yield (
                loaded,
                ("results", i, "rps"),
                f"rps {r['rps']} is not the median of its rounds",
                "expected the median of `rounds`, as the harness writes it",
            )
        if not new:
            if "ratios" in r and round(statistics.median(r["ratios"]), 3) != r.get("ratio"):
                yield (
                    loaded,
                    ("results", i, "ratio"),
                    f"ratio {r.get('ratio')} is not the median of its ratios",
                    "expected the median of `ratios`, as the harness writes it",
                )
            if (r["framework"], None) not in described:
                yield (
                    loaded,
                    ("results", i, "framework"),
                    f"no server entry for {r['framework']}",
                    "expected conditions.servers to say which server ran it and why",
                )
            continue
        yield from _format2_problems(loaded, i, r, base, described)


def _format2_problems(loaded: Loaded, i: int, r: dict, base: dict, described: set):
    if (r["framework"], r["setup"]) not in described:
        yield (
            loaded,
            ("results", i, "framework"),
            f"no environment entry for {r['framework']} on {r['setup']}",
            "expected conditions.environments to say how it ran, why and with which packages",
        )
    if r["server_config"]["id"] != r["setup"]:
        yield (
            loaded,
            ("results", i, "server_config", "id"),
            f"server_config.id {r['server_config']['id']} differs from setup {r['setup']}",
            "expected the configuration the result ran on",
        )
    if is_baseline(r["framework"]):
        return
    b = base.get((r["setup"], r["endpoint"]))
    mine = r.get("baseline")
    if mine is None:
        if b is not None:
            yield (
                loaded,
                ("results", i),
                "no baseline although the run has a bare app on its configuration",
                "expected baseline: {server_config, rps} of that bare app",
            )
        elif not r.get("no_baseline"):
            yield (
                loaded,
                ("results", i),
                "neither a baseline nor no_baseline",
                "expected a bare app on the same configuration, or no_baseline saying why there is none",
            )
        if r.get("ratio") is not None:
            yield (loaded, ("results", i, "ratio"), "a ratio without a baseline", "expected no ratio")
        return
    if b is None or mine["rps"] != paired_baseline_rps(r, b) or mine["server_config"] != b["server_config"]:
        yield (
            loaded,
            ("results", i, "baseline"),
            "the baseline is not the bare app of this run on the same configuration and endpoint",
            "expected baseline.rps to be the median of baseline_rounds (or, without them, the bare app's rps) "
            "and baseline.server_config the bare app's",
        )
    elif mine["server_config"] != r["server_config"]:
        yield (
            loaded,
            ("results", i, "baseline", "server_config"),
            "the baseline ran on another server configuration (version, extras or flags)",
            "expected the very same server configuration",
        )
    expected = round(r["rps"] / mine["rps"], 3) if mine["rps"] else None
    if r.get("ratio") != expected:
        yield (
            loaded,
            ("results", i, "ratio"),
            f"ratio {r.get('ratio')} is not rps / baseline.rps ({expected})",
            "expected rps / baseline.rps rounded to 3 places",
        )
    elif expected is not None and expected > MAX_RATIO:
        yield (
            loaded,
            ("results", i, "ratio"),
            f"ratio {expected} is above {MAX_RATIO}: faster than the bare app on its own server",
            "expected a published run to hold no ratio above 1.1 (the harness refuses to publish one)",
        )


def newest_run(runs: dict[str, Loaded]) -> dict | None:
    """The newest of the loaded runs ({file stem: file}), named, or None."""
    if not runs:
        return None
    newest = max(runs, key=run_order)
    return named(runs[newest].data, newest)


def kept_runs(runs: dict[str, Loaded]) -> list[dict]:
    """Every loaded run ({file stem: file}), named, oldest first."""
    return [named(runs[k].data, k) for k in sorted(runs, key=run_order)]


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
    return newest_run({Path(r.name).stem: r for r in runs})


def api(run: dict, names: list[str] | None = None) -> dict:
    """The shape published at /api/speed.json: every kept run's name (its date, with -2, -3... for a
    day's later runs), the newest run's conditions and its results, each with server_config, baseline
    ({server_config, rps}) and ratio = rps / baseline.rps."""
    rows = with_ratios(run["results"])
    return {
        "runs": names or [run_name(run)],
        "conditions": run["conditions"],
        "results": [{k: r.get(k) for k in API_FIELDS} | ({"note": r["note"]} if r.get("note") else {}) for r in rows],
    }


def history(runs: list[dict]) -> list[dict]:
    """Per framework and configuration, plain-text requests per second in each kept run (oldest first):
    rows {framework, setup, label, points: {run name: rps}}, for the trend table."""
    dates = [run_name(r) for r in runs]
    table: dict[tuple[str, str], dict] = {}
    for run in runs:
        for r in map(normalise, run["results"]):
            if r["endpoint"] != "plaintext":
                continue
            row = table.setdefault(
                (r["framework"], r["setup"]),
                {"framework": r["framework"], "setup": r["setup"], "label": setup_label(r["setup"]), "points": {}},
            )
            row["points"][run_name(run)] = r["rps"]
    rows = sorted(table.values(), key=lambda row: (is_baseline(row["framework"]), row["framework"], row["setup"]))
    for row in rows:
        seen = [row["points"][d] for d in dates if d in row["points"]]
        row["change"] = round(seen[-1] / seen[0] - 1, 3) if len(seen) > 1 and seen[0] else None
    return {"dates": dates, "rows": rows}


# ---- what the pages draw -------------------------------------------------------------------------


def display_names(names: dict[str, str]) -> dict[str, str]:
    """names with one entry per bare app: 'Bare app' and its configuration."""
    return {**{s.baseline: f"Bare app ({s.label})" for s in SETUPS.values()}, **names}


def by_endpoint(run: dict, names: dict[str, str]) -> list[dict]:
    """Per endpoint, its rows fastest first by requests per second, ready for a chart and a table.
    `names` maps ids to display names, the bare apps' included (page() adds them)."""
    rows = with_ratios(run["results"])
    out = []
    for eid, (label, what) in ENDPOINTS.items():
        mine = [
            dict(r, name=names.get(r["framework"], r["framework"]), label=setup_label(r["setup"]))
            for r in rows
            if r["endpoint"] == eid
        ]
        if not mine:
            continue
        mine.sort(key=lambda r: (-r["rps"], r["framework"]))
        out.append({"id": eid, "label": label, "what": what, "rows": mine, "chart": bar_chart(mine, label)})
    return out


def leaders(sections: list[dict]) -> dict | None:
    """The first endpoint's answer in one line: its fastest framework, and the framework whose ratio to
    its own bare app is highest (it costs least); alternative set-ups and bare apps left out."""
    if not sections:
        return None
    rows = [r for r in sections[0]["rows"] if not is_baseline(r["framework"]) and not r.get("alternative")]
    rated = [r for r in rows if r.get("ratio") is not None]
    return {
        "endpoint": sections[0]["label"],
        "fastest": rows[0] if rows else None,
        "cheapest": max(rated, key=lambda r: (r["ratio"], r["rps"])) if rated else None,
    }


def pair(run: dict | None, a: str, b: str) -> dict | None:
    """Both frameworks' figures per endpoint (requests per second first, ratio beside), each on its
    deployment's configuration, with a's rps over b's; alternatives listed apart."""
    if not run:
        return None
    rows = with_ratios(run["results"])
    mine = {
        (r["framework"], r["endpoint"]): dict(r, label=setup_label(r["setup"]))
        for r in rows
        if not r.get("alternative")
    }
    others = [dict(r, label=setup_label(r["setup"])) for r in rows if r.get("alternative") and r["framework"] in (a, b)]
    out = []
    for eid, (label, _) in ENDPOINTS.items():
        ra, rb = mine.get((a, eid)), mine.get((b, eid))
        if ra or rb:
            ab = round(ra["rps"] / rb["rps"], 2) if ra and rb and rb["rps"] else None
            alt = [r for r in others if r["endpoint"] == eid]
            out.append({"endpoint": eid, "label": label, "a": ra, "b": rb, "a_over_b": ab, "alternatives": alt})
    excluded = [e for e in run.get("excluded", []) if e["framework"] in (a, b)]
    c = run["conditions"]
    conditions = (
        f"{c.get('workers', 1)} worker on 1 core, wrk on another with {c.get('concurrency', '?')} connections, "
        f"{c.get('rounds', '?')} rounds of {c.get('duration_s', '?')} s; {c.get('cpu', 'CPU not recorded')}"
        + ("; the machine was shared with other work" if c.get("shared_machine") else "")
    )
    if not (out or excluded):
        return None
    return {"date": c["date"], "rows": out, "excluded": excluded, "conditions": conditions}


def bar_chart(rows: list[dict], label: str) -> dict:
    """A horizontal bar chart of requests per second, fastest first: each bar's length and its
    same-configuration bare app's tick as percentages of the largest figure (bars drawn by CSS)."""
    most = max([1.0, *(r["rps"] for r in rows), *(r["baseline"]["rps"] for r in rows if r.get("baseline"))])
    bars = [
        {
            "name": f"Bare app ({r['setup']})" if is_baseline(r["framework"]) else f"{r['name']} ({r['setup']})",
            "rps": r["rps"],
            "ratio": r.get("ratio"),
            "pct": round(100 * r["rps"] / most, 1),
            "mark_pct": round(100 * r["baseline"]["rps"] / most, 1) if r.get("baseline") else None,
            "baseline": is_baseline(r["framework"]),
        }
        for r in rows
    ]
    title = (
        f"{label}: requests per second, fastest first; each tick marks the bare app on the same server configuration"
    )
    return {"bars": bars, "title": title}


def environments(run: dict) -> list[dict]:
    """How each framework and bare app ran: format 2's list, or format 1's servers table in its shape."""
    c = run["conditions"]
    if "environments" in c:
        return [dict(e, label=setup_label(e["setup"])) for e in c["environments"]]
    out = []
    for fid, s in c.get("servers", {}).items():
        setup = LEGACY_BASELINES.get(fid, s["server"])
        framework = "baseline-" + setup if fid in LEGACY_BASELINES else fid
        out.append(dict(s, framework=framework, setup=setup, label=s.get("flags", setup_label(setup))))
    return out


def reproduced(runs: list[dict]) -> dict | None:
    """The newest run's ratios beside the run before it (same framework, configuration and endpoint):
    {against, rows (each with its configuration's label), within}, or None when fewer than two runs share a ratio."""
    if len(runs) < 2:
        return None
    rows = sorted(
        (dict(row, label=setup_label(row["key"][1])) for row in compare_runs(runs[-2]["results"], runs[-1]["results"])),
        key=lambda row: abs(row["change"]),
        reverse=True,
    )
    if not rows:
        return None
    return {"against": run_name(runs[-2]), "rows": rows, "within": sum(row["within"] for row in rows)}


def page(run: dict | None, names: dict[str, str], benchmarks: list[dict], runs: list[dict] | None = None) -> dict:
    """Everything /performance/ draws: the newest run, its sections, the trend over kept runs, the
    names, and the cited benchmarks."""
    names = display_names(names)
    runs = runs or ([run] if run else [])
    used = {r["setup"] for r in with_ratios(run["results"])} if run else set()
    sections = by_endpoint(run, names) if run else []
    return {
        "run": run,
        "paired": bool(run and any("baseline_rounds" in r for r in run["results"])),
        "run_file": f"{SPEED_DIR}/{run_name(run)}.yaml" if run else None,
        "reproduced": reproduced(runs),
        "REPRODUCE_WITHIN": REPRODUCE_WITHIN,
        "sections": sections,
        "leaders": leaders(sections),
        "trend": history(runs) if runs else None,
        "setups": [SETUPS[s] for s in sorted(used) if s in SETUPS],
        "names": names,
        "benchmarks": benchmarks,
        "environments": environments(run) if run else [],
        "MAX_RATIO": MAX_RATIO,
        "notes": [
            dict(r, name=names.get(r["framework"], r["framework"]), label=setup_label(r["setup"]))
            for r in with_ratios(run["results"])
            if r.get("note")
        ]
        if run
        else [],
        "ENDPOINT_LABELS": {k: v[0] for k, v in ENDPOINTS.items()},
    }
