# Timing header from a middleware; CORS for one origin with the built-in use_cors.
import time

from blacksheep import Application, get, text
from blacksheep.middlewares import MiddlewareCategory

app = Application()
app.use_cors(allow_methods="GET", allow_origins="https://example.org")


async def process_time(request, handler):
    start = time.perf_counter()
    response = await handler(request)
    response.add_header(b"X-Process-Time", f"{time.perf_counter() - start:.6f}".encode())
    return response


app.middlewares.append(process_time, MiddlewareCategory.INIT, -1)  # outermost: wraps the CORS check too


@get("/")
async def hello():
    return text("Hello, World!")
