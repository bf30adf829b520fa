# An async handler: Ravyn awaits it on the server's event loop.
import asyncio

from ravyn import Ravyn, get


@get("/async")
async def async_view() -> dict:
    await asyncio.sleep(0)
    return {"async": True}


app = Ravyn(routes=[async_view])
