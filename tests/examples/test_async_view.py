"""Task `async-view`: an `async def` handler that awaits before answering."""

import requests

TASK = "async-view"


def test_async_handler(example):
    assert "async def" in example.file.read_text()
    r = requests.get(example.url + "/async", timeout=10)
    assert r.status_code == 200
    assert r.json() == {"async": True}
