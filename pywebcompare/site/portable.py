"""The whole site as plain files that any MkDocs-compatible engine builds without our hooks.

`write_site` writes the hand-written pages with their `{{ pwc.<name>() }}` pieces already drawn,
every generated page as front matter and HTML, every generated file (API, downloads, feed, schemas,
redirects), and an mkdocs.yml without our hooks, the macros plugin or the theme override. What the
hooks add beyond that is cosmetic: minified scripts, two fixes of the theme's markup, the search
text of pages that carry their own. It is the way off the engine (README, "Moving off the engine").
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

from pywebcompare.site import export, pages
from pywebcompare.site.pages import Page, Site

MACRO = re.compile(r"\{\{ pwc\.(\w+)\(\) \}\}")
ENGINE_ONLY = ("hooks", "watch")  # top-level mkdocs.yml keys only our engine set-up reads


def front_matter(page: Page) -> str:
    """Material reads title, description and search weight from front matter. It prints title and
    description without escaping, so they are escaped here."""
    # A page with its own search text is left out of the theme's indexer (which would parse its whole
    # body); the hook adds it to the index after the build.
    excluded = page.search_weight == 0 or page.search_text
    search = {"exclude": True} if excluded else {"boost": page.search_weight}
    fields = {"title": html.escape(page.title), "description": html.escape(page.description), "search": search}
    if page.wide:
        fields["hide"] = ["navigation"] if page.toc else ["navigation", "toc"]
    return "---\n" + "".join(f"{k}: {json.dumps(v)}\n" for k, v in fields.items()) + "---\n\n"


def generated_files(site: Site) -> dict[str, str]:
    """Path -> content of every file the data adds beside its pages: API, downloads, feed, schemas,
    redirects and the matrix's notes."""
    return export.files(site.data, site.site_url) | pages.files(site)


def expand_macros(text: str, site: Site, base: str) -> str:
    """A hand-written page with each `{{ pwc.<name>() }}` replaced by the piece it names."""

    def draw(match: re.Match) -> str:
        if match[1] not in pages.FRAGMENTS:
            raise KeyError(f"unknown piece pwc.{match[1]}()")
        return pages.FRAGMENTS[match[1]](site, base)

    return MACRO.sub(draw, text)


def plain_config(config: str) -> str:
    """mkdocs.yml without our hooks, the macros plugin, the watch list and the theme override."""
    for key in ENGINE_ONLY:
        config = re.sub(rf"^{key}:.*?(?=^\S|\Z)", "", config, count=1, flags=re.S | re.M)
    config = re.sub(r"^plugins:.*?(?=^\S|\Z)", "plugins:\n  - search\n\n", config, count=1, flags=re.S | re.M)
    return re.sub(r"^  custom_dir: .*\n", "", config, count=1, flags=re.M)


def write_site(site: Site, root: Path, out: Path) -> list[str]:
    """Write the plain project into `out` (emptied first); return the generated paths it wrote."""
    if out.exists():
        shutil.rmtree(out)
    docs = out / "docs"
    shutil.copytree(root / "docs", docs)
    for md in sorted(docs.rglob("*.md")):
        parts = md.relative_to(docs).with_suffix("").parts  # choose.md is /choose/, a/index.md is /a/
        base = "../" * len(parts[:-1] if parts[-1] == "index" else parts)
        text = md.read_text(encoding="utf-8")
        if MACRO.search(text):
            md.write_text(expand_macros(text, site, base), encoding="utf-8")
    written = []
    for page in pages.all_pages(site):
        path = docs / page.src
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front_matter(page) + page.html + "\n", encoding="utf-8")
        written.append(page.src)
    for name, content in generated_files(site).items():
        path = docs / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(name)
    (out / "mkdocs.yml").write_text(plain_config((root / "mkdocs.yml").read_text(encoding="utf-8")), encoding="utf-8")
    return written
