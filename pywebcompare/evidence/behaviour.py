"""The behaviour probes: what each framework answers when a request goes wrong.

Each probe is one HTTP/1.1 exchange over a real socket on 127.0.0.1 with the app of
examples/behaviour/<id>.py (its contract: examples/behaviour/README.md). What is kept of an answer:
the status, the headers in KEPT_HEADERS, and the first BODY_LIMIT bytes of the body, decoded as UTF-8
(bad bytes replaced) and then normalised (`normalise`), so two runs of the same release give the same
text. `body-too-large` sends BIG_BODY bytes, 16 MiB, never more. Running the apps and writing
data/behaviour/<id>.yaml is observe.py.
"""

from __future__ import annotations

import ast
import http.client
import json
import re
import socket
from dataclasses import dataclass
from pathlib import Path

KEPT_HEADERS = ("Allow", "Location", "Content-Type", "Content-Length")
BODY_LIMIT = 2048  # bytes of a body kept (2 KiB)
BIG_BODY = 16 * 1024 * 1024  # bytes sent by body-too-large (16 MiB): the one probe's bound
CHUNK = 64 * 1024
AGENT = "pywebcompare-behaviour"
JSON = (("Content-Type", "application/json"),)
ITEM = b'{"name": "pen", "price": 1.5}'


@dataclass(frozen=True)
class Probe:
    id: str
    title: str  # what it asks, as a reader would
    method: str
    path: str
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    big: bool = False  # body-too-large: BIG_BODY bytes of JSON instead of `body`

    def payload(self) -> bytes | None:
        if not self.big:
            return self.body
        head, tail = b'{"name": "', b'", "price": 1.5}'
        return head + b"x" * (BIG_BODY - len(head) - len(tail)) + tail

    def shown_body(self) -> str | None:
        """The body as pages and the API show it (the big one described, not written out)."""
        if self.big:
            return f'{{"name": "xxx…", "price": 1.5}} ({BIG_BODY:,} bytes, 16 MiB)'
        return self.body.decode() if self.body is not None else None

    def header_lines(self, port: int | str) -> list[tuple[str, str]]:
        """Every header sent, in order: the same few on every probe, then the probe's own."""
        body = self.payload()
        length = [("Content-Length", str(len(body)))] if body is not None else []
        common = [("Host", f"127.0.0.1:{port}"), ("User-Agent", AGENT), ("Accept", "*/*"), ("Connection", "close")]
        return common + list(self.headers) + length

    def request(self) -> dict:
        """The request as pages and the API show it (the port as PORT, as in the records)."""
        headers = dict(self.header_lines("PORT"))
        return {"method": self.method, "path": self.path, "headers": headers, "body": self.shown_body()}


PROBES = (
    Probe(
        "invalid-body",
        "JSON body that fails validation (price -1)",
        "POST",
        "/items",
        JSON,
        b'{"name": "pen", "price": -1}',
    ),
    Probe("malformed-json", "Body that is not valid JSON", "POST", "/items", JSON, b'{"name": "pen",'),
    Probe("path-int-text", "Integer path parameter given text", "GET", "/items/abc"),
    Probe("path-int-negative", "Integer path parameter given -1", "GET", "/items/-1"),
    Probe("missing-trailing-slash", "Route declared with a trailing slash, asked without", "GET", "/slash"),
    Probe("extra-trailing-slash", "Route declared without a trailing slash, asked with one", "GET", "/noslash/"),
    Probe("wrong-method", "DELETE on a GET-only route (Method Not Allowed?)", "DELETE", "/get-only"),
    Probe("head-on-get", "HEAD on a GET-only route", "HEAD", "/get-only"),
    Probe("options-on-get", "OPTIONS on a GET-only route", "OPTIONS", "/get-only"),
    Probe("unknown-route", "A path no route matches", "GET", "/no-such-route"),
    Probe("default-post-status", "Status of a POST handler that sets none", "POST", "/items", JSON, ITEM),
    Probe("default-delete-status", "Status of a DELETE handler that sets none", "DELETE", "/items/3"),
    Probe("unhandled-exception", "A handler raises an exception nobody handles", "GET", "/boom"),
    Probe("query-int-text", "Integer query parameter given text", "GET", "/search?limit=abc"),
    Probe("missing-query-param", "Required query parameter left out", "GET", "/search"),
    Probe(
        "unsupported-media-type", "JSON sent as text/plain", "POST", "/items", (("Content-Type", "text/plain"),), ITEM
    ),
    Probe("response-model-mismatch", "Handler returns a value its response model forbids", "GET", "/bad-model"),
    Probe("body-too-large", "A 16 MiB JSON body", "POST", "/items", JSON, big=True),
    Probe(
        "cors-preflight-unconfigured",
        "CORS preflight with no CORS set up",
        "OPTIONS",
        "/get-only",
        (("Origin", "https://example.org"), ("Access-Control-Request-Method", "GET")),
    ),
    Probe("json-content-type", "Content-Type of a JSON answer", "GET", "/get-only"),
)
BY_ID = {p.id: p for p in PROBES}

# The contract's happy paths, checked before any probe: (request, wanted status class or code, wanted JSON).
HAPPY = (
    (Probe("happy-post", "", "POST", "/items", JSON, ITEM), 2, {"name": "pen", "price": 1.5}),
    (Probe("happy-item", "", "GET", "/items/3"), 200, {"item_id": 3}),
    (Probe("happy-delete", "", "DELETE", "/items/3"), 2, None),
    (Probe("happy-slash", "", "GET", "/slash/"), 200, {"route": "slash"}),
    (Probe("happy-noslash", "", "GET", "/noslash"), 200, {"route": "noslash"}),
    (Probe("happy-get-only", "", "GET", "/get-only"), 200, {"ok": True}),
    (Probe("happy-search", "", "GET", "/search?limit=5"), 200, {"limit": 5}),
)


# --- one exchange --------------------------------------------------------------------------------


def exchange(port: int, probe: Probe, timeout: float = 30.0) -> dict:
    """Send the probe's request on a fresh connection and read the answer: status, kept headers
    (raw), the first BODY_LIMIT bytes and whether there were more; or {"error": why} when no answer came.
    A server may answer before it has read a big body and stop reading: sending then stops, and the
    answer is read all the same."""
    body = probe.payload()
    lines = [f"{probe.method} {probe.path} HTTP/1.1", *(f"{k}: {v}" for k, v in probe.header_lines(port))]
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    except OSError as err:
        return {"error": f"no connection: {err.strerror or err}"}
    with sock:
        try:
            sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
            view = memoryview(body or b"")
            for start in range(0, len(view), CHUNK):
                sock.sendall(view[start : start + CHUNK])
        except OSError:
            pass  # the server stopped reading (an early 413, say): its answer may be waiting
        answer = http.client.HTTPResponse(sock, method=probe.method)
        try:
            answer.begin()
            data = answer.read(BODY_LIMIT + 1)
        except (OSError, http.client.HTTPException) as err:
            return {"error": f"no answer: {type(err).__name__}"}
        headers = {name: answer.getheader(name) for name in KEPT_HEADERS if answer.getheader(name) is not None}
        return {"status": answer.status, "headers": headers, "body": data[:BODY_LIMIT], "more": len(data) > BODY_LIMIT}


# --- what is kept ------------------------------------------------------------------------------------

# The normalising rule, in order: the port after 127.0.0.1: or localhost: becomes PORT; ISO 8601
# date-times and HTTP dates become <date>; UUIDs become <uuid>; hexadecimal addresses (0x and 8 or more
# hex digits) become 0x<addr>. The methods of an Allow header are sorted (some frameworks list them in
# the order of a set, which changes from run to run). Nothing else is touched.
VOLATILE = (
    (re.compile(r"\b(127\.0\.0\.1|localhost):\d{1,5}\b"), r"\1:PORT"),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?"), "<date>"),
    (re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT"), "<date>"),
    (re.compile(r"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b"), "<uuid>"),
    (re.compile(r"\b0x[0-9a-fA-F]{8,}\b"), "0x<addr>"),
)


def normalise(text: str) -> str:
    for pattern, replacement in VOLATILE:
        text = pattern.sub(replacement, text)
    return text


def content_type(headers: dict) -> str | None:
    """The media type alone (`application/json`), lower case, for the table's short label."""
    value = headers.get("Content-Type")
    return value.split(";")[0].strip().lower() if value else None


def result(raw: dict) -> dict:
    """What data/behaviour/<id>.yaml keeps of one exchange."""
    if "error" in raw:
        return {"error": raw["error"]}
    text = normalise(raw["body"].decode("utf-8", errors="replace"))
    headers = {k: normalise(v) for k, v in raw["headers"].items()}
    if "Allow" in headers:
        headers["Allow"] = ", ".join(sorted(m.strip() for m in headers["Allow"].split(",")))
    out = {"status": raw["status"], "headers": headers, "body": text}
    if raw["more"]:
        out["truncated"] = True
    return out


def happy_problems(port: int, timeout: float = 30.0) -> list[str]:
    """Each contract route whose happy-path answer is wrong, with what came back."""
    wrong = []
    for probe, status, wanted in HAPPY:
        raw = exchange(port, probe, timeout)
        where = f"{probe.method} {probe.path}"
        if "error" in raw:
            wrong.append(f"{where}: {raw['error']}")
            continue
        ok = raw["status"] // 100 == status if status < 10 else raw["status"] == status
        if not ok:
            wrong.append(f"{where}: status {raw['status']}, expected {status if status > 9 else f'{status}xx'}")
        elif wanted is not None:
            try:
                got = json.loads(raw["body"])
            except ValueError:
                got = raw["body"][:80]
            if got != wanted:
                wrong.append(f"{where}: body {got!r}, expected {wanted!r}")
    return wrong


def app_literals(path: Path) -> tuple[dict, dict]:
    """The app file's NOTES and NOT_APPLICABLE dicts (probe id -> sentence), read without importing it."""
    found = {"NOTES": {}, "NOT_APPLICABLE": {}}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if node.targets[0].id in found:
                found[node.targets[0].id] = ast.literal_eval(node.value)
    unknown = [k for d in found.values() for k in d if k not in BY_ID]
    if unknown:
        raise ValueError(f"{path.name}: unknown probe id(s) {', '.join(unknown)} in NOTES or NOT_APPLICABLE")
    return found["NOTES"], found["NOT_APPLICABLE"]


# --- what the dataset holds ----------------------------------------------------------------------


def collected(records: dict[str, dict]) -> dict | None:
    """The probes and every framework's record (data/behaviour/<id>.yaml, already validated), for the
    site; None when nothing was collected yet."""
    if not records:
        return None
    probes = [{"id": p.id, "title": p.title, "request": p.request()} for p in PROBES]
    return {"probes": probes, "records": dict(sorted(records.items()))}
