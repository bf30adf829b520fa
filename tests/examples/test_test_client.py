"""Task `test-client`: the example's own test, written with the framework's test client, passes."""

import requests

TASK = "test-client"


def test_served(example):
    r = requests.get(example.url + "/", timeout=10)
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


def test_own_test_passes(example, tmp_path):
    assert "def test_status(" in example.file.read_text()
    result = example.run_in_env(
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--import-mode=importlib",
        f"--rootdir={tmp_path}",
        str(example.file),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-1000:]
    assert "1 passed" in result.stdout
