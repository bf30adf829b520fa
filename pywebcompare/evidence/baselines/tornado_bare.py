"""Bare Tornado baseline: a request callback on tornado.httpserver.HTTPServer, with no Application,
routing or RequestHandler; answers.py does the work."""

import sys
from pathlib import Path

from tornado.httputil import HTTPHeaders, ResponseStartLine

sys.path.insert(0, str(Path(__file__).parent))
from answers import answer  # noqa: E402

REASONS = {200: "OK", 201: "Created", 400: "Bad Request", 404: "Not Found", 422: "Unprocessable Entity"}


def app(request):
    status, text, content_type = answer(request.method, request.path, request.query, request.body)
    data = text.encode()
    headers = HTTPHeaders({"Content-Type": content_type, "Content-Length": str(len(data))})
    request.connection.write_headers(ResponseStartLine("HTTP/1.1", status, REASONS[status]), headers, data)
    request.connection.finish()
