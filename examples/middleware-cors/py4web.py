# Fixtures act as middleware: one times the action, py4web's CORS fixture (narrowed to one origin) adds CORS headers.
__name__ = "apps.middleware_cors"

import time

from py4web import action, request, response
from py4web.core import Fixture, bottle
from py4web.utils.cors import CORS

ALLOWED_ORIGIN = "https://example.org"


class ProcessTime(Fixture):
    def on_request(self, context):
        self.local_initialize(self)
        self.local.started = time.perf_counter()

    def on_success(self, context):
        response.headers["X-Process-Time"] = f"{time.perf_counter() - self.local.started:.6f}"


class OneOriginCORS(CORS):
    def on_request(self, context):
        if request.headers.get("Origin") == self.origin:  # other origins get no CORS headers
            super().on_request(context)


timing = ProcessTime()
cors = OneOriginCORS(origin=ALLOWED_ORIGIN, methods="GET")


@action("/", method=["GET", "OPTIONS"])
@action.uses(timing, cors)
def index():
    response.headers["Content-Type"] = "text/plain"
    return "Hello, World!"


app = bottle.default_app()
