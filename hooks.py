"""MkDocs hook: checks the data first, adds the generated pages and files, and points each page's
edit link at the data behind it. The pages themselves come from pywebcompare.
"""

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from mkdocs.structure.toc import get_toc

sys.path.insert(0, str(Path(__file__).parent))  # the data core sits beside this file

from pywebcompare.problems import DataError  # noqa: E402
from pywebcompare.site import renderer  # noqa: E402

_generated: dict = {}  # src path -> pywebcompare Page, for this build


def load_renderer(config):
    """The renderer for this build; bad data stops the build with one line per problem."""
    try:
        return renderer(config["extra"]["repo"], config["extra"]["branch"], config["site_url"] or "")
    except DataError as err:
        raise PluginError(f"The data has problems:\n{err}") from None


def on_config(config):
    load_renderer(config)  # validate before anything else happens


def on_files(files, config):
    render = load_renderer(config)
    _generated.clear()
    for page in render.pages():
        files.append(File.generated(config, page.src, content=page.markdown))
        _generated[page.src] = page
    for path, content in render.files().items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown, page, config, files):
    # A generated page's body is already HTML: skip Markdown, which would only slowly copy it.
    return "" if page.file.src_uri in _generated else markdown


def on_page_content(html, page, config, files):
    generated = _generated.get(page.file.src_uri)
    if generated is None:
        return html
    page.toc = get_toc(generated.headings())
    return generated.html


def on_page_context(context, page, config, nav):
    # Material's edit button: the YAML behind a generated page, the Markdown behind a written one.
    repo, branch = config["extra"]["repo"], config["extra"]["branch"]
    generated = _generated.get(page.file.src_uri)
    data_file = generated.data_file if generated else f"docs/{page.file.src_uri}"
    page.edit_url = f"{repo}/edit/{branch}/{data_file}"
    return context


SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


TOC_LABEL = '<label class="md-nav__title" for="__toc">'


def on_post_page(output, page, config):
    # Two fixes to the theme's markup, made here rather than by copying its partials; if its markup
    # changes, the accessibility and HTML tests say so.
    # 1. The search dialog has no accessible name (axe: aria-dialog-name).
    output = output.replace(SEARCH_DIALOG, SEARCH_DIALOG[:-1] + ' aria-label="Search">', 1)
    # 2. On pages outside the navigation the theme omits the #__toc toggle but keeps a label for it
    #    (Nu HTML checker: "for" must name a form control); the label then only needs to be a title.
    if 'id="__toc"' not in output:
        output = output.replace(TOC_LABEL, '<div class="md-nav__title">', 1)
        output = output.replace("Table of contents\n    </label>", "Table of contents\n    </div>", 1)
    return output
