# Timing header from before/after request hooks; CORS for one origin with Quart-CORS.
import time

from quart import Quart, g
from quart_cors import cors

app = Quart(__name__)
app = cors(app, allow_origin="https://example.org")


@app.before_request
async def start_timer():
    g.start = time.perf_counter()


@app.after_request
async def add_process_time(response):
    response.headers["X-Process-Time"] = f"{time.perf_counter() - g.start:.6f}"
    return response


@app.get("/")
async def hello():
    return "Hello, World!", 200, {"Content-Type": "text/plain"}
