# Coroutine responders need Falcon's ASGI app; this one awaits two I/O calls concurrently.
import asyncio

import falcon.asgi


async def fetch(delay):
    await asyncio.sleep(delay)  # stands in for a database or HTTP call
    return delay


class AsyncResource:
    async def on_get(self, req, resp):
        await asyncio.gather(fetch(0.05), fetch(0.05))
        resp.media = {"async": True}


app = falcon.asgi.App()
app.add_route("/async", AsyncResource())
