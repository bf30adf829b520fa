# The pyramid_jinja2 add-on renders a .jinja2 template file, with autoescaping on by default.
from pathlib import Path

from pyramid.config import Configurator


def hello(request):
    return {"name": request.matchdict["name"]}


with Configurator() as config:
    config.include("pyramid_jinja2")
    config.add_jinja2_search_path(str(Path(__file__).parent / "templates" / "pyramid"))
    config.add_route("hello", "/hello/{name}")
    config.add_view(hello, route_name="hello", renderer="hello.jinja2")
    app = config.make_wsgi_app()
