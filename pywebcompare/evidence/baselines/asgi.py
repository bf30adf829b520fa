"""Raw ASGI baseline: the five speed endpoints with no framework, the ceiling an ASGI framework can reach
(answers.py does the work, as for every bare app)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from answers import answer  # noqa: E402


async def read_body(receive):
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    method = scope["method"]
    raw = await read_body(receive) if method == "POST" else b""
    # ASGI paths arrive percent-decoded; raw_path keeps them as sent, as answer() expects
    path = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
    status, text, content_type = answer(method, path, scope["query_string"].decode("latin-1"), raw)
    body = text.encode()
    headers = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
