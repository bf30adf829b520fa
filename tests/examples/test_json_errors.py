"""Task `json-errors`: JSON bodies for an unknown route (404) and an unhandled exception (500)."""

import requests

TASK = "json-errors"


def test_not_found(example):
    r = requests.get(example.url + "/nope", timeout=10)
    assert r.status_code == 404
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.json() == {"error": "not found"}


def test_internal_error(example):
    r = requests.get(example.url + "/boom", timeout=10)
    assert r.status_code == 500
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.json() == {"error": "internal error"}
    assert "Traceback" not in r.text and "RuntimeError" not in r.text
