"""Each validator rule on tiny inline data: every branch, with the whole message a contributor reads
(file:line:column: field: what is wrong; what is expected). The rules are pure `check(files, today)`."""

from __future__ import annotations

import datetime as dt

import pytest

from pywebcompare import ROOT
from pywebcompare.data.dataset import Files
from pywebcompare.data.problems import Problem, dotted
from pywebcompare.data.rules import (
    async_model_on_async_views,
    catalogue_ids_unique,
    dates_real_and_not_future,
    docs_not_on_moving_branch,
    feature_refs_known,
    framework_covers_catalogue,
    framework_id_matches_file,
    framework_id_not_a_pair,
    framework_names_unique,
    ids_unique_in_lists,
    links_are_primary_sources,
    needs_point_at_one_thing,
    package_named_for_extensions,
    points_cite_known_features,
    prose_reads_as_sentence,
    references_known_frameworks,
)
from pywebcompare.data.rules._walk import catalogue_ids, last_key, leaves, walk
from pywebcompare.data.yamlsafe import Loaded, load_text
from pywebcompare.evidence.rules import examples_match_files, tasks_are_known, tested_records_current

ON = dt.date(2026, 11, 30)
CATALOGUE = """checked: 2026-01-10
categories:
  - id: core
    name: Core
    features:
      - {id: routing, name: Routing, why: How URLs map to code.}
      - {id: orm, name: ORM, why: A database layer.}
  - id: more
    name: More
    features:
      - {id: async-views, name: Async views, why: Views that await.}
"""


def yaml(name: str, text: str) -> Loaded:
    loaded = load_text(text, Loaded(name))
    assert loaded.problems == [], loaded.problems
    return loaded


def fw_file(fid: str, text: str) -> Loaded:
    return yaml(f"data/frameworks/{fid}.yaml", text)


def make(frameworks=None, root=None, ids=None, folders=None, **single) -> Files:
    """Files as load_files hands them to the rules: single files by kind, framework files by id."""
    files = Files(single={k: yaml(f"data/{k}.yaml", v) for k, v in single.items()})
    files.folders["frameworks"] = frameworks or {}
    files.folders.update(folders or {})
    files.ids["frameworks"] = set(files.folders["frameworks"])
    files.ids.update(ids or {})
    if root is not None:
        files.root = root
    return files


def run(rule, files, today=ON) -> list[str]:
    out = []
    for loaded, path, wrong, expected in rule.check(files, today):
        line, col = loaded.position(path)
        level = getattr(rule, "LEVEL", "error")
        out.append(str(Problem(loaded.name, line, col, dotted(path), wrong, expected, level)))
    return out


# -- _walk ------------------------------------------------------------------------------------------


def test_walk_yields_every_leaf_with_its_path():
    assert list(walk({"a": [1, {"b": None}], "c": "x"})) == [(("a", 0), 1), (("a", 1, "b"), None), (("c",), "x")]
    assert list(walk(5)) == [((), 5)]
    assert list(walk({})) == []


def test_leaves_are_computed_once_per_file():
    loaded = yaml("a.yaml", "a: 1\n")
    first = leaves(loaded)
    assert first == [(("a",), 1)]
    loaded.data["a"] = 2
    assert leaves(loaded) is first


def test_catalogue_ids_and_last_key():
    assert catalogue_ids(make()) == []
    assert catalogue_ids(make(features=CATALOGUE)) == ["routing", "orm", "async-views"]
    assert last_key(("scenarios", 0, "needs", 1, "feature")) == "feature"
    assert last_key(("frameworks", 0)) == "frameworks"
    assert last_key((0, 1)) is None
    assert last_key(()) is None


# -- frameworks -------------------------------------------------------------------------------------

ASYNC_OK = """features:
  routing: {support: built-in}
  async-views:
    support: built-in
    async_model: {concurrency: event-loop, server: asgi}
"""


def test_async_model_belongs_on_async_views_and_agrees_with_its_support():
    rule = async_model_on_async_views
    assert run(rule, make({"a": fw_file("a", ASYNC_OK)})) == []
    none_none = ASYNC_OK.replace(
        "built-in\n    async_model: {concurrency: event-loop", "none\n    async_model: {concurrency: none"
    )
    assert run(rule, make({"a": fw_file("a", none_none)})) == []
    missing = "features:\n  routing: {support: built-in}\n  async-views:\n    support: built-in\n"
    assert run(rule, make({"a": fw_file("a", missing)})) == [
        "data/frameworks/a.yaml:3:3: features.async-views: the async model is not recorded; expected "
        "`async_model: {concurrency: event-loop|thread-per-request|none, server: asgi|own-event-loop|wsgi}`"
    ]
    none_built_in = ASYNC_OK.replace("concurrency: event-loop", "concurrency: none")
    assert run(rule, make({"a": fw_file("a", none_built_in)})) == [
        "data/frameworks/a.yaml:5:32: features.async-views.async_model.concurrency: concurrency none with support "
        "built-in; expected concurrency none exactly when the support is none"
    ]
    loop_none = ASYNC_OK.replace("support: built-in\n    async", "support: none\n    async")
    assert run(rule, make({"a": fw_file("a", loop_none)})) == [
        "data/frameworks/a.yaml:5:32: features.async-views.async_model.concurrency: concurrency event-loop with "
        "support none; expected concurrency none exactly when the support is none"
    ]


def test_an_async_model_elsewhere_is_reported_for_each_feature_and_file():
    text = ASYNC_OK.replace(
        "routing: {support: built-in}", "routing: {support: built-in, async_model: {concurrency: none}}"
    )
    assert run(async_model_on_async_views, make({"a": fw_file("a", text), "b": fw_file("b", text)})) == [
        "data/frameworks/a.yaml:2:45: features.routing.async_model: async_model on routing; expected it only on async-views",
        "data/frameworks/b.yaml:2:45: features.routing.async_model: async_model on routing; expected it only on async-views",
    ]


def test_extension_support_names_its_package():
    text = """features:
  a: {support: official}
  b: {support: third-party}
  c: {support: built-in}
  d: {support: partial}
  e: {support: none}
  f: {support: official, package: ext}
"""
    assert run(package_named_for_extensions, make({"x": fw_file("x", text)})) == [
        "data/frameworks/x.yaml:2:16: features.a.support: support is official but no package is named; "
        "expected a `package:` field naming the extension",
        "data/frameworks/x.yaml:3:16: features.b.support: support is third-party but no package is named; "
        "expected a `package:` field naming the extension",
    ]


def test_a_framework_covers_the_catalogue_and_a_misspelt_key_is_one_problem():
    rule = framework_covers_catalogue
    good = "features:\n  routing: {}\n  orm: {}\n  async-views: {}\n"
    assert run(rule, make({"a": fw_file("a", good)}, features=CATALOGUE)) == []
    assert run(rule, make({"a": fw_file("a", "features:\n  zzz: {}\n")})) == []  # no catalogue: nothing to say
    text = "features:\n  routing: {}\n  orms: {}\n  caching: {}\n"
    assert run(rule, make({"a": fw_file("a", text)}, features=CATALOGUE)) == [
        "data/frameworks/a.yaml:3:9: features.orms: unknown feature 'orms'; did you mean 'orm'?",
        "data/frameworks/a.yaml:4:12: features.caching: unknown feature 'caching'; expected a feature id from "
        "data/features.yaml",
        "data/frameworks/a.yaml:1:1: features: feature 'async-views' is missing; expected every feature of "
        "data/features.yaml; add it (use support: none if it is not available)",
    ]


def test_a_misspelt_key_is_matched_to_one_missing_feature_only():
    text = "features:\n  routing: {}\n  orms: {}\n  ormz: {}\n  async-views: {}\n"
    assert run(framework_covers_catalogue, make({"a": fw_file("a", text)}, features=CATALOGUE)) == [
        "data/frameworks/a.yaml:3:9: features.orms: unknown feature 'orms'; did you mean 'orm'?",
        "data/frameworks/a.yaml:4:9: features.ormz: unknown feature 'ormz'; expected a feature id from data/features.yaml",
    ]


def test_a_framework_id_equals_its_file_name_and_is_not_a_pair():
    files = make({"alpha": fw_file("alpha", "id: alpha\n"), "beta": fw_file("beta", "name: x\nid: bet\n")})
    assert run(framework_id_matches_file, files) == [
        "data/frameworks/beta.yaml:2:5: id: id 'bet' does not match the file name beta.yaml; "
        "expected id: beta (or rename the file)"
    ]
    assert run(framework_id_not_a_pair, files) == []
    pair = make({"a-vs-b": fw_file("a-vs-b", "name: x\nid: a-vs-b\n"), "vs": fw_file("vs", "id: vs\n")})
    assert run(framework_id_not_a_pair, pair) == [
        "data/frameworks/a-vs-b.yaml:2:5: id: the id 'a-vs-b' contains '-vs-', which pair pages use to join two ids; "
        "expected an id without it, e.g. 'a-and-b'; rename the file and the id"
    ]


def test_a_framework_name_is_used_once_whatever_its_case():
    files = make(
        {
            "c": fw_file("c", "name: ALPHA\n"),
            "a": fw_file("a", "name: Alpha\n"),
            "b": fw_file("b", "id: b\nname: Beta\n"),
            "d": fw_file("d", "name: alpha\n"),
        }
    )
    assert run(framework_names_unique, files) == [
        "data/frameworks/c.yaml:1:7: name: the name 'ALPHA' is already used by a.yaml; "
        "expected each framework once; merge the two files",
        "data/frameworks/d.yaml:1:7: name: the name 'alpha' is already used by a.yaml; "
        "expected each framework once; merge the two files",
    ]


POINTS = """strengths:
  - {text: Small., features: [routing, nope]}
  - {text: No list.}
weaknesses:
  - {text: Slow., features: [orm]}
  - {text: Odd., features: [gone]}
"""


def test_points_cite_catalogue_features():
    rule = points_cite_known_features
    assert run(rule, make({"a": fw_file("a", POINTS)})) == []  # no catalogue: nothing to say
    assert run(rule, make({"a": fw_file("a", POINTS)}, features=CATALOGUE)) == [
        "data/frameworks/a.yaml:2:40: strengths[0].features[1]: unknown feature 'nope'; "
        "expected a feature id from data/features.yaml",
        "data/frameworks/a.yaml:6:29: weaknesses[1].features[0]: unknown feature 'gone'; "
        "expected a feature id from data/features.yaml",
    ]


# -- the catalogue and lists ------------------------------------------------------------------------


def test_catalogue_ids_are_unique_across_categories():
    rule = catalogue_ids_unique
    assert run(rule, make()) == []
    assert run(rule, make(features=CATALOGUE)) == []
    text = (
        CATALOGUE
        + "      - {id: routing, name: Again, why: Twice.}\n      - {id: routing, name: Thrice, why: Three.}\n"
    )
    assert run(rule, make(features=text)) == [
        "data/features.yaml:12:14: categories[1].features[1].id: feature id 'routing' appears twice; "
        "expected unique feature ids",
        "data/features.yaml:13:14: categories[1].features[2].id: feature id 'routing' appears twice; "
        "expected unique feature ids",
    ]


def test_claim_and_scenario_ids_are_unique():
    rule = ids_unique_in_lists
    assert run(rule, make()) == []
    claims = "claims:\n  - {id: a}\n  - {id: b}\n  - {id: a}\n"
    guides = "scenarios:\n  - {id: s}\n  - {id: s}\n"
    assert run(rule, make(claims=claims, guides=guides)) == [
        "data/claims.yaml:4:10: claims[2].id: id 'a' appears twice; expected unique ids",
        "data/guides.yaml:3:10: scenarios[1].id: id 's' appears twice; expected unique ids",
    ]
    assert run(rule, make(guides=guides)) == [
        "data/guides.yaml:3:10: scenarios[1].id: id 's' appears twice; expected unique ids"
    ]


# -- references -------------------------------------------------------------------------------------


def test_guides_and_changes_name_catalogue_features():
    rule = feature_refs_known
    guides = "scenarios:\n  - needs:\n      - {feature: orm}\n      - {feature: nope}\n"
    changes = "changes:\n  - {date: 2026-01-01, feature: gone, summary: routing}\n"
    assert run(rule, make(guides=guides, changes=changes)) == []  # no catalogue: nothing to say
    assert run(rule, make(features=CATALOGUE, guides=guides, changes=changes)) == [
        "data/guides.yaml:4:19: scenarios[0].needs[1].feature: unknown feature 'nope'; "
        "expected a feature id from data/features.yaml",
        "data/changes.yaml:2:33: changes[0].feature: unknown feature 'gone'; expected a feature id from data/features.yaml",
    ]
    assert run(rule, make(features=CATALOGUE, changes=changes)) == [
        "data/changes.yaml:2:33: changes[0].feature: unknown feature 'gone'; expected a feature id from data/features.yaml"
    ]


def test_claims_guides_changes_and_benchmarks_name_known_frameworks():
    rule = references_known_frameworks
    frameworks = {"alpha": fw_file("alpha", "id: alpha\n")}
    files = make(
        frameworks,
        claims="claims:\n  - {frameworks: [alpha, gamma], claim: alpha}\n",
        guides="scenarios:\n  - {needs: [{knows: delta}, {knows: alpha}]}\n",
        changes="changes:\n  - {framework: omega, summary: x}\n",
        benchmarks="benchmarks:\n  - {framework: zeta}\n",
    )
    assert run(rule, files) == [
        "data/claims.yaml:2:26: claims[0].frameworks[1]: unknown framework 'gamma'; expected the id of a file in data/frameworks/",
        "data/guides.yaml:2:22: scenarios[0].needs[0].knows: unknown framework 'delta'; expected the id of a file in data/frameworks/",
        "data/changes.yaml:2:17: changes[0].framework: unknown framework 'omega'; expected the id of a file in data/frameworks/",
        "data/benchmarks.yaml:2:17: benchmarks[0].framework: unknown framework 'zeta'; expected the id of a file in data/frameworks/",
    ]
    assert run(rule, make(frameworks, benchmarks="benchmarks:\n  - {framework: alpha}\n")) == []
    # A missing file is skipped, and the files after it are still read.
    assert run(rule, make(frameworks, benchmarks="benchmarks:\n  - {framework: zeta}\n")) == [
        "data/benchmarks.yaml:2:17: benchmarks[0].framework: unknown framework 'zeta'; expected the id of a file in data/frameworks/",
    ]


NEED_ONE = "expected exactly one of feature, fact, async, maintenance, speed, code_size, knows"


def test_a_need_names_exactly_one_criterion():
    rule = needs_point_at_one_thing
    assert run(rule, make()) == []
    guides = """scenarios:
  - needs:
      - {feature: orm, at_least: official}
      - {weight: 1}
      - {feature: orm, speed: json, knows: a}
      - {fact: interface}
      - {values: [x], knows: a}
      - {at_least: official, knows: a}
      - {fact: interface, values: [WSGI]}
questions:
  - answers:
      - needs: [{maintenance: true}]
      - needs: [{async: event-loop, code_size: hello}]
"""
    assert run(rule, make(guides=guides)) == [
        "data/guides.yaml:4:9: scenarios[0].needs[1]: a need names no criterion; " + NEED_ONE,
        "data/guides.yaml:5:9: scenarios[0].needs[2]: a need names feature and speed and knows; " + NEED_ONE,
        "data/guides.yaml:6:16: scenarios[0].needs[3].fact: a fact need has no values; "
        "expected `values: [...]` listing the values that match",
        "data/guides.yaml:7:18: scenarios[0].needs[4].values: values without a fact; expected `values` only beside `fact`",
        "data/guides.yaml:8:20: scenarios[0].needs[5].at_least: at_least without a feature; "
        "expected `at_least` only beside `feature`",
        "data/guides.yaml:13:17: questions[0].answers[1].needs[0]: a need names async and code_size; " + NEED_ONE,
    ]


# -- dates, links and prose in every hand-written file ---------------------------------------------


def test_dates_exist_and_are_not_after_today():
    rule = dates_real_and_not_future
    text = """checked: '2026-11-30'
changes:
  - {date: '2026-12-01', since: '2999-01-01', note: '2026-02-30'}
  - {date: '2026-02-30', checked: '2026-12-01'}
  - {date: null}
"""
    assert run(rule, make(changes=text)) == [
        "data/changes.yaml:3:12: changes[0].date: 2026-12-01 is in the future; expected a date on or before 2026-11-30",
        "data/changes.yaml:4:12: changes[1].date: '2026-02-30' is not a real date; "
        "expected a date that exists, written YYYY-MM-DD",
        "data/changes.yaml:4:35: changes[1].checked: 2026-12-01 is in the future; expected a date on or before 2026-11-30",
    ]
    assert run(rule, make(changes=text), today=dt.date(2026, 12, 1)) == [
        "data/changes.yaml:4:12: changes[1].date: '2026-02-30' is not a real date; "
        "expected a date that exists, written YYYY-MM-DD"
    ]


def test_tool_written_files_keep_their_own_dates():
    files = make(changes="checked: '2026-01-01'\n", tested="alpha:\n  hello: {date: '2999-01-01'}\n")
    assert run(dates_real_and_not_future, files) == []


INDEX_HOST = "packages.example.org"  # the rule knows an index by its pages' shape, never by its host


def test_links_to_a_package_index_or_a_mirror_are_refused():
    rule = links_are_primary_sources
    host = INDEX_HOST
    first_label, parent = host.split(".")[0], host.split(".", 1)[1]
    text = f"""docs: https://www.{host}/project/x/
a: http://libraries.io/pypi/x
b: https://test.{host}/project/x/
c: https://{first_label}.example.net/pypi/x
d: https://PePy.Tech/x
e: https://{parent}/x
f: https://docs.example.org/
g: {host} in plain text
h: https:///no-host
"""
    assert run(rule, make(changes=text)) == [
        f"data/changes.yaml:1:7: docs: {host} is a package index or a copy of one; "
        "expected a primary source: the project's own docs, repository or changelog",
        "data/changes.yaml:2:4: a: libraries.io is a package index or a copy of one; "
        "expected a primary source: the project's own docs, repository or changelog",
        f"data/changes.yaml:3:4: b: test.{host} is a package index or a copy of one; "
        "expected a primary source: the project's own docs, repository or changelog",
        f"data/changes.yaml:4:4: c: {first_label}.example.net is a package index or a copy of one; "
        "expected a primary source: the project's own docs, repository or changelog",
        "data/changes.yaml:5:4: d: pepy.tech is a package index or a copy of one; "
        "expected a primary source: the project's own docs, repository or changelog",
    ]
    for mirror in sorted(links_are_primary_sources.MIRRORS):
        assert run(rule, make(changes=f"a: https://{mirror}/x\n")) == [
            f"data/changes.yaml:1:4: a: {mirror} is a package index or a copy of one; "
            "expected a primary source: the project's own docs, repository or changelog"
        ]
    assert run(rule, make(tested=f"a:\n  b: https://{host}/x\n")) == []  # tool-written: not judged


MOVING = "the source is a docs file on the moving {}; expected the published docs page, or the file at a tag or commit"


def test_a_docs_file_on_a_moving_branch_warns():
    rule = docs_not_on_moving_branch
    assert rule.LEVEL == "warning"
    text = """a:
  - source: https://github.com/o/r/blob/main/docs/index.rst
  - source: http://GitHub.com/o/r/blob/master/README.md#install
  - source: https://github.com/o/r/blob/main/NOTES.txt?plain=1
  - source: https://github.com/o/r/blob/v1.0/docs/index.rst
  - source: https://github.com/o/r/blob/main/src/app.py
  - source: https://github.com/o/r/tree/main/docs/index.md
  - docs: https://github.com/o/r/blob/main/docs/index.rst
  - source: https://github.com/o/r/blob/main/docs/index.rst trailing
"""
    assert run(rule, make(changes=text)) == [
        "data/changes.yaml:2:13: warning: a[0].source: " + MOVING.format("main branch"),
        "data/changes.yaml:3:13: warning: a[1].source: " + MOVING.format("master branch"),
        "data/changes.yaml:4:13: warning: a[2].source: " + MOVING.format("main branch"),
    ]
    assert run(rule, make(tested="a:\n  source: https://github.com/o/r/blob/main/x.md\n")) == []


CUT = (
    "expected a full sentence ending with . ! or ?; text after an unquoted ` #` is read as a YAML comment and "
    "dropped, so put the whole text in quotes"
)
START = "expected a capital letter, a digit, a quote, or a name or code word at the start"


def test_prose_ends_like_a_sentence():
    text = """a:
  note: Ends well.
  why: 'He said "yes."'
  text: (See the docs.)
  summary: Really?
  use: Wow!
  situation: Stops here
  claim: '   '
  explanation: 'Ends with a colon:'
  title: no full stop needed
  note_2: not prose either
"""
    assert run(prose_reads_as_sentence, make(changes=text)) == [
        "data/changes.yaml:7:14: a.situation: the situation stops without a full stop: …'Stops here'; " + CUT,
        "data/changes.yaml:9:16: a.explanation: the explanation stops without a full stop: …'Ends with a colon:'; "
        + CUT,
    ]


def test_the_cut_text_shown_is_its_last_40_characters_and_the_start_its_first_40():
    tail = "x" * 45
    start = "y" * 45 + " end."
    text = f"a:\n  note: A{tail}\n  why: {start}\n"
    assert run(prose_reads_as_sentence, make(changes=text)) == [
        f"data/changes.yaml:2:9: a.note: the note stops without a full stop: …'{'x' * 40}'; " + CUT,
        f"data/changes.yaml:3:8: a.why: the why does not start like a sentence: '{'y' * 40}'…; " + START,
    ]


def test_prose_starts_like_a_sentence():
    frameworks = {"aiohttp": fw_file("aiohttp", "id: aiohttp\n")}
    text = """a:
  - {note: Capital start.}
  - {note: 3 workers.}
  - {note: '"Quoted" start.'}
  - {note: '`code` start.'}
  - {note: app.static() maps files.}
  - {note: 'use_cors, then done.'}
  - {note: 'aiohttp: has one.'}
  - {note: aiohttp has one.}
  - {note: the lower case start.}
  - {note: 'quart, too.'}
"""
    assert run(prose_reads_as_sentence, make(frameworks, changes=text)) == [
        "data/changes.yaml:10:12: a[8].note: the note does not start like a sentence: 'the lower case start.'…; "
        + START,
        "data/changes.yaml:11:12: a[9].note: the note does not start like a sentence: 'quart, too.'…; " + START,
    ]


@pytest.mark.parametrize(
    "text", ["(See below.)", "[Note] one.", "‘Quoted’ start.", "“Quoted” start.", "'a' is a word."]
)
def test_an_opening_quote_or_bracket_starts_a_sentence(text):
    assert prose_reads_as_sentence.starts_well(text, set())


@pytest.mark.parametrize("text", ["django-admin runs.", "a/b is a path.", "x=1 sets it.", "my_app, first."])
def test_a_code_word_starts_a_sentence(text):
    assert prose_reads_as_sentence.starts_well(text, set())


def test_a_name_followed_by_punctuation_starts_a_sentence():
    for text in ("quart, too.", "quart: yes.", "quart; yes."):
        assert prose_reads_as_sentence.starts_well(text, {"quart"}), text
    assert not prose_reads_as_sentence.starts_well("quartz too.", {"quart"})


# -- tasks, examples and their records --------------------------------------------------------------

TASKS = "tasks:\n  - {id: hello, features: [routing, nope]}\n  - {id: json-api, features: [orm]}\n"


def write(root, rel, text=""):
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_tasks_name_features_and_have_a_spec(tmp_path):
    rule = tasks_are_known
    assert run(rule, make(root=tmp_path)) == []  # no tasks file: nothing to say
    # Without a catalogue or a spec folder, only what can be judged is.
    assert run(rule, make(root=tmp_path, tasks=TASKS)) == []
    write(tmp_path, "tests/examples/test_hello.py")
    assert run(rule, make(root=tmp_path, tasks=TASKS, features=CATALOGUE)) == [
        "data/tasks.yaml:2:37: tasks[0].features[1]: unknown feature 'nope'; expected a feature id from data/features.yaml",
        "data/tasks.yaml:3:10: tasks[1].id: task 'json-api' has no spec tests/examples/test_json_api.py; "
        "expected one spec per task",
    ]


def test_example_entries_and_folders_name_tasks(tmp_path):
    rule = tasks_are_known
    examples = {"flask": yaml("data/examples/flask.yaml", "tasks:\n  hello: {}\n  upload: {}\n")}
    for folder in ("hello", "upload", "requirements", "_shared", ".cache"):
        (tmp_path / "examples" / folder).mkdir(parents=True)
    write(tmp_path, "examples/notes.txt")
    assert run(rule, make(root=tmp_path, tasks=TASKS, folders={"examples": examples})) == [
        "data/examples/flask.yaml:3:11: tasks.upload: unknown task 'upload'; expected a task id from data/tasks.yaml",
        "data/tasks.yaml:1:1: tasks: examples/upload/ is not a task; expected a task with id 'upload', or no folder",
    ]


def test_every_example_file_has_an_entry_and_every_entry_a_file_or_a_reason(tmp_path):
    rule = examples_match_files
    assert run(rule, make(root=tmp_path)) == []  # no examples/ folder
    write(tmp_path, "examples/hello/flask.py")
    write(tmp_path, "examples/hello/gamma.py")
    write(tmp_path, "examples/hello/falcon.py")
    write(tmp_path, "examples/hello/bottle.py")
    write(tmp_path, "examples/hello/tornado.py")
    write(tmp_path, "examples/hello/notes.txt")
    write(tmp_path, "examples/json/flask.py")
    folder = {
        "flask": yaml(
            "data/examples/flask.yaml",
            "framework: flask\ntasks:\n  hello: {uses: []}\n  json: {impossible: Not here., source: x}\n"
            "  other: {uses: []}\n  gone: {impossible: No., source: x}\n",
        ),
        "falcon": yaml("data/examples/falcon.yaml", "framework: falconry\ntasks:\n  json: {uses: []}\n"),
    }
    ids = {"examples": {"flask", "falcon", "bottle"}, "frameworks": {"flask", "falcon", "bottle", "tornado"}}
    assert run(rule, make(root=tmp_path, folders={"examples": folder}, ids=ids)) == [
        "data/examples/falcon.yaml:2:1: tasks: examples/hello/falcon.py has no entry; expected tasks.hello with its `uses`",
        "examples/hello/gamma.py:1:1: (file): no framework is called 'gamma'; expected examples/<task>/<framework id>.py",
        "examples/hello/tornado.py:1:1: (file): data/examples/tornado.yaml is missing; "
        "expected it to describe examples/hello/tornado.py",
        "data/examples/flask.yaml:4:22: tasks.json.impossible: says impossible, but examples/json/flask.py exists; "
        "expected either the file or the reason, not both",
        "data/examples/flask.yaml:5:10: tasks.other: no file examples/other/flask.py and no `impossible` reason; "
        "expected the example file, or `impossible:` with a sentence and `source:`",
        "data/examples/falcon.yaml:1:12: framework: framework 'falconry' does not match the file name; "
        "expected framework: falcon",
        "data/examples/falcon.yaml:3:9: tasks.json: no file examples/json/falcon.py and no `impossible` reason; "
        "expected the example file, or `impossible:` with a sentence and `source:`",
    ]


def test_an_example_without_its_data_file_is_named_when_no_data_file_is_known(tmp_path):
    write(tmp_path, "examples/hello/flask.py")
    files = make(root=tmp_path, ids={"frameworks": {"flask"}})  # without the examples kind's ids
    assert run(examples_match_files, files) == [
        "examples/hello/flask.py:1:1: (file): data/examples/flask.yaml is missing; "
        "expected it to describe examples/hello/flask.py"
    ]


def test_an_example_of_a_framework_with_a_data_file_but_no_package_is_known(tmp_path):
    write(tmp_path, "examples/hello/alpha.py")
    folder = {"alpha": yaml("data/examples/alpha.yaml", "framework: alpha\ntasks:\n  hello: {uses: []}\n")}
    files = make({"alpha": fw_file("alpha", "id: alpha\n")}, root=tmp_path, folders={"examples": folder})
    assert run(examples_match_files, files) == []


FIX = "expected a fresh record: run `python3 dev.py examples` and commit data/tested.yaml"


def test_tested_records_match_the_code_and_the_pin(tmp_path):
    rule = tested_records_current
    tested = "flask:\n  hello: {sha: '000000000000', version: '3.0.0'}\n"
    assert run(rule, make(root=tmp_path, tested=tested)) == []  # no examples/ folder
    code = write(tmp_path, "examples/hello/flask.py", "app = None\n")
    write(tmp_path, "examples/json/flask.py", "app = 1\n")
    write(tmp_path, "examples/json/bottle.py", "app = 2\n")
    write(tmp_path, "examples/requirements/flask.txt", "flask==3.1.0  # the pin\nwerkzeug==3.0\n")
    write(tmp_path, "examples/requirements/bottle.txt", "bottle==0.13\n")
    import hashlib

    sha = hashlib.sha256(code.read_bytes()).hexdigest()[:12]
    tested = f"""flask:
  hello: {{sha: '{sha}', version: '3.0.0'}}
  json: {{sha: '000000000000', version: '3.1.0'}}
  gone: {{sha: '{sha}', version: '3.1.0'}}
bottle: {{}}
"""
    assert run(rule, make(root=tmp_path, tested=tested)) == [
        "data/tested.yaml:2:41: flask.hello.version: passed on 3.0.0, but 3.1.0 is pinned now; " + FIX,
        "data/tested.yaml:5:9: bottle: examples/json/bottle.py has no record of passing; " + FIX,
        "data/tested.yaml:3:15: flask.json.sha: examples/json/flask.py changed since it passed; " + FIX,
        "data/tested.yaml:4:9: flask.gone: examples/gone/flask.py no longer exists; " + FIX,
    ]
    fresh = f"flask:\n  hello: {{sha: '{sha}', version: '3.1.0'}}\n"
    (tmp_path / "examples/json").joinpath("flask.py").unlink()
    (tmp_path / "examples/json").joinpath("bottle.py").unlink()
    assert run(rule, make(root=tmp_path, tested=fresh)) == []


def test_tested_records_are_judged_against_the_project_checked_not_this_repository(tmp_path):
    # examples/streaming/flask.py exists in this repository, not in the project under check
    assert (ROOT / "examples/streaming/flask.py").is_file()
    write(tmp_path, "examples/requirements/flask.txt", "flask==3.1.0\n")
    tested = "flask:\n  streaming: {sha: '000000000000', version: '3.1.0'}\n"
    assert run(tested_records_current, make(root=tmp_path, tested=tested)) == [
        "data/tested.yaml:2:14: flask.streaming: examples/streaming/flask.py no longer exists; " + FIX,
    ]
