"""The code catalogue on the built site: /code/, one page per task, code on pair and feature pages,
'tested' in the matrix. Checked against the files and data the pages come from."""

from __future__ import annotations

import pytest
import yaml
from bs4 import BeautifulSoup
from support import ROOT

from pywebcompare.evidence import examples

TASKS = yaml.safe_load((ROOT / "data/tasks.yaml").read_text())["tasks"]


def page(site, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(), "html.parser")


def first_code_line(path) -> str:
    return next(line for line in path.read_text().splitlines() if line.strip() and not line.startswith("#"))


def test_code_index_lists_every_task_with_lines_of_code(site):
    soup = page(site, "code")
    table = soup.select_one("table.pwc-code-table")
    linked = {a["href"] for a in table.select("thead th a")}  # one column per task, one row per framework
    assert linked == {f"../code/{t['id']}/" for t in TASKS}
    flask_hello = table.select_one('a[href="../code/hello/#flask"]')
    assert flask_hello.text == str(examples.lines_of_code(ROOT / "examples/hello/flask.py"))


@pytest.mark.parametrize("task", [t["id"] for t in TASKS])
def test_task_page_shows_every_framework_code(site, task):
    soup = page(site, f"code/{task}")
    for fw, path in examples.example_files(task).items():
        section = soup.find(id=fw).find_parent("section")
        code = section.select_one(".highlight pre code")
        assert code is not None, f"{task}/{fw}: no highlighted code block"
        assert first_code_line(path).strip() in code.get_text()
        meta = section.select_one(".pwc-code-meta").get_text(" ", strip=True)
        assert f"{examples.lines_of_code(path)} lines of code" in meta
        assert "passed its spec on" in meta and examples.pinned_version(fw) in meta, meta


def test_impossible_task_says_why(site):
    data = yaml.safe_load((ROOT / "data/examples/django.yaml").read_text())["tasks"]["background-task"]
    soup = page(site, "code/background-task")
    section = soup.find(id="django").find_parent("section")
    assert " ".join(data["impossible"].split()) in " ".join(section.get_text(" ").split())
    assert section.select_one("a.pwc-source")["href"] == data["source"]


def test_pair_page_shows_both_frameworks_code(site):
    soup = page(site, "compare/fastapi-vs-flask")
    blocks = soup.select("details.pwc-pair-code")
    assert len(blocks) == len(TASKS)
    hello = blocks[0].get_text()
    assert "from fastapi import FastAPI" in hello and "from flask import Flask" in hello
    assert [b for b in blocks if "open" not in b.attrs], "long examples start collapsed"


def test_feature_page_lists_its_tasks(site):
    soup = page(site, "features/websockets")
    assert soup.select_one('ul.pwc-feature-code a[href="../../code/websocket-echo/"]') is not None


def test_matrix_marks_cells_backed_by_a_passing_example(site):
    soup = page(site, "features")
    # each cell's note (in the matrix's notes file, shown when the cell opens) links to its example
    notes = BeautifulSoup((site / "features/cell-notes.html").read_text(), "html.parser")
    link = notes.select_one('[data-note="flask/websockets"] a.pwc-tested[href="../code/websocket-echo/#flask"]')
    assert link is not None and link.text == "tested"
    for cell in soup.select("td.pwc-none"):
        note = notes.select_one(f'[data-note="{cell.a["data-note"]}"]')
        assert note.select_one("a.pwc-tested") is None, "a feature marked not available is never 'tested'"


def test_code_is_escaped():
    html = examples.highlight('x = "<script>alert(1)</script>"\n')
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_since_checked_by_the_collector_shows_next_to_since(site):
    record = yaml.safe_load((ROOT / "data/examples/flask.yaml").read_text())["collected"]["async-views"]
    row = page(site, "frameworks/flask").find(id="f-async-views")
    check = row.select_one(".pwc-since-check")
    assert check["title"] == record["printed"]
    words = "confirmed by running the examples" if record["verdict"] == "confirmed" else "not confirmed"
    assert check.get_text().startswith(words) and record["date"] in check.get_text()
