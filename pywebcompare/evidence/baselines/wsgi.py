"""Raw WSGI baseline: the five speed endpoints with no framework, the ceiling a WSGI framework can reach
(answers.py does the work, as for every bare app)."""

import sys
from http import HTTPStatus
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from answers import answer  # noqa: E402


def app(environ, start_response):
    method = environ["REQUEST_METHOD"]
    raw = b""
    if method == "POST":
        raw = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    status, text, content_type = answer(method, environ.get("PATH_INFO", "/"), environ.get("QUERY_STRING", ""), raw)
    body = text.encode()
    start_response(
        f"{status} {HTTPStatus(status).phrase}",
        [("Content-Type", content_type), ("Content-Length", str(len(body)))],
    )
    return [body]
