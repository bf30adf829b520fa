"""The two rules as a contributor meets them, through the real command line."""

from __future__ import annotations

from support import run_cli
from validator_cases import CASES

from pywebcompare.data.rules.prose_reads_as_sentence import starts_well


def test_a_note_cut_by_a_hash_fails_validate_with_file_and_line(data_root):
    break_it, expected = CASES["note cut by an unquoted #"]
    break_it(data_root)
    result = run_cli("validate", root=data_root)
    assert result.returncode == 1 and expected in result.stderr and "Traceback" not in result.stderr


def test_a_docs_source_on_a_moving_branch_warns_and_passes(data_root):
    break_it, expected = CASES["docs source on a moving branch"]
    break_it(data_root)
    result = run_cli("validate", root=data_root)
    assert result.returncode == 0 and expected in result.stderr
    assert result.stdout.strip() == "Data is valid, with warnings to look at."


def test_sentence_starts():
    names = {"aiohttp"}
    for text in ("Flask runs.", "3 workers.", '"Too heavy" is a view.', "app.static() maps.", "aiohttp has none."):
        assert starts_well(text, names), text
    for text in ("the framework runs.", "python runs it.", "makemigrations writes files."):
        assert not starts_well(text, names), text
