"""What the pages and the rules read of data/since/<id>.yaml (written by discover.py): the words a
cell shows for a collected "since", whether it contradicts a typed one, and whether the cell's
`since_differs` explains that. No subprocess, no network."""

from __future__ import annotations

from packaging.version import InvalidVersion, Version


def _versions(stated, found: dict):
    """The typed `since`, the finding's first passing and last failing releases; None when one is not a version."""
    try:
        typed = Version(str(stated))
        first = Version(found["since"]) if found.get("since") else None
        failing = Version(found["last_failing"]) if found.get("last_failing") else None
    except InvalidVersion:
        return None
    return typed, first, failing


def comparable(stated, found: dict | None) -> bool:
    """Whether a typed `since` and a finding can be compared at all: both given, and versions."""
    return bool(stated and found) and _versions(stated, found) is not None


def contradiction(stated, found: dict) -> str | None:
    """How a finding contradicts a typed `since`, or None: the examples fail on a release at or after
    it, or pass on one before it. A finding that only reaches back to a later release says nothing."""
    versions = _versions(stated, found)
    if versions is None:
        return None
    typed, first, failing = versions
    if failing is not None and failing >= typed:
        return f"the examples fail on {failing} and first pass on {first}"
    if first is not None and first < typed:
        return f"the examples already pass on {first}"
    return None


def explained(stated, found: dict | None, differs: dict | None) -> bool:
    """Whether a cell's `since_differs` accounts for its contradiction: the examples fail on a release at
    or after the typed `since` (the example is newer than the feature, or those releases do not run on
    the collector's Python). A finding that passes before the typed value is never explained this way."""
    if not (differs and stated and found):
        return False
    versions = _versions(stated, found)
    return versions is not None and versions[2] is not None and versions[2] >= versions[0]


def statement(found: dict) -> str:
    """The words a cell shows for a collected finding."""
    if "last_failing" in found:
        between = found.get("broken_between") or []
        if not between:
            return f"since {found['since']} ({found['last_failing']} fails)"
        named = ", ".join(between[:3]) + (f" and {len(between) - 3} more" if len(between) > 3 else "")
        verb = "does" if len(between) == 1 else "do"
        return f"since {found['since']} ({found['last_failing']} fails; {named} {verb} not install)"
    return f"works on every release tested back to {found['tested_back_to']}"


def found(records: dict | None, framework: str, feature: str) -> dict | None:
    """A resolved finding for one cell, with the Python and the date of its run; None without one."""
    record = (records or {}).get(framework) or {}
    hit = (record.get("features") or {}).get(feature)
    if not hit or "since" not in hit:
        return None
    return {**hit, "python": record.get("python"), "date": record.get("date"), "printed": statement(hit)}


def how(hit: dict) -> str:
    """The tooltip of a collected cell: what ran, on what, when."""
    tasks = ", ".join(hit.get("tasks") or [])
    tail = f"; {hit['older_broken']} and older cannot be installed or imported" if hit.get("older_broken") else ""
    return (
        f"Found by running the examples ({tasks}) on the package's releases, bisected, on Python {hit.get('python')}, "
        f"{hit.get('date')}: {statement(hit)}{tail}."
    )


def api_cell(cell: dict, hit: dict | None) -> dict:
    """A framework's feature cell for /api/frameworks.json: `since_how` says where its `since` comes from
    ("stated": typed from its source; "collected": found by running the examples, in `since_collected`)."""
    out = dict(cell)
    if cell.get("since"):
        out["since_how"] = "stated"
    if hit:
        out["since_collected"] = {
            k: hit[k]
            for k in (
                "since",
                "last_failing",
                "broken_between",
                "tested_back_to",
                "older_broken",
                "tasks",
                "python",
                "date",
                "printed",
            )
            if hit.get(k) is not None
        }
        if not cell.get("since"):
            out["since_how"] = "collected"
            if hit.get("last_failing"):
                out["since"] = hit["since"]
    return out
