"""Task `path-query`: a typed int path parameter, an optional str query parameter and an int one with a default."""

import requests

TASK = "path-query"


def get(example, path):
    return requests.get(example.url + path, timeout=10)


def test_typed_values(example):
    r = get(example, "/items/42?q=abc")
    assert r.status_code == 200
    assert r.json() == {"item_id": 42, "q": "abc", "limit": 10}


def test_limit_given(example):
    assert get(example, "/items/42?q=abc&limit=5").json() == {"item_id": 42, "q": "abc", "limit": 5}


def test_q_missing_is_null(example):
    assert get(example, "/items/7").json() == {"item_id": 7, "q": None, "limit": 10}


def test_path_not_an_int(example):
    assert get(example, "/items/abc").status_code in (400, 404, 422)


def test_limit_not_an_int(example):
    assert get(example, "/items/42?limit=x").status_code in (400, 422)
