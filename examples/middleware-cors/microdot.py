# Middleware and CORS: before- and after-request handlers time each request, and the CORS extension
# allows one origin.
import time

from microdot.asgi import Microdot
from microdot.cors import CORS

app = Microdot()
CORS(app, allowed_origins=["https://example.org"], allow_credentials=False)


@app.before_request
async def start_timer(request):
    request.g.start = time.perf_counter()


@app.after_request
async def add_process_time(request, response):
    response.headers["X-Process-Time"] = f"{time.perf_counter() - request.g.start:.6f}"
    return response


@app.get("/")
async def index(request):
    return "Hello, World!"
