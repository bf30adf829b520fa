# Sanic Extensions injects a per-request resource by type; a response middleware closes it.
from sanic import Request, Sanic
from sanic.response import json

app = Sanic("Injection")
STATS = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        STATS["opened"] += 1
        self.state = "open"

    def close(self):
        STATS["closed"] += 1
        self.state = "closed"


def open_resource(request: Request) -> Resource:
    request.ctx.resource = Resource()
    return request.ctx.resource


app.ext.add_dependency(Resource, open_resource)


@app.on_response
async def close_resource(request, response):
    resource = getattr(request.ctx, "resource", None)
    if resource is not None:
        resource.close()


@app.get("/resource")
async def read_resource(request, resource: Resource):
    return json({"resource": resource.state})


@app.get("/stats")
async def stats(request):
    return json(STATS)
