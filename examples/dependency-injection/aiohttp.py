# No injection system: a resource is opened lazily into the request mapping and a middleware closes it.
from aiohttp import web

STATS = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        STATS["opened"] += 1
        self.state = "open"

    async def close(self):
        STATS["closed"] += 1
        self.state = "closed"


def get_resource(request) -> Resource:
    if "resource" not in request:
        request["resource"] = Resource()
    return request["resource"]


@web.middleware
async def close_resource(request, handler):
    try:
        return await handler(request)
    finally:
        if "resource" in request:
            await request["resource"].close()


routes = web.RouteTableDef()


@routes.get("/resource")
async def read_resource(request):
    return web.json_response({"resource": get_resource(request).state})


@routes.get("/stats")
async def stats(request):
    return web.json_response(STATS)


app = web.Application(middlewares=[close_resource])
app.add_routes(routes)

if __name__ == "__main__":
    web.run_app(app)
