"""pyweb-compare's data core: load, validate and render the framework data.

Plain Python with no MkDocs import, so the site can move to another engine.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cache_dir(kind: str) -> Path | None:
    """.cache/<kind>/ for files derived from sources and named by their hash (compiled templates,
    highlighted code), so a stale one is never read and the folder is safe to delete. None when it
    cannot be made (a read-only checkout builds without it)."""
    path = ROOT / ".cache" / kind
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return path
