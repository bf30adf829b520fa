# Hello world: one route handler returning plain text.
from litestar import Litestar, get


@get("/", media_type="text/plain")
async def hello() -> str:
    return "Hello, World!"


app = Litestar(route_handlers=[hello])
