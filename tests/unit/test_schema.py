"""Each kind of schema error, as the contributor reads it: file, line, column, field, what is wrong,
what is expected (pywebcompare.data.schema). The files are the fixture's, changed in one place."""

from __future__ import annotations

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from pywebcompare.data import schema
from pywebcompare.data.yamlsafe import Loaded, load_text

DATA = Path(__file__).resolve().parent.parent / "fixtures" / "data"
FW = (DATA / "frameworks" / "alpha.yaml").read_text()
GUIDES = (DATA / "guides.yaml").read_text()
TESTED = "alpha:\n  hello:\n    version: '1.0'\n    sha: '0123456789ab'\n    date: 2026-11-01\n"


def messages(schema_name: str, text: str) -> list[str]:
    loaded = load_text(text, Loaded("f.yaml"))
    if loaded.data is not None:
        schema.check(loaded, schema_name)
    return list(dict.fromkeys(str(p) for p in loaded.problems))  # as load_files reports them: once each


def fw(old: str, new: str) -> list[str]:
    assert old in FW
    return messages("framework.schema.json", FW.replace(old, new, 1))


def test_the_fixture_files_are_valid():
    assert messages("framework.schema.json", FW) == []
    assert messages("guides.schema.json", GUIDES) == []
    assert messages("tested.schema.json", TESTED) == []


# Line 10 of the fixture: "  first_release: {value: 2015, ...}"; its value sits at column 26.
RELEASE = "f.yaml:10:26: facts.first_release.value: "


@pytest.mark.parametrize(
    ("value", "got"),
    [
        ("2015.5", "got a number 2015.5"),
        ("'2015'", "got text '2015'"),
        ("true", "got true or false True"),
        ("null", "got nothing None"),
        ("[2015]", "got a list [2015]"),
        ("{a: 1}", "got a mapping {'a': 1}"),
    ],
)
def test_a_wrong_type_names_the_type_and_value_got_and_the_expected_words(value, got):
    assert fw("value: 2015", f"value: {value}") == [RELEASE + got + "; expected a year such as 2010"]


def test_a_wrong_type_without_schema_words_names_the_json_type():
    assert messages("tested.schema.json", TESTED.replace("version: '1.0'", "version: 1")) == [
        "f.yaml:3:14: alpha.hello.version: got a whole number 1; expected text"
    ]


def test_out_of_range_numbers_and_the_boundaries_that_pass():
    assert fw("value: 2015", "value: 1989") == [RELEASE + "1989 is out of range; expected a year such as 2010"]
    assert fw("value: 2015", "value: 2101") == [RELEASE + "2101 is out of range; expected a year such as 2010"]
    assert fw("value: 2015", "value: 1990") == []
    assert fw("value: 2015", "value: 2100") == []


def test_out_of_range_without_schema_words_names_the_bound():
    text = GUIDES.replace("    watch_out:\n", "    seed: [0, 100]\n    watch_out:\n", 1)
    assert messages("guides.schema.json", text) == [
        "f.yaml:9:12: scenarios[0].seed[0]: 0 is out of range; expected minimum 1",
        "f.yaml:9:15: scenarios[0].seed[1]: 100 is out of range; expected maximum 99",
    ]


def test_text_length_says_how_long_and_the_limit():
    assert fw("name: Alpha", "name: " + "A" * 41) == [
        "f.yaml:2:7: name: text is 41 characters long; expected the framework's name, 1 to 40 characters"
    ]
    assert fw("value: [Werkzeug]", "value: ['']") == [
        "f.yaml:14:22: facts.built_on.value[0]: text is 0 characters long; expected minimum 1 characters"
    ]
    assert fw("value: [Werkzeug]", "value: [" + "x" * 61 + "]") == [
        "f.yaml:14:22: facts.built_on.value[0]: text is 61 characters long; expected maximum 60 characters"
    ]


def test_list_length_says_how_many_items_and_the_limit():
    assert messages("changes.schema.json", "checked: 2026-01-10\nchanges: []\n") == [
        "f.yaml:2:10: changes: list has 0 items; expected minimum 1 items"
    ]
    assert messages("guides.schema.json", GUIDES.split("  - id: q5")[0]) == [
        "f.yaml:12:1: questions: list has 4 items; expected minimum 5 items"
    ]


def test_a_repeated_item():
    assert fw("value: [Werkzeug]", "value: [Werkzeug, Werkzeug]") == [
        "f.yaml:14:21: facts.built_on.value: the list repeats an item; expected each item once"
    ]


def test_enum_and_pattern_name_the_value():
    assert fw("value: WSGI", "value: CGI") == [
        "f.yaml:12:22: facts.interface.value: 'CGI' is not an allowed value; expected one of WSGI, ASGI, both, own-server"
    ]
    assert messages("tested.schema.json", TESTED.replace("'0123456789ab'", "'0123'")) == [
        "f.yaml:4:10: alpha.hello.sha: '0123' is not in the right form; expected text matching ^[0-9a-f]{12}$"
    ]


def test_missing_fields_point_at_their_parent_key_each_with_its_description():
    text = FW.replace("  interface: {value: WSGI, source: https://alpha.example.org/docs/}\n", "").replace(
        "  first_release: {value: 2015, source: https://alpha.example.org/changes/}\n", ""
    )
    assert messages("framework.schema.json", text) == [
        "f.yaml:8:1: facts.first_release: missing field 'first_release'; "
        "expected it to be present: Year of the first public release.",
        "f.yaml:8:1: facts.interface: missing field 'interface'; "
        "expected it to be present: Server interface the framework speaks.",
    ]


def test_an_unknown_field_points_at_its_key_and_lists_the_allowed_ones():
    assert fw("    evidence: docs\n  orm:", "    evidence: docs\n    extra: 1\n  orm:") == [
        "f.yaml:21:5: features.routing.extra: unknown field 'extra'; "
        "expected only: support, package, since, since_differs, async_model, note, source, evidence, checked"
    ]


def test_a_check_without_its_own_wording_gives_the_schema_message():
    text = GUIDES.replace("{feature: routing, weight: 2", "{maintenance: false, weight: 2")
    assert messages("guides.schema.json", text) == [
        "f.yaml:7:23: scenarios[0].needs[0].maintenance: True was expected; expected what the schema describes"
    ]


def test_values_the_loader_reported_are_not_reported_again():
    # The loader reads `no` as a problem and keeps nothing; the schema does not add "got nothing".
    assert fw("name: Alpha", "name: no") == [
        'f.yaml:2:7: name: `no` would be read as the boolean false; expected text in quotes ("no") or true/false'
    ]
    # A duplicate key keeps the first value: nothing inside it is judged again.
    assert fw("facts:\n", "facts:\n  first_release: {value: 1800, source: https://a.example.org/}\nfacts:\n") == [
        "f.yaml:10:1: facts: duplicate key 'facts' (first on line 8); expected each key once; remove or merge one of them"
    ]
    assert fw("name: Alpha\n", "name: ''\nname: Alpha\n") == [
        "f.yaml:3:1: name: duplicate key 'name' (first on line 2); expected each key once; remove or merge one of them"
    ]


def test_a_problem_on_the_whole_file_does_not_silence_the_schema():
    assert fw("summary: A small test framework used only by the test suite.\n", "? [a]\n: b\n") == [
        "f.yaml:3:3: (file): a key is not plain text; expected simple keys such as `name:`",
        "f.yaml:1:1: summary: missing field 'summary'; "
        "expected it to be present: One line, in your own words, on what the framework is.",
    ]


def explain(schema_doc: dict, value) -> list[tuple]:
    """Every (path, wrong, expected) for a value against a schema a contributor might add."""
    return [
        out
        for error in Draft202012Validator(schema_doc).iter_errors(value)
        for out in schema._explain(error, tuple(error.absolute_path))
    ]


def test_wordings_for_schema_shapes_the_current_schemas_do_not_use():
    assert explain({"type": ["string", "null"]}, 3) == [((), "got a whole number 3", "expected text or nothing")]
    assert explain({"type": "array", "maxItems": 2}, [1, 2, 3]) == [
        ((), "list has 3 items", "expected maximum 2 items")
    ]
    assert explain({"enum": [1, 2]}, 3) == [((), "3 is not an allowed value", "expected one of 1, 2")]
    assert explain({"type": "integer", "maximum": 2}, 3) == [((), "3 is out of range", "expected maximum 2")]
    assert explain({"type": "array", "items": {"type": "integer"}}, [True]) == [
        ((0,), "got true or false True", "expected a whole number")
    ]
    # A required field without a description says only that it must be present.
    assert explain({"required": ["a"], "properties": {"b": {"description": "B."}}}, {"b": 1}) == [
        (("a",), "missing field 'a'", "expected it to be present")
    ]
    assert explain({"required": ["a"]}, {}) == [(("a",), "missing field 'a'", "expected it to be present")]
    # additionalProperties without a list of properties: the schema's own message.
    assert explain({"additionalProperties": False, "patternProperties": {"^x": {}}}, {"y": 1}) == [
        ((), "'y' does not match any of the regexes: '^x'", "expected what the schema describes")
    ]
