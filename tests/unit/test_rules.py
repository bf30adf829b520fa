"""Each validator rule, alone: the valid fixture gives it nothing to say, and one invalid case gives
exactly its message. A rule missing from the list, or a rule without a case, fails here."""

from __future__ import annotations

import pytest
from validator_cases import CASES, ON

from pywebcompare.data.problems import Problem, dotted
from pywebcompare.evidence.assemble import RULES
from pywebcompare.evidence.assemble import validate as load_files

# rule NAME -> the case in test_validator.CASES that only this rule catches
RULE_CASES = {
    "framework-id-matches-file": "id not matching file name",
    "framework-id-not-a-pair": "framework id with -vs-",
    "framework-names-unique": "duplicate framework",
    "catalogue-ids-unique": "duplicate catalogue feature",
    "framework-covers-catalogue": "unknown feature key",
    "package-named-for-extensions": "extension without package",
    "async-model-on-async-views": "async model on another feature",
    "interface-agrees-with-cells": "interface fact the cells contradict",
    "points-cite-known-features": "unknown feature reference",
    "references-known-frameworks": "unknown framework in claims",
    "feature-refs-known": "unknown feature in a guide",
    "needs-point-at-one-thing": "need with feature and fact",
    "ids-unique-in-lists": "duplicate scenario id",
    "dates-real-and-not-future": "future date",
    "links-are-primary-sources": "package index link",
    "index-snapshots-match-frameworks": "index snapshot of an unknown framework",
    "typed-facts-agree-with-index": "typed fact disagreeing with the index",
    "cadence-claims-match-snapshot": "release cadence the snapshot contradicts",
    "changes-follow-snapshots": "change log behind the snapshot",
    "built-on-is-required": "built_on library the package does not require",
    "core-examples-match-cells": "core-only example under a third-party cell",
    "prose-reads-as-sentence": "note cut by an unquoted #",
    "docs-not-on-moving-branch": "docs source on a moving branch",
    "examples-match-files": "example file and an impossible reason",
    "tasks-are-known": "task naming an unknown feature",
    "tested-records-current": "stale tested record",
    "speed-runs-consistent": "speed figure not the median of its rounds",
    "since-agrees-with-collected": "collected since contradicting a typed one",
    "since-differs-still-needed": "reason for a since difference that is gone",
}
BY_NAME = {rule.NAME: rule for rule in RULES}


def test_every_rule_has_a_case_and_every_case_a_listed_rule():
    assert set(RULE_CASES) == set(BY_NAME)
    assert all(rule.DESCRIPTION and rule.__doc__ for rule in RULES)


def messages(rule, root) -> list[str]:
    files, _ = load_files(root, ON)
    out = []
    for loaded, path, wrong, expected in rule.check(files, ON):
        line, col = loaded.position(path)
        out.append(str(Problem(loaded.name, line, col, dotted(path), wrong, expected, getattr(rule, "LEVEL", "error"))))
    return out


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_rule_is_quiet_on_valid_data_and_catches_its_case(name, data_root):
    rule = BY_NAME[name]
    assert messages(rule, data_root) == []
    break_it, expected = CASES[RULE_CASES[name]]
    break_it(data_root)
    assert messages(rule, data_root) == [expected]


def test_references_known_frameworks_reads_the_keys_of_a_surveys_shares(data_root):
    """A survey's shares are keyed by framework id: a valid file says nothing, an unknown key one message."""
    from validator_cases import SURVEY, write

    rule = BY_NAME["references-known-frameworks"]
    write(data_root, "data/surveys.yaml", SURVEY)
    assert messages(rule, data_root) == []
    break_it, expected = CASES["unknown framework in a survey"]
    break_it(data_root)
    assert messages(rule, data_root) == [expected]
