"""Raw WSGI baseline: the five speed endpoints with no framework, the ceiling a WSGI framework can reach."""

import json
from html import escape
from urllib.parse import parse_qs, unquote

PAGE = "<!doctype html>\n<html><head><title>Hello</title></head><body><h1>Hello, {}!</h1></body></html>\n"
USER = {"id": 1, "name": "Ada Lovelace", "email": "ada@example.com"}


def reply(start_response, status, body, content_type):
    data = body.encode()
    start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(data)))])
    return [data]


def as_json(start_response, status, value):
    return reply(start_response, status, json.dumps(value), "application/json")


def items(environ, start_response, raw_id):
    query = parse_qs(environ.get("QUERY_STRING", ""))
    try:
        item_id, limit = int(raw_id), int(query.get("limit", ["10"])[0])
    except ValueError:
        return as_json(start_response, "422 Unprocessable Entity", {"detail": "item_id and limit must be integers"})
    return as_json(start_response, "200 OK", {"item_id": item_id, "q": query.get("q", [None])[0], "limit": limit})


def create_item(environ, start_response):
    size = int(environ.get("CONTENT_LENGTH") or 0)
    try:
        body = json.loads(environ["wsgi.input"].read(size))
    except ValueError:
        return as_json(start_response, "400 Bad Request", {"detail": "body is not JSON"})
    errors = []
    if not isinstance(body, dict) or not isinstance(body.get("name"), str):
        errors.append("name: a string is required")
    price = body.get("price") if isinstance(body, dict) else None
    if isinstance(price, bool) or not isinstance(price, int | float) or price <= 0:
        errors.append("price: a number greater than 0 is required")
    if errors:
        return as_json(start_response, "422 Unprocessable Entity", {"detail": errors})
    return as_json(start_response, "201 Created", {"name": body["name"], "price": float(price)})


def app(environ, start_response):
    method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO", "/")
    if path == "/" and method == "GET":
        return reply(start_response, "200 OK", "Hello, World!", "text/plain; charset=utf-8")
    if path == "/users/1" and method == "GET":
        return as_json(start_response, "200 OK", USER)
    if path.startswith("/items/") and method == "GET":
        return items(environ, start_response, path[len("/items/") :])
    if path == "/items" and method == "POST":
        return create_item(environ, start_response)
    if path.startswith("/hello/") and method == "GET":
        name = unquote(path[len("/hello/") :])
        return reply(start_response, "200 OK", PAGE.format(escape(name)), "text/html; charset=utf-8")
    return as_json(start_response, "404 Not Found", {"detail": "not found"})
