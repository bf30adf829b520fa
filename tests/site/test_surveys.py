"""Usage in published surveys, as the built site shows it: every share shown is the one in
data/surveys.yaml, no framework gets a share a survey does not give it, and every survey shows its
dates, its sample and its results page."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from pywebcompare.evidence import assemble

DATA = assemble.load()
SURVEYS = DATA.surveys["surveys"]


def page(site, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(), "html.parser")


def shown_survey(li, s):
    """The survey's date, sample and source as the item shows them."""
    text = li.get_text(" ", strip=True)
    assert s["name"] in text
    date = li.select_one('[data-survey-part="date"]').get_text(" ", strip=True)
    assert s["fieldwork"]["start"][:4] in date and s["fieldwork"]["end"][:4] in date
    assert ("published " + s["published"]) in date if "published" in s else "not stated" in date
    sample = li.select_one('[data-survey-part="sample"]').get_text(" ", strip=True)
    assert f"{s['sample']['respondents']:,} respondents" in sample and s["sample"]["who"] in sample
    assert ("about " in sample) == s["sample"]["approximate"]
    assert s["question"] in text and s["base"] in text
    links = [a["href"] for a in li.select('[data-survey-part="source"] a')]
    assert links == [s["source"]]


def test_the_data_has_surveys_to_show():
    assert SURVEYS and all(s["shares"] for s in SURVEYS)


def test_the_frameworks_list_shows_every_share_of_the_data_and_no_other(site):
    listing = page(site, "frameworks")
    table = listing.select_one("table.pwc-surveys")
    heads = [a["href"] for a in table.select("thead a")]
    assert heads == [f"#survey-{s['id']}" for s in SURVEYS]
    shown = {
        (tr["data-framework"], td["data-survey"]): td.get_text(strip=True)
        for tr in table.select("tbody tr")
        for td in tr.select("td")
    }
    wanted = {(fid, s["id"]): f"{s['shares'][fid]}%" for s in SURVEYS for fid in s["shares"]}
    assert {k: v for k, v in shown.items() if v != "not listed"} == wanted
    assert {tr["data-framework"] for tr in table.select("tbody tr")} == {fid for fid, _ in wanted}
    caveat = listing.select_one(".pwc-survey-caveat").get_text(" ", strip=True)
    assert "not a market share" in caveat and "chose to answer" in caveat


def test_the_frameworks_list_gives_each_survey_its_date_sample_and_source(site):
    listing = page(site, "frameworks")
    for s in SURVEYS:
        shown_survey(listing.select_one(f"li#survey-{s['id']}"), s)


@pytest.mark.parametrize("fid", sorted(DATA.frameworks))
def test_each_framework_page_shows_its_shares_or_says_it_has_none(site, fid):
    section = page(site, f"frameworks/{fid}")
    items = section.select("#surveys ~ ul.pwc-survey-list > li")
    listed = [s for s in SURVEYS if fid in s["shares"]]
    assert [(li["data-survey"], li.strong.get_text()) for li in items] == [
        (s["id"], f"{s['shares'][fid]}%") for s in listed
    ]
    for li, s in zip(items, listed):
        shown_survey(li, s)
    none = f"No published survey in our data lists {DATA.frameworks[fid]['name']}."
    assert (none in section.get_text(" ", strip=True)) == (not listed)


def test_the_api_publishes_the_surveys(site):
    api = json.loads((site / "api/frameworks.json").read_text())
    assert api["surveys"] == DATA.surveys
