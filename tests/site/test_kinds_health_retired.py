"""Kinds, health, retired frameworks and support policies, as the built site shows them."""

from __future__ import annotations

import json

from bs4 import BeautifulSoup

from pywebcompare.data.vocab import HEALTH, KINDS
from pywebcompare.evidence import assemble, index
from pywebcompare.site.urls import pair_url

DATA = assemble.load()


def page(site, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(), "html.parser")


def test_every_framework_page_shows_its_kind_and_health(site):
    for fid, fw in DATA.frameworks.items():
        badges = page(site, f"frameworks/{fid}").select_one(".pwc-intro .pwc-badges")
        assert badges.select_one(".pwc-kind").get_text() == KINDS[fw["kind"]][0], fid
        health = DATA.index[fid]["health"]
        assert badges.select_one(".pwc-health").get_text() == HEALTH[health], fid
        assert f"pwc-health--{health}" in badges.select_one(".pwc-health")["class"]


def test_the_health_rule_and_the_kinds_are_published_once_on_the_frameworks_list(site):
    listing = page(site, "frameworks")
    assert index.HEALTH_RULE in listing.get_text(" ", strip=True)
    assert [dt.get_text() for dt in listing.select(".pwc-kinds dt")] == [w for w, _ in KINDS.values()]
    kinds = {li["data-kind"] for li in listing.select("li[data-kind]")}
    assert kinds == {fw["kind"] for fw in DATA.frameworks.values()}


def test_a_pair_of_two_kinds_says_so_first_and_a_pair_of_one_kind_does_not(site):
    differ = [(a, b) for a, b in DATA.pairs() if DATA.frameworks[a]["kind"] != DATA.frameworks[b]["kind"]]
    same = [(a, b) for a, b in DATA.pairs() if DATA.frameworks[a]["kind"] == DATA.frameworks[b]["kind"]]
    assert differ and same
    for a, b in differ[:5]:
        note = page(site, pair_url(a, b)).select_one(".pwc-intro .pwc-kind-note")
        assert note and "Different kinds" in note.get_text(), (a, b)
    for a, b in same[:5]:
        assert page(site, pair_url(a, b)).select_one(".pwc-kind-note") is None


def test_the_api_gives_kind_builds_on_and_health_and_the_retired(site):
    api = json.loads((site / "api/frameworks.json").read_text())
    for fid, fw in api["frameworks"].items():
        assert fw["kind"] == DATA.frameworks[fid]["kind"] and fw["builds_on"] == DATA.frameworks[fid]["builds_on"]
        assert fw["health"]["status"] == DATA.index[fid]["health"]
        assert fw["health"]["last_release"] == DATA.index[fid]["last_release"]["date"]
        assert fw["health"]["rule"] == index.HEALTH_RULE
    assert set(api["retired"]) == {r["id"] for r in DATA.retired} and len(api["retired"]) >= 9
    for r in DATA.retired:
        assert api["retired"][r["id"]] == {k: r[k] for k in ("name", "last_release", "status", "source", "instead")}


def test_each_retired_framework_has_a_page_listed_and_kept_out_of_the_matrix(site):
    listing = page(site, "frameworks")
    matrix = (site / "features/index.html").read_text()
    for r in DATA.retired:
        shown = page(site, f"retired/{r['id']}")
        assert shown.h1.get_text().startswith(r["name"])
        text = shown.get_text(" ", strip=True)
        assert r["last_release"]["version"] in text and r["status"] in text
        assert [a["href"] for a in shown.select(".pwc-intro a")][: len(r["instead"])] == [
            f"../../frameworks/{i}/" for i in r["instead"]
        ]
        assert listing.select_one(f'a[href="retired/{r["id"]}/"]') is not None
        assert f'frameworks/{r["id"]}/' not in matrix and r["id"] not in DATA.frameworks


def test_a_published_support_policy_shows_its_lines(site):
    policies = {fid: fw["support_policy"] for fid, fw in DATA.frameworks.items() if "support_policy" in fw}
    assert "django" in policies
    for fid, policy in policies.items():
        rows = page(site, f"frameworks/{fid}").select(".pwc-support-lines tbody tr")
        assert [(r.th.get_text(), r.select("td")[1].get_text()) for r in rows] == [
            (line["version"], str(line["until"])) for line in policy["lines"]
        ]
    lts = [line for line in policies["django"]["lines"] if line["lts"]]
    assert lts, "Django's LTS lines and their end of support appear on its page"
