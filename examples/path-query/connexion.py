# Typed path and query parameters: the OpenAPI document declares the types and the default, and Connexion casts and checks them.
from connexion import AsyncApp
from connexion.resolver import RelativeResolver

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Items", "version": "1.0"},
    "paths": {
        "/items/{item_id}": {
            "get": {
                "operationId": "read_item",
                "parameters": [
                    {"name": "item_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                    {"name": "q", "in": "query", "schema": {"type": "string"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 10}},
                ],
                "responses": {"200": {"description": "The item"}},
            }
        }
    },
}


def read_item(item_id, limit, q=None):
    return {"item_id": item_id, "q": q, "limit": limit}


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
