# Connexion bundles no template engine for views: the handler renders a Jinja2 file with autoescaping and returns it as text/html.
from pathlib import Path

from connexion import AsyncApp
from connexion.resolver import RelativeResolver
from jinja2 import Environment, FileSystemLoader, select_autoescape

templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates" / "connexion"),
    autoescape=select_autoescape(),
)
SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Pages", "version": "1.0"},
    "paths": {
        "/hello/{name}": {
            "get": {
                "operationId": "hello",
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {
                    "200": {"description": "A page", "content": {"text/html": {"schema": {"type": "string"}}}}
                },
            }
        }
    },
}


def hello(name):
    return templates.get_template("hello.html").render(name=name)


app = AsyncApp(__name__)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
