"""Check loaded data against the JSON Schemas in schemas/ and word each error for a contributor."""

from __future__ import annotations

import json
from functools import cache

import jsonschema_rs
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from pywebcompare import ROOT
from pywebcompare.data.problems import short
from pywebcompare.data.yamlsafe import Loaded

SCHEMA_DIR = ROOT / "schemas"
_TYPES = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


@cache
def schemas() -> dict[str, dict]:
    """Every schema by file name, e.g. 'framework.schema.json'."""
    return {p.name: json.loads(p.read_text()) for p in sorted(SCHEMA_DIR.glob("*.schema.json"))}


@cache
def validator(name: str) -> Draft202012Validator:
    registry = Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas().values())
    return Draft202012Validator(schemas()[name], registry=registry)


@cache
def fast_validator(name: str):
    """A compiled validator (jsonschema-rs, about 500 times faster) that only says valid or not."""
    registry = jsonschema_rs.Registry([(s["$id"], s) for s in schemas().values()])
    return jsonschema_rs.validator_for(schemas()[name], registry=registry)


def check(loaded: Loaded, schema_name: str) -> None:
    """Add a problem to `loaded` for every schema error, worded as what is wrong and what is expected."""
    # Most files are valid: the fast validator settles those, and only an invalid file pays for
    # the detailed walk that words each error for a contributor.
    if fast_validator(schema_name).is_valid(loaded.data):
        return
    told = False  # whether some problem names what the fast validator rejects
    for error in validator(schema_name).iter_errors(loaded.data):
        path = tuple(error.absolute_path)
        told = True
        if any(path[:n] in loaded.bad_paths for n in range(1, len(path) + 1)):
            continue  # the loader already said what is wrong with this value
        for key_path, wrong, expected in _explain(error, path):
            loaded.problem(loaded.position(key_path, key=key_path != path), key_path, wrong, expected)
    if not told:
        # The two validators disagree (Python's `$` matches before a final newline, the fast one's
        # does not): the file is still refused, with the fast validator's own words.
        for error in fast_validator(schema_name).iter_errors(loaded.data):
            path = tuple(error.instance_path)
            loaded.problem(loaded.position(path), path, error.message, "expected what the schema describes")


def _expected(schema: dict, fallback: str) -> str:
    return "expected " + schema.get("x-expected", fallback)


def _explain(error, path):
    kind, schema, value = error.validator, error.schema, error.instance
    if kind == "required":
        props = schema.get("properties", {})
        for name in error.validator_value:
            if name not in value:  # jsonschema checks `required` on mappings only
                hint = props.get(name, {}).get("description")
                yield (
                    path + (name,),
                    f"missing field {name!r}",
                    "expected it to be present" + (f": {hint}" if hint else ""),
                )
    elif kind == "additionalProperties" and schema.get("properties") is not None:
        allowed = ", ".join(schema["properties"])
        for name in value:
            if name not in schema["properties"]:
                yield path + (name,), f"unknown field {name!r}", f"expected only: {allowed}"
    elif kind == "type":
        want = error.validator_value
        want = " or ".join(_TYPES[t] for t in want) if isinstance(want, list) else _TYPES[want]
        yield path, f"got {_TYPES[_json_type(value)]} {short(value)}", _expected(schema, want)
    elif kind == "enum":
        yield (
            path,
            f"{short(value)} is not an allowed value",
            _expected(schema, "one of " + ", ".join(map(str, error.validator_value))),
        )
    elif kind == "pattern":
        yield (
            path,
            f"{short(value)} is not in the right form",
            _expected(schema, f"text matching {error.validator_value}"),
        )
    elif kind in ("minLength", "maxLength"):
        yield (
            path,
            f"text is {len(value)} characters long",
            _expected(schema, f"{kind[:3]}imum {error.validator_value} characters"),
        )
    elif kind in ("minItems", "maxItems"):
        yield path, f"list has {len(value)} items", _expected(schema, f"{kind[:3]}imum {error.validator_value} items")
    elif kind in ("minimum", "maximum"):
        yield path, f"{short(value)} is out of range", _expected(schema, f"{kind} {error.validator_value}")
    elif kind == "uniqueItems":
        yield path, "the list repeats an item", "expected each item once"
    else:
        yield path, error.message, "expected what the schema describes"


def _json_type(value) -> str:
    if isinstance(value, bool):
        return "boolean"
    for name, kind in (("object", dict), ("array", list), ("string", str), ("integer", int), ("number", float)):
        if isinstance(value, kind):
            return name
    return "null"
