"""Where every page and file lives, and the links out of the site: the URL scheme in one place."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlencode

from pywebcompare.data.vocab import PAIR_SEPARATOR  # the id rule and the URLs share it

MATRIX_NOTES = "features/cell-notes.html"  # every matrix cell's note, fetched when a cell first opens


def url_of(src: str) -> str:
    """'frameworks/flask.md' -> 'frameworks/flask/' (directory URLs)."""
    return "" if src == "index.md" else re.sub(r"(/index)?\.md$", "", src) + "/"


def base_for(url: str) -> str:
    """Relative prefix from a page URL like 'compare/a-vs-b/' back to the site root."""
    return "../" * url.count("/")


def pair_id(a: str, b: str) -> str:
    """The one place a pair's address is made: ids in alphabetical order, joined by PAIR_SEPARATOR."""
    a, b = sorted((a, b))
    return f"{a}{PAIR_SEPARATOR}{b}"


def pair_url(a: str, b: str) -> str:
    """'compare/a-vs-b/', relative to the site root."""
    return url_of(pair_src(a, b))


def reversed_pair_url(a: str, b: str) -> str:
    """The address with the ids the other way round, which redirects to pair_url."""
    a, b = sorted((a, b))
    return f"compare/{b}{PAIR_SEPARATOR}{a}/"


# For the page scripts: pair_url with placeholders the script fills with two ids in alphabetical order.
PAIR_URL_PATTERN = f"compare/{{a}}{PAIR_SEPARATOR}{{b}}/"


def framework_src(fid: str) -> str:
    return f"frameworks/{fid}.md"


def retired_src(rid: str) -> str:
    return f"retired/{rid}.md"


def feature_src(feature_id: str) -> str:
    return f"features/{feature_id}.md"


def guide_src(sid: str) -> str:
    return f"guides/{sid}.md"


def code_src(task: str | None = None) -> str:
    """The code catalogue: 'code/index.md', or one task's page 'code/<task>.md'."""
    return f"code/{task}.md" if task else "code/index.md"


def behaviour_src(probe: str | None = None) -> str:
    """The behaviour table 'behaviour/index.md', or one probe's page 'behaviour/<probe>.md'."""
    return f"behaviour/{probe}.md" if probe else "behaviour/index.md"


def pair_src(a: str, b: str) -> str:
    return f"compare/{pair_id(a, b)}.md"


def framework_file(fid: str) -> str:
    """The data file a reader edits to change a framework."""
    return f"data/frameworks/{fid}.yaml"


def safe_url(url) -> str:
    """Only http(s) links ever reach an href; anything else becomes an empty link."""
    return url if isinstance(url, str) and re.match(r"^https?://", url) else ""


@dataclass(frozen=True)
class Links:
    """Links to the repository: edit a data file, report a mistake in it."""

    repo: str
    branch: str = "main"

    def edit(self, data_file: str) -> str:
        return f"{self.repo.rstrip('/')}/edit/{self.branch}/{data_file}"

    def report(self, data_file: str, page_title: str, key: str = "") -> str:
        """A new issue prefilled with the file and, when given, the key within it (e.g. 'features.asgi')."""
        fields = {"template": "wrong-data.yml", "title": f"[data] {page_title}: ", "data-file": data_file}
        if key:
            fields["title"] = f"[data] {page_title} ({key}): "
            fields["what"] = f"In {data_file}, {key}: "
        return f"{self.repo.rstrip('/')}/issues/new?{urlencode(fields)}"
