"""The strict YAML reader (pywebcompare.data.yamlsafe): what it refuses, with which message at which line and
column, and the plain data and positions it returns for everything else."""

from __future__ import annotations

import pytest

from pywebcompare.data.yamlsafe import MAX_BYTES, Loaded, load_file, load_text

QUOTES = "expected valid YAML; check indentation, colons and quotes on this line or the one before"
ANCHOR = (
    "(file): an anchor (&) or alias (*) is used; expected every value written out; anchors and aliases are not allowed"
)
TAG = "expected plain text, numbers, dates, lists and mappings; remove the tag"


def load(text: str) -> tuple:
    loaded = load_text(text, Loaded("f.yaml"))
    return loaded.data, [str(p) for p in loaded.problems]


# -- the file as bytes -------------------------------------------------------------------------


def test_a_file_of_exactly_the_size_limit_is_read_and_one_byte_more_is_refused(tmp_path):
    path = tmp_path / "big.yaml"
    body = "a: 1\n"
    path.write_text(body + "#" * (MAX_BYTES - len(body) - 1) + "\n")
    assert path.stat().st_size == MAX_BYTES == 256 * 1024
    loaded = load_file(path, "big.yaml")
    assert (loaded.data, loaded.problems) == ({"a": 1}, [])
    path.write_text(body + "#" * (MAX_BYTES - len(body)) + "\n")
    assert [str(p) for p in load_file(path, "big.yaml").problems] == [
        "big.yaml:1:1: (file): file is 256 KiB; expected at most 256 KiB; split it or trim it"
    ]


def test_a_file_is_named_by_its_path_unless_given_a_name(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_text("a: [1\n")
    assert load_file(path).name == str(path)
    assert load_file(path).problems[0].file == str(path)
    assert load_file(path, "data/x.yaml").problems[0].file == "data/x.yaml"


def test_a_byte_that_is_not_utf8_is_located_on_its_line(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\xffa: 1\n")
    assert [str(p) for p in load_file(path, "x.yaml").problems] == [
        "x.yaml:1:1: (file): byte 0xff is not valid UTF-8; expected a file saved as UTF-8"
    ]
    path.write_bytes(b"\n\xffa: 1\n")
    assert [str(p) for p in load_file(path, "x.yaml").problems] == [
        "x.yaml:2:1: (file): byte 0xff is not valid UTF-8; expected a file saved as UTF-8"
    ]
    path.write_bytes(b"a: 1\nbb: 2\nc: x\xe9\n")
    assert [str(p) for p in load_file(path, "x.yaml").problems] == [
        "x.yaml:3:5: (file): byte 0xe9 is not valid UTF-8; expected a file saved as UTF-8"
    ]


def test_a_byte_order_mark_is_ignored():
    assert load("\ufeffid: a\n") == ({"id": "a"}, [])
    # ... and hides neither an anchor nor a tab at the very start of the text
    assert load("\ufeff&x a: 1\n") == (None, ["f.yaml:1:1: " + ANCHOR])
    assert load("\ufeff\ta: 1\n") == (None, ["f.yaml:1:1: (file): " + TAB])


# -- tabs, anchors, syntax -----------------------------------------------------------------------


TAB = "a tab is used for indentation; expected spaces: YAML does not allow tabs in indentation"


def test_a_tab_in_indentation_is_located_where_the_first_one_sits():
    assert load("a:\n  \tb: 1\n") == (None, ["f.yaml:2:3: (file): " + TAB])
    assert load("a:\n \t\tb: 1\n") == (None, ["f.yaml:2:2: (file): " + TAB])


def test_tabs_on_blank_and_comment_lines_and_inside_values_are_fine():
    assert load("a: 1\n  \t\nb: 2\n") == ({"a": 1, "b": 2}, [])
    assert load("a: 1\n \t# a comment\nb: 2\n") == ({"a": 1, "b": 2}, [])
    assert load("a: x\tb\n") == ({"a": "x\tb"}, [])


def test_anchors_and_aliases_are_refused_where_they_start():
    assert load("a: [&x 1, *x]\n") == (None, ["f.yaml:1:5: " + ANCHOR])
    assert load("a: 1\nb: {c: *x}\n") == (None, ["f.yaml:2:8: " + ANCHOR])
    assert load("a: 1\nb: [1,*x]\n") == (None, ["f.yaml:2:7: " + ANCHOR])
    assert load("a: 1\nb: {&x c: 1}\n") == (None, ["f.yaml:2:5: " + ANCHOR])
    assert load("a: 1\n&x b: 2\n") == (None, ["f.yaml:2:1: " + ANCHOR])


def test_an_asterisk_inside_text_is_not_an_alias():
    assert load("note: see *bold* text\nb: a&b\n") == ({"note": "see *bold* text", "b": "a&b"}, [])


def test_a_syntax_error_without_context_names_the_problem():
    assert load("a: b: c\n") == (
        None,
        ["f.yaml:1:5: (file): YAML syntax error: mapping values are not allowed in this context; " + QUOTES],
    )


def test_an_error_without_a_position_is_reported_on_the_first_line():
    data, found = load("a: \x07\n")
    assert data is None and len(found) == 1
    assert found[0].startswith("f.yaml:1:1: (file): YAML error: unacceptable character #x0007")
    assert found[0].endswith("; expected valid YAML")


# -- tags and keys -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [("!foo bar", "!foo"), ("!!set {x}", "!!set"), ("!!binary aGk=", "!!binary"), ("!!omap [{x: 1}]", "!!omap")],
)
def test_tags_beyond_plain_data_are_refused(value, shown):
    assert load(f"a: {value}\nb: 2\n") == (
        {"a": None, "b": 2},
        [f"f.yaml:1:4: a: tag {shown} is not allowed; " + TAG],
    )


def test_a_tag_of_another_vocabulary_is_refused_not_crashed_on():
    assert load("a: !<tag:example.com,2000:x> foo\nb: !<tag:example.com,2000:y> [1]\n") == (
        {"a": None, "b": None},
        [
            "f.yaml:1:4: a: tag tag:example.com,2000:x is not allowed; " + TAG,
            "f.yaml:2:4: b: tag tag:example.com,2000:y is not allowed; " + TAG,
        ],
    )


def test_the_standard_tags_of_plain_data_are_read():
    assert load("a: !!str 3\nb: !!map {x: 1}\nc: !!seq [1]\nd: !!int '7'\n") == (
        {"a": "3", "b": {"x": 1}, "c": [1], "d": 7},
        [],
    )


def test_merge_keys_and_duplicate_keys_are_refused_and_the_rest_is_read():
    assert load("<<: {a: 1}\nb: 2\n") == (
        {"b": 2},
        ["f.yaml:1:1: (file): a merge key (<<) is used; expected every field written out"],
    )
    assert load("a:\n  b: 1\n  b: 2\n  c: 3\n") == (
        {"a": {"b": 1, "c": 3}},
        ["f.yaml:3:3: a.b: duplicate key 'b' (first on line 2); expected each key once; remove or merge one of them"],
    )


def test_a_key_that_is_not_text_is_refused_and_the_rest_is_read():
    assert load("? [a]\n: b\nc: 1\n") == (
        {"c": 1},
        ["f.yaml:1:3: (file): a key is not plain text; expected simple keys such as `name:`"],
    )


# -- scalars -------------------------------------------------------------------------------------


def test_yaml_11_booleans_are_refused_with_their_meaning():
    data, found = load("a: yes\nb: ON\nc: off\nd: No\ne: True\nf: FALSE\ng: y\nh: n\n")
    assert data == {"a": None, "b": None, "c": None, "d": None, "e": True, "f": False, "g": "y", "h": "n"}
    assert found == [
        'f.yaml:1:4: a: `yes` would be read as the boolean true; expected text in quotes ("yes") or true/false',
        'f.yaml:2:4: b: `ON` would be read as the boolean true; expected text in quotes ("ON") or true/false',
        'f.yaml:3:4: c: `off` would be read as the boolean false; expected text in quotes ("off") or true/false',
        'f.yaml:4:4: d: `No` would be read as the boolean false; expected text in quotes ("No") or true/false',
    ]


def test_an_explicit_bool_tag_on_quoted_text_is_read_as_written():
    assert load('a: !!bool "true"\nb: !!bool "false"\n') == ({"a": True, "b": False}, [])


def test_dates_are_plain_text_and_times_are_refused():
    data, found = load("a: 2026-01-10\nb: 2026-01-10 10:00:00\nc: '2026-01-10 10:00'\n")
    assert data == {"a": "2026-01-10", "b": None, "c": "2026-01-10 10:00"}
    assert found == ["f.yaml:2:4: b: `2026-01-10 10:00:00` is a date with a time; expected a date written YYYY-MM-DD"]


def test_numbers_read_as_written_pass_and_those_read_otherwise_are_refused():
    data, found = load("a: 1_000\nb: +5\nc: 0x1F\nd: 1.0\ne: -3\nf: .5\ng: 1.50\nh: !!float '3.10'\n")
    assert data == {"a": 1000, "b": 5, "c": None, "d": 1.0, "e": -3, "f": None, "g": None, "h": 3.1}
    assert found == [
        'f.yaml:3:4: c: `0x1F` would be read as the number 31; expected "0x1F" in quotes if you mean that text',
        'f.yaml:6:4: f: `.5` would be read as the number 0.5; expected ".5" in quotes if you mean that text',
        'f.yaml:7:4: g: `1.50` would be read as the number 1.5; expected "1.50" in quotes if you mean that text',
    ]


def test_nulls_and_nested_lists():
    assert load("a: ~\nb: null\nc:\nd: [1, [2, x]]\n") == (
        {"a": None, "b": None, "c": None, "d": [1, [2, "x"]]},
        [],
    )
    assert load("- a\n- b: [1]\n") == (["a", {"b": [1]}], [])


# -- positions -------------------------------------------------------------------------------------


def test_positions_of_values_keys_and_paths_that_do_not_exist():
    loaded = load_text("a: 1\nb:\n  c: [x, y]\nd:\n- 5\n", Loaded("f.yaml"))
    assert loaded.position(("a",)) == (1, 4)
    assert loaded.position(("a",), key=True) == (1, 1)
    assert loaded.position(("b", "c", 1)) == (3, 10)
    assert loaded.position(("b", "c")) == (3, 6)
    assert loaded.position(("b", "c"), key=True) == (3, 3)
    # A nested block starts on a later line than its key: the key is the place to point at.
    assert loaded.position(("b",)) == (2, 1)
    assert loaded.position(("d",)) == (4, 1)
    assert loaded.position(("d", 0)) == (5, 3)
    # A path that does not exist gets its nearest parent's place.
    assert loaded.position(("b", "c", 7)) == (3, 6)
    assert loaded.position(("b", "nope", "deeper")) == (2, 1)
    assert loaded.position(("nope",)) == (1, 1)
    assert loaded.position(()) == (1, 1)


def test_a_file_that_could_not_be_read_puts_every_path_on_the_first_line():
    loaded = load_text("a: [1\n", Loaded("f.yaml"))
    assert loaded.data is None
    assert loaded.position(("a", 0)) == (1, 1)


def test_a_problem_takes_a_line_and_column_or_a_yaml_mark():
    loaded = Loaded("f.yaml")
    loaded.problem((4, 2), ("a", 0), "wrong", "expected")
    assert [str(p) for p in loaded.problems] == ["f.yaml:4:2: a[0]: wrong; expected"]
    assert loaded.bad_paths == {("a", 0)}
