"""The data chores, run in-process: what each prints and its exit status."""

from __future__ import annotations

import json

import yaml

from pywebcompare.cli import main


def run(capsys, root, *args) -> tuple[int, str, str]:
    code = main(["--root", str(root), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_validate_says_valid_or_lists_problems(capsys, data_root):
    assert run(capsys, data_root, "validate") == (0, "Data is valid.\n", "")
    path = data_root / "data/frameworks/beta.yaml"
    path.write_text(path.read_text().replace("id: beta", "id: bet"))
    code, out, err = run(capsys, data_root, "validate")
    assert code == 1 and out == ""
    assert err.splitlines()[0].startswith("data/frameworks/beta.yaml:1:5: id: id 'bet' does not match")
    assert err.splitlines()[-1] == "1 problem in the data; see CONTRIBUTING.md."


def test_scaffold_writes_every_catalogue_feature_and_never_overwrites(capsys, data_root):
    code, out, _ = run(capsys, data_root, "scaffold", "gamma", "--name", 'Gam"ma')
    assert code == 0 and "Created data/frameworks/gamma.yaml" in out
    created = yaml.safe_load((data_root / "data/frameworks/gamma.yaml").read_text())
    assert (created["id"], created["name"]) == ("gamma", 'Gam"ma')
    assert list(created["features"]) == ["routing", "orm"]
    assert all(f["support"] == "TODO" for f in created["features"].values())
    code, _, err = run(capsys, data_root, "scaffold", "gamma", "--name", "Gamma")
    assert code == 1 and "already exists" in err


def test_stale_counts_and_names_old_facts(capsys, data_root):
    code, out, _ = run(capsys, data_root, "stale", "--months", "1200")
    assert (code, out) == (0, "0 facts checked more than 1200 months ago.\n")
    path = data_root / "data/frameworks/alpha.yaml"
    path.write_text(path.read_text().replace("checked: 2026-01-10", "checked: 2020-03-01"))
    code, out, _ = run(capsys, data_root, "stale", "--months", "12")
    lines = out.splitlines()
    assert code == 0 and lines[-1] == f"{len(lines) - 1} facts checked more than 12 months ago."
    assert all(line.startswith("data/frameworks/alpha.yaml:") for line in lines[:-1])
    assert "facts.license: last checked 2020-03-01, more than 12 months ago" in out


def test_export_prints_the_whole_dataset(capsys, data_root):
    code, out, _ = run(capsys, data_root, "export")
    api = json.loads(out)
    assert code == 0 and set(api["frameworks"]) == {"alpha", "beta"}
    assert api["support_levels"]["built-in"] == {"icon": "●", "words": "Built in", "score": 4}


def test_bad_data_stops_export_with_the_problem_list(capsys, data_root):
    path = data_root / "data/frameworks/beta.yaml"
    path.write_text(path.read_text().replace("id: beta", "id: bet"))
    try:
        main(["--root", str(data_root), "export"])
    except SystemExit as stop:
        assert stop.code == 1
    assert "1 problem in the data" in capsys.readouterr().err


def test_scaffold_with_a_package_fills_in_what_its_snapshot_knows(capsys, data_root, monkeypatch):
    """`scaffold <id> --package <name>` reads the index (here: recorded answers) and fills the file."""
    from pathlib import Path

    from test_index import BASE, Recorded

    from pywebcompare.evidence import refresh

    monkeypatch.setenv("PIP_INDEX_URL", BASE)
    monkeypatch.setattr(refresh, "http_fetch", Recorded())
    (data_root / "data/index").mkdir()
    code, out, err = run(capsys, data_root, "scaffold", "gamma", "--name", "Gamma", "--package", "Flask")
    assert code == 0, err
    created = yaml.safe_load((data_root / "data/frameworks/gamma.yaml").read_text())
    snap = yaml.safe_load((data_root / "data/index/gamma.yaml").read_text())
    first = min(r["uploaded"] for r in snap["releases"])
    assert created["package"]["name"] == "Flask" and snap["package"] == "Flask"
    assert created["facts"]["first_release"]["value"] == int(first[:4])  # the first upload's year
    assert "python" not in created["package"]  # Flask 1.1.4 runs on 3.11: nothing to pin
    text = (data_root / "data/frameworks/gamma.yaml").read_text()
    assert "required by its latest release: " + snap["metadata"]["requires_dist"][0] in text
    assert Path(data_root / "data/frameworks/gamma.yaml").exists()
