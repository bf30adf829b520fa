# Behaviour app: what Microdot itself answers when a request goes wrong (contract in README.md beside it).
from microdot import abort
from microdot.asgi import Microdot

NOTES = {
    "invalid-body": "Microdot has no body validation: the app checks the fields by hand and calls abort(400).",
    "malformed-json": "request.json runs json.loads on the body, which raises on malformed JSON.",
    "unsupported-media-type": "request.json is None unless the Content-Type is application/json, so the hand check fails and the app calls abort(400).",
    "query-int-text": "Microdot has no typed query parameters: the app calls int() on request.args['limit'], which raises ValueError.",
    "missing-query-param": "request.args['limit'] raises KeyError.",
    "default-delete-status": "The handler returns None, which Microdot turns into an empty response.",
}
NOT_APPLICABLE = {"response-model-mismatch": "Microdot has no response models: a handler returns any value."}

app = Microdot()


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@app.post("/items")
async def create_item(request):
    data = request.json
    if not valid(data):
        abort(400)
    return {"name": data["name"], "price": data["price"]}


@app.get("/items/<int:item_id>")
async def read_item(request, item_id):
    return {"item_id": item_id}


@app.delete("/items/<int:item_id>")
async def delete_item(request, item_id):
    return None


@app.get("/slash/")
async def slash(request):
    return {"route": "slash"}


@app.get("/noslash")
async def noslash(request):
    return {"route": "noslash"}


@app.get("/get-only")
async def get_only(request):
    return {"ok": True}


@app.get("/boom")
async def boom(request):
    raise RuntimeError("boom")


@app.get("/search")
async def search(request):
    return {"limit": int(request.args["limit"])}
