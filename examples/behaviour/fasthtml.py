# Behaviour app: what FastHTML itself answers when a request goes wrong (contract in README.md beside it).
from fasthtml.common import HTTPException, fast_app, serve

NOTES = {
    "invalid-body": "FastHTML has no body validation: a handler parameter typed dict receives the parsed body, the app checks the fields by hand and raises HTTPException(400).",
    "unsupported-media-type": "A body that is not JSON is parsed as form data, so the dict lacks name and price and the app's check answers 400.",
    "query-int-text": "A failed cast of a typed handler parameter raises HTTPException(404), as FastHTML's docs say (a missing one is a 400); fast_app's default 404 handler then replaces the detail with '404 Not Found'.",
    "unknown-route": "fast_app installs a default 404 handler that answers '404 Not Found' with no Content-Type header.",
    "default-delete-status": "The handler returns None, which FastHTML sends as an empty HTML response.",
}
NOT_APPLICABLE = {
    "response-model-mismatch": "FastHTML has no response models: a handler returns any value (FT components, text, a dict)."
}

app, rt = fast_app()


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@app.post("/items")
def create_item(data: dict):
    if not valid(data):
        raise HTTPException(400)
    return {"name": data["name"], "price": data["price"]}


@app.get("/items/{item_id:int}")
def read_item(item_id: int):
    return {"item_id": item_id}


@app.delete("/items/{item_id:int}")
def delete_item(item_id: int):
    return None


@app.get("/slash/")
def slash():
    return {"route": "slash"}


@app.get("/noslash")
def noslash():
    return {"route": "noslash"}


@app.get("/get-only")
def get_only():
    return {"ok": True}


@app.get("/boom")
def boom():
    raise RuntimeError("boom")


@app.get("/search")
def search(limit: int):
    return {"limit": limit}


serve()
