"""`collect --discover`: the bisection over releases with fake trials (no environments), the record it
writes, the cache that lets a run resume, and the rule that shows a contradiction with a typed since."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from packaging.version import Version

from pywebcompare.data.yamlsafe import load_file
from pywebcompare.evidence import discover, since
from pywebcompare.evidence.collect import BROKEN, FAIL, PASS, Release
from pywebcompare.evidence.discover import Outcome

RELEASES = [Release(Version(f"1.{i}"), dt.date(2020, 1, 1) + dt.timedelta(days=10 * i)) for i in range(40)]


def fake(first: dict[str, int], broken=(), broken_for=None):
    """Task -> index of its first passing release; `broken` releases do not install; `broken_for` maps a
    task to releases whose own packages do not install. Records every call."""
    calls = []

    def trial(release, tasks):
        i = RELEASES.index(release)
        calls.append((i, list(tasks)))
        out = {}
        for t in tasks:
            if i in broken or i in (broken_for or {}).get(t, ()):
                out[t] = Outcome(BROKEN, "import: no module")
            else:
                out[t] = Outcome(PASS if i >= first[t] else FAIL)
        return out

    trial.calls = calls
    return trial


def run(first, broken=(), broken_for=None, max_trials=60):
    trial = fake(first, broken, broken_for)
    found = discover.search(RELEASES, sorted(first), trial, say=lambda _: None, max_trials=max_trials)
    return found, trial.calls


@pytest.mark.parametrize("boundary", [1, 7, 20, 33, 39])
def test_bisection_finds_the_first_passing_release(boundary):
    found, calls = run({"a": boundary})
    f = found.findings["a"]
    assert (f.first_passing, f.last_failing) == (boundary, boundary - 1)
    assert len(calls) <= 7  # log2(40), not forty trials
    assert 39 not in [i for i, _ in calls], "the newest release is known to pass (data/tested.yaml)"


def test_one_trial_serves_every_task_still_undecided_there():
    found, calls = run({"a": 12, "b": 25, "c": 30})
    assert {t: f.first_passing for t, f in found.findings.items()} == {"a": 12, "b": 25, "c": 30}
    assert calls[0] == (19, ["a", "b", "c"])  # the first release asked runs all three specs
    alone = sum(len(run({t: i})[1]) for t, i in {"a": 12, "b": 25, "c": 30}.items())
    assert len(calls) < alone
    for i, tasks in calls:  # a task is only run where its answer is still open
        for t in tasks:
            assert i not in [j for j, ts in calls[: calls.index((i, tasks))] if t in ts]


def test_broken_old_releases_are_skipped_and_never_counted_as_missing():
    found, calls = run({"a": 0}, broken=set(range(10)))
    f = found.findings["a"]
    assert (f.first_passing, f.last_failing, f.floor) == (10, None, 9)
    feat = discover.feature_finding(found, ["a"])
    assert feat == {
        "since": "1.10",
        "uploaded": "2020-04-10",
        "tested_back_to": "1.10",
        "older_broken": "1.9",
        "tasks": ["a"],
    }
    assert since.statement(feat) == "works on every release tested back to 1.10"
    assert len(calls) <= 8, "older releases are assumed broken once one is, not tried one by one"


def test_a_broken_release_between_a_failure_and_a_pass_is_skipped():
    found, _ = run({"a": 20}, broken={19, 20})
    f = found.findings["a"]
    assert (RELEASES[f.first_passing], RELEASES[f.last_failing]) == (RELEASES[21], RELEASES[18])
    assert discover.feature_finding(found, ["a"])["last_failing"] == "1.18"


def test_a_broken_release_newer_than_one_that_installed_does_not_raise_the_floor():
    found, _ = run({"a": 30}, broken={25})
    assert found.findings["a"].floor == -1 and found.findings["a"].first_passing == 30


def test_oldest_release_passing_says_works_back_to_the_first():
    found, _ = run({"a": 0})
    feat = discover.feature_finding(found, ["a"])
    assert feat["since"] == "1.0" and "last_failing" not in feat and "older_broken" not in feat
    assert since.statement(feat) == "works on every release tested back to 1.0"


def test_a_task_whose_own_packages_do_not_install_is_skipped_for_that_task_only():
    found, _ = run({"a": 5, "b": 5}, broken_for={"b": set(range(12))})
    assert found.findings["a"].last_failing == 4
    assert (found.findings["b"].first_passing, found.findings["b"].last_failing) == (12, None)


def test_a_feature_works_from_the_release_where_all_its_examples_pass():
    found, _ = run({"a": 8, "b": 21})
    feat = discover.feature_finding(found, ["a", "b"])
    assert (feat["since"], feat["last_failing"]) == ("1.21", "1.20")
    assert since.statement(feat) == "since 1.21 (1.20 fails)"


def test_the_trial_bound_leaves_the_feature_unresolved():
    found, calls = run({"a": 13, "b": 27}, max_trials=2)
    assert len(calls) == 2 and found.stopped
    assert discover.feature_finding(found, ["a"]) is None


@pytest.mark.parametrize(
    ("stated", "found", "clash"),
    [
        ("2.0", {"since": "2.0.0", "last_failing": "1.1.4"}, None),
        ("2.0", {"since": "2.0.1", "last_failing": "1.1.4"}, None),  # 2.0.0 did not install
        ("2.0", {"since": "2.1.0", "last_failing": "2.0.1"}, "the examples fail on 2.0.1 and first pass on 2.1.0"),
        ("2.0", {"since": "1.1.0", "last_failing": "1.0.0"}, "the examples already pass on 1.1.0"),
        ("2.0", {"since": "2.3.0", "tested_back_to": "2.3.0"}, None),  # nothing older installed: says nothing
        ("2.0", {"since": "1.5", "tested_back_to": "1.5"}, "the examples already pass on 1.5"),
    ],
)
def test_contradiction_with_a_typed_since(stated, found, clash):
    assert since.contradiction(stated, found) == clash


def test_the_rule_warns_about_a_contradiction_and_leaves_the_typed_value(tmp_path):
    from pywebcompare.evidence.rules import since_agrees_with_collected as rule

    class Folder(dict):
        pass

    class Files:
        frameworks = {"flask": load_yaml_text(tmp_path, "fw", "features:\n  async-views:\n    since: '2.0'\n")}

        def folder(self, name):
            assert name == "since"
            text = "features:\n  async-views:\n    since: 2.1.0\n    last_failing: 2.0.1\n    tasks: [async-view]\n"
            return {"flask": load_yaml_text(tmp_path, "since", text)}

    found = list(rule.check(Files(), dt.date(2026, 12, 1)))
    assert len(found) == 1 and rule.LEVEL == "warning"
    _, path, what, _ = found[0]
    assert path == ("features", "async-views", "since")
    assert "typed since 2.0, but the examples fail on 2.0.1 and first pass on 2.1.0" in what
    assert Files.frameworks["flask"].data["features"]["async-views"]["since"] == "2.0"


def load_yaml_text(tmp_path, name, text):
    path = tmp_path / f"{name}.yaml"
    path.write_text(text)
    return load_file(path)


def setup(tmp_path):
    return discover.Setup(
        "flask", "Flask", "3.11", "python3.11", ["gunicorn"], ["flask"], {"hello": [], "template": []}
    )


def test_trials_are_cached_on_disk_so_a_run_resumes(tmp_path, monkeypatch):
    for task in ("hello", "template"):
        (tmp_path / "examples" / task).mkdir(parents=True)
        (tmp_path / "examples" / task / "flask.py").write_text(f"# {task}\n")
    ran = []

    def one(root, s, release, tasks):
        ran.append((str(release), list(tasks)))
        return {t: Outcome(PASS if t == "hello" else FAIL, "" if t == "hello" else "FAILED x") for t in tasks}

    monkeypatch.setattr(discover, "_trial", one)
    s = setup(tmp_path)
    trial = discover.real_trial(tmp_path, s, say=lambda _: None)
    first = trial(RELEASES[3], ["hello", "template"])
    again = discover.real_trial(tmp_path, s, say=lambda _: None)(RELEASES[3], ["hello", "template"])
    assert first == again == {"hello": Outcome(PASS), "template": Outcome(FAIL, "FAILED x")}
    assert ran == [("1.3", ["hello", "template"])], "the second run read the cache"
    cached = json.loads(discover.cache_path(tmp_path, s, RELEASES[3]).read_text())
    assert set(cached["tasks"]) == {"hello", "template"}
    (tmp_path / "examples" / "template" / "flask.py").write_text("# changed\n")
    discover.real_trial(tmp_path, s, say=lambda _: None)(RELEASES[3], ["hello", "template"])
    assert ran[-1] == ("1.3", ["template"]), "a changed example runs again; the unchanged one does not"


def test_a_broken_release_is_cached_for_every_task(tmp_path, monkeypatch):
    (tmp_path / "examples" / "hello").mkdir(parents=True)
    (tmp_path / "examples" / "hello" / "flask.py").write_text("#\n")
    (tmp_path / "examples" / "template").mkdir(parents=True)
    (tmp_path / "examples" / "template" / "flask.py").write_text("#\n")
    ran = []

    def one(root, s, release, tasks):
        ran.append(list(tasks))
        return {"": Outcome(BROKEN, "import: x"), **{t: Outcome(BROKEN, "import: x") for t in tasks}}

    monkeypatch.setattr(discover, "_trial", one)
    s = setup(tmp_path)
    discover.real_trial(tmp_path, s, say=lambda _: None)(RELEASES[1], ["hello"])
    got = discover.real_trial(tmp_path, s, say=lambda _: None)(RELEASES[1], ["template"])
    assert got == {"template": Outcome(BROKEN, "import: x")} and ran == [["hello"]]


def test_the_record_validates_and_a_second_write_keeps_the_file(tmp_path):
    from pywebcompare.data import schema

    found, _ = run({"hello": 10, "template": 3}, broken=set(range(3)))
    s = setup(tmp_path)
    data = discover.record("flask", s, found, {"routing": ["hello"], "templating": ["template"]}, "2026-12-01")
    path = discover.write(tmp_path, "flask", data)
    loaded = load_file(path)
    schema.check(loaded, "since.schema.json")
    assert loaded.problems == []
    assert data["features"]["routing"]["printed"] == "since 1.10 (1.9 fails)"
    assert data["features"]["templating"]["printed"] == "works on every release tested back to 1.3"
    assert any(t.get("broken") == "import: no module" for t in data["trials"])
    before = path.read_text()
    discover.write(tmp_path, "flask", {**data, "date": "2026-12-08"})
    assert path.read_text() == before, "the same finding keeps the date it was first made"


def test_older_broken_names_the_newest_release_below_that_did_not_install():
    found, _ = run({"a": 0}, broken=set(range(10)) | {11, 12})
    feat = discover.feature_finding(found, ["a"])
    assert (feat["tested_back_to"], feat["older_broken"]) == ("1.13", "1.12")


@pytest.mark.parametrize(
    ("reason", "broken"),
    [
        (
            "test_hello[django]: ImportError: cannot import name 'Iterator' from 'collections' (/x/collections/__init__.py)",
            True,
        ),
        ("test_stream[aiohttp]: AttributeError: module 'asyncio' has no attribute 'coroutine'", True),
        ("test_x[y]: ModuleNotFoundError: No module named 'distutils'", True),
        ("test_a[falcon]: ImportError: cannot import name 'CoroWrapper' from 'asyncio.coroutines' (/x.py)", True),
        ("test_hello[flask]: AttributeError: 'Flask' object has no attribute 'get'", False),  # the example's API
        ("test_x[y]: ModuleNotFoundError: No module named 'flask_cors'", False),
        ("test_x[y]: AssertionError: assert 404 == 200", False),
    ],
)
def test_a_python_too_new_for_the_release_is_broken_not_failing(reason, broken):
    assert discover.too_new(reason) is broken


def render_cell(**kw) -> str:
    from pywebcompare.site.templating import environment

    template = environment().from_string('{% import "_macros.j2" as m %}{{ m.support(**kw) }}')
    return template.render(kw={"level": "built-in", **kw})


def test_a_cell_says_how_its_since_was_found_and_shows_a_contradiction():
    hit = {"since": "2.1.0", "last_failing": "2.0.1", "tasks": ["hello"], "python": "3.11", "date": "2026-12-07"}
    hit["printed"] = since.statement(hit)
    alone = render_cell(found=hit)
    assert '<span class="pwc-since">since 2.1.0 (2.0.1 fails)</span>' in alone
    assert 'data-how="collected"' in alone and "found by running the examples" in alone
    assert 'data-how="stated"' not in alone
    typed = render_cell(since="2.0", evidence="changelog", found=hit)
    assert '<span class="pwc-since">since 2.0</span>' in typed and "stated in the changelog" in typed
    assert "pwc-since-clash" in typed and "running the examples: since 2.1.0 (2.0.1 fails) (disagrees)" in typed
    agreeing = render_cell(since="2.1", evidence="changelog", found=hit)
    assert "pwc-since-clash" not in agreeing and "(disagrees)" not in agreeing
    back = {"since": "1.3", "tested_back_to": "1.3", "tasks": ["hello"], "python": "3.11", "date": "2026-12-07"}
    back["printed"] = since.statement(back)
    assert "works on every release tested back to 1.3" in render_cell(found=back)


def test_a_feature_is_dated_by_its_examples_that_need_nothing_but_the_framework():
    examples = {"tasks": {"json-errors": {"uses": []}, "middleware-cors": {"uses": ["django-cors-headers"]}}}
    assert discover.plain_first(["middleware-cors", "json-errors"], examples) == ["json-errors"]
    assert discover.plain_first(["middleware-cors"], examples) == ["middleware-cors"]  # the only evidence


def test_every_environment_gets_setuptools_as_every_environment_of_the_time_had_it(tmp_path):
    s = discover.setup("django", ["hello", "async-view"])
    assert s.base == ["setuptools"]
    assert s.uses["hello"] == ["gunicorn"] and s.servers == {"hello": "gunicorn", "async-view": "uvicorn"}


def test_releases_that_could_not_be_tried_between_the_failure_and_the_pass_are_named():
    found, _ = run({"a": 20}, broken={18, 19})
    feat = discover.feature_finding(found, ["a"])
    assert (feat["since"], feat["last_failing"], feat["broken_between"]) == ("1.20", "1.17", ["1.18", "1.19"])
    assert since.statement(feat) == "since 1.20 (1.17 fails; 1.18, 1.19 do not install)"
    many = {**feat, "broken_between": ["1.1", "1.2", "1.3", "1.4"]}
    assert since.statement(many) == "since 1.20 (1.17 fails; 1.1, 1.2, 1.3 and 1 more do not install)"


def test_when_the_packages_do_not_install_together_each_set_is_tried_once(tmp_path, monkeypatch):
    tried = []

    def step(cmd, timeout=0):
        if cmd[1:3] == ["pip", "install"]:
            wanted = cmd[cmd.index("Flask==1.3") + 1 :]
            tried.append(wanted)
            if "uvicorn" in wanted:
                raise discover._Failed("error: gcc failed")

    monkeypatch.setattr(discover, "_step", step)
    monkeypatch.setattr(discover, "_run_specs", lambda root, s, py, tasks: {t: Outcome(PASS) for t in tasks})
    s = discover.Setup(
        "flask",
        "Flask",
        "3.11",
        "python3.11",
        ["setuptools"],
        ["flask"],
        {"hello": ["gunicorn"], "async-view": ["uvicorn"], "websocket-echo": ["uvicorn", "websockets"]},
        {"hello": "gunicorn", "async-view": "uvicorn", "websocket-echo": "uvicorn"},
    )
    out = discover._trial(tmp_path, s, RELEASES[3], ["async-view", "hello", "websocket-echo"])
    assert out["hello"] == Outcome(PASS)
    assert out["async-view"].result == out["websocket-echo"].result == BROKEN
    assert out["websocket-echo"].detail == "install uvicorn: error: gcc failed"
    sets = [w[w.index("setuptools") + 1 :] for w in tried]
    assert sets == [[], ["gunicorn", "uvicorn", "websockets"], ["gunicorn"], ["uvicorn"]]  # websockets' set not tried


def test_a_cached_failure_is_read_through_the_current_rule(tmp_path, monkeypatch):
    (tmp_path / "examples" / "hello").mkdir(parents=True)
    (tmp_path / "examples" / "hello" / "flask.py").write_text("#\n")
    why = "test_hello[flask]: ImportError: cannot import name 'CoroWrapper' from 'asyncio.coroutines' (/x.py)"
    monkeypatch.setattr(discover, "_trial", lambda root, s, release, tasks: {t: Outcome(FAIL, why) for t in tasks})
    s = setup(tmp_path)
    first = discover.real_trial(tmp_path, s, say=lambda _: None)(RELEASES[2], ["hello"])
    assert first["hello"].result == FAIL  # as the fake ran it (the real run classifies in _run_specs)
    again = discover.real_trial(tmp_path, s, say=lambda _: None)(RELEASES[2], ["hello"])
    assert again["hello"] == Outcome(BROKEN, f"Python 3.11 lacks what this release uses: {why}")
