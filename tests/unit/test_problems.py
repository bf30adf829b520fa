"""How one problem, and the whole report, read for a contributor (pywebcompare.data.problems)."""

from __future__ import annotations

from pywebcompare.data.problems import DataError, Problem, dotted, format_report, short


def test_an_error_names_file_line_column_field_and_both_halves():
    p = Problem("data/frameworks/alpha.yaml", 7, 10, "checked", "2999-01-01 is in the future", "expected a date")
    assert str(p) == "data/frameworks/alpha.yaml:7:10: checked: 2999-01-01 is in the future; expected a date"


def test_a_whole_file_problem_says_file_and_a_warning_says_so():
    assert str(Problem("a.yaml", 1, 1, "", "file is empty", "expected fields")) == (
        "a.yaml:1:1: (file): file is empty; expected fields"
    )
    warning = Problem("a.yaml", 3, 5, "x.source", "moving branch", "expected a tag", level="warning")
    assert str(warning) == "a.yaml:3:5: warning: x.source: moving branch; expected a tag"
    assert Problem("a.yaml", 1, 1, "", "w", "e").level == "error"


def _p(line, level="error"):
    return Problem("a.yaml", line, 1, "f", "wrong", "expected", level)


def test_the_summary_counts_errors_and_warnings_with_their_plurals():
    assert format_report([_p(1)]).splitlines()[-1] == "1 problem in the data; see CONTRIBUTING.md."
    assert format_report([_p(1), _p(2)]).splitlines()[-1] == "2 problems in the data; see CONTRIBUTING.md."
    assert format_report([]) == "0 problems in the data; see CONTRIBUTING.md."
    assert format_report([_p(1), _p(2, "warning")]).splitlines()[-1] == (
        "1 problem in the data and 1 warning; see CONTRIBUTING.md."
    )
    assert format_report([_p(1, "warning"), _p(2, "warning")]).splitlines()[-1] == (
        "0 problems in the data and 2 warnings; see CONTRIBUTING.md."
    )


def test_the_report_lists_each_problem_on_its_own_line_before_the_summary():
    problems = [_p(2), _p(1, "warning")]
    assert format_report(problems) == "\n".join(
        [
            "a.yaml:2:1: f: wrong; expected",
            "a.yaml:1:1: warning: f: wrong; expected",
            "1 problem in the data and 1 warning; see CONTRIBUTING.md.",
        ]
    )


def test_a_data_error_lists_its_problems_in_file_and_line_order():
    later, earlier, other = _p(9), _p(2), Problem("0.yaml", 5, 1, "", "w", "e")
    err = DataError([later, earlier, other])
    assert err.problems == [other, earlier, later]
    assert str(err) == (
        "0.yaml:5:1: (file): w; e\na.yaml:2:1: f: wrong; expected\na.yaml:9:1: f: wrong; expected\n"
        "3 problems in the data; see CONTRIBUTING.md."
    )


def test_dotted_paths():
    assert dotted(()) == ""
    assert dotted(("features", "orm", "note")) == "features.orm.note"
    assert dotted(("claims", 0, "frameworks", 12)) == "claims[0].frameworks[12]"
    assert dotted((3, "id")) == "[3].id"


def test_short_keeps_up_to_the_limit_and_cuts_beyond_with_an_ellipsis():
    assert short("abc") == "'abc'"
    exact = "x" * 58  # repr adds two quotes: 60 characters, the limit
    assert short(exact) == repr(exact)
    over = "x" * 59  # 61 characters: cut to 59 and an ellipsis, 60 in all
    assert short(over) == "'" + "x" * 58 + "…"
    assert len(short(over)) == 60
    assert short([1, 2, 3], limit=5) == "[1, …"
    assert short(12345, limit=5) == "12345"
