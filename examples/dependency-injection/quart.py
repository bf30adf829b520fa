# Per-request resource without an injection system: opened lazily into g, closed on app-context teardown.
from quart import Quart, g

app = Quart(__name__)
STATS = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        STATS["opened"] += 1
        self.state = "open"

    async def close(self):
        STATS["closed"] += 1
        self.state = "closed"


def get_resource() -> Resource:
    if "resource" not in g:
        g.resource = Resource()
    return g.resource


@app.teardown_appcontext
async def close_resource(exception):
    resource = g.pop("resource", None)
    if resource is not None:
        await resource.close()


@app.get("/resource")
async def read_resource():
    return {"resource": get_resource().state}


@app.get("/stats")
async def stats():
    return STATS
