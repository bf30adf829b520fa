# A scoped service (rodi) injected by type into a controller per request; its on_response hook closes it.
from blacksheep import Application, json
from blacksheep.server.controllers import Controller, get

app = Application()
STATS = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        STATS["opened"] += 1
        self.state = "open"

    def close(self):
        STATS["closed"] += 1
        self.state = "closed"


app.services.add_scoped(Resource)


class Resources(Controller):
    def __init__(self, resource: Resource):
        self.resource = resource

    async def on_response(self, response):
        self.resource.close()

    @get("/resource")
    async def read_resource(self):
        return json({"resource": self.resource.state})


@app.router.get("/stats")
async def stats():
    return json(STATS)
