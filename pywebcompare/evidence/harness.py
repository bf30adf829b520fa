#!/usr/bin/env python3
"""Framework speed: every framework's examples under load, on its production set-up, beside a bare app
on the very same server configuration.

Each framework runs on the server configuration its data's `deployment` names (and on each of its
`alternatives`): the server kind, its extras and its flags (pywebcompare/evidence/setups.py), via
examples/serve.py, one worker pinned to core 0; wrk, pinned to core 1, loads it on 127.0.0.1.
Every configuration used also serves a bare app (no framework) with the same arguments, in an
environment holding the same pinned server packages as the framework's, so
ratio = framework rps / bare rps compares frameworks, not servers. Every response is checked before
any timing. Then: a warm-up, and rounds in which every server runs `duration` seconds, a framework
in one-second slices right after its bare app (run_group); per framework, configuration and
endpoint the median rps, its spread, p50/p99 latency, RSS after the load and cold start. An endpoint
below half of its framework's own plain-text figure is profiled (cProfile) to name where the time goes.

    python -m pywebcompare.evidence.harness [--quick] [--frameworks a,b] [--endpoints plaintext,json]

A full run writes data/speed/<date>.yaml unless a check fails or a ratio exceeds 1.1; --quick
publishes nothing. Either prints each ratio beside the newest committed run's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import http.client
import json
import os
import platform
import pstats
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
from pywebcompare.evidence import environments, examples, runner, setups, speed
from pywebcompare.evidence.setups import SETUPS, Setup

HERE = Path(__file__).resolve().parent

SERVE = ROOT / "examples" / "serve.py"
LUA = HERE / "wrk_report.lua"
BASELINE_DIR = HERE / "baselines"
BENCH_VENVS = ROOT / ".venv-bench"
SERVER_CORE, WRK_CORE = "0", "1"
START_TIMEOUT = 30.0  # seconds for a server to answer its first request
FULL = {"duration": 5, "rounds": 3, "warmup_s": 1, "warmup": 200}  # a published run: >= 3 rounds of >= 5 s
QUICK = {"duration": 1, "rounds": 3, "warmup_s": 0, "warmup": 50}
OTHER_BUSY = 0.2  # cores that other work used, on average, during the timed rounds: above this, shared

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
# A full run measures these by default: every server configuration and its bare app on two endpoints is
# about 90 pairs of 3 rounds of 5 s, within 30 minutes on 2 cores; `--endpoints all` adds path and query,
# JSON body and template (about an hour).
FULL_RUN_ENDPOINTS = ("plaintext", "json")


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
    """One framework's example of one endpoint (or the bare app), on one server configuration."""

    framework: str
    endpoint: Endpoint
    setup: Setup
    python: Path
    file: Path
    version: str = ""  # the server's version in this environment
    alternative: bool = False  # a set-up from deployment.alternatives
    port: int = 0
    proc: subprocess.Popen | None = None
    log: Path | None = None
    startup_ms: float = 0.0
    rss_mib: float = 0.0
    rounds: list[dict] = field(default_factory=list)
    baseline_rounds: list[dict] = field(default_factory=list)  # the bare app in the slices next to this one's

    @property
    def name(self) -> str:
        return f"{self.framework}/{self.setup.id}/{self.endpoint.id}"

    @property
    def is_baseline(self) -> bool:
        return setups.is_baseline(self.framework)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def launch(target: Target, logs: Path, env: dict | None = None) -> subprocess.Popen:
    target.port = free_port()
    target.log = logs / f"{target.framework}-{target.setup.id}-{target.endpoint.id}.log"
    cmd = ["taskset", "-c", SERVER_CORE, str(target.python), *serve_command(target.setup, target.port, target.file)]
    with target.log.open("wb") as log:  # from the example's folder, as the specs run it (templates/ is relative)
        return subprocess.Popen(
            cmd,
            cwd=target.file.parent,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
            env={**os.environ, **(env or {})},
        )


def wait_ready(target: Target, began: float) -> list[str]:
    while True:
        try:
            ask(target.port, target.endpoint.timed, timeout=2.0)
            return []
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


def start(target: Target, logs: Path) -> list[str]:
    """Start the server on core 0, time import + first response, check every answer; problems or []."""
    began = time.perf_counter()
    target.proc = launch(target, logs)
    problems = wait_ready(target, began)
    if problems:
        return problems
    target.startup_ms = round((time.perf_counter() - began) * 1000, 1)
    return wrong_app(target) + verify(target.port, target.endpoint)


def wrong_app(target: Target) -> list[str]:
    """serve.py names the class of the app it serves: it must be the framework's own."""
    line = next((ln for ln in target.log.read_text(errors="replace").splitlines() if ln.startswith("app: ")), "")
    app_class = line.removeprefix("app: ")
    if target.framework in profiles() and not examples.app_class_belongs(target.framework, app_class):
        return [f"serves {app_class or 'an unnamed app'}, not a {target.framework} application"]
    return []


def serve_command(setup: Setup, port: int, file: Path) -> list[str]:
    """The arguments after the interpreter that serve `file` on `setup` at 127.0.0.1:port, one worker:
    the very same for a framework and its bare baseline."""
    return [str(SERVE), *setup.serve_args(), "--port", str(port), "--workers", "1", str(file)]


def stop(target: Target) -> None:
    if target.proc and target.proc.poll() is None:
        os.killpg(target.proc.pid, signal.SIGTERM)
        try:
            target.proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(target.proc.pid, signal.SIGKILL)
            target.proc.wait(5)


def processes():
    """(pid, the fields of /proc/<pid>/stat after the command name) of every process still there:
    fields[1] is the parent, fields[2] the process group, fields[11:15] utime, stime, cutime, cstime."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            yield int(stat.parent.name), stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # a process that ended meanwhile


def rss_mib(pgid: int) -> float:
    """Resident memory of the server's whole process group (gunicorn's master with its worker)."""
    total = 0
    for pid, fields in processes():
        if int(fields[2]) != pgid:
            continue
        try:
            status = Path(f"/proc/{pid}/status").read_text()
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
        "seconds": seconds,
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


# ---- environments ---------------------------------------------------------------------------------


def pins_of(setup: Setup) -> dict[str, str]:
    """name -> version of a configuration's pinned server packages (baselines/server-<pins>.txt)."""
    text = (BASELINE_DIR / f"server-{setup.pins}.txt").read_text()
    pairs = (ln.split("==", 1) for ln in text.splitlines() if "==" in ln and not ln.startswith("#"))
    return {name.strip().lower(): version.strip() for name, version in pairs}


def _sync(venv: Path, python_version: str, stamp_text: str, requirements: list[Path], overlay: Path | None) -> Path:
    """A uv environment from `requirements`, with `overlay`'s pins laid over it without their dependencies;
    remade only when its inputs changed (environments.ensure, the one rule for every environment)."""

    def install(python: Path) -> None:
        sync = [
            runner.uv(),
            "pip",
            "sync",
            "-q",
            "--compile-bytecode",
            "--python",
            str(python),
            *map(str, requirements),
        ]
        subprocess.run(sync, check=True)
        if overlay:
            subprocess.run(
                [runner.uv(), "pip", "install", "-q", "--no-deps", "--python", str(python), "-r", str(overlay)],
                check=True,
            )

    return environments.ensure(
        venv,
        stamp_text,
        make=lambda env: subprocess.run(
            [runner.uv(), "venv", "-q", "--python", runner.interpreter(python_version), str(env)], check=True
        ),
        install=install,
        same_base=f"python {python_version}\n",
    )


def framework_python(fid: str, setup: Setup) -> Path:
    """The framework's environment with its configuration's server packages at their pinned versions:
    its examples environment when it already holds them, else a copy of it with them laid over."""
    python = runner.ensure_venv(fid)
    if setup.pins is None:
        return python  # the framework's own server: its own pins
    wanted = pins_of(setup)
    have = environment(python)[1]
    if all(have.get(name) == version for name, version in wanted.items()):
        return python
    reqs = ROOT / examples.REQUIREMENTS / f"{fid}.txt"
    pins = BASELINE_DIR / f"server-{setup.pins}.txt"
    version = profiles()[fid].python
    stamp = f"python {version}\n{reqs.read_text()}\n{pins.read_text()}"
    return _sync(BENCH_VENVS / f"{fid}--{setup.id}", version, stamp, [reqs], pins)


def baseline_python(setup: Setup, host: Path) -> Path:
    """The bare app's environment: the configuration's pinned server packages alone, or, for a server
    that is a framework's own package, that framework's environment (`host`)."""
    if setup.pins is None:
        return host
    pins = BASELINE_DIR / f"server-{setup.pins}.txt"
    stamp = f"python {runner.PYTHON}\n{pins.read_text()}"
    return _sync(BENCH_VENVS / f"bare-{setup.pins}", runner.PYTHON, stamp, [pins], None)  # one per pins file


@functools.cache
def environment(python: Path) -> tuple[str, dict[str, str]]:
    """The Python version of an environment and every package installed in it."""
    code = (
        "import importlib.metadata as m, json, platform; print(json.dumps([platform.python_version(), "
        "{d.metadata['Name'].lower(): d.version for d in m.distributions()}]))"
    )
    out = subprocess.run([str(python), "-P", "-c", code], capture_output=True, text=True, timeout=60, check=True).stdout
    version, pkgs = json.loads(out)
    return version, dict(sorted(pkgs.items()))


def server_version(setup: Setup, pkgs: dict[str, str]) -> str:
    return pkgs.get(setup.packages[0], "unknown") if setup.packages else "unknown"


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


def targets_for(frameworks: list[str], endpoints: list[Endpoint]) -> tuple[list[Target], list[dict], list[dict]]:
    """Every target with an example and an environment, and one bare app per configuration used (on an
    environment with the same server packages); the others as exclusions with a reason; and each
    environment's record (framework, configuration, why, python, packages)."""
    targets, excluded, envs = [], [], []
    hosts: dict[str, Path] = {}  # configuration -> an environment that holds its server, for the bare app
    for fid in frameworks:
        profile = profiles()[fid]
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
        for n, (sid, why, source) in enumerate(setups.setups_of(profile)):
            setup = SETUPS.get(sid)
            if setup is None:
                excluded += [
                    {"framework": fid, "endpoint": e.id, "reason": f"no server configuration for {sid} in setups.py"}
                    for e in endpoints
                ]
                continue
            python = framework_python(fid, setup)
            hosts.setdefault(sid, python)
            version, pk = environment(python)
            entry = {"framework": fid, "setup": sid, "why": why, "source": source, "python": version, "packages": pk}
            envs.append({k: v for k, v in entry.items() if v})
            for e in endpoints:
                file = ROOT / "examples" / e.task / f"{fid}.py"
                if file.exists():
                    targets.append(Target(fid, e, setup, python, file, server_version(setup, pk), alternative=n > 0))
                elif n == 0:
                    excluded.append(
                        {"framework": fid, "endpoint": e.id, "reason": f"no example examples/{e.task}/{fid}.py"}
                    )
    for sid, host in hosts.items():
        setup = SETUPS[sid]
        if setup.bare is None:
            continue
        python = baseline_python(setup, host)
        version, pk = environment(python)
        why = f"The bare app of this configuration: {setup.bare_note or 'no framework, the same server, extras and flags'}."
        envs.append({"framework": setup.baseline, "setup": sid, "why": why, "python": version, "packages": pk})
        targets += [
            Target(setup.baseline, e, setup, python, BASELINE_DIR / setup.bare, server_version(setup, pk))
            for e in endpoints
        ]
    return targets, excluded, envs


def preflight() -> None:
    if not shutil.which("wrk"):
        sys.exit(
            "The speed benchmark needs wrk, the HTTP load generator: run `sudo apt-get install wrk` (Debian/Ubuntu), "
            "or `python3 dev.py bench-frameworks` as root, which installs it."
        )
    if not shutil.which("taskset"):
        sys.exit("The speed benchmark pins processes with taskset: run `sudo apt-get install util-linux`.")
    if len(os.sched_getaffinity(0)) < 2:
        sys.exit("The speed benchmark needs 2 cores: the server runs on core 0 and wrk on core 1.")
    if not SERVE.exists():
        sys.exit(f"{SERVE.relative_to(ROOT)} is missing: the speed benchmark serves the examples with it.")
    runner.uv()  # says how to install uv when it is missing


def estimate(targets: list[Target], args) -> float:
    """Seconds the run takes: the rounds (a bare app runs once per pair of its frameworks, see
    run_group), about 2 s per server to start, check and warm up, and about 10 s per slow endpoint
    profiled (not counted)."""
    slots = 0
    for group in groups_of(targets).values():
        frameworks = sum(not t.is_baseline for t in group)
        bare_slots = 1 if args.quick else max(1, -(-frameworks // 2))  # --quick runs each server once
        slots += frameworks + (bare_slots if len(group) > frameworks else 0)
    return slots * args.rounds * args.duration + len(targets) * (args.warmup_s + 2)


def run(args) -> int:
    preflight()
    began = time.perf_counter()
    args.load_before = os.getloadavg()[0]
    endpoints = [e for e in ENDPOINTS if e.id in args.endpoints]
    print("Preparing the environments (uv) ...", flush=True)
    targets, excluded, envs = targets_for(args.frameworks, endpoints)
    print(
        f"{len(targets)} servers ({sum(t.is_baseline for t in targets)} bare baselines) on "
        f"{len({t.setup.id for t in targets})} server configurations; about {estimate(targets, args) / 60:.0f} min",
        flush=True,
    )
    if estimate(targets, args) > 30 * 60:
        print("  (more than 30 min: --endpoints or --frameworks measure part of it)", flush=True)
    rng = random.Random(args.seed)
    failed = []  # wrong answers: they forbid publishing
    logs = Path(tempfile.mkdtemp(prefix="pwc-speed-"))
    live = []
    try:
        print(f"Starting the servers on core {SERVER_CORE} (each checked before timing) ...", flush=True)
        for t in rng.sample(targets, len(targets)):
            problems = start(t, logs)
            if problems:
                stop(t)
                reason = "; ".join(problems)
                failed.append(
                    {"framework": t.framework, "endpoint": t.endpoint.id, "reason": f"{t.setup.label}: {reason}"}
                )
                print(f"  EXCLUDED {t.name}: {reason}", flush=True)
            else:
                live.append(t)
        print(f"Warm-up: {args.warmup} requests to each server, then {args.warmup_s} s under load ...", flush=True)
        for t in live:
            warm(t, args.warmup)
            if args.warmup_s:
                load(t, args.warmup_s, args.connections)
        measure(live, args, rng)
        for t in live:
            t.rss_mib = rss_mib(t.proc.pid)  # after the load
    finally:
        for t in targets:
            stop(t)
    results = speed.with_ratios([result_of(t) for t in live])
    if not args.no_profile:
        explain(results, live, logs)
    elapsed = time.perf_counter() - began
    report(results, excluded + failed, elapsed)
    committed = speed.newest(ROOT)
    if committed:
        print_comparison(committed, results)
    flagged = speed.beats_baseline(results)
    for line in flagged:
        print(f"FLAG: {line}")
    errors = [r for r in results if r["errors"]]
    for r in errors:
        print(f"WARNING: {r['framework']} {r['endpoint']}: {r['errors']} socket or status errors under load")
    document = run_document(args, results, excluded + failed, envs, flagged, elapsed)
    kept = ROOT / "benchmarks" / "out" / f"speed-{time.strftime('%Y%m%dT%H%M%S')}.yaml"  # every run, for a look
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(speed.dump(document))
    refusal = refuse_publishing(args, failed, flagged)
    if refusal:
        print(f"{refusal} Figures kept in {kept.relative_to(ROOT)}. Took {elapsed:.0f} s.")
        return 1 if failed or (flagged and not args.quick) else 0  # --quick: short rounds, a flag may be noise
    path = speed.run_path(ROOT, document["conditions"]["date"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(speed.dump(document))
    print(f"Published {path.relative_to(ROOT)}. Took {elapsed:.0f} s.")
    return 0


def refuse_publishing(args, failed: list[dict], flagged: list[str]) -> str | None:
    """Why this run must not be written to data/speed/, or None when it may."""
    if failed and not args.publish_with_exclusions:
        return (
            f"NOT PUBLISHED: {len(failed)} answer(s) failed their check (fix the examples, or pass "
            "--publish-with-exclusions to publish with them listed as excluded)."
        )
    if flagged:
        return (
            f"NOT PUBLISHED: {len(flagged)} ratio(s) above {speed.MAX_RATIO} against the bare app on the same "
            "configuration: a framework cannot beat no framework; check the example and the baseline."
        )
    if args.quick or args.no_publish:
        return f"Not published ({'--quick' if args.quick else '--no-publish'})."
    return None


def measure(live: list[Target], args, rng: random.Random) -> None:
    """Interleaved rounds: each round runs every server for `duration` seconds, visiting the server
    configurations and endpoints in a new random order (run_group). Meanwhile the CPU that anything
    else used is counted (args.other_cpu, in cores)."""
    groups = groups_of(live)
    began, busy, own = time.monotonic(), busy_ticks(), own_ticks()
    for r in range(args.rounds):
        print(f"Round {r + 1}/{args.rounds}: {len(live)} servers, {args.duration} s each", flush=True)
        for key in rng.sample(sorted(groups), len(groups)):
            run_group(groups[key], args, rng)
    others = (busy_ticks() - busy) - (own_ticks() - own)
    args.other_cpu = round(max(0, others) / os.sysconf("SC_CLK_TCK") / (time.monotonic() - began), 2)
    print(f"Other work used {args.other_cpu:.2f} cores on average during the rounds", flush=True)


def groups_of(targets: list[Target]) -> dict[tuple[str, str], list[Target]]:
    """The targets by server configuration and endpoint: a bare app with the frameworks it divides."""
    groups: dict[tuple[str, str], list[Target]] = {}
    for t in targets:
        groups.setdefault((t.setup.id, t.endpoint.id), []).append(t)
    return groups


SLICE_S = 1  # seconds per slice of a paired round


def run_group(group: list[Target], args, rng: random.Random) -> None:
    """One round of one server configuration and endpoint. A shared virtual machine drifts and stalls
    for seconds at a time (on 2026-12-07 a bare app served 28,199, 15,552 and 21,483 requests per
    second in three rounds of one run), so a framework is timed in step with its bare app: the round
    is `duration` passes of one-second slices, each pass running the bare app before every pair of
    frameworks, and each framework's slice is paired with the bare app's slice just before it. Its
    ratio then divides figures taken within two seconds of each other. Without a bare app each
    framework is loaded for `duration` seconds at once, and so is every server in a --quick run (a smoke
    test that publishes nothing and must stay within 3 minutes)."""
    if getattr(args, "quick", False) or not any(t.is_baseline for t in group):
        for t in rng.sample(group, len(group)):
            t.rounds.append(load(t, args.duration, args.connections))
        return
    order = slice_order(group, rng)
    slices: dict[int, list[dict]] = {id(t): [] for t in group}
    paired: dict[int, list[dict]] = {id(t): [] for t in group}
    for _ in range(max(1, args.duration // SLICE_S)):
        bare = None
        for t in order:
            figures = load(t, SLICE_S, args.connections)
            slices[id(t)].append(figures)
            if t.is_baseline:
                bare = figures
            else:
                paired[id(t)].append(bare)
    for t in group:
        t.rounds.append(combined(slices[id(t)]))
        if not t.is_baseline:
            t.baseline_rounds.append(combined(paired[id(t)]))


def slice_order(group: list[Target], rng: random.Random) -> list[Target]:
    """One pass over a configuration's servers for one endpoint: the frameworks in a new random order,
    the bare app (if any) before each pair of them, so every framework runs right after it or one
    slice later."""
    bare = [t for t in group if t.is_baseline]
    frameworks = [t for t in group if not t.is_baseline]
    frameworks = rng.sample(frameworks, len(frameworks))
    if not bare or not frameworks:
        return frameworks or bare  # a bare app whose frameworks all failed their check still runs
    order: list[Target] = []
    for i in range(0, len(frameworks), 2):
        order += bare + frameworks[i : i + 2]
    return order


def combined(slices: list[dict]) -> dict:
    """One round's figures from its slices: requests over seconds, median latencies, summed errors."""
    seconds = sum(x.get("seconds", 0.0) for x in slices)
    requests = sum(x.get("requests", 0) for x in slices)
    rps = requests / seconds if seconds else statistics.mean(x["rps"] for x in slices)
    return {
        "rps": round(rps, 1),
        "p50_ms": statistics.median(x["p50_ms"] for x in slices),
        "p99_ms": statistics.median(x["p99_ms"] for x in slices),
        "errors": sum(x["errors"] for x in slices),
    }


def busy_ticks() -> int:
    """Clock ticks every CPU spent busy since boot (not idle, not waiting for I/O; time the hypervisor
    gave to other guests counts as busy: it is other work too)."""
    user, nice, system, idle, iowait, irq, softirq, steal = map(int, Path("/proc/stat").read_text().split()[1:9])
    return user + nice + system + irq + softirq + steal


def own_ticks() -> int:
    """Clock ticks used by this harness and every process under it: the servers with their workers,
    and (through the reaped children's counts) every wrk run that ended."""
    children: dict[int, list[int]] = {}
    ticks = {}
    for pid, fields in processes():
        children.setdefault(int(fields[1]), []).append(pid)
        ticks[pid] = sum(map(int, fields[11:15]))
    total, todo = 0, [os.getpid()]
    while todo:  # down the tree from this process
        pid = todo.pop()
        total += ticks.get(pid, 0)
        todo += children.get(pid, [])
    return total


def result_of(t: Target) -> dict:
    out = {
        "framework": t.framework,
        "setup": t.setup.id,
        "server": t.setup.server,
        "endpoint": t.endpoint.id,
        "server_config": t.setup.config(t.version),
        **speed.summarise(t.rounds),
        "rss_mib": t.rss_mib,
        "startup_ms": t.startup_ms,
        "rounds": [x["rps"] for x in t.rounds],
    }
    if t.baseline_rounds:
        out["baseline_rounds"] = [x["rps"] for x in t.baseline_rounds]
    if t.alternative:
        out["alternative"] = True
    if not t.is_baseline and t.setup.bare is None:
        out["no_baseline"] = t.setup.no_bare
    return out


def warm(t: Target, requests: int) -> None:
    """Warm a server up with a burst of its timed request (caches, lazy imports, first-call paths)."""
    for _ in range(requests):
        ask(t.port, t.endpoint.timed)


# ---- where the time goes ----------------------------------------------------------------------------

PROFILE_SECONDS = 4


def explain(results: list[dict], live: list[Target], logs: Path) -> None:
    """A note on every endpoint below half its framework's own plain-text figure (same configuration):
    the server is run again under cProfile for a few seconds of load, and the note names the packages
    whose own code took most of the time."""
    by_key = {(t.framework, t.setup.id, t.endpoint.id): t for t in live}
    result_of_key = {(r["framework"], r["setup"], r["endpoint"]): r for r in results}
    for slow in speed.slow_endpoints(results):
        key = (slow["framework"], slow["setup"], slow["endpoint"])
        t, r = by_key.get(key), result_of_key[key]
        if t is None:
            continue
        print(f"Profiling {t.name} ({r['rps']:.0f} rps, {slow['of_plaintext']:.0%} of its plain text) ...", flush=True)
        try:
            shares = profile(t, logs)
        except (OSError, RuntimeError, subprocess.SubprocessError) as error:
            print(f"  could not profile: {error}", flush=True)
            continue
        r["note"] = speed.cost_note(shares, slow["of_plaintext"])


def profile(t: Target, logs: Path) -> dict[str, float]:
    """package -> share of the server's own time (cProfile tottime, waiting left out) under
    PROFILE_SECONDS of load: serve.py profiles every server process (PWC_PROFILE); once the server is
    warm, SIGPROF makes each start afresh, so imports and start-up are not counted; SIGINT ends it and
    each process writes its profile."""
    out = logs / f"profile-{t.framework}-{t.setup.id}-{t.endpoint.id}"
    out.mkdir()
    began = time.perf_counter()
    t.proc = launch(t, logs, {"PWC_PROFILE": str(out)})
    try:
        if wait_ready(t, began):
            raise RuntimeError("the profiled server did not start")
        warm(t, 100)
        os.killpg(t.proc.pid, signal.SIGPROF)
        time.sleep(0.2)
        load(t, PROFILE_SECONDS, 8)
    finally:
        if t.proc.poll() is None:
            os.killpg(t.proc.pid, signal.SIGINT)
            try:
                t.proc.wait(10)
            except subprocess.TimeoutExpired:
                stop(t)
    files = sorted(map(str, out.glob("*.pstats")))
    if not files:
        raise RuntimeError("the profiled server wrote no profile (it did not exit cleanly on SIGINT)")
    return speed.package_shares({k: v[2] for k, v in pstats.Stats(*files).stats.items()})


def report(results: list[dict], excluded: list[dict], elapsed: float) -> None:
    rows = sorted(results, key=lambda r: (list(speed.ENDPOINTS).index(r["endpoint"]), -r["rps"]))
    print(
        f"\n{'endpoint':<10} {'framework':<28} {'configuration':<18} {'rps':>9} {'±':>6} {'ratio':>6} "
        f"{'p50 ms':>8} {'p99 ms':>8} {'RSS MiB':>8} {'start ms':>9}"
    )
    for r in rows:
        ratio = f"{r['ratio']:.2f}" if r.get("ratio") is not None else "-"
        print(
            f"{r['endpoint']:<10} {r['framework']:<28} {r['setup']:<18} {r['rps']:>9.0f} {r['rps_spread'] / 2:>6.0%} "
            f"{ratio:>6} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['rss_mib']:>8.1f} {r['startup_ms']:>9.0f}"
        )
        if r.get("note"):
            print(f"{'':<10} note: {r['note']}")
    for e in excluded:
        print(f"excluded {e['framework']} {e['endpoint']}: {e['reason']}")
    print(f"\n{len(results)} results, {len(excluded)} excluded, {elapsed:.0f} s")


def print_comparison(committed: dict, results: list[dict]) -> None:
    rows = sorted(speed.compare_runs(committed["results"], results), key=lambda row: (row["key"][2], row["key"][0]))
    if not rows:
        print(f"\nNo ratio to compare with the committed run {speed.run_name(committed)} (other configurations).")
        return
    print(
        f"\nRatios against the committed run {speed.run_name(committed)} (goal: within {speed.REPRODUCE_WITHIN:.0%}):"
    )
    for row in rows:
        fw, setup, endpoint = row["key"]
        mark = "ok" if row["within"] else "DIFFERS"
        print(
            f"  {fw:<14} {setup:<18} {endpoint:<10} {row['committed']:>6.2f} -> {row['now']:>6.2f} {row['change']:>+7.1%}  {mark}"
        )
    inside = sum(r["within"] for r in rows)
    print(f"  {inside} of {len(rows)} ratios within {speed.REPRODUCE_WITHIN:.0%}")


def run_document(args, results, excluded, envs, flagged, elapsed) -> dict:
    """The run as its data file holds it: conditions first, then the figures."""
    now = dt.datetime.now(dt.UTC)
    # Said, not hidden: the page warns of a shared machine. Other work is judged by the CPU counted
    # during the rounds: a load average at the end counts the run's own server and wrk, and one at the
    # start still holds the minute before (a run that just ended).
    load_avg = getattr(args, "load_before", 0.0)
    other_cpu = getattr(args, "other_cpu", 0.0)
    args.shared = args.shared or other_cpu > OTHER_BUSY
    conditions = {
        "date": now.date().isoformat(),
        **machine(),
        "python": " ".join(sorted({e["python"] for e in envs})) or platform.python_version(),
        "shared_machine": args.shared,
        "note": args.note or "",
        "pinning": f"each server on core {SERVER_CORE}, wrk on core {WRK_CORE} (taskset); 127.0.0.1 only",
        "concurrency": args.connections,
        "wrk_threads": 1,
        "workers": 1,
        "duration_s": args.duration,
        "warmup_requests": args.warmup,
        "warmup_s": args.warmup_s,
        "rounds": args.rounds,
        "seconds": round(elapsed),
        "load_average": round(load_avg, 2),  # at the start
        "other_cpu": other_cpu,
        "environments": envs,
    }
    if not conditions["note"]:
        del conditions["note"]
    return {"format": 2, "conditions": conditions, "results": results, "excluded": excluded, "flags": flagged}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="plain text only, 3 rounds of 1 s; publishes nothing")
    parser.add_argument("--frameworks", help="comma-separated framework ids (default: all with a deployment)")
    parser.add_argument(
        "--endpoints",
        help="comma-separated endpoint ids ("
        + ",".join(speed.ENDPOINTS)
        + "), or all; a full run's default: "
        + ",".join(FULL_RUN_ENDPOINTS),
    )
    parser.add_argument("--duration", type=int, help="whole seconds per timed round (at least 5 to publish)")
    parser.add_argument("--warmup", type=int, help="warm-up requests per server (200; 50 with --quick)")
    parser.add_argument("--warmup-s", type=int, help="seconds of warm-up load per server after those requests")
    parser.add_argument("--rounds", type=int, help="interleaved timed rounds (at least 3)")
    parser.add_argument("--connections", type=int, default=64, help="wrk connections")
    parser.add_argument("--seed", type=int, default=None, help="seed of the shuffle")
    parser.add_argument("--no-publish", action="store_true")
    parser.add_argument("--no-profile", action="store_true", help="skip profiling the slow endpoints")
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
    plan = QUICK if args.quick else FULL
    args.duration = args.duration or plan["duration"]
    args.rounds = args.rounds or plan["rounds"]
    args.warmup = plan["warmup"] if args.warmup is None else args.warmup
    args.warmup_s = plan["warmup_s"] if args.warmup_s is None else args.warmup_s
    if args.rounds < 3:
        parser.error("--rounds must be at least 3: a median and a spread need them")
    if not args.quick and not args.no_publish and args.duration < FULL["duration"]:
        parser.error(f"a published run needs rounds of at least {FULL['duration']} s (or pass --no-publish)")
    args.endpoints = (
        list(speed.ENDPOINTS)
        if args.endpoints == "all"
        else args.endpoints.split(",")
        if args.endpoints
        else (["plaintext"] if args.quick else list(FULL_RUN_ENDPOINTS))
    )
    unknown = set(args.endpoints) - set(speed.ENDPOINTS)
    if unknown:
        parser.error(f"unknown endpoint(s) {', '.join(sorted(unknown))}; expected some of {', '.join(speed.ENDPOINTS)}")
    known = sorted(fid for fid, p in profiles().items() if p.server)
    args.frameworks = args.frameworks.split(",") if args.frameworks else known
    unknown = set(args.frameworks) - set(known)
    if unknown:
        parser.error(f"unknown framework(s) {', '.join(sorted(unknown))}")
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
