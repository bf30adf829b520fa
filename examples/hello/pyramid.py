# Hello world: a route and a view added to a Configurator, which makes the WSGI app.
from pyramid.config import Configurator
from pyramid.response import Response


def hello(request):
    return Response("Hello, World!", content_type="text/plain")


with Configurator() as config:
    config.add_route("hello", "/")
    config.add_view(hello, route_name="hello")
    app = config.make_wsgi_app()
