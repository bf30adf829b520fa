"""The model and the page functions on small data: pairs, ordering, dates, and text from strangers kept inert."""

from __future__ import annotations

import datetime as dt

import pytest

from pywebcompare.data import dataset, freshness
from pywebcompare.evidence import assemble
from pywebcompare.site import pages
from pywebcompare.site.compare import compare
from pywebcompare.site.urls import Links, base_for, pair_id, safe_url


@pytest.fixture
def fixture_data(data_root):
    return assemble.load(data_root)


EVIL_NAME = 'Evil<script>window.__pwned="n"</script>'
EVIL_NOTE = (
    'A note with <img src=x onerror="window.__pwned = 1"> [click](javascript:alert(2)) {{ config }}.'  # a sentence
)


def inject(root):
    path = root / "data/frameworks/alpha.yaml"
    text = path.read_text().replace("name: Alpha", f"name: '{EVIL_NAME}'")
    text = text.replace("note: Routes are declared with a decorator.", f"note: '{EVIL_NOTE}'")
    path.write_text(text)


def test_pairs_are_alphabetical_and_complete(fixture_data):
    assert fixture_data.pairs() == [("alpha", "beta")]
    assert pair_id("beta", "alpha") == "alpha-vs-beta"


def test_compare_puts_differences_first(fixture_data):
    c = compare(fixture_data, "beta", "alpha")
    assert c["ids"] == ("alpha", "beta")
    assert [r["feature"]["id"] for r in c["differ"]] == ["orm"]  # third-party vs none
    assert [r["feature"]["id"] for r in c["alike"]] == ["routing"]


def test_checked_date_falls_back_to_the_file(fixture_data):
    fw = fixture_data.frameworks["alpha"]
    assert fixture_data.checked("alpha", fw["features"]["orm"]) == "2026-01-10"
    assert fixture_data.checked("alpha", {"checked": "2025-05-05"}) == "2025-05-05"


def test_stale_items_use_the_cutoff(fixture_data):
    assert freshness.cutoff(12, dt.date(2026, 2, 28)) == dt.date(2025, 2, 28)
    assert freshness.cutoff(1, dt.date(2026, 3, 31)) == dt.date(2026, 2, 28)
    assert list(freshness.stale_items(fixture_data, 12, dt.date(2026, 6, 1))) == []
    stale = list(freshness.stale_items(fixture_data, 12, dt.date(2027, 6, 1)))
    assert ("data/frameworks/alpha.yaml", 16, ("features", "routing"), "2026-01-10") in stale


def test_only_http_links_reach_an_href():
    assert safe_url("https://a.example/") == "https://a.example/"
    assert safe_url("javascript:alert(1)") == "" and safe_url("data:text/html,x") == ""


def test_relative_base():
    assert (base_for(""), base_for("frameworks/flask/"), base_for("compare/a-vs-b/")) == ("", "../../", "../../")


def test_injected_markup_is_escaped_in_every_page(data_root):
    inject(data_root)
    data = assemble.load(data_root)
    site = pages.Site(data, Links("https://example.org/r"))
    for page in pages.all_pages(site):
        text = page.html
        assert "<script>" not in text and "<img" not in text, page.src
        assert "javascript:" not in text.replace("[click](javascript:alert(2))", ""), page.src
    alpha = pages.framework_page(site, "alpha")
    assert "&lt;img src=x onerror=&#34;window.__pwned = 1&#34;&gt;" in alpha.html
    assert alpha.title == EVIL_NAME  # plain text; the engine glue escapes it where it prints it


def test_stale_honours_the_nearest_checked_date(data_root):
    """A claim's own `checked` date covers its evidence, whatever the file's date says."""
    path = data_root / "data/claims.yaml"
    text = path.read_text().replace("checked: 2026-01-10", "checked: 2020-01-01", 1)
    path.write_text(text)
    old = list(freshness.stale_items(assemble.load(data_root), 12, dt.date(2026, 6, 1)))
    assert [(name, p) for name, _, p, _ in old] == [("data/claims.yaml", ("claims", 0, "evidence", 0))]
    path.write_text(text.replace("    verdict: 'true'\n", "    verdict: 'true'\n    checked: 2026-01-10\n", 1))
    assert list(freshness.stale_items(assemble.load(data_root), 12, dt.date(2026, 6, 1))) == []


def test_stale_leaves_tool_written_files_to_their_tools():
    """Speed runs, snapshots and pass records carry no `checked` date: the tool that wrote them dates them."""
    rows = list(freshness.stale_items(assemble.load(), 12, dt.date(2026, 12, 1)))
    derived = tuple(k.path for k in dataset.KINDS if k.derived)
    assert not [r for r in rows if r[0].startswith(derived)]
    assert any(k.derived and k.folder for k in dataset.KINDS)  # the real data has such files
