# Timing header from request/response middleware; CORS for one origin through Sanic Extensions.
import time

from sanic import Sanic
from sanic.response import text

app = Sanic("MiddlewareCors")
app.config.CORS_ORIGINS = "https://example.org"


@app.on_request
async def start_timer(request):
    request.ctx.start = time.perf_counter()


@app.on_response
async def add_process_time(request, response):
    response.headers["X-Process-Time"] = f"{time.perf_counter() - request.ctx.start:.6f}"


@app.get("/")
async def hello(request):
    return text("Hello, World!")
