# An ASGI middleware times each request; the app's CORSConfig allows one origin.
import time

from lilya.middleware import DefineMiddleware
from ravyn import CORSConfig, Ravyn, get
from ravyn.utils.enums import MediaType


class ProcessTime:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        start = time.perf_counter()

        async def send_with_time(message):
            if message["type"] == "http.response.start":
                elapsed = f"{time.perf_counter() - start:.6f}".encode()
                message["headers"] = [*message.get("headers", []), (b"x-process-time", elapsed)]
            await send(message)

        await self.app(scope, receive, send_with_time)


@get("/", media_type=MediaType.TEXT)
def hello() -> str:
    return "Hello, World!"


app = Ravyn(
    routes=[hello],
    middleware=[DefineMiddleware(ProcessTime)],
    cors_config=CORSConfig(allow_origins=["https://example.org"], allow_methods=["GET"]),
)
