# Behaviour app: what Flask itself answers when a request goes wrong (contract in README.md beside it).
from flask import Flask, abort, request

NOTES = {
    "invalid-body": "Flask has no body validation: the app checks the fields by hand and calls abort(400).",
    "query-int-text": "Flask has no typed query parameters: the app calls int() on request.args['limit'], which raises ValueError.",
    "missing-query-param": "request.args['limit'] raises BadRequestKeyError, which Flask answers as 400 Bad Request.",
    "default-delete-status": "A Flask view must return a response: the app returns an empty string.",
}
NOT_APPLICABLE = {"response-model-mismatch": "Flask has no response models: a view may return any value."}

app = Flask(__name__)


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@app.post("/items")
def create_item():
    data = request.get_json()
    if not valid(data):
        abort(400)
    return {"name": data["name"], "price": data["price"]}


@app.get("/items/<int:item_id>")
def read_item(item_id):
    return {"item_id": item_id}


@app.delete("/items/<int:item_id>")
def delete_item(item_id):
    return ""


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
    return {"limit": int(request.args["limit"])}
