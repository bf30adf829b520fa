#!/usr/bin/env python3
"""Hand-made mutations of the templates and the browser scripts, which mutmut cannot reach.

Each one is a breakage a reviewer once found surviving the suite. For each, the project is copied
to a temporary folder, the one change is made there, and the named tests run on the copy: they
must fail. Run by `python3 dev.py mutants` after mutmut; prints one line per mutation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIPPED = shutil.ignore_patterns(".venv*", ".git", "node_modules", "mutants", "__pycache__", "shots")


def ignore(folder: str, names: list[str]) -> set[str]:
    """What the copy leaves out: caches and environments anywhere, the built site only at the top
    (a plain "site" pattern would also drop tests/site and make its tests vanish, not fail)."""
    top = {"site", ".cache"} & set(names) if Path(folder) == ROOT else set()
    return set(SKIPPED(folder, names)) | top


@dataclass(frozen=True)
class Mutation:
    name: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]  # pytest node ids or -k expressions, relative to the project


MUTATIONS: list[Mutation] = []

# The questionnaire (docs/assets/choose.js) against Python's ranking, in Chromium.
DECISIONS = "tests/browser/test_decisions.py"
MUTATIONS += [
    Mutation(
        "questionnaire ignores weights",
        "docs/assets/choose.js",
        "r.points = c.credit * need.weight;",
        "r.points = c.credit;",
        (DECISIONS + "::test_browser_ranking_equals_python_for_every_scenario_and_random_answers",),
    ),
    Mutation(
        "questionnaire rounds down",
        "docs/assets/choose.js",
        "Math.floor((200 * points + best) / (2 * best))",
        "Math.floor(100 * points / best)",
        (DECISIONS + "::test_browser_ranking_equals_python_for_every_scenario_and_random_answers",),
    ),
    Mutation(
        "questionnaire splits ties by list order",
        "docs/assets/choose.js",
        "1 + scored.filter(function (p) { return p > r.percent; }).length",
        "1 + rows.indexOf(r)",
        (DECISIONS + "::test_browser_ranking_equals_python_for_every_scenario_and_random_answers",),
    ),
    Mutation(
        "questionnaire drops an answer its URL shows",
        "docs/assets/choose.js",
        "r.checked = params.get(r.name) === r.value;",
        "r.checked = r.name !== 'hosting' && params.get(r.name) === r.value;",
        (DECISIONS + "::test_the_questionnaire_honours_every_answer_its_url_shows",),
    ),
    Mutation(
        "guide page splits a tie",
        "pywebcompare/guides.py",
        'r["place"] = 1 + sum(1 for p in scored if p > r["percent"])',
        'r["place"] = 1 + rows.index(r)',
        ("tests/unit/test_guides.py",),
    ),
]

# Pair pages: escaping and the column each framework's data goes to (checked on the built site).
PAIRS = "tests/site/test_pair_pages.py"
INERT = "tests/site/test_site.py::test_build_of_injected_data_keeps_markup_inert"
MUTATIONS += [
    Mutation(
        "pair page's differences drop escaping",
        "templates/pair.html.j2",
        "<br>{{ e.note }} (",
        "<br>{{ e.note|safe }} (",
        (INERT,),
    ),
    Mutation(
        "pair page's second column shows the first framework's note and source",
        "templates/pair.html.j2",
        "(b, fb, row.b, row.model.b",
        "(b, fb, row.a, row.model.b",
        (PAIRS,),
    ),
    Mutation(
        "a pair cell drawn once per feature instead of once per framework and feature",
        "templates/pair.html.j2",
        'once(("pair-source", id, row.feature.id)',
        'once(("pair-source", row.feature.id)',
        (PAIRS,),
    ),
    Mutation(
        "a pair page's code drawn once per task instead of once per framework and task",
        "templates/pair_code.html.j2",
        'once(("pair-code", e.framework, t.id, base)',
        'once(("pair-code", t.id, base)',
        (PAIRS,),
    ),
    Mutation(
        "a pair page's code loses its build-time highlighting",
        "templates/_code.j2",
        '<pre class="pwc-src" tabindex="0">{{ e.spans }}</pre>',
        '<pre class="pwc-src" tabindex="0">{{ e.code }}</pre>',
        ("tests/browser/test_reader.py::test_pair_page_code_is_highlighted_and_never_cut_off",),
    ),
    Mutation(
        "matrix cell notes drop escaping",
        "templates/matrix_notes.html.j2",
        "<p>{{ s.note }}</p>",
        "<p>{{ s.note|safe }}</p>",
        (INERT,),
    ),
    Mutation(
        "matrix keeps a failed notes fetch silent",
        "docs/assets/matrix.js",
        'p.appendChild(document.createTextNode("This note could not be loaded: "));',
        "return more;",
        ("tests/browser/test_full_view.py::test_matrix_notes_load_on_first_open_and_a_failed_fetch_says_so",),
    ),
    Mutation(
        "framework page's users drop escaping",
        "templates/framework.html.j2",
        ": {{ u.use }} (",
        ": {{ u.use|safe }} (",
        (INERT,),
    ),
]

# The light/dark toggle (overrides/partials/), which replaces the theme's palette script.
PALETTE = "tests/browser/test_browser.py"
MUTATIONS += [
    Mutation(
        "the theme's palette script mounts again (three restyles per load)",
        "overrides/partials/palette.html",
        '<form class="md-header__option" data-pwc-palette>',
        '<form class="md-header__option" data-pwc-palette data-md-component="palette">',
        (PALETTE + "::test_first_visit_takes_the_system_scheme_before_the_content_is_parsed",),
    ),
    Mutation(
        "first visit ignores the system's dark scheme",
        "overrides/partials/javascripts/palette.html",
        "show(first < 0 ? system() : first);",
        "show(first < 0 ? 0 : first);",
        (PALETTE + "::test_first_visit_takes_the_system_scheme_before_the_content_is_parsed",),
    ),
]


def run(m: Mutation) -> tuple[bool, float]:
    """True when the tests catch the mutation (they fail on the mutated copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "p"
        shutil.copytree(ROOT, project, ignore=ignore, symlinks=True)
        (project / "node_modules").symlink_to(ROOT / "node_modules")
        path = project / m.file
        text = path.read_text()
        if m.old not in text:
            raise SystemExit(f"{m.name}: {m.old!r} is no longer in {m.file}; update the mutation")
        path.write_text(text.replace(m.old, m.new))
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *m.tests],
            cwd=project,
            capture_output=True,
            text=True,
        )
        if result.returncode not in (0, 1):  # 1: tests failed; anything else: they did not run at all
            raise SystemExit(f"{m.name}: the tests did not run (exit {result.returncode}):\n{result.stdout[-2000:]}")
        return result.returncode == 1, time.perf_counter() - start


def main(only: str = "") -> int:
    """Run every mutation, or those whose name contains `only`."""
    chosen = [m for m in MUTATIONS if only in m.name]
    caught = 0
    for m in chosen:
        killed, seconds = run(m)
        caught += killed
        print(f"{'caught' if killed else 'MISSED'}  {m.name}  ({seconds:.0f} s)", flush=True)
    print(f"{caught} of {len(chosen)} hand-made mutations caught by the suite.")
    return 0 if caught == len(chosen) else 1


if __name__ == "__main__":
    sys.exit(main(" ".join(sys.argv[1:])))
