"""The behaviour pages in Chromium: the search box finds them by status code and words, and a cell of
the table opens its framework's exact exchange."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from support import search

from pywebcompare.evidence import assemble

DATA = assemble.load()


@pytest.mark.parametrize(
    "query, probes",
    [
        ("422", {"invalid-body", "malformed-json", "path-int-text", "query-int-text", "missing-query-param"}),
        ("405", {"wrong-method", "head-on-get", "options-on-get"}),
        ("308", {"missing-trailing-slash"}),
        ("trailing slash", {"missing-trailing-slash", "extra-trailing-slash"}),
        ("Method Not Allowed", {"wrong-method", "head-on-get", "options-on-get"}),
    ],
)
def test_search_finds_a_behaviour_page_first(page, base_url, query, probes):
    first = search(page, base_url, query)
    assert first.split("#")[0].rstrip("/").rsplit("/", 1)[-1] in probes and "/behaviour/" in first


def test_a_cell_opens_the_exact_response(page, base_url):
    fid, probe = "fastapi", "invalid-body"
    record = DATA.behaviour["records"][fid]["results"][probe]
    page.goto(base_url + "behaviour/")
    page.locator(f"#{probe} a[href$='#{fid}']").click()
    expect(page).to_have_url(base_url + f"behaviour/{probe}/#{fid}")
    heading = page.locator(f"h2#{fid}")
    expect(heading).to_be_in_viewport()
    expect(heading).to_contain_text(f"{record['status']}")
    expect(page.locator(f"h2#{fid} ~ pre").first).to_contain_text(record["body"][:60])
