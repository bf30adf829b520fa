"""Task `middleware-cors`: a timing header added by middleware, and CORS for one allowed origin."""

import requests

TASK = "middleware-cors"
ALLOWED = "https://example.org"


def test_timing_header(example):
    r = requests.get(example.url + "/", timeout=10)
    assert r.status_code == 200
    assert r.text == "Hello, World!"
    assert float(r.headers["X-Process-Time"]) >= 0


def test_preflight_allowed_origin(example):
    r = requests.options(
        example.url + "/", headers={"Origin": ALLOWED, "Access-Control-Request-Method": "GET"}, timeout=10
    )
    assert r.status_code in (200, 204)
    assert r.headers.get("Access-Control-Allow-Origin") == ALLOWED


def test_get_allowed_origin(example):
    r = requests.get(example.url + "/", headers={"Origin": ALLOWED}, timeout=10)
    assert r.headers.get("Access-Control-Allow-Origin") == ALLOWED


def test_other_origin_refused(example):
    r = requests.get(example.url + "/", headers={"Origin": "https://evil.example"}, timeout=10)
    assert "Access-Control-Allow-Origin" not in r.headers
    assert "X-Process-Time" in r.headers
