# Timing header from a middleware; CORS for one origin with aiohttp-cors.
import time

import aiohttp_cors
from aiohttp import web


@web.middleware
async def process_time(request, handler):
    start = time.perf_counter()
    response = await handler(request)
    response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
    return response


async def hello(request):
    return web.Response(text="Hello, World!")


app = web.Application(middlewares=[process_time])
app.router.add_get("/", hello)

cors = aiohttp_cors.setup(app, defaults={"https://example.org": aiohttp_cors.ResourceOptions()})
for route in list(app.router.routes()):
    cors.add(route)

if __name__ == "__main__":
    web.run_app(app)
