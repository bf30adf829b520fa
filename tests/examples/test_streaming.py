"""Task `streaming`: a body produced by a generator and sent chunked, without Content-Length."""

import requests

TASK = "streaming"


def test_chunked_lines(example):
    with requests.get(example.url + "/stream", stream=True, timeout=10) as r:
        assert r.status_code == 200
        assert "Content-Length" not in r.headers
        assert r.headers.get("Transfer-Encoding") == "chunked"
        assert b"".join(r.iter_content(chunk_size=None)) == b"0\n1\n2\n3\n4\n"
