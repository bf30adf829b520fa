"""What the tests share, importable by any test module (`from support import ROOT, run_cli`): the
project's folders, the real command line, a strict build, a copy of the project, a local server and
the keyboard search. Fixtures stay in conftest.py."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_cli(*args, root: Path | None = None) -> subprocess.CompletedProcess:
    """The real command line, as a contributor runs it."""
    cmd = [sys.executable, "-m", "pywebcompare"] + (["--root", str(root)] if root else []) + list(args)
    return subprocess.run(cmd, cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=60)


def build_site(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )


def top_level_ignore(*top: str, anywhere: tuple[str, ...] = ("__pycache__",)):
    """A copytree ignore that leaves out folders of the project root by name (`site/`, the build, and
    never `pywebcompare/site/`), and `anywhere` names at any depth."""

    def ignore(folder, names):
        here = Path(folder).resolve() == ROOT
        return {n for n in names if n in anywhere or (here and n in top)}

    return ignore


def copy_project(dest: Path, *keep: str) -> Path:
    """The project without its environments, build, git history, node modules, benchmarks and (unless
    `keep` names them) tests."""
    leave = {
        ".venv",
        ".venv-examples",
        ".venv-bench",
        "site",
        ".git",
        "tests",
        "node_modules",
        "benchmarks",
        ".cache",
        "shots",
    }
    shutil.copytree(ROOT, dest, ignore=top_level_ignore(*(leave - set(keep))))
    return dest


CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    """Serve a folder on 127.0.0.1 on a free port; returns (base URL, server)."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}/", server


def search(pg, base_url, query):
    """Type a query into the theme's search from the keyboard; the first result's link."""
    from playwright.sync_api import expect

    pg.goto(base_url)
    pg.keyboard.press("/")  # Material's shortcut: search is reachable from the keyboard
    box = pg.locator("input.md-search__input")
    expect(box).to_be_focused()
    pg.keyboard.type(query)
    # The theme searches at every keystroke, so results for a prefix of the query ("fastapi or")
    # show first; wait until the results highlight the query's whole last word.
    last = re.compile(re.escape(query.split()[-1]), re.IGNORECASE)
    expect(pg.locator(".md-search-result mark").filter(has_text=last)).not_to_have_count(0)
    first = pg.locator(".md-search-result__item a").first
    expect(first).to_be_visible()
    return first.get_attribute("href").split("?")[0]


def cites(source: str, hrefs: list[str]) -> bool:
    """A link to the source; a fact from a package-index snapshot cites the snapshot file in the repository."""
    return source in hrefs or (source.startswith("data/") and any(h.endswith("/" + source) for h in hrefs))
