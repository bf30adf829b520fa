"""A new framework file with every catalogue feature listed, so nothing is silently missing."""

from __future__ import annotations

import datetime as dt
import json

TODO = "TODO"


def scaffold(fid: str, name: str, catalogue: dict, on: dt.date) -> str:
    """YAML text for data/frameworks/<fid>.yaml; every TODO fails validation until filled."""
    q = json.dumps  # a JSON string is a valid, safely quoted YAML scalar
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
        "facts:",
        f"  # latest_version, min_python and license come from the package index: add {fid} to",
        f"  # data/packages.yaml and run python -m pywebcompare refresh {fid}",
        f"  first_release: {{value: {TODO}, source: {TODO}}}  # a year",
        f"  interface: {{value: {TODO}, source: {TODO}}}  # WSGI, ASGI, both or own-server",
        f"  built_on: {{value: [], source: {TODO}}}",
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
