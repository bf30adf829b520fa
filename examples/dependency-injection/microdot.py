# A resource per request: Microdot has no injection; a decorator, the pattern of its own with_session and
# with_form_data, opens the resource, passes it to the handler and closes it when the handler returns.
from functools import wraps

from microdot.asgi import Microdot

app = Microdot()
stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


def with_resource(f):
    @wraps(f)
    async def wrapper(request, *args, **kwargs):
        resource = Resource()
        try:
            return await f(request, resource, *args, **kwargs)
        finally:
            resource.close()

    return wrapper


@app.get("/resource")
@with_resource
async def use_resource(request, resource):
    return {"resource": resource.state}


@app.get("/stats")
async def get_stats(request):
    return stats
