# Hello world: an OpenAPI document names the operation; Connexion routes GET / to hello().
from connexion import AsyncApp
from connexion.resolver import RelativeResolver

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Hello", "version": "1.0"},
    "paths": {
        "/": {
            "get": {
                "operationId": "hello",
                "responses": {
                    "200": {"description": "A greeting", "content": {"text/plain": {"schema": {"type": "string"}}}}
                },
            }
        }
    },
}


def hello():
    return "Hello, World!"  # the document declares text/plain, so Connexion sets that type


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
