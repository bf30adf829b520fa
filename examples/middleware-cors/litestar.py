# An ASGIMiddleware times each request; the app's CORSConfig allows one origin.
import time

from litestar import Litestar, get
from litestar.config.cors import CORSConfig
from litestar.datastructures import MutableScopeHeaders
from litestar.middleware import ASGIMiddleware


class ProcessTime(ASGIMiddleware):
    async def handle(self, scope, receive, send, next_app):
        start = time.perf_counter()

        async def send_with_time(message):
            if message["type"] == "http.response.start":
                MutableScopeHeaders.from_message(message)["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
            await send(message)

        await next_app(scope, receive, send_with_time)


@get("/", media_type="text/plain")
async def hello() -> str:
    return "Hello, World!"


app = Litestar(
    route_handlers=[hello],
    middleware=[ProcessTime()],
    cors_config=CORSConfig(allow_origins=["https://example.org"], allow_methods=["GET"]),
)
