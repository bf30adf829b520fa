"""The examples catalogue: one environment per framework, which example files exist, their data.

Plain Python, no MkDocs. The environments live in .venv-examples/<framework>/ (gitignored), made by
uv from examples/requirements/<framework>.txt and remade only when that file changes.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

from . import ROOT

EXAMPLES = "examples"
REQUIREMENTS = "examples/requirements"
VENVS = ".venv-examples"
PYTHON = "3.11"

# The top-level package every framework's application class must come from (EXTRA_PACKAGES: also
# accepted, such as Django's own Channels project for WebSockets).
EXTRA_PACKAGES = {"django": ("channels",)}
PACKAGE = {
    "flask": "flask",
    "fastapi": "fastapi",
    "django": "django",
    "starlette": "starlette",
    "litestar": "litestar",
    "quart": "quart",
    "sanic": "sanic",
    "aiohttp": "aiohttp",
    "tornado": "tornado",
    "blacksheep": "blacksheep",
    "falcon": "falcon",
    "bottle": "bottle",
    "pyramid": "pyramid",
    "cherrypy": "cherrypy",
}


def uv() -> str:
    """uv from PATH, else the one requirements-dev.txt installs beside this interpreter."""
    import sys

    beside = Path(sys.executable).parent / "uv"
    found = shutil.which("uv") or (str(beside) if beside.exists() else None)
    if not found:
        raise SystemExit("The examples need uv: run `python3 -m pip install uv`.")
    return found


def venv_python(framework: str, root: Path = ROOT) -> Path:
    """The interpreter the framework's examples run with (PWC_PYTHON_<FW> overrides, for the collector)."""
    override = os.environ.get(f"PWC_PYTHON_{framework.upper()}")
    return Path(override) if override else root / VENVS / framework / "bin" / "python"


def ensure_venv(framework: str, root: Path = ROOT, quiet: bool = True) -> Path:
    """Create or refresh .venv-examples/<framework> from its pinned requirements; return its python."""
    reqs = root / REQUIREMENTS / f"{framework}.txt"
    if not reqs.exists():
        raise SystemExit(f"{reqs.relative_to(root)} is missing: add the framework's pinned requirements")
    env = root / VENVS / framework
    stamp = env / ".installed-requirements"
    wanted = "compiled\n" + reqs.read_text()  # bytecode compiled at install: imports stay fast
    python = env / "bin" / "python"
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    flags = ["--quiet"] if quiet else []
    if not python.exists():
        subprocess.run([uv(), "venv", *flags, "--python", PYTHON, str(env)], check=True)
    subprocess.run([uv(), "pip", "sync", *flags, "--compile-bytecode", "--python", str(python), str(reqs)], check=True)
    stamp.write_text(wanted)
    return python


def app_class_belongs(framework: str, app_class: str) -> bool:
    """Whether a dotted class name (`module.Class`) comes from the framework's own packages."""
    return app_class.split(".")[0] in (PACKAGE[framework], *EXTRA_PACKAGES.get(framework, ()))


def frameworks_with_requirements(root: Path = ROOT) -> list[str]:
    return sorted(p.stem for p in (root / REQUIREMENTS).glob("*.txt"))


def task_dirs(root: Path = ROOT) -> list[Path]:
    return sorted(
        p
        for p in (root / EXAMPLES).iterdir()
        if p.is_dir() and p.name != "requirements" and not p.name.startswith(("_", "."))
    )


def example_files(task: str, root: Path = ROOT) -> dict[str, Path]:
    """framework id -> example file of one task."""
    folder = root / EXAMPLES / task
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.py")) if p.stem in PACKAGE}


def frameworks_for(task: str, root: Path = ROOT) -> list[str]:
    return sorted(example_files(task, root))


def lines_of_code(path: Path) -> int:
    """Lines that are neither blank nor only a comment."""
    return sum(1 for line in path.read_text().splitlines() if line.strip() and not line.strip().startswith("#"))


# --- running the catalogue -------------------------------------------------------------------------

TESTED = "data/tested.yaml"  # written by `run`: each example that passed, with its version and date


def pinned_version(framework: str, root: Path = ROOT) -> str | None:
    """The framework's own pin in examples/requirements/<framework>.txt."""
    path = root / REQUIREMENTS / f"{framework}.txt"
    if not path.exists():
        return None
    for line in path.read_text().splitlines():
        name, _, version = line.split("#")[0].strip().partition("==")
        if name.strip().lower() == PACKAGE[framework]:
            return version.strip()
    return None


def digest(path: Path) -> str:
    """Short hash of an example's text, so a record goes stale when the code changes."""
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def spec_results(junit: Path) -> dict[tuple[str, str], bool]:
    """(task, framework) -> whether every test of that pair passed, from pytest's JUnit XML."""
    import re
    import xml.etree.ElementTree as ET

    results: dict[tuple[str, str], bool] = {}
    for case in ET.parse(junit).iter("testcase"):
        module = case.get("classname", "").rsplit(".", 1)[-1]
        found = re.search(r"\[([a-z0-9-]+)\]$", case.get("name", ""))
        if not module.startswith("test_") or not found:
            continue
        key = (module.removeprefix("test_").replace("_", "-"), found.group(1))
        ok = not any(child.tag in ("failure", "error", "skipped") for child in case)
        results[key] = results.get(key, True) and ok
    return results


def record_tested(results: dict[tuple[str, str], bool], root: Path = ROOT, on=None) -> None:
    """Update data/tested.yaml: keep an unchanged record's date, add new passes, drop failures."""
    import datetime as dt

    import yaml

    path = root / TESTED
    data = (yaml.safe_load(path.read_text()) if path.exists() else None) or {}
    for (task, framework), ok in sorted(results.items()):
        entries = data.setdefault(framework, {})
        file = root / EXAMPLES / task / f"{framework}.py"
        if not ok or not file.exists():
            entries.pop(task, None)
            continue
        now = {"version": pinned_version(framework, root), "sha": digest(file)}
        old = entries.get(task) or {}
        if {k: old.get(k) for k in now} != now:
            entries[task] = {**now, "date": on or dt.date.today()}
    data = {fw: dict(sorted(tasks.items())) for fw, tasks in sorted(data.items()) if tasks}
    head = (
        "# yaml-language-server: $schema=../schemas/tested.schema.json\n"
        "# Written by `python3 dev.py examples`: every example that passed its spec, with the framework\n"
        "# version it ran on, the hash of its code and the day it first passed so. Do not edit by hand.\n"
    )
    path.write_text(head + yaml.safe_dump(data, sort_keys=False, default_flow_style=False))


def run(tasks: list[str], root: Path = ROOT) -> int:
    """Make the environments the tasks need, run their specs with pytest, record what passed."""
    import sys
    import tempfile

    names = tasks or [p.name for p in task_dirs(root)]
    missing = [t for t in names if not (root / "tests" / "examples" / f"test_{t.replace('-', '_')}.py").exists()]
    if missing:
        print(f"no spec for task(s): {', '.join(missing)}; expected tests/examples/test_<task>.py", file=sys.stderr)
        return 2
    for framework in sorted({fw for t in names for fw in frameworks_for(t, root)}):
        ensure_venv(framework, root)
    specs = [f"tests/examples/test_{t.replace('-', '_')}.py" for t in names]
    if not tasks:
        specs.append("tests/examples/test_machinery.py")
    specs = [s for s in specs if (root / s).exists()]
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        code = subprocess.call(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *specs], cwd=root
        )
        if junit.exists():
            record_tested(spec_results(junit), root)
    return code


# --- what the pages show ---------------------------------------------------------------------------

LONG = 15  # lines of code past which a pair page collapses the code


@functools.cache
def _pygments():
    """One lexer and one formatter for every file (a formatter builds its style table when made)."""
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    return PythonLexer(), HtmlFormatter(nowrap=True)


def highlight(code: str) -> str:
    """Python source as the HTML Material's code blocks use (Pygments spans in .highlight), escaped."""
    from pygments import highlight as pyg

    spans = pyg(code, *_pygments())
    return f'<div class="language-python highlight"><pre><span></span><code>{spans}</code></pre></div>'


def catalogue(
    tasks: dict | None, examples: dict[str, dict], tested: dict | None, frameworks: dict[str, dict], root: Path = ROOT
) -> dict | None:
    """The plain data the code pages draw: per task, per framework (in the site's order), its code and
    lines, what it uses, whether and where it passed; or why there is none. None without tasks."""
    from markupsafe import Markup

    if not tasks:
        return None
    tested = tested or {}
    out = []
    for task in tasks["tasks"]:
        entries = []
        for fid, fw in frameworks.items():
            info = ((examples.get(fid) or {}).get("tasks") or {}).get(task["id"])
            path = root / EXAMPLES / task["id"] / f"{fid}.py"
            if path.exists():
                code = path.read_text()
                record = (tested.get(fid) or {}).get(task["id"])
                passed = record if record and record["sha"] == digest(path) else None
                entries.append(
                    {
                        "framework": fid,
                        "name": fw["name"],
                        "kind": "code",
                        "code": code,
                        "html": Markup(highlight(code)),
                        "loc": lines_of_code(path),
                        "file": f"{EXAMPLES}/{task['id']}/{fid}.py",
                        "uses": (info or {}).get("uses", []),
                        "run": (info or {}).get("run"),
                        "note": (info or {}).get("note"),
                        "passed": passed,
                    }
                )
            elif info and "impossible" in info:
                entries.append(
                    {
                        "framework": fid,
                        "name": fw["name"],
                        "kind": "impossible",
                        "impossible": info["impossible"],
                        "source": info["source"],
                    }
                )
        out.append({**task, "entries": entries, "by_framework": {e["framework"]: e for e in entries}})
    collected = {fid: data.get("collected") or {} for fid, data in examples.items() if data}
    return {"tasks": out, "by_id": {t["id"]: t for t in out}, "collected": collected}


def since_check(cat: dict | None, framework: str, feature: str) -> dict | None:
    """What the collector found when it ran the examples on the stated `since` release, if it ran."""
    return ((cat or {}).get("collected", {}).get(framework) or {}).get(feature)


def tasks_for_feature(cat: dict | None, feature: str) -> list[dict]:
    return [t for t in (cat or {}).get("tasks", []) if feature in t["features"]]


def tested_task(cat: dict | None, framework: str, feature: str) -> str | None:
    """The first task demonstrating the feature whose example for the framework passed, if any."""
    for task in tasks_for_feature(cat, feature):
        entry = task["by_framework"].get(framework)
        if entry and entry["kind"] == "code" and entry["passed"]:
            return task["id"]
    return None
