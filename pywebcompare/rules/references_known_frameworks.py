"""Claims, guides, changes and benchmarks name frameworks that have a file."""

from ._walk import last_key, walk

NAME = "references-known-frameworks"
DESCRIPTION = "Every `framework`/`frameworks` value outside data/frameworks/ is the id of a framework file."
KINDS = ("claims", "guides", "changes", "benchmarks")


def check(files, today):
    known = files.framework_ids
    for name in KINDS:
        loaded = files.get(name)
        if loaded is None:
            continue
        for path, value in walk(loaded.data):
            if last_key(path) in ("framework", "frameworks") and value not in known:
                yield loaded, path, f"unknown framework {value!r}", "expected the id of a file in data/frameworks/"
