# api.template renders templates/hello.html with Jinja2, autoescaping on.
from pathlib import Path

import responder

api = responder.API(templates_dir=Path(__file__).parent / "templates")


@api.get("/hello/{name}")
def hello(req, resp, *, name):
    resp.html = api.template("hello.html", name=name)


app = api
