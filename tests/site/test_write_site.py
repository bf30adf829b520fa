"""`python -m pywebcompare write-site DIR`: the whole site as plain files that stock MkDocs and
Material build without our hooks, the macros plugin or the theme override, to the same pages with
the same text as our own build (the way off the engine: README, "Moving off the engine")."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml
from support import ROOT, build_site, run_cli

ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)


def published(site: Path) -> set[str]:
    """Every file a reader can fetch, but the theme's own assets and the search index."""
    return {
        str(p.relative_to(site))
        for p in site.rglob("*")
        if p.is_file()
        and not str(p.relative_to(site)).startswith(("assets/", "search/"))
        and p.name != "sitemap.xml.gz"
    }


def article_text(path: Path) -> str:
    """The words of a page's article, tags dropped and spaces collapsed."""
    found = ARTICLE.search(path.read_text(encoding="utf-8"))
    body = re.sub(r"<[^>]+>", " ", found.group(1) if found else "")
    return " ".join(html.unescape(body).split())


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("plain")
    written = run_cli("write-site", str(out / "project"), root=ROOT)
    assert written.returncode == 0, written.stderr[-3000:]
    result = build_site(out / "project", out / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    assert [line for line in result.stderr.splitlines() if line.startswith("WARNING")] == []
    return out / "project", out / "site"


def test_the_plain_project_uses_no_hook_macro_or_override(plain):
    project, _ = plain
    config = yaml.safe_load((project / "mkdocs.yml").read_text())
    assert "hooks" not in config and "watch" not in config and config["plugins"] == ["search"]
    assert "custom_dir" not in config["theme"] and config["theme"]["name"] == "material"
    texts = [p.read_text() for p in (project / "docs").rglob("*.md")]
    assert not any("{{ pwc." in t for t in texts)  # every piece drawn already
    assert not (project / "hooks.py").exists() and not (project / "macros.py").exists()


def test_stock_material_builds_the_same_pages_with_the_same_text(plain, site):
    _, plain_site = plain
    ours, theirs = published(site), published(plain_site)
    assert len(ours) > 1000 and ours == theirs
    differ = [p for p in sorted(ours) if p.endswith(".html") and article_text(site / p) != article_text(plain_site / p)]
    assert differ == []


def test_the_comparison_sees_a_missing_page_and_a_changed_word(plain, site, tmp_path):
    _, plain_site = plain
    page = plain_site / "frameworks/flask/index.html"
    assert article_text(page) == article_text(site / "frameworks/flask/index.html")
    changed = tmp_path / "index.html"
    changed.write_text(page.read_text().replace("</article>", "one more word</article>", 1))
    assert article_text(changed) != article_text(page)
    assert published(plain_site) - {"frameworks/flask/index.html"} != published(site)
