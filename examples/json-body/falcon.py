# A JSON body validated against a JSON Schema by Falcon's jsonschema decorator.
import falcon
from falcon.media.validators import jsonschema

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
        resp.status = falcon.HTTP_201
        resp.media = {"name": item["name"], "price": item["price"]}


def validation_error(req, resp, ex, params):
    # jsonschema's message does not always name the field; add where the error was found.
    error = ex.to_dict()
    error["field"] = ex.__cause__.json_path if ex.__cause__ else None
    resp.status = ex.status
    resp.media = error


app = falcon.App()
app.add_route("/items", ItemsResource())
app.add_error_handler(falcon.MediaValidationError, validation_error)
