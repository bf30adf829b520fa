"""Shared fixtures: a small valid data root to break on purpose, and the real site built once.

Tests live in three folders, each marked by its folder: tests/unit (no build, no browser),
tests/site (the built site), tests/browser (the built site in Chromium).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from support import ARGS, CHROMIUM, FIXTURES, ROOT, build_site, copy_project, serve


@pytest.fixture
def data_root(tmp_path) -> Path:
    """A copy of tests/fixtures: valid data with two frameworks, for a test to break."""
    shutil.copytree(FIXTURES / "data", tmp_path / "data")
    return tmp_path


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The real site, built strictly once for the whole session."""
    out = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, out)
    assert result.returncode == 0, result.stderr[-3000:]
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings == []
    return out


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


def pytest_collection_modifyitems(config, items):
    for item in items:
        kind = Path(item.fspath).parent.name
        if kind in ("unit", "site", "browser", "examples"):
            item.add_marker(getattr(pytest.mark, kind))
