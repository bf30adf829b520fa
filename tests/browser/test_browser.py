"""The built site in a real browser (Debian's Chromium through Playwright), served on 127.0.0.1."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from support import search, serve


@pytest.mark.parametrize(
    "query,expected",
    [
        ("Starlette", "frameworks/starlette/"),
        ("Flask", "frameworks/flask/"),
        ("dependency injection", "features/dependency-injection/"),
        ("websockets", "features/websockets/"),
        ("hug", "retired/hug/"),  # a retired framework readers still search for
        ("Django Ninja vs FastAPI", "compare/django-ninja-vs-fastapi/"),
    ],
)
def test_search_finds_the_framework_or_feature_page_first(page, base_url, query, expected):
    assert search(page, base_url, query).endswith(expected)


def column_values(pg, col):
    return pg.eval_on_selector_all(
        f"[data-pwc-matrix] tbody[data-category=apis] tr:not(.pwc-group) td[data-col={col}]",
        "cells => cells.map(c => +c.dataset.sort)",
    )


def test_matrix_sorts_with_mouse_and_keyboard(page, base_url):
    page.goto(base_url + "features/")
    header = page.locator("[data-pwc-matrix] thead th[data-col=flask]")
    header.get_by_role("button").click()
    assert header.get_attribute("aria-sort") == "descending"
    values = column_values(page, "flask")  # each category sorts within its group
    assert values == sorted(values, reverse=True) and len(set(values)) > 1
    header.get_by_role("button").focus()
    page.keyboard.press("Enter")
    assert header.get_attribute("aria-sort") == "ascending"
    assert column_values(page, "flask") == sorted(values)
    # sort by feature name, with the keyboard
    name = page.locator("[data-pwc-matrix] thead th").first
    name.get_by_role("button").focus()
    page.keyboard.press("Space")
    names = page.eval_on_selector_all(
        "[data-pwc-matrix] tbody[data-category=apis] th[scope=row]",
        "e => e.map(x => x.textContent.trim().toLowerCase())",
    )
    assert names == sorted(names) and len(names) > 2
    group = page.locator("[data-pwc-matrix] tbody[data-category=apis] tr").first
    expect(group).to_have_class("pwc-group")  # the group's heading stays first


def test_matrix_filters_by_category_and_framework(page, base_url):
    page.goto(base_url + "features/")
    total = page.locator("[data-pwc-matrix] tbody tr:not(.pwc-group)").count()
    page.locator("[data-filter-category]").select_option("security")
    visible = page.locator("[data-pwc-matrix] tbody:not([hidden]) tr:not(.pwc-group):not([hidden])")
    assert 0 < visible.count() < total
    assert set(
        page.eval_on_selector_all("[data-pwc-matrix] tbody:not([hidden])", "b => b.map(x => x.dataset.category)")
    ) == {"security"}
    page.locator("summary", has_text="Frameworks").click()
    box = page.locator("[data-filter-framework][value=django]")
    box.focus()
    page.keyboard.press("Space")  # untick with the keyboard
    expect(page.locator("[data-pwc-matrix] th[data-col=django]")).to_be_hidden()
    expect(page.locator("[data-pwc-matrix] tr:not([hidden]) td[data-col=django]").first).to_be_hidden()
    expect(
        page.locator("[data-pwc-matrix] tbody:not([hidden]) tr:not([hidden]) td[data-col=flask]").first
    ).to_be_visible()
    expect(page.locator("[data-status]")).to_contain_text("frameworks")


def test_matrix_without_javascript_is_a_plain_table(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(base_url + "features/")
    expect(pg.locator("[data-controls]")).to_be_hidden()
    assert pg.locator("[data-pwc-matrix] tbody tr:not(.pwc-group)").count() >= 28
    expect(pg.locator("[data-pwc-matrix] td[data-col=flask]").first).to_be_visible()
    context.close()


def test_compare_picker_round_trips_its_url(page, base_url):
    page.goto(base_url + "compare/?fw=flask,fastapi,django")
    for fid in ("flask", "fastapi", "django"):
        expect(page.locator(f"input[name=fw][value={fid}]")).to_be_checked()
    headers = page.locator("[data-pwc-matrix] thead th:not([hidden])")
    expect(headers).to_have_count(4)
    page.locator("input[name=fw][value=django]").uncheck()
    expect(page.locator("a.pwc-pair-link")).to_have_attribute("href", "../compare/fastapi-vs-flask/")
    assert page.url.endswith("compare/?fw=flask,fastapi")
    shared = page.url
    page.goto(shared)  # the shared address restores the same choice
    expect(page.locator("input[name=fw][value=flask]")).to_be_checked()
    expect(page.locator("input[name=fw][value=django]")).not_to_be_checked()
    page.locator("a.pwc-pair-link").click()
    page.wait_for_url("**/compare/fastapi-vs-flask/")


def test_reversed_pair_leads_to_the_canonical_page(page, base_url):
    page.goto(base_url + "compare/flask-vs-fastapi/")
    page.wait_for_url("**/compare/fastapi-vs-flask/")
    expect(page.locator("h1")).to_have_text("FastAPI vs Flask")


def test_dark_mode_toggles_by_mouse_and_keyboard_and_the_choice_is_kept(page, base_url):
    page.goto(base_url)
    body = page.locator("body")
    scheme = body.get_attribute("data-md-color-scheme")
    page.locator("form[data-pwc-palette] label:visible").first.click()
    other = body.get_attribute("data-md-color-scheme")
    assert {scheme, other} == {"default", "slate"}
    page.goto(base_url + "features/")  # the choice is kept from page to page
    expect(body).to_have_attribute("data-md-color-scheme", other)
    page.locator("form[data-pwc-palette] input:checked").focus()
    page.keyboard.press("Enter")
    expect(body).to_have_attribute("data-md-color-scheme", scheme)
    expect(page.locator("form[data-pwc-palette] input:checked")).to_be_focused()
    expect(page.locator("meta[name=theme-color]")).to_have_attribute("content", re.compile(r"^rgb"))


def test_a_broken_stored_choice_falls_back_to_the_system_scheme(browser, base_url):
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    page.add_init_script(
        "localStorage.setItem(new URL('.', location.origin + '/').pathname + '.__palette', '{not json')"
    )
    page.goto(base_url + "features/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.locator("form[data-pwc-palette] label:visible").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")
    context.close()


# Records every change to <body>'s colour attributes, and whether the page's content existed by then.
WATCH_BODY = """
window.__bodyChanges = [];
new MutationObserver(records => records.forEach(r => {
  if (r.target === document.body) window.__bodyChanges.push([r.attributeName, !!document.querySelector(".md-main")]);
})).observe(document, {attributes: true, subtree: true});
"""


@pytest.mark.parametrize("system,scheme,toggle", [("light", "default", "dark"), ("dark", "slate", "light")])
def test_first_visit_takes_the_system_scheme_before_the_content_is_parsed(browser, base_url, system, scheme, toggle):
    # Changing <body>'s colour attributes once the content exists restyles every element of the page
    # (the theme's own palette script did so three times per load: 180 ms of style work on the matrix).
    context = browser.new_context(color_scheme=system)
    page = context.new_page()
    page.add_init_script(WATCH_BODY)
    page.goto(base_url + "features/", wait_until="load")
    page.wait_for_timeout(300)  # past the frame after load, when the theme used to undo its marking
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", scheme)
    expect(page.locator("form[data-pwc-palette] label:visible")).to_have_attribute("title", f"Switch to {toggle} mode")
    assert [name for name, late in page.evaluate("window.__bodyChanges") if late] == []
    context.close()


def test_questionnaire_ranks_explains_and_keeps_answers_in_the_url(page, base_url):
    page.goto(base_url + "choose/")
    expect(page.locator("[data-result]")).to_contain_text("Answer a question")
    page.get_by_label("A JSON API").check()
    page.get_by_label("Many; requests mostly wait on databases or other services").check()
    page.get_by_label("Yes, from type hints").check()
    ranked = page.locator("ol.pwc-ranked > li")
    expect(ranked.first).to_be_visible()
    assert ranked.count() >= 12
    first = ranked.first.get_attribute("data-framework")
    from urllib.parse import parse_qsl, urlsplit

    from test_decisions import python_rank

    answers = dict(parse_qsl(urlsplit(page.url).query))
    leaders = {fid for fid, _, place in python_rank(answers) if place == 1}
    assert first in leaders  # the page ranks as Python does for the answers its address holds
    assert ranked.last.get_attribute("data-framework") != first
    ranked.first.locator("summary").click()
    expect(ranked.first.locator("details li").first).to_contain_text("You answered")
    assert "building=json-api" in page.url and "load=many" in page.url
    shared = page.url
    page.goto(shared)  # the shared address restores the answers and the ranking
    expect(page.get_by_label("A JSON API")).to_be_checked()
    expect(page.locator("ol.pwc-ranked > li").first).to_have_attribute("data-framework", first)
    page.get_by_role("button", name="Start again").click()
    expect(page.locator("[data-result]")).to_contain_text("Answer a question")
    assert "?" not in page.url


def test_questionnaire_without_javascript_reads_as_a_guide(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(base_url + "choose/")
    assert pg.locator("fieldset").count() >= 5
    expect(pg.locator(".pwc-weights").first).to_contain_text("Counts:")
    expect(pg.locator("[data-result]")).to_contain_text("decision guides")
    context.close()


def hostile_urls(site, data) -> list[str]:
    """One page of every kind, plus the pages whose script draws data: the questionnaire with every
    question answered and the compare page with every framework picked."""
    pages = sorted(p.parent.relative_to(site).as_posix() for p in site.rglob("index.html"))
    pages = [p for p in pages if 'http-equiv="refresh"' not in (site / p / "index.html").read_text()[:600]]
    seen, urls = {}, []
    for p in pages:  # at most two pages per section: its index and one generated page
        section = p.split("/")[0] if p != "." else ""
        if seen.get(section, 0) < 2:
            seen[section] = seen.get(section, 0) + 1
            urls.append("" if p == "." else p + "/")
    answers = "&".join(f"{q['id']}={q['answers'][0]['id']}" for q in data.guides["questions"])
    urls.append("choose/?" + answers)
    urls.append("compare/?fw=" + ",".join(data.frameworks))
    urls.append("features/?fw=" + ",".join(list(data.frameworks)[:3]) + "&only=differences")
    return urls


def test_injected_markup_stays_inert_in_the_browser(browser, hostile_site):
    from pywebcompare.evidence import assemble

    data = assemble.load()
    url, server = serve(hostile_site)
    try:
        pg = browser.new_page()
        dialogs = []
        pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        urls = hostile_urls(hostile_site, data)
        assert len(urls) >= 14
        for path in urls:
            pg.goto(url + path)
            pg.wait_for_load_state("networkidle")
            assert pg.evaluate("window.__pwned") is None, path
            assert pg.locator("img[src=x], [onerror]").count() == 0, path
            assert pg.evaluate("[...document.scripts].filter(s => s.text.includes('__pwned')).length") == 0, path
        pg.goto(url + "compare/?fw=" + ",".join(data.frameworks))
        pg.wait_for_load_state("networkidle")
        expect(pg.locator("main")).to_contain_text("<img src=x onerror=__pwned=1>")  # drawn as text
        pg.goto(url + "frameworks/flask/")
        expect(pg.locator("h1")).to_contain_text("<img src=x onerror=__pwned=1>")
        assert dialogs == []
        pg.close()
    finally:
        server.shutdown()
