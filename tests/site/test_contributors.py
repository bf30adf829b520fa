"""The contributor's path: scaffold, editor support, freshness, the change log and its feed."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest
import yaml
from bs4 import BeautifulSoup
from support import ROOT, run_cli

from pywebcompare.evidence import assemble
from pywebcompare.site import pages
from pywebcompare.site.compare import changes_newest_first
from pywebcompare.site.urls import Links

DATA = assemble.load()
ATOM = "{http://www.w3.org/2005/Atom}"


def test_scaffold_lists_every_feature_and_fails_until_filled(data_root):
    result = run_cli("scaffold", "gamma", "--name", "Gamma", root=data_root)
    assert result.returncode == 0, result.stderr
    created = yaml.safe_load((data_root / "data/frameworks/gamma.yaml").read_text())
    assert set(created["features"]) == {"routing", "orm"}
    check = run_cli("validate", root=data_root)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert "data/frameworks/gamma.yaml:" in check.stderr and "'TODO' is not in the right form" in check.stderr
    assert run_cli("scaffold", "gamma", "--name", "Gamma", root=data_root).returncode == 1  # never overwrites


@pytest.mark.parametrize("path", sorted((ROOT / "data").rglob("*.yaml")), ids=lambda p: p.name)
def test_every_data_file_names_its_schema_for_editors(path):
    first = path.read_text().splitlines()[0]
    match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
    assert match, f"{path}: first line should be the yaml-language-server modeline"
    assert (path.parent / match.group(1)).resolve().is_file()


def test_stale_lists_old_facts_and_pages_say_so(data_root):
    path = data_root / "data/frameworks/alpha.yaml"
    path.write_text(path.read_text().replace("checked: 2026-01-10", "checked: 2020-03-01"))
    result = run_cli("stale", "--months", "12", root=data_root)
    assert result.returncode == 0
    assert "data/frameworks/alpha.yaml:9: facts.license: last checked 2020-03-01" in result.stdout
    assert not any("beta.yaml" in line for line in result.stdout.splitlines()[:-1] if "2020" in line)
    site = pages.Site(assemble.load(data_root), Links("https://example.org/r"))
    assert "may be out of date" in pages.framework_page(site, "alpha").html
    assert "may be out of date" not in pages.framework_page(site, "beta").html


def test_changes_page_is_newest_first_and_feed_is_atom(site):
    soup = BeautifulSoup((site / "changes/index.html").read_text(), "html.parser")
    days = [h.get_text(strip=True).rstrip("¶") for h in soup.select("article h2")]
    assert days == sorted(days, reverse=True) and days
    feed = ET.fromstring((site / "changes/feed.xml").read_bytes())
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(changes_newest_first(DATA))  # hand-written and drawn from the snapshots
    updated = [e.find(f"{ATOM}updated").text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert feed.find(f"{ATOM}link[@rel='self']").get("href").endswith("/changes/feed.xml")
    for entry in entries:
        assert entry.find(f"{ATOM}link[@rel='related']").get("href").startswith("https://")


def test_every_schema_is_published_and_documented(site):
    docs = (ROOT / "docs/data.md").read_text()
    for schema in (ROOT / "schemas").glob("*.schema.json"):
        assert (site / "schemas" / schema.name).is_file()
        assert f"schemas/{schema.name}" in docs, f"{schema.name} is not documented in docs/data.md"


def test_pre_commit_validate_hook_runs_and_stops_bad_data(data_root):
    """The local hook's own command, run as pre-commit runs it, passes good data and stops bad data."""
    import shlex
    import subprocess
    import sys

    hooks = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    hook = next(h for repo in hooks["repos"] for h in repo["hooks"] if h["id"] == "pywebcompare-validate")
    command = [sys.executable if w == "python" else w for w in shlex.split(hook["entry"])]
    command[-1:-1] = ["--root", str(data_root)]  # the project folder goes before the chore
    ok = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    path = data_root / "data/frameworks/beta.yaml"
    path.write_text(path.read_text().replace("id: beta", "id: bet"))
    bad = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert bad.returncode == 1 and "data/frameworks/beta.yaml:1:5" in bad.stderr


def test_report_link_prefills_a_field_the_issue_form_has():
    from urllib.parse import parse_qs, urlsplit

    form = yaml.safe_load((ROOT / ".github/ISSUE_TEMPLATE/wrong-data.yml").read_text())
    field_ids = {f.get("id") for f in form["body"]}
    query = parse_qs(urlsplit(Links("https://github.com/o/r").report("data/frameworks/flask.yaml", "Flask")).query)
    assert (
        query["template"] == ["wrong-data.yml"] and (ROOT / ".github/ISSUE_TEMPLATE" / query["template"][0]).is_file()
    )
    prefilled = set(query) - {"template", "title"}
    assert prefilled and prefilled <= field_ids and query["data-file"] == ["data/frameworks/flask.yaml"]


@pytest.mark.parametrize("workflow", ["pr.yml", "deploy.yml"])
def test_ci_workflows_run_the_whole_test_command(workflow):
    steps = [
        s
        for job in yaml.safe_load((ROOT / ".github/workflows" / workflow).read_text())["jobs"].values()
        for s in job["steps"]
    ]
    assert any("python3 dev.py test" in s.get("run", "") for s in steps)


def test_cutoff_date_math():
    from pywebcompare.data.freshness import cutoff

    assert cutoff(12, dt.date(2024, 2, 29)) == dt.date(2023, 2, 28)


@pytest.mark.parametrize("path", sorted((ROOT / "schemas").glob("*.schema.json")), ids=lambda p: p.name)
def test_every_schema_field_has_a_description(path):
    """Editors show these descriptions while typing, so none may be missing."""
    import json

    missing = []

    def walk(node, where):
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                if isinstance(sub, dict) and "description" not in sub:
                    missing.append(f"{where}.{name}")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for value in node:
                walk(value, where)

    walk(json.loads(path.read_text()), "")
    assert missing == []
