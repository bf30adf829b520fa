# Behaviour app: what py4web itself answers when a request goes wrong (contract in README.md beside it).
__name__ = "apps.behaviour"  # py4web imports apps as packages named apps.<app>, so this file takes such a name

from py4web import HTTP, action, request
from py4web.core import bottle

NOTES = {
    "invalid-body": "py4web has no request body validation: the app checks the fields by hand and raises HTTP(400).",
    "malformed-json": "The app reads request.json, ombott's parsed JSON body.",
    "query-int-text": "py4web has no typed query parameters: the app calls int() on request.query['limit'], which raises ValueError.",
    "missing-query-param": "request.query['limit'] raises KeyError.",
    "unsupported-media-type": "request.json is None unless the Content-Type is JSON, so the hand check fails and the app raises HTTP(400).",
    "default-delete-status": "The action returns None, which py4web sends as an empty body.",
}
NOT_APPLICABLE = {"response-model-mismatch": "py4web has no response models: an action returns any dict or string."}


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@action("/items", method="POST")
def create_item():
    data = request.json
    if not valid(data):
        raise HTTP(400)
    return {"name": data["name"], "price": data["price"]}


@action("/items/<item_id:int>", method="GET")
def read_item(item_id):
    return {"item_id": item_id}


@action("/items/<item_id:int>", method="DELETE")
def delete_item(item_id):
    return None


@action("/slash/", method="GET")
def slash():
    return {"route": "slash"}


@action("/noslash", method="GET")
def noslash():
    return {"route": "noslash"}


@action("/get-only", method="GET")
def get_only():
    return {"ok": True}


@action("/boom", method="GET")
def boom():
    raise RuntimeError("boom")


@action("/search", method="GET")
def search():
    return {"limit": int(request.query["limit"])}


app = bottle.default_app()  # the WSGI app that py4web.core.wsgi() returns
