"""One renderer per state of the data, shared by every engine hook within a build."""

from __future__ import annotations

from . import ROOT, dataset
from .render import Renderer

WATCHED = ("data", "schemas", "templates")
_cache: dict = {}


def _fingerprint() -> tuple:
    return tuple(
        sorted(
            (str(p), p.stat().st_mtime_ns, p.stat().st_size)
            for d in WATCHED
            for p in (ROOT / d).rglob("*")
            if p.is_file()
        )
    )


def renderer(repo: str, branch: str = "main", site_url: str = "") -> Renderer:
    """Load and validate the data (raises DataError listing every problem) and return a renderer.

    Reused until a data, schema or template file changes, so `serve` reloads on every edit.
    """
    key = (_fingerprint(), repo, branch, site_url)
    if key not in _cache:
        _cache.clear()
        _cache[key] = Renderer(dataset.load(ROOT), repo, branch, site_url)
    return _cache[key]
