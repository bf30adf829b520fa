"""Decisions in the built site and in Chromium: the questionnaire ranks exactly as Python does, its
answers stay in view and in the address, guides never split a tie, and the claims page navigates."""

from __future__ import annotations

import json
import random

import pytest
import yaml
from bs4 import BeautifulSoup
from playwright.sync_api import expect
from support import ROOT

from pywebcompare.evidence import assemble
from pywebcompare.site import guides, pages
from pywebcompare.site.urls import Links

DATA = assemble.load()
# as the build draws it: facts from a snapshot cite the snapshot file, linked in the repository
EXTRA = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)["extra"]  # tags left unread
pages.link_snapshot_sources(DATA, Links(EXTRA["repo"], EXTRA["branch"]))
RANKER = guides.ranker_for(DATA)
QUESTIONS = RANKER.questions()


def soup_of(site, path):
    return BeautifulSoup((site / path / "index.html").read_text(), "html.parser")


def python_rank(chosen: dict[str, str]) -> list[tuple]:
    """Python's ranking for a set of answers {question id: answer id}, in the page's order."""
    needs = [
        n
        for q in QUESTIONS
        if q["id"] in chosen
        for a in q["answers"]
        if a["id"] == chosen[q["id"]]
        for n in a["needs"]
    ]
    return [(r["id"], r["percent"], r["place"]) for r in RANKER.rank(needs)] if needs else []


def random_answers(rng: random.Random) -> dict[str, str]:
    return {q["id"]: rng.choice(q["answers"])["id"] for q in QUESTIONS if rng.random() < 0.7}


# -- the built files ------------------------------------------------------------------------------
def test_api_guides_holds_every_scenario_ranking_as_python_computes_it(site):
    api = json.loads((site / "api/guides.json").read_text())
    assert api == json.loads(json.dumps(guides.api(RANKER)))
    for scenario in api["scenarios"]:
        for a in scenario["ranking"]:
            for b in scenario["ranking"]:
                assert (a["percent"] == b["percent"]) == (a["place"] == b["place"]), scenario["id"]


def test_no_two_equal_scores_sit_at_different_places_on_guide_pages(site):
    for scenario in DATA.guides["scenarios"]:
        rows = soup_of(site, f"guides/{scenario['id']}").select("table.pwc-ranking-table tbody tr")
        seen = {}
        for tr in rows:
            cells = tr.find_all(["td", "th"])
            place, percent = cells[0].get_text(strip=True), cells[2].get_text(strip=True)
            assert seen.setdefault(percent, place) == place, (scenario["id"], percent)
        expected = [(r["id"], guides.place_label(r)) for r in RANKER.scenarios[scenario["id"]]]
        assert [(tr["data-framework"], tr.td.get_text(strip=True)) for tr in rows] == expected
    overview = soup_of(site, "guides").get_text(" ")
    assert "=1" in overview  # ties are shown as ties on the overview too


def test_guides_explain_every_criterion_in_a_sentence(site):
    for scenario in DATA.guides["scenarios"]:
        items = soup_of(site, f"guides/{scenario['id']}").select(".pwc-needs li")
        assert len(items) == len(scenario["needs"])
        for li, n in zip(items, scenario["needs"]):
            assert li.select_one(".pwc-how").get_text() == "How it is measured: " + RANKER.explain(n)


def test_fastapi_vs_flask_does_not_call_their_async_alike(site):
    soup = soup_of(site, "compare/fastapi-vs-flask")
    alike = [a["href"] for a in soup.select("table.pwc-alike a")]
    differ = [a["href"] for a in soup.select("table.pwc-diff:not(.pwc-beh-pair) th a")]
    assert "../../features/async-views/" not in alike
    assert "../../features/async-views/" in differ


def test_claim_labels_never_repeat_on_the_page(site):
    labels = [s.get_text(strip=True) for s in soup_of(site, "claims").select("article .pwc-seed")]
    assert labels and len(labels) == len(set(labels))
    assert "Article claim 7a:" in labels and "Article claim 7b:" in labels


# -- in Chromium ----------------------------------------------------------------------------------
def test_browser_ranking_equals_python_for_every_scenario_and_random_answers(page, base_url):
    page.goto(base_url + "choose/")
    api = page.evaluate("fetch('../api/guides.json').then(r => r.json())")
    cases = [(s["needs"], s["tie_break"], s["id"]) for s in api["scenarios"]]
    rng = random.Random(2026)
    answer_sets = [random_answers(rng) for _ in range(300)]
    for chosen in answer_sets:
        needs = [
            n
            for q in api["questions"]
            if q["id"] in chosen
            for a in q["answers"]
            if a["id"] == chosen[q["id"]]
            for n in a["needs"]
        ]
        cases.append((needs, api["tie_break"], chosen))
    js = page.evaluate(
        "([api, cases]) => cases.map(c => window.pwcChoose.rank(api, c[0], c[1]).map(r => [r.id, r.percent, r.place]))",
        [api, [[c[0], c[1]] for c in cases]],
    )
    for scenario, got in zip(DATA.guides["scenarios"], js):
        expected = [[r["id"], r["percent"], r["place"]] for r in RANKER.scenarios[scenario["id"]]]
        assert got == expected, scenario["id"]
    checked = 0
    for chosen, got in zip(answer_sets, js[len(DATA.guides["scenarios"]) :]):
        expected = [list(x) for x in python_rank(chosen)]
        if expected:
            assert got == expected, chosen
            checked += 1
    assert checked >= 200


def test_answering_the_first_question_changes_the_first_screen(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    pg.goto(base_url + "choose/")
    expect(pg.locator("[data-result]")).to_contain_text("Answer a question")
    before = pg.screenshot()
    first_question = pg.locator("fieldset").first
    first_question.locator("input[type=radio]").first.check()
    top = pg.locator("ol.pwc-ranked > li").first
    expect(top).to_be_visible()
    box = top.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 800  # the ranking is on the first screen
    assert pg.evaluate("window.scrollY") == 0
    assert pg.screenshot() != before
    context.close()


def test_phone_keeps_a_summary_in_view_while_answering(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    pg.goto(base_url + "choose/?building=json-api")
    summary = pg.locator("[data-summary]")
    expect(summary).to_be_visible()
    pg.locator("#q-hosting").scroll_into_view_if_needed()  # the last question, far down
    box = summary.bounding_box()
    assert 0 <= box["y"] < 844 and summary.is_visible()
    leading = [r for r in python_rank({"building": "json-api"}) if r[2] <= 3]
    for fid, _, _ in leading[:6]:  # six named, in ranking order; the rest counted
        expect(summary).to_contain_text(DATA.frameworks[fid]["name"])
    if len(leading) > 6:
        expect(summary).to_contain_text(f"and {len(leading) - 6} more")
    pg.get_by_label("Yes, from type hints").check()  # the summary follows each answer
    new_leading = [r for r in python_rank({"building": "json-api", "api-docs": "yes-please"}) if r[2] <= 3]
    for fid, percent, _ in new_leading[:6]:
        expect(summary).to_contain_text(f"{DATA.frameworks[fid]['name']} {percent}%")
    context.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_questionnaire_honours_every_answer_its_url_shows(page, base_url, seed):
    rng = random.Random(seed)
    chosen = {q["id"]: rng.choice([a for a in q["answers"] if a["needs"]])["id"] for q in QUESTIONS}
    query = "&".join(f"{k}={v}" for k, v in chosen.items())
    page.goto(base_url + "choose/?" + query)
    ranked = page.locator("ol.pwc-ranked > li")
    expect(ranked.first).to_be_visible()
    got = [
        (li.get_attribute("data-framework"), int(li.get_attribute("data-percent")), li.get_attribute("data-place"))
        for li in ranked.all()
    ]
    expected = [(fid, pct, place) for fid, pct, place in python_rank(chosen)]
    assert [(f, p) for f, p, _ in got] == [(f, p) for f, p, _ in expected]
    assert [int(pl.lstrip("=")) for _, _, pl in got] == [pl for _, _, pl in expected]
    for qid, aid in chosen.items():
        expect(page.locator(f"input[name='{qid}'][value='{aid}']")).to_be_checked()
    reasons = ranked.first.locator("details li").all_text_contents()
    labels = {a["id"]: a["label"] for q in QUESTIONS for a in q["answers"] if chosen.get(q["id"]) == a["id"]}
    for label in labels.values():
        assert any(f"\u201c{label}\u201d" in r for r in reasons), label  # every answer shows up in the reasons
    for qid, aid in chosen.items():
        assert f"{qid}={aid}" in page.url


def test_team_question_offers_every_framework_and_ranks_it_first(page, base_url):
    page.goto(base_url + "choose/")
    offered = page.locator("#q-team input[type=radio]").evaluate_all("els => els.map(e => e.value)")
    assert set(DATA.frameworks) <= set(offered)
    page.locator("#q-team input[value='tornado']").check()
    expect(page.locator("ol.pwc-ranked > li").first).to_have_attribute("data-framework", "tornado")
    assert "team=tornado" in page.url


def test_reset_and_copy_link(page, base_url):
    page.goto(base_url + "choose/?building=website")
    expect(page.locator("ol.pwc-ranked > li").first).to_be_visible()
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("[data-copied]")).not_to_be_empty()
    copied = page.locator("[data-copied]").text_content()
    assert copied == "Link copied." or "building=website" in copied
    page.get_by_role("button", name="Start again").click()
    expect(page.locator("[data-result]")).to_contain_text("Answer a question")
    assert "?" not in page.url


def test_a_failed_fetch_is_said_on_the_page(browser, base_url):
    context = browser.new_context()
    pg = context.new_page()
    pg.route("**/api/guides.json", lambda route: route.fulfill(status=503, body="down"))
    pg.goto(base_url + "choose/?building=website")
    expect(pg.locator("[data-result] [role=alert]")).to_contain_text("could not be loaded (HTTP 503)")
    context.close()


def test_claims_filter_by_verdict_framework_and_origin(page, base_url):
    claims = DATA.claims["claims"]
    page.goto(base_url + "claims/")
    filters = page.locator("[data-claim-filters]")
    expect(filters).to_be_visible()
    articles = page.locator("article.pwc-claim")
    assert articles.count() == len(claims)

    def visible_ids():
        return set(articles.evaluate_all("els => els.filter(e => !e.hidden).map(e => e.id)"))

    filters.locator("select[name=verdict]").select_option("misattributed")
    assert visible_ids() == {c["id"] for c in claims if c["verdict"] == "misattributed"}
    filters.locator("select[name=framework]").select_option("fastapi")
    assert visible_ids() == {
        c["id"] for c in claims if c["verdict"] == "misattributed" and "fastapi" in c["frameworks"]
    }
    filters.get_by_role("button", name="Show all").click()
    expect(articles.first).to_be_visible()
    assert len(visible_ids()) == len(claims)
    filters.locator("select[name=kind]").select_option("widespread")
    assert visible_ids() == {c["id"] for c in claims if "seed" not in c and "company" not in c}
    hidden_ref = page.locator("[data-claim-ref]:not([hidden])").count()
    assert hidden_ref == len(visible_ids())  # the contents follow the filter
