"""A cell's `since_differs` explains a difference that is there: running its examples
(data/since/<id>.yaml) dates the feature later than the cell's typed `since`. Once a new run agrees
with the typed value, or the cell has no `since` or no finding, the exception is no longer needed."""

from pywebcompare.evidence.since import comparable, explained

NAME = "since-differs-still-needed"
DESCRIPTION = (
    "A `since_differs` stands beside a typed `since` that data/since/<id>.yaml contradicts by dating the feature later."
)


def check(files, today):
    found = files.folder("since")
    for fid, fw in sorted(files.frameworks.items()):
        record = found.get(fid)
        findings = (record.data.get("features") or {}) if record is not None else {}
        for feature, cell in sorted((fw.data.get("features") or {}).items()):
            differs = (cell or {}).get("since_differs")
            if not differs:
                continue
            stated, finding = cell.get("since"), findings.get(feature)
            if stated and finding and not comparable(stated, finding):
                continue  # a typed since that is no version: nothing to compare, so nothing to call stale
            if not explained(stated, finding, differs):
                said = (
                    f"finds {finding['printed']}" if (finding or {}).get("printed") else "has no date for this feature"
                )
                typed = f"since {stated}" if stated else "a typed since, and the cell has none"
                yield (
                    fw,
                    ("features", feature, "since_differs"),
                    f"explains why the examples date the feature later than {typed}; data/since/{fid}.yaml {said}",
                    "expected no `since_differs` (the exception is no longer needed)",
                )
