"""Every pair page, every cell: each column shows its own framework's level, note and source, as
the YAML says, and the CSV and JSON downloads hold the same values as the page."""

from __future__ import annotations

import csv
import json
from itertools import combinations

import pytest
from bs4 import BeautifulSoup
from support import cites

from pywebcompare import ROOT
from pywebcompare.data.vocab import FACTS, SUPPORT
from pywebcompare.evidence import assemble
from pywebcompare.site.compare import compare, fact_text
from pywebcompare.site.urls import pair_id

DATA = assemble.load()
PAIRS = list(combinations(sorted(DATA.frameworks), 2))


def words(el) -> str:
    return " ".join(el.get_text(" ").split())


def check_cell(cell, entry: dict, fid: str, where: str) -> None:
    level = cell.select_one(".pwc-support")
    assert level is not None and SUPPORT[entry["support"]][1] in words(level), (where, fid)
    assert " ".join(entry["note"].split()) in words(cell), (where, fid, "note")
    assert cites(entry["source"], [a.get("href") for a in cell.select("a.pwc-source")]), (where, fid, "source")


@pytest.mark.parametrize("a, b", PAIRS, ids=[pair_id(a, b) for a, b in PAIRS])
def test_every_cell_is_its_own_frameworks_data(site, a, b):
    folder = site / "compare" / pair_id(a, b)
    soup = BeautifulSoup((folder / "index.html").read_text(), "html.parser")
    fa, fb = DATA.frameworks[a], DATA.frameworks[b]
    c = compare(DATA, a, b)

    rows = soup.select("table.pwc-diff:not(.pwc-beh-pair) tbody tr")
    assert len(rows) == len(c["differ"]), "one row per differing feature"
    for row, expected in zip(rows, c["differ"], strict=True):
        fid = expected["feature"]["id"]
        assert row.select_one("th a")["href"].endswith(f"features/{fid}/")
        cells = row.select("td")
        assert [td.get("data-label") for td in cells] == [fa["name"], fb["name"]]
        check_cell(cells[0], fa["features"][fid], a, fid)
        check_cell(cells[1], fb["features"][fid], b, fid)

    alike = soup.select("table.pwc-alike tbody tr")
    assert [r.select_one("th a")["href"].split("/")[-2] for r in alike] == [r["feature"]["id"] for r in c["alike"]]
    for row, expected in zip(alike, c["alike"], strict=True):
        assert SUPPORT[expected["a"]["support"]][1] in words(row.select_one("td"))

    facts = {
        tr.select_one("th").get_text(strip=True): tr.select("td") for tr in soup.select("table.pwc-facts tbody tr")
    }
    for key, label in FACTS:
        for cell, fw in zip(facts[label], (fa, fb), strict=True):
            assert fact_text(fw["facts"][key]) in words(cell), (label, fw["id"])
            assert cites(fw["facts"][key]["source"], [x.get("href") for x in cell.select("a")]), (label, fw["id"])

    # Code side by side: each task's two blocks are the two frameworks' files, character for character.
    for block in soup.select("details.pwc-pair-code"):
        task = block.select_one(".pwc-code-meta a")["href"].split("/")[-2]
        for section, fid in zip(block.select("section.pwc-code"), (a, b), strict=True):
            assert section.select_one("h3").get_text() == DATA.frameworks[fid]["name"], (task, fid)
            path = ROOT / "examples" / task / f"{fid}.py"
            code = section.select_one(".pwc-code-block pre")
            assert (code.get_text() if code else None) == (path.read_text() if path.exists() else None), (task, fid)

    # The downloads hold what the page shows.
    table = list(csv.DictReader((folder / "comparison.csv").open()))
    as_json = json.loads((folder / "comparison.json").read_text())
    assert [r["id"] for r in table] == [r["id"] for r in as_json["rows"]]
    for r in as_json["rows"]:
        if r["kind"] == "feature":
            assert (r[a], r[b]) == (fa["features"][r["id"]]["support"], fb["features"][r["id"]]["support"])
            assert (r[f"{a}_source"], r[f"{b}_source"]) == (
                fa["features"][r["id"]]["source"],
                fb["features"][r["id"]]["source"],
            )
