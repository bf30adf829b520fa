"""A `since` typed in a framework file agrees with what running its examples found
(data/since/<id>.yaml): the typed value stays as written, but a contradiction shows."""

from pywebcompare.evidence.since import contradiction

NAME = "since-agrees-with-collected"
LEVEL = "warning"
DESCRIPTION = (
    "A typed `since` is not contradicted by data/since/<id>.yaml: the examples neither fail on a release "
    "at or after it nor pass on one before it."
)


def check(files, today):
    found = files.folder("since")
    for fid, fw in sorted(files.frameworks.items()):
        record = found.get(fid)
        if record is None:
            continue
        for feature, finding in sorted((record.data.get("features") or {}).items()):
            stated = ((fw.data.get("features") or {}).get(feature) or {}).get("since")
            why = contradiction(stated, finding) if stated else None
            if why:
                yield (
                    fw,
                    ("features", feature, "since"),
                    f"typed since {stated}, but {why} (data/since/{fid}.yaml)",
                    "expected them to agree: check the changelog, the example and the collector's trials",
                )
