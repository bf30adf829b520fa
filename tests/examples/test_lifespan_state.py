"""Task `lifespan-state`: startup code puts a value in app state before the first request."""

import requests

TASK = "lifespan-state"


def test_state_set_at_startup(example):
    r = requests.get(example.url + "/state", timeout=10)
    assert r.status_code == 200
    assert r.json() == {"started": True, "greeting": "hi"}
