"""The code's copies of the schemas' enumerations are the schemas' enumerations."""

from __future__ import annotations

import json

import pytest
from support import ROOT

from pywebcompare.data.vocab import ASYNC_SHORT, EVIDENCE, SINCE_DIFFERS, SUPPORT, SUPPORT_SHORT, VERDICTS


def schema_enum(schema_file: str, *path: str) -> list:
    node = json.loads((ROOT / "schemas" / schema_file).read_text())
    for key in path:
        node = node[key]
    return node["enum"]


@pytest.mark.parametrize(
    "mirror, schema_file, path",
    [
        (SUPPORT, "framework.schema.json", ("$defs", "feature", "properties", "support")),
        (SUPPORT_SHORT, "framework.schema.json", ("$defs", "feature", "properties", "support")),
        (
            ASYNC_SHORT,
            "framework.schema.json",
            ("$defs", "feature", "properties", "async_model", "properties", "concurrency"),
        ),
        (EVIDENCE, "framework.schema.json", ("$defs", "evidence")),
        (
            SINCE_DIFFERS,
            "framework.schema.json",
            ("$defs", "feature", "properties", "since_differs", "properties", "because"),
        ),
        (VERDICTS, "claims.schema.json", ("properties", "claims", "items", "properties", "verdict")),
    ],
    ids=["support levels", "short support words", "async models", "evidence kinds", "since differs", "verdicts"],
)
def test_code_mirrors_each_schema_enum(mirror, schema_file, path):
    assert set(mirror) == set(schema_enum(schema_file, *path))
