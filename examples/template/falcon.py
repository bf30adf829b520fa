# Falcon bundles no template engine: a responder renders a Jinja2 template with autoescaping on.
from pathlib import Path

import falcon
from jinja2 import Environment, FileSystemLoader, select_autoescape

templates = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates" / "falcon"),
    autoescape=select_autoescape(),
)


class HelloResource:
    def on_get(self, req, resp, name):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = templates.get_template("hello.html").render(name=name)


app = falcon.App()
app.add_route("/hello/{name}", HelloResource())
