# Behaviour app: what Emmett itself answers when a request goes wrong (contract in README.md beside it).
from emmett import App, abort, request
from emmett.tools import service

NOTES = {
    "invalid-body": "Emmett validates forms and ORM fields but declares no route-level body validation: the app checks the fields by hand and calls abort(400).",
    "malformed-json": "request.body_params swallows the JSON parse error and gives an empty dict, so the 400 is the app's own check.",
    "unsupported-media-type": "request.body_params parses only JSON and form bodies: text/plain gives an empty dict, so the 400 is the app's own check.",
    "wrong-method": "Emmett's router matches on path and method together: a method the route lacks finds no route, so 404, not 405.",
    "head-on-get": "A route declared with methods='get' does not answer HEAD.",
    "query-int-text": "Emmett has no typed query parameters: the app calls int() on request.query_params.limit, which raises ValueError.",
    "missing-query-param": "request.query_params.limit is None when absent, so int() raises TypeError.",
    "default-delete-status": "The handler returns None through service.json, which writes null; without an output tool Emmett would look for a delete_item.html template and answer 404.",
    "missing-trailing-slash": "Emmett strips the trailing slash of every request path before matching, so a route declared '/slash/' answers 404 to both /slash and /slash/ (its routing docs say nothing of it); the app declares '/slash', which serves both.",
    "extra-trailing-slash": "Emmett strips the trailing slash of every request path before matching.",
}
NOT_APPLICABLE = {
    "response-model-mismatch": "Emmett has no response models: a route returns any value (service.json serialises it)."
}

app = App(__name__)


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@app.route("/items", methods="post")
@service.json
async def create_item():
    data = await request.body_params
    if not valid(data):
        abort(400)
    return {"name": data["name"], "price": data["price"]}


@app.route("/items/<int:item_id>", methods="get")
@service.json
async def read_item(item_id):
    return {"item_id": item_id}


@app.route("/items/<int:item_id>", methods="delete")
@service.json
async def delete_item(item_id):
    return None


@app.route("/slash", methods="get")  # "/slash/" could never match: see NOTES
@service.json
async def slash():
    return {"route": "slash"}


@app.route("/noslash", methods="get")
@service.json
async def noslash():
    return {"route": "noslash"}


@app.route("/get-only", methods="get")
@service.json
async def get_only():
    return {"ok": True}


@app.route("/boom", methods="get")
async def boom():
    raise RuntimeError("boom")


@app.route("/search", methods="get")
@service.json
async def search():
    return {"limit": int(request.query_params.limit)}
