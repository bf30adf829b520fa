"""Checks the JSON Schema cannot express: references between files, dates, names, links.

Each rule is its own module with NAME, DESCRIPTION, an optional LEVEL ("error" unless it says
"warning") and a pure `check(files, today)` that receives the files that passed their schema
(a dataset.Files) and yields (loaded file, path, what is wrong, what is expected).
Adding a rule means adding a module and listing it here; tests/unit/test_rules.py holds a valid
and an invalid case for each.
"""

from __future__ import annotations

from pywebcompare.data.rules import (
    async_model_on_async_views,
    catalogue_ids_unique,
    dates_real_and_not_future,
    docs_not_on_moving_branch,
    feature_refs_known,
    framework_covers_catalogue,
    framework_id_matches_file,
    framework_id_not_a_pair,
    framework_names_unique,
    ids_unique_in_lists,
    interface_agrees_with_cells,
    links_are_primary_sources,
    needs_point_at_one_thing,
    package_named_for_extensions,
    points_cite_known_features,
    prose_reads_as_sentence,
    references_known_frameworks,
)

RULES = [
    framework_id_matches_file,
    framework_id_not_a_pair,
    framework_names_unique,
    catalogue_ids_unique,
    framework_covers_catalogue,
    package_named_for_extensions,
    async_model_on_async_views,
    interface_agrees_with_cells,
    points_cite_known_features,
    references_known_frameworks,
    feature_refs_known,
    needs_point_at_one_thing,
    ids_unique_in_lists,
    dates_real_and_not_future,
    links_are_primary_sources,
    prose_reads_as_sentence,
    docs_not_on_moving_branch,
]
