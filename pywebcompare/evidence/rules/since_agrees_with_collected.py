"""A `since` typed in a framework file agrees with what running its examples found
(data/since/<id>.yaml): the typed value stays as written, but a contradiction shows. A cell whose
`since_differs` says why the examples date the feature later (an example newer than the feature, a
Python too new for the releases between) is accepted; since_differs_still_needed holds that reason
to a difference that is still there."""

from pywebcompare.evidence.since import contradiction, explained

NAME = "since-agrees-with-collected"
LEVEL = "warning"
DESCRIPTION = (
    "A typed `since` is not contradicted by data/since/<id>.yaml: the examples neither fail on a release "
    "at or after it nor pass on one before it, unless the cell's `since_differs` says why they date it later."
)


def check(files, today):
    found = files.folder("since")
    for fid, fw in sorted(files.frameworks.items()):
        record = found.get(fid)
        if record is None:
            continue
        for feature, finding in sorted((record.data.get("features") or {}).items()):
            cell = (fw.data.get("features") or {}).get(feature) or {}
            stated = cell.get("since")
            why = contradiction(stated, finding) if stated else None
            if why and not explained(stated, finding, cell.get("since_differs")):
                yield (
                    fw,
                    ("features", feature, "since"),
                    f"typed since {stated}, but {why} (data/since/{fid}.yaml)",
                    "expected them to agree: check the changelog, the example and the collector's trials; "
                    "when the typed value is right, say why they differ in `since_differs`",
                )
