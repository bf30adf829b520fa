# Endpoints are async functions on the event loop.
import asyncio

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def async_view(request):
    await asyncio.sleep(0)
    return JSONResponse({"async": True})


app = Starlette(routes=[Route("/async", async_view)])
