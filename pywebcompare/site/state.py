"""One Site per state of the data, shared by every engine hook within a build."""

from __future__ import annotations

from pywebcompare import ROOT
from pywebcompare.evidence import assemble
from pywebcompare.site.pages import Site
from pywebcompare.site.urls import Links

WATCHED = ("data", "schemas", "templates", "examples")
_cache: dict = {}


def _fingerprint() -> tuple:
    return tuple(
        sorted(
            (str(p), st.st_mtime_ns, st.st_size)
            for d in WATCHED
            for p in (ROOT / d).rglob("*")
            if p.is_file() and (st := p.stat())
        )
    )


def current(repo: str, branch: str = "main", site_url: str = "") -> Site:
    """Load and validate the data (raises DataError listing every problem) and return the Site.

    Reused until a data, schema or template file changes, so `serve` reloads on every edit.
    """
    key = (_fingerprint(), repo, branch, site_url)
    if key not in _cache:
        _cache.clear()
        _cache[key] = Site(assemble.load(ROOT), Links(repo, branch), site_url)
    return _cache[key]
