"""The five speed endpoints with no framework, for the bare baselines that are not WSGI or ASGI
(RSGI on Granian, aiohttp's low-level server, Tornado's HTTPServer): one plain function each calls."""

import json
from html import escape
from urllib.parse import parse_qs, unquote

PAGE = "<!doctype html>\n<html><head><title>Hello</title></head><body><h1>Hello, {}!</h1></body></html>\n"
USER = {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"}
TEXT, JSON, HTML = "text/plain; charset=utf-8", "application/json", "text/html; charset=utf-8"


def _json(status, value):
    return status, json.dumps(value), JSON


def _items(query, raw_id):
    q = parse_qs(query)
    try:
        item_id, limit = int(raw_id), int(q.get("limit", ["10"])[0])
    except ValueError:
        return _json(422, {"detail": "item_id and limit must be integers"})
    return _json(200, {"item_id": item_id, "q": q.get("q", [None])[0], "limit": limit})


def _create(raw):
    try:
        body = json.loads(raw)
    except ValueError:
        return _json(400, {"detail": "body is not JSON"})
    errors = []
    if not isinstance(body, dict) or not isinstance(body.get("name"), str):
        errors.append("name: a string is required")
    price = body.get("price") if isinstance(body, dict) else None
    if isinstance(price, bool) or not isinstance(price, int | float) or price <= 0:
        errors.append("price: a number greater than 0 is required")
    if errors:
        return _json(422, {"detail": errors})
    return _json(201, {"name": body["name"], "price": float(price)})


def answer(method: str, path: str, query: str, body: bytes = b"") -> tuple[int, str, str]:
    """(status, body text, content type) for one request; `path` may still be percent-encoded."""
    if path == "/" and method == "GET":
        return 200, "Hello, World!", TEXT
    if path == "/users/1" and method == "GET":
        return _json(200, USER)
    if path.startswith("/items/") and method == "GET":
        return _items(query, path[len("/items/") :])
    if path == "/items" and method == "POST":
        return _create(body)
    if path.startswith("/hello/") and method == "GET":
        return 200, PAGE.format(escape(unquote(path[len("/hello/") :]))), HTML
    return _json(404, {"detail": "not found"})
