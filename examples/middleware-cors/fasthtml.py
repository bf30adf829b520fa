# Starlette middleware goes in fast_app(middleware=...): a timing middleware and CORS for one origin.
import time

from fasthtml.common import *
from starlette.middleware.base import BaseHTTPMiddleware


class Timing(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        start = time.perf_counter()
        response = await call_next(request)
        response.headers["X-Process-Time"] = f"{time.perf_counter() - start:.6f}"
        return response


app, rt = fast_app(
    middleware=[
        Middleware(Timing),
        Middleware(CORSMiddleware, allow_origins=["https://example.org"], allow_methods=["GET"]),
    ]
)


@rt("/")
def get():
    return Response("Hello, World!", media_type="text/plain")


serve()
