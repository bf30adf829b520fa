"""The real site, built once: its pages, tables, links and downloads carry the real data."""

from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path

import hostile
from bs4 import BeautifulSoup
from hostile import MARK
from support import cites

from pywebcompare.data.dataset import SUPPORT
from pywebcompare.data.vocab import ASYNC_SHORT, SUPPORT_SHORT
from pywebcompare.evidence import assemble, examples

DATA = assemble.load()


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(), "html.parser")


def html_files(site: Path):
    return sorted(site.rglob("*.html"))


def test_the_three_kinds_of_page_exist(site):
    for url in ("frameworks/flask", "frameworks/fastapi", "features", "compare/fastapi-vs-flask"):
        assert (site / url / "index.html").is_file(), url


def test_every_framework_feature_and_pair_has_a_page(site):
    for fid in DATA.frameworks:
        assert (site / "frameworks" / fid / "index.html").is_file()
    for feature in DATA.features:
        assert (site / "features" / feature["id"] / "index.html").is_file()
    for a, b in DATA.pairs():
        assert (site / "compare" / f"{a}-vs-{b}" / "index.html").is_file()


def test_matrix_cells_show_each_frameworks_own_data(site):
    soup = page(site, "features")
    table = soup.select_one("[data-pwc-matrix] table")
    header = [th["data-col"] for th in table.thead.select("th[data-col]")]
    assert header == list(DATA.frameworks)
    rows = table.select("tbody tr[data-row]")
    assert [r["data-row"] for r in rows] == [f["id"] for f in DATA.features]
    # each cell's note is in one file beside the matrix, which the page names and the script fetches
    notes_file = soup.select_one("[data-pwc-matrix]")["data-notes"]
    assert notes_file == "../features/cell-notes.html"
    notes_page = BeautifulSoup((site / "features/cell-notes.html").read_text(), "html.parser")
    notes = {n["data-note"]: n for n in notes_page.select("[data-note]")}
    assert len(notes) == len(DATA.features) * len(DATA.frameworks)
    for row, feature in zip(rows, DATA.features):
        assert row.th.get_text(strip=True) == feature["name"]
        assert row.parent["data-category"] == feature["category"]
        for fid, fw in DATA.frameworks.items():
            entry = fw["features"][feature["id"]]
            cell = row.select_one(f"td[data-col={fid}]")
            assert cell["data-value"] == entry["support"]
            # the cell's accessible name says the level in full and holds the word it shows (WCAG 2.5.3,
            # label in name: "None" is not in "Not available"); its note, version and source open in place
            link = cell.select_one("a.pwc-cell")
            words, short = SUPPORT[entry["support"]][1], SUPPORT_SHORT[entry["support"]]
            model = entry.get("async_model", {}).get("concurrency")  # async cells also name their model
            assert link["aria-label"] == f"{fw['name']}, {feature['name']}: {words}" + (
                "" if short in words else f" ({short})"
            ) + (f", {ASYNC_SHORT[model]}" if model else "")
            assert short in link["aria-label"].split(": ", 1)[1]
            assert link.get_text() == f"{SUPPORT[entry['support']][0]} {SUPPORT_SHORT[entry['support']]}" + (
                ASYNC_SHORT[model] if model and entry["support"] != "none" else ""
            )
            # without script the cell leads to the note on the framework's page...
            assert link["href"] == f"../frameworks/{fid}/#f-{feature['id']}"
            # ...with it, the cell opens its note, version and source, kept in the notes file
            more = notes[link["data-note"]]
            assert entry["note"] in more.get_text()
            assert more.select_one("a.pwc-source")["href"] == entry["source"]
            if "since" in entry:
                assert f"since {entry['since']}" in more.get_text()
            # a cell backed by a passing code example links to it from its note
            task = examples.tested_task(DATA.examples, fid, feature["id"]) if entry["support"] != "none" else None
            tested = more.select_one("a.pwc-tested")
            assert (tested["href"] if tested else None) == (f"../code/{task}/#{fid}" if task else None)


def test_framework_page_shows_facts_notes_and_sources(site):
    fw = DATA.frameworks["flask"]
    soup = page(site, "frameworks/flask")
    assert soup.h1.get_text(strip=True) == "Flask"
    assert fw["facts"]["license"]["value"] in soup.select_one("#fact-license").get_text()
    assert cites(fw["facts"]["license"]["source"], [soup.select_one("#fact-license a")["href"]])
    for fid, feat in fw["features"].items():
        row = soup.select_one(f"#f-{fid}")
        assert SUPPORT[feat["support"]][1] in row.get_text(), fid
        assert feat["note"] in row.get_text(), fid
        assert row.find("a", class_="pwc-source")["href"] == feat["source"]
    async_row = soup.select_one("#f-async-views").get_text(" ", strip=True)
    assert "since 2.0" in async_row  # Flask's async views arrived in 2.0


def test_pair_page_lists_differences_first_and_links_both(site):
    soup = page(site, "compare/fastapi-vs-flask")
    assert soup.h1.get_text(strip=True) == "FastAPI vs Flask"
    diff_rows = soup.select("table.pwc-diff:not(.pwc-beh-pair) tbody tr")
    fa, fl = DATA.frameworks["fastapi"], DATA.frameworks["flask"]
    differing = {
        f["id"] for f in DATA.features if fa["features"][f["id"]]["support"] != fl["features"][f["id"]]["support"]
    }
    differing.add("async-views")  # both built in, but an event loop against coroutines in a WSGI worker
    assert len(diff_rows) == len(differing) > 0
    gaps = [
        abs(
            SUPPORT[fa["features"][r.th.a["href"].split("/")[-2]]["support"]][2]
            - SUPPORT[fl["features"][r.th.a["href"].split("/")[-2]]["support"]][2]
        )
        for r in diff_rows
    ]
    assert gaps == sorted(gaps, reverse=True)
    hrefs = {a["href"] for a in soup.select("article a")}
    assert {"../../frameworks/fastapi/", "../../frameworks/flask/"} <= hrefs
    text = soup.get_text(" ")
    assert "Pick FastAPI when" in text and "Pick Flask when" in text


def test_pair_downloads_and_reversed_url(site):
    folder = site / "compare" / "fastapi-vs-flask"
    rows = list(csv.DictReader((folder / "comparison.csv").open()))
    assert rows[0].keys() >= {"fastapi", "flask", "fastapi_source", "flask_source"}
    interface = next(r for r in rows if r["id"] == "interface")
    assert (interface["fastapi"], interface["flask"]) == ("ASGI", "WSGI")
    as_json = json.loads((folder / "comparison.json").read_text())
    assert as_json["frameworks"] == ["fastapi", "flask"] and len(as_json["rows"]) == len(rows)
    reverse = (site / "compare" / "flask-vs-fastapi" / "index.html").read_text()
    assert 'http-equiv="refresh" content="0; url=../../compare/fastapi-vs-flask/"' in reverse


def test_generated_pages_say_where_the_data_comes_from(site):
    for url, data_file in (
        ("frameworks/django", "data/frameworks/django.yaml"),
        ("compare/django-vs-flask", "data/frameworks/django.yaml"),
        ("features/orm", "data/features.yaml"),
    ):
        soup = page(site, url)
        prov = soup.select_one(".pwc-provenance")
        assert data_file in prov.get_text() and "last checked 20" in prov.get_text()
        assert prov.select_one("a.pwc-edit")["href"].endswith(f"/edit/main/{data_file}")
        assert "/issues/new?" in prov.select_one("a.pwc-report")["href"]
        # Material's own edit button points at the same data file
        assert soup.select_one("a.md-content__button")["href"].endswith(data_file)


def test_no_third_party_requests(site):
    loads = re.compile(
        r"<(?:script|img|iframe|source|video|audio)\b[^>]*\ssrc=\"([^\"]+)\"|"
        r"<link\b(?=[^>]*rel=\"(?:stylesheet|preload|modulepreload|icon|prefetch|preconnect|dns-prefetch|manifest)\")[^>]*href=\"([^\"]+)\""
    )
    for path in html_files(site):
        text = path.read_text()
        for url in (a or b for a, b in loads.findall(text)):
            assert not re.match(r"^(https?:)?//", url), f"{path}: loads {url}"
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text


def test_internal_links_resolve(site):
    broken = []
    for path in html_files(site):
        for href in re.findall(r'(?:href|src)="([^"#?]*)[^"]*"', path.read_text()):
            if not href or re.match(r"^[a-z]+:", href) or href.startswith("//"):
                continue
            # 404.html links from the site root, which is /pyweb-compare/ once deployed
            target = (site / href.removeprefix("/pyweb-compare/")) if href.startswith("/") else (path.parent / href)
            target = target.resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(site)} -> {href}")
    assert broken == []


def test_every_page_has_a_meta_description(site):
    for path in html_files(site):
        if 'http-equiv="refresh"' in path.read_text()[:600]:
            continue  # redirect stubs
        soup = BeautifulSoup(path.read_text(), "html.parser")
        meta = soup.find("meta", attrs={"name": "description"})
        assert meta and len(meta["content"]) > 30, path


def test_search_index_holds_one_short_entry_per_pair(site):
    index = json.loads((site / "search" / "search_index.json").read_text())
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "frameworks/flask/" in locations and "features/dependency-injection/" in locations
    pairs = [doc for doc in index["docs"] if doc["location"].startswith("compare/") and "-vs-" in doc["location"]]
    assert sorted(doc["location"] for doc in pairs) == sorted(f"compare/{a}-vs-{b}/" for a, b in DATA.pairs())
    by_location = {doc["location"]: doc for doc in pairs}
    flask_django = by_location["compare/django-vs-flask/"]
    assert flask_django["title"] == "Django vs Flask"
    assert len(flask_django["text"]) < 120  # the title finds it; the detail stays out of the index


def test_api_and_schemas_are_published(site):
    api = json.loads((site / "api" / "frameworks.json").read_text())
    assert set(api["frameworks"]) == set(DATA.frameworks)
    assert api["frameworks"]["flask"]["facts"]["interface"]["value"] == "WSGI"
    for name in ("framework", "features", "claims"):
        schema = json.loads((site / "schemas" / f"{name}.schema.json").read_text())
        assert schema["$schema"].endswith("2020-12/schema")


def test_no_web_fonts_and_local_assets_only(site):
    for path in html_files(site):
        text = path.read_text()
        assert "fonts.googleapis" not in text and "fonts.gstatic" not in text and "@font-face" not in text, path
    sitemap = gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode()
    assert "compare/fastapi-vs-flask/" in sitemap


def test_our_scripts_are_served_minified(site):
    # written with comments to be read, served without them (the own-JS budget of site_quality.py)
    from support import ROOT

    for source in (ROOT / "docs/assets").glob("*.js"):
        served = (site / "assets" / source.name).read_text()
        assert "/*" not in served and "\n  " not in served, source.name
        assert len(served) < 0.85 * len(source.read_text()), source.name
    inline = [
        s for s in re.findall(r"<script>(.*?)</script>", (site / "index.html").read_text(), re.S) if "pwc-palette" in s
    ]
    assert len(inline) == 1 and "/*" not in inline[0] and "//" not in inline[0] and "\n  " not in inline[0]


ARTICLE_SEEDS = range(1, 20)  # the article's 19 claims (shared/seed-claims.md)
ARTICLE_COMPANIES = {"Uber", "Microsoft", "Explosion AI", "Netflix", "Lyft", "Zillow"}


def test_every_article_claim_and_company_has_a_verdict(site):
    claims = DATA.claims["claims"]
    assert {c["seed"] for c in claims if "seed" in c} >= set(ARTICLE_SEEDS)
    assert {c["company"] for c in claims if "company" in c} >= ARTICLE_COMPANIES
    soup = page(site, "claims")
    for claim in claims:
        article = soup.select_one(f"article#{claim['id']}")
        assert article is not None, claim["id"]
        assert claim["explanation"][:40] in article.get_text()
        assert article.select_one(".pwc-evidence a")["href"] == claim["evidence"][0]["url"]
    async_claim = soup.get_text()
    assert "Flask" in async_claim and "Misattributed" in async_claim


def test_guides_rank_from_the_data_and_explain(site):
    from pywebcompare.site import guides

    ranker = guides.ranker_for(DATA)
    for scenario in DATA.guides["scenarios"]:
        soup = page(site, f"guides/{scenario['id']}")
        ranking = ranker.scenarios[scenario["id"]]
        fits = soup.select(".pwc-fit h3")
        assert [h.get_text(strip=True).rstrip("¶") for h in fits] == [
            f"{guides.place_label(r)}. {r['framework']['name']} ({r['percent']}%)" for r in guides.leaders(ranking)
        ]
        first = ranking[0]
        reason_links = {a["href"] for a in soup.select(".pwc-fit")[0].select("a.pwc-source")}
        for r in first["reasons"]:
            if r["kind"] == "feature":
                assert r["entry"]["source"] in reason_links  # each reason cites the framework's own source
    overview = page(site, "guides")
    assert len(overview.select(".pwc-guides section")) == len(DATA.guides["scenarios"])


def test_pair_page_says_when_to_pick_each_from_the_guides(site):
    from pywebcompare.site import guides

    picks = guides.ranker_for(DATA).pick_when("fastapi", "flask")
    soup = page(site, "compare/fastapi-vs-flask")
    for fid in ("fastapi", "flask"):
        section = soup.select_one(f"#pick-{fid}").parent
        links = {a["href"] for a in section.select("a")}
        for w in picks[fid]:
            assert f"../../guides/{w['scenario']['id']}/" in links
    assert picks["fastapi"] and picks["flask"]


def test_speed_is_only_spoken_of_with_published_figures(site):
    text = page(site, "claims").get_text(" ")
    for b in DATA.benchmarks["benchmarks"]:
        assert b["result"] in text and b["suite"] in text
    for path in html_files(site):
        body = path.read_text()
        assert not re.search(r"\b\d+(\.\d+)?\s*(x|times) faster\b", re.sub(r"<[^>]+>", " ", body), re.I), path


def test_build_of_injected_data_keeps_markup_inert(hostile_site):
    """Hostile text in every data field: no element, handler, script or javascript: link reaches any
    page, and the text still shows, escaped."""
    for path in html_files(hostile_site):
        text = path.read_text()
        rel = path.relative_to(hostile_site)
        assert "<img src=x" not in text and f"<script>{MARK}" not in text, rel
        assert "onerror=__pwned" not in text.replace("onerror=__pwned=1&gt;", ""), rel
        assert 'href="javascript:' not in text, rel
    flask_page = (hostile_site / "frameworks/flask/index.html").read_text()
    assert "&lt;img src=x onerror=__pwned=1&gt;" in flask_page and "{{7*7}}" in flask_page  # text, not run
    api = json.loads((hostile_site / "api/frameworks.json").read_text())
    assert api["frameworks"]["flask"]["name"].endswith(hostile.SHORT)  # JSON keeps it as data
