"""The examples catalogue: which example files exist, their pins, and the data the code pages draw.

Plain Python, no MkDocs, no subprocess. Making the environments and running the specs is the
tool in runner.py.
"""

from __future__ import annotations

import functools
import hashlib
import os
from pathlib import Path

from pywebcompare import ROOT, cache_dir
from pywebcompare.data.profiles import profiles

EXAMPLES = "examples"
REQUIREMENTS = "examples/requirements"
NOT_TASKS = ("requirements", "behaviour")  # pins, and the behaviour apps (evidence/behaviour.py), not catalogue tasks


def app_class_belongs(framework: str, app_class: str, root: Path = ROOT) -> bool:
    """Whether a dotted class name (`module.Class`) comes from the framework's own modules (its data's
    package.import and package.also, or the framework it builds on)."""
    profile = profiles(root).get(framework)
    return bool(profile) and app_class.split(".")[0] in profile.app_modules


def frameworks_with_requirements(root: Path = ROOT) -> list[str]:
    return sorted(p.stem for p in (root / REQUIREMENTS).glob("*.txt"))


def task_dirs(root: Path = ROOT) -> list[Path]:
    return sorted(
        p
        for p in (root / EXAMPLES).iterdir()
        if p.is_dir() and p.name not in NOT_TASKS and not p.name.startswith(("_", "."))
    )


def example_files(task: str, root: Path = ROOT) -> dict[str, Path]:
    """framework id -> example file of one task."""
    folder = root / EXAMPLES / task
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.glob("*.py"))}  # every file is shown and tested; a rule names strays


def frameworks_for(task: str, root: Path = ROOT) -> list[str]:
    return sorted(example_files(task, root))


def lines_of_code(path: Path) -> int:
    """Lines that are neither blank nor only a comment."""
    return sum(1 for line in path.read_text().splitlines() if line.strip() and not line.strip().startswith("#"))


# --- the pins and the code's hash (what a tested record is checked against) ------------------------


def pinned_version(framework: str, root: Path = ROOT) -> str | None:
    """The framework's own pin in examples/requirements/<framework>.txt."""
    path = root / REQUIREMENTS / f"{framework}.txt"
    if not path.exists():
        return None
    profile = profiles(root).get(framework)
    wanted = profile.package.lower() if profile else framework
    for line in path.read_text().splitlines():
        name, _, version = line.split("#")[0].strip().partition("==")
        if name.strip().lower() == wanted:
            return version.strip()
    return None


def digest(path: Path) -> str:
    """Short hash of an example's text, so a record goes stale when the code changes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


# --- what the pages show ---------------------------------------------------------------------------

LONG = 15  # lines of code past which a pair page collapses the code


@functools.cache
def _pygments():
    """One lexer and one formatter for every file (a formatter builds its style table when made)."""
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    return PythonLexer(), HtmlFormatter(nowrap=True)


def highlight(code: str) -> str:
    """Python source as the HTML Material's code blocks use (Pygments spans in .highlight), escaped.
    Highlighting is most of the data's load time, so each result is kept under .cache/, by its input."""
    from pygments import __version__
    from pygments import highlight as pyg

    folder = cache_dir("highlight")
    key = hashlib.sha256(f"{__version__}\0{code}".encode()).hexdigest()
    cached = folder / f"{key}.html" if folder else None
    if cached and cached.exists():
        return cached.read_text()
    spans = pyg(code, *_pygments())
    html = f'<div class="language-python highlight"><pre><span></span><code>{spans}</code></pre></div>'
    if cached:
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")  # another build may write the same file
        tmp.write_text(html)
        tmp.replace(cached)
    return html


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
