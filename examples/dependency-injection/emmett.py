# A resource per request: a pipe opens it, passes it to the route as a keyword argument and closes it when the flow ends.
from emmett import App, Pipe
from emmett.tools import service

app = App(__name__)
STATS = {"opened": 0, "closed": 0}


class ResourcePipe(Pipe):
    async def pipe(self, next_pipe, **kwargs):
        STATS["opened"] += 1
        try:
            return await next_pipe(resource="open", **kwargs)
        finally:
            STATS["closed"] += 1


@app.route("/resource", methods="get", pipeline=[ResourcePipe()])
@service.json
async def use_resource(resource):
    return {"resource": resource}


@app.route("/stats", methods="get")
@service.json
async def stats():
    return STATS
