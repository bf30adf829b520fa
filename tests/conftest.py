"""Shared fixtures: a small valid data root to break on purpose, and the real site built once.

Tests live in three folders, each marked by its folder: tests/unit (no build, no browser),
tests/site (the built site), tests/browser (the built site in Chromium).
"""

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
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def run_cli(*args, root: Path | None = None) -> subprocess.CompletedProcess:
    """The real command line, as a contributor runs it."""
    cmd = [sys.executable, "-m", "pywebcompare"] + (["--root", str(root)] if root else []) + list(args)
    return subprocess.run(cmd, cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=60)


@pytest.fixture
def data_root(tmp_path) -> Path:
    """A copy of tests/fixtures: valid data with two frameworks, for a test to break."""
    shutil.copytree(FIXTURES / "data", tmp_path / "data")
    return tmp_path


def build_site(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built strictly once for the whole session."""
    out = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, out)
    assert result.returncode == 0, result.stderr[-3000:]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings == []
    return out


def copy_project(dest: Path) -> Path:
    shutil.copytree(
        ROOT,
        dest,
        ignore=shutil.ignore_patterns(
            ".venv", ".venv-examples", "site", ".git", "tests", "node_modules", "benchmarks", "__pycache__"
        ),
    )
    return dest


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The real site built from the real data with hostile text in every field that accepts it."""
    import datetime as dt

    import hostile

    tmp = tmp_path_factory.mktemp("hostile")
    project = copy_project(tmp / "project")
    covered = hostile.inject(project, dt.date.today())
    assert sum(covered.values()) > 1000, covered  # every kind of data file holds some
    result = build_site(project, tmp / "site")
    assert result.returncode == 0, result.stderr[-2000:]
    return tmp / "site"


# -- a real browser (Debian's Chromium through Playwright) on the site served at 127.0.0.1 --


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


@pytest.fixture(scope="session")
def base_url(site):
    url, server = serve(site)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import expect, sync_playwright  # only browser tests need it

    expect.set_options(timeout=15_000)  # CI has two slow cores; a real failure still fails
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and every host it contacts."""
    context = browser.new_context()
    pg = context.new_page()
    pg.errors, pg.hosts = [], set()
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("request", lambda r: pg.hosts.add(urlsplit(r.url).hostname))
    yield pg
    assert pg.errors == [], pg.errors
    assert pg.hosts <= {"127.0.0.1"}, pg.hosts
    context.close()


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


def pytest_collection_modifyitems(config, items):
    for item in items:
        kind = Path(item.fspath).parent.name
        if kind in ("unit", "site", "browser"):
            item.add_marker(getattr(pytest.mark, kind))
