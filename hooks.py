"""MkDocs hook: checks the data first, adds the generated pages and files, and points each page's
edit link at the data behind it. The pages themselves come from pywebcompare.
"""
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

sys.path.insert(0, str(Path(__file__).parent))  # the data core sits beside this file

from pywebcompare.problems import DataError  # noqa: E402
from pywebcompare.site import renderer  # noqa: E402

_edit_urls: dict[str, str] = {}


def load_renderer(config):
    """The renderer for this build; bad data stops the build with one line per problem."""
    try:
        return renderer(config["extra"]["repo"], config["extra"]["branch"])
    except DataError as err:
        raise PluginError(f"The data has problems:\n{err}") from None


def on_config(config):
    load_renderer(config)  # validate before anything else happens


def on_files(files, config):
    render = load_renderer(config)
    _edit_urls.clear()
    for page in render.pages():
        files.append(File.generated(config, page.src, content=page.markdown))
        _edit_urls[page.src] = render.edit_url(page.data_file)
    for path, content in render.files().items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_context(context, page, config, nav):
    # Material's edit button: the YAML behind a generated page, the Markdown behind a written one.
    repo, branch = config["extra"]["repo"], config["extra"]["branch"]
    page.edit_url = _edit_urls.get(page.file.src_uri) or f"{repo}/edit/{branch}/docs/{page.file.src_uri}"
    return context
