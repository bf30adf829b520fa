# An async handler that awaits two I/O calls concurrently on the event loop.
import asyncio

from blacksheep import Application, get, json

app = Application()


async def fetch(delay: float) -> float:
    await asyncio.sleep(delay)  # stands in for a database or HTTP call
    return delay


@get("/async")
async def async_view():
    await asyncio.gather(fetch(0.05), fetch(0.05))
    return json({"async": True})
