"""Bare aiohttp baseline: a handler on aiohttp's low-level server (web.Server), with no Application,
router or middleware; answers.py does the work."""

import sys
from pathlib import Path

from aiohttp import web

sys.path.insert(0, str(Path(__file__).parent))
from answers import answer  # noqa: E402


async def app(request):
    body = await request.read() if request.method == "POST" else b""
    status, text, content_type = answer(request.method, request.raw_path.split("?")[0], request.query_string, body)
    return web.Response(status=status, text=text, content_type=content_type.split(";")[0], charset="utf-8")
