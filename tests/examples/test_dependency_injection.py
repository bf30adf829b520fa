"""Task `dependency-injection`: a resource handed to the handler per request and closed after it."""

import requests

TASK = "dependency-injection"


def test_resource_opened_and_closed(example):
    for _ in range(2):
        r = requests.get(example.url + "/resource", timeout=10)
        assert r.status_code == 200
        assert r.json() == {"resource": "open"}
    stats = requests.get(example.url + "/stats", timeout=10).json()
    assert set(stats) == {"opened", "closed"}
    assert stats["opened"] == stats["closed"] >= 2
