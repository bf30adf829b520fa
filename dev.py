#!/usr/bin/env python3
"""Set up a local environment and run the project's chores; needs only Python 3.11+.

    python3 dev.py serve      build and serve the site on http://127.0.0.1:8000 with live reload
    python3 dev.py test       validate the data, run every test (browser included), build strictly
    python3 dev.py validate   check the data files only
    python3 dev.py bench      run the benchmarks (build scaling, page weight, Lighthouse)
    python3 dev.py shots      screenshots of the matrix, a pair page, the compare and the questionnaire
                              at 1280x800 and 390x844, light and dark, into shots/
    python3 dev.py bench-frameworks [--quick]   measure every framework's speed (needs wrk)
    python3 dev.py examples [TASK...]  run the examples catalogue (or only those tasks), with the time
    python3 dev.py mutants    mutation testing: mutmut over pywebcompare/, then hand-made mutations
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


def mutation_score() -> None:
    """Run mutmut on the data core and print the share of mutants the unit tests kill."""
    shutil.rmtree(ROOT / "mutants", ignore_errors=True)
    subprocess.call(
        [str(VENV / "bin" / "mutmut"), "run", "--max-children", str(os.cpu_count() or 2)],
        cwd=ROOT,
        env=ENV,
        stdout=subprocess.DEVNULL,
    )
    out = subprocess.run(
        [str(VENV / "bin" / "mutmut"), "results", "--all", "true"], cwd=ROOT, env=ENV, capture_output=True, text=True
    ).stdout
    status = [line.rsplit(": ", 1)[1].strip() for line in out.splitlines() if ": " in line]
    counted = [s for s in status if s in ("killed", "survived", "timeout", "no tests", "suspicious")]
    killed = sum(s in ("killed", "timeout") for s in counted)
    print(
        f"mutmut: {killed} of {len(counted)} mutants killed ({100 * killed / max(1, len(counted)):.1f} %); "
        f"{status.count('survived')} survived, {status.count('no tests')} without a test."
    )
    for line in out.splitlines():
        if line.endswith(": survived") or line.endswith(": no tests"):
            print("  " + line.strip())


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
    elif command == "bench-frameworks":  # benchmarks/frameworks.py: every framework under load (needs wrk)
        setup("requirements-dev.txt")
        run(PY, "benchmarks/frameworks.py", *args)
    elif command == "examples":
        setup("requirements-dev.txt")
        examples(list(args))
    elif command == "mutants":
        setup("requirements-dev.txt")
        ensure_chromium()
        ensure_node_tools()
        mutation_score()
        run(PY, "tests/hand_mutations.py")
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(*sys.argv[1:])
