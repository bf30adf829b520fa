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


# -- 5. rankings score only what the reader asked, show each weight, flag what a reader must know ------
def ranking_of(page, base_url, query):
    page.goto(base_url + "choose/?" + query)
    items = page.locator("[data-result] li[data-framework]")
    expect(items.first).to_be_visible()
    return items.evaluate_all("ls => ls.map(l => [l.dataset.framework, l.dataset.percent])")


def test_an_answer_that_asks_for_nothing_scores_nothing(page, base_url):
    page.goto(base_url + "choose/?team=nothing-yet")
    expect(page.locator("[data-result]")).to_contain_text("change nothing in the ranking")
    asked = ranking_of(page, base_url, "building=json-api")
    assert ranking_of(page, base_url, "building=json-api&team=nothing-yet") == asked


def test_the_questionnaire_shows_each_criterion_and_its_weight(page, base_url):
    from pywebcompare.data.vocab import WEIGHTS
    from pywebcompare.site.guides import ranker_for

    ranker = ranker_for(DATA)
    questions = {q["id"]: {a["id"]: a for a in q["answers"]} for q in ranker.questions()}
    needs = questions["building"]["json-api"]["needs"] + questions["load"]["many"]["needs"]
    ranking_of(page, base_url, "building=json-api&load=many")
    shown = page.locator("[data-result] .pwc-counts li").all_inner_texts()
    assert len(shown) == len(needs)
    for text, need in zip(shown, needs, strict=True):
        assert text.startswith(f"{ranker.label(need)} ({WEIGHTS[need['weight']]}, weight {need['weight']})"), text


def test_a_guide_shows_each_criterion_and_its_weight(page, base_url):
    from pywebcompare.site.guides import ranker_for

    scenario = DATA.guides["scenarios"][0]
    page.goto(base_url + f"guides/{scenario['id']}/")
    items = page.locator(".pwc-needs li").all_inner_texts()
    labels = [ranker_for(DATA).label(n) for n in scenario["needs"]]
    assert len(items) == len(scenario["needs"])
    for text, label, need in zip(items, labels, scenario["needs"], strict=True):
        assert text.startswith(label) and f"weight {need['weight']})" in text, text


def flagged():
    from pywebcompare.site.guides import flags

    return {fid: {f["id"] for f in flags(DATA, fid)} for fid in DATA.frameworks}


def test_flags_are_where_the_data_says(page, base_url):
    found = flagged()
    for fid, ids in found.items():
        assert ("unmaintained" in ids) == (DATA.index[fid]["health"] == "unmaintained"), fid
        assert ("no-known-user" in ids) == (not DATA.frameworks[fid]["users"]), fid
    assert any("unmaintained" in ids for ids in found.values())
    assert any("no-known-user" in ids for ids in found.values())


def shown_flags(locator) -> dict:
    return dict(
        locator.evaluate_all(
            "rs => rs.map(r => [r.dataset.framework, [...r.querySelectorAll('.pwc-flag')].map(f => f.className.split('--')[1]).sort()])"
        )
    )


def test_every_ranking_flags_the_unmaintained_and_the_unused(page, base_url):
    found = {fid: sorted(ids) for fid, ids in flagged().items()}
    # the questionnaire: every framework ranked, each with its flags
    ranking_of(page, base_url, "building=website")
    assert shown_flags(page.locator("[data-result] li[data-framework]")) == found
    # each guide: the full table, and the best fits with their flags
    for scenario in DATA.guides["scenarios"]:
        page.goto(base_url + f"guides/{scenario['id']}/")
        assert shown_flags(page.locator(".pwc-ranking-table tbody tr")) == found
        fits = shown_flags(page.locator("section.pwc-fit"))
        assert fits and all(fits[fid] == found[fid] for fid in fits), scenario["id"]
    # the guides' overview: every framework named as a best fit carries its flags
    page.goto(base_url + "guides/")
    names = page.locator(".pwc-guides a[href*='frameworks/']")
    for i in range(names.count()):
        fid = names.nth(i).get_attribute("href").rstrip("/").split("/")[-1]
        after = names.nth(i).evaluate(
            "a => { const out = []; for (let n = a.nextElementSibling; n && n.matches('.pwc-flag'); n = n.nextElementSibling) out.push(n.className.split('--')[1]); return out.sort(); }"
        )
        assert after == found[fid], fid


# -- 12. every cell's note says when it was checked, and since which version where known ----------------
def cells_to_open():
    """A cell with its own `checked`, one on its file's date, and one with a `since` version."""
    entries = [
        (fid, f["id"], fw["features"][f["id"]], fw) for f in DATA.features for fid, fw in DATA.frameworks.items()
    ]
    own = next(e for e in entries if "checked" in e[2])
    filed = next(e for e in entries if "checked" not in e[2])
    since = next(e for e in entries if e[2].get("since"))
    return [own, filed, since]


@pytest.mark.parametrize("which", [0, 1, 2], ids=["own date", "file's date", "since"])
def test_an_opened_note_says_when_it_was_checked_and_since_which_version(page, base_url, which):
    fid, feature, entry, fw = cells_to_open()[which]
    page.goto(base_url + "features/")
    cell = page.locator(f"[data-pwc-matrix] tr[data-row='{feature}'] td[data-col='{fid}']")
    cell.locator("a.pwc-cell").click()
    note = cell.locator(".pwc-more")
    expect(note).to_be_visible()
    expect(note).to_contain_text(f"Checked {entry.get('checked') or fw['checked']}")
    if entry.get("since"):
        expect(note).to_contain_text(f"in {fw['name']} since {entry['since']}")


# -- issue 21: filter by kind and hide the unmaintained, on the matrix, the list and the questionnaire -----
def some_kind():
    """A kind with at least two frameworks, and the frameworks the filters keep for it."""
    kinds = [fw["kind"] for fw in DATA.frameworks.values()]
    kind = max(set(kinds), key=kinds.count)
    return kind, [fid for fid, fw in DATA.frameworks.items() if fw["kind"] == kind]


def maintained_or_slowing():
    return [fid for fid in DATA.frameworks if DATA.index[fid]["health"] != "unmaintained"]


def test_the_matrix_filters_by_kind_and_hides_the_unmaintained(sized, base_url):
    pg = sized
    kind, of_kind = some_kind()
    pg.goto(base_url + "features/")
    expect(pg.locator("[data-pwc-matrix][data-js]")).to_have_count(1)
    columns = "[data-pwc-matrix] thead th[data-col]:not([hidden])"
    pg.locator("[data-filter-kind]").select_option(kind)
    pg.wait_for_url(f"**kind={kind}**")
    assert pg.eval_on_selector_all(columns, "t => t.map(x => x.dataset.col)") == of_kind
    pg.locator("[data-filter-kind]").select_option("")
    pg.get_by_label("Hide unmaintained").check()
    pg.wait_for_url("**hide=unmaintained**")
    assert pg.eval_on_selector_all(columns, "t => t.map(x => x.dataset.col)") == maintained_or_slowing()
    expect(pg.locator("[data-status]")).to_contain_text("Unmaintained frameworks hidden")
    assert pg.evaluate("() => document.documentElement.scrollWidth") <= pg.size[0]
    # the address keeps it
    pg.goto(base_url + f"features/?kind={kind}&hide=unmaintained")
    expect(pg.locator("[data-pwc-matrix][data-js]")).to_have_count(1)
    kept = [f for f in of_kind if f in maintained_or_slowing()]
    assert pg.eval_on_selector_all(columns, "t => t.map(x => x.dataset.col)") == kept


def test_the_frameworks_list_filters_by_kind_and_hides_the_unmaintained(sized, base_url):
    pg = sized
    kind, of_kind = some_kind()
    pg.goto(base_url + "frameworks/")
    items = ".pwc-framework-list li[data-kind]:not([hidden])"
    ids = "ls => ls.map(l => l.querySelector('a').getAttribute('href').split('/').filter(Boolean).pop())"
    pg.locator("[data-list-filters] [data-filter-kind]").select_option(kind)
    assert pg.eval_on_selector_all(items, ids) == of_kind
    pg.locator("[data-list-filters] [data-filter-kind]").select_option("")
    pg.locator("[data-list-filters]").get_by_label("Hide unmaintained").check()
    assert pg.eval_on_selector_all(items, ids) == maintained_or_slowing()
    assert "hide=unmaintained" in pg.url
    expect(pg.locator("[data-list-filters] [data-status]")).to_contain_text(
        f"Showing {len(maintained_or_slowing())} of {len(DATA.frameworks)} frameworks"
    )
    assert pg.evaluate("() => document.documentElement.scrollWidth") <= pg.size[0]


def test_the_questionnaire_ranks_only_the_kind_asked_and_can_hide_the_unmaintained(page, base_url):
    kind, of_kind = some_kind()
    ranked = ranking_of(page, base_url, f"building=website&kind={kind}")
    assert sorted(fid for fid, _ in ranked) == sorted(of_kind)
    ranked = ranking_of(page, base_url, "building=website&hide=unmaintained")
    assert sorted(fid for fid, _ in ranked) == sorted(maintained_or_slowing())
    page.get_by_label("Hide unmaintained").uncheck()
    expect(page.locator("[data-result] li[data-framework]")).to_have_count(len(DATA.frameworks))
    assert "hide=" not in page.url


def test_an_unmaintained_framework_is_never_first_without_saying_so(page, base_url):
    from pywebcompare.site.guides import ranker_for

    ranker = ranker_for(DATA)
    unmaintained = {fid for fid in DATA.frameworks if DATA.index[fid]["health"] == "unmaintained"}
    assert unmaintained
    # A guide's short answer names its winners with their flags.
    flagged_winners = 0
    for scenario in DATA.guides["scenarios"]:
        page.goto(base_url + f"guides/{scenario['id']}/")
        answer = page.locator(".pwc-answer")
        for row in ranker.scenarios[scenario["id"]]:
            if row["place"] == 1 and row["flags"]:
                flagged_winners += 1
                for flag in row["flags"]:
                    expect(answer).to_contain_text(f"{row['framework']['name']} {flag['text']}")
    assert flagged_winners
    # The questionnaire's one-line lead says so too: rank for what an unmaintained one does best.
    fid = sorted(unmaintained)[0]
    ranking_of(page, base_url, f"team={fid}")
    expect(page.locator("[data-summary]")).to_contain_text(f"{DATA.frameworks[fid]['name']} 100% (unmaintained")
