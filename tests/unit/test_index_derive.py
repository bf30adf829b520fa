"""The facts a page shows from a package-index snapshot, on small snapshots written inline: which
release is the latest, the last and the first, what counts in the last twelve months, when a
framework is dormant, the Python floor, the licence, the release timeline and the facts it settles."""

from __future__ import annotations

import datetime as dt
import types

import pytest

from pywebcompare.evidence import index

TODAY = dt.date(2026, 11, 30)
SNAPSHOT = "data/index/alpha-web.yaml"  # where a loaded snapshot came from: what its facts cite


def rel(version: str, day: str | None, yanked: bool = False, requires: str | None = None) -> dict:
    """One release as refresh writes it: uploaded is a full timestamp, or null when no file was uploaded."""
    return {
        "version": version,
        "uploaded": f"{day}T12:00:00.000000Z" if day else None,
        "requires_python": requires,
        "yanked": yanked,
    }


def snap(releases: list[dict], **meta) -> dict:
    metadata = {
        "version": "1.2",
        "file": "alpha_web-1.2-py3-none-any.whl",
        "license_expression": None,
        "license": None,
        "requires_python": None,
        "classifiers": [],
        "requires_dist": [],
    }
    metadata.update(meta)
    return {"package": "Alpha-Web", "taken": "2026-11-28", "metadata": metadata, "releases": releases}


# -- which release is which -------------------------------------------------------------------------
def test_stable_means_neither_yanked_nor_a_pre_release():
    assert index.is_stable(rel("1.0", "2020-01-01"))
    assert not index.is_stable(rel("1.0", "2020-01-01", yanked=True))
    assert not index.is_stable(rel("2.0b1", "2020-01-01"))
    assert not index.is_stable(rel("2.0b1", "2020-01-01", yanked=True))


def test_latest_stable_compares_versions_not_text():
    releases = [rel("1.9", "2020-01-01"), rel("1.10", "2019-01-01"), rel("1.11rc1", "2021-01-01")]
    assert index.latest_stable(releases)["version"] == "1.10"  # as text "1.9" > "1.10"
    assert index.latest_stable([rel("1.0a1", "2020-01-01"), rel("0.9", "2019-01-01", yanked=True)]) is None
    assert index.latest_stable([]) is None


# -- Requires-Python, classifiers, licence ---------------------------------------------------------
@pytest.mark.parametrize(
    "spec, floor",
    [
        ("", None),
        ("not a specifier", None),
        (">3.8", "3.8"),
        ("~=3.7", "3.7"),
        ("==3.11.*", "3.11"),
        ("==3", "3"),
        (">=3.8, >=3.9", "3.9"),  # the highest lower bound
        (">=3.10, >=3.9", "3.10"),  # compared as versions
        ("!=3.0.*", None),
        ("<=3.12", None),
    ],
)
def test_python_floor_of_each_operator(spec, floor):
    assert index.python_floor(spec) == floor


def test_supported_pythons_reads_only_minor_version_classifiers():
    classifiers = [
        "Programming Language :: Python :: 3.x",  # not a version: skipped, the rest still read
        "Programming Language :: Python :: 3.10",
        "Programming Language :: Python :: 3",
        "Programming Language :: Python :: 3 :: Only",
        "Programming Language :: Python :: Implementation :: CPython",
        "Programming Language :: Python :: 3.9.1",
        "Programming Language :: Cython :: 3.9",
        "Topic :: Python :: 3.8",
        "Programming Language :: Python :: 3.9",
        "Programming Language :: Python :: 3.9",
    ]
    assert index.supported_pythons(classifiers) == ["3.9", "3.10"]
    assert index.supported_pythons([]) == []


def meta(expression=None, license=None, classifiers=()):
    return {"license_expression": expression, "license": license, "classifiers": list(classifiers)}


def test_licence_is_the_expression_then_the_field_then_the_classifiers():
    classifiers = [
        "Development Status :: 5 - Production/Stable",
        "License :: OSI Approved :: MIT License",
        "License :: OSI Approved :: Apache Software License",
    ]
    assert index.license_of(meta("MIT OR Apache-2.0", "MIT", classifiers)) == "MIT OR Apache-2.0"
    assert index.license_of(meta(None, "BSD-3-Clause", classifiers)) == "BSD-3-Clause"
    assert index.license_of(meta(None, None, classifiers)) == "MIT License / Apache Software License"
    assert index.license_of(meta(None, None, ["Framework :: Flask"])) is None


def test_development_status_is_the_text_after_the_category():
    classifiers = ["License :: OSI Approved :: MIT License", "Development Status :: 4 - Beta"]
    assert index.development_status(classifiers) == "4 - Beta"
    assert index.development_status(["License :: OSI Approved :: MIT License"]) is None


# -- derive -----------------------------------------------------------------------------------------
RELEASES = [
    rel("0.9", "2019-03-01"),
    rel("1.0", "2020-06-15"),
    rel("1.1.0", "2025-11-30"),  # exactly 365 days before TODAY: outside the last twelve months
    rel("2.0.0rc1", "2025-12-01"),  # inside them, but a pre-release
    rel("1.2", "2025-12-02", requires=">=3.9"),  # the latest stable release, and the last upload
    rel("2.0", "2025-12-20", yanked=True),
]


def test_derive_gives_every_fact_a_page_shows():
    data = snap(
        RELEASES,
        license="BSD-3-Clause",
        requires_python=">=3.7",
        classifiers=[
            "Development Status :: 4 - Beta",
            "License :: OSI Approved :: BSD License",
            "Programming Language :: Python :: 3.12",
            "Programming Language :: Python :: 3.8",
        ],
        requires_dist=["click>=8", "jinja2"],
    )
    facts = index.derive(data, TODAY)
    timeline = facts.pop("timeline")
    assert facts == {
        "package": "Alpha-Web",
        "taken": "2026-11-28",
        "as_of": TODAY.isoformat(),
        "latest": {"version": "1.2", "date": "2025-12-02"},
        "min_python": "3.9",  # the latest release's own Requires-Python wins over the metadata's
        "requires_python": ">=3.9",
        "pythons": ["3.8", "3.12"],
        "license": "BSD-3-Clause",
        "license_declared": True,
        "first_release": {"version": "0.9", "date": "2019-03-01"},
        "last_release": {"version": "1.2", "date": "2025-12-02"},
        "release_count": 5,  # the yanked 2.0 is not counted
        "releases_12m": 1,  # 1.2; not 1.1.0 (365 days ago), not 2.0.0rc1, not the yanked 2.0
        "days_since_last_release": 363,  # 2025-12-02 -> 2026-11-30
        "dormant": False,
        "dormant_months": 18,
        "health": "maintained",
        "status": "4 - Beta",
        "inactive": False,
        "dependencies": 2,
        "requires_dist": ["click>=8", "jinja2"],
        "metadata_version": "1.2",
    }
    assert (timeline["first"], timeline["last"]) == ("2019-03-01", "2025-12-02")


def test_derive_falls_back_to_the_metadata_requires_python_and_a_classifier_licence():
    data = snap(
        [rel("1.0", "2026-01-05")],
        requires_python=">=3.8",
        classifiers=["License :: OSI Approved :: MIT License", "Development Status :: 7 - Inactive"],
    )
    facts = index.derive(data, TODAY)
    assert (facts["min_python"], facts["requires_python"]) == ("3.8", ">=3.8")
    assert (facts["license"], facts["license_declared"]) == ("MIT License", False)
    assert (facts["status"], facts["inactive"]) == ("7 - Inactive", True)


def test_a_licence_expression_alone_is_declared_and_no_status_is_not_inactive():
    facts = index.derive(snap([rel("1.0", "2026-01-05")], license_expression="Apache-2.0"), TODAY)
    assert (facts["license"], facts["license_declared"]) == ("Apache-2.0", True)
    assert (facts["status"], facts["inactive"]) == (None, False)
    assert (facts["min_python"], facts["requires_python"]) == (None, None)


def test_without_a_stable_release_there_is_no_latest():
    assert index.derive(snap([rel("1.0rc1", "2026-01-05"), rel("0.9", "2025-01-05", yanked=True)]), TODAY) == {
        "latest": None
    }


def test_a_stable_release_without_an_upload_has_no_dates():
    facts = index.derive(snap([rel("1.0", None)]), TODAY)
    assert facts["latest"] == {"version": "1.0", "date": None}
    assert facts["first_release"] is None and facts["last_release"] is None
    assert (facts["release_count"], facts["releases_12m"]) == (0, 0)
    assert facts["days_since_last_release"] is None and facts["dormant"] is False


@pytest.mark.parametrize(
    "last, dormant",
    [
        ("2025-05-30", False),  # exactly 18 months before 2026-11-30: not yet dormant
        ("2025-05-29", True),  # one day more
    ],
)
def test_dormant_after_eighteen_months_without_a_release(last, dormant):
    facts = index.derive(snap([rel("1.0", "2019-01-01"), rel("1.1", last)]), TODAY)
    assert facts["dormant"] is dormant
    assert facts["days_since_last_release"] == (TODAY - dt.date.fromisoformat(last)).days


def test_derived_of_computes_once_per_day():
    loaded = types.SimpleNamespace(data=snap([rel("1.0", "2026-11-20")]), name=SNAPSHOT)
    first = index.derived_of(loaded, TODAY)
    assert first["days_since_last_release"] == 10 and first["source"] == SNAPSHOT
    assert index.derived_of(loaded, TODAY) is first
    assert index.derived_of(loaded, TODAY + dt.timedelta(days=5))["days_since_last_release"] == 15


# -- timeline ---------------------------------------------------------------------------------------
def days_after(start: dt.date, n: int) -> str:
    return (start + dt.timedelta(days=n)).isoformat()


def test_an_empty_timeline_has_nothing_to_draw():
    only_unstable = [rel("1.0rc1", "2026-01-01"), rel("0.9", "2025-01-01", yanked=True), rel("1.0", None)]
    assert index.timeline(only_unstable, TODAY) == {
        "width": 640,
        "path": "",
        "majors": [],
        "years": [],
        "ticks": [],
        "first": None,
        "last": None,
    }


def test_timeline_places_marks_by_day_and_labels_the_oldest_version_of_each_major():
    start = TODAY - dt.timedelta(days=640)  # 2025-02-28: one unit of the 640-wide axis per day
    assert start == dt.date(2025, 2, 28)
    releases = [
        rel("1.0", days_after(start, 0)),
        rel("1.1", days_after(start, 10)),
        rel("1.5", days_after(start, 20), yanked=True),  # not drawn
        rel("2.0rc1", days_after(start, 40)),  # not drawn
        rel("2.0", days_after(start, 47)),  # 47 after the 1.0 label: too close, left unlabelled
        rel("3.0.1", days_after(start, 90)),  # uploaded first, but 3.0 is the oldest version of 3
        rel("3.0", days_after(start, 94)),  # 94 after 1.0's label (only 47 after 2.0's unlabelled mark)
        rel("4.0", days_after(start, 142)),  # exactly LABEL_ROOM (48) after 3.0: labelled
        rel("5.0", days_after(start, 189)),  # 47 after 4.0: unlabelled
        rel("9.9", None),  # never uploaded: not drawn
    ]
    t = index.timeline(releases, TODAY)
    assert t["width"] == 640
    assert t["path"] == "M0 28V40M10 28V40M47 28V40M90 28V40M94 28V40M142 28V40M189 28V40"
    assert [(m["version"], m["x"], m["label"]) for m in t["majors"]] == [
        ("1.0", 0, True),
        ("2.0", 47, False),
        ("3.0", 94, True),
        ("4.0", 142, True),
        ("5.0", 189, False),
    ]
    assert t["majors"][2]["date"] == days_after(start, 94) == "2025-06-02"
    assert t["years"] == [
        {"year": 2025, "count": 7, "first": "1.0", "last": "5.0", "majors": ["1.0", "2.0", "3.0", "4.0", "5.0"]}
    ]
    # one tick, on 1 January 2026: 307 days after 2025-02-28
    assert t["ticks"] == [{"x": 307, "year": 2026}]
    assert (t["first"], t["last"]) == ("2025-02-28", "2025-09-05")


def test_timeline_rounds_x_to_one_decimal_and_splits_the_table_by_year():
    start = TODAY - dt.timedelta(days=3)  # 2026-11-27: 640 / 3 units per day
    releases = [rel("1.0", "2026-11-27"), rel("1.1", "2026-11-28"), rel("2.0", "2026-11-29")]
    t = index.timeline(releases, TODAY, width=300)
    assert start.isoformat() == t["first"]
    assert t["width"] == 300 and t["path"] == "M0 28V40M100 28V40M200 28V40"
    t = index.timeline(releases, TODAY)
    assert t["path"] == "M0 28V40M213.3 28V40M426.7 28V40"  # 640/3 = 213.33.., 1280/3 = 426.66..
    assert [m["x"] for m in t["majors"]] == [0, 426.7]
    assert t["ticks"] == []  # no 1 January between the first release and today


def test_timeline_table_has_a_row_per_year():
    releases = [rel("1.0", "2024-03-01"), rel("1.1", "2024-07-01"), rel("1.2", "2025-02-01"), rel("2.0", "2025-06-01")]
    years = index.timeline(releases, TODAY)["years"]
    assert years == [
        {"year": 2024, "count": 2, "first": "1.0", "last": "1.1", "majors": ["1.0"]},
        {"year": 2025, "count": 2, "first": "1.2", "last": "2.0", "majors": ["2.0"]},
    ]


def test_a_release_today_has_a_one_day_axis():
    t = index.timeline([rel("1.0", TODAY.isoformat())], TODAY)
    assert t["path"] == "M0 28V40" and t["majors"][0]["x"] == 0
    yesterday = (TODAY - dt.timedelta(days=1)).isoformat()
    t = index.timeline([rel("1.0", yesterday), rel("1.1", TODAY.isoformat())], TODAY)
    assert t["path"] == "M0 28V40M640 28V40"


@pytest.mark.parametrize(
    "first_year, years_labelled",
    [
        (2025, [2026]),
        (2018, list(range(2019, 2027))),  # eight years: each labelled
        (2017, [2018, 2020, 2022, 2024, 2026]),  # nine: every second one
        (2009, [2010, 2013, 2016, 2019, 2022, 2025]),  # seventeen: every third
    ],
)
def test_at_most_eight_year_ticks(first_year, years_labelled):
    ticks = index.timeline([rel("1.0", f"{first_year}-06-01")], TODAY)["ticks"]
    assert [t["year"] for t in ticks] == years_labelled
    start = dt.date(first_year, 6, 1)
    span = (TODAY - start).days
    assert ticks[0]["x"] == round(640 * (dt.date(first_year + 1, 1, 1) - start).days / span, 1)


# -- the facts a snapshot settles -------------------------------------------------------------------
def derived(min_python="3.9", declared=True) -> dict:
    return {
        "taken": "2026-11-28",
        "source": SNAPSHOT,
        "latest": {"version": "1.2", "date": "2025-12-02"},
        "min_python": min_python,
        "requires_python": ">=3.9" if min_python else None,
        "license": "BSD-3-Clause" if declared else "BSD License",
        "license_declared": declared,
    }


def test_covered_facts_read_like_typed_facts_sourced_to_the_snapshot():
    taken = "read from the package index on 2026-11-28"
    assert index.covered_facts(derived()) == {
        "latest_version": {
            "value": "1.2",
            "date": "2025-12-02",
            "source": SNAPSHOT,
            "checked": "2026-11-28",
            "note": f"Newest release that is neither a pre-release nor yanked, {taken}.",
        },
        "min_python": {
            "value": "3.9",
            "source": SNAPSHOT,
            "checked": "2026-11-28",
            "note": f"Requires-Python of 1.2 is >=3.9, {taken}.",
        },
        "license": {
            "value": "BSD-3-Clause",
            "source": SNAPSHOT,
            "checked": "2026-11-28",
            "note": f"Declared in the metadata of 1.2, {taken}.",
        },
    }


def test_covered_facts_leave_out_what_the_snapshot_does_not_settle():
    assert list(index.covered_facts(derived(min_python=None, declared=False))) == ["latest_version"]
    assert set(index.COVERED) == {"latest_version", "min_python", "license"}
    assert index.COVERED == {"latest_version": "latest version", "min_python": "minimum Python", "license": "license"}


@pytest.mark.parametrize(
    "key, typed, derived_value, same",
    [
        ("license", "mit", "MIT", True),
        ("license", "MIT", "BSD-3-Clause", False),
        ("latest_version", "3.10", "3.10.0", True),
        ("latest_version", "3.1", "3.10", False),
        ("min_python", 3.9, "3.9", True),
        ("latest_version", "main", "main", True),  # not versions: compared as text
        ("latest_version", "main", "Main", False),
        ("latest_version", "main", "3.9", False),
    ],
)
def test_same_value(key, typed, derived_value, same):
    assert index.same_value(key, typed, derived_value) is same


def test_a_snapshot_without_a_stable_release_settles_nothing():
    assert index.covered_facts(index.derive(snap([rel("1.0rc1", "2026-01-05")]), TODAY)) == {}
