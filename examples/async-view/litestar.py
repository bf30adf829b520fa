# Route handlers are usually async functions on the event loop.
import asyncio

from litestar import Litestar, get


@get("/async")
async def async_view() -> dict:
    await asyncio.sleep(0)
    return {"async": True}


app = Litestar(route_handlers=[async_view])
