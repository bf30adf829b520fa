"""Each page kind and each fragment, drawn from the small fixture data: what it is called, where it
lives, which file it is edited in, and that it shows that data."""

from __future__ import annotations

import pytest

from pywebcompare import ROOT
from pywebcompare.evidence import assemble
from pywebcompare.site import pages
from pywebcompare.site import state as site
from pywebcompare.site.urls import Links, url_of


@pytest.fixture
def fixture_site(data_root):
    return pages.Site(assemble.load(data_root), Links("https://example.org/r/", "trunk"))


def test_framework_page(fixture_site):
    page = pages.framework_page(fixture_site, "alpha")
    assert (page.src, page.url, page.title) == ("frameworks/alpha.md", "frameworks/alpha/", "Alpha")
    assert page.description == "Alpha: A small test framework used only by the test suite."
    assert (page.data_file, page.search_weight) == ("data/frameworks/alpha.yaml", 3)
    assert "Routes are declared with a decorator." in page.html
    assert 'href="https://example.org/r/edit/trunk/data/frameworks/alpha.yaml"' in page.html
    assert 'href="../../features/routing/"' in page.html  # links are relative to the page


def test_feature_page(fixture_site):
    page = pages.feature_page(fixture_site, "orm")
    assert (page.src, page.title, page.search_weight) == ("features/orm.md", "ORM", 2)
    assert page.description == "ORM in Python web frameworks: A database layer decides how much SQL you write by hand."
    assert "Any ORM can be used; none is bundled." in page.html and "SQLAlchemy" in page.html


def test_guide_page(fixture_site):
    page = pages.guide_page(fixture_site, "small-site")
    assert (page.src, page.title, page.data_file, page.search_weight) == (
        "guides/small-site.md",
        "A small site",
        "data/guides.yaml",
        2,
    )
    assert page.description.startswith("A small site: which Python web framework fits (Alpha, Beta)")


def test_pair_page(fixture_site):
    page = pages.pair_page(fixture_site, "beta", "alpha")
    assert (page.src, page.url, page.title) == ("compare/alpha-vs-beta.md", "compare/alpha-vs-beta/", "Alpha vs Beta")
    assert page.data_file == "data/frameworks/alpha.yaml"
    assert page.description == (
        "Alpha vs Beta: facts side by side, the 1 feature where they differ, and when to pick which."
    )


def test_matrix_notes_file_holds_every_cell_with_links_relative_to_itself(fixture_site):
    drawn = pages.files(fixture_site)
    assert list(drawn) == ["features/cell-notes.html"]
    html = drawn["features/cell-notes.html"]
    data = fixture_site.data
    for fid in data.frameworks:
        for feature in data.features:
            assert f'data-note="{fid}/{feature["id"]}"' in html
            assert f"features.{feature['id']}" in html  # its "report a mistake" names the key
    assert html.count("data-note=") == len(data.frameworks) * len(data.features)
    assert "Any ORM can be used; none is bundled." in html
    assert '<a href="../features/">' in html  # the file sits one folder down, like the matrix page


def test_all_pages_cover_every_framework_feature_guide_and_pair(fixture_site):
    srcs = [p.src for p in pages.all_pages(fixture_site)]
    for expected in ("frameworks/alpha.md", "frameworks/beta.md", "features/routing.md", "features/orm.md"):
        assert expected in srcs
    assert "guides/small-site.md" in srcs and "compare/alpha-vs-beta.md" in srcs
    assert len(srcs) == len(set(srcs))


SHOWS = {  # fragment -> text of the fixture data it must show
    "at_a_glance": "Alpha",
    "matrix": "URL routing",
    "framework_list": "A small test framework used only by the test suite.",
    "support_legend": "Third-party package",
    "compare_picker": "Beta",
    "guides_overview": "A handful of pages with routes and a database.",
    "questionnaire": "Do you need a database?",
    "claims": "Alpha is a very small framework.",
    "changes": "Added Alpha with every feature of the catalogue.",
    "performance": "No speed run has been published yet.",  # the fixture has none; tests/unit/test_speed.py draws one
}


def test_every_fragment_has_an_expectation():
    assert set(SHOWS) == set(pages.FRAGMENTS)


@pytest.mark.parametrize("name", sorted(SHOWS))
def test_every_fragment_draws_its_data(name, fixture_site):
    assert SHOWS[name] in pages.FRAGMENTS[name](fixture_site, "../")


def test_headings_nest_h3_under_h2():
    html = (
        '<h2 id="a">A<a class="headerlink" href="#a">¶</a></h2><h3 id="b">B<a class="headerlink" href="#b">¶</a></h3>'
        '<h2 id="c">C<a class="headerlink" href="#c">¶</a></h2>'
    )
    toc = pages.Page("x.md", "X", "", html).headings()
    assert [(h["id"], [c["id"] for c in h["children"]]) for h in toc] == [("a", ["b"]), ("c", [])]
    assert toc[0]["level"] == 2 and toc[0]["children"][0]["level"] == 3 and toc[0]["name"] == "A"


def test_urls_and_links():
    assert (url_of("index.md"), url_of("frameworks/index.md"), url_of("compare/a-vs-b.md")) == (
        "",
        "frameworks/",
        "compare/a-vs-b/",
    )
    links = Links("https://github.com/o/r/", "dev")
    assert links.edit("data/x.yaml") == "https://github.com/o/r/edit/dev/data/x.yaml"
    assert links.report("data/x.yaml", "X").startswith("https://github.com/o/r/issues/new?template=wrong-data.yml&")
    assert "title=%5Bdata%5D+X%3A+" in links.report("data/x.yaml", "X")


def test_site_is_reused_until_a_data_file_changes(monkeypatch, data_root):
    monkeypatch.setattr(site, "ROOT", data_root)
    for d in site.WATCHED[1:]:
        (data_root / d).mkdir(exist_ok=True)
    first = site.current("https://example.org/r")
    assert site.current("https://example.org/r") is first
    assert site.current("https://example.org/other") is not first  # another repository, another site
    path = data_root / "data/frameworks/alpha.yaml"
    path.write_text(path.read_text().replace("name: Alpha", "name: Alpha Two"))
    changed = site.current("https://example.org/r")
    assert changed.data.frameworks["alpha"]["name"] == "Alpha Two"


def test_highlighted_code_is_cached_by_its_text(tmp_path, monkeypatch):
    """The build reads each example's highlighting back from .cache/ only while its text is unchanged."""
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import PythonLexer

    from pywebcompare.evidence import examples

    monkeypatch.setattr(examples, "cache_dir", lambda kind: tmp_path)
    first = examples.highlight("x = 1\n")
    assert first == (
        '<div class="language-python highlight"><pre><span></span><code>'
        + highlight("x = 1\n", PythonLexer(), HtmlFormatter(nowrap=True))
        + "</code></pre></div>"
    )
    assert len(list(tmp_path.glob("*.html"))) == 1
    cached = next(tmp_path.glob("*.html"))
    cached.write_text("read from the cache")
    assert examples.highlight("x = 1\n") == "read from the cache"
    assert "read from the cache" not in examples.highlight("x = 2\n")  # other text, other entry
    assert len(list(tmp_path.glob("*.html"))) == 2

    monkeypatch.setattr(examples, "cache_dir", lambda kind: None)  # no cache folder: highlight anyway
    assert examples.highlight("x = 1\n") == first


def test_cache_folder_is_made_once_and_ignored_by_git(tmp_path, monkeypatch):
    import pywebcompare

    monkeypatch.setattr(pywebcompare, "ROOT", tmp_path)  # no .cache there yet
    first = pywebcompare.cache_dir("highlight")
    assert first == tmp_path / ".cache" / "highlight" and first.is_dir()
    assert pywebcompare.cache_dir("highlight") == first  # already there
    ignored = (ROOT / ".gitignore").read_text().split()
    assert f"/{first.relative_to(tmp_path).parts[0]}/" in ignored
    (tmp_path / "file").write_text("")
    monkeypatch.setattr(pywebcompare, "ROOT", tmp_path / "file")  # cannot be made: build without it
    assert pywebcompare.cache_dir("highlight") is None


def test_a_fragment_is_drawn_once_per_key(fixture_site):
    drawn = []

    def draw(x):
        drawn.append(x)
        return f"<p>{x}</p>"

    assert fixture_site.once(("test-once", 1), draw, "a") == "<p>a</p>"
    assert fixture_site.once(("test-once", 1), draw, "b") == "<p>a</p>"  # same key: the first drawing
    assert fixture_site.once(("test-once", 2), draw, "b") == "<p>b</p>"
    assert drawn == ["a", "b"]


def test_backticked_words_in_a_task_spec_become_code_and_markup_stays_text():
    from pywebcompare.site.templating import code_spans

    assert code_spans("the body `Hello, World!` as text") == "the body <code>Hello, World!</code> as text"
    assert code_spans("`<b>x</b>` and <i>y</i>") == "<code>&lt;b&gt;x&lt;/b&gt;</code> and &lt;i&gt;y&lt;/i&gt;"
    assert code_spans("a lone ` stays") == "a lone ` stays"


def test_templates_read_data_as_jinja_does_and_a_missing_key_names_itself():
    # the environment reads a dict's key before its attribute (for speed): it must answer as Jinja does
    import jinja2

    from pywebcompare.site.templating import environment

    plain = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    data = {"name": "Flask", "items": "a key named like a dict method"}
    for source in ("{{ d.name }}", "{{ d['items'] }}", "{{ d.items is callable }}", "{{ d.get('name') }}"):
        assert environment().from_string(source).render(d=data) == plain.from_string(source).render(d=data)
    for source in ("{{ d.missing }}", "{{ d.missing.deeper }}"):
        with pytest.raises(jinja2.UndefinedError) as ours:
            environment().from_string(source).render(d=data)
        with pytest.raises(jinja2.UndefinedError) as jinjas:
            plain.from_string(source).render(d=data)
        assert str(ours.value) == str(jinjas.value) == "'dict object' has no attribute 'missing'"
