# An async def view awaits on the event loop; sync views would run in a thread pool.
import asyncio

import responder

api = responder.API()


@api.get("/async")
async def async_view(req, resp):
    await asyncio.sleep(0.01)
    resp.media = {"async": True}


app = api
