"""Task `auth-group`: a group of routes under /admin behind one bearer-token check; /public stays open."""

import requests

TASK = "auth-group"
TOKEN = {"Authorization": "Bearer secret-token"}


def get(example, path, headers=None):
    return requests.get(example.url + path, headers=headers or {}, timeout=10)


def test_no_token(example):
    assert get(example, "/admin/stats").status_code == 401


def test_wrong_token(example):
    assert get(example, "/admin/stats", {"Authorization": "Bearer nope"}).status_code == 401


def test_token(example):
    r = get(example, "/admin/stats", TOKEN)
    assert r.status_code == 200
    assert r.json() == {"admin": True}


def test_public_open(example):
    assert get(example, "/public").status_code == 200
