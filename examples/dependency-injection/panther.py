# No injection system: a per-API middleware opens a resource on the request and closes it after the response.
from panther import Panther
from panther.app import API
from panther.middlewares import HTTPMiddleware
from panther.request import Request

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


class ResourceMiddleware(HTTPMiddleware):
    async def __call__(self, request: Request):
        request.resource = Resource()
        try:
            return await self.dispatch(request=request)
        finally:
            request.resource.close()


@API(middlewares=[ResourceMiddleware])
async def use_resource(request: Request):
    return {"resource": request.resource.state}


@API()
async def get_stats():
    return stats


url_routing = {"resource": use_resource, "stats": get_stats}
app = Panther(__name__, configs=__name__, urls=url_routing)
