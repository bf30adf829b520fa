"""Strengths and weaknesses cite features that exist."""

from pywebcompare.data.rules._walk import catalogue_ids

NAME = "points-cite-known-features"
DESCRIPTION = "The features a strength or weakness cites are catalogue ids."


def check(files, today):
    known = set(catalogue_ids(files))
    if not known:
        return
    for fw in files.frameworks.values():
        for kind in ("strengths", "weaknesses"):
            for i, point in enumerate(fw.data[kind]):
                for j, fid in enumerate(point.get("features", [])):
                    if fid not in known:
                        yield (
                            fw,
                            (kind, i, "features", j),
                            f"unknown feature {fid!r}",
                            "expected a feature id from data/features.yaml",
                        )
