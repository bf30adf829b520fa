"""The Nu HTML checker finds no error in the project's own markup on any built page."""

from __future__ import annotations

import json
import shutil
import subprocess

from conftest import ROOT

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
# The theme's own markup, not ours: Material puts autocomplete="off" on its two toggle checkboxes.
THEME_ERRORS = ("Attribute \u201cautocomplete\u201d is only allowed when the input type is",)


def test_nu_html_checker_finds_no_error_in_our_markup(site):
    assert VNU.exists(), "run `npm ci` (python3 dev.py test does) to install the Nu HTML checker"
    assert shutil.which("java"), "the Nu HTML checker needs Java"
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "json", str(site)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    ours = [
        f"{m['url'].split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if not any(m["message"].startswith(t) for t in THEME_ERRORS)
    ]
    assert ours == [], "\n".join(ours[:30])
    assert len(messages) < 3 * len(list(site.rglob("*.html")))  # only the theme's two per page remain
