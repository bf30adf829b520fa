"""Small helpers the rules share."""

from __future__ import annotations


def walk(value, path=()):
    """Every (path, leaf value) in nested data."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from walk(child, path + (i,))
    else:
        yield path, value


def leaves(loaded) -> list:
    """walk() of a loaded file, computed once: several rules read every leaf of every file."""
    if not hasattr(loaded, "_leaves"):
        loaded._leaves = list(walk(loaded.data))
    return loaded._leaves


def catalogue_ids(files) -> list[str]:
    cat = files.get("features")
    if cat is None:
        return []
    return [f["id"] for c in cat.data["categories"] for f in c["features"]]


def last_key(path) -> str | None:
    keys = [p for p in path if isinstance(p, str)]
    return keys[-1] if keys else None
