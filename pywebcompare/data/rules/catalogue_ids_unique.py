"""Feature ids in the catalogue are unique."""

NAME = "catalogue-ids-unique"
DESCRIPTION = "Every feature id in data/features.yaml appears once."


def check(files, today):
    catalogue = files.get("features")
    if catalogue is None:
        return
    seen = set()
    for ci, cat in enumerate(catalogue.data["categories"]):
        for fi, feat in enumerate(cat["features"]):
            if feat["id"] in seen:
                yield (
                    catalogue,
                    ("categories", ci, "features", fi, "id"),
                    f"feature id {feat['id']!r} appears twice",
                    "expected unique feature ids",
                )
            seen.add(feat["id"])
