# Behaviour app: what Connexion itself answers when a request goes wrong (contract in README.md beside it).
from connexion import AsyncApp
from connexion.resolver import RelativeResolver

NOTES = {
    "response-model-mismatch": "The OpenAPI document declares the response schema, but Connexion checks responses only with validate_responses=True, off by default (its docs cite the cost), so the value goes out unchecked.",
    "default-delete-status": "Connexion infers the status from the returned value: None gives 204 and anything else 200; the document's declared responses do not pick it.",
    "path-int-text": "An integer path parameter becomes a routing convertor ([+-]?[0-9]+), so text matches no route: 404, not a 400 validation problem.",
    "path-int-negative": "The integer convertor admits a sign, so -1 is accepted.",
    "invalid-body": "Body validation against the document's JSON Schema answers 400, not 422.",
}

ITEM = {
    "type": "object",
    "required": ["name", "price"],
    "properties": {
        "name": {"type": "string"},
        "price": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
    },
}
ITEM_ID = {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}}


def json_answer(description, schema=None):
    return {"description": description, "content": {"application/json": {"schema": schema or {"type": "object"}}}}


SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Behaviour", "version": "1.0"},
    "paths": {
        "/items": {
            "post": {
                "operationId": "create_item",
                "requestBody": {"required": True, "content": {"application/json": {"schema": ITEM}}},
                "responses": {"200": json_answer("The item", ITEM)},
            }
        },
        "/items/{item_id}": {
            "get": {
                "operationId": "read_item",
                "parameters": [ITEM_ID],
                "responses": {"200": json_answer("The item id")},
            },
            "delete": {
                "operationId": "delete_item",
                "parameters": [ITEM_ID],
                "responses": {"204": {"description": "Deleted"}},
            },
        },
        "/slash/": {"get": {"operationId": "slash", "responses": {"200": json_answer("The route")}}},
        "/noslash": {"get": {"operationId": "noslash", "responses": {"200": json_answer("The route")}}},
        "/get-only": {"get": {"operationId": "get_only", "responses": {"200": json_answer("OK")}}},
        "/boom": {"get": {"operationId": "boom", "responses": {"200": json_answer("Never")}}},
        "/search": {
            "get": {
                "operationId": "search",
                "parameters": [{"name": "limit", "in": "query", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": json_answer("The limit")},
            }
        },
        "/bad-model": {"get": {"operationId": "bad_model", "responses": {"200": json_answer("An item", ITEM)}}},
    },
}


def create_item(body):
    return {"name": body["name"], "price": body["price"]}


def read_item(item_id):
    return {"item_id": item_id}


def delete_item(item_id):
    return None


def slash():
    return {"route": "slash"}


def noslash():
    return {"route": "noslash"}


def get_only():
    return {"ok": True}


def boom():
    raise RuntimeError("boom")


def search(limit):
    return {"limit": limit}


def bad_model():
    return {"name": "pen"}


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
