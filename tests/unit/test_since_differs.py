"""`since_differs`: a feature cell's reason why running its examples dates the feature later than its
typed `since`. The warning honours it, only for a later finding; a reason with nothing left to explain
is an error; a cell shows the reason instead of "(disagrees)"."""

from __future__ import annotations

import datetime as dt

import pytest

from pywebcompare.data.yamlsafe import load_file
from pywebcompare.evidence import since
from pywebcompare.evidence.rules import since_agrees_with_collected as agrees
from pywebcompare.evidence.rules import since_differs_still_needed as still_needed

DAY = dt.date(2026, 12, 7)
NEWER = {"because": "example-newer", "note": "The example imports a module that arrived in 2.1."}
LATER = {"since": "2.1.0", "last_failing": "2.0.1", "tasks": ["hello"], "printed": "since 2.1.0 (2.0.1 fails)"}


@pytest.mark.parametrize(
    ("stated", "found", "differs", "told"),
    [
        ("2.0", LATER, NEWER, True),
        ("2.0", LATER, None, False),  # no reason given
        (None, LATER, NEWER, False),  # no typed since to differ from
        ("2.0", None, NEWER, False),  # no finding
        ("2.0", {"since": "2.0.0", "last_failing": "1.1.4"}, NEWER, False),  # they agree
        ("2.0", {"since": "1.1.0", "last_failing": "1.0.0"}, NEWER, False),  # earlier: the typed value may be late
        ("2.0", {"since": "1.5", "tested_back_to": "1.5"}, NEWER, False),
        ("2.0", {"since": "2.3.0", "tested_back_to": "2.3.0"}, NEWER, False),  # says nothing either way
    ],
)
def test_a_reason_explains_only_a_finding_that_dates_the_feature_later(stated, found, differs, told):
    assert since.explained(stated, found, differs) is told


def files(tmp_path, cell: str, finding: str):
    """The two files the rules read: a framework file with one feature cell, and its data/since record."""
    fw_path = tmp_path / "fw.yaml"
    fw_path.write_text("features:\n  routing:\n" + cell)
    rec_path = tmp_path / "since.yaml"
    rec_path.write_text("features:\n  routing:\n" + finding)

    class Files:
        frameworks = {"alpha": load_file(fw_path)}

        def folder(self, name):
            assert name == "since"
            return {"alpha": load_file(rec_path)}

    return Files()


TYPED = "    since: '2.0'\n"
REASON = (
    "    since_differs:\n      because: example-newer\n      note: The example imports a module that arrived in 2.1.\n"
)
FOUND_LATER = "    since: 2.1.0\n    last_failing: 2.0.1\n    tasks: [hello]\n    printed: since 2.1.0 (2.0.1 fails)\n"
FOUND_SAME = "    since: 2.0.0\n    last_failing: 1.9.0\n    tasks: [hello]\n    printed: since 2.0.0 (1.9.0 fails)\n"
FOUND_EARLIER = (
    "    since: 1.1.0\n    last_failing: 1.0.0\n    tasks: [hello]\n    printed: since 1.1.0 (1.0.0 fails)\n"
)


def test_the_warning_honours_a_stated_reason_and_comes_back_without_it(tmp_path):
    explained = files(tmp_path, TYPED + REASON, FOUND_LATER)
    assert list(agrees.check(explained, DAY)) == []
    assert list(still_needed.check(explained, DAY)) == []
    bare = files(tmp_path, TYPED, FOUND_LATER)
    (warning,) = agrees.check(bare, DAY)
    assert warning[1] == ("features", "routing", "since")
    assert "typed since 2.0, but the examples fail on 2.0.1 and first pass on 2.1.0" in warning[2]


def test_a_reason_never_excuses_examples_that_pass_before_the_typed_since(tmp_path):
    earlier = files(tmp_path, TYPED + REASON, FOUND_EARLIER)
    (warning,) = agrees.check(earlier, DAY)
    assert "the examples already pass on 1.1.0" in warning[2]
    (error,) = still_needed.check(earlier, DAY)
    assert error[1] == ("features", "routing", "since_differs")


def test_a_reason_with_nothing_left_to_explain_is_an_error(tmp_path):
    assert getattr(still_needed, "LEVEL", "error") == "error"
    agreeing = files(tmp_path, TYPED + REASON, FOUND_SAME)
    assert list(agrees.check(agreeing, DAY)) == []
    (error,) = still_needed.check(agreeing, DAY)
    assert error[1] == ("features", "routing", "since_differs")
    assert "data/since/alpha.yaml finds since 2.0.0 (1.9.0 fails)" in error[2]
    assert "no longer needed" in error[3]
    untyped = files(tmp_path, REASON, FOUND_LATER)
    (error,) = still_needed.check(untyped, DAY)
    assert "and the cell has none" in error[2]


def render_cell(**kw) -> str:
    from pywebcompare.site.templating import environment

    template = environment().from_string('{% import "_macros.j2" as m %}{{ m.support(**kw) }}')
    return template.render(kw={"level": "built-in", **kw})


def test_a_cell_shows_the_reason_instead_of_a_disagreement():
    hit = {**LATER, "python": "3.11", "date": "2026-12-07"}
    told = render_cell(since="2.0", evidence="changelog", found=hit, differs=NEWER)
    assert "running the examples: since 2.1.0 (2.0.1 fails) (the example uses a newer API)" in told
    assert 'data-differs="example-newer"' in told and "pwc-since-differs" in told
    assert "The example imports a module that arrived in 2.1." in told  # in the tooltip
    assert "(disagrees)" not in told and "pwc-since-clash" not in told
    python = render_cell(since="2.0", evidence="changelog", found=hit, differs={**NEWER, "because": "python-newer"})
    assert "(older releases do not run on the Python used)" in python
    earlier = {"since": "1.1.0", "last_failing": "1.0.0", "tasks": ["hello"], "python": "3.11", "date": "2026-12-07"}
    earlier["printed"] = since.statement(earlier)
    late = render_cell(since="2.0", evidence="changelog", found=earlier, differs=NEWER)
    assert "(disagrees)" in late and "pwc-since-differs" not in late


def test_a_since_that_is_no_version_leaves_the_reason_alone(tmp_path):
    """Nothing can be compared, so the reason is not called stale (the hostile-data test types markup)."""
    cell = "    since: '2.0<b>x</b>'\n" + REASON
    assert list(still_needed.check(files(tmp_path, cell, FOUND_LATER), DAY)) == []
