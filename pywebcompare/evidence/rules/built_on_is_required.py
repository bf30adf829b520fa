"""A framework's `built_on` names libraries its package really requires: each one is a required
dependency in its package index snapshot (no `extra ==` marker), and the fact's note never calls a
required dependency optional."""

import re

NAME = "built-on-is-required"
DESCRIPTION = "Each built_on library is a required dependency of the package's snapshot, and none is called optional."


_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def required(requires_dist: list[str]) -> set[str]:
    """Names of the dependencies installed with the package itself (any marker but an extra)."""
    out = set()
    for spec in requires_dist:
        match = _NAME.match(spec)
        if match and not re.search(r"extra\s*==", spec.partition(";")[2]):
            out.add(canonical(match.group(1)))
    return out


def check(files, today):
    snapshots = files.folder("index")
    for fid, fw in sorted(files.frameworks.items()):
        fact = fw.data["facts"].get("built_on")
        snap = snapshots.get(fid)
        if not fact or snap is None:
            continue
        meta = (snap.data or {}).get("metadata") or {}
        if "requires_dist" not in meta:
            continue
        needed = required(meta["requires_dist"])
        if not needed:
            continue  # a package that declares nothing: the typed list cannot be held against it
        for i, lib in enumerate(fact["value"]):
            if canonical(lib) not in needed:
                yield (
                    fw,
                    ("facts", "built_on", "value", i),
                    f"{lib!r} is not a required dependency in data/index/{fid}.yaml",
                    f"expected libraries from its required dependencies: {', '.join(sorted(needed))}",
                )
        for sentence in re.split(r"(?<=[.;])\s+", fact.get("note", "")):
            if "optional" not in sentence.lower():
                continue
            called = [w for w in re.findall(r"[A-Za-z0-9][A-Za-z0-9._-]*", sentence) if canonical(w) in needed]
            for word in called:
                yield (
                    fw,
                    ("facts", "built_on", "note"),
                    f"the note calls {word!r} optional, but it is a required dependency in data/index/{fid}.yaml",
                    "expected the note to list only extras as optional",
                )
