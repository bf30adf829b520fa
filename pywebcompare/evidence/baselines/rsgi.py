"""Bare RSGI baseline: Granian's own interface with no framework (answers.py does the work)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from answers import answer  # noqa: E402


async def app(scope, protocol):
    if scope.proto != "http":
        return
    body = await protocol() if scope.method == "POST" else b""
    status, text, content_type = answer(scope.method, scope.path, scope.query_string, body)
    protocol.response_str(status, [("content-type", content_type)], text)
