"""The examples tool: one uv environment per framework, running the spec suite, recording what passed.

Plain Python, no MkDocs. The environments live in .venv-examples/<framework>/ (gitignored), made by
uv from examples/requirements/<framework>.txt and remade only when that file changes. What the
pages read (the catalogue, the pins) is in examples.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from pywebcompare import ROOT
from pywebcompare.data.profiles import profiles
from pywebcompare.evidence import environments
from pywebcompare.evidence.examples import EXAMPLES, REQUIREMENTS, digest, frameworks_for, pinned_version, task_dirs

VENVS = ".venv-examples"
PYTHON = "3.11"


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


def interpreter(version: str) -> str:
    """The path of a Python `version` (3.12...) on this machine, from pyenv's versions, PATH or uv; the
    default interpreter version when it is missing, said aloud so a page never claims a Python it
    did not run on."""
    import glob
    import sys

    pyenv = subprocess.run(["pyenv", "root"], capture_output=True, text=True) if shutil.which("pyenv") else None
    found = sorted(glob.glob(f"{pyenv.stdout.strip()}/versions/{version}.*/bin/python{version}")) if pyenv else []
    if found:
        return found[-1]
    if shutil.which(f"python{version}"):
        return shutil.which(f"python{version}")
    by_uv = subprocess.run([uv(), "python", "find", version], capture_output=True, text=True)  # `uv python install`
    if by_uv.returncode == 0 and by_uv.stdout.strip():
        return by_uv.stdout.strip()
    print(
        f"warning: Python {version} is not installed; falling back to {PYTHON} (see `python3 dev.py doctor`)",
        file=sys.stderr,
    )
    return PYTHON


def ensure_venv(framework: str, root: Path = ROOT, quiet: bool = True) -> Path:
    """Create or refresh .venv-examples/<framework> from its pinned requirements; return its python."""
    reqs = root / REQUIREMENTS / f"{framework}.txt"
    if not reqs.exists():
        raise SystemExit(f"{reqs.relative_to(root)} is missing: add the framework's pinned requirements")
    profile = profiles(root).get(framework)
    version = profile.python if profile else PYTHON
    # bytecode compiled at install keeps imports fast; a new Python remakes the environment, a new pin resyncs it
    base = f"compiled\npython {version}\n"
    flags = ["--quiet"] if quiet else []
    return environments.ensure(
        root / VENVS / framework,
        base + reqs.read_text(),
        make=lambda env: subprocess.run([uv(), "venv", *flags, "--python", interpreter(version), str(env)], check=True),
        install=lambda python: subprocess.run(
            [uv(), "pip", "sync", *flags, "--compile-bytecode", "--python", str(python), str(reqs)], check=True
        ),
        stamp=".installed-requirements",
        same_base=base,
    )


def env_python(framework: str, root: Path = ROOT) -> str | None:
    """The Python version a framework's environment runs (its pyvenv.cfg), None without one."""
    cfg = venv_python(framework, root).parent.parent / "pyvenv.cfg"
    if not cfg.exists():
        return None
    found = [ln.split("=", 1)[1].strip() for ln in cfg.read_text().splitlines() if ln.startswith("version_info")]
    return found[0] if found else None


TESTED = "data/tested.yaml"  # written by `run`: each example that passed, with its version and date


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
        now = {"version": pinned_version(framework, root), "sha": digest(file), "python": env_python(framework, root)}
        old = entries.get(task) or {}
        now = {k: v for k, v in now.items() if v is not None}
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
    only = [f for f in os.environ.get("PWC_FRAMEWORKS", "").split(",") if f]  # the specs honour it too
    for framework in sorted({fw for t in names for fw in frameworks_for(t, root) if not only or fw in only}):
        ensure_venv(framework, root)
    specs = [f"tests/examples/test_{t.replace('-', '_')}.py" for t in names]
    if not tasks and not only:  # the whole catalogue: also the machinery, a contributor's path, the speed bare apps
        specs += [
            "tests/examples/test_machinery.py",
            "tests/examples/test_contributor_path.py",
            "tests/examples/test_speed_bare_apps.py",
        ]
    specs = [s for s in specs if (root / s).exists()]
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        code = subprocess.call(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}", *specs], cwd=root
        )
        if junit.exists():
            record_tested(spec_results(junit), root)
    return code
