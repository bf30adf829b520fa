"""A fact typed in a framework file that its package index snapshot also settles (latest version,
minimum Python, licence) says the same; one the snapshot does not settle is typed."""

from pywebcompare.evidence import index

NAME = "typed-facts-agree-with-index"
DESCRIPTION = (
    "Typed latest_version, min_python and license agree with the index snapshot, or are given when it has none."
)


def check(files, today):
    snapshots = files.folder("index")
    for fid, fw in sorted(files.frameworks.items()):
        snap = snapshots.get(fid)
        try:
            settled = index.covered_facts(index.derived_of(snap, today)) if snap else {}
        except (ValueError, TypeError):
            continue  # index-snapshots-match-frameworks reports an unreadable snapshot
        facts = fw.data["facts"]
        for key, words in index.COVERED.items():
            typed, derived = facts.get(key), settled.get(key)
            if typed is None and derived is None:
                why = (
                    f"there is no snapshot data/index/{fid}.yaml"
                    if snap is None
                    else "the index snapshot does not give it"
                )
                yield (
                    fw,
                    ("facts", key),
                    f"the {words} is missing and {why}",
                    f"expected `{key}:` with a value and a source, or package.name in the framework file and a refresh",
                )
            elif (
                typed is not None
                and derived is not None
                and not index.same_value(key, typed["value"], derived["value"])
            ):
                yield (
                    fw,
                    ("facts", key, "value"),
                    f"typed {typed['value']!r} but the index snapshot {snap.name} says {derived['value']!r}",
                    f"expected them to agree; delete `{key}` from the file (the snapshot provides it) or correct it",
                )
