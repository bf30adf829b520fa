# Panther APIs are coroutines run on the ASGI server's event loop.
import asyncio

from panther import Panther
from panther.app import API


@API()
async def async_view():
    await asyncio.sleep(0.01)
    return {"async": True}


url_routing = {"async": async_view}
app = Panther(__name__, configs=__name__, urls=url_routing)
