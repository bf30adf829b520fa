"""The three rules about package-index snapshots, each on the small fixture tree with one or more
things broken at once: the exact message a contributor reads for each, in order, and silence when
the data agrees (a package named in another spelling, a fact only one side gives)."""

from __future__ import annotations

import re
from pathlib import Path

from validator_cases import ON

from pywebcompare.data.problems import Problem, dotted
from pywebcompare.evidence.assemble import validate as load_files
from pywebcompare.evidence.rules import (
    cadence_claims_match_snapshot,
    index_snapshots_match_frameworks,
    typed_facts_agree_with_index,
)

SNAPSHOT = Path(__file__).resolve().parent.parent / "fixtures" / "index" / "alpha.yaml"  # Flask, latest 1.1.4
FW = "data/frameworks/{}.yaml"
AGAIN = "run python -m pywebcompare refresh"


def messages(rule, root: Path) -> list[str]:
    files, _ = load_files(root, ON)
    return [
        str(Problem(loaded.name, *loaded.position(path), dotted(path), wrong, expected))
        for loaded, path, wrong, expected in rule.check(files, ON)
    ]


def add_snapshot(root: Path, fid: str, *edits: tuple[str, str]) -> None:
    text = SNAPSHOT.read_text()
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    (root / "data/index").mkdir(exist_ok=True)
    (root / f"data/index/{fid}.yaml").write_text(text)


def packages(root: Path, **names: str) -> None:
    """Name each framework's package in its own file (package.name), as a contributor does."""
    for fid, name in names.items():
        path = root / FW.format(fid)
        if path.exists():
            path.write_text(
                re.sub(r"^package: \{name: [^,]+,", f"package: {{name: {name},", path.read_text(), flags=re.M)
            )


def drop_fact(root: Path, fid: str, key: str) -> None:
    path = root / FW.format(fid)
    path.write_text("".join(line for line in path.read_text().splitlines(True) if not line.startswith(f"  {key}:")))


WITHOUT_1_1_4 = (
    '  - {version: "1.1.4", uploaded: "2021-05-14T01:45:55.061151Z", requires_python: ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*", yanked: false}\n',
    "",
)
NO_PYTHON = ('requires_python: ">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*"', "requires_python: null")
UNREADABLE = ('{version: "1.1.2"', '{version: "one point one"')


# -- index-snapshots-match-frameworks ---------------------------------------------------------------
def test_a_snapshot_without_a_packages_file_is_of_its_own_package(data_root):
    add_snapshot(data_root, "alpha")
    assert messages(index_snapshots_match_frameworks, data_root) == []


def test_package_names_are_compared_canonically(data_root):
    add_snapshot(data_root, "alpha")
    packages(data_root, alpha="flask")
    assert messages(index_snapshots_match_frameworks, data_root) == []


def test_each_broken_snapshot_gets_one_message(data_root):
    # aardvark: no such framework (and its metadata would be inconsistent too); alpha: another
    # package (and inconsistent too); beta: the metadata is not of the newest stable release.
    add_snapshot(data_root, "aardvark", WITHOUT_1_1_4)
    add_snapshot(data_root, "alpha", WITHOUT_1_1_4)
    add_snapshot(data_root, "beta", WITHOUT_1_1_4)
    packages(data_root, alpha="Django", beta="Flask")
    assert messages(index_snapshots_match_frameworks, data_root) == [
        "data/index/aardvark.yaml:3:1: (file): no framework data/frameworks/aardvark.yaml for this snapshot; "
        "expected one snapshot per framework; delete it",
        "data/index/alpha.yaml:3:10: package: snapshot of 'Flask' but data/frameworks/alpha.yaml names 'Django'; "
        f"expected the same package; {AGAIN} alpha",
        "data/index/beta.yaml:6:12: metadata.version: metadata is of 1.1.4 but the newest stable release is 1.1.2; "
        f"expected a consistent snapshot; {AGAIN} beta",
    ]


def test_an_unreadable_release_is_reported_once_and_the_next_snapshot_still_checked(data_root):
    add_snapshot(data_root, "alpha", UNREADABLE)
    add_snapshot(data_root, "beta", WITHOUT_1_1_4)
    packages(data_root, beta="Flask")  # beta's snapshot is Flask's too
    assert messages(index_snapshots_match_frameworks, data_root) == [
        "data/index/alpha.yaml:37:1: releases: a release cannot be read (Invalid version: 'one point one'); "
        f"expected a snapshot written by refresh; {AGAIN} alpha",
        "data/index/beta.yaml:6:12: metadata.version: metadata is of 1.1.4 but the newest stable release is 1.1.2; "
        f"expected a consistent snapshot; {AGAIN} beta",
    ]


def test_a_snapshot_without_a_stable_release_names_none(data_root):
    add_snapshot(data_root, "alpha", WITHOUT_1_1_4, ('{version: "1.1.2"', '{version: "1.1.2b1"'))
    assert messages(index_snapshots_match_frameworks, data_root) == [
        "data/index/alpha.yaml:6:12: metadata.version: metadata is of 1.1.4 but the newest stable release is none; "
        f"expected a consistent snapshot; {AGAIN} alpha"
    ]


# -- typed-facts-agree-with-index -------------------------------------------------------------------
def test_a_fact_neither_typed_nor_in_a_snapshot_is_missing(data_root):
    add_snapshot(data_root, "beta", NO_PYTHON)
    for fid in ("alpha", "beta"):
        drop_fact(data_root, fid, "min_python")
        drop_fact(data_root, fid, "latest_version")  # beta's snapshot gives it
    wanted = "expected `{0}:` with a value and a source, or package.name in the framework file and a refresh"
    got = messages(typed_facts_agree_with_index, data_root)
    assert got[:2] == [
        "data/frameworks/alpha.yaml:8:1: facts.latest_version: the latest version is missing and there is no "
        "snapshot data/index/alpha.yaml; " + wanted.format("latest_version"),
        "data/frameworks/alpha.yaml:8:1: facts.min_python: the minimum Python is missing and there is no "
        "snapshot data/index/alpha.yaml; " + wanted.format("min_python"),
    ]
    # beta's typed licence MIT disagrees with the snapshot's BSD-3-Clause
    assert got[2:] == [
        "data/frameworks/beta.yaml:8:1: facts.min_python: the minimum Python is missing and the index snapshot "
        "does not give it; " + wanted.format("min_python"),
        "data/frameworks/beta.yaml:9:20: facts.license.value: typed 'MIT' but the index snapshot "
        "data/index/beta.yaml says 'BSD-3-Clause'; expected them to agree; delete `license` from the file "
        "(the snapshot provides it) or correct it",
    ]


def test_typed_and_derived_facts_that_agree_or_stand_alone_are_quiet(data_root):
    # no requires_python anywhere: the snapshot leaves min_python to the typed "3.10"
    add_snapshot(
        data_root,
        "alpha",
        NO_PYTHON,
        ('license: "BSD-3-Clause"', 'license: "mit"'),
    )
    path = data_root / FW.format("alpha")
    path.write_text(path.read_text().replace('latest_version: {value: "3.10"', 'latest_version: {value: "1.1.4.0"'))
    drop_fact(data_root, "beta", "latest_version")
    only_beta = [
        "data/frameworks/beta.yaml:8:1: facts.latest_version: the latest version is missing and there is no "
        "snapshot data/index/beta.yaml; expected `latest_version:` with a value and a source, or package.name "
        "in the framework file and a refresh"
    ]
    assert messages(typed_facts_agree_with_index, data_root) == only_beta
    drop_fact(data_root, "alpha", "license")  # the snapshot's licence stands alone
    drop_fact(data_root, "alpha", "latest_version")
    assert messages(typed_facts_agree_with_index, data_root) == only_beta


def test_an_unreadable_snapshot_is_left_to_its_own_rule(data_root):
    add_snapshot(data_root, "alpha", UNREADABLE)  # alpha's typed 3.10 is not compared with anything
    drop_fact(data_root, "beta", "license")
    assert messages(typed_facts_agree_with_index, data_root) == [
        "data/frameworks/beta.yaml:8:1: facts.license: the license is missing and there is no snapshot "
        "data/index/beta.yaml; expected `license:` with a value and a source, or package.name in the "
        "framework file and a refresh"
    ]


# -- cadence-claims-match-snapshot ------------------------------------------------------------------
def test_a_cadence_the_snapshot_contradicts_is_reported(data_root):
    add_snapshot(data_root, "alpha")  # Flask's recorded releases: none in the twelve months before ON
    path = data_root / FW.format("alpha")
    text = path.read_text()
    first = text.split("strengths:\n  - text: ", 1)[1].split("\n", 1)[0]
    path.write_text(text.replace(first, "Quarterly releases keep it current."))
    assert messages(cadence_claims_match_snapshot, data_root) == [
        f"data/frameworks/alpha.yaml:{text[: text.index(first)].count(chr(10)) + 1}:11: strengths[0].text: claims about 4 "
        "releases a year, but the index shows 0 stable releases in the last 12 months; expected the claim to match "
        "the snapshot: reword it, or refresh the snapshot"
    ]
    path.write_text(text.replace(first, "It ships a release every two months."))
    assert len(messages(cadence_claims_match_snapshot, data_root)) == 1
    path.write_text(text.replace(first, "Its release notes are thorough and monthly reports are not a cadence."))
    assert len(messages(cadence_claims_match_snapshot, data_root)) == 1  # "release" and "monthly": a claim
    path.write_text(text.replace(first, "Calendar versions make upgrades predictable."))
    assert messages(cadence_claims_match_snapshot, data_root) == []


def test_cadence_words_give_releases_a_year():
    per_year = cadence_claims_match_snapshot.claimed_per_year
    assert per_year("Monthly releases.") == 12 and per_year("quarterly releases") == 4
    assert per_year("A release every six weeks.") == 8 and per_year("releases every 3 months") == 4
    assert per_year("Quarterly planning meetings.") is None  # no word of releases: no claim
