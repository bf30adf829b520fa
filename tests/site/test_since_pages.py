"""A "since" found by running the examples (data/since/<id>.yaml) on the built site: the cells say it
and how it was found, and /api/frameworks.json marks it `since_how: collected`. A typed since that the
examples date later shows the cell's `since_differs` reason."""

from __future__ import annotations

import json

import pytest
import yaml
from bs4 import BeautifulSoup
from support import ROOT

from pywebcompare.data.vocab import SINCE_DIFFERS
from pywebcompare.evidence.since import statement

RECORDS = {p.stem: yaml.safe_load(p.read_text()) for p in sorted((ROOT / "data/since").glob("*.yaml"))}


def typed(fid: str, feature: str):
    data = yaml.safe_load((ROOT / "data/frameworks" / f"{fid}.yaml").read_text())
    return data["features"][feature].get("since")


def collected_cells():
    """(framework, feature, finding) for every resolved finding on a cell with no typed since."""
    return [
        (fid, feature, hit)
        for fid, record in RECORDS.items()
        for feature, hit in record["features"].items()
        if "since" in hit and not typed(fid, feature)
    ]


def support_cell(site, fid: str, feature: str):
    soup = BeautifulSoup((site / "frameworks" / fid / "index.html").read_text(), "html.parser")
    return soup.find(id=f"f-{feature}").select_one('td[data-label="Support"]')


@pytest.mark.skipif(not collected_cells(), reason="no data/since/<id>.yaml with a finding yet")
def test_framework_page_shows_a_collected_since_and_how_it_was_found(site):
    for fid, feature, hit in collected_cells():
        cell = support_cell(site, fid, feature)
        assert cell.select_one(".pwc-since").get_text() == statement(hit)
        how = cell.select_one('.pwc-since-how[data-how="collected"]')
        assert how.get_text() == "found by running the examples"
        assert f"on Python {RECORDS[fid]['python']}" in how["title"] and ", ".join(hit["tasks"]) in how["title"]
        assert cell.select_one('[data-how="stated"]') is None


def test_a_typed_since_says_it_was_stated(site):
    cell = support_cell(site, "flask", "async-views")
    assert cell.select_one(".pwc-since").get_text() == "since 2.0"
    assert cell.select_one('[data-how="stated"]').get_text() == "stated in the docs"


@pytest.mark.skipif(not collected_cells(), reason="no data/since/<id>.yaml with a finding yet")
def test_api_marks_collected_cells(site):
    api = json.loads((site / "api/frameworks.json").read_text())
    marked = {
        (fid, f)
        for fid, fw in api["frameworks"].items()
        for f, cell in fw["features"].items()
        if cell.get("since_how") == "collected"
    }
    assert marked == {(fid, f) for fid, f, _ in collected_cells()}
    for fid, feature, hit in collected_cells():
        cell = api["frameworks"][fid]["features"][feature]
        assert cell["since_collected"]["printed"] == statement(hit)
        assert cell.get("since") == (hit["since"] if "last_failing" in hit else None)


def explained_cells():
    """(framework, feature, finding, reason) for every typed since whose cell says why the examples differ."""
    out = []
    for fid, record in RECORDS.items():
        cells = yaml.safe_load((ROOT / "data/frameworks" / f"{fid}.yaml").read_text())["features"]
        for feature, hit in record["features"].items():
            differs = (cells.get(feature) or {}).get("since_differs")
            if differs and "since" in hit:
                out.append((fid, feature, hit, differs))
    return out


@pytest.mark.skipif(not explained_cells(), reason="no cell says why its examples date it later")
def test_a_typed_since_the_examples_date_later_shows_why(site):
    api = json.loads((site / "api/frameworks.json").read_text())
    for fid, feature, hit, differs in explained_cells():
        cell = support_cell(site, fid, feature)
        how = cell.select_one(".pwc-since-differs")
        assert how["data-differs"] == differs["because"]
        words = SINCE_DIFFERS[differs["because"]]
        assert how.get_text() == f"running the examples: {statement(hit)} ({words})"
        assert differs["note"] in how["title"]
        assert cell.select_one(".pwc-since-clash") is None
        assert api["frameworks"][fid]["features"][feature]["since_differs"] == differs
