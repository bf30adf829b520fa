"""axe-core finds no accessibility violation on any kind of page, in light and dark mode."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

PAGES = {
    "home": "",
    "framework": "frameworks/flask/",
    "pair": "compare/fastapi-vs-flask/",
    "matrix": "features/",
    "feature": "features/dependency-injection/",
    "guide": "guides/async-api/",
    "guides": "guides/",
    "questionnaire": "choose/?building=json-api&load=many",
    "compare picker": "compare/?fw=flask,fastapi,django",
    "claims": "claims/",
    "changes": "changes/",
    "code index": "code/",
    "code task": "code/middleware-cors/",
    "performance": "performance/",
}


@pytest.fixture(scope="module")
def axe():
    return Axe()


def violations(axe, pg):
    result = axe.run(pg)
    return [f"{v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']][:3]}" for v in result.response["violations"]]


@pytest.mark.parametrize("kind", PAGES)
def test_no_axe_violations(kind, page, base_url, axe):
    page.goto(base_url + PAGES[kind])
    page.wait_for_load_state("networkidle")
    found = violations(axe, page)
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "kind", ["home", "pair", "questionnaire", "code task", "performance", "matrix", "compare picker"]
)
def test_no_axe_violations_in_dark_mode(kind, page, base_url, axe):
    page.emulate_media(color_scheme="dark")
    page.goto(base_url + PAGES[kind])
    page.wait_for_load_state("networkidle")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    found = violations(axe, page)
    assert not found, "\n".join(found)


def test_search_results_have_no_violations(page, base_url, axe):
    page.goto(base_url)
    page.keyboard.press("/")
    page.keyboard.type("flask")
    page.locator(".md-search-result__item").first.wait_for()
    found = violations(axe, page)
    assert not found, "\n".join(found)
