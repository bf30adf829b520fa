"""Find "since" versions by running the examples: the first release whose example passes its spec.

    python -m pywebcompare collect --discover [ID...]

For each framework: every feature cell the framework provides (built in or partly) that a tested
example demonstrates (data/tasks.yaml maps tasks to features, data/tested.yaml says the example
passed on the newest release). The candidate releases are the framework's final releases in its
package-index snapshot (data/index/<id>.yaml) up to that newest one. One search serves all the
framework's tasks at once: each trial installs one release in one throwaway uv environment (its
dependencies of the time: --exclude-newer two days after the upload, as the `since` check does)
and runs the specs of every task still undecided at that release.

The search is a bisection per task under two stated assumptions: once an example passes it keeps
passing (its newest release passes), and when two releases cannot be installed or imported on the
Python used ("broken") and none older has installed, older ones cannot either. A
broken release is skipped, never counted as the feature missing. A feature's `since` is the first
release from which every example demonstrating it passes.

Each trial is kept under .cache/collect/ (keyed by the release, the Python, the packages installed
and the hashes of the example and of its spec), so an interrupted run resumes where it stopped and
a second run writes the same files. Results: data/since/<id>.yaml, written by this tool only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from packaging.version import InvalidVersion, Version

from pywebcompare import ROOT
from pywebcompare.data.profiles import profiles
from pywebcompare.evidence import runner
from pywebcompare.evidence.collect import BROKEN, FAIL, PASS, SERVER_MODULES, SERVER_PACKAGES, Release, load_yaml
from pywebcompare.evidence.examples import digest, pinned_version
from pywebcompare.evidence.since import statement

OWN_LEVELS = ("built-in", "partial")  # the framework's own feature: a package's own releases date it
MAX_TRIALS = 80  # per framework: a bound on the search (one task alone takes a few seconds), reported when reached
INSTALL_SECONDS = 420
SPEC_SECONDS_BASE, SPEC_SECONDS_PER_TASK = 120, 60
FOLDER = "data/since"
# Build back ends are not the framework's dependencies: an sdist of 2019 built with the setuptools of
# 2019 fails on Python 3.11 for reasons that say nothing about the framework, so these are taken as of
# TOOLS_FROM at the earliest; not newer, as setuptools 81 dropped pkg_resources, which old servers import.
BUILD_TOOLS = ("setuptools", "wheel")
TOOLS_FROM = dt.date(2024, 6, 1)
RECIPE = "5"  # bumped when the way a trial installs changes: older cached trials are then run again
HOW = (
    "bisected the final releases of the package-index snapshot, running the examples' specs on each "
    "release tried (dependencies as of two days after its upload)"
)


@dataclass(frozen=True)
class Outcome:
    """One task on one release."""

    result: str  # PASS, FAIL or BROKEN
    detail: str = ""


@dataclass
class TaskFinding:
    task: str
    first_passing: int  # index into the releases
    last_failing: int | None  # None: no installable release before it fails
    floor: int  # releases at or below it cannot be installed (tried or assumed); -1 when none
    resolved: bool = True


@dataclass
class Search:
    releases: list[Release]
    findings: dict[str, TaskFinding]
    seen: dict[int, dict[str, Outcome]] = field(default_factory=dict)
    trials: int = 0
    stopped: bool = False  # the trial bound was reached with tasks still undecided


# --- the search: pure, with the trial passed in ----------------------------------------------------


def search(
    releases: list[Release],
    tasks: list[str],
    trial: Callable[[Release, list[str]], dict[str, Outcome]],
    say: Callable[[str], None] = print,
    max_trials: int = MAX_TRIALS,
) -> Search:
    """Bisect, for every task at once, the first release that passes; the last release is known to
    pass. Each trial runs only the tasks still undecided at the release it tries."""
    newest = len(releases) - 1
    seen: dict[int, dict[str, Outcome]] = {newest: {t: Outcome(PASS, "data/tested.yaml") for t in tasks}}
    floor = dict.fromkeys(tasks, -1)
    lo: dict[str, int | None] = dict.fromkeys(tasks)
    hi = dict.fromkeys(tasks, newest)

    def open_for(t: str) -> list[int]:
        start = max(floor[t], -1 if lo[t] is None else lo[t]) + 1
        return [i for i in range(start, hi[t]) if t not in seen.get(i, {})]

    def unbroken_below(t: str) -> tuple[list[int], int]:
        worked = [j for j in seen if seen[j].get(t, Outcome(BROKEN)).result != BROKEN]
        lowest = min(worked, default=len(releases))
        return [j for j in seen if j < lowest and seen[j].get(t, Outcome(PASS)).result == BROKEN], lowest

    def lone_broken(t: str) -> int | None:
        broken, _ = unbroken_below(t)
        return broken[0] if len(broken) == 1 else None

    trials = 0
    while True:
        undecided = {t: c for t in tasks if (c := open_for(t))}
        if not undecided or trials >= max_trials:
            break
        # After one release that does not install, with none older installing, the next try is well
        # below it: a second broken one there says the old end is broken, an installing one that
        # the first was a bad release among good ones.
        below = {t: [i for i in c if i < lone] for t, c in undecided.items() if (lone := lone_broken(t)) is not None}
        below = {t: c for t, c in below.items() if c} or undecided
        widest = max(sorted(below), key=lambda t: len(below[t]))
        idx = below[widest][len(below[widest]) // 2]
        ask = sorted(t for t, c in undecided.items() if idx in c)
        got = trial(releases[idx], ask)
        trials += 1
        seen.setdefault(idx, {}).update({t: got[t] for t in ask})
        for t in ask:
            outcome = got[t]
            say(
                f"  {releases[idx]} ({releases[idx].uploaded}) {t}: {outcome.result}"
                + (f" [{outcome.detail}]" if outcome.detail else "")
            )
            if outcome.result == PASS:
                hi[t] = min(hi[t], idx)
            elif outcome.result == FAIL:
                lo[t] = max(-1 if lo[t] is None else lo[t], idx)
            else:
                # Two releases that do not install, with none older installing: assume nothing older
                # does. One alone may be a bad release among good ones, so it is only skipped.
                broken, _ = unbroken_below(t)
                if len(broken) >= 2:
                    floor[t] = max(floor[t], *broken)
    undecided = {t for t in tasks if open_for(t)}
    findings = {t: TaskFinding(t, hi[t], lo[t], floor[t], t not in undecided) for t in tasks}
    return Search(releases, findings, seen, trials, bool(undecided))


def feature_finding(s: Search, tasks: list[str]) -> dict | None:
    """The first release from which every example of a feature passes, and the release before it
    that failed; None when a task's search did not finish."""
    found = [s.findings[t] for t in tasks]
    if not found or not all(f.resolved for f in found):
        return None
    first = max(f.first_passing for f in found)
    failing = [f.last_failing for f in found if f.first_passing == first and f.last_failing is not None]
    release = s.releases[first]
    out: dict = {"since": str(release), "uploaded": release.uploaded.isoformat()}
    if failing:
        out["last_failing"] = str(s.releases[max(failing)])
        between = [
            j
            for j, outcomes in s.seen.items()
            if max(failing) < j < first and any(o.result == BROKEN for t, o in outcomes.items() if t in tasks)
        ]
        if between:  # the arrival lies somewhere in these, which could not be tried
            out["broken_between"] = [str(s.releases[j]) for j in sorted(between)]
    else:
        out["tested_back_to"] = str(release)
        broken = [
            j
            for j, outcomes in s.seen.items()
            if j < first and any(o.result == BROKEN for t, o in outcomes.items() if t in tasks)
        ]
        if broken:  # the newest older release tried that did not install (older ones are assumed the same)
            out["older_broken"] = str(s.releases[max(broken)])
    out["tasks"] = sorted(tasks)
    return out


# --- what to run: the cells, the candidate releases -------------------------------------------------


def cells(framework: str, root: Path = ROOT) -> dict[str, list[str]]:
    """feature -> the tested tasks that demonstrate it, for the framework's own features."""
    data = load_yaml(root / "data" / "frameworks" / f"{framework}.yaml") or {}
    tested = (load_yaml(root / "data" / "tested.yaml") or {}).get(framework) or {}
    pin = pinned_version(framework, root)
    examples = load_yaml(root / "data" / "examples" / f"{framework}.yaml") or {}
    out: dict[str, list[str]] = {}
    for task in (load_yaml(root / "data" / "tasks.yaml") or {}).get("tasks", []):
        path = root / "examples" / task["id"] / f"{framework}.py"
        record = tested.get(task["id"])
        if not record or not path.exists() or record.get("sha") != digest(path) or str(record.get("version")) != pin:
            continue
        for feature in task["features"]:
            entry = (data.get("features") or {}).get(feature) or {}
            if entry.get("support") in OWN_LEVELS:
                out.setdefault(feature, []).append(task["id"])
    return {feature: plain_first(tasks, examples) for feature, tasks in sorted(out.items())}


def plain_first(tasks: list[str], examples: dict) -> list[str]:
    """The tasks that date a feature: those whose example needs no package beside the framework and
    its server, when there are any. Otherwise a third-party package's own history would date the
    framework's feature (Django's middleware by django-cors-headers' settings, say)."""
    plain = [t for t in tasks if not ((examples.get("tasks") or {}).get(t) or {}).get("uses")]
    return plain or tasks


def candidate_releases(framework: str, root: Path = ROOT) -> list[Release]:
    """Final, unyanked releases of the snapshot up to the pinned (tested) one, oldest first."""
    snap = load_yaml(root / "data" / "index" / f"{framework}.yaml") or {}
    pin = pinned_version(framework, root)
    if not pin:
        return []
    newest = Version(pin)
    first: dict[Version, dt.date] = {}
    for r in snap.get("releases") or []:
        try:
            v = Version(str(r["version"]))
            day = dt.date.fromisoformat(str(r["uploaded"])[:10])
        except (InvalidVersion, KeyError, ValueError):
            continue
        if r.get("yanked") or v.is_prerelease or v.is_devrelease or v > newest:
            continue
        first[v] = min(day, first.get(v, day))
    if newest not in first:
        first[newest] = dt.date.today()  # the tested release, newer than the snapshot
    return [Release(v, d) for v, d in sorted(first.items())]


# --- the real trial: one environment per release, every task asked, cached on disk --------------------


@dataclass
class Setup:
    framework: str
    package: str  # the requirement, extras included
    python: str  # the version asked for, e.g. 3.11
    interpreter: str  # its path
    base: list[str]  # packages every task needs, installed with the framework
    imports: list[str]  # modules that must import for the release to count as installed
    uses: dict[str, list[str]]  # task -> packages it needs beside the framework, its server's included
    servers: dict[str, str] = field(default_factory=dict)  # task -> its server's module, to import


def setup(framework: str, tasks: list[str], root: Path = ROOT) -> Setup:
    """What a trial installs: the framework alone first (a release that fails there is broken for
    every task), then each task's packages and server, so an old server that does not build makes
    only the tasks served by it broken."""
    profile = profiles(root)[framework]
    ex = load_yaml(root / "data" / "examples" / f"{framework}.yaml") or {}
    uses, servers = {}, {}
    for task in tasks:
        t = (ex.get("tasks") or {}).get(task) or {}
        kind = t.get("server", ex.get("server", "gunicorn"))
        uses[task] = sorted((set(t.get("uses", [])) | set(SERVER_PACKAGES.get(kind, []))) - {profile.package})
        if kind in SERVER_MODULES:
            servers[task] = SERVER_MODULES[kind]
    return Setup(
        framework,
        profile.requirement,
        profile.python,
        runner.interpreter(profile.python),
        ["setuptools"],  # every environment of the time had it, and old servers import pkg_resources
        [profile.module],
        uses,
        servers,
    )


def cache_path(root: Path, s: Setup, release: Release) -> Path:
    return root / ".cache" / "collect" / s.framework / f"py{s.python}" / f"{release}.json"


def task_key(root: Path, s: Setup, task: str) -> str:
    spec = root / "tests" / "examples" / f"test_{task.replace('-', '_')}.py"
    parts = [
        RECIPE,
        s.servers.get(task, ""),
        digest(root / "examples" / task / f"{s.framework}.py"),
        digest(spec) if spec.exists() else "",
        *s.uses[task],
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def base_key(s: Setup) -> str:
    return "\0".join([RECIPE, s.package, s.python, *s.base, *s.imports])


class _Failed(Exception):
    pass


def _step(cmd: list[str], timeout: int = INSTALL_SECONDS) -> None:
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as err:
        raise _Failed(f"timed out after {timeout} s") from err
    if done.returncode:
        lines = [ln.strip() for ln in (done.stderr or done.stdout).splitlines() if ln.strip()]
        lines = [ln for ln in lines if not ln.startswith("hint:")] or lines
        errors = [ln for ln in lines if ln.startswith("error:")]
        raise _Failed(((errors or lines)[-1] if lines else f"exit {done.returncode}")[:300])


def _run_specs(root: Path, s: Setup, python: Path, tasks: list[str]) -> dict[str, Outcome]:
    env = {**os.environ, f"PWC_PYTHON_{s.framework.upper()}": str(python), "PWC_FRAMEWORKS": s.framework}
    specs = [f"tests/examples/test_{t.replace('-', '_')}.py" for t in tasks]
    timeout = SPEC_SECONDS_BASE + SPEC_SECONDS_PER_TASK * len(tasks)
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        proc = subprocess.Popen(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *specs],
            cwd=root,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its servers go with it on a timeout
        )
        try:
            out, _ = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            return {t: Outcome(FAIL, f"specs timed out after {timeout} s") for t in tasks}
        results = runner.spec_results(junit) if junit.exists() else {}
        reasons = first_failures(junit) if junit.exists() else {}
    found = {}
    for t in tasks:
        ok = results.get((t, s.framework))
        why = reasons.get(t) or ("no result: " + (out.strip().splitlines() or [""])[-1] if ok is None else "")
        found[t] = Outcome(PASS, "") if ok else classify(s, Outcome(FAIL, why[:300]))
    return found


def classify(s: Setup, outcome: Outcome) -> Outcome:
    """A failure that is the Python's doing (too_new) counts as broken; cached trials are read through
    it too, so a sharper rule needs no rerun."""
    if outcome.result == FAIL and too_new(outcome.detail):
        return Outcome(BROKEN, f"Python {s.python} lacks what this release uses: {outcome.detail}"[:300])
    return outcome


def too_new(reason: str) -> bool:
    """Whether a failure is the release meeting a Python that removed what it uses (collections.Mapping,
    asyncio.coroutine...), not its example: an ImportError or AttributeError naming a standard-library
    module, raised after the release imported. Such a release counts as broken, not as failing."""
    stdlib = "|".join(sorted(sys.stdlib_module_names))
    return bool(
        re.search(rf"cannot import name '\w+' from '({stdlib})(\.\w+)*'", reason)
        or re.search(rf"module '({stdlib})(\.\w+)*' has no attribute", reason)
        or re.search(rf"No module named '({stdlib})(\.\w+)*'", reason)
    )


def first_failures(junit: Path) -> dict[str, str]:
    """task -> its first failing test and the last line of what it said (the exception, mostly)."""
    import xml.etree.ElementTree as ET

    out: dict[str, str] = {}
    for case in ET.parse(junit).iter("testcase"):
        task = case.get("classname", "").rsplit(".", 1)[-1].removeprefix("test_").replace("_", "-")
        bad = next((c for c in case if c.tag in ("failure", "error")), None)
        if bad is None or task in out:
            continue
        lines = [ln.strip() for ln in ((bad.text or "") + "\n" + (bad.get("message") or "")).splitlines() if ln.strip()]
        said = next(
            (ln for ln in reversed(lines) if re.match(r"^(E\s+)?\w*(Error|Exception|Failed)\b", ln)),
            lines[-1] if lines else "",
        )
        out[task] = f"{case.get('name')}: {said.removeprefix('E').strip()}"
    return out


def real_trial(root: Path, s: Setup, say=print):
    """The trial for `search`: install the release once, the tasks' extras, run the asked specs."""

    def trial(release: Release, tasks: list[str]) -> dict[str, Outcome]:
        path = cache_path(root, s, release)
        cached = json.loads(path.read_text()) if path.exists() else {}
        base = cached.get("base") if (cached.get("base") or {}).get("key") == base_key(s) else None
        tasks_cached = cached.get("tasks") or {}
        known = {
            t: classify(s, Outcome(tasks_cached[t]["result"], tasks_cached[t].get("detail", "")))
            for t in tasks
            if (tasks_cached.get(t) or {}).get("key") == task_key(root, s, t)
        }
        if base and base["result"] == BROKEN:
            return {t: Outcome(BROKEN, base["detail"]) for t in tasks}
        todo = [t for t in tasks if t not in known]
        if todo:
            started = time.monotonic()
            got = _trial(root, s, release, todo)
            seconds = round(time.monotonic() - started, 1)
            day = dt.date.today().isoformat()
            base_broken = got.pop("", None)
            cached["base"] = {
                "key": base_key(s),
                "result": BROKEN if base_broken else PASS,
                "detail": base_broken.detail if base_broken else "",
            }
            for t, o in got.items():
                tasks_cached[t] = {"key": task_key(root, s, t), "result": o.result, "detail": o.detail, "date": day}
            cached["tasks"] = tasks_cached
            cached.setdefault("seconds", []).append({"tasks": todo, "seconds": seconds, "date": day})
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(cached, indent=1, sort_keys=True))
            say(f"  [{release}: {len(todo)} task(s) in {seconds} s]")
            if base_broken:
                return {t: Outcome(BROKEN, base_broken.detail) for t in tasks}
            known.update(got)
        return known

    return trial


def _trial(root: Path, s: Setup, release: Release, tasks: list[str]) -> dict[str, Outcome]:
    """Outcomes per task; the key "" holds a broken base install (framework, servers, imports)."""
    uv = runner.uv()
    newer = (release.uploaded + dt.timedelta(days=2)).isoformat()
    pin = f"{s.package}=={release.version}"
    with tempfile.TemporaryDirectory(prefix=f"discover-{s.framework}-") as tmp:
        env = Path(tmp) / "env"
        python = env / "bin" / "python"
        when = max(release.uploaded + dt.timedelta(days=2), TOOLS_FROM).isoformat()
        tools = [f for tool in BUILD_TOOLS for f in ("--exclude-newer-package", f"{tool}={when}")]
        install = [uv, "pip", "install", "--quiet", "--python", str(python), "--exclude-newer", newer, *tools, pin]
        try:
            _step([uv, "venv", "--quiet", "--python", s.interpreter, str(env)])
            try:
                _step(install + s.base)
            except _Failed as err:
                raise _Failed(f"install: {err}") from err
            try:
                _step([str(python), "-c", "; ".join(f"import {m}" for m in s.imports)], timeout=120)
            except _Failed as err:
                raise _Failed(f"import: {err}") from err
        except _Failed as err:
            return {"": Outcome(BROKEN, str(err)), **{t: Outcome(BROKEN, str(err)) for t in tasks}}
        out: dict[str, Outcome] = {}
        extras = sorted({p for t in tasks for p in s.uses[t]})
        runnable = list(tasks)
        if extras:
            try:
                _step(install + s.base + extras)
            except _Failed:  # together they do not resolve: each set of packages alone, smallest first
                runnable = [t for t in tasks if not s.uses[t]]
                failed: dict[frozenset, str] = {}  # a set that does not install, and why
                for group in sorted({tuple(s.uses[t]) for t in tasks if s.uses[t]}, key=lambda g: (len(g), g)):
                    why = next((w for f, w in failed.items() if f <= set(group)), None)  # a part already failed
                    if why is None:
                        try:
                            _step(install + s.base + list(group))
                        except _Failed as err:
                            why = f"install {' '.join(group)}: {err}"
                            failed[frozenset(group)] = why
                    for t in tasks:
                        if tuple(s.uses[t]) == group:
                            if why is None:
                                runnable.append(t)
                            else:
                                out[t] = Outcome(BROKEN, why)
                runnable.sort()
        for module in sorted({s.servers[t] for t in runnable if t in s.servers}):
            try:
                _step([str(python), "-c", f"import {module}"], timeout=120)
            except _Failed as err:
                for t in [t for t in runnable if s.servers.get(t) == module]:
                    out[t] = Outcome(BROKEN, f"import {module}: {err}")
                    runnable.remove(t)
        if runnable:
            out.update(_run_specs(root, s, python, runnable))
        return out


# --- the record ----------------------------------------------------------------------------------------


def record(framework: str, s: Setup, found: Search, feature_tasks: dict[str, list[str]], day: str) -> dict:
    features = {}
    for feature, tasks in feature_tasks.items():
        f = feature_finding(found, tasks)
        if f is not None:
            features[feature] = {**f, "printed": statement(f)}
        else:
            features[feature] = {
                "unresolved": f"the search stopped after {found.trials} trials",
                "tasks": sorted(tasks),
            }
    trials = []
    for idx in sorted(found.seen):
        if idx == len(found.releases) - 1:
            continue
        rel = found.releases[idx]
        outcomes = found.seen[idx]
        entry: dict = {"version": str(rel), "uploaded": rel.uploaded.isoformat()}
        if all(o.result == BROKEN for o in outcomes.values()) and len({o.detail for o in outcomes.values()}) == 1:
            entry["broken"] = next(iter(outcomes.values())).detail
        else:
            entry["tasks"] = {t: o.result for t, o in sorted(outcomes.items())}
            notes = {t: o.detail for t, o in sorted(outcomes.items()) if o.detail}
            if notes:
                entry["details"] = notes
        trials.append(entry)
    return {
        "framework": framework,
        "package": s.package,
        "python": s.python,
        "date": day,
        "newest": str(found.releases[-1]),
        "candidates": len(found.releases),
        "how": HOW,
        "features": features,
        "trials": trials,
    }


HEAD = (
    "# yaml-language-server: $schema=../../schemas/since.schema.json\n"
    "# Written by `python -m pywebcompare collect --discover`: the first release whose examples pass\n"
    "# their specs, per feature, found by running them. Do not edit by hand.\n"
)


def write(root: Path, framework: str, data: dict) -> Path:
    """Write data/since/<framework>.yaml; an unchanged finding keeps the date it was first made."""
    path = root / FOLDER / f"{framework}.yaml"
    old = load_yaml(path) or {}
    if {k: v for k, v in old.items() if k != "date"} == {k: v for k, v in data.items() if k != "date"}:
        data = {**data, "date": old["date"]}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEAD + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200))
    return path


def every_framework(root: Path = ROOT) -> list[str]:
    """Frameworks with something to find, those with the most releases times cells first."""
    weight = {}
    for fid in sorted(profiles(root)):
        c = cells(fid, root)
        if c:
            weight[fid] = len(candidate_releases(fid, root)) * len({t for ts in c.values() for t in ts})
    return sorted(weight, key=lambda f: -weight[f])


def main(ids: list[str], root: Path = ROOT, max_trials: int = MAX_TRIALS) -> int:
    code = 0
    for framework in ids or every_framework(root):
        if framework not in profiles(root):
            print(f"{framework}: unknown framework", file=sys.stderr)
            code = 2
            continue
        feature_tasks = cells(framework, root)
        releases = candidate_releases(framework, root)
        if not feature_tasks or len(releases) < 2:
            print(f"{framework}: nothing to find (no tested example of its own features, or one release)")
            continue
        tasks = sorted({t for ts in feature_tasks.values() for t in ts})
        s = setup(framework, tasks, root)
        print(
            f"{framework}: {len(feature_tasks)} feature(s) through {len(tasks)} task(s), "
            f"{len(releases)} releases {releases[0]}..{releases[-1]}, Python {s.python}",
            flush=True,
        )
        started = time.monotonic()
        found = search(
            releases,
            tasks,
            real_trial(root, s, lambda m: print(m, flush=True)),
            lambda m: print(m, flush=True),
            max_trials,
        )
        data = record(framework, s, found, feature_tasks, dt.date.today().isoformat())
        path = write(root, framework, data)
        for feature, f in data["features"].items():
            print(f"  {feature}: {f.get('printed') or f.get('unresolved')}")
        print(
            f"{framework}: {found.trials} trial(s) in {time.monotonic() - started:.0f} s; wrote {path.relative_to(root)}",
            flush=True,
        )
    return code
