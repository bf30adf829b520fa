"""Read one YAML data file strictly, remembering where every value sits.

PyYAML on its own keeps the last of two duplicate keys, reads `no` as false and `3.10` as 3.1,
expands aliases without limit and reports errors as tracebacks. This module turns each of those
into a Problem with a line and column, and returns plain data (dates as YYYY-MM-DD strings).
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from pywebcompare.data.problems import Problem, dotted, short

MAX_BYTES = 256 * 1024  # the largest real file is a few tens of KB
_TAG = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_TAG + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
_BOOL_WORDS = {"true", "false"}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: same result, faster
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Where an anchor or alias could start. Text without one needs no event pass (most files, and
# the large tool-written snapshots); a false alarm (e.g. "*bold*" in a note) only costs time.
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])[&*][^\s]", re.M)


class Loaded:
    """The data of one file, where each path came from, and what was wrong with it."""

    def __init__(self, name: str):
        self.name = name
        self.data = None
        self.where: dict[tuple, tuple[int, int]] = {}  # path -> (line, column) of its value
        self.key_where: dict[tuple, tuple[int, int]] = {}  # path -> (line, column) of its key
        self.problems: list[Problem] = []
        self.bad_paths: set[tuple] = set()  # values already reported; the schema stays quiet on them

    def problem(self, mark_or_pos, path, wrong: str, expected: str) -> None:
        if isinstance(mark_or_pos, tuple):
            line, col = mark_or_pos
        else:
            line, col = mark_or_pos.line + 1, mark_or_pos.column + 1
        self.problems.append(Problem(self.name, line, col, dotted(path), wrong, expected))
        self.bad_paths.add(tuple(path))

    def position(self, path: tuple, key: bool = False) -> tuple[int, int]:
        """Where a path sits: its value, or its key when asked or when the value starts on a later
        line (a nested block). A path that does not exist gets its nearest parent's position."""
        path = tuple(path)
        while path and path not in self.where:
            path = path[:-1]
        value = self.where.get(path, (1, 1))
        key_pos = self.key_where.get(path)
        if key_pos and (key or value[0] > key_pos[0]):
            return key_pos
        return value


def load_file(path: Path, name: str | None = None) -> Loaded:
    out = Loaded(name or str(path))
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        out.problem(
            (1, 1),
            (),
            f"file is {len(raw) // 1024} KiB",
            f"expected at most {MAX_BYTES // 1024} KiB; split it or trim it",
        )
        return out
    try:
        text = raw.decode()  # UTF-8
    except UnicodeDecodeError as err:
        before = raw[: err.start]
        line, col = before.count(b"\n") + 1, err.start - before.rfind(b"\n")
        out.problem((line, col), (), f"byte {raw[err.start]:#04x} is not valid UTF-8", "expected a file saved as UTF-8")
        return out
    return load_text(text, out)


def load_text(text: str, out: Loaded) -> Loaded:
    if text.startswith("\ufeff"):
        text = text[1:]
    for number, line in enumerate(text.splitlines() if "\t" in text else (), 1):  # no tab: nothing to find
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip() and not line.lstrip().startswith("#"):
            out.problem(
                (number, indent.index("\t") + 1),
                (),
                "a tab is used for indentation",
                "expected spaces: YAML does not allow tabs in indentation",
            )
            return out
    try:
        # Anchors and aliases are refused before anything is built: an alias bomb is then harmless.
        events = yaml.parse(text, Loader=_Loader) if _MAYBE_ANCHOR.search(text) else ()
        for event in events:
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                out.problem(
                    event.start_mark,
                    (),
                    "an anchor (&) or alias (*) is used",
                    "expected every value written out; anchors and aliases are not allowed",
                )
                return out
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        what = (err.problem or "invalid YAML").strip()
        if err.context:
            what = f"{err.context.strip()}, {what}"
        out.problem(
            mark,
            (),
            f"YAML syntax error: {what}",
            "expected valid YAML; check indentation, colons and quotes on this line or the one before",
        )
        return out
    except yaml.YAMLError as err:  # errors without a position
        out.problem((1, 1), (), f"YAML error: {err}", "expected valid YAML")
        return out
    if node is None:
        out.problem(
            (1, 1), (), "file is empty", "expected a mapping of fields, see the schema named on the file's first line"
        )
        return out
    out.data = _build(node, (), out)
    return out


def _pos(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _build(node, path: tuple, out: Loaded):
    out.where[path] = _pos(node)
    if not _known_tag(node):  # a local tag (!x), a YAML tag beyond plain data, or any other URI
        out.problem(
            node.start_mark,
            path,
            f"tag {node.tag.replace(_TAG, '!!')} is not allowed",
            "expected plain text, numbers, dates, lists and mappings; remove the tag",
        )
        return None
    if isinstance(node, MappingNode):
        result = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                out.problem(
                    key_node.start_mark, path, "a key is not plain text", "expected simple keys such as `name:`"
                )
                continue
            key = key_node.value
            if key == "<<":
                out.problem(key_node.start_mark, path, "a merge key (<<) is used", "expected every field written out")
                continue
            if key in result:
                first = out.key_where[path + (key,)][0]
                out.problem(
                    key_node.start_mark,
                    path + (key,),
                    f"duplicate key {key!r} (first on line {first})",
                    "expected each key once; remove or merge one of them",
                )
                continue
            sub = path + (key,)
            out.key_where[sub] = _pos(key_node)
            result[key] = _build(value_node, sub, out)
        return result
    if isinstance(node, SequenceNode):
        return [_build(child, path + (i,), out) for i, child in enumerate(node.value)]
    return _scalar(node, path, out)


def _known_tag(node) -> bool:
    if isinstance(node, MappingNode):
        return node.tag == _TAG + "map"
    if isinstance(node, SequenceNode):
        return node.tag == _TAG + "seq"
    return node.tag in _SCALAR_TAGS


_constructor = SafeConstructor()


def _scalar(node: ScalarNode, path: tuple, out: Loaded):
    text, tag = node.value, node.tag
    if tag == _TAG + "str":
        return text
    if tag == _TAG + "null":
        return None
    plain = not node.style  # None (pure-Python parser) or "" (libyaml) for a plain scalar
    if tag == _TAG + "bool":
        if plain and text.lower() not in _BOOL_WORDS:
            meaning = "true" if text.lower() in ("yes", "on") else "false"  # PyYAML reads no other words as bool
            out.problem(
                node.start_mark,
                path,
                f"`{text}` would be read as the boolean {meaning}",
                f'expected text in quotes ("{text}") or true/false',
            )
            return None
        return text.lower() == "true"
    if tag == _TAG + "timestamp":
        if not _DATE.match(text):
            out.problem(node.start_mark, path, f"`{text}` is a date with a time", "expected a date written YYYY-MM-DD")
            return None
        try:
            return _constructor.construct_yaml_timestamp(node).isoformat()
        except ValueError:
            out.problem(
                node.start_mark, path, f"`{text}` is not a real date", "expected a date that exists, written YYYY-MM-DD"
            )
            return None
    value = _constructor.construct_object(node)  # int or float
    if plain and str(value) != text.replace("_", "").removeprefix("+"):
        out.problem(
            node.start_mark,
            path,
            f"`{text}` would be read as the number {short(value)}",
            f'expected "{text}" in quotes if you mean that text',
        )
        return None
    return value
