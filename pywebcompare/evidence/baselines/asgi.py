"""Raw ASGI baseline: the five speed endpoints with no framework, the ceiling an ASGI framework can reach."""

import json
from html import escape
from urllib.parse import parse_qs

PAGE = "<!doctype html>\n<html><head><title>Hello</title></head><body><h1>Hello, {}!</h1></body></html>\n"
USER = {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"}


def as_json(status, value):
    return status, json.dumps(value), b"application/json"


def items(scope, raw_id):
    query = parse_qs(scope["query_string"].decode("latin-1"))
    try:
        item_id, limit = int(raw_id), int(query.get("limit", ["10"])[0])
    except ValueError:
        return as_json(422, {"detail": "item_id and limit must be integers"})
    return as_json(200, {"item_id": item_id, "q": query.get("q", [None])[0], "limit": limit})


def create_item(raw):
    try:
        body = json.loads(raw)
    except ValueError:
        return as_json(400, {"detail": "body is not JSON"})
    errors = []
    if not isinstance(body, dict) or not isinstance(body.get("name"), str):
        errors.append("name: a string is required")
    price = body.get("price") if isinstance(body, dict) else None
    if isinstance(price, bool) or not isinstance(price, int | float) or price <= 0:
        errors.append("price: a number greater than 0 is required")
    if errors:
        return as_json(422, {"detail": errors})
    return as_json(201, {"name": body["name"], "price": float(price)})


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
    method, path = scope["method"], scope["path"]
    if path == "/" and method == "GET":
        status, text, content_type = 200, "Hello, World!", b"text/plain; charset=utf-8"
    elif path == "/users/1" and method == "GET":
        status, text, content_type = as_json(200, USER)
    elif path.startswith("/items/") and method == "GET":
        status, text, content_type = items(scope, path[len("/items/") :])
    elif path == "/items" and method == "POST":
        status, text, content_type = create_item(await read_body(receive))
    elif path.startswith("/hello/") and method == "GET":
        name = path[len("/hello/") :]  # ASGI paths arrive percent-decoded
        status, text, content_type = 200, PAGE.format(escape(name)), b"text/html; charset=utf-8"
    else:
        status, text, content_type = as_json(404, {"detail": "not found"})
    body = text.encode()
    headers = [(b"content-type", content_type), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
