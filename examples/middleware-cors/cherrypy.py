# Custom tools on request hooks add X-Process-Time and CORS headers for one origin (no CORS tool in the core).
import time

import cherrypy

ALLOWED_ORIGIN = "https://example.org"


def start_timer():
    cherrypy.request.started = time.perf_counter()


def add_process_time():
    elapsed = time.perf_counter() - cherrypy.request.started
    cherrypy.response.headers["X-Process-Time"] = f"{elapsed:.6f}"


def cors():
    request, response = cherrypy.request, cherrypy.response
    if request.headers.get("Origin") != ALLOWED_ORIGIN:
        return
    response.headers["Access-Control-Allow-Origin"] = ALLOWED_ORIGIN
    response.headers["Vary"] = "Origin"
    if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
        response.headers["Access-Control-Allow-Methods"] = "GET, POST"
        response.headers["Access-Control-Allow-Headers"] = "Content-Type"
        response.status = 204
        request.handler = None  # answer the preflight here, without calling the page handler


class TimingTool(cherrypy.Tool):
    def __init__(self):
        super().__init__("on_start_resource", start_timer)

    def _setup(self):
        super()._setup()
        cherrypy.request.hooks.attach("before_finalize", add_process_time)


cherrypy.tools.timing = TimingTool()
cherrypy.tools.cors = cherrypy.Tool("before_handler", cors)


class Root:
    @cherrypy.expose
    def index(self):
        cherrypy.response.headers["Content-Type"] = "text/plain"
        return "Hello, World!"


app = cherrypy.tree.mount(Root(), "/", {"/": {"tools.timing.on": True, "tools.cors.on": True}})
