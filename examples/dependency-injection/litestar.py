# A generator dependency: Litestar injects the resource and runs the clean-up after the handler.
from collections.abc import AsyncGenerator

from litestar import Litestar, get
from litestar.di import Provide

stats = {"opened": 0, "closed": 0}


class Resource:
    state = "open"


async def provide_resource() -> AsyncGenerator[Resource, None]:
    stats["opened"] += 1
    try:
        yield Resource()
    finally:
        stats["closed"] += 1


@get("/resource", dependencies={"resource": Provide(provide_resource)})
async def use_resource(resource: Resource) -> dict:
    return {"resource": resource.state}


@get("/stats")
async def read_stats() -> dict:
    return stats


app = Litestar(route_handlers=[use_resource, read_stats])
