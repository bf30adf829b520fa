"""Bad inputs, each with the one message the validator must give: shared by the validator, rule
and build tests. CASES: name -> (how to break the fixture data root, the whole message expected)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
FW = "data/frameworks/alpha.yaml"
ON = dt.date(2026, 11, 30)  # "today" for the date rules, so the cases never age
INDEX_HOST = "packages.example.org"  # an index is known by its pages' shape (/project/<name>/), not its host


def edit(root, rel, old, new, count=1):
    path = root / rel
    text = path.read_text()
    assert old in text, f"fixture changed: {old!r} not in {rel}"
    path.write_text(text.replace(old, new, count))


def write(root, rel, content):
    path = root / rel
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content)


def write_new(root, rel, content):
    """Write a file in a folder that may not exist yet (the examples tree is not in the fixture)."""
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    write(root, rel, content)


# A survey file (data/surveys.yaml) that is valid with the fixture's frameworks alpha and beta.
SURVEY = """checked: 2026-01-10
surveys:
  - id: test-survey-2025
    name: Test Survey 2025
    publisher: Test Foundation
    fieldwork: {start: 2025-01, end: 2025-02}
    sample: {respondents: 1000, approximate: true, who: developers who chose to answer an online survey}
    base: Shares are of those who answered the question.
    question: Which web frameworks they use, any number of answers.
    shares: {alpha: 40, beta: 12.5}
    source: https://survey.example.org/2025/
"""


BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
    for i in range(9)
)

# A measured speed run (data/speed/, written by pywebcompare/evidence/harness.py) whose rps is not its rounds' median.
SPEED_RUN = """conditions:
  date: '2026-11-30'
  cpu: Test CPU
  cores: 2
  os: Debian
  wrk: wrk 4.1.0
  python: 3.11.7
  shared_machine: true
  pinning: server on core 0, wrk on core 1
  concurrency: 64
  wrk_threads: 1
  duration_s: 1
  warmup_requests: 200
  rounds: 3
  seconds: 100
  servers:
    baseline-asgi:
      server: uvicorn
      flags: 1 process
      why: The raw ASGI ceiling.
      python: 3.11.7
      packages: {uvicorn: 0.54.0}
results:
- framework: baseline-asgi
  server: uvicorn
  endpoint: plaintext
  rps: 2500.0
  rps_spread: 0.1
  p50_ms: 1.0
  p99_ms: 2.0
  errors: 0
  rss_mib: 30.0
  startup_ms: 200.0
  rounds: [1900.0, 2000.0, 2100.0]
excluded: []
flags: []
"""

# What `collect --discover` writes (data/since/): routing's examples fail on 1.1 and pass from 1.2.
SINCE_RECORD = """framework: alpha
package: alpha
python: '3.11'
date: '2026-11-30'
newest: '1.3'
candidates: 4
how: bisected
features:
  routing:
    since: '1.2'
    uploaded: '2026-01-02'
    last_failing: '1.1'
    tasks: [hello]
    printed: since 1.2 (1.1 fails)
trials:
- {version: '1.1', uploaded: '2026-01-01', tasks: {hello: fails}}
- {version: '1.2', uploaded: '2026-01-02', tasks: {hello: passes}}
"""

# name -> (how to break the fixture, expected message: "file:line:column: field: text")
CASES = {
    "speed figure not the median of its rounds": (
        lambda r: write_new(r, "data/speed/2026-11-30.yaml", SPEED_RUN),
        "data/speed/2026-11-30.yaml:27:8: results[0].rps: rps 2500.0 is not the median of its rounds; "
        "expected the median of `rounds`, as the harness writes it",
    ),
    "example file and an impossible reason": (
        lambda r: write_new(r, "examples/hello/alpha.py", "app = None\n"),
        "data/examples/alpha.yaml:6:17: tasks.hello.impossible: says impossible, but examples/hello/alpha.py exists; "
        "expected either the file or the reason, not both",
    ),
    "example file without an entry": (
        lambda r: write_new(r, "examples/hello/beta.py", "app = None\n"),
        "examples/hello/beta.py:1:1: (file): data/examples/beta.yaml is missing; expected it to describe examples/hello/beta.py",
    ),
    "example entry with neither file nor reason": (
        lambda r: edit(
            r,
            "data/examples/alpha.yaml",
            "    impossible: Alpha answers only JSON, so a plain-text hello world is not something it can do.\n"
            "    source: https://alpha.example.org/docs/responses/\n",
            "    uses: []\n",
        ),
        "data/examples/alpha.yaml:5:3: tasks.hello: no file examples/hello/alpha.py and no `impossible` reason; "
        "expected the example file, or `impossible:` with a sentence and `source:`",
    ),
    "task naming an unknown feature": (
        lambda r: edit(r, "data/tasks.yaml", "features: [routing]", "features: [routing, nope]"),
        "data/tasks.yaml:6:25: tasks[0].features[1]: unknown feature 'nope'; expected a feature id from data/features.yaml",
    ),
    "stale tested record": (
        lambda r: (
            write_new(r, "examples/hello/.keep", ""),
            write(
                r,
                "data/tested.yaml",
                "alpha:\n  hello:\n    version: '1.0'\n    sha: 0123456789ab\n    date: 2026-11-01\n",
            ),
        ),
        "data/tested.yaml:2:3: alpha.hello: examples/hello/alpha.py no longer exists; "
        "expected a fresh record: run `python3 dev.py examples` and commit data/tested.yaml",
    ),
    "collected since contradicting a typed one": (
        lambda r: (
            edit(r, FW, "  routing:\n    support: built-in\n", "  routing:\n    support: built-in\n    since: '1.0'\n"),
            write_new(r, "data/since/alpha.yaml", SINCE_RECORD),
        ),
        "data/frameworks/alpha.yaml:18:12: warning: features.routing.since: typed since 1.0, but the examples "
        "fail on 1.1 and first pass on 1.2 (data/since/alpha.yaml); expected them to agree: check the changelog, "
        "the example and the collector's trials; when the typed value is right, say why they differ in "
        "`since_differs`",
    ),
    "reason for a since difference that is gone": (
        lambda r: (
            edit(
                r,
                FW,
                "  routing:\n    support: built-in\n",
                "  routing:\n    support: built-in\n    since: '1.2'\n    since_differs:\n"
                "      because: example-newer\n      note: The example uses an API that came after the feature.\n",
            ),
            write_new(r, "data/since/alpha.yaml", SINCE_RECORD),
        ),
        "data/frameworks/alpha.yaml:19:5: features.routing.since_differs: explains why the examples date the "
        "feature later than since 1.2; data/since/alpha.yaml finds since 1.2 (1.1 fails); expected no "
        "`since_differs` (the exception is no longer needed)",
    ),
    "syntax error": (
        lambda r: edit(r, FW, "name: Alpha", "name: [Alpha"),
        "data/frameworks/alpha.yaml:3:8: (file): YAML syntax error: while parsing a flow sequence, did not find expected ',' or ']'; expected valid YAML; check indentation, colons and quotes on this line or the one before",
    ),
    "tab indentation": (
        lambda r: edit(r, FW, "  routing:\n", "\trouting:\n"),
        "data/frameworks/alpha.yaml:16:1: (file): a tab is used for indentation; expected spaces: YAML does not allow tabs in indentation",
    ),
    "duplicate key": (
        lambda r: edit(r, FW, "name: Alpha\n", "name: Alpha\nname: Alpha2\n"),
        "data/frameworks/alpha.yaml:3:1: name: duplicate key 'name' (first on line 2); expected each key once; remove or merge one of them",
    ),
    "empty file": (
        lambda r: write(r, FW, "\n# nothing yet\n"),
        "data/frameworks/alpha.yaml:1:1: (file): file is empty; expected a mapping of fields, see the schema named on the file's first line",
    ),
    "top-level list": (
        lambda r: write(r, FW, "- id: alpha\n- name: Alpha\n"),
        "data/frameworks/alpha.yaml:1:1: (file): got a list [{'id': 'alpha'}, {'name': 'Alpha'}]; expected a mapping",
    ),
    "unknown field": (
        lambda r: edit(r, FW, "name: Alpha\n", "name: Alpha\nstars: 5\n"),
        "data/frameworks/alpha.yaml:3:1: stars: unknown field 'stars'; expected only: id, name, summary, homepage, repository, docs, checked, facts, features, users, strengths, weaknesses, kind, builds_on, kind_note, kind_source, package, deployment, users_searched, support_policy",
    ),
    "javascript: link": (
        lambda r: edit(r, FW, "homepage: https://alpha.example.org/", "homepage: javascript:alert(1)"),
        "data/frameworks/alpha.yaml:4:11: homepage: 'javascript:alert(1)' is not in the right form; expected an http:// or https:// link",
    ),
    "non-http link": (
        lambda r: edit(r, FW, "docs: https://alpha.example.org/docs/\n", "docs: ftp://alpha.example.org/docs/\n"),
        "data/frameworks/alpha.yaml:6:7: docs: 'ftp://alpha.example.org/docs/' is not in the right form; expected an http:// or https:// link",
    ),
    "object-constructing tag": (
        lambda r: edit(r, FW, "name: Alpha", "name: !!python/object/apply:os.system ['echo hacked']"),
        "data/frameworks/alpha.yaml:2:7: name: tag !!python/object/apply:os.system is not allowed; expected plain text, numbers, dates, lists and mappings; remove the tag",
    ),
    "alias bomb": (
        lambda r: write(r, FW, BOMB),
        "data/frameworks/alpha.yaml:1:4: (file): an anchor (&) or alias (*) is used; expected every value written out; anchors and aliases are not allowed",
    ),
    "impossible date": (
        lambda r: edit(r, FW, "checked: 2026-01-10", "checked: 2026-02-30"),
        "data/frameworks/alpha.yaml:7:10: checked: `2026-02-30` is not a real date; expected a date that exists, written YYYY-MM-DD",
    ),
    "impossible quoted date": (
        lambda r: edit(r, FW, "checked: 2026-01-10", "checked: '2026-13-01'"),
        "data/frameworks/alpha.yaml:7:10: checked: '2026-13-01' is not a real date; expected a date that exists, written YYYY-MM-DD",
    ),
    "future date": (
        lambda r: edit(r, FW, "checked: 2026-01-10", "checked: 2999-01-01"),
        "data/frameworks/alpha.yaml:7:10: checked: 2999-01-01 is in the future; expected a date on or before 2026-11-30",
    ),
    "invalid UTF-8": (
        lambda r: write(r, FW, (r / FW).read_bytes().replace(b"Alpha\n", b"Alph\xe9\n", 1)),
        "data/frameworks/alpha.yaml:2:11: (file): byte 0xe9 is not valid UTF-8; expected a file saved as UTF-8",
    ),
    "id not matching file name": (
        lambda r: edit(r, FW, "id: alpha", "id: alfa"),
        "data/frameworks/alpha.yaml:1:5: id: id 'alfa' does not match the file name alpha.yaml; expected id: alpha (or rename the file)",
    ),
    "framework id with -vs-": (
        lambda r: write(
            r,
            "data/frameworks/alpha-vs-x.yaml",
            (r / FW).read_text().replace("id: alpha", "id: alpha-vs-x").replace("name: Alpha", "name: Alpha X"),
        ),
        "data/frameworks/alpha-vs-x.yaml:1:5: id: the id 'alpha-vs-x' contains '-vs-', which pair pages use to join two ids; expected an id without it, e.g. 'a-and-b'; rename the file and the id",
    ),
    "unknown feature reference": (
        lambda r: edit(r, FW, "features: [routing]", "features: [routes]"),
        "data/frameworks/alpha.yaml:30:16: strengths[0].features[0]: unknown feature 'routes'; expected a feature id from data/features.yaml",
    ),
    "async model on another feature": (
        lambda r: edit(
            r,
            FW,
            "    evidence: docs\n",
            "    evidence: docs\n    async_model: {concurrency: event-loop, server: asgi}\n",
        ),
        "data/frameworks/alpha.yaml:21:18: features.routing.async_model: async_model on routing; expected it only on async-views",
    ),
    "unknown feature key": (
        lambda r: edit(r, FW, "  orm:\n", "  orms:\n"),
        "data/frameworks/alpha.yaml:21:3: features.orms: unknown feature 'orms'; did you mean 'orm'?",
    ),
    "missing feature": (
        lambda r: edit(
            r,
            FW,
            "  orm:\n    support: third-party\n    package: SQLAlchemy\n    note: Any ORM can be used; none is bundled.\n    source: https://alpha.example.org/docs/db/\n    evidence: docs\n",
            "",
        ),
        "data/frameworks/alpha.yaml:15:1: features: feature 'orm' is missing; expected every feature of data/features.yaml; add it (use support: none if it is not available)",
    ),
    "duplicate framework": (
        lambda r: write(r, "data/frameworks/alpha2.yaml", (r / FW).read_text().replace("id: alpha", "id: alpha2")),
        "data/frameworks/alpha2.yaml:2:7: name: the name 'Alpha' is already used by alpha.yaml; expected each framework once; merge the two files",
    ),
    "oversized file": (
        lambda r: write(r, FW, "# padding\n" * 40000),
        "data/frameworks/alpha.yaml:1:1: (file): file is 390 KiB; expected at most 256 KiB; split it or trim it",
    ),
    "yes/no coercion": (
        lambda r: edit(r, FW, "name: Alpha", "name: no"),
        'data/frameworks/alpha.yaml:2:7: name: `no` would be read as the boolean false; expected text in quotes ("no") or true/false',
    ),
    "version read as number": (
        lambda r: edit(r, FW, 'min_python: {value: "3.10"', "min_python: {value: 3.10"),
        'data/frameworks/alpha.yaml:13:23: facts.min_python.value: `3.10` would be read as the number 3.1; expected "3.10" in quotes if you mean that text',
    ),
    "package index link": (
        lambda r: edit(
            r, FW, "docs: https://alpha.example.org/docs/\n", f"docs: https://{INDEX_HOST}/project/alpha/\n"
        ),
        f"data/frameworks/alpha.yaml:6:7: docs: {INDEX_HOST} is a package index or a copy of one; "
        "expected a primary source: the project's own docs, repository or changelog",
    ),
    "mirror of a package index": (
        lambda r: edit(r, FW, "docs: https://alpha.example.org/docs/\n", "docs: https://libraries.io/pypi/alpha\n"),
        "data/frameworks/alpha.yaml:6:7: docs: libraries.io is a package index or a copy of one; expected a primary source: the project's own docs, repository or changelog",
    ),
    "duplicate catalogue feature": (
        lambda r: write(
            r,
            "data/features.yaml",
            (r / "data/features.yaml").read_text()
            + "      - id: orm\n        name: ORM again\n        why: The same feature listed a second time.\n",
        ),
        "data/features.yaml:12:13: categories[0].features[2].id: feature id 'orm' appears twice; expected unique feature ids",
    ),
    "unknown feature in a guide": (
        lambda r: edit(r, "data/guides.yaml", "{feature: orm, weight: 1", "{feature: database, weight: 1"),
        "data/guides.yaml:8:19: scenarios[0].needs[1].feature: unknown feature 'database'; expected a feature id from data/features.yaml",
    ),
    "need with feature and fact": (
        lambda r: edit(
            r,
            "data/guides.yaml",
            "{feature: orm, weight: 1,",
            "{feature: orm, fact: interface, values: [WSGI], weight: 1,",
        ),
        "data/guides.yaml:8:9: scenarios[0].needs[1]: a need names feature and fact; expected exactly one of feature, fact, async, maintenance, speed, code_size, knows",
    ),
    "fact need without values": (
        lambda r: edit(
            r, "data/guides.yaml", "{fact: interface, values: [WSGI], weight: 2", "{fact: interface, weight: 2"
        ),
        "data/guides.yaml:21:48: questions[1].answers[0].needs[0].fact: a fact need has no values; expected `values: [...]` listing the values that match",
    ),
    "duplicate scenario id": (
        lambda r: edit(
            r,
            "data/guides.yaml",
            "questions:\n",
            "  - id: small-site\n    title: Again\n    situation: The same id is used twice here.\n    needs: []\n    watch_out: []\nquestions:\n",
        ),
        "data/guides.yaml:12:9: scenarios[1].id: id 'small-site' appears twice; expected unique ids",
    ),
    "missing field": (
        lambda r: edit(r, FW, "summary: A small test framework used only by the test suite.\n", ""),
        "data/frameworks/alpha.yaml:1:1: summary: missing field 'summary'; expected it to be present: One line, in your own words, on what the framework is.",
    ),
    "extension without package": (
        lambda r: edit(r, FW, "    package: SQLAlchemy\n", ""),
        "data/frameworks/alpha.yaml:22:14: features.orm.support: support is third-party but no package is named; expected a `package:` field naming the extension",
    ),
    "unknown support level": (
        lambda r: edit(r, FW, "support: built-in", "support: builtin"),
        "data/frameworks/alpha.yaml:17:14: features.routing.support: 'builtin' is not an allowed value; expected one of built-in, official, third-party, partial, none",
    ),
    "unknown framework in a survey": (
        lambda r: write(r, "data/surveys.yaml", SURVEY.replace("beta: 12.5", "gamma: 12.5")),
        "data/surveys.yaml:10:32: surveys[0].shares.gamma: unknown framework 'gamma'; expected the id of a file in data/frameworks/",
    ),
    "survey share above 100": (
        lambda r: write(r, "data/surveys.yaml", SURVEY.replace("alpha: 40", "alpha: 140")),
        "data/surveys.yaml:10:21: surveys[0].shares.alpha: 140 is out of range; expected a percentage above 0 and at most 100",
    ),
    "unknown framework in claims": (
        lambda r: edit(r, "data/claims.yaml", "frameworks: [alpha]", "frameworks: [gamma]"),
        "data/claims.yaml:5:18: claims[0].frameworks[0]: unknown framework 'gamma'; expected the id of a file in data/frameworks/",
    ),
    "not a yaml file": (
        lambda r: write(r, "data/frameworks/notes.txt", "hello"),
        "data/frameworks/notes.txt:1:1: (file): not a .yaml file; expected only <id>.yaml files in data/frameworks/",
    ),
    "typed fact disagreeing with the index": (
        lambda r: (alpha_from_snapshot(r),),
        "data/frameworks/alpha.yaml:10:27: facts.latest_version.value: typed '3.10' but the index snapshot data/index/alpha.yaml says '1.1.4'; expected them to agree; delete `latest_version` from the file (the snapshot provides it) or correct it",
    ),
    "change log behind the snapshot": (
        lambda r: (
            alpha_from_snapshot(r),
            edit(
                r,
                FW,
                '  latest_version: {value: "3.10", date: 2025-12-01, source: https://alpha.example.org/changes/}\n',
                "",
            ),
            edit(
                r,
                "data/changes.yaml",
                "Added Alpha with every feature of the catalogue.",
                "Latest version moved to 1.1.3.",
            ),
        ),
        "data/changes.yaml:5:14: changes[0].summary: the newest entry on alpha's latest version names 1.1.3 but data/index/alpha.yaml gives 1.1.4; expected the log to follow the snapshot; releases are listed from the snapshots, so drop or correct it",
    ),
    "release cadence the snapshot contradicts": (
        lambda r: (
            alpha_from_snapshot(r),
            edit(
                r,
                FW,
                '  latest_version: {value: "3.10", date: 2025-12-01, source: https://alpha.example.org/changes/}\n',
                "",
            ),
            edit(r, FW, "  - text: Very small and easy to learn.", "  - text: Monthly releases keep it current."),
        ),
        "data/frameworks/alpha.yaml:26:11: strengths[0].text: claims about 12 releases a year, but the index shows 0 stable releases in the last 12 months; expected the claim to match the snapshot: reword it, or refresh the snapshot",
    ),
    "built_on library the package does not require": (
        lambda r: (
            alpha_from_snapshot(r),
            edit(
                r,
                FW,
                '  latest_version: {value: "3.10", date: 2025-12-01, source: https://alpha.example.org/changes/}\n',
                "",
            ),
            edit(r, FW, "built_on: {value: [Werkzeug]", "built_on: {value: [Werkzeug, Django]"),
        ),
        "data/frameworks/alpha.yaml:11:32: facts.built_on.value[1]: 'Django' is not a required dependency in data/index/alpha.yaml; expected libraries from its required dependencies: click, itsdangerous, jinja2, werkzeug",
    ),
    "core-only example under a third-party cell": (
        lambda r: core_only_example(r),
        "data/frameworks/alpha.yaml:17:14: features.routing.support: says none, but examples/hello/alpha.py passed its spec with the core package alone; expected partial or better (the note can say what the core lacks), or the example to use a package",
    ),
    "index snapshot of an unknown framework": (
        lambda r: add_snapshot(r, "gamma"),
        "data/index/gamma.yaml:3:1: (file): no framework data/frameworks/gamma.yaml for this snapshot; expected one snapshot per framework; delete it",
    ),
    "note cut by an unquoted #": (
        lambda r: edit(
            r,
            FW,
            "note: Routes are declared with a decorator.",
            "note: Routes are declared with a decorator #1 of them.",
        ),
        "data/frameworks/alpha.yaml:18:11: features.routing.note: the note stops without a full stop: …'Routes are declared with a decorator'; expected a full sentence ending with . ! or ?; text after an unquoted ` #` is read as a YAML comment and dropped, so put the whole text in quotes",
    ),
    "interface fact the cells contradict": (
        lambda r: interface_against_cells(r),
        "data/frameworks/alpha.yaml:12:22: facts.interface.value: interface WSGI while the cells say wsgi built-in, asgi built-in; expected both",
    ),
    "docs source on a moving branch": (
        lambda r: edit(
            r,
            FW,
            "source: https://alpha.example.org/docs/routing/",
            "source: https://github.com/example/alpha/blob/main/docs/routing.rst",
        ),
        "data/frameworks/alpha.yaml:19:13: warning: features.routing.source: the source is a docs file on the moving main branch; expected the published docs page, or the file at a tag or commit",
    ),
}


def interface_against_cells(root):
    """The catalogue gains wsgi and asgi; beta's cells agree with its ASGI fact, alpha's say both."""
    edit(
        root,
        "data/features.yaml",
        "    features:\n",
        "    features:\n      - id: wsgi\n        name: WSGI interface\n        why: Decides which servers can run the app.\n"
        "      - id: asgi\n        name: ASGI interface\n        why: Decides which async servers can run the app.\n",
    )
    for fid, wsgi in (("alpha", "built-in"), ("beta", "none")):
        cells = "".join(
            f"  {k}:\n    support: {level}\n    note: As the docs say.\n    source: https://{fid}.example.org/docs/\n    evidence: docs\n"
            for k, level in (("wsgi", wsgi), ("asgi", "built-in"))
        )
        edit(root, f"data/frameworks/{fid}.yaml", "features:\n", "features:\n" + cells)


def core_only_example(root):
    """Alpha's hello world written with the core alone and recorded as passing, while routing says none."""
    from pywebcompare.evidence.examples import digest

    write_new(root, "examples/hello/alpha.py", "# hello\napp = object()\n")
    edit(
        root,
        "data/examples/alpha.yaml",
        "  hello:\n    impossible: Alpha answers only JSON, so a plain-text hello world is not something it can do.\n    source: https://alpha.example.org/docs/responses/\n",
        "  hello:\n    uses: []\n    run: alpha serve app\n",
    )
    write_new(root, "examples/requirements/alpha.txt", "flask==3.10\n")  # alpha's package is Flask
    sha = digest(root / "examples/hello/alpha.py")
    write(root, "data/tested.yaml", f"alpha:\n  hello: {{version: '3.10', sha: {sha}, date: 2026-11-01}}\n")
    edit(root, FW, "  routing:\n    support: built-in", "  routing:\n    support: none")


def alpha_from_snapshot(root):
    """Alpha's snapshot added, and the facts it settles no longer typed (only latest_version stays)."""
    add_snapshot(root, "alpha")
    edit(root, FW, "  license: {value: MIT, source: https://github.com/example/alpha/blob/main/LICENSE}\n", "")
    edit(root, FW, '  min_python: {value: "3.10", source: https://alpha.example.org/docs/}\n', "")


def add_snapshot(root, fid):
    """A snapshot of Flask that the refresh wrote from recorded index responses, as `fid`'s."""
    (root / "data/index").mkdir(exist_ok=True)
    shutil.copy(FIXTURES / "index/alpha.yaml", root / f"data/index/{fid}.yaml")
