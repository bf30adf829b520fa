"""Files beside the pages, as a reader downloads them: exact names, headers, encoding and layout."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from pywebcompare.data.schema import schemas
from pywebcompare.evidence import assemble, index
from pywebcompare.site import export, guides

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def data(data_root):
    path = data_root / "data/features.yaml"
    path.write_text(path.read_text().replace("name: URL routing", "name: Routage d’URL"))  # not ASCII
    return assemble.load(data_root)


def test_the_api_publishes_the_support_levels_and_every_data_file(data):
    api = export.api(data)
    assert list(api) == [
        "version",
        "support_levels",
        "features",
        "frameworks",
        "retired",
        "claims",
        "guides",
        "benchmarks",
        "surveys",
        "changes",
    ]
    assert api["surveys"] == {"checked": None, "surveys": []}  # the fixture has no data/surveys.yaml
    assert api["version"] == 1
    assert list(api["support_levels"]) == ["built-in", "official", "third-party", "partial", "none"]
    assert api["support_levels"]["third-party"] == {"icon": "◑", "words": "Third-party package", "score": 2}
    assert api["support_levels"]["none"] == {"icon": "○", "words": "Not available", "score": 0}
    assert api["features"] is data.catalogue and list(api["frameworks"]) == list(data.frameworks)
    for fid, fw in api["frameworks"].items():  # each framework's data, with its health by the published rule
        assert {k: v for k, v in fw.items() if k != "health"} == data.frameworks[fid]
        assert fw["health"]["rule"] == index.HEALTH_RULE and fw["health"]["status"] in (
            "maintained",
            "slowing",
            "unmaintained",
            "unknown",
        )
    assert api["retired"] == {}  # the small data set keeps no retired list
    assert api["claims"] is data.claims and api["guides"] is data.guides
    assert api["benchmarks"] is data.benchmarks and api["changes"] is data.changes


def test_the_csv_download_names_each_framework_in_its_header(data):
    text = export.pair_downloads(data, "beta", "alpha")["compare/alpha-vs-beta/comparison.csv"]
    lines = text.split("\n")
    assert lines[0] == "kind,id,name,alpha,beta,alpha_source,beta_source"  # Unix line ends, no \r
    assert (
        lines[1] == "fact,interface,Interface,WSGI,ASGI,https://alpha.example.org/docs/,https://beta.example.org/docs/"
    )
    assert lines[-1] == "" and len(lines) == 1 + 8 + 1  # a header, six facts and two features, a final newline


def test_the_json_download_is_readable_utf8_with_a_final_newline(data):
    text = export.pair_downloads(data, "alpha", "beta")["compare/alpha-vs-beta/comparison.json"]
    assert text.startswith('{\n "frameworks": [\n  "alpha",\n  "beta"\n ],\n "rows": [\n  {\n   "kind": "fact",')
    assert "Routage d’URL" in text and text.endswith("}\n")
    row = json.loads(text)["rows"][6]
    assert row == {
        "kind": "feature",
        "id": "routing",
        "name": "Routage d’URL",
        "alpha": "built-in",
        "beta": "built-in",
        "alpha_source": "https://alpha.example.org/docs/routing/",
        "beta_source": "https://beta.example.org/docs/routing/",
    }


def test_files_are_exactly_the_api_feed_schemas_downloads_and_redirect(data):
    files = export.files(data)
    assert set(files) == {
        "api/frameworks.json",
        "api/guides.json",
        "changes/feed.xml",
        "compare/alpha-vs-beta/comparison.csv",
        "compare/alpha-vs-beta/comparison.json",
        "compare/beta-vs-alpha/index.html",
    } | {f"schemas/{name}" for name in schemas()}  # no speed run in the fixture: no api/speed.json
    assert (
        files["compare/alpha-vs-beta/comparison.csv"]
        == export.pair_downloads(data, "alpha", "beta")["compare/alpha-vs-beta/comparison.csv"]
    )


def test_api_files_are_indented_utf8_with_a_final_newline(data):
    files = export.files(data)
    frameworks = files["api/frameworks.json"]
    assert frameworks.startswith('{\n "version": 1,\n "support_levels": {\n  "built-in": {\n   "icon": "●",')
    assert "Routage d’URL" in frameworks and frameworks.endswith("}\n")
    published = files["api/guides.json"]
    assert published.startswith('{\n "') and published.endswith("}\n")
    assert json.loads(published) == json.loads(json.dumps(guides.api(guides.ranker_for(data))))
    assert "Routage d’URL" in published


def test_schemas_are_published_as_written_with_two_space_indents(data):
    files = export.files(data)
    for name, schema in schemas().items():
        assert files[f"schemas/{name}"] == json.dumps(schema, indent=2) + "\n"
    assert files["schemas/framework.schema.json"].startswith('{\n  "')


def test_the_reversed_pair_redirects_to_the_alphabetical_one(data):
    html = export.files(data)["compare/beta-vs-alpha/index.html"]
    assert '<meta http-equiv="refresh" content="0; url=../../compare/alpha-vs-beta/">' in html
    assert '<link rel="canonical" href="../../compare/alpha-vs-beta/">' in html
    assert html == export.redirect("../../compare/alpha-vs-beta/")


@pytest.mark.parametrize(
    ("site_url", "root"),
    [
        ("https://example.org/site/", "https://example.org/site/"),
        ("https://example.org/site", "https://example.org/site/"),
        ("https://example.org/BOX/", "https://example.org/BOX/"),  # only the slash is dropped
        ("", ""),
    ],
)
def test_the_feed_links_from_the_site_root(data, site_url, root):
    feed = ET.fromstring(export.feed(data, site_url))
    assert feed.find(f"{ATOM}id").text == f"{root}changes/"
    assert feed.find(f"{ATOM}link").get("href") == f"{root}changes/feed.xml"
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == "Alpha: Added Alpha with every feature of the catalogue."
    assert entry.find(f"{ATOM}link").get("href") == f"{root}frameworks/alpha/"


def test_the_feed_lists_changes_newest_first(data_root):
    path = data_root / "data/changes.yaml"
    path.write_text(
        path.read_text()
        + "  - date: 2026-01-12\n    summary: Checked the catalogue again.\n    evidence: https://alpha.example.org/docs/\n"
    )
    feed = ET.fromstring(export.feed(assemble.load(data_root), "https://e.example/"))
    assert feed.find(f"{ATOM}updated").text == "2026-01-12T00:00:00Z"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}updated").text[:10] for e in entries] == ["2026-01-12", "2026-01-10"]
    assert entries[0].find(f"{ATOM}link").get("href") == "https://e.example/changes/"  # no framework: the changes page


def test_the_feed_and_redirects_have_no_blank_lines_and_end_with_a_newline(data):
    text = export.feed(data, "https://e.example/")
    assert "</author>\n<entry>\n<title>" in text and "\n\n" not in text and text.endswith("</entry>\n</feed>\n")
    assert export.redirect("../x/").endswith("</body>\n</html>\n")


def test_files_link_the_feed_relative_to_the_site_by_default(data):
    feed = ET.fromstring(export.files(data)["changes/feed.xml"])
    assert feed.find(f"{ATOM}id").text == "changes/"


def test_a_speed_run_is_published_as_indented_utf8(data_root):
    from test_speed import fixture_run, write

    run = fixture_run()
    run["conditions"]["environments"][1]["why"] = "Alpha’s docs run Uvicorn."
    write(data_root, run)
    text = export.files(assemble.load(data_root))["api/speed.json"]
    assert text.startswith('{\n "runs": [\n  "2026-12-07"\n ],\n "conditions": {\n  "') and text.endswith("}\n")
    assert "Alpha’s docs run Uvicorn." in text
