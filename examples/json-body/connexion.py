# JSON body validation: the request body's JSON Schema in the OpenAPI document is checked before create_item runs.
from connexion import AsyncApp
from connexion.resolver import RelativeResolver

ITEM = {
    "type": "object",
    "required": ["name", "price"],
    "properties": {
        "name": {"type": "string"},
        "price": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
    },
}
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Items", "version": "1.0"},
    "paths": {
        "/items": {
            "post": {
                "operationId": "create_item",
                "requestBody": {"required": True, "content": {"application/json": {"schema": ITEM}}},
                "responses": {"201": {"description": "Created"}},
            }
        }
    },
}


def create_item(body):
    return {"name": body["name"], "price": body["price"]}, 201


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
