"""Claims, guides, changes, benchmarks and retired frameworks name frameworks that have a file."""

from pywebcompare.data.rules._walk import last_key, leaves

NAME = "references-known-frameworks"
DESCRIPTION = "Every `framework`/`frameworks`/`knows`/`instead`/`first_question` value outside data/frameworks/ is the id of a framework file."
KINDS = ("claims", "guides", "changes", "benchmarks", "retired")


def check(files, today):
    known = files.framework_ids
    for name in KINDS:
        loaded = files.get(name)
        if loaded is None:
            continue
        for path, value in leaves(loaded):
            if (
                last_key(path) in ("framework", "frameworks", "knows", "instead", "first_question")
                and value not in known
            ):
                yield loaded, path, f"unknown framework {value!r}", "expected the id of a file in data/frameworks/"
