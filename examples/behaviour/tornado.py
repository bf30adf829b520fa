# Behaviour app: what Tornado itself answers when a request goes wrong (contract in README.md beside it).
import json

from tornado.web import Application, HTTPError, RequestHandler

NOTES = {
    "invalid-body": "Tornado has no body validation: the app checks the fields by hand and raises HTTPError(400).",
    "malformed-json": "Tornado does not parse JSON bodies: the app calls json.loads(self.request.body), which raises on malformed JSON.",
    "unsupported-media-type": "Tornado does not look at Content-Type for self.request.body: the app parses it as JSON anyway.",
    "path-int-text": r"Tornado routes are regular expressions with no integer converter: the route is /items/([0-9]+) and the handler calls int().",
    "query-int-text": "Tornado has no typed query parameters: the app calls int() on self.get_argument('limit'), which raises ValueError.",
    "missing-query-param": "self.get_argument('limit') with no default raises MissingArgumentError, an HTTPError(400).",
    "default-post-status": "A handler writes its response with self.write(dict), which Tornado sends as JSON.",
    "default-delete-status": "The delete method writes nothing: Tornado finishes the response itself.",
    "head-on-get": "The handler defines only get(): Tornado adds no HEAD or OPTIONS method.",
}
NOT_APPLICABLE = {
    "response-model-mismatch": "Tornado has no response models: a handler writes any bytes, string or dict."
}


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


class ItemsHandler(RequestHandler):
    def post(self):
        data = json.loads(self.request.body)
        if not valid(data):
            raise HTTPError(400)
        self.write({"name": data["name"], "price": data["price"]})


class ItemHandler(RequestHandler):
    def get(self, item_id):
        self.write({"item_id": int(item_id)})

    def delete(self, item_id):
        pass


class SlashHandler(RequestHandler):
    def get(self):
        self.write({"route": "slash"})


class NoSlashHandler(RequestHandler):
    def get(self):
        self.write({"route": "noslash"})


class GetOnlyHandler(RequestHandler):
    def get(self):
        self.write({"ok": True})


class BoomHandler(RequestHandler):
    def get(self):
        raise RuntimeError("boom")


class SearchHandler(RequestHandler):
    def get(self):
        self.write({"limit": int(self.get_argument("limit"))})


app = Application(
    [
        (r"/items", ItemsHandler),
        (r"/items/([0-9]+)", ItemHandler),
        (r"/slash/", SlashHandler),
        (r"/noslash", NoSlashHandler),
        (r"/get-only", GetOnlyHandler),
        (r"/boom", BoomHandler),
        (r"/search", SearchHandler),
    ]
)
