"""Where pages live and where their links go; when the shared Site is rebuilt; which facts are stale."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from pywebcompare.data import freshness
from pywebcompare.evidence import assemble
from pywebcompare.site import state as site
from pywebcompare.site import urls
from pywebcompare.site.urls import Links


def test_every_page_kind_has_its_source_path():
    assert urls.framework_src("flask") == "frameworks/flask.md"
    assert urls.feature_src("orm") == "features/orm.md"
    assert urls.guide_src("microservice") == "guides/microservice.md"
    assert urls.pair_src("flask", "django") == "compare/django-vs-flask.md"
    assert (urls.code_src(), urls.code_src("hello"), urls.code_src("")) == (
        "code/index.md",
        "code/hello.md",
        "code/index.md",
    )
    assert urls.framework_file("flask") == "data/frameworks/flask.yaml"


def test_url_of_and_base_for():
    assert urls.url_of("guides/index.md") == "guides/"
    assert urls.url_of("about.md") == "about/"
    assert urls.url_of("code/hello.md") == "code/hello/"
    assert urls.base_for("code/") == "../"


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("http://a.example/", True),
        ("https://a.example/x?y=1", True),
        ("ftp://a.example/", False),
        (" https://a.example/", False),
        ("/relative/", False),
        ("", False),
        (None, False),
        (42, False),
    ],
)
def test_safe_url(url, kept):
    assert urls.safe_url(url) == (url if kept else "")


def test_edit_links_default_to_main_and_ignore_a_trailing_slash():
    assert Links("https://github.com/o/r").edit("data/x.yaml") == "https://github.com/o/r/edit/main/data/x.yaml"
    assert Links("https://github.com/o/r/").edit("data/x.yaml") == "https://github.com/o/r/edit/main/data/x.yaml"


def test_a_report_link_prefills_the_issue_form():
    links = Links("https://github.com/o/r/", "dev")
    assert links.report("data/x.yaml", "Flask") == (
        "https://github.com/o/r/issues/new?template=wrong-data.yml&title=%5Bdata%5D+Flask%3A+&data-file=data%2Fx.yaml"
    )
    assert links.report("data/x.yaml", "Flask", "features.asgi") == (
        "https://github.com/o/r/issues/new?template=wrong-data.yml"
        "&title=%5Bdata%5D+Flask+%28features.asgi%29%3A+&data-file=data%2Fx.yaml"
        "&what=In+data%2Fx.yaml%2C+features.asgi%3A+"
    )


# -- the shared Site ---------------------------------------------------------------------------------


@pytest.fixture
def project(monkeypatch, data_root):
    monkeypatch.setattr(site, "ROOT", data_root)
    monkeypatch.setattr(site, "_cache", {})
    for d in ("schemas", "templates", "examples"):
        (data_root / d).mkdir()
        (data_root / d / "x.txt").write_text("one")
    return data_root


def test_the_site_carries_the_repository_branch_and_address(project):
    first = site.current("https://example.org/r")
    assert (first.links, first.site_url) == (Links("https://example.org/r", "main"), "")
    other = site.current("https://example.org/r", "dev", "https://site.example/")
    assert (other.links.branch, other.site_url) == ("dev", "https://site.example/")
    assert site.current("https://example.org/r", "dev", "https://other.example/") is not other
    assert len(site._cache) == 1  # only the newest is kept, so `serve` does not pile up old sites


@pytest.mark.parametrize("folder", ["data", "schemas", "templates", "examples"])
def test_an_edit_in_any_watched_folder_makes_a_new_site(project, folder):
    first = site.current("https://example.org/r")
    (project / folder / "new.txt").write_text("new")
    assert site.current("https://example.org/r") is not first


def test_an_edit_of_the_same_size_or_a_new_size_at_the_same_time_is_seen(project):
    path = project / "templates/x.txt"
    first = site.current("https://example.org/r")
    stat = path.stat()
    path.write_text("two")  # same size, later time
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    second = site.current("https://example.org/r")
    assert second is not first
    stat = path.stat()
    path.write_text("three")  # new size, same time
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert site.current("https://example.org/r") is not second


def test_folders_and_unwatched_files_do_not_count(project):
    first = site.current("https://example.org/r")
    (project / "data" / "empty-folder").mkdir()
    (project / "notes.txt").write_text("not watched")
    assert site.current("https://example.org/r") is first


# -- freshness ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("months", "on", "expected"),
    [
        (3, dt.date(2026, 1, 15), dt.date(2025, 10, 15)),  # back across a year
        (12, dt.date(2026, 12, 31), dt.date(2025, 12, 31)),
        (0, dt.date(2026, 5, 31), dt.date(2026, 5, 31)),
        (1, dt.date(2024, 3, 31), dt.date(2024, 2, 29)),  # clamped to a leap February
        (12, dt.date(2024, 2, 29), dt.date(2023, 2, 28)),
        (1, dt.date(2026, 5, 31), dt.date(2026, 4, 30)),
        (13, dt.date(2026, 1, 30), dt.date(2024, 12, 30)),
    ],
)
def test_cutoff(months, on, expected):
    assert freshness.cutoff(months, on) == expected


def test_cutoff_defaults_to_twelve_months_before_today(monkeypatch):
    monkeypatch.setattr(freshness, "today", lambda: dt.date(2026, 7, 4))
    assert freshness.cutoff() == dt.date(2025, 7, 4)
    assert freshness.DEFAULT_MONTHS == 12


def test_a_fact_checked_on_the_cutoff_day_is_not_stale(data_root):
    data = assemble.load(data_root)  # its files were checked 2026-01-10 (tasks and examples 2026-11-01)
    assert list(freshness.stale_items(data, 12, dt.date(2027, 1, 10))) == []
    stale = list(freshness.stale_items(data, 12, dt.date(2027, 1, 11)))
    assert ("data/frameworks/beta.yaml", 9, ("facts", "license"), "2026-01-10") in stale
    assert ("data/claims.yaml", 9, ("claims", 0, "evidence", 0), "2026-01-10") in stale  # a `url`, not a `source`
    assert len(stale) == len(set(stale))  # each fact once


def test_stale_items_default_to_twelve_months(monkeypatch, data_root):
    monkeypatch.setattr(freshness, "today", lambda: dt.date(2027, 1, 11))
    assert list(freshness.stale_items(assemble.load(data_root)))


def test_nearest_checked_takes_the_closest_date_above():
    data = {"checked": "2026-01-01", "a": {"checked": "2026-02-02", "b": [{"c": {"source": "s"}}]}, "d": {"e": 1}}
    assert freshness.nearest_checked(data, ("a", "b", 0, "c")) == "2026-02-02"
    assert freshness.nearest_checked(data, ("d",)) == "2026-01-01"
    assert freshness.nearest_checked({"d": {}}, ("d",)) == ""


def test_a_renamed_file_makes_a_new_site(project):
    first = site.current("https://example.org/r")
    (project / "templates/x.txt").rename(project / "templates/y.txt")  # same size, same time
    assert site.current("https://example.org/r") is not first


def test_only_the_trailing_slash_of_the_repository_is_dropped():
    links = Links("https://github.com/o/BOX/")  # a name ending in a capital X keeps it
    assert links.edit("data/x.yaml") == "https://github.com/o/BOX/edit/main/data/x.yaml"
    assert links.report("data/x.yaml", "X").startswith("https://github.com/o/BOX/issues/new?")
