"""Files beside the pages: each one agrees with the data it is drawn from."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from pywebcompare.data.vocab import FACTS
from pywebcompare.evidence import assemble
from pywebcompare.site import export
from pywebcompare.site.compare import comparison_table, fact_text


@pytest.fixture
def data(data_root):
    return assemble.load(data_root)


def test_comparison_table_puts_each_frameworks_own_value_in_its_column(data):
    alpha, beta = data.frameworks["alpha"], data.frameworks["beta"]
    rows = {r["id"]: r for r in comparison_table(data, "beta", "alpha")}  # order given does not matter
    for key, label in FACTS:
        assert rows[key]["name"] == label
        assert (rows[key]["a"], rows[key]["b"]) == (fact_text(alpha["facts"][key]), fact_text(beta["facts"][key]))
        assert (rows[key]["a_source"], rows[key]["b_source"]) == (
            alpha["facts"][key]["source"],
            beta["facts"][key]["source"],
        )
    for fid in ("routing", "orm"):
        assert (rows[fid]["a"], rows[fid]["b"]) == (alpha["features"][fid]["support"], beta["features"][fid]["support"])
        assert rows[fid]["a_source"] == alpha["features"][fid]["source"]
        assert rows[fid]["b_source"] == beta["features"][fid]["source"]


def test_pair_downloads_round_trip_to_the_table(data):
    files = export.pair_downloads(data, "beta", "alpha")
    assert set(files) == {"compare/alpha-vs-beta/comparison.csv", "compare/alpha-vs-beta/comparison.json"}
    table = comparison_table(data, "alpha", "beta")
    rows = list(csv.DictReader(io.StringIO(files["compare/alpha-vs-beta/comparison.csv"])))
    as_json = json.loads(files["compare/alpha-vs-beta/comparison.json"])
    assert as_json["frameworks"] == ["alpha", "beta"]
    renamed = {"a": "alpha", "b": "beta", "a_source": "alpha_source", "b_source": "beta_source"}
    expected = [{renamed.get(k, k): v for k, v in row.items()} for row in table]
    assert as_json["rows"] == expected
    assert rows == [{k: export.csv_cell(v) for k, v in row.items()} for row in expected]


def test_csv_cells_never_start_a_formula():
    assert [export.csv_cell(v) for v in ("=1+1", "+x", "-x", "@x", "ok")] == ["'=1+1", "'+x", "'-x", "'@x", "ok"]


def test_files_hold_the_api_feed_schemas_downloads_and_redirects(data):
    files = export.files(data, "https://example.org/site")
    assert json.loads(files["api/frameworks.json"]) == json.loads(json.dumps(export.api(data)))
    assert "schemas/framework.schema.json" in files
    assert 'url=../../compare/alpha-vs-beta/"' in files["compare/beta-vs-alpha/index.html"]
    assert "compare/alpha-vs-beta/comparison.csv" in files
    feed = ET.fromstring(files["changes/feed.xml"])
    ns = "{http://www.w3.org/2005/Atom}"
    assert feed.find(f"{ns}id").text == "https://example.org/site/changes/"
    entries = feed.findall(f"{ns}entry")
    assert len(entries) == len(data.changes["changes"])
    assert entries[0].find(f"{ns}updated").text == max(c["date"] for c in data.changes["changes"]) + "T00:00:00Z"
