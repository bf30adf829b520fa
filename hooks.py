"""MkDocs hook: checks the data first, adds the generated pages and files, writes each generated
page's front matter and table of contents, and points each page's edit link at the data behind it.
The pages themselves come from pywebcompare, which knows nothing of MkDocs or its theme.
"""

import html
import json
import sys
from pathlib import Path

import rjsmin
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

sys.path.insert(0, str(Path(__file__).parent))  # the data core sits beside this file

from pywebcompare.data.problems import DataError  # noqa: E402
from pywebcompare.site import pages  # noqa: E402
from pywebcompare.site.portable import front_matter, generated_files  # noqa: E402
from pywebcompare.site.state import current  # noqa: E402

_generated: dict = {}  # src path -> pywebcompare Page, for this build
_built_for: list = [None, None]  # [config, Site]: each build (serve loads a new config) asks once


def load_site(config):
    """The Site for this build; bad data stops the build with one line per problem."""
    if _built_for[0] is not config:  # the macros plugin and two hooks ask; the files are checked once
        try:
            site = current(config["extra"]["repo"], config["extra"]["branch"], config["site_url"] or "")
        except DataError as err:
            raise PluginError(f"The data has problems:\n{err}") from None
        _built_for[:] = [config, site]
    return _built_for[1]


def on_config(config):
    load_site(config)  # validate before anything else happens


def on_files(files, config):
    site = load_site(config)
    _generated.clear()
    for page in pages.all_pages(site):
        files.append(File.generated(config, page.src, content=front_matter(page)))
        _generated[page.src] = page
    for path, content in generated_files(site).items():
        files.append(File.generated(config, path, content=content))
    # Our scripts (docs/assets/*.js) are written to be read, with comments, and served minified. The
    # theme's own scripts sit one folder deeper (assets/javascripts/) and come minified already.
    for script in (Path(config["docs_dir"]) / "assets").glob("*.js"):
        file = files.get_file_from_path(f"assets/{script.name}")
        file.content_string = rjsmin.jsmin(file.content_string)
    return files


def on_env(env, config, files):
    env.filters["minify_js"] = rjsmin.jsmin  # for the inline script of overrides/partials/javascripts/
    return env


def on_post_build(config):
    """Add the pages that carry their own search text to the theme's search index."""
    extra = [p for p in _generated.values() if p.search_text and p.search_weight]
    sections = [(p, s) for p in _generated.values() if p.search_weight for s in p.search_sections]
    path = Path(config["site_dir"]) / "search" / "search_index.json"
    if not (extra or sections) or not path.exists():
        return
    index = json.loads(path.read_text())
    index["docs"] += [
        {
            "location": p.url,
            "title": html.escape(p.title),
            "text": f"<p>{html.escape(p.search_text)}</p>",
            "boost": p.search_weight,
        }
        for p in extra
    ]
    # What the tables and code say, one entry per row or example, after the pages they belong to (the
    # theme groups a section under the page listed before it), each with its own weight.
    index["docs"] += [
        {
            "location": f"{p.url}#{anchor}",
            "title": html.escape(title),
            "text": f"<p>{html.escape(text)}</p>",
            "boost": boost,
        }
        for p, (anchor, title, text, boost) in sections
    ]
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")))


def on_page_content(html_, page, config, files):
    generated = _generated.get(page.file.src_uri)
    if generated is None:
        return html_
    page.toc = get_toc(generated.headings())
    return generated.html


def on_page_context(context, page, config, nav):
    # The theme's edit button: the YAML behind a generated page, the Markdown behind a written one.
    repo, branch = config["extra"]["repo"], config["extra"]["branch"]
    generated = _generated.get(page.file.src_uri)
    data_file = generated.data_file if generated else f"docs/{page.file.src_uri}"
    page.edit_url = f"{repo}/edit/{branch}/{data_file}"
    return context


# Two fixes to the theme's markup. Each fails the build when the markup it patches is missing, so a
# theme release that changes it is noticed at once instead of silently shipping the old defect.
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
TOC_LABEL = '<label class="md-nav__title" for="__toc">'
TOC_LABEL_END = "Table of contents\n    </label>"


def patch(output: str, old: str, new: str, page, why: str) -> str:
    if old not in output:
        raise PluginError(f"Theme markup changed on {page.file.src_uri}: cannot find {old!r} to fix {why}.")
    return output.replace(old, new, 1)


def on_post_page(output, page, config):
    # 1. The search dialog has no accessible name (axe: aria-dialog-name).
    output = patch(
        output, SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">', page, "the search dialog's name"
    )
    # 2. On pages outside the navigation the theme omits the #__toc toggle but keeps a label for it
    #    (Nu HTML checker: "for" must name a form control); the label then only needs to be a title.
    if 'id="__toc"' not in output and TOC_LABEL in output:
        output = output.replace(TOC_LABEL, '<div class="md-nav__title">', 1)
        output = patch(output, TOC_LABEL_END, "Table of contents\n    </div>", page, "the orphaned toc label")
    return output
