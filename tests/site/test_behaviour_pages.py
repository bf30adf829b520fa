"""The behaviour pages as built: the table's every cell is its framework's recorded answer and opens
that exact exchange; each probe page shows every framework's full answer; framework and pair pages
carry their sections; /api/behaviour.json is what the data says; search finds the pages."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from pywebcompare.evidence import assemble
from pywebcompare.site import behaviour as view

DATA = assemble.load()
RECORDS = DATA.behaviour["records"]
PROBES = [p["id"] for p in DATA.behaviour["probes"]]
OBSERVED = view.observed(DATA)


def soup(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(), "html.parser")


def words(el) -> str:
    return " ".join(el.get_text(" ").split())


def expected_cell(fid: str, probe: str) -> str:
    r = RECORDS[fid]["results"][probe]
    if "status" not in r:
        return "n/a" if "not_applicable" in r else "no answer"
    ctype = r["headers"].get("Content-Type")
    return f"{r['status']} {ctype.split(';')[0].strip().lower() if ctype else 'no body type'}"


def test_table_has_every_probe_by_every_framework_each_cell_its_record_and_link(site):
    page = soup(site, "behaviour")
    table = page.select_one("table.pwc-beh-table")
    heads = [words(th) for th in table.select("thead th")][1:]
    assert heads == [DATA.frameworks[f]["name"] for f in OBSERVED]
    rows = table.select("tbody tr")
    assert [tr["id"] for tr in rows] == PROBES
    for tr in rows:
        for fid, td in zip(OBSERVED, tr.select("td")):
            assert words(td) == expected_cell(fid, tr["id"]), (tr["id"], fid)
            assert td.a["href"] == f"../behaviour/{tr['id']}/#{fid}"
            status = td.select_one(".pwc-beh-status")
            if status is not None:  # the status drawn large, apart from the content type
                assert status.get_text() == str(RECORDS[fid]["results"][tr["id"]]["status"])


@pytest.mark.parametrize("probe", PROBES)
def test_probe_page_shows_the_request_and_every_frameworks_exact_answer(site, probe):
    page = soup(site, f"behaviour/{probe}")
    request = DATA.behaviour["probes"][PROBES.index(probe)]["request"]
    shown = page.select("pre.pwc-exchange")[0].get_text()
    assert shown.startswith(f"{request['method']} {request['path']} HTTP/1.1\n")
    assert all(f"{k}: {v}" in shown for k, v in request["headers"].items())
    for fid in OBSERVED:
        heading = page.find(id=fid)
        assert heading is not None, fid
        r = RECORDS[fid]["results"][probe]
        if "status" in r:
            assert words(heading).startswith(
                f"{DATA.frameworks[fid]['name']}: {r['status']} {view.phrase(r['status'])}"
            )
            exchange = heading.find_next("pre").get_text()
            assert exchange.startswith(f"HTTP/1.1 {r['status']}")
            assert all(f"{k}: {v}" in exchange for k, v in r["headers"].items())
            assert r["body"] in exchange  # the body exactly, unescaped once parsed
            assert RECORDS[fid]["version"] in words(heading.find_next("p"))
        else:
            assert r.get("not_applicable", r.get("error")) in words(heading.find_next("p"))


def test_framework_pages_have_a_behaviour_section(site):
    for fid in DATA.frameworks:
        section = soup(site, f"frameworks/{fid}").find(id="behaviour")
        assert section is not None, fid
        table = section.find_next("table")
        if fid in RECORDS:
            cells = [words(tr.select("td")[-1]) for tr in table.select("tbody tr")]
            assert len(cells) == len(PROBES)
            assert all(c.startswith(expected_cell(fid, p)) for c, p in zip(cells, PROBES, strict=True)), fid
        else:
            assert "no behaviour app yet" in words(section.find_next("p")), fid


def test_pair_page_lists_the_differing_probes_first_with_both_answers(site):
    a, b = sorted(OBSERVED[:2])
    section = soup(site, f"compare/{a}-vs-{b}").find(id="when-requests-go-wrong")
    rows = section.find_next("table").select("tbody tr")
    assert len(rows) == len(PROBES)
    differ = ["pwc-beh-differ" in (tr.get("class") or []) for tr in rows]
    assert differ == sorted(differ, reverse=True) and any(differ)
    for tr, is_diff in zip(rows, differ):
        probe = tr.th.a["href"].rstrip("/").rsplit("/", 1)[-1]
        ca, cb = (words(td) for td in tr.select("td"))
        assert (ca, cb) == (expected_cell(a, probe), expected_cell(b, probe))
        status = [RECORDS[f]["results"][probe].get("status") for f in (a, b)]
        assert is_diff == (status[0] != status[1]), probe


def test_pair_without_records_says_so(site):
    none = [f for f in DATA.frameworks if f not in RECORDS]
    if len(none) < 2:
        pytest.skip("every framework but one has a record")
    a, b = sorted(none[:2])
    section = soup(site, f"compare/{a}-vs-{b}").find(id="when-requests-go-wrong")
    assert "Neither has a behaviour app yet" in words(section.find_next("p"))


def test_api_is_the_data_in_the_issues_shape(site):
    doc = json.loads((site / "api" / "behaviour.json").read_text())
    assert doc == json.loads(json.dumps(view.api(DATA)))
    assert len(doc["results"]) == len(DATA.frameworks) * len(PROBES)


def test_search_index_holds_the_probe_pages_with_their_statuses(site):
    docs = json.loads((site / "search" / "search_index.json").read_text())["docs"]
    text = {d["location"]: d["title"] + " " + d["text"] for d in docs}
    for probe, status in (("invalid-body", "422"), ("wrong-method", "Method Not Allowed")):
        hits = [loc for loc, t in text.items() if loc.startswith(f"behaviour/{probe}/") and status in t]
        assert hits, probe
