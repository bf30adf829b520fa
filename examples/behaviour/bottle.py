# Behaviour app: what Bottle itself answers when a request goes wrong (contract in README.md beside it).
from bottle import Bottle, abort, request

NOTES = {
    "invalid-body": "Bottle has no body validation: the app checks the fields by hand and calls abort(400).",
    "unsupported-media-type": "request.json is None unless the Content-Type is JSON, so the hand check fails and the app calls abort(400).",
    "query-int-text": "Bottle has no typed query parameters: the app calls int() on request.query['limit'], which raises ValueError.",
    "missing-query-param": "request.query['limit'] raises KeyError.",
    "default-delete-status": "The handler returns None, which Bottle sends as an empty body.",
    "malformed-json": "request.json raises HTTPError(400) on invalid JSON, as its docstring says.",
    "body-too-large": "request.json reads only bodies up to MEMFILE_MAX (102,400 bytes by default).",
}
NOT_APPLICABLE = {"response-model-mismatch": "Bottle has no response models: a route may return any value."}

app = Bottle()


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@app.post("/items")
def create_item():
    data = request.json
    if not valid(data):
        abort(400)
    return {"name": data["name"], "price": data["price"]}


@app.get("/items/<item_id:int>")
def read_item(item_id):
    return {"item_id": item_id}


@app.delete("/items/<item_id:int>")
def delete_item(item_id):
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
def search():
    return {"limit": int(request.query["limit"])}
