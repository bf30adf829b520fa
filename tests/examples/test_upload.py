"""Task `upload`: a multipart form upload in field `file`; the answer names the file and its size."""

import requests

TASK = "upload"


def test_upload(example):
    r = requests.post(example.url + "/upload", files={"file": ("a.txt", b"hello", "text/plain")}, timeout=10)
    assert r.status_code == 200
    assert r.json() == {"filename": "a.txt", "size": 5}
