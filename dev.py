#!/usr/bin/env python3
"""Set up a local environment and run the project's chores; needs only Python 3.11+.

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
    if not PY.exists():
        venv.create(VENV, with_pip=True)
    stamp = VENV / f".installed-{requirements}"
    wanted = "".join((ROOT / f).read_text() for f in ("requirements.txt", requirements))
    if not stamp.exists() or stamp.read_text() != wanted:
        run(PY, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", requirements)
        stamp.write_text(wanted)


def ensure_chromium() -> None:
    """The browser tests drive Debian's Chromium; install it with apt-get when it is missing."""
    if shutil.which("chromium"):
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        run("apt-get", "update", "-q")
        run("apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium")
    else:
        sys.exit("The browser tests need Chromium at /usr/bin/chromium: run `sudo apt-get install chromium`.")


def ensure_wrk() -> None:
    """The speed harness loads servers with wrk and pins them with taskset; install them with apt-get when
    they are missing (as root), else say how."""
    missing = [pkg for tool, pkg in (("wrk", "wrk"), ("taskset", "util-linux")) if not shutil.which(tool)]
    if not missing:
        return
    if os.geteuid() == 0 and shutil.which("apt-get"):
        run("apt-get", "update", "-q")
        run("apt-get", "install", "-y", "-q", "--no-install-recommends", *missing)
    else:
        sys.exit(f"The speed benchmark needs {' and '.join(missing)}: run `sudo apt-get install {' '.join(missing)}`.")


def ensure_node_tools() -> None:
    """The Nu HTML checker (tests) and Lighthouse (benchmarks) come from npm, pinned in package-lock.json."""
    stamp = ROOT / "node_modules" / ".installed-lock"
    lock = (ROOT / "package-lock.json").read_text()
    if stamp.exists() and stamp.read_text() == lock:
        return
    if not shutil.which("npm"):
        sys.exit("The HTML check needs Node.js and npm: install them (Debian: apt-get install nodejs npm).")
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
TOOLS = ("__main__", "scaffold", "collect", "runner", "refresh", "pipindex")


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
    if command == "serve":
        setup("requirements.txt")
        run(PY, "-m", "mkdocs", "serve", "--dev-addr", "127.0.0.1:8000", "--livereload")
    elif command == "validate":
        setup("requirements.txt")
        run(PY, "-m", "pywebcompare", "validate")
    elif command == "test":
        setup("requirements-dev.txt")
        ensure_chromium()
        ensure_node_tools()
        run(PY, "-m", "pywebcompare", "validate")
        # Fastest first, so a broken core fails in seconds: data core, built site, real browser.
        run(PY, "-m", "pytest", "-q", "tests/unit", "tests/site", "tests/browser")
        examples([])
        run(PY, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", "site")
    elif command == "bench":
        setup("requirements-dev.txt")
        ensure_chromium()
        ensure_node_tools()
        run(PY, "benchmarks/build_scaling.py")
        run(PY, "benchmarks/site_quality.py")
    elif command == "shots":
        setup("requirements-dev.txt")
        ensure_chromium()
        run(PY, "benchmarks/shots.py")
    elif command == "bench-frameworks":  # pywebcompare/evidence/harness.py: every framework under load
        setup("requirements-dev.txt")  # uv comes with it; the harness makes every environment with uv
        ensure_wrk()
        run(PY, "-m", "pywebcompare.evidence.harness", *args)
    elif command == "examples":
        setup("requirements-dev.txt")
        examples(list(args))
    elif command == "mutants":
        setup("requirements-dev.txt")
        ensure_chromium()
        ensure_node_tools()
        mutation_score(list(args))
        if args != ("--report",):
            run(PY, "tests/hand_mutations.py")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(*sys.argv[1:])
