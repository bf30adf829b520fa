"""The Nu HTML checker finds no error in the project's own markup on any built page."""

from __future__ import annotations

import json
import shutil
import subprocess

from support import ROOT

VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
# The theme's own markup, not ours: Material puts autocomplete="off" on its two toggle checkboxes.
THEME_ERRORS = ("Attribute \u201cautocomplete\u201d is only allowed when the input type is",)


def check(folder) -> tuple[int, list[dict]]:
    """Run the Nu HTML checker on a folder: its exit status and its messages."""
    assert VNU.exists(), "run `npm ci` (python3 dev.py test does) to install the Nu HTML checker"
    assert shutil.which("java"), "the Nu HTML checker needs Java"
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--skip-non-html", "--errors-only", "--format", "json", str(folder)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    output = result.stderr or result.stdout
    assert output.strip(), "the checker printed nothing"
    return result.returncode, json.loads(output)["messages"]


def test_the_checker_reports_broken_markup(tmp_path):
    (tmp_path / "bad.html").write_text("<!doctype html><html lang=en><title>x</title><p><div></span></html>")
    status, messages = check(tmp_path)
    assert status == 1 and any("span" in m["message"] for m in messages), messages


def test_nu_html_checker_finds_no_error_in_our_markup(site):
    status, messages = check(site)
    ours = [
        f"{m['url'].split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if not any(m["message"].startswith(t) for t in THEME_ERRORS)
    ]
    assert ours == [], "\n".join(ours[:30])
    assert len(messages) < 3 * len(list(site.rglob("*.html")))  # only the theme's two per page remain
    assert status == (1 if messages else 0)
