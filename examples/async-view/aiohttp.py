# An async handler (every aiohttp handler is one) that awaits two I/O calls concurrently.
import asyncio

from aiohttp import web


async def fetch(delay: float) -> float:
    await asyncio.sleep(delay)  # stands in for a database or HTTP call
    return delay


async def async_view(request):
    await asyncio.gather(fetch(0.05), fetch(0.05))
    return web.json_response({"async": True})


app = web.Application()
app.router.add_get("/async", async_view)

if __name__ == "__main__":
    web.run_app(app)
