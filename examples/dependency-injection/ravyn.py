# Inject declares the dependency and Injects hands it to the handler; a BackgroundTask on the
# response closes it once the response is sent (0.4.3 injects a `yield` dependency as a bare generator).
from ravyn import BackgroundTask, Factory, Inject, Injects, Ravyn, get
from ravyn.responses import JSONResponse

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        stats["opened"] += 1
        self.state = "open"

    async def close(self):
        stats["closed"] += 1


@get("/resource", dependencies={"resource": Inject(Factory(Resource))})
def use_resource(resource: Resource = Injects()) -> JSONResponse:  # noqa: B008 (the documented style)
    return JSONResponse({"resource": resource.state}, background=BackgroundTask(resource.close))


@get("/stats")
def read_stats() -> dict:
    return stats


app = Ravyn(routes=[use_resource, read_stats])
