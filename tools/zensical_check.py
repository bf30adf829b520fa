#!/usr/bin/env python3
"""Non-blocking check of the way off the engine: build `write-site`'s plain project with the newest
Zensical that installs here, and with stock MkDocs and Material, and report which pages and files
Zensical drops or adds. Not part of `dev.py test`; it always exits 0 unless --strict is given.

    .venv/bin/python tools/zensical_check.py [--strict] [--keep DIR]

Zensical goes into its own environment, .venv-zensical/ (gitignored), upgraded once a day.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pywebcompare.evidence.environments import ensure  # noqa: E402

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def published(site: Path) -> set[str]:
    """Every file a reader can fetch, but the theme's own assets and the search index."""
    skip = ("assets/", "search/", "sitemap.xml")
    return {
        str(p.relative_to(site))
        for p in site.rglob("*")
        if p.is_file() and not str(p.relative_to(site)).startswith(skip)
    }


def zensical() -> tuple[Path, str]:
    """Zensical's interpreter and version: the newest that installs, checked once a day."""

    def install(python: Path) -> None:
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "zensical"], check=True)

    python = ensure(
        ROOT / ".venv-zensical",
        f"zensical, newest on {dt.date.today()}\n",
        make=lambda env: venv.create(env, with_pip=True),
        install=install,
    )
    version = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m; print(m.version('zensical'))"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return python, version


def build(cmd: list[str], project: Path, site: Path) -> tuple[int, float, str]:
    start = time.monotonic()
    done = subprocess.run(cmd, cwd=project, env=ENV, capture_output=True, text=True, timeout=1800)
    if site.exists() is False and (project / "site").exists():
        (project / "site").rename(site)
    return done.returncode, time.monotonic() - start, (done.stderr or done.stdout)[-2000:]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when Zensical drops a page")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    args = parser.parse_args(argv)
    work = args.keep or Path(tempfile.mkdtemp(prefix="zensical-check-"))
    project = work / "project"
    python, version = zensical()
    subprocess.run([sys.executable, "-m", "pywebcompare", "write-site", str(project)], cwd=ROOT, env=ENV, check=True)
    code, took, log = build(
        [sys.executable, "-m", "mkdocs", "build", "-q", "--site-dir", str(work / "mkdocs-site")],
        project,
        work / "mkdocs-site",
    )
    if code:
        print(f"stock MkDocs failed on the plain project:\n{log}")
        return 1
    print(f"stock MkDocs + Material: {len(published(work / 'mkdocs-site'))} pages and files in {took:.0f} s")
    code, took, log = build(
        [str(python.parent / "zensical"), "build", "-f", "mkdocs.yml"], project, work / "zensical-site"
    )
    if code or not (work / "zensical-site").exists():
        print(f"Zensical {version} failed (exit {code}) after {took:.0f} s:\n{log}")
        return 1 if args.strict else 0
    ours, theirs = published(work / "mkdocs-site"), published(work / "zensical-site")
    dropped, added = sorted(ours - theirs), sorted(theirs - ours)
    print(f"Zensical {version}: {len(theirs)} pages and files in {took:.0f} s; drops {len(dropped)}, adds {len(added)}")
    for name, items in (("dropped", dropped), ("added", added)):
        for item in items[:40]:
            print(f"  {name}: {item}")
        if len(items) > 40:
            print(f"  ... and {len(items) - 40} more {name}")
    return 1 if args.strict and dropped else 0


if __name__ == "__main__":
    sys.exit(main())
