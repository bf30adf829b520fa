"""Guides and changes name features that exist."""

from pywebcompare.data.rules._walk import catalogue_ids, last_key, leaves

NAME = "feature-refs-known"
DESCRIPTION = "Every `feature` value in guides and changes is a catalogue id."


def check(files, today):
    known = set(catalogue_ids(files))
    if not known:
        return
    for name in ("guides", "changes"):
        loaded = files.get(name)
        if loaded is None:
            continue
        for path, value in leaves(loaded):
            if last_key(path) == "feature" and value not in known:
                yield loaded, path, f"unknown feature {value!r}", "expected a feature id from data/features.yaml"
