"""Task `hello`: GET / answers 200 with exactly `Hello, World!` as text/plain."""

import requests

TASK = "hello"


def test_hello(example):
    r = requests.get(example.url + "/", timeout=10)
    assert r.status_code == 200
    assert r.text == "Hello, World!"
    assert r.headers["Content-Type"].split(";")[0].strip() == "text/plain"
