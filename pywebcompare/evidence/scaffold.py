"""A new framework file with every catalogue feature listed, so nothing is silently missing."""

from __future__ import annotations

import datetime as dt
import json

from pywebcompare.data.profiles import DEFAULT_PYTHON
from pywebcompare.evidence.index import derive, version_of

TODO = "TODO"


def scaffold(
    fid: str, name: str, catalogue: dict, on: dt.date, package: str | None = None, snap: dict | None = None
) -> str:
    """YAML text for data/frameworks/<fid>.yaml; every TODO fails validation until filled. With the
    package's index snapshot, what it already knows is filled in: the package name, the Python the
    tools need when the latest release drops 3.11, the first upload's year and the dependencies."""
    q = json.dumps  # a JSON string is a valid, safely quoted YAML scalar
    facts = derive(snap, on) if snap else {}
    first = facts.get("first_release")
    floor = facts.get("min_python")
    needs_python = bool(floor) and version_of(floor) > version_of(DEFAULT_PYTHON)
    lines = [
        "# yaml-language-server: $schema=../../schemas/framework.schema.json",
        "# Fill every TODO with a fact and a primary source, then run: python -m pywebcompare validate",
        f"id: {fid}",
        f"name: {q(name)}",
        f"summary: {TODO}",
        f"homepage: {TODO}",
        f"repository: {TODO}",
        f"docs: {TODO}",
        f"checked: {on.isoformat()}",
        f"kind: {TODO}  # full-stack, micro, api, api-layer (set builds_on), async-toolkit or ui",
        "builds_on: null",
        "package:",
        f"  name: {q(package) if package else TODO}",
        f"  import: {TODO}-module  # the top-level module it is imported as",
        *([f"  python: {q(floor)}  # its latest release needs it (from the index snapshot)"] if needs_python else []),
        "deployment:",
        f"  server: {TODO}  # the server kind of examples/serve.py its docs deploy it on",
        f"  note: {TODO}",
        f"  source: {TODO}",
        "facts:",
        f"  # latest_version, min_python and license come from the package index: python -m pywebcompare refresh {fid}",
        (
            f"  first_release: {{value: {first['date'][:4]}, source: {TODO}}}  # first upload to the index: {first['version']} on {first['date']}"
            if first
            else f"  first_release: {{value: {TODO}, source: {TODO}}}  # a year"
        ),
        f"  interface: {{value: {TODO}, source: {TODO}}}  # WSGI, ASGI, both or own-server",
        f"  built_on: {{value: [], source: {TODO}}}"
        + (
            f"  # required by its latest release: {', '.join(facts['requires_dist'])}"
            if facts.get("requires_dist")
            else ""
        ),
        "features:",
    ]
    for category in catalogue["categories"]:
        lines.append(f"  # {category['name']}")
        for feature in category["features"]:
            lines += [
                f"  {feature['id']}:  # {feature['name']}",
                f"    support: {TODO}  # built-in, official, third-party (add package:), partial or none",
                f"    note: {TODO}",
                f"    source: {TODO}",
                f"    evidence: {TODO}  # docs, source, changelog, benchmark or blog",
            ]
    lines += [
        "users: []  # organisations that say so themselves: name, use, source",
        "strengths:",
        f"  - text: {TODO}",
        f"    source: {TODO}",
        "weaknesses:",
        f"  - text: {TODO}",
        f"    source: {TODO}",
        "",
    ]
    return "\n".join(lines)
