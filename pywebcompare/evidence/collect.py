"""Check a "since" version by running the examples on real releases.

    python -m pywebcompare collect <framework> <feature> [--write]

Takes the tasks of data/tasks.yaml that demonstrate the feature and have an example for the
framework, installs the release the data names as `since` and the release before it, each in a
throwaway uv environment, and runs the task specs against them. A pass on the first and a failure on
the second confirms it; otherwise it bisects the released versions for the real first one.

Old releases need the dependencies of their time: every environment is resolved with uv's
--exclude-newer set to a day after that release was uploaded. A release that cannot be installed or
imported on this Python counts as "broken" and is skipped, never as the feature missing.

`collect --discover` (discover.py) asks the other question, with no stated `since`: since which
release every tested feature's examples pass, for all of a framework's features at once.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from packaging.version import Version

from pywebcompare import ROOT
from pywebcompare.data.profiles import profiles
from pywebcompare.evidence import environments, examples, refresh, runner
from pywebcompare.evidence.pipindex import configured_index_url

PASS, FAIL, BROKEN = "passes", "fails", "cannot be installed or imported"
SERVER_PACKAGES = {  # serve.py kind -> what the environment needs for it, beside the framework
    "gunicorn": ["gunicorn"],
    "gthread": ["gunicorn"],
    "uvicorn": ["uvicorn"],
    "hypercorn": ["hypercorn"],
    "waitress": ["waitress"],
    "gevent-websocket": ["gevent", "gevent-websocket"],
    "palfrey": ["palfrey"],
    "aiohttp": [],
    "tornado": [],
    "sanic": [],
    "cherrypy": [],
    "rocket": [],  # Rocket3 comes with py4web
    "robyn": [],
}
SERVER_MODULES = {
    "gunicorn": "gunicorn",
    "gthread": "gunicorn",
    "uvicorn": "uvicorn",
    "hypercorn": "hypercorn",
    "waitress": "waitress",
    "gevent-websocket": "geventwebsocket",
    "palfrey": "palfrey",
}


class CollectError(Exception):
    """The question cannot be asked: no `since`, no example, unknown framework."""


@dataclass
class Release:
    version: Version
    uploaded: dt.date

    def __str__(self) -> str:
        return str(self.version)


@dataclass
class Plan:
    framework: str
    feature: str
    package: str
    since: str
    tasks: list[str]
    extras: list[str]  # packages the environments need beside the framework
    imports: list[str]  # modules that must import for a release to count as installed


@dataclass
class Trial:
    release: Release
    result: str
    detail: str = ""


@dataclass
class Verdict:
    plan: Plan
    verdict: str  # confirmed, corrected, not-confirmed, not-installable
    first_passing: Release | None
    last_failing: Release | None
    trials: list[Trial] = field(default_factory=list)

    @property
    def broken(self) -> list[Trial]:
        return [t for t in self.trials if t.result == BROKEN]

    def summary(self) -> str:
        p = self.plan
        head = f"{p.framework} {p.feature}: since {p.since}"
        fp, lf = self.first_passing, self.last_failing
        if self.verdict == "confirmed":
            text = f"{head} confirmed ({lf} fails, {fp} passes)"
        elif self.verdict == "corrected":
            text = f"{head} not confirmed: the first release that passes is {fp} ({lf} fails)"
        elif self.verdict == "not-installable":
            text = f"{head} not checked: no release tried could be installed and imported on Python {python_version()}"
        elif fp is not None:
            text = f"{head} not confirmed: {fp} passes and no earlier release that installs fails"
        else:
            text = f"{head} not confirmed: no release up to the pinned one passes"
        if self.broken:
            names = ", ".join(str(t.release) for t in self.broken)
            text += f"; {names} cannot be installed or imported on Python {python_version()} (not counted as missing)"
        return text

    def record(self, day: dt.date) -> dict:
        out = {"since": self.plan.since, "verdict": self.verdict}
        if self.first_passing:
            out["first_passing"] = str(self.first_passing)
        if self.last_failing:
            out["last_failing"] = str(self.last_failing)
        out.update(tasks=self.plan.tasks, python=python_version(), date=day.isoformat(), printed=self.summary())
        return out


def python_version() -> str:
    return runner.PYTHON


def load_yaml(path: Path):
    return yaml.safe_load(path.read_text()) if path.exists() else None


def plan(framework: str, feature: str, root: Path = ROOT) -> Plan:
    fw_data = load_yaml(root / "data" / "frameworks" / f"{framework}.yaml")
    profile = profiles(root).get(framework)
    if fw_data is None or profile is None:
        raise CollectError(f"unknown framework {framework!r}")
    entry = (fw_data.get("features") or {}).get(feature)
    if not entry:
        raise CollectError(f"data/frameworks/{framework}.yaml has no feature {feature!r}")
    if not entry.get("since"):
        raise CollectError(f"data/frameworks/{framework}.yaml states no `since` for {feature}")
    tasks = [t["id"] for t in load_yaml(root / "data" / "tasks.yaml")["tasks"] if feature in t["features"]]
    tasks = [t for t in tasks if (root / "examples" / t / f"{framework}.py").exists()]
    if not tasks:
        raise CollectError(f"no example of {framework} demonstrates {feature} (data/tasks.yaml, examples/)")
    ex = load_yaml(root / "data" / "examples" / f"{framework}.yaml") or {}
    extras, imports = [], [profile.module]
    for task in tasks:
        t = (ex.get("tasks") or {}).get(task) or {}
        kind = t.get("server", ex.get("server", "gunicorn"))
        extras += t.get("uses", []) + SERVER_PACKAGES.get(kind, [])
        imports += [SERVER_MODULES[kind]] if kind in SERVER_MODULES else []
    if "test-client" in tasks:
        extras.append("pytest")
    return Plan(
        framework,
        feature,
        profile.package,
        str(entry["since"]),
        tasks,
        sorted(set(extras) - {profile.package}),
        sorted(set(imports)),
    )


def releases(package: str, fetch=None, base: str | None = None) -> list[Release]:
    """Final releases of a package, oldest first, read through the refresh's index client (the index
    pip is configured with, the same checks and caps)."""
    index = refresh.Index(base or configured_index_url())
    try:
        _, files = refresh.project_page(package, fetch or refresh.http_fetch, index)
    except refresh.RefreshError as err:
        raise CollectError(f"{package}: {err}") from err
    first_upload: dict[Version, dt.date] = {}
    for f in files:
        version = refresh.file_version(package, f["filename"])
        stamp = f.get("upload-time")
        if version is None or f.get("yanked") or not isinstance(stamp, str):
            continue
        try:
            day = dt.date.fromisoformat(stamp[:10])
        except ValueError:
            continue
        first_upload[version] = min(day, first_upload.get(version, day))
    return sorted(
        (Release(v, d) for v, d in first_upload.items() if not v.is_prerelease and not v.is_devrelease),
        key=lambda r: r.version,
    )


class _StepFailed(Exception):
    pass


def uv_install(p: Plan, release: Release, env: Path) -> str | None:
    """Make an environment with the release and its dependencies of the time; None, or why it failed."""
    uv = runner.uv()
    newer = (release.uploaded + dt.timedelta(days=2)).isoformat()

    def step(cmd: list[str]) -> None:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
        if done.returncode:
            lines = [line for line in (done.stderr or done.stdout).strip().splitlines() if line.strip()]
            why = lines[-1] if lines else f"exit {done.returncode}"
            raise _StepFailed(("install: " if cmd[0] == uv else "import: ") + why)

    try:
        python = environments.ensure(
            env,
            f"{p.package}=={release.version}\n" + "\n".join(p.extras),
            make=lambda e: step([uv, "venv", "--quiet", "--python", runner.PYTHON, str(e)]),
            install=lambda py: step(
                [uv, "pip", "install", "--quiet", "--python", str(py), "--exclude-newer", newer]
                + [f"{p.package}=={release.version}", *p.extras]
            ),
        )
        step([str(python), "-c", "; ".join(f"import {m}" for m in p.imports)])
    except _StepFailed as err:
        return str(err)
    return None


def run_specs(p: Plan, python: Path, root: Path = ROOT) -> tuple[bool, str]:
    """Run the task specs with the framework's examples served by this interpreter."""
    env = {**os.environ, f"PWC_PYTHON_{p.framework.upper()}": str(python), "PWC_FRAMEWORKS": p.framework}
    specs = [f"tests/examples/test_{t.replace('-', '_')}.py" for t in p.tasks]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *specs],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
    last = done.stdout.strip().splitlines()[-1:] or [""]
    return done.returncode == 0, (failed[0] if failed else last[0])[:200]


def real_trial(p: Plan, release: Release) -> Trial:
    with tempfile.TemporaryDirectory(prefix=f"collect-{p.framework}-") as tmp:
        broken = uv_install(p, release, Path(tmp) / "env")
        if broken:
            return Trial(release, BROKEN, broken)
        ok, detail = run_specs(p, Path(tmp) / "env" / "bin" / "python")
        return Trial(release, PASS if ok else FAIL, detail)


def collect(p: Plan, all_releases: list[Release], trial, pinned: str | None = None, say=print) -> Verdict:
    """Confirm `since`, or bisect the releases (up to the pinned one) for the first that passes."""
    versions = [r for r in all_releases if pinned is None or r.version <= Version(pinned)]
    since = Version(p.since)
    start = next((i for i, r in enumerate(versions) if r.version >= since), None)
    if start is None:
        raise CollectError(f"no release of {p.package} at or after {p.since} up to {pinned}")
    done: dict[int, Trial] = {}

    def test(i: int) -> str:
        if i not in done:
            done[i] = trial(p, versions[i])
            t = done[i]
            say(f"  {t.release} (uploaded {t.release.uploaded}): {t.result}" + (f" [{t.detail}]" if t.detail else ""))
        return done[i].result

    def nearest(i: int, step: int, stop: int) -> int | None:
        """The nearest release from i towards stop (exclusive) that installs; None if none does."""
        while i != stop:
            if test(i) != BROKEN:
                return i
            i += step
        return None

    def bisect(lo: int, hi: int) -> tuple[int, int]:
        """lo fails, hi passes: narrow to neighbours, skipping releases that do not install."""
        skip: set[int] = set()
        while True:
            between = [i for i in range(lo + 1, hi) if i not in skip]
            if not between:
                return lo, hi
            mid = between[len(between) // 2]
            result = test(mid)
            if result == PASS:
                hi = mid
            elif result == FAIL:
                lo = mid
            else:
                skip.add(mid)

    s = nearest(start, +1, len(versions))
    if s is None:
        return Verdict(p, "not-installable", None, None, list(done.values()))
    if done[s].result == PASS:
        before = nearest(s - 1, -1, -1) if s > 0 else None
        if before is None:
            lo, hi = None, s
        elif done[before].result == FAIL:
            lo, hi = before, s
        else:
            first = nearest(0, +1, before)
            lo, hi = (None, first) if first is None or done[first].result == PASS else bisect(first, before)
    else:
        last = nearest(len(versions) - 1, -1, s)
        lo, hi = (s, None) if last is None or done[last].result == FAIL else bisect(s, last)
    first_passing = versions[hi] if hi is not None else None
    last_failing = versions[lo] if lo is not None else None
    if first_passing is None or last_failing is None:
        verdict = "not-confirmed"
    else:
        verdict = (
            "confirmed"
            if hi == start or (hi == s and all(done.get(i) and done[i].result == BROKEN for i in range(start, s)))
            else "corrected"
        )
    return Verdict(p, verdict, first_passing, last_failing, [done[i] for i in sorted(done)])


def write_record(root: Path, framework: str, feature: str, record: dict) -> Path:
    """Replace the `collected:` block of data/examples/<framework>.yaml, leaving the rest as written."""
    path = root / "data" / "examples" / f"{framework}.yaml"
    text = path.read_text()
    current = (yaml.safe_load(text) or {}).get("collected") or {}
    current[feature] = record
    kept = re.sub(r"(?ms)^collected:.*?(?=^\S|\Z)", "", text).rstrip("\n") + "\n"
    block = yaml.safe_dump({"collected": dict(sorted(current.items()))}, sort_keys=False, allow_unicode=True, width=200)
    path.write_text(kept + block)
    return path


def every_question(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every (framework, feature) whose `since` some example demonstrates."""
    out = []
    for path in sorted((root / "data" / "frameworks").glob("*.yaml")):
        for feature, entry in ((load_yaml(path) or {}).get("features") or {}).items():
            if isinstance(entry, dict) and entry.get("since"):
                try:
                    plan(path.stem, feature, root)
                except CollectError:
                    continue
                out.append((path.stem, feature))
    return out


def main_all(write: bool, root: Path = ROOT) -> int:
    """Run every question (the scheduled workflow); differences show up as changed data files."""
    for framework, feature in every_question(root):
        main(framework, feature, write, root)
    return 0


def main(framework: str, feature: str, write: bool, root: Path = ROOT) -> int:
    try:
        p = plan(framework, feature, root)
        found = releases(p.package)
    except CollectError as err:
        print(f"{framework} {feature}: {err}", file=sys.stderr)
        return 2
    print(
        f"{framework} {feature}: since {p.since} per data/frameworks/{framework}.yaml; "
        f"running {', '.join(p.tasks)} on Python {python_version()} with {', '.join(p.extras) or 'nothing else'}"
    )
    verdict = collect(p, found, real_trial, examples.pinned_version(framework, root))
    print(verdict.summary())
    if write:
        path = write_record(root, framework, feature, verdict.record(dt.date.today()))
        print(f"wrote {path.relative_to(root)}")
    return 0 if verdict.verdict == "confirmed" else 1
