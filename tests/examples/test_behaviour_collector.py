"""The behaviour collector really run: a tiny raw ASGI app (no framework) served by Uvicorn through
examples/serve.py, every probe sent over a socket, the document checked against what that app does.
Uvicorn comes from an examples environment that has it (Starlette's)."""

from __future__ import annotations

import pytest
from harness import ROOT  # noqa: F401  (puts the project on sys.path)

from pywebcompare.evidence import behaviour, observe, runner

RAW_APP = """
import json

NOT_APPLICABLE = {"response-model-mismatch": "A raw ASGI app has no response models."}
NOTES = {"invalid-body": "Checked by hand."}
ROUTES = {"/slash/": {"route": "slash"}, "/noslash": {"route": "noslash"}, "/get-only": {"ok": True}}


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    method, path, query = scope["method"], scope["path"], scope["query_string"].decode()

    async def answer(status, data=None, headers=()):
        raw = json.dumps(data).encode() if data is not None else b""
        head = [(b"content-type", b"application/json")] if data is not None else []
        await send({"type": "http.response.start", "status": status, "headers": head + list(headers)})
        await send({"type": "http.response.body", "body": raw})

    if path == "/items" and method == "POST":
        item = json.loads(body or b"null")
        return await answer(200 if isinstance(item, dict) and item.get("price", 0) > 0 else 400, item)
    if path.startswith("/items/") and path[7:].isdigit():
        return await answer(200, {"item_id": int(path[7:])}) if method == "GET" else await answer(204)
    if path in ROUTES:
        if method != "GET":
            return await answer(405, {"detail": "no"}, [(b"allow", b"GET")])
        return await answer(200, ROUTES[path])
    if path == "/search":
        return await answer(200, {"limit": int(query.removeprefix("limit="))})
    if path == "/boom":
        raise RuntimeError("boom at 0x7f3a2b1c4d50")
    return await answer(404, {"detail": f"not found, on 127.0.0.1:{scope['server'][1]}"})
"""


@pytest.fixture(scope="module")
def python():
    python = runner.venv_python("starlette", ROOT)
    if not python.exists():
        pytest.fail(f"no environment at {python}; run `python3 dev.py examples` to create it")
    return python


def test_collector_runs_every_probe_on_a_raw_asgi_app_and_a_second_run_is_identical(tmp_path, python):
    file = tmp_path / "raw.py"
    file.write_text(RAW_APP)
    first = observe.observe(file, python, "uvicorn", "uvicorn")
    results = first["results"]
    assert list(results) == [p.id for p in behaviour.PROBES]
    assert first["server"] == "uvicorn" and first["python"].startswith("3.") and first["version"] != "?"
    assert results["response-model-mismatch"] == {"not_applicable": "A raw ASGI app has no response models."}
    assert results["invalid-body"]["status"] == 400 and results["invalid-body"]["note"] == "Checked by hand."
    assert results["wrong-method"]["status"] == 405 and results["wrong-method"]["headers"]["Allow"] == "GET"
    assert results["unhandled-exception"]["status"] == 500  # Uvicorn's own answer to the exception
    assert results["default-delete-status"]["status"] == 204
    assert results["default-post-status"]["body"] == '{"name": "pen", "price": 1.5}'
    assert results["json-content-type"]["headers"]["Content-Type"] == "application/json"
    unknown = results["unknown-route"]
    assert unknown["status"] == 404 and unknown["body"] == '{"detail": "not found, on 127.0.0.1:PORT"}'
    assert results["body-too-large"]["status"] == 200 and results["body-too-large"]["truncated"] is True
    assert results["head-on-get"]["status"] == 405
    second = observe.observe(file, python, "uvicorn", "uvicorn")
    assert second == first
    path = tmp_path / "out" / "raw.yaml"
    assert observe.write(path, "raw", first) and not observe.write(path, "raw", second)


def test_collector_refuses_an_app_that_breaks_the_contract(tmp_path, python):
    file = tmp_path / "raw.py"
    file.write_text(RAW_APP.replace('{"route": "slash"}', '{"route": "other"}'))
    with pytest.raises(RuntimeError, match=r"GET /slash/: body \{'route': 'other'\}"):
        observe.observe(file, python, "uvicorn", "uvicorn")
