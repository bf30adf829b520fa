"""Page kinds and fragments on the fixture data, grown where a page needs more to show: links relative
to each page, the search weights and data files, plurals, and how many items a first screen shows."""

from __future__ import annotations

import re

import pytest

from pywebcompare.evidence import assemble
from pywebcompare.site import pages
from pywebcompare.site.urls import Links

LEVELS = ("built-in", "official", "third-party", "partial", "none")


def grow(root, features=(), frameworks=()):
    """Add features to the catalogue (Alpha has each built in, Beta has none) and frameworks copied
    from Beta: frameworks is [(id, name, {feature: level})], other features as Beta has them."""
    cat = root / "data/features.yaml"
    cat.write_text(
        cat.read_text()
        + "".join(f"      - id: {f}\n        name: {f.title()}\n        why: It is needed for {f}.\n" for f in features)
    )
    for fid, level in (("alpha", "built-in"), ("beta", "none")):
        path = root / f"data/frameworks/{fid}.yaml"
        block = "".join(
            f"  {f}:\n    support: {level}\n    note: Said by its docs.\n"
            f"    source: https://{fid}.example.org/docs/{f}/\n    evidence: docs\n"
            for f in features
        )
        path.write_text(path.read_text().replace("users: []", block + "users: []"))
    beta = (root / "data/frameworks/beta.yaml").read_text()
    for fid, name, levels in frameworks:
        text = beta.replace("beta", fid).replace("Beta", name)
        for feature, level in levels.items():
            text = re.sub(rf"(  {feature}:\n    support: )\S+", rf"\g<1>{level}", text)
        (root / f"data/frameworks/{fid}.yaml").write_text(text)


def site_of(root):
    return pages.Site(assemble.load(root), Links("https://example.org/r/", "trunk"))


@pytest.fixture
def fixture_site(data_root):
    return site_of(data_root)


def between(html, start, end):
    return html[html.index(start) : html.index(end, html.index(start))]


# -- the page kinds ----------------------------------------------------------------------------------


def test_a_page_made_from_the_essentials_is_an_ordinary_page():
    page = pages.Page("about.md", "About", "What this is.", "<p>x</p>")
    assert (page.data_file, page.search_weight, page.wide, page.search_text) == ("", 1, False, "")
    assert page.url == "about/"


def test_headings_read_the_search_exclude_form_and_stop_at_the_permalink():
    html = (
        '<h2 data-search-exclude id="a">Alpha &amp; co<a class="headerlink" href="#a">¶</a></h2>'
        '<h4 id="x">X<a class="headerlink" href="#x">¶</a></h4>'
        '<h3 id="b">B<a class="headerlink" href="#b">¶</a></h3>'
    )
    assert pages.Page("x.md", "X", "", html).headings() == [
        {
            "level": 2,
            "id": "a",
            "name": "Alpha &amp; co",
            "children": [{"level": 3, "id": "b", "name": "B", "children": []}],
        }
    ]


def test_an_h3_before_any_h2_stands_at_the_top():
    html = '<h3 id="b">B<a class="headerlink" href="#b">¶</a></h3>'
    assert [h["level"] for h in pages.Page("x.md", "X", "", html).headings()] == [3]


def test_a_framework_page_offers_a_comparison_with_every_other_framework(data_root):
    grow(data_root, frameworks=[("gamma", "Gamma", {})])
    html = pages.framework_page(site_of(data_root), "beta").html
    pairs = between(html, '<ul class="pwc-pairs"', "</ul>")
    assert re.findall(r'href="([^"]+)"', pairs) == ["../../compare/alpha-vs-beta/", "../../compare/beta-vs-gamma/"]


def test_a_feature_page_is_edited_in_the_catalogue_and_links_from_its_own_folder(fixture_site):
    page = pages.feature_page(fixture_site, "orm")
    assert page.data_file == "data/features.yaml"
    assert 'See every feature at once in the <a href="../../features/">feature matrix</a>' in page.html
    assert 'href="../../frameworks/alpha/#f-orm"' in page.html


def test_a_guide_page_links_from_its_own_folder(fixture_site):
    html = pages.guide_page(fixture_site, "small-site").html
    assert '<a href="../../frameworks/alpha/">Alpha</a>' in html


def test_a_guide_page_names_its_own_tie_break(data_root):
    path = data_root / "data/guides.yaml"
    path.write_text(path.read_text().replace("    watch_out:\n", "    tie_break: {code_size: hello}\n    watch_out:\n"))
    html = pages.guide_page(site_of(data_root), "small-site").html
    assert "the tie-break (short code for the hello task)" in html
    assert "recent releases" not in html  # the file's default tie-break


def test_the_default_tie_break_is_recent_releases(fixture_site):
    assert "recent releases" in pages.guide_page(fixture_site, "small-site").html


def test_a_pair_page_is_wide_and_searched_by_one_sentence(fixture_site):
    page = pages.pair_page(fixture_site, "alpha", "beta")
    assert (page.wide, page.search_weight, page.search_text) == (True, 2, "They differ on 1 of 2 features.")
    assert page.search_weight < pages.framework_page(fixture_site, "alpha").search_weight
    assert 'More on <a href="../../frameworks/alpha/">Alpha</a>' in page.html


def test_a_pair_page_counts_its_differences_in_the_plural(data_root):
    path = data_root / "data/frameworks/beta.yaml"
    path.write_text(path.read_text().replace("support: built-in", "support: partial"))
    page = pages.pair_page(site_of(data_root), "alpha", "beta")
    assert "the 2 features where they differ" in page.description
    path.write_text(path.read_text().replace("support: partial", "support: built-in"))
    alpha = data_root / "data/frameworks/alpha.yaml"
    alpha.write_text(alpha.read_text().replace("support: third-party\n    package: SQLAlchemy", "support: none"))
    page = pages.pair_page(site_of(data_root), "alpha", "beta")
    assert "the 0 features where they differ" in page.description
    assert "None that the decision guides weigh" in page.html


def test_a_pair_page_names_the_five_differences_the_guides_weigh_most_first(data_root):
    grow(data_root, features=["f1", "f2", "f3", "f4", "f5", "f6", "f7"])
    guides = data_root / "data/guides.yaml"
    weighed = "".join(
        f"      - {{feature: {f}, weight: {w}, why: It matters here.}}\n"
        for f, w in (("f6", 3), ("f5", 2), ("f1", 1), ("f2", 1), ("f3", 1), ("f4", 1))
    )
    guides.write_text(guides.read_text().replace("    watch_out:", weighed + "    watch_out:", 1))
    page = pages.pair_page(site_of(data_root), "alpha", "beta")
    assert page.search_text == "They differ on 8 of 9 features."  # f1..f7 and orm
    decisive = between(page.html, '<section class="pwc-decisive">', "</section>")
    # weight times the gap: f6 (3 x 4) before f5 (2 x 4) before the weight-1 ones in catalogue order;
    # five at most, and f7, which no guide weighs, never
    assert re.findall(r'<a href="../../features/([^/]+)/">', decisive) == ["f6", "f5", "f1", "f2", "f3"]


def test_the_code_index_page(fixture_site):
    page = pages.code_index_page(fixture_site)
    assert (page.src, page.url, page.title, page.data_file, page.search_weight) == (
        "code/index.md",
        "code/",
        "Code examples",
        "data/tasks.yaml",
        2,
    )
    assert page.description == (
        "The same tasks written in every Python web framework, each run against its real release in the tests."
    )
    assert '<a href="../code/hello/">Hello world</a>' in page.html
    assert 'href="../features/routing/"' in page.html


def test_a_code_task_page(fixture_site):
    page = pages.code_task_page(fixture_site, "hello")
    assert (page.src, page.url, page.title, page.data_file, page.search_weight) == (
        "code/hello.md",
        "code/hello/",
        "Hello world in every framework",
        "data/tasks.yaml",
        1,
    )
    assert page.description == "Hello world: The smallest app, one route answering plain text."
    assert page.search_text == "The smallest app, one route answering plain text."
    assert '<a href="../../features/routing/">URL routing</a>' in page.html
    assert "Alpha answers only JSON" in page.html


def test_all_pages_include_the_code_pages_only_with_tasks(data_root):
    srcs = [p.src for p in pages.all_pages(site_of(data_root))]
    assert srcs[-2:] == ["code/index.md", "code/hello.md"]
    (data_root / "data/tasks.yaml").unlink()
    for path in (data_root / "data/examples").iterdir():
        path.unlink()
    srcs = [p.src for p in pages.all_pages(site_of(data_root))]
    assert not [s for s in srcs if s.startswith("code/")]


# -- fragments of hand-written pages: links start from the page's own base -------------------------

LINKS = {  # fragment -> a link it draws, for a page two folders down
    "at_a_glance": 'href="../../frameworks/alpha/"',
    "matrix": 'href="../../features/routing/"',
    "framework_list": 'href="../../frameworks/alpha/"',
    "compare_picker": 'href="../../guides/"',
    "guides_overview": 'href="../../guides/small-site/"',
    "questionnaire": 'data-api="../../api/guides.json"',
    "claims": 'href="../../frameworks/alpha/"',
    "changes": 'href="../../changes/feed.xml"',
}


@pytest.mark.parametrize("name", sorted(LINKS))
def test_fragments_link_from_the_base_they_are_given(name, fixture_site):
    assert LINKS[name] in pages.FRAGMENTS[name](fixture_site, "../../")


def test_the_guides_overview_names_the_first_three_places(data_root):
    levels = [("gamma", "Gamma", "built-in"), ("delta", "Delta", "partial"), ("epsilon", "Epsilon", "none")]
    grow(data_root, frameworks=[(fid, name, {"orm": level}) for fid, name, level in levels])
    html = pages.guides_overview(site_of(data_root), "../")
    best = between(html, "<strong>Best fits:</strong>", "</p>")
    # routing (weight 2) is built in everywhere; orm (weight 1) decides: gamma built in (100 %), alpha
    # third-party (83 %), delta partial (75 %), then beta and epsilon without (67 %, a fourth place)
    assert re.findall(r'href="../frameworks/([^/]+)/"', best) == ["gamma", "alpha", "delta"]


def test_the_picker_starts_with_the_pair_the_data_names_first(data_root):
    grow(data_root, frameworks=[("fastapi", "FastAPI", {}), ("flask", "Flask", {})])
    guides = data_root / "data/guides.yaml"
    guides.write_text(guides.read_text().replace("first_question: [alpha, beta]", "first_question: [flask, fastapi]"))
    html = pages.compare_picker(site_of(data_root), "../")
    popular = re.findall(r'href="../compare/([^/]+)/"', between(html, 'id="popular-comparisons"', "</ul>"))
    assert popular[0] == "fastapi-vs-flask"
    assert len(popular) == len(set(popular)) == 2  # and the guide's two best fits, once


def test_the_picker_offers_the_first_question_once_then_the_guides_best_fits(fixture_site):
    html = pages.compare_picker(fixture_site, "../")
    popular = re.findall(r'href="../compare/([^/]+)/"', between(html, 'id="popular-comparisons"', "</ul>"))
    assert popular == ["alpha-vs-beta"]


def test_the_matrix_fragment_is_the_feature_matrix_not_the_compare(fixture_site):
    html = pages.matrix(fixture_site, "../")
    assert 'data-mode="matrix"' in html and 'id="matrix-core"' in html
    assert 'aria-label="Feature matrix, scrolls in both directions"' in html


def test_pages_hold_no_blank_line_before_markup(fixture_site):
    """A blank line would end an HTML block if Markdown ever read the page."""
    html = pages.framework_page(fixture_site, "alpha").html
    assert '</ul>\n<h2 id="compare-with-another-framework">' in html  # a blank line between them in the template
    assert not re.search(r"\n[ \t]*\n[ \t]*<", html)


def test_the_performance_page_cites_the_published_benchmarks(data_root):
    path = data_root / "data/benchmarks.yaml"
    path.write_text(
        path.read_text().replace(
            "benchmarks: []",
            "benchmarks:\n"
            "  - framework: alpha\n"
            "    suite: tiny-bench\n"
            "    round: results of 2025-01-01\n"
            "    date: 2025-01-01\n"
            "    test: Answer a plain-text request with a short body\n"
            "    conditions: One core, wrk -d10s -c16.\n"
            "    result: 1234 requests/sec\n"
            "    source: https://bench.example.org/results/\n",
        )
    )
    html = pages.performance(site_of(data_root), "../")
    assert 'id="published-benchmarks"' in html and "1234 requests/sec" in html
