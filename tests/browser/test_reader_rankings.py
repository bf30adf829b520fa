"""What a reader still tripped on (issue 24, items 4, 5, 9, 12; issue 21's filters), in Chromium at
1280x800 and 390x844: pair pages' first screen chosen by what decides, rankings scored only on what
the reader asked, flags on frameworks nobody is known to use or that stopped releasing, one date for
every age, notes that say when they were checked, and filters by kind and health. Each test failed
before its fix."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from pywebcompare.evidence import assemble

DATA = assemble.load()
WIDE, PHONE = (1280, 800), (390, 844)
SIZES = {"1280x800": WIDE, "390x844": PHONE}


@pytest.fixture(params=list(SIZES.values()), ids=list(SIZES))
def sized(request, browser):
    size = request.param
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.size = size
    yield pg
    assert pg.errors == [], pg.errors
    context.close()


# -- 4. a pair page's first screen: what decides, explained, with a table of contents ------------------
@pytest.mark.parametrize(
    "pair, expected",
    [
        ("fastapi-vs-flask", {"request-validation", "openapi"}),
        ("django-vs-litestar", {"admin", "openapi"}),
    ],
)
def test_pair_biggest_differences_are_what_the_guides_weigh_one_row_per_concept(page, base_url, pair, expected):
    page.goto(base_url + f"compare/{pair}/")
    rows = page.locator(".pwc-decisive li")
    expect(rows.first).to_be_visible()
    concepts = rows.evaluate_all("ls => ls.map(l => l.dataset.concept)")
    assert expected <= set(concepts), concepts
    assert not {"wsgi", "asgi"} <= set(concepts), concepts  # one interface row at most, never two
    assert len(concepts) == len(set(concepts)) <= 5
    expect(page.locator(".pwc-decisive")).to_contain_text("decision guides weigh")


def test_a_percent_on_a_pair_page_says_what_it_is(page, base_url):
    page.goto(base_url + "compare/fastapi-vs-flask/")
    box = page.locator(".pwc-answer-box")
    expect(box.locator(".pwc-score").first).to_contain_text("%")
    expect(box).to_contain_text("A percent is the share of a guide's weighted points a framework earns")


def test_pair_page_sentences_are_whole_under_their_headings(page, base_url):
    from pywebcompare.site.guides import pick_when

    fallback = next((a, b) for a, b in DATA.pairs() if not all(pick_when(DATA, a, b).values()))
    for a, b in ("fastapi", "flask"), fallback:
        page.goto(base_url + f"compare/{a}-vs-{b}/")
        for section in page.locator(".pwc-pick-when").all():
            heading = section.locator("h2").inner_text().rstrip("¶").strip()
            assert not heading.endswith(" is"), heading
            for item in section.locator("li, p").all_inner_texts():
                assert item[:1].isupper(), (a, b, heading, item)
    expect(page.locator(".pwc-pick-when").last.locator("p, li").first).to_be_visible()


def test_a_pair_page_has_a_table_of_contents(sized, base_url):
    pg = sized
    pg.goto(base_url + "compare/fastapi-vs-flask/")
    if pg.size == WIDE:  # the theme's sidebar
        toc = pg.locator("nav.md-nav--secondary a[href='#where-they-differ']")
        expect(pg.locator(".pwc-contents")).to_be_hidden()
    else:  # on a phone, inside the page
        pg.locator(".pwc-contents summary").click()
        toc = pg.locator(".pwc-contents a[href='#where-they-differ']")
    expect(toc).to_be_visible()
    toc.click()
    expect(pg.locator("#where-they-differ")).to_be_in_viewport()
    assert pg.evaluate("() => document.documentElement.scrollWidth") <= pg.size[0]

