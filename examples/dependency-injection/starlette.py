# Per-request resource: Starlette has no dependency injection; the endpoint opens the resource with an
# async context manager, which closes it when the response is ready.
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

stats = {"opened": 0, "closed": 0}


@asynccontextmanager
async def open_resource():
    stats["opened"] += 1
    try:
        yield "open"
    finally:
        stats["closed"] += 1


async def use_resource(request):
    async with open_resource() as resource:
        return JSONResponse({"resource": resource})


async def read_stats(request):
    return JSONResponse(stats)


app = Starlette(routes=[Route("/resource", use_resource), Route("/stats", read_stats)])
