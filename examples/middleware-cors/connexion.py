# Middleware and CORS: Starlette's CORSMiddleware in front of routing, as Connexion's cookbook shows, plus a timing middleware.
import time

from connexion import AsyncApp
from connexion.middleware import MiddlewarePosition
from connexion.resolver import RelativeResolver
from starlette.datastructures import MutableHeaders
from starlette.middleware.cors import CORSMiddleware

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Hello", "version": "1.0"},
    "paths": {
        "/": {
            "get": {
                "operationId": "hello",
                "responses": {"200": {"description": "Hi", "content": {"text/plain": {"schema": {"type": "string"}}}}},
            }
        }
    },
}


class TimingMiddleware:
    """A pure ASGI middleware that adds X-Process-Time to every response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()

        async def send_with_time(message):
            if message["type"] == "http.response.start":
                MutableHeaders(scope=message)["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
            await send(message)

        await self.app(scope, receive, send_with_time)


def hello():
    return "Hello, World!"


app = AsyncApp(__name__)
app.add_middleware(TimingMiddleware, position=MiddlewarePosition.BEFORE_EXCEPTION)
app.add_middleware(
    CORSMiddleware,
    position=MiddlewarePosition.BEFORE_EXCEPTION,
    allow_origins=["https://example.org"],
    allow_methods=["GET"],
)
app.add_api(SPEC, resolver=RelativeResolver(__name__))
