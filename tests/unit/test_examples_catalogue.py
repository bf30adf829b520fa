"""The examples catalogue the build reads, on small trees made in the test: which files count, their
pins and line counts, and the data the code pages and feature pages draw from it."""

from __future__ import annotations

import hashlib

import pytest
from markupsafe import Markup

from pywebcompare.evidence import examples


def write(path, text=""):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


# -- which files count -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("framework", "app_class", "belongs"),
    [
        ("flask", "flask.Flask", True),
        ("flask", "flask.app.Flask", True),
        ("flask", "quart.Quart", False),
        ("flask", "flaskx.App", False),  # the package name must match whole, not as a prefix
        ("django", "django.core.handlers.asgi.ASGIHandler", True),
        ("django", "channels.routing.ProtocolTypeRouter", True),  # Django's own Channels project
        ("flask", "channels.routing.ProtocolTypeRouter", False),  # only Django may use it
    ],
)
def test_an_app_class_must_come_from_the_frameworks_own_packages(framework, app_class, belongs):
    assert examples.app_class_belongs(framework, app_class) is belongs


def test_frameworks_with_requirements_are_the_pinned_files_in_name_order(tmp_path):
    for name in ("litestar.txt", "flask.txt", "notes.md", "django.txt.bak"):
        write(tmp_path / examples.REQUIREMENTS / name)
    assert examples.frameworks_with_requirements(tmp_path) == ["flask", "litestar"]


def test_task_dirs_skip_requirements_private_and_hidden_folders_and_files(tmp_path):
    root = tmp_path / examples.EXAMPLES
    for name in ("path-query", "hello", "requirements", "behaviour", "_shared", ".cache"):
        (root / name).mkdir(parents=True)
    write(root / "README.md")
    assert examples.task_dirs(tmp_path) == [root / "hello", root / "path-query"]


def test_behaviour_apps_are_no_task_for_the_examples_rules(tmp_path):
    """examples/behaviour/<id>.py is one app per framework, not a task: the rules that hold task folders
    against data/tasks.yaml and data/examples/ must not ask for an entry for it."""
    import shutil

    from pywebcompare import ROOT
    from pywebcompare.evidence import assemble

    assert (ROOT / "examples" / "behaviour" / "flask.py").exists()
    _, problems = assemble.validate(ROOT)
    assert not [p for p in problems if "behaviour" in str(p)]
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    shutil.copytree(ROOT / "tests" / "examples", tmp_path / "tests" / "examples")
    (tmp_path / "examples" / "notatask").mkdir()
    (tmp_path / "examples" / "notatask" / "flask.py").write_text("app = None\n")
    _, problems = assemble.validate(tmp_path)  # a folder not excluded is a task, and named
    assert [p for p in problems if "notatask" in str(p)]
    assert not [p for p in problems if "behaviour" in str(p)]


def test_example_files_are_every_python_file_of_the_task_so_none_is_shown_untested(tmp_path):
    folder = tmp_path / examples.EXAMPLES / "hello"
    for name in ("flask.py", "django.py", "helper.py", "flask.txt", "unknown.py"):
        write(folder / name)
    files = examples.example_files("hello", tmp_path)
    assert list(files) == ["django", "flask", "helper", "unknown"]  # name order; examples-match-files names strays
    assert files["flask"] == folder / "flask.py"
    assert examples.frameworks_for("hello", tmp_path) == ["django", "flask", "helper", "unknown"]


def test_a_task_without_a_folder_has_no_example_files(tmp_path):
    write(tmp_path / examples.EXAMPLES / "hello.py")  # a file of that name is not the task's folder
    assert examples.example_files("hello", tmp_path) == {}
    assert examples.example_files("missing", tmp_path) == {}
    assert examples.frameworks_for("missing", tmp_path) == []


def test_lines_of_code_leave_out_blank_and_comment_lines(tmp_path):
    code = "# a comment\n\nimport flask\n    # indented comment\n   \napp = flask.Flask(__name__)  # trailing\n"
    assert examples.lines_of_code(write(tmp_path / "app.py", code)) == 2  # the import and the app line


# -- pins and hashes ---------------------------------------------------------------------------------


def test_pinned_version_is_the_frameworks_own_pin(tmp_path):
    write(
        tmp_path / examples.REQUIREMENTS / "flask.txt",
        "# pinned for the examples\nflask-cors==6.0.5\nblinker==1.9.0\nFlask == 3.1.3  # the framework\n",
    )
    assert examples.pinned_version("flask", tmp_path) == "3.1.3"


def test_pinned_version_is_none_without_a_file_or_without_the_pin(tmp_path):
    assert examples.pinned_version("flask", tmp_path) is None
    write(tmp_path / examples.REQUIREMENTS / "flask.txt", "flask-cors==6.0.5\n# flask==3.1.3\n")
    assert examples.pinned_version("flask", tmp_path) is None


def test_pinned_version_reads_the_real_requirements():
    line = next(
        line
        for line in (examples.ROOT / examples.REQUIREMENTS / "flask.txt").read_text().splitlines()
        if line.startswith("flask==")
    )
    assert examples.pinned_version("flask") == line.removeprefix("flask==")


def test_digest_is_the_first_twelve_hex_digits_of_the_files_sha256(tmp_path):
    path = write(tmp_path / "app.py", "print('hi')\n")
    assert examples.digest(path) == hashlib.sha256(b"print('hi')\n").hexdigest()[:12]


# -- what the pages show -----------------------------------------------------------------------------


def test_highlight_gives_materials_code_block_with_the_source_escaped():
    html = examples.highlight('def f():\n    return "<b>"\n')
    prefix = '<div class="language-python highlight"><pre><span></span><code>'
    assert html.startswith(prefix + '<span class="k">def</span>')
    assert html.endswith("</code></pre></div>")
    assert "&lt;b&gt;" in html and "<b>" not in html


FRAMEWORKS = {"flask": {"name": "Flask"}, "django": {"name": "Django"}, "bottle": {"name": "Bottle"}}
TASKS = {
    "tasks": [
        {"id": "hello", "title": "Hello world", "features": ["routing"]},
        {"id": "json-body", "title": "JSON body", "features": ["validation", "routing"]},
    ]
}
FLASK_HELLO = "# hello\nfrom flask import Flask\n\napp = Flask(__name__)\n"


@pytest.fixture
def tree(tmp_path):
    """hello: flask passed on the current code, django passed on older code; json-body: flask only,
    never run; bottle cannot do json-body."""
    write(tmp_path / "examples/hello/flask.py", FLASK_HELLO)
    write(tmp_path / "examples/hello/django.py", "import django\n")
    write(tmp_path / "examples/json-body/flask.py", "import flask\n")
    return tmp_path


def flask_record(tree):
    return {"version": "3.1.3", "sha": examples.digest(tree / "examples/hello/flask.py"), "date": "2026-11-30"}


def build(tree, tested=None, data=None):
    data = data or {
        "flask": {
            "tasks": {"hello": {"uses": ["flask-cors"], "run": "flask run", "note": "Short."}},
            "collected": {"routing": {"verdict": "passes"}},
        },
        "django": {"tasks": {}},
        "bottle": {"tasks": {"json-body": {"impossible": "No JSON.", "source": "https://bottle.example/"}}},
    }
    return examples.catalogue(TASKS, data, tested, FRAMEWORKS, tree)


def test_no_tasks_no_catalogue(tree):
    assert examples.catalogue(None, {}, None, FRAMEWORKS, tree) is None
    assert examples.catalogue({}, {}, None, FRAMEWORKS, tree) is None


def test_a_code_entry_carries_the_code_its_lines_and_what_it_uses(tree):
    record = flask_record(tree)
    cat = build(tree, {"flask": {"hello": record}})
    hello = cat["by_id"]["hello"]
    assert hello["title"] == "Hello world" and hello["features"] == ["routing"]
    flask = dict(hello["by_framework"]["flask"])
    spans = flask.pop("spans")  # the highlighted lines alone, for pages that draw their own <pre>
    assert isinstance(spans, Markup) and spans in flask["html"] and "<code>" not in spans
    assert flask == {
        "framework": "flask",
        "name": "Flask",
        "kind": "code",
        "code": FLASK_HELLO,
        "html": examples.highlight(FLASK_HELLO),
        "loc": 2,
        "file": "examples/hello/flask.py",
        "uses": ["flask-cors"],
        "run": "flask run",
        "note": "Short.",
        "passed": record,
    }
    assert isinstance(flask["html"], Markup)  # drawn as HTML, not escaped again


def test_entries_follow_the_sites_framework_order_and_skip_frameworks_with_nothing(tree):
    cat = build(tree)
    assert [t["id"] for t in cat["tasks"]] == ["hello", "json-body"]
    assert [e["framework"] for e in cat["by_id"]["hello"]["entries"]] == ["flask", "django"]
    assert [e["framework"] for e in cat["by_id"]["json-body"]["entries"]] == ["flask", "bottle"]
    assert set(cat["by_id"]["json-body"]["by_framework"]) == {"flask", "bottle"}


def test_an_entry_without_data_has_no_uses_run_or_note(tree):
    django = build(tree)["by_id"]["hello"]["by_framework"]["django"]
    assert (django["kind"], django["uses"], django["run"], django["note"]) == ("code", [], None, None)
    assert django["file"] == "examples/hello/django.py" and django["loc"] == 1


def test_a_pass_counts_only_for_the_code_it_ran_on(tree):
    stale = {"version": "5.2", "sha": "000000000000", "date": "2026-11-01"}
    cat = build(tree, {"flask": {"hello": flask_record(tree)}, "django": {"hello": stale}})
    assert cat["by_id"]["hello"]["by_framework"]["flask"]["passed"] == flask_record(tree)
    assert cat["by_id"]["hello"]["by_framework"]["django"]["passed"] is None  # the code changed since
    assert cat["by_id"]["json-body"]["by_framework"]["flask"]["passed"] is None  # never recorded


def test_without_records_nothing_passed(tree):
    cat = build(tree, None)
    assert all(e.get("passed") is None for t in cat["tasks"] for e in t["entries"])
    cat = build(tree, {"flask": None})
    assert cat["by_id"]["hello"]["by_framework"]["flask"]["passed"] is None


def test_an_impossible_entry_says_why_with_its_source(tree):
    bottle = build(tree)["by_id"]["json-body"]["by_framework"]["bottle"]
    assert bottle == {
        "framework": "bottle",
        "name": "Bottle",
        "kind": "impossible",
        "impossible": "No JSON.",
        "source": "https://bottle.example/",
    }


def test_a_file_wins_over_a_stale_impossible_reason(tree):
    data = {"flask": {"tasks": {"hello": {"impossible": "Not any more.", "source": "https://x.example/"}}}}
    entry = build(tree, data=data)["by_id"]["hello"]["by_framework"]["flask"]
    assert entry["kind"] == "code"


def test_frameworks_without_data_or_tasks_still_show_their_files(tree):
    cat = build(tree, data={"flask": None, "django": {"tasks": None}})
    assert [e["framework"] for e in cat["by_id"]["hello"]["entries"]] == ["flask", "django"]
    assert cat["collected"] == {"django": {}}  # a framework without data has nothing collected


def test_collected_checks_per_framework(tree):
    cat = build(tree)
    assert cat["collected"] == {"flask": {"routing": {"verdict": "passes"}}, "django": {}, "bottle": {}}


def test_since_check_is_what_the_collector_found(tree):
    cat = build(tree)
    assert examples.since_check(cat, "flask", "routing") == {"verdict": "passes"}
    assert examples.since_check(cat, "flask", "orm") is None
    assert examples.since_check(cat, "django", "routing") is None
    assert examples.since_check(cat, "tornado", "routing") is None
    assert examples.since_check(None, "flask", "routing") is None
    assert examples.since_check({"collected": {"flask": None}}, "flask", "routing") is None


def test_tasks_for_feature(tree):
    cat = build(tree)
    assert [t["id"] for t in examples.tasks_for_feature(cat, "routing")] == ["hello", "json-body"]
    assert [t["id"] for t in examples.tasks_for_feature(cat, "validation")] == ["json-body"]
    assert examples.tasks_for_feature(cat, "orm") == []
    assert examples.tasks_for_feature(None, "routing") == []


def test_tested_task_is_the_first_task_whose_example_passed(tree):
    json_file = tree / "examples/json-body/flask.py"
    json_record = {"version": "3.1.3", "sha": examples.digest(json_file), "date": "2026-11-30"}
    cat = build(tree, {"flask": {"json-body": json_record}})
    assert examples.tested_task(cat, "flask", "routing") == "json-body"  # hello did not pass
    cat = build(tree, {"flask": {"json-body": json_record, "hello": flask_record(tree)}})
    assert examples.tested_task(cat, "flask", "routing") == "hello"  # the first in task order
    assert examples.tested_task(cat, "flask", "validation") == "json-body"
    assert examples.tested_task(cat, "django", "routing") is None  # code, never passed
    assert examples.tested_task(cat, "bottle", "validation") is None  # impossible
    assert examples.tested_task(cat, "tornado", "routing") is None  # no entry
    assert examples.tested_task(None, "flask", "routing") is None
