# Tweens wrap every request: one adds X-Process-Time, one answers CORS for one origin (no CORS in the core).
import time

from pyramid.config import Configurator
from pyramid.response import Response

ALLOWED_ORIGIN = "https://example.org"


def timing_tween_factory(handler, registry):
    def timing_tween(request):
        started = time.perf_counter()
        response = handler(request)
        response.headers["X-Process-Time"] = f"{time.perf_counter() - started:.6f}"
        return response

    return timing_tween


def cors_tween_factory(handler, registry):
    def cors_tween(request):
        preflight = request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers
        response = Response(status=204) if preflight else handler(request)
        if request.headers.get("Origin") == ALLOWED_ORIGIN:
            response.headers["Access-Control-Allow-Origin"] = ALLOWED_ORIGIN
            response.vary = ("Origin",)
            if preflight:
                response.headers["Access-Control-Allow-Methods"] = "GET, POST"
                response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        return response

    return cors_tween


def hello(request):
    return Response("Hello, World!", content_type="text/plain")


with Configurator() as config:
    # Tweens are named by dotted path; the one added last wraps the others, so timing covers CORS too.
    config.add_tween(f"{__name__}.cors_tween_factory")
    config.add_tween(f"{__name__}.timing_tween_factory")
    config.add_route("hello", "/")
    config.add_view(hello, route_name="hello")
    app = config.make_wsgi_app()
