"""Checks the JSON Schema cannot express: references between files, dates, names, links.

Each rule is a small generator named for what it checks. It receives the loaded files (only
those that passed their schema) and yields (loaded file, path, what is wrong, what is expected).
Adding a rule means adding one decorated function here.
"""

from __future__ import annotations

import datetime as dt
import difflib
from urllib.parse import urlsplit

RULES = []
PACKAGE_INDEXES = {
    "pypi.org",
    "pypi.python.org",
    "test.pypi.org",
    "libraries.io",
    "pepy.tech",
    "piwheels.org",
    "anaconda.org",
    "pypistats.org",
    "snyk.io",
}


def rule(fn):
    RULES.append(fn)
    return fn


def walk(value, path=()):
    """Every (path, leaf value) in nested data."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from walk(child, path + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from walk(child, path + (i,))
    else:
        yield path, value


def catalogue_ids(files) -> list[str]:
    cat = files.get("features")
    if cat is None:
        return []
    return [f["id"] for c in cat.data["categories"] for f in c["features"]]


@rule
def framework_id_matches_file(files, today):
    for stem, fw in files["frameworks"].items():
        if fw.data["id"] != stem:
            yield (
                fw,
                ("id",),
                f"id {fw.data['id']!r} does not match the file name {stem}.yaml",
                f"expected id: {stem} (or rename the file)",
            )


@rule
def framework_names_unique(files, today):
    seen = {}
    for stem, fw in sorted(files["frameworks"].items()):
        key = fw.data["name"].casefold()
        if key in seen:
            yield (
                fw,
                ("name",),
                f"the name {fw.data['name']!r} is already used by {seen[key]}.yaml",
                "expected each framework once; merge the two files",
            )
        else:
            seen[key] = stem


@rule
def catalogue_ids_unique(files, today):
    if "features" not in files:
        return
    seen = set()
    for ci, cat in enumerate(files["features"].data["categories"]):
        for fi, feat in enumerate(cat["features"]):
            if feat["id"] in seen:
                yield (
                    files["features"],
                    ("categories", ci, "features", fi, "id"),
                    f"feature id {feat['id']!r} appears twice",
                    "expected unique feature ids",
                )
            seen.add(feat["id"])


@rule
def framework_covers_catalogue(files, today):
    known = catalogue_ids(files)
    if not known:
        return
    for fw in files["frameworks"].values():
        given = fw.data["features"]
        missing = [fid for fid in known if fid not in given]
        for fid in given:
            if fid not in known:
                # A misspelt key is one problem, not "unknown" plus "missing": suggest the likely id.
                guess = difflib.get_close_matches(fid, missing, n=1)
                if guess:
                    missing.remove(guess[0])
                hint = f"did you mean {guess[0]!r}?" if guess else "expected a feature id from data/features.yaml"
                yield fw, ("features", fid), f"unknown feature {fid!r}", hint
        for fid in missing:
            yield (
                fw,
                ("features",),
                f"feature {fid!r} is missing",
                "expected every feature of data/features.yaml; add it (use support: none if it is not available)",
            )


@rule
def package_named_for_extensions(files, today):
    for fw in files["frameworks"].values():
        for fid, feat in fw.data["features"].items():
            if feat["support"] in ("official", "third-party") and "package" not in feat:
                yield (
                    fw,
                    ("features", fid, "support"),
                    f"support is {feat['support']} but no package is named",
                    "expected a `package:` field naming the extension",
                )


@rule
def points_cite_known_features(files, today):
    known = set(catalogue_ids(files))
    if not known:
        return
    for fw in files["frameworks"].values():
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


@rule
def references_known_frameworks(files, today):
    known = files["framework_ids"]
    for name in ("claims", "guides", "changes", "benchmarks"):
        loaded = files.get(name)
        if loaded is None:
            continue
        for path, value in walk(loaded.data):
            if _is_framework_ref(path) and value not in known:
                yield loaded, path, f"unknown framework {value!r}", "expected the id of a file in data/frameworks/"


def _is_framework_ref(path) -> bool:
    keys = [p for p in path if isinstance(p, str)]
    return bool(keys) and keys[-1] in ("framework", "frameworks")


@rule
def feature_refs_known(files, today):
    known = set(catalogue_ids(files))
    if not known:
        return
    for name in ("guides", "changes"):
        loaded = files.get(name)
        if loaded is None:
            continue
        for path, value in walk(loaded.data):
            keys = [p for p in path if isinstance(p, str)]
            if keys and keys[-1] == "feature" and value not in known:
                yield loaded, path, f"unknown feature {value!r}", "expected a feature id from data/features.yaml"


@rule
def needs_point_at_one_thing(files, today):
    guides = files.get("guides")
    if guides is None:
        return
    for need_path, need in _needs(guides.data):
        if ("feature" in need) == ("fact" in need):
            yield (
                guides,
                need_path,
                "a need names both or neither of feature and fact",
                "expected exactly one: `feature: <id>` or `fact: interface|built_on` with `values`",
            )
        elif "fact" in need and "values" not in need:
            yield (
                guides,
                need_path + ("fact",),
                "a fact need has no values",
                "expected `values: [...]` listing the values that match",
            )


def _needs(data):
    for si, scenario in enumerate(data["scenarios"]):
        for ni, need in enumerate(scenario["needs"]):
            yield ("scenarios", si, "needs", ni), need
    for qi, question in enumerate(data["questions"]):
        for ai, answer in enumerate(question["answers"]):
            for ni, need in enumerate(answer["needs"]):
                yield ("questions", qi, "answers", ai, "needs", ni), need


@rule
def ids_unique_in_lists(files, today):
    for name, key in (("claims", "claims"), ("guides", "scenarios")):
        loaded = files.get(name)
        if loaded is None:
            continue
        seen = set()
        for i, item in enumerate(loaded.data[key]):
            if item["id"] in seen:
                yield loaded, (key, i, "id"), f"id {item['id']!r} appears twice", "expected unique ids"
            seen.add(item["id"])


@rule
def dates_real_and_not_future(files, today):
    for loaded in each_file(files):
        for path, value in walk(loaded.data):
            if path and path[-1] in ("checked", "date") and isinstance(value, str):
                try:
                    day = dt.date.fromisoformat(value)
                except ValueError:
                    yield (
                        loaded,
                        path,
                        f"{value!r} is not a real date",
                        "expected a date that exists, written YYYY-MM-DD",
                    )
                    continue
                if day > today:
                    yield loaded, path, f"{value} is in the future", f"expected a date on or before {today.isoformat()}"


@rule
def links_are_primary_sources(files, today):
    for loaded in each_file(files):
        for path, value in walk(loaded.data):
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                host = (urlsplit(value).hostname or "").lower().removeprefix("www.")
                if host in PACKAGE_INDEXES:
                    yield (
                        loaded,
                        path,
                        f"{host} is a package index",
                        "expected a primary source: the project's own docs, repository or changelog",
                    )


def each_file(files):
    """Every loaded file that passed its schema, frameworks included."""
    for name, loaded in files.items():
        if name == "frameworks":
            yield from loaded.values()
        elif name != "framework_ids":
            yield loaded
