#!/usr/bin/env python3
"""Set up a local environment and run the project's chores; needs only Python 3.11+.

    python3 dev.py doctor     list what the commands need beyond Python (Chromium, Java, npm, wrk, uv,
                              Python 3.12/3.13), found or missing, with the command that installs each
    python3 dev.py serve      build and serve the site on http://127.0.0.1:8000 with live reload
    python3 dev.py test       validate the data, run every test (browser included), build strictly
    python3 dev.py validate   check the data files only
    python3 dev.py bench      run the benchmarks (build scaling, page weight, Lighthouse)
    python3 dev.py shots      screenshots of the matrix, a pair page, the compare and the questionnaire
                              at 1280x800 and 390x844, light and dark, into shots/
    python3 dev.py bench-frameworks [--quick]   measure every framework's speed on its production set-up
                              (installs uv, wrk as root, and the environments; --quick: about 3 min)
    python3 dev.py examples [TASK...]  run the examples catalogue (or only those tasks), with the time
    python3 dev.py mutants [glob ... | --report]  mutation testing: mutmut over pywebcompare/ (or the mutants the
                              globs name, e.g. 'pywebcompare.site.guides.*'), then hand-made mutations
                              of templates and scripts; prints the scores (not in CI: it takes long)

It creates .venv/ on first use and installs the pinned requirements into it; later runs reuse it.
Each command then installs what else it needs when it can (apt-get when run as root, uv for the
Pythons) and otherwise stops with the command to run.
"""

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


def run(*cmd) -> None:
    code = subprocess.call([str(c) for c in cmd], cwd=ROOT, env=ENV)
    if code:
        sys.exit(code)


def setup(requirements: str) -> None:
    """Create .venv and install `requirements` into it when they changed since the last install."""
    from pywebcompare.evidence.environments import ensure  # standard library only

    ensure(
        VENV,
        "".join((ROOT / f).read_text() for f in ("requirements.txt", requirements)),
        make=lambda env: venv.create(env, with_pip=True),
        install=lambda py: run(
            py, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements
        ),
        stamp=f".installed-{requirements}",
    )


# -- what the commands need beyond Python, how to find it and how to install it ---------------------
APT = ("apt-get", "install", "-y", "-q", "--no-install-recommends")
PYTHONS = ("3.12", "3.13")  # the Pythons frameworks whose latest release drops 3.11 run on


def uv_path() -> str | None:
    """uv from PATH, else the one requirements-dev.txt installs into .venv."""
    return shutil.which("uv") or (str(VENV / "bin" / "uv") if (VENV / "bin" / "uv").exists() else None)


def python_found(version: str) -> bool:
    """Whether Python `version` is on PATH, in pyenv, or known to uv (the examples find it the same ways)."""
    if shutil.which(f"python{version}"):
        return True
    uv = uv_path()
    found = uv and subprocess.run([uv, "python", "find", version], capture_output=True, text=True).returncode == 0
    return bool(found)


class Need:
    """One thing a command needs: how to tell it is there, and the command that installs it."""

    def __init__(self, name, found, install, why, root=False):
        self.name, self.found, self.install, self.why, self.root = name, found, install, why, root

    def command(self) -> str:
        return ("sudo " if self.root else "") + " ".join(self.install)


NEEDS = {
    "chromium": Need(
        "Chromium",
        lambda: shutil.which("chromium"),
        [*APT, "chromium"],
        "the browser tests, Lighthouse and screenshots",
        root=True,
    ),
    "java": Need(
        "Java",
        lambda: shutil.which("java"),
        [*APT, "default-jre-headless"],
        "the Nu HTML checker in the site tests",
        root=True,
    ),
    "npm": Need(
        "npm",
        lambda: shutil.which("npm"),
        [*APT, "nodejs", "npm"],
        "the Nu HTML checker and Lighthouse (package-lock.json)",
        root=True,
    ),
    "wrk": Need("wrk", lambda: shutil.which("wrk"), [*APT, "wrk"], "bench-frameworks (the load generator)", root=True),
    "uv": Need(
        "uv",
        uv_path,
        [str(PY), "-m", "pip", "install", "uv"],
        "the examples and bench-frameworks (one environment per framework)",
    ),
    **{
        f"python{v}": Need(
            f"Python {v}",
            lambda v=v: python_found(v),
            ["uv", "python", "install", v],
            "the examples of frameworks whose latest release needs it",
        )
        for v in PYTHONS
    },
}
COMMAND_NEEDS = {  # dev.py command -> what it needs (besides .venv, which every command makes)
    "test": ("chromium", "java", "npm", "uv", "python3.12", "python3.13"),
    "bench": ("chromium", "npm"),
    "shots": ("chromium",),
    "examples": ("uv", "python3.12", "python3.13"),
    "bench-frameworks": ("wrk", "uv", "python3.12", "python3.13"),
    "mutants": ("chromium", "java", "npm"),
}


def doctor() -> int:
    """Print what each command needs, found or missing, with the command that installs what is missing."""
    missing = 0
    for key, need in NEEDS.items():
        users = ", ".join(c for c, keys in COMMAND_NEEDS.items() if key in keys)
        if need.found():
            print(f"ok       {need.name:<12} (for {users})")
        else:
            missing += 1
            print(f"missing  {need.name:<12} (for {users}; {need.why})\n         install: {need.command()}")
    print(
        "Everything the commands need is here."
        if not missing
        else f"{missing} missing; each dev.py command installs what it can itself."
    )
    return 1 if missing else 0


_apt_updated = []


def ensure(key: str) -> None:
    """Install what a command needs when it is missing and can be installed here; else stop and say how."""
    need = NEEDS[key]
    if need.found():
        return
    if need.root and os.geteuid() == 0 and shutil.which("apt-get"):
        if not _apt_updated:
            run("apt-get", "update", "-q")
            _apt_updated.append(True)
        run(*need.install)
    elif not need.root and (key == "uv" or uv_path()):
        run(*([uv_path()] + need.install[1:] if need.install[0] == "uv" else need.install))
    if not need.found():
        sys.exit(
            f"{need.name} is missing ({need.why}): run `{need.command()}` (python3 dev.py doctor lists everything)."
        )


def ensure_all(command: str) -> None:
    for key in COMMAND_NEEDS.get(command, ()):
        ensure(key)


def ensure_node_tools() -> None:
    """The Nu HTML checker (tests) and Lighthouse (benchmarks) come from npm, pinned in package-lock.json."""
    stamp = ROOT / "node_modules" / ".installed-lock"
    lock = (ROOT / "package-lock.json").read_text()
    if stamp.exists() and stamp.read_text() == lock:
        return
    run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
    stamp.write_text(lock)


def examples(tasks: list[str]) -> None:
    """Make each framework's environment with uv (cached), run the task specs, print the time taken."""
    import time

    start = time.monotonic()
    run(PY, "-m", "pywebcompare", "examples", *tasks)
    print(f"examples: {time.monotonic() - start:.0f} s in all (environments and specs)")


# Modules that drive the network, subprocesses or the command line rather than load, check and draw the
# data: mutated and reported too, but apart from the core the >= 90 % goal is about.
TOOLS = ("__main__", "scaffold", "collect", "discover", "runner", "refresh", "pipindex")


def mutation_score(patterns: list[str]) -> None:
    """Run mutmut (on the mutants named by `patterns`, else on all of pywebcompare/) and print the share
    of mutants the unit tests kill: per module, for the core and for the tools."""
    mutmut = str(VENV / "bin" / "mutmut")
    if patterns != ["--report"]:  # --report: only print the results of the runs so far
        if not patterns:
            shutil.rmtree(ROOT / "mutants", ignore_errors=True)
        subprocess.call(
            [mutmut, "run", "--max-children", str(os.cpu_count() or 2), *patterns],
            cwd=ROOT,
            env=ENV,
            stdout=subprocess.DEVNULL,
        )
    out = subprocess.run([mutmut, "results", "--all", "true"], cwd=ROOT, env=ENV, capture_output=True, text=True)
    tally: dict[str, dict[str, int]] = {}
    for line in out.stdout.splitlines():
        name, _, status = line.strip().rpartition(": ")
        if "__mutmut_" not in name:
            continue
        # pywebcompare.data.rules.some_rule.x_check__mutmut_3 -> rules.some_rule
        module = ".".join(p for p in name.split(".")[1:] if not p.startswith(("x_", "xǁ"))) or "__init__"
        tally.setdefault(module, {}).setdefault(status, 0)
        tally[module][status] += 1
    groups = {"core": {}, "tools": {}}
    print(f"{'module':<46} {'mutants':>8} {'killed':>7} {'survived':>9} {'no tests':>9} {'unchecked':>10}  score")
    for module, counts in sorted(tally.items()):
        killed = counts.get("killed", 0) + counts.get("timeout", 0)
        checked = killed + counts.get("survived", 0) + counts.get("no tests", 0) + counts.get("suspicious", 0)
        group = groups["tools" if module in TOOLS else "core"]
        group["killed"] = group.get("killed", 0) + killed
        group["checked"] = group.get("checked", 0) + checked
        score = f"{100 * killed / checked:5.1f} %" if checked else "  -"
        print(
            f"{module:<46} {sum(counts.values()):>8} {killed:>7} {counts.get('survived', 0):>9} "
            f"{counts.get('no tests', 0):>9} {counts.get('not checked', 0):>10}  {score}"
        )
    for name, g in groups.items():
        if g.get("checked"):
            print(
                f"mutmut {name}: {g['killed']} of {g['checked']} checked mutants killed "
                f"({100 * g['killed'] / max(1, g['checked']):.1f} %)"
            )


def main(command: str = "serve", *args: str) -> None:
    if command == "doctor":  # before any set-up: it only looks
        sys.exit(doctor())
    if command in ("serve", "validate"):
        setup("requirements.txt")
    elif command in COMMAND_NEEDS:
        setup("requirements-dev.txt")
        ensure_all(command)
    else:
        sys.exit(__doc__)
    if command == "serve":
        run(PY, "-m", "mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", "--livereload")
    elif command == "validate":
        run(PY, "-m", "pywebcompare", "validate")
    elif command == "test":
        ensure_node_tools()
        run(PY, "-m", "pywebcompare", "validate")
        # Fastest first, so a broken core fails in seconds: data core, built site, real browser.
        run(PY, "-m", "pytest", "-q", "tests/unit", "tests/site", "tests/browser")
        examples([])
        run(PY, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", "site")
    elif command == "bench":
        ensure_node_tools()
        run(PY, "benchmarks/build_scaling.py")
        run(PY, "benchmarks/site_quality.py")
    elif command == "shots":
        run(PY, "benchmarks/shots.py")
    elif command == "bench-frameworks":  # pywebcompare/evidence/harness.py: every framework under load (needs wrk)
        run(PY, "-m", "pywebcompare.evidence.harness", *args)
    elif command == "examples":
        examples(list(args))
    elif command == "mutants":
        ensure_node_tools()
        mutation_score(list(args))
        if args != ("--report",):
            run(PY, "tests/hand_mutations.py")


if __name__ == "__main__":
    main(*sys.argv[1:])
