"""Task `serialization`: a response shaped from an internal object that holds a secret it never shows."""

import requests

TASK = "serialization"


def test_user_shaped(example):
    r = requests.get(example.url + "/users/1", timeout=10)
    assert r.status_code == 200
    assert r.json() == {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"}
    assert "password" not in r.text


def test_unknown_user(example):
    assert requests.get(example.url + "/users/2", timeout=10).status_code == 404
