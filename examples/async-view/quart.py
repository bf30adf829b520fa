# An async view that awaits two I/O calls concurrently on the event loop.
import asyncio

from quart import Quart

app = Quart(__name__)


async def fetch(delay: float) -> float:
    await asyncio.sleep(delay)  # stands in for a database or HTTP call
    return delay


@app.get("/async")
async def async_view():
    await asyncio.gather(fetch(0.05), fetch(0.05))
    return {"async": True}
