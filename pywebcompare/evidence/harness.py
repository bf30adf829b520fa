#!/usr/bin/env python3
"""Framework speed: every framework's examples under load, beside a raw WSGI and a raw ASGI baseline.

Each example (examples/<task>/<framework>.py) runs through examples/serve.py in its framework's
environment (.venv-examples/<id>/) on the server its framework's docs recommend, one worker pinned
to core 0; wrk, pinned to core 1, loads it on 127.0.0.1. Every response is checked before any
timing: a wrong answer excludes that framework and endpoint, and a run with exclusions is not
published. Then: a warm-up, and rounds in shuffled order; per framework, server and endpoint the
median rps, its spread over rounds, p50/p99 latency, RSS after the load and cold start.

    python -m pywebcompare.evidence.harness [--quick] [--frameworks a,b] [--endpoints plaintext,json]

A full run writes data/speed/<date>.yaml (unless --no-publish); --quick publishes nothing.
Either prints each ratio to its baseline beside the newest committed run's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from pywebcompare import ROOT
from pywebcompare.data.profiles import profiles
from pywebcompare.evidence import environments, examples, runner, speed

HERE = Path(__file__).resolve().parent

SERVE = ROOT / "examples" / "serve.py"
LUA = HERE / "wrk_report.lua"
BASELINE_DIR = HERE / "baselines"
BENCH_VENVS = ROOT / ".venv-bench"
SERVER_CORE, WRK_CORE = "0", "1"
START_TIMEOUT = 30.0  # seconds for a server to answer its first request

# The server each framework's own docs recommend for production, and where they say so: read from
# each framework's data (`deployment`), so adding a framework adds no line here.
SERVERS = {fid: (p.server, p.server_note, p.server_source) for fid, p in profiles().items() if p.server}
BASELINE_SERVERS = {
    "baseline-wsgi": ("gunicorn", "wsgi.py", "The same server as the WSGI frameworks, serving a plain WSGI callable."),
    "baseline-asgi": ("uvicorn", "asgi.py", "The same server as most ASGI frameworks, serving a plain ASGI callable."),
}
# What examples/serve.py runs for each kind, for the conditions card (one worker everywhere).
SERVER_FLAGS = {
    "gunicorn": "gunicorn, 1 sync worker (workers=1, worker_class=sync), access log off",
    "gthread": "gunicorn, 1 gthread worker with 8 threads, access log off",
    "uvicorn": "uvicorn, 1 process, loop {loop}, HTTP parser {http}, access log off",
    "hypercorn": "hypercorn on asyncio, 1 worker",
    "aiohttp": "aiohttp web.run_app, 1 process, access log off",
    "tornado": "tornado app.listen on the asyncio loop, 1 process",
    "sanic": "sanic app.run(single_process=True), access log off",
    "cherrypy": "CherryPy engine with Cheroot, thread pool of 10, autoreload off",
    "waitress": "waitress.serve, 1 process, its default 4 threads",
}

USER = {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"}


@dataclass
class Probe:
    """One request and what its answer must be."""

    method: str
    path: str
    body: str | None = None
    status: tuple[int, ...] = (200,)
    content_type: str | None = None  # the Content-Type must start with this
    text: str | None = None  # the body must be exactly this
    json: object = None  # the body must decode to this
    contains: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()


@dataclass
class Endpoint:
    id: str
    task: str
    timed: Probe  # the request wrk repeats
    also: list[Probe] = field(default_factory=list)  # checked once: validation really happens


ENDPOINTS = [
    Endpoint("plaintext", "hello", Probe("GET", "/", content_type="text/plain", text="Hello, World!")),
    Endpoint(
        "json",
        "serialization",
        Probe("GET", "/users/1", content_type="application/json", json=USER),
        [Probe("GET", "/users/2", status=(404,))],
    ),
    Endpoint(
        "params",
        "path-query",
        Probe(
            "GET",
            "/items/42?q=abc&limit=5",
            content_type="application/json",
            json={"item_id": 42, "q": "abc", "limit": 5},
        ),
        [Probe("GET", "/items/42?limit=x", status=(400, 422))],
    ),
    Endpoint(
        "body",
        "json-body",
        Probe(
            "POST",
            "/items",
            '{"name": "Pen", "price": 1.5}',
            status=(201,),
            content_type="application/json",
            json={"name": "Pen", "price": 1.5},
        ),
        [Probe("POST", "/items", '{"price": 1.5}', status=(400, 422), contains=("name",))],
    ),
    Endpoint(
        "html",
        "template",
        Probe("GET", "/hello/Ada", content_type="text/html", contains=("<h1>Hello, Ada!</h1>",)),
        [Probe("GET", "/hello/%3Cb%3E", contains=("&lt;b&gt;",), absent=("<b>",))],
    ),
]
assert [e.id for e in ENDPOINTS] == list(speed.ENDPOINTS)


def check(probe: Probe, status: int, content_type: str, body: bytes) -> list[str]:
    """What is wrong with one answer (nothing when it is right)."""
    wrong = []
    if status not in probe.status:
        wrong.append(f"status {status}, expected {' or '.join(map(str, probe.status))}")
    if probe.content_type and not content_type.lower().startswith(probe.content_type):
        wrong.append(f"Content-Type {content_type!r}, expected {probe.content_type}")
    text = body.decode("utf-8", "replace")
    if probe.text is not None and text != probe.text:
        wrong.append(f"body {text[:80]!r}, expected {probe.text!r}")
    if probe.json is not None:
        try:
            value = json.loads(text)
        except ValueError:
            value = ValueError
        if value != probe.json:
            wrong.append(f"body {text[:80]!r}, expected the JSON {json.dumps(probe.json)}")
    wrong += [f"body lacks {s!r}" for s in probe.contains if s not in text]
    wrong += [f"body contains {s!r}" for s in probe.absent if s in text]
    return wrong


def ask(port: int, probe: Probe, timeout: float = 5.0) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"} if probe.body is not None else {}
        conn.request(probe.method, probe.path, body=probe.body, headers=headers)
        answer = conn.getresponse()
        return answer.status, answer.getheader("Content-Type", ""), answer.read()
    finally:
        conn.close()


def verify(port: int, endpoint: Endpoint) -> list[str]:
    """Every problem with the endpoint's answers, each naming its request."""
    problems = []
    for probe in [endpoint.timed, *endpoint.also]:
        try:
            wrong = check(probe, *ask(port, probe))
        except OSError as error:
            wrong = [f"no answer ({error})"]
        problems += [f"{probe.method} {probe.path}: {w}" for w in wrong]
    return problems


# ---- servers --------------------------------------------------------------------------------------


@dataclass
class Target:
    """One framework's example of one endpoint, on one server."""

    framework: str
    endpoint: Endpoint
    server: str
    python: Path
    file: Path
    port: int = 0
    proc: subprocess.Popen | None = None
    log: Path | None = None
    startup_ms: float = 0.0
    rss_mib: float = 0.0
    rounds: list[dict] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)  # rps over its baseline's, run next to it, per round

    @property
    def name(self) -> str:
        return f"{self.framework}/{self.endpoint.id}"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(target: Target, logs: Path) -> list[str]:
    """Start the server on core 0, time import + first response, check every answer; problems or []."""
    target.port = free_port()
    target.log = logs / f"{target.framework}-{target.endpoint.id}.log"
    cmd = ["taskset", "-c", SERVER_CORE, str(target.python), *serve_command(target.server, target.port, target.file)]
    began = time.perf_counter()
    with target.log.open("wb") as log:  # from the example's folder, as the specs run it (templates/ is relative)
        target.proc = subprocess.Popen(
            cmd,
            cwd=target.file.parent,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    while True:
        try:
            ask(target.port, target.endpoint.timed, timeout=2.0)
            break
        except OSError:
            ended = target.proc.poll() is not None
            if ended or time.perf_counter() - began > START_TIMEOUT:
                tail = " | ".join(target.log.read_text(errors="replace").strip().splitlines()[-2:])
                return [
                    f"the server stopped before answering: {tail}"
                    if ended
                    else f"the server did not answer within {START_TIMEOUT:.0f} s: {tail}"
                ]
            time.sleep(0.005)
    target.startup_ms = round((time.perf_counter() - began) * 1000, 1)
    return wrong_app(target) + verify(target.port, target.endpoint)


def wrong_app(target: Target) -> list[str]:
    """serve.py names the class of the app it serves: it must be the framework's own."""
    line = next((ln for ln in target.log.read_text(errors="replace").splitlines() if ln.startswith("app: ")), "")
    app_class = line.removeprefix("app: ")
    if target.framework in profiles() and not examples.app_class_belongs(target.framework, app_class):
        return [f"serves {app_class or 'an unnamed app'}, not a {target.framework} application"]
    return []


def serve_command(server: str, port: int, file: Path) -> list[str]:
    """The arguments after the interpreter that serve `file` with `server` on 127.0.0.1:port, one worker."""
    return [str(SERVE), "--server", server, "--port", str(port), "--workers", "1", str(file)]


def stop(target: Target) -> None:
    if target.proc and target.proc.poll() is None:
        os.killpg(target.proc.pid, signal.SIGTERM)
        try:
            target.proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(target.proc.pid, signal.SIGKILL)
            target.proc.wait(5)


def rss_mib(pgid: int) -> float:
    """Resident memory of the server's whole process group (gunicorn's master with its worker)."""
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid:  # the process group
                status = (stat.parent / "status").read_text()
                total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
        except (OSError, StopIteration, IndexError, ValueError):
            continue  # a process that ended meanwhile
    return round(total / 1024, 1)


# ---- load -----------------------------------------------------------------------------------------


def parse_wrk(output: str) -> dict:
    """The figures of one wrk run from the JSON line our Lua `done` prints."""
    line = next((ln for ln in output.splitlines() if ln.startswith("PWC-JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no figures: {output.strip()[-300:]}")
    raw = json.loads(line.removeprefix("PWC-JSON "))
    seconds = raw["duration_us"] / 1e6
    errors = sum(raw[k] for k in ("connect_errors", "read_errors", "write_errors", "status_errors", "timeouts"))
    return {
        "rps": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "p50_ms": raw["p50_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
        "errors": errors,
        "requests": raw["requests"],
    }


def load(target: Target, seconds: float, connections: int) -> dict:
    probe = target.endpoint.timed
    env = {
        **os.environ,
        "PWC_METHOD": probe.method,
        "PWC_BODY": probe.body or "",
        "PWC_CONTENT_TYPE": "application/json",
    }
    cmd = [
        "taskset",
        "-c",
        WRK_CORE,
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "2s",
        "-s",
        str(LUA),
        f"http://127.0.0.1:{target.port}{probe.path}",
    ]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=seconds + 20)
    return parse_wrk(done.stdout + done.stderr)


# ---- environments and conditions ------------------------------------------------------------------


def example_server(fid: str) -> str:
    """The server the examples data names for a framework, else the one in SERVERS."""
    path = ROOT / "data" / "examples" / f"{fid}.yaml"
    if path.exists():
        import yaml

        named = (yaml.safe_load(path.read_text()) or {}).get("server")
        if named:
            return named
    return SERVERS[fid][0]


def baseline_python(bid: str) -> Path:
    """The baseline's own environment, created with uv from its pinned requirements when they changed."""
    kind = bid.removeprefix("baseline-")
    requirements = BASELINE_DIR / f"requirements-{kind}.txt"
    return environments.ensure(
        BENCH_VENVS / bid,
        requirements.read_text(),
        make=lambda env: subprocess.run([runner.uv(), "venv", "-q", "--python", runner.PYTHON, str(env)], check=True),
        install=lambda python: subprocess.run(
            [runner.uv(), "pip", "sync", "-q", "--python", str(python), str(requirements)], check=True
        ),
    )


def environment(python: Path) -> tuple[str, dict[str, str]]:
    """The Python version of an environment and every package installed in it."""
    code = (
        "import importlib.metadata as m, json, platform; print(json.dumps([platform.python_version(), "
        "{d.metadata['Name'].lower(): d.version for d in m.distributions()}]))"
    )
    out = subprocess.run([str(python), "-P", "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    version, pkgs = json.loads(out)
    return version, dict(sorted(pkgs.items()))


def flags(server: str, pkgs: dict[str, str]) -> str:
    # examples/serve.py runs every uvicorn app with h11 and asyncio, as the raw ASGI baseline
    return SERVER_FLAGS[server].format(loop="asyncio", http="h11")


def machine() -> dict:
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor() or "unknown",
    )
    os_name = platform.platform()
    release = Path("/etc/os-release")
    if release.exists():
        info = dict(ln.split("=", 1) for ln in release.read_text().splitlines() if "=" in ln)
        os_name = f"{info.get('PRETTY_NAME', '').strip(chr(34))}, Linux {platform.release()}"
    wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True).stdout.split("\n", 1)[0]
    wrk = wrk.split(" Copyright")[0].strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "os": os_name, "wrk": wrk}


# ---- the run --------------------------------------------------------------------------------------


def targets_for(frameworks: list[str], endpoints: list[Endpoint]) -> tuple[list[Target], list[dict], dict]:
    """Every target that has an example and an environment; the others as exclusions with a reason."""
    targets, excluded, servers = [], [], {}
    for bid, (server, file, why) in BASELINE_SERVERS.items():
        python = baseline_python(bid)
        version, pk = environment(python)
        servers[bid] = {"server": server, "flags": flags(server, pk), "why": why, "python": version, "packages": pk}
        targets += [Target(bid, e, server, python, BASELINE_DIR / file) for e in endpoints]
    for fid in frameworks:
        if not (ROOT / examples.REQUIREMENTS / f"{fid}.txt").exists():
            excluded += [
                {
                    "framework": fid,
                    "endpoint": e.id,
                    "reason": f"no pinned requirements {examples.REQUIREMENTS}/{fid}.txt",
                }
                for e in endpoints
            ]
            continue
        python = runner.ensure_venv(fid)
        server = example_server(fid)
        version, pk = environment(python)
        _, why, source = SERVERS[fid]
        if server != SERVERS[fid][0]:
            why = f"The examples data names {server}. " + why
        servers[fid] = {
            "server": server,
            "flags": flags(server, pk),
            "why": why,
            "source": source,
            "python": version,
            "packages": pk,
        }
        for e in endpoints:
            file = ROOT / "examples" / e.task / f"{fid}.py"
            if file.exists():
                targets.append(Target(fid, e, server, python, file))
            else:
                excluded.append(
                    {"framework": fid, "endpoint": e.id, "reason": f"no example examples/{e.task}/{fid}.py"}
                )
    return targets, excluded, servers


def preflight() -> None:
    if not shutil.which("wrk"):
        sys.exit(
            "The speed benchmark needs wrk, the HTTP load generator: run `sudo apt-get install wrk` (Debian/Ubuntu)."
        )
    if not shutil.which("taskset"):
        sys.exit("The speed benchmark pins processes with taskset: run `sudo apt-get install util-linux`.")
    if len(os.sched_getaffinity(0)) < 2:
        sys.exit("The speed benchmark needs 2 cores: the server runs on core 0 and wrk on core 1.")
    if not SERVE.exists():
        sys.exit(f"{SERVE.relative_to(ROOT)} is missing: the speed benchmark serves the examples with it.")
    if not shutil.which("uv"):
        sys.exit("The baselines' environments are created with uv: run `python3 -m pip install uv`.")


def run(args) -> int:
    preflight()
    began = time.perf_counter()
    endpoints = [e for e in ENDPOINTS if e.id in args.endpoints]
    targets, excluded, servers = targets_for(args.frameworks, endpoints)
    rng = random.Random(args.seed)
    failed = []  # wrong answers: they forbid publishing
    logs = Path(tempfile.mkdtemp(prefix="pwc-speed-"))
    live = []
    try:
        print(f"Starting {len(targets)} servers on core {SERVER_CORE} (each checked before timing) ...", flush=True)
        for t in rng.sample(targets, len(targets)):
            problems = start(t, logs)
            if problems:
                stop(t)
                reason = "; ".join(problems)
                failed.append({"framework": t.framework, "endpoint": t.endpoint.id, "reason": reason})
                print(f"  EXCLUDED {t.name}: {reason}", flush=True)
            else:
                live.append(t)
        print(f"Warm-up: {args.warmup} requests to each server ...", flush=True)
        for t in live:
            warm(t, args.warmup)
        measure(live, args, rng)
        for t in live:
            t.rss_mib = rss_mib(t.proc.pid)  # after the load
    finally:
        for t in targets:
            stop(t)
    results = [result_of(t) for t in live]
    elapsed = time.perf_counter() - began
    report(results, excluded + failed, elapsed)
    committed = speed.newest(ROOT)
    if committed:
        print_comparison(committed, results)
    flagged = speed.beats_baseline(results, servers)
    for line in flagged:
        print(f"FLAG: {line}")
    errors = [r for r in results if r["errors"]]
    for r in errors:
        print(f"WARNING: {r['framework']} {r['endpoint']}: {r['errors']} socket or status errors under load")
    document = run_document(args, results, excluded + failed, servers, flagged, elapsed)
    kept = ROOT / "benchmarks" / "out" / f"speed-{time.strftime('%Y%m%dT%H%M%S')}.yaml"  # every run, for a look
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(speed.dump(document))
    refusal = refuse_publishing(args, failed)
    if refusal:
        print(f"{refusal} Figures kept in {kept.relative_to(ROOT)}. Took {elapsed:.0f} s.")
        return 1 if failed else 0
    path = ROOT / speed.SPEED_DIR / f"{document['conditions']['date']}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(speed.dump(document))
    print(f"Published {path.relative_to(ROOT)}. Took {elapsed:.0f} s.")
    return 0


def refuse_publishing(args, failed: list[dict]) -> str | None:
    """Why this run must not be written to data/speed/, or None when it may."""
    if failed and not args.publish_with_exclusions:
        return (
            f"NOT PUBLISHED: {len(failed)} answer(s) failed their check (fix the examples, or pass "
            "--publish-with-exclusions to publish with them listed as excluded)."
        )
    if args.quick or args.no_publish:
        return f"Not published ({'--quick' if args.quick else '--no-publish'})."
    return None


def measure(live: list[Target], args, rng: random.Random) -> None:
    """Timed rounds, paired: every framework run sits right next to a run of its raw baseline on the same
    endpoint, so both meet the same load from whatever else the machine does, and the ratio is taken
    pair by pair. Each round draws a new random order: of the (baseline, endpoint) groups, and of the
    frameworks within each; one baseline run serves the framework run before and the one after it."""
    bases = {(t.framework, t.endpoint.id): t for t in live if t.framework in speed.BASELINES}
    groups: dict[tuple, list[Target]] = {}
    for t in live:
        if t.framework not in speed.BASELINES:
            groups.setdefault((speed.baseline_of(t.server), t.endpoint.id), []).append(t)
    for r in range(args.rounds):
        print(
            f"Round {r + 1}/{args.rounds}: {sum(map(len, groups.values()))} frameworks, each beside its baseline, "
            f"{args.duration} s per run",
            flush=True,
        )
        for key in rng.sample(list(groups), len(groups)):
            base, members = bases.get(key), rng.sample(groups[key], len(groups[key]))
            for i, t in enumerate(members):
                # B F1 F2 B F3 F4 B ...: F1, F3 pair with the baseline run before them, F2, F4 with the one after
                if base is not None and i == 0:
                    base.rounds.append(load(base, args.duration, args.connections))
                t.rounds.append(load(t, args.duration, args.connections))
                if base is not None and i % 2 == 1:
                    base.rounds.append(load(base, args.duration, args.connections))
                if base is not None and base.rounds[-1]["rps"]:
                    t.ratios.append(round(t.rounds[-1]["rps"] / base.rounds[-1]["rps"], 4))
        for base in bases.values():  # a baseline no framework needed still gets its rounds
            while len(base.rounds) < r + 1:
                base.rounds.append(load(base, args.duration, args.connections))


def result_of(t: Target) -> dict:
    out = {
        "framework": t.framework,
        "server": t.server,
        "endpoint": t.endpoint.id,
        **speed.summarise(t.rounds),
        "rss_mib": t.rss_mib,
        "startup_ms": t.startup_ms,
        "rounds": [x["rps"] for x in t.rounds],
    }
    if t.ratios:
        out.update(
            ratio=round(statistics.median(t.ratios), 3), ratio_spread=round(speed.spread(t.ratios), 3), ratios=t.ratios
        )
    return out


def warm(t: Target, requests: int) -> None:
    """Warm a server up with a burst of its timed request (caches, lazy imports, first-call paths)."""
    for _ in range(requests):
        ask(t.port, t.endpoint.timed)


def report(results: list[dict], excluded: list[dict], elapsed: float) -> None:
    rows = speed.with_ratios(results)
    rows.sort(
        key=lambda r: (
            list(speed.ENDPOINTS).index(r["endpoint"]),
            r["framework"] not in speed.BASELINES,
            -(r["ratio"] or 0),
        )
    )
    print(
        f"\n{'endpoint':<10} {'framework':<14} {'server':<10} {'ratio':>6} {'±':>6} {'rps':>9} {'±':>6} "
        f"{'p50 ms':>8} {'p99 ms':>8} {'RSS MiB':>8} {'start ms':>9}"
    )
    for r in rows:
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
        print(
            f"{r['endpoint']:<10} {r['framework']:<14} {r['server']:<10} {ratio:>6} {r.get('ratio_spread', 0) / 2:>6.0%} "
            f"{r['rps']:>9.0f} {r['rps_spread'] / 2:>6.0%} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['rss_mib']:>8.1f} {r['startup_ms']:>9.0f}"
        )
    for e in excluded:
        print(f"excluded {e['framework']} {e['endpoint']}: {e['reason']}")
    print(f"\n{len(results)} results, {len(excluded)} excluded, {elapsed:.0f} s")


def print_comparison(committed: dict, results: list[dict]) -> None:
    rows = sorted(speed.compare_runs(committed["results"], results), key=lambda row: (row["key"][2], row["key"][0]))
    if not rows:
        return
    print(
        f"\nRatios against the committed run of {committed['conditions']['date']} "
        f"(goal: within {speed.REPRODUCE_WITHIN:.0%}):"
    )
    for row in rows:
        fw, server, endpoint = row["key"]
        mark = "ok" if row["within"] else "DIFFERS"
        print(
            f"  {fw:<14} {server:<10} {endpoint:<10} {row['committed']:>6.2f} -> {row['now']:>6.2f} {row['change']:>+7.1%}  {mark}"
        )
    inside = sum(r["within"] for r in rows)
    print(f"  {inside} of {len(rows)} ratios within {speed.REPRODUCE_WITHIN:.0%}")


def run_document(args, results, excluded, servers, flagged, elapsed) -> dict:
    """The run as its data file holds it: conditions first, then the figures."""
    now = dt.datetime.now(dt.UTC)
    conditions = {
        "date": now.date().isoformat(),
        **machine(),
        "python": " ".join(sorted({s["python"] for s in servers.values()})) or platform.python_version(),
        "shared_machine": args.shared,
        "note": args.note or "",
        "pinning": f"each server on core {SERVER_CORE}, wrk on core {WRK_CORE} (taskset); 127.0.0.1 only",
        "concurrency": args.connections,
        "wrk_threads": 1,
        "duration_s": args.duration,
        "warmup_requests": args.warmup,
        "rounds": args.rounds,
        "seconds": round(elapsed),
        "servers": servers,
    }
    if not conditions["note"]:
        del conditions["note"]
    return {"conditions": conditions, "results": results, "excluded": excluded, "flags": flagged}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="plain text only, 3 rounds; publishes nothing")
    parser.add_argument("--frameworks", help="comma-separated framework ids (default: all with examples)")
    parser.add_argument("--endpoints", help="comma-separated endpoint ids: " + ",".join(speed.ENDPOINTS))
    parser.add_argument("--duration", type=int, help="whole seconds per timed round (wrk counts whole seconds)")
    parser.add_argument("--warmup", type=int, default=200, help="warm-up requests per server")
    parser.add_argument("--rounds", type=int, help="timed rounds (at least 3)")
    parser.add_argument("--connections", type=int, default=64, help="wrk connections")
    parser.add_argument("--seed", type=int, default=None, help="seed of the shuffle")
    parser.add_argument("--no-publish", action="store_true")
    parser.add_argument(
        "--publish-with-exclusions",
        action="store_true",
        help="publish although some answers failed their check; they are listed as excluded",
    )
    parser.add_argument(
        "--shared", action="store_true", help="say in the conditions that other work shared the machine"
    )
    parser.add_argument("--note", help="a sentence for the conditions card")
    args = parser.parse_args(argv)
    quick = args.quick
    args.duration = args.duration or 1
    args.rounds = args.rounds or 3
    if args.rounds < 3:
        parser.error("--rounds must be at least 3: a median and a spread need them")
    args.endpoints = (
        args.endpoints.split(",") if args.endpoints else (["plaintext"] if quick else list(speed.ENDPOINTS))
    )
    unknown = set(args.endpoints) - set(speed.ENDPOINTS)
    if unknown:
        parser.error(f"unknown endpoint(s) {', '.join(sorted(unknown))}; expected some of {', '.join(speed.ENDPOINTS)}")
    args.frameworks = args.frameworks.split(",") if args.frameworks else sorted(SERVERS)
    unknown = set(args.frameworks) - set(SERVERS)
    if unknown:
        parser.error(f"unknown framework(s) {', '.join(sorted(unknown))}")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
