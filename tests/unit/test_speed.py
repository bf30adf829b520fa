"""The speed harness's logic without wrk: statistics, ratios, response checks, publishing, the schema."""

from __future__ import annotations

import http.server
import json
import threading
from argparse import Namespace
from pathlib import Path

import pytest

from pywebcompare.data.yamlsafe import Loaded
from pywebcompare.evidence import assemble, harness, setups, speed
from pywebcompare.evidence.setups import SETUPS

ROOT = Path(__file__).resolve().parents[2]


def result(framework, rounds, endpoint="plaintext", setup="uvicorn-standard", version="0.55.0"):
    """A format-2 result as the harness writes it (baseline and ratio are added by speed.with_ratios)."""
    return {
        "framework": framework,
        "setup": setup,
        "server": SETUPS[setup].server,
        "endpoint": endpoint,
        "server_config": SETUPS[setup].config(version),
        **speed.summarise([{"rps": x, "p50_ms": 1.0, "p99_ms": 2.0, "errors": 0} for x in rounds]),
        "rss_mib": 30.0,
        "startup_ms": 200.0,
        "rounds": rounds,
    }


# ---- statistics and ratios ----


def test_summary_is_the_median_and_relative_range_of_the_rounds():
    figures = speed.summarise(
        [
            {"rps": 900.0, "p50_ms": 3.0, "p99_ms": 9.0, "errors": 1},
            {"rps": 1000.0, "p50_ms": 2.0, "p99_ms": 8.0, "errors": 0},
            {"rps": 1100.0, "p50_ms": 4.0, "p99_ms": 7.0, "errors": 2},
        ]
    )
    assert figures == {"rps": 1000.0, "rps_spread": 0.2, "p50_ms": 3.0, "p99_ms": 8.0, "errors": 3}


def test_ratio_is_to_the_bare_app_on_the_same_configuration_and_endpoint():
    rows = speed.with_ratios(
        [
            result("baseline-uvicorn-standard", [2000, 2000, 2000]),
            result("baseline-uvicorn", [800, 800, 800], setup="uvicorn"),
            result("baseline-gunicorn", [1000, 1000, 1000], setup="gunicorn"),
            result("baseline-uvicorn-standard", [4000, 4000, 4000], endpoint="json"),
            result("fastapi", [1000, 1000, 1000]),
            result("fastapi", [1000, 1000, 1000], endpoint="json"),
            result("flask", [500, 500, 500], setup="gunicorn"),
            result("microdot", [400, 400, 400], setup="uvicorn"),
            result("sanic", [9000, 9000, 9000], setup="sanic"),
        ]
    )
    got = {(r["framework"], r["endpoint"]): r for r in rows}
    assert got[("fastapi", "plaintext")]["ratio"] == 0.5
    assert got[("fastapi", "plaintext")]["baseline"] == {
        "server_config": SETUPS["uvicorn-standard"].config("0.55.0"),
        "rps": 2000,
    }
    assert got[("fastapi", "json")]["ratio"] == 0.25
    assert got[("flask", "plaintext")]["ratio"] == 0.5
    assert got[("microdot", "plaintext")]["ratio"] == 0.5  # h11 Uvicorn against the h11 bare app, not httptools
    assert got[("sanic", "plaintext")]["ratio"] is None and got[("sanic", "plaintext")]["baseline"] is None
    assert got[("baseline-uvicorn-standard", "plaintext")]["ratio"] is None


def test_a_format_1_run_is_read_on_the_configurations_it_ran_on():
    old = [
        {"framework": "baseline-asgi", "server": "uvicorn", "endpoint": "plaintext", "rps": 2000.0, "ratio": 9.0},
        {
            "framework": "fastapi",
            "server": "uvicorn",
            "endpoint": "plaintext",
            "rps": 1000.0,
            "ratio": 0.7,
            "ratios": [0.7] * 3,
        },
        {"framework": "aiohttp", "server": "aiohttp", "endpoint": "plaintext", "rps": 6000.0, "ratio": 3.07},
    ]
    rows = {r["framework"]: r for r in speed.with_ratios(old)}
    assert rows["baseline-uvicorn"]["setup"] == "uvicorn"  # format 1's Uvicorn ran with h11 and asyncio
    assert rows["fastapi"]["setup"] == "uvicorn" and rows["fastapi"]["ratio"] == 0.5 and "ratios" not in rows["fastapi"]
    assert rows["aiohttp"]["ratio"] is None  # it was divided by the h11 bare app: no ratio now


def test_a_ratio_above_1_1_is_flagged_and_one_within_is_not():
    base = result("baseline-uvicorn-standard", [1000, 1000, 1000])
    flags = speed.beats_baseline([base, result("starlette", [1090] * 3), result("litestar", [1500] * 3)])
    assert len(flags) == 1 and flags[0].startswith("litestar plaintext on uvicorn-standard: 1.50x")


def test_reproduction_compares_each_ratio_with_the_committed_run_on_the_same_configuration():
    base = "baseline-uvicorn-standard"
    committed = [result(base, [1000] * 3), result("fastapi", [500] * 3), result("starlette", [800] * 3)]
    current = [result(base, [2000] * 3), result("fastapi", [1100] * 3), result("starlette", [1200] * 3)]
    current += [
        result("baseline-granian-asgi", [3000] * 3, setup="granian-asgi"),
        result("fastapi", [900] * 3, setup="granian-asgi"),
    ]
    rows = {r["key"][:2]: r for r in speed.compare_runs(committed, current)}
    assert set(rows) == {("fastapi", "uvicorn-standard"), ("starlette", "uvicorn-standard")}
    assert rows[("fastapi", "uvicorn-standard")]["within"]
    assert rows[("fastapi", "uvicorn-standard")]["change"] == pytest.approx(0.1)
    assert not rows[("starlette", "uvicorn-standard")]["within"]


def test_an_endpoint_below_half_its_plain_text_is_found_and_its_cost_named():
    rows = [
        result("alpha", [1000] * 3),
        result("alpha", [400] * 3, endpoint="body"),
        result("alpha", [600] * 3, endpoint="json"),
    ]
    slow = speed.slow_endpoints(rows)
    assert [(r["endpoint"], r["of_plaintext"]) for r in slow] == [("body", 0.4)]
    assert all("of_plaintext" not in r for r in rows)  # the results, written to the run file, keep their schema
    shares = speed.package_shares(
        {
            ("/e/.venv/lib/python3.11/site-packages/pydantic/main.py", 1, "validate"): 3.0,
            ("~", 0, "<method 'validate_python' of 'pydantic_core._pydantic_core.SchemaValidator' objects>"): 3.0,
            ("/usr/lib/python3.11/json/encoder.py", 1, "encode"): 2.0,
            ("/work/examples/json-body/alpha.py", 1, "create"): 2.0,
        }
    )
    assert shares == {
        "pydantic": 0.3,
        "pydantic_core": 0.3,
        "standard library: json": 0.2,
        "example and server glue": 0.2,
    }
    note = speed.cost_note(shares, 0.4)
    assert note.startswith("40% of this framework's plain-text rate") and "pydantic 30%" in note


def test_each_deployment_names_its_configuration_and_alternatives_are_measured_too():
    from pywebcompare.data.profiles import Profile

    p = Profile(
        "x",
        "X",
        "x",
        "x",
        server="uvicorn",
        server_extras=("standard",),
        server_note="Docs.",
        server_source="https://x.org/",
        alternatives=(("granian-asgi", (), "Also.", "https://x.org/g"), ("uvicorn", ("standard",), "Same.", "")),
    )
    assert [row[0] for row in setups.setups_of(p)] == ["uvicorn-standard", "granian-asgi"]
    assert setups.setup_id("uvicorn") == "uvicorn" and setups.setup_id("gunicorn", ["standard"]) == "gunicorn"
    assert SETUPS["uvicorn-standard"].serve_args() == [
        "--server",
        "uvicorn",
        "--extras",
        "standard",
        "--flag",
        "http=httptools",
        "--flag",
        "loop=uvloop",
    ]
    for s in SETUPS.values():  # every configuration has a bare app, or says why not
        assert (s.bare is None) == bool(s.no_bare), s.id
        assert s.bare is None or (harness.BASELINE_DIR / s.bare).exists()
        assert s.pins is None or harness.pins_of(s)


def test_serve_py_names_the_parser_and_loop_of_each_uvicorn_configuration():
    import importlib.util

    spec = importlib.util.spec_from_file_location("serve_under_test", ROOT / "examples" / "serve.py")
    serve = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(serve)
    assert serve.uvicorn_settings(("standard",)) == {"http": "httptools", "loop": "uvloop"}
    assert serve.uvicorn_settings(()) == {"http": "h11", "loop": "asyncio"}
    assert serve.uvicorn_settings(("standard",), {"loop": "asyncio"}) == {"http": "httptools", "loop": "asyncio"}


# ---- response checks ----

PLAIN = harness.ENDPOINTS[0].timed


def test_a_right_answer_has_no_problem():
    assert harness.check(PLAIN, 200, "text/plain; charset=utf-8", b"Hello, World!") == []


@pytest.mark.parametrize(
    "status, content_type, body, wrong",
    [
        (500, "text/plain", b"Hello, World!", "status 500"),
        (200, "text/html", b"Hello, World!", "Content-Type"),
        (200, "text/plain", b"Hello World", "body 'Hello World'"),
    ],
)
def test_a_wrong_answer_is_named(status, content_type, body, wrong):
    problems = harness.check(PLAIN, status, content_type, body)
    assert len(problems) == 1 and problems[0].startswith(wrong)


def test_json_is_compared_as_data_and_extra_fields_fail():
    probe = harness.ENDPOINTS[1].timed
    assert (
        harness.check(probe, 200, "application/json", b'{"email":"ada@example.com","id":1,"name":"Ada Lovelace"}') == []
    )
    leaked = b'{"id": 1, "name": "Ada Lovelace", "email": "ada@example.com", "password_hash": "x"}'
    assert harness.check(probe, 200, "application/json", leaked)


class Wrong(http.server.BaseHTTPRequestHandler):
    """Answers every request 200 with `Hello, World!` as text/html: right body, wrong type."""

    def do_GET(self):
        body = b"Hello, World!"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def wrong_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Wrong)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_verify_asks_a_real_server_and_reports_each_request(wrong_server):
    problems = harness.verify(wrong_server, harness.ENDPOINTS[0])
    assert problems == ["GET /: Content-Type 'text/html', expected text/plain"]
    html = harness.ENDPOINTS[4]  # the escaping probe answers `Hello, World!` too: lacks the escaped name
    assert any(p.startswith("GET /hello/%3Cb%3E: body lacks") for p in harness.verify(wrong_server, html))


# ---- publishing ----


def args(**kw):
    return Namespace(**{"quick": False, "no_publish": False, "publish_with_exclusions": False, **kw})


def test_a_run_with_a_failed_check_or_a_ratio_above_1_1_is_not_published():
    failed = [{"framework": "flask", "endpoint": "json", "reason": "GET /users/1: status 500, expected 200"}]
    assert "NOT PUBLISHED" in harness.refuse_publishing(args(), failed, [])
    assert harness.refuse_publishing(args(publish_with_exclusions=True), failed, []) is None
    assert harness.refuse_publishing(args(), [], []) is None
    assert "1.1" in harness.refuse_publishing(args(), [], ["litestar plaintext: 1.50x"])
    assert "--quick" in harness.refuse_publishing(args(quick=True), [], [])


def fake_run(monkeypatch, tmp_path, wrong: set[str], fast: float = 1.0, extra: list[str] = ()):
    """main() with the servers and wrk replaced; frameworks in `wrong` answer wrongly; FastAPI serves
    `fast` times its made-up rounds."""
    endpoint = harness.ENDPOINTS[0]
    std = SETUPS["uvicorn-standard"]
    targets = [
        harness.Target(std.baseline, endpoint, std, Path("python"), Path("asgi.py"), "0.55.0"),
        harness.Target("fastapi", endpoint, std, Path("python"), Path("fastapi.py"), "0.55.0"),
    ]
    for t in targets:
        t.proc = Namespace(pid=0)
    envs = [
        {
            "framework": t.framework,
            "setup": std.id,
            "why": "The docs say so.",
            "python": "3.11.7",
            "packages": {"uvicorn": "0.55.0"},
        }
        for t in targets
    ]
    rps = {std.baseline: [2000.0, 2400.0, 1600.0], "fastapi": [fast * x for x in (1000.0, 1500.0, 400.0)]}
    monkeypatch.setattr(harness, "ROOT", tmp_path)
    monkeypatch.setattr(harness, "preflight", lambda: None)
    monkeypatch.setattr(harness, "targets_for", lambda fws, eps: (targets, [], envs))
    monkeypatch.setattr(
        harness, "start", lambda t, logs: ["GET /: status 500, expected 200"] if t.framework in wrong else []
    )
    monkeypatch.setattr(harness, "stop", lambda t: None)
    monkeypatch.setattr(harness, "rss_mib", lambda pid: 30.0)
    monkeypatch.setattr(
        harness,  # every slice of round r serves that round's figure
        "load",
        lambda t, s, c: {"rps": rps[t.framework][len(t.rounds)], "p50_ms": 1.0, "p99_ms": 2.0, "errors": 0},
    )
    monkeypatch.setattr(harness, "warm", lambda t, n: None)
    monkeypatch.setattr(harness, "machine", lambda: {"cpu": "Test CPU", "cores": 2, "os": "Debian", "wrk": "wrk 4.1.0"})
    monkeypatch.setattr(speed, "newest", lambda root: None)
    return harness.main(
        ["--frameworks", "fastapi", "--endpoints", "plaintext", "--seed", "1", "--warmup-s", "0", *extra]
    )


def test_the_whole_run_refuses_to_publish_when_an_answer_is_wrong(tmp_path, monkeypatch):
    assert fake_run(monkeypatch, tmp_path, wrong={"fastapi"}) == 1
    assert not (tmp_path / "data" / "speed").exists()


def test_the_whole_run_refuses_to_publish_a_ratio_above_1_1(tmp_path, monkeypatch):
    assert fake_run(monkeypatch, tmp_path, wrong=set(), fast=2.5) == 1
    assert not (tmp_path / "data" / "speed").exists()


def test_a_clean_run_publishes_a_file_that_passes_its_schema(tmp_path, monkeypatch):
    assert fake_run(monkeypatch, tmp_path, wrong=set()) == 0
    runs, problems = speed.load_runs(tmp_path)
    assert problems == [] and len(runs) == 1
    doc = runs[0].data
    assert doc["format"] == 2 and doc["conditions"]["duration_s"] >= 5 and doc["conditions"]["rounds"] >= 3
    results = {r["framework"]: r for r in doc["results"]}
    assert set(results) == {"baseline-uvicorn-standard", "fastapi"}
    fastapi = results["fastapi"]
    assert fastapi["rps"] == 1000.0 and fastapi["ratio"] == 0.5  # median 1000 over the bare app's median 2000
    assert fastapi["baseline"] == {"server_config": fastapi["server_config"], "rps": 2000.0}
    assert fastapi["server_config"] == {
        "id": "uvicorn-standard",
        "server": "uvicorn",
        "version": "0.55.0",
        "extras": ["standard"],
        "flags": {"http": "httptools", "loop": "uvloop"},
    }


def test_a_published_run_needs_rounds_of_at_least_5_seconds(tmp_path, monkeypatch):
    with pytest.raises(SystemExit):
        fake_run(monkeypatch, tmp_path, wrong=set(), extra=["--duration", "1"])


def loads_of(monkeypatch, live, rounds=3, duration=5, seed=5):
    """measure() with wrk replaced: every load in order, as (target, seconds)."""
    order = []

    def load(t, seconds, connections):
        order.append((t, seconds))
        return {
            "rps": 1000.0,
            "p50_ms": 1.0,
            "p99_ms": 2.0,
            "errors": 0,
            "requests": 1000 * seconds,
            "seconds": seconds,
        }

    monkeypatch.setattr(harness, "load", load)
    harness.measure(live, Namespace(rounds=rounds, duration=duration, connections=8), harness.random.Random(seed))
    return order


def targets(setup, *frameworks):
    endpoint = harness.ENDPOINTS[0]
    return [harness.Target(f, endpoint, setup, Path("python"), Path(f"{f}.py")) for f in frameworks]


def test_a_framework_is_timed_in_one_second_slices_right_after_its_bare_app(monkeypatch):
    """Each round runs one configuration after another; within it, `duration` passes of one-second
    slices, the bare app before every pair of frameworks: each framework slice follows the bare app's
    directly or one slice later, and is paired with it (baseline_rounds)."""
    std, gun = SETUPS["uvicorn-standard"], SETUPS["gunicorn"]
    live = targets(std, std.baseline, "a", "b", "c", "d", "e") + targets(gun, gun.baseline, "f")
    order = loads_of(monkeypatch, live)
    assert {seconds for _, seconds in order} == {harness.SLICE_S}
    per_round = 5 * (5 + 3) + 5 * (1 + 1)  # 5 passes: five frameworks and three bare slices; one and one
    assert len(order) == 3 * per_round
    for r in range(3):
        loads = [t for t, _ in order[r * per_round : (r + 1) * per_round]]
        setups_seen = [t.setup.id for t in loads]
        assert setups_seen == sorted(setups_seen, key=setups_seen.index)  # one configuration, then the other
        for i, t in enumerate(loads):
            if not t.is_baseline:
                assert loads[i - 1].is_baseline or loads[i - 2].is_baseline, [x.framework for x in loads]
    assert all(len(t.rounds) == 3 and len(t.rounds[0:1]) == 1 for t in live)
    assert all(len(t.baseline_rounds) == 3 for t in live if not t.is_baseline)
    assert all(not t.baseline_rounds for t in live if t.is_baseline)


def test_a_quick_run_loads_each_server_once_per_round(monkeypatch):
    """--quick is a smoke test within 3 minutes: no slices, each server once per round."""
    std = SETUPS["uvicorn-standard"]
    live = targets(std, std.baseline, "a", "b", "c")
    order = []
    monkeypatch.setattr(
        harness,
        "load",
        lambda t, s, c: order.append((t.framework, s)) or {"rps": 1.0, "p50_ms": 1.0, "p99_ms": 2.0, "errors": 0},
    )
    harness.measure(live, Namespace(rounds=3, duration=1, connections=8, quick=True), harness.random.Random(1))
    assert sorted(order) == sorted((t.framework, 1) for t in live for _ in range(3))


def test_the_order_of_frameworks_changes_from_round_to_round(monkeypatch):
    std = SETUPS["uvicorn-standard"]
    order = loads_of(monkeypatch, targets(std, std.baseline, "a", "b", "c", "d"), duration=1)
    rounds = [tuple(t.framework for t, _ in order[r * 6 : (r + 1) * 6]) for r in range(3)]
    assert len(set(rounds)) > 1


def test_the_ratio_divides_by_the_bare_app_measured_beside_the_framework():
    """A paired result's baseline.rps is the median of its baseline_rounds, not the bare app's own
    median, and its ratio is rps over it."""
    bare = result("baseline-uvicorn-standard", [3000.0, 1000.0, 2000.0])
    fw = dict(result("alpha", [900.0, 300.0, 500.0]), baseline_rounds=[2900.0, 1100.0, 1000.0])
    alpha = next(r for r in speed.with_ratios([bare, fw]) if r["framework"] == "alpha")
    assert alpha["baseline"]["rps"] == 1100.0 and alpha["ratio"] == round(500.0 / 1100.0, 3)
    doc = run_doc()
    doc["results"] = speed.with_ratios([bare, fw])
    doc["conditions"]["environments"] = [env("baseline-uvicorn-standard"), env("alpha")]
    stored = Loaded("data/speed/2026-12-07.yaml")
    stored.data = doc
    assert list(speed.run_problems(stored)) == []
    doc["results"][1]["baseline"]["rps"] = 2000.0  # the bare app's own median: not what it was divided by
    assert any("baseline" in where for _, where, _, _ in speed.run_problems(stored))


def test_wrk_figures_come_from_the_lua_done_line():
    out = (
        'Running 1s test\nPWC-JSON {"requests": 2500, "duration_us": 1000000, "bytes": 1, "connect_errors": 0, '
        '"read_errors": 1, "write_errors": 0, "status_errors": 2, "timeouts": 0, "p50_us": 1500, '
        '"p90_us": 2000, "p99_us": 4000, "max_us": 9000, "mean_us": 1600.0}\n'
    )
    assert harness.parse_wrk(out) == {
        "rps": 2500.0,
        "seconds": 1.0,
        "p50_ms": 1.5,
        "p99_ms": 4.0,
        "errors": 3,
        "requests": 2500,
    }
    with pytest.raises(RuntimeError, match="no figures"):
        harness.parse_wrk("unable to connect to 127.0.0.1:1 Connection refused")


# ---- the stored run and its schema ----


def conditions(date: str, servers: dict | None = None, environments: list | None = None) -> dict:
    """A run's conditions as the harness writes them: format 1 with `servers`, format 2 with `environments`."""
    c = {
        "date": date,
        "cpu": "Test CPU",
        "cores": 2,
        "os": "Debian",
        "wrk": "wrk 4.1.0",
        "python": "3.11.9",
        "shared_machine": True,
        "pinning": "server on core 0, wrk on core 1",
        "concurrency": 64,
        "wrk_threads": 1,
        "duration_s": 5,
        "warmup_requests": 200,
        "rounds": 3,
        "seconds": 100,
    }
    if servers is not None:
        c["servers"] = servers
    if environments is not None:
        c["environments"] = environments
    return c


def env(fid, setup="uvicorn-standard", why="The docs run it so."):
    return {"framework": fid, "setup": setup, "why": why, "python": "3.11.9", "packages": {"uvicorn": "0.55.0"}}


def run_doc(date="2026-12-07"):
    results = speed.with_ratios(
        [result("baseline-uvicorn-standard", [2000.0, 2100.0, 1900.0]), result("fastapi", [1000.0, 1100.0, 900.0])]
    )
    return {
        "format": 2,
        "conditions": conditions(date, environments=[env("baseline-uvicorn-standard"), env("fastapi")]),
        "results": results,
        "excluded": [],
        "flags": [],
    }


def write(root: Path, doc: dict, name: str = "2026-12-07") -> None:
    (root / "data" / "speed").mkdir(parents=True, exist_ok=True)
    (root / "data" / "speed" / f"{name}.yaml").write_text(speed.dump(doc))


def test_a_run_as_the_harness_writes_it_loads_and_exports_in_the_api_shape(tmp_path):
    write(tmp_path, run_doc())
    runs, problems = speed.load_runs(tmp_path)
    assert problems == [] and len(runs) == 1
    exported = speed.api(runs[0].data, ["2026-11-30", "2026-12-07"])
    assert exported["runs"] == ["2026-11-30", "2026-12-07"]
    fastapi = next(r for r in exported["results"] if r["framework"] == "fastapi")
    assert set(fastapi) == set(speed.API_FIELDS)
    assert fastapi["ratio"] == round(fastapi["rps"] / fastapi["baseline"]["rps"], 3)
    assert (
        fastapi["server_config"]["extras"] == ["standard"]
        and fastapi["baseline"]["server_config"] == fastapi["server_config"]
    )
    json.dumps(exported)  # plain data


def test_the_committed_format_1_run_still_loads():
    runs, problems = speed.load_runs(ROOT)
    assert problems == [] and any(r.data.get("format", 1) == 1 for r in runs)


@pytest.mark.parametrize(
    "breaks, field, wrong",
    [
        (lambda d: d["results"][1].update(rounds=[1000.0, 1100.0]), "results[1].rounds", "minimum 3 items"),
        (lambda d: d["results"][1].update(rps=5000.0), "results[1].rps", "not the median"),
        (lambda d: d["results"][1].update(endpoint="xml"), "results[1].endpoint", "not an allowed value"),
        (lambda d: d["conditions"].pop("cpu"), "conditions.cpu", "missing field"),
        (lambda d: d["results"][1].update(ratio=0.9), "results[1].ratio", "not rps / baseline.rps"),
        (lambda d: d["conditions"].update(date="2026-12-01"), "conditions.date", "differs from the file name"),
        (lambda d: d["conditions"]["environments"].pop(1), "results[1].framework", "no environment entry"),
        (
            lambda d: d["results"][1]["baseline"].update(rps=500.0),
            "results[1].baseline",
            "not the bare app of this run",
        ),
        (
            lambda d: (
                [r["server_config"].update(flags={"http": "h11", "loop": "asyncio"}) for r in d["results"][:1]]
                and d["results"][1]["baseline"]["server_config"].update(flags={"http": "h11", "loop": "asyncio"})
            ),
            "results[1].baseline.server_config",
            "another server configuration",
        ),
        (
            lambda d: d["results"][1].update(rps=3000.0, rounds=[3000.0] * 3, ratio=1.5),
            "results[1].ratio",
            "above 1.1",
        ),
        (lambda d: d["results"][1].update(baseline=None, ratio=None), "results[1]", "no baseline although"),
    ],
)
def test_a_broken_run_is_reported_with_its_field(tmp_path, breaks, field, wrong):
    doc = run_doc()
    breaks(doc)
    write(tmp_path, doc)
    runs, problems = speed.load_runs(tmp_path)
    assert runs == []
    assert any(p.field == field and (wrong in p.wrong or wrong in p.expected) for p in problems), problems


# ---- the pages drawn from a run ----


def fixture_run():
    doc = run_doc()
    doc["results"] = speed.with_ratios(
        [
            result("baseline-uvicorn-standard", [2000.0, 2000.0, 2000.0]),
            result("alpha", [1000.0, 1000.0, 1000.0]),
            result("beta", [500.0, 500.0, 500.0]),
            result("beta", [200.0, 200.0, 200.0], endpoint="json"),
            result("baseline-uvicorn-standard", [1800.0, 1800.0, 1800.0], endpoint="json"),
        ]
    )
    doc["results"][3]["note"] = "40% of this framework's plain-text rate. A profile puts the time in: orjson 50%."
    doc["conditions"]["environments"] = [
        env("baseline-uvicorn-standard", why="The bare app of this configuration."),
        env("alpha", why="Alpha's docs run Uvicorn."),
        env("beta", why="Beta's docs run Uvicorn."),
    ]
    doc["excluded"] = [{"framework": "beta", "endpoint": "params", "reason": "GET /items/42: status 500, expected 200"}]
    return doc


@pytest.fixture
def speed_site(data_root):
    from pywebcompare.site import pages
    from pywebcompare.site.urls import Links

    old = run_doc("2026-11-30")
    write(data_root, old, "2026-11-30")
    write(data_root, fixture_run())
    return pages.Site(assemble.load(data_root), Links("https://example.org/r/", "trunk"))


def test_the_performance_page_leads_with_requests_per_second_and_marks_each_bare_app(speed_site):
    from pywebcompare.site import pages

    html = pages.FRAGMENTS["performance"](speed_site, "../")
    assert html.count('class="pwc-bars"') == 2 and "<table" in html  # two endpoints: two charts, with their tables
    lead = html[: html.index('class="pwc-bars"')]  # the answer comes before the first chart, in one paragraph
    assert "Plain text: <strong>Alpha</strong> is fastest, 1,000 req/s on Uvicorn" in lead
    assert "<strong>Alpha</strong> costs least against a bare app on its own server (ratio 0.50" in lead
    assert "Beside each figure stands the" not in lead and "Beside each figure stands the" in html
    plain = html[html.index('id="endpoint-plaintext"') : html.index('id="endpoint-json"')]
    names = [
        plain.index(n)
        for n in (
            ">Bare app (uvicorn-standard)</span>",
            ">Alpha (uvicorn-standard)</span>",
            ">Beta (uvicorn-standard)</span>",
        )
    ]
    assert names == sorted(names)  # fastest first
    assert '<span class="pwc-bar-value">2,000</span>' in plain and '<span class="pwc-bar-value">1,000</span>' in plain
    assert plain.count('class="pwc-bar-one"') == 2  # each framework bar marked at its bare app
    assert "0.50 <small>of 2,000</small>" in plain
    assert '<a href="../frameworks/alpha/">Alpha</a>' in html
    assert "Alpha&#39;s docs run Uvicorn." in html and "This run shared its machine" in html
    assert "Beta, Path and query: GET /items/42: status 500, expected 200" in html
    assert "orjson 50%" in html  # the slow endpoint's note
    trend = html[html.index('id="trend"') :]
    assert "2026-11-30" in trend and "2026-12-07" in trend
    assert "--extras standard --flag http=httptools --flag loop=uvloop" in html
    assert "What these numbers do not tell" in html


def test_a_pair_page_leads_with_requests_per_second_and_the_ratio_beside_it(speed_site):
    from pywebcompare.site import pages

    html = pages.pair_page(speed_site, "alpha", "beta").html
    section = html[html.index('id="speed"') :]
    assert (
        "<strong>1,000 req/s</strong> on Uvicorn with httptools and uvloop (uvicorn[standard]) (ratio 0.50)" in section
    )
    assert "<strong>500 req/s</strong>" in section and "(ratio 0.25)" in section
    assert "<td>2.00</td>" in section and 'href="../../performance/#conditions"' in section
    assert "64 connections, 3 rounds of 5 s" in section
    assert "Not measured: Beta, params: GET /items/42: status 500, expected 200" in section
    assert (
        "<small>40% of this framework&#39;s plain-text rate. A profile puts the time in: orjson 50%.</small>" in section
    )


def test_the_api_file_holds_the_newest_run_and_every_kept_runs_date(speed_site):
    from pywebcompare.site import export

    files = export.files(speed_site.data)
    published = json.loads(files["api/speed.json"])
    assert published == json.loads(json.dumps(speed.api(fixture_run(), ["2026-11-30", "2026-12-07"])))


@pytest.mark.parametrize("load, others, shared", [(0.3, 0, False), (2.5, 0, False), (0.3, 10**9, True)])
def test_a_run_on_a_busy_machine_says_so(tmp_path, monkeypatch, load, others, shared):
    """Busy: other work's CPU during the rounds (the machine's busy clock ticks minus the run's own).
    The load average at the start is recorded but does not decide: it still holds the minute before."""
    monkeypatch.setattr(harness.os, "getloadavg", lambda: (load, load, load))
    ticks = iter([0, others])
    monkeypatch.setattr(harness, "busy_ticks", lambda: next(ticks))
    monkeypatch.setattr(harness, "own_ticks", lambda: 0)
    assert fake_run(monkeypatch, tmp_path, wrong=set()) == 0
    doc = speed.load_runs(tmp_path)[0][0].data
    assert doc["conditions"]["shared_machine"] is shared and doc["conditions"]["load_average"] == load
    assert (doc["conditions"]["other_cpu"] > harness.OTHER_BUSY) is bool(others)


def test_other_work_is_told_from_the_runs_own_processes():
    """A child of the harness busy on a core counts as its own, and the machine's busy ticks hold it too
    (so other work = busy - own leaves it out; other work on the machine cannot be asserted here)."""
    import os
    import subprocess
    import sys

    busy, own = harness.busy_ticks(), harness.own_ticks()
    subprocess.run([sys.executable, "-c", "import time\nwhile time.process_time() < 1.5: pass"])
    tick = os.sysconf("SC_CLK_TCK")
    mine = (harness.own_ticks() - own) / tick
    machine = (harness.busy_ticks() - busy) / tick
    assert 1.4 <= mine <= 2.5  # its 1.5 s of CPU time (a busy machine cannot shorten it), via reaped children
    assert machine >= mine - 0.1  # the machine's count includes it (to a tick or so)


def test_time_spent_waiting_is_not_counted_as_a_cost():
    assert speed.package_shares(
        {("~", 0, "<method 'acquire' of '_thread.lock' objects>"): 5.0, ("~", 0, "<built-in method _json.dumps>"): 1.0}
    ) == {"_json": 1.0}


def test_a_second_run_of_a_day_is_kept_beside_the_first(tmp_path):
    assert speed.run_path(tmp_path, "2026-12-07").name == "2026-12-07.yaml"
    (tmp_path / speed.SPEED_DIR).mkdir(parents=True)
    (tmp_path / speed.SPEED_DIR / "2026-12-07.yaml").write_text("x")
    assert speed.run_path(tmp_path, "2026-12-07").name == "2026-12-07-2.yaml"
    (tmp_path / speed.SPEED_DIR / "2026-12-07-2.yaml").write_text("x")
    assert speed.run_path(tmp_path, "2026-12-07").name == "2026-12-07-3.yaml"


def test_the_performance_page_says_whether_a_rerun_agrees_and_names_the_runs_file(data_root):
    """A day's second run: the page compares each ratio with the run before it (within 15 % or not),
    largest change first, and names the second run's own file."""
    from pywebcompare.site import pages
    from pywebcompare.site.urls import Links

    first = fixture_run()
    second = fixture_run()
    second["results"] = speed.with_ratios(
        [
            result("baseline-uvicorn-standard", [2000.0, 2000.0, 2000.0]),
            result("alpha", [1100.0, 1100.0, 1100.0]),  # 0.50 -> 0.55: +10 %, within
            result("beta", [700.0, 700.0, 700.0]),  # 0.25 -> 0.35: +40 %, differs
        ]
    )
    second["results"][2]["errors"] = 16
    second["conditions"]["other_cpu"], second["conditions"]["load_average"] = 0.04, 0.3
    write(data_root, first, "2026-12-07")
    write(data_root, second, "2026-12-07-2")
    html = pages.FRAGMENTS["performance"](pages.Site(assemble.load(data_root), Links("https://e.org/r/", "t")), "../")
    agree = html[html.index('id="reproduced"') :]
    agree = agree[: agree.index("</table>")]
    assert "<strong>1 of 2</strong> ratios" in agree and "(2026-12-07)" in agree
    assert agree.index("Beta") < agree.index("Alpha")  # largest change first
    assert "+40% <strong>(differs)</strong>" in agree and "+10%</td>" in agree
    assert "<code>data/speed/2026-12-07-2.yaml</code>" in html
    assert "0.04 cores used on average by everything else" in html
    assert "16 failed requests (timeouts or socket errors)" in html and html.count("failed request") == 1


def test_a_live_child_counts_as_the_runs_own():
    """A server still running (not reaped) is found down the process tree from the harness."""
    import os
    import subprocess
    import sys
    import time

    own = harness.own_ticks()
    child = subprocess.Popen(
        [sys.executable, "-c", "import time\nwhile time.process_time() < 0.6: pass\ntime.sleep(30)"],
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 20
        while harness.own_ticks() - own < 0.5 * os.sysconf("SC_CLK_TCK") and time.monotonic() < deadline:
            time.sleep(0.1)
        assert child.poll() is None  # alive: its time comes from the tree, not from a reaped child's count
        assert harness.own_ticks() - own >= 0.5 * os.sysconf("SC_CLK_TCK")
    finally:
        child.kill()
        child.wait()
