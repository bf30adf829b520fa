"""Hostile text in every free-text field of every data file, for the injection tests.

Every string of every YAML file under data/ gets markup added (links and dates excepted); the
validator then says which fields may not hold it (ids, enums, patterns, references, lengths), and
those get their text back. What remains is exactly the text a contributor could put in, and it
must come out inert on every page.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from pywebcompare.data.problems import dotted
from pywebcompare.data.rules._walk import walk
from pywebcompare.evidence.assemble import validate as load_files

MARK = "__pwned"
# An element with a handler, a script, a Jinja expression and a javascript: link: none may run.
PAYLOAD = f" <img src=x onerror={MARK}=1><script>{MARK}=2</script>{{{{7*7}}}}[x](javascript:{MARK}=3)"
SHORT = f"<img src=x onerror={MARK}=1>"  # for names and other short fields
SKIP = re.compile(r"^(https?://|\d{4}-\d{2}-\d{2}$)")


def hostile(text: str, short: bool) -> str:
    payload = SHORT if short else PAYLOAD
    if text and text[-1] in ".!?":  # keep the sentence a sentence (an empty text has no last character)
        return text[:-1] + payload + text[-1]
    return text + payload


def _leaves(data):
    """Every string leaf a contributor could have written markup into (links and dates excepted)."""
    return (
        (path, v)
        for path, v in walk(data)
        if isinstance(v, str) and not SKIP.match(v) and "server_config" not in path  # a speed run's copied ids
    )


def _set(data, path, value):
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _dump(path: Path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000))


def inject(root: Path, on: dt.date) -> dict[str, int]:
    """Put hostile text into every field of every data file under root/data that accepts it.

    Returns {file: number of fields holding hostile text}, so a test can say what it covered.
    """
    files = {p: yaml.safe_load(p.read_text()) for p in sorted((root / "data").rglob("*.yaml"))}
    originals = {p: dict(_leaves(d)) for p, d in files.items()}
    # First the short payload everywhere, back to the original text where refused; then the long
    # payload where the short one fitted, back to the short one where refused.
    short = _settle(root, on, files, {p: set(o) for p, o in originals.items()}, originals, None)
    shorts = {p: {leaf: hostile(originals[p][leaf], short=True) for leaf in held} for p, held in short.items()}
    _settle(root, on, files, short, originals, shorts)
    return {str(p.relative_to(root)): len(held) for p, held in short.items() if held}


def _settle(root, on, files, held, originals, fallback):
    """Write the payload into the held leaves; revert each refused leaf until the data is valid."""
    for p, data in files.items():
        for leaf in held[p]:
            _set(data, leaf, hostile(originals[p][leaf], short=fallback is None))
        _dump(p, data)
    for _ in range(8):
        errors = [x for x in load_files(root, on)[1] if x.level == "error"]
        if not errors:
            return held
        touched = set()
        for problem in errors:
            p = root / problem.file
            for leaf in [leaf for leaf in held.get(p, ()) if dotted(leaf).startswith(problem.field)]:
                _set(files[p], leaf, (fallback or originals)[p][leaf])
                if fallback is None:
                    held[p].discard(leaf)
                touched.add(p)
        for p in touched:
            _dump(p, files[p])
    raise AssertionError(f"hostile data still invalid: {errors[:5]}")
