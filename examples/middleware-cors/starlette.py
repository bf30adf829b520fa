# A middleware times each request; CORSMiddleware allows one origin.
import time

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Route


class ProcessTime(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
        return response


async def hello(request):
    return PlainTextResponse("Hello, World!")


app = Starlette(
    routes=[Route("/", hello)],
    middleware=[
        Middleware(CORSMiddleware, allow_origins=["https://example.org"], allow_methods=["GET"]),
        Middleware(ProcessTime),
    ],
)
