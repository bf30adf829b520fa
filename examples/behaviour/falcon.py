# Behaviour app: what Falcon itself answers when a request goes wrong (contract in README.md beside it).
import falcon
from falcon.media.validators import jsonschema

NOTES = {
    "invalid-body": "Validated with Falcon's own jsonschema.validate(req_schema=...) decorator against a JSON Schema.",
    "response-model-mismatch": "Falcon's response model is jsonschema.validate(resp_schema=...), which checks resp.media after the responder.",
    "default-delete-status": "The on_delete responder sets nothing: Falcon answers with its default status.",
}

ITEM_SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "price": {"type": "number", "exclusiveMinimum": 0},
    },
    "required": ["name", "price"],
}


class ItemsResource:
    @jsonschema.validate(req_schema=ITEM_SCHEMA)
    def on_post(self, req, resp):
        item = req.get_media()
        resp.media = {"name": item["name"], "price": item["price"]}


class ItemResource:
    def on_get(self, req, resp, item_id):
        resp.media = {"item_id": item_id}

    def on_delete(self, req, resp, item_id):
        pass


class SlashResource:
    def on_get(self, req, resp):
        resp.media = {"route": "slash"}


class NoSlashResource:
    def on_get(self, req, resp):
        resp.media = {"route": "noslash"}


class GetOnlyResource:
    def on_get(self, req, resp):
        resp.media = {"ok": True}


class BoomResource:
    def on_get(self, req, resp):
        raise RuntimeError("boom")


class SearchResource:
    def on_get(self, req, resp):
        resp.media = {"limit": req.get_param_as_int("limit", required=True)}


class BadModelResource:
    @jsonschema.validate(resp_schema=ITEM_SCHEMA)
    def on_get(self, req, resp):
        resp.media = {"name": "pen"}


app = falcon.App()
app.add_route("/items", ItemsResource())
app.add_route("/items/{item_id:int}", ItemResource())
app.add_route("/slash/", SlashResource())
app.add_route("/noslash", NoSlashResource())
app.add_route("/get-only", GetOnlyResource())
app.add_route("/boom", BoomResource())
app.add_route("/search", SearchResource())
app.add_route("/bad-model", BadModelResource())
