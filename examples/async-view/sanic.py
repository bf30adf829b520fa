# An async handler that awaits two I/O calls concurrently on the event loop.
import asyncio

from sanic import Sanic
from sanic.response import json

app = Sanic("AsyncView")


async def fetch(delay: float) -> float:
    await asyncio.sleep(delay)  # stands in for a database or HTTP call
    return delay


@app.get("/async")
async def async_view(request):
    await asyncio.gather(fetch(0.05), fetch(0.05))
    return json({"async": True})
