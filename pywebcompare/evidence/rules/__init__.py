"""Rules that hold the data against evidence: package-index snapshots, example files and their
tested records, measured speed runs. Same shape as data/rules (NAME, DESCRIPTION, check)."""

from __future__ import annotations

from pywebcompare.evidence.rules import (
    built_on_is_required,
    cadence_claims_match_snapshot,
    changes_follow_snapshots,
    core_examples_match_cells,
    examples_match_files,
    index_snapshots_match_frameworks,
    since_agrees_with_collected,
    since_differs_still_needed,
    speed_runs_consistent,
    tasks_are_known,
    tested_records_current,
    typed_facts_agree_with_index,
)

RULES = [
    cadence_claims_match_snapshot,
    tasks_are_known,
    examples_match_files,
    tested_records_current,
    speed_runs_consistent,
    index_snapshots_match_frameworks,
    typed_facts_agree_with_index,
    built_on_is_required,
    core_examples_match_cells,
    since_agrees_with_collected,
    since_differs_still_needed,
    changes_follow_snapshots,
]
