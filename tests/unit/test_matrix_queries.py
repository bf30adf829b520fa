"""Queries behind the matrix's filters, the N-way compare and version-aware sorting."""

from __future__ import annotations

import itertools

from pywebcompare.evidence import assemble
from pywebcompare.site.compare import cell_key, compare, meeting, popular_pairs, sort_value

DATA = assemble.load()


def test_versions_sort_part_by_part():
    values = ["3.10", "3.9", "3.8", "3.12"]
    ordered = sorted(values, key=lambda v: sort_value("min_python", {"value": v}))
    assert ordered == ["3.8", "3.9", "3.10", "3.12"]
    releases = ["0.141.1", "0.20.0", "0.9"]
    assert sorted(releases, key=lambda v: sort_value("latest_version", {"value": v})) == ["0.9", "0.20.0", "0.141.1"]


def test_meeting_keeps_the_frameworks_with_every_need_built_in_or_official():
    needs = ["asgi", "websockets", "openapi"]
    met = meeting(DATA, needs)
    assert met and len(met) < len(DATA.frameworks)
    for fid, fw in DATA.frameworks.items():
        levels = {fw["features"][n]["support"] for n in needs}
        assert (fid in met) == (levels <= {"built-in", "official"}), fid
    widened = meeting(DATA, needs, allow=True)
    assert set(met) < set(widened)  # third-party packages widen it here
    assert meeting(DATA, []) == list(DATA.frameworks)


def test_cells_are_alike_exactly_when_a_pair_page_says_so():
    for a, b in itertools.combinations(sorted(DATA.frameworks), 2):
        differ = {r["feature"]["id"] for r in compare(DATA, a, b)["differ"]}
        keyed = {
            f["id"]
            for f in DATA.features
            if cell_key(DATA.frameworks[a]["features"][f["id"]]) != cell_key(DATA.frameworks[b]["features"][f["id"]])
        }
        assert keyed == differ, (a, b)


def test_popular_pairs_are_each_guides_two_best_fits():
    pairs = popular_pairs(DATA)
    assert pairs and len(pairs) == len(set(pairs))
    assert all(a < b and a in DATA.frameworks and b in DATA.frameworks for a, b in pairs)
