# Request hooks time every response and add CORS headers for one allowed origin (no CORS in the core).
import time

from bottle import Bottle, request, response

app = Bottle()
ALLOWED_ORIGIN = "https://example.org"


@app.hook("before_request")
def start_timer():
    request.environ["started"] = time.perf_counter()


@app.hook("after_request")
def add_headers():
    response.set_header("X-Process-Time", f"{time.perf_counter() - request.environ['started']:.6f}")
    if request.get_header("Origin") == ALLOWED_ORIGIN:
        response.set_header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)
        response.set_header("Vary", "Origin")
        if request.method == "OPTIONS":
            response.set_header("Access-Control-Allow-Methods", "GET, POST")
            response.set_header("Access-Control-Allow-Headers", "Content-Type")


@app.route("/<path:path>", method="OPTIONS")
@app.route("/", method="OPTIONS")
def preflight(path=""):
    response.status = 204


@app.get("/")
def hello():
    response.content_type = "text/plain"
    return "Hello, World!"
