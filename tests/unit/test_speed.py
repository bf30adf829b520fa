"""The speed harness's logic without wrk: statistics, ratios, response checks, publishing, the schema."""

from __future__ import annotations

import http.server
import json
import threading
from argparse import Namespace
from pathlib import Path

import pytest

from pywebcompare.evidence import assemble, harness, speed

ROOT = Path(__file__).resolve().parents[2]


def result(framework, rounds, endpoint="plaintext", server="uvicorn"):
    return {
        "framework": framework,
        "server": server,
        "endpoint": endpoint,
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


def test_ratio_is_to_the_baseline_of_the_same_interface_and_endpoint():
    rows = speed.with_ratios(
        [
            result("baseline-asgi", [2000, 2000, 2000]),
            result("baseline-wsgi", [1000, 1000, 1000], server="gunicorn"),
            result("baseline-asgi", [4000, 4000, 4000], endpoint="json"),
            result("fastapi", [1000, 1000, 1000]),
            result("fastapi", [1000, 1000, 1000], endpoint="json"),
            result("flask", [500, 500, 500], server="gunicorn"),
        ]
    )
    ratio = {(r["framework"], r["endpoint"]): (r["baseline"], r["ratio"]) for r in rows}
    assert ratio[("fastapi", "plaintext")] == ("baseline-asgi", 0.5)
    assert ratio[("fastapi", "json")] == ("baseline-asgi", 0.25)
    assert ratio[("flask", "plaintext")] == ("baseline-wsgi", 0.5)
    assert ratio[("baseline-asgi", "plaintext")] == ("baseline-asgi", 1.0)


def test_a_framework_faster_than_its_baseline_beyond_noise_is_flagged():
    base = result("baseline-asgi", [1000, 1000, 1000])
    inside_noise = result("starlette", [1030, 1040, 1020])
    beyond = result("litestar", [1500, 1500, 1500])
    flags = speed.beats_baseline([base, inside_noise, beyond])
    assert len(flags) == 1 and flags[0].startswith("litestar plaintext: 1.50x")


def test_a_flag_names_the_server_settings_when_they_differ():
    base, fast = result("baseline-asgi", [1000] * 3), result("blacksheep", [1500] * 3)
    same = {"baseline-asgi": {"flags": "uvicorn, h11"}, "blacksheep": {"flags": "uvicorn, h11"}}
    other = {"baseline-asgi": {"flags": "uvicorn, h11"}, "blacksheep": {"flags": "uvicorn, httptools"}}
    assert speed.beats_baseline([base, fast], same)[0].endswith(
        "same server and settings: check the example and the baseline"
    )
    assert "uvicorn, httptools against uvicorn, h11" in speed.beats_baseline([base, fast], other)[0]


def test_a_noisy_baseline_widens_what_counts_as_noise():
    base = result("baseline-asgi", [700, 1000, 1300])  # 60 % spread
    assert speed.beats_baseline([base, result("starlette", [1400, 1400, 1400])]) == []


def test_reproduction_compares_each_ratio_with_the_committed_run():
    committed = [result("baseline-asgi", [1000] * 3), result("fastapi", [500] * 3), result("starlette", [800] * 3)]
    current = [result("baseline-asgi", [2000] * 3), result("fastapi", [1100] * 3), result("starlette", [1200] * 3)]
    rows = {r["key"][0]: r for r in speed.compare_runs(committed, current)}
    assert set(rows) == {"fastapi", "starlette"}  # baselines are 1 by definition
    assert rows["fastapi"]["within"] and rows["fastapi"]["change"] == pytest.approx(0.1)
    assert not rows["starlette"]["within"] and rows["starlette"]["change"] == pytest.approx(-0.25)


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


def test_a_run_with_a_failed_check_is_not_published():
    failed = [{"framework": "flask", "endpoint": "json", "reason": "GET /users/1: status 500, expected 200"}]
    assert "NOT PUBLISHED" in harness.refuse_publishing(args(), failed)
    assert harness.refuse_publishing(args(publish_with_exclusions=True), failed) is None
    assert harness.refuse_publishing(args(), []) is None
    assert "--quick" in harness.refuse_publishing(args(quick=True), [])


def fake_run(monkeypatch, tmp_path, wrong: set[str]):
    """main() with the servers and wrk replaced; frameworks in `wrong` answer wrongly."""
    endpoint = harness.ENDPOINTS[0]
    targets = [
        harness.Target("baseline-asgi", endpoint, "uvicorn", Path("python"), Path("asgi.py")),
        harness.Target("fastapi", endpoint, "uvicorn", Path("python"), Path("fastapi.py")),
    ]
    for t in targets:
        t.proc = Namespace(pid=0)
    servers = {
        fid: {
            "server": "uvicorn",
            "flags": "1 process",
            "why": "The docs say so.",
            "python": "3.11.7",
            "packages": {"uvicorn": "0.54.0"},
        }
        for fid in ("baseline-asgi", "fastapi")
    }
    rps = {"baseline-asgi": iter([2000.0, 2400.0, 1600.0]), "fastapi": iter([1000.0, 1500.0, 400.0])}
    monkeypatch.setattr(harness, "ROOT", tmp_path)
    monkeypatch.setattr(harness, "preflight", lambda: None)
    monkeypatch.setattr(harness, "targets_for", lambda fws, eps: (targets, [], servers))
    monkeypatch.setattr(
        harness, "start", lambda t, logs: ["GET /: status 500, expected 200"] if t.framework in wrong else []
    )
    monkeypatch.setattr(harness, "stop", lambda t: None)
    monkeypatch.setattr(harness, "rss_mib", lambda pid: 30.0)
    monkeypatch.setattr(
        harness, "load", lambda t, s, c: {"rps": next(rps[t.framework]), "p50_ms": 1.0, "p99_ms": 2.0, "errors": 0}
    )
    monkeypatch.setattr(harness, "warm", lambda t, n: None)
    monkeypatch.setattr(harness, "machine", lambda: {"cpu": "Test CPU", "cores": 2, "os": "Debian", "wrk": "wrk 4.1.0"})
    monkeypatch.setattr(speed, "newest", lambda root: None)
    return harness.main(["--frameworks", "fastapi", "--endpoints", "plaintext", "--seed", "1"])


def test_the_whole_run_refuses_to_publish_when_an_answer_is_wrong(tmp_path, monkeypatch):
    assert fake_run(monkeypatch, tmp_path, wrong={"fastapi"}) == 1
    assert not (tmp_path / "data" / "speed").exists()


def test_a_clean_run_publishes_a_file_that_passes_its_schema(tmp_path, monkeypatch):
    assert fake_run(monkeypatch, tmp_path, wrong=set()) == 0
    runs, problems = speed.load_runs(tmp_path)
    assert problems == [] and len(runs) == 1
    results = {r["framework"]: r for r in runs[0].data["results"]}
    assert set(results) == {"baseline-asgi", "fastapi"}
    # each round's ratio is taken against the baseline run beside it: 0.5, 0.625, 0.25
    assert results["fastapi"]["ratios"] == [0.5, 0.625, 0.25] and results["fastapi"]["ratio"] == 0.5
    assert results["fastapi"]["rps"] == 1000.0 and results["baseline-asgi"]["rps"] == 2000.0


def test_wrk_figures_come_from_the_lua_done_line():
    out = (
        'Running 1s test\nPWC-JSON {"requests": 2500, "duration_us": 1000000, "bytes": 1, "connect_errors": 0, '
        '"read_errors": 1, "write_errors": 0, "status_errors": 2, "timeouts": 0, "p50_us": 1500, '
        '"p90_us": 2000, "p99_us": 4000, "max_us": 9000, "mean_us": 1600.0}\n'
    )
    assert harness.parse_wrk(out) == {"rps": 2500.0, "p50_ms": 1.5, "p99_ms": 4.0, "errors": 3, "requests": 2500}
    with pytest.raises(RuntimeError, match="no figures"):
        harness.parse_wrk("unable to connect to 127.0.0.1:1 Connection refused")


# ---- the stored run and its schema ----


def conditions(date: str, servers: dict) -> dict:
    """A run's conditions as the harness writes them, with the given date and servers."""
    return {
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
        "duration_s": 1,
        "warmup_requests": 200,
        "rounds": 3,
        "seconds": 100,
        "servers": servers,
    }


def run_doc(date="2026-11-30"):
    results = [result("baseline-asgi", [2000.0, 2100.0, 1900.0]), result("fastapi", [1000.0, 1100.0, 900.0])]
    pk = {"uvicorn": "0.54.0"}
    return {
        "conditions": conditions(
            date,
            {
                "baseline-asgi": {
                    "server": "uvicorn",
                    "flags": "1 process",
                    "why": "The raw ASGI ceiling.",
                    "packages": pk,
                },
                "fastapi": {
                    "server": "uvicorn",
                    "flags": "1 process",
                    "why": "FastAPI's docs run Uvicorn.",
                    "source": "https://fastapi.tiangolo.com/deployment/manually/",
                    "packages": pk,
                },
            },
        ),
        "results": results,
        "excluded": [],
        "flags": [],
    }


def write(root: Path, doc: dict, name: str = "2026-11-30") -> None:
    (root / "data" / "speed").mkdir(parents=True, exist_ok=True)
    (root / "data" / "speed" / f"{name}.yaml").write_text(speed.dump(doc))


def test_a_run_as_the_harness_writes_it_loads_and_exports_in_the_api_shape(tmp_path):
    write(tmp_path, run_doc())
    runs, problems = speed.load_runs(tmp_path)
    assert problems == [] and len(runs) == 1
    exported = speed.api(runs[0].data)
    assert set(exported) == {"conditions", "results"}
    assert set(exported["results"][0]) == set(speed.API_FIELDS)
    json.dumps(exported)  # plain data


@pytest.mark.parametrize(
    "breaks, field, wrong",
    [
        (lambda d: d["results"][1].update(rounds=[1000.0, 1100.0]), "results[1].rounds", "minimum 3 items"),
        (lambda d: d["results"][1].update(rps=5000.0), "results[1].rps", "not the median"),
        (lambda d: d["results"][1].update(endpoint="xml"), "results[1].endpoint", "not an allowed value"),
        (lambda d: d["conditions"].pop("cpu"), "conditions.cpu", "missing field"),
        (
            lambda d: d["results"][1].update(ratios=[0.5, 0.5, 0.5], ratio=0.9),
            "results[1].ratio",
            "not the median of its ratios",
        ),
        (lambda d: d["conditions"].update(date="2026-12-01"), "conditions.date", "differs from the file name"),
        (lambda d: d["conditions"]["servers"].pop("fastapi"), "results[1].framework", "no server entry"),
    ],
)
def test_a_broken_run_is_reported_with_its_field(tmp_path, breaks, field, wrong):
    doc = run_doc()
    breaks(doc)
    write(tmp_path, doc)
    runs, problems = speed.load_runs(tmp_path)
    assert runs == []
    assert any(p.field == field and (wrong in p.wrong or wrong in p.expected) for p in problems), problems


def test_each_framework_run_is_paired_with_a_baseline_run_next_to_it(monkeypatch):
    """Three frameworks on one baseline: B F F B F in each round, each ratio over the adjacent B."""
    endpoint = harness.ENDPOINTS[0]
    base = harness.Target("baseline-asgi", endpoint, "uvicorn", Path("python"), Path("asgi.py"))
    fws = [harness.Target(f, endpoint, "uvicorn", Path("python"), Path(f"{f}.py")) for f in ("a", "b", "c")]
    order, tick = [], iter(range(1, 1000))

    def load(t, seconds, connections):
        order.append(t.framework)
        return {"rps": float(next(tick)), "p50_ms": 1.0, "p99_ms": 2.0, "errors": 0}

    monkeypatch.setattr(harness, "load", load)
    harness.measure([base, *fws], Namespace(rounds=3, duration=1, connections=8), harness.random.Random(3))
    assert len(order) == 15 and all(len(t.ratios) == 3 for t in fws)
    for r in range(3):
        kinds = ["B" if f == "baseline-asgi" else "F" for f in order[r * 5 : (r + 1) * 5]]
        assert kinds == ["B", "F", "F", "B", "F"]
    for t in fws:  # the run numbers are the rps: the paired baseline run is one before or one after
        for run, ratio in zip(t.rounds, t.ratios):
            paired = run["rps"] / ratio
            assert min(abs(paired - (run["rps"] - 1)), abs(paired - (run["rps"] + 1))) < 0.01


# ---- the pages drawn from a run ----


def fixture_run():
    doc = run_doc()
    doc["results"] = [
        result("baseline-asgi", [2000.0, 2000.0, 2000.0]),
        result("alpha", [1000.0, 1000.0, 1000.0]),
        result("beta", [500.0, 500.0, 500.0]),
    ]
    servers = doc["conditions"]["servers"]
    servers["alpha"] = dict(servers.pop("fastapi"), why="Alpha's docs run Uvicorn.")
    servers["beta"] = dict(servers["alpha"], why="Beta's docs run Uvicorn.")
    doc["excluded"] = [{"framework": "beta", "endpoint": "json", "reason": "GET /users/1: status 500, expected 200"}]
    return doc


@pytest.fixture
def speed_site(data_root):
    from pywebcompare.site import pages
    from pywebcompare.site.urls import Links

    write(data_root, fixture_run())
    return pages.Site(assemble.load(data_root), Links("https://example.org/r/", "trunk"))


def test_the_performance_page_draws_each_figure_as_a_chart_and_a_table(speed_site):
    from pywebcompare.site import pages

    html = pages.FRAGMENTS["performance"](speed_site, "../")
    assert html.count('class="pwc-bars"') == 1 and "<table" in html  # one endpoint in the run: one chart, its table
    assert '<span class="pwc-bar-name">Alpha (uvicorn)</span>' in html
    assert '<span class="pwc-bar-value">0.50</span>' in html and '<span class="pwc-bar-value">0.25</span>' in html
    assert '<a href="../frameworks/alpha/">Alpha</a>' in html
    assert "Alpha&#39;s docs run Uvicorn." in html and "This run shared its machine" in html
    assert "Beta, JSON: GET /users/1: status 500, expected 200" in html
    assert "What these numbers do not tell" in html


def test_a_pair_page_shows_both_frameworks_speed_and_their_ratio(speed_site):
    from pywebcompare.site import pages

    html = pages.pair_page(speed_site, "alpha", "beta").html
    section = html[html.index('id="speed"') :]
    assert "1000 req/s (ratio 0.50)" in section and "500 req/s (ratio 0.25)" in section
    assert "<td>2.00</td>" in section and 'href="../../performance/#conditions"' in section
    assert "Not measured: Beta, json: GET /users/1: status 500, expected 200" in section


def test_the_api_file_holds_the_newest_run(speed_site):
    from pywebcompare.site import export

    files = export.files(speed_site.data)
    published = json.loads(files["api/speed.json"])
    assert published == speed.api(fixture_run())
