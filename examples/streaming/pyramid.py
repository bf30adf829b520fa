# A response whose app_iter is a generator is sent chunk by chunk, without a Content-Length.
from pyramid.config import Configurator
from pyramid.response import Response


def count():
    for i in range(5):
        yield f"{i}\n".encode()


def stream(request):
    return Response(app_iter=count(), content_type="text/plain")


with Configurator() as config:
    config.add_route("stream", "/stream")
    config.add_view(stream, route_name="stream")
    app = config.make_wsgi_app()
