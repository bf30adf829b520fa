# A plugin passes an open resource to every callback that takes a `resource` argument and closes it after.
from bottle import Bottle

app = Bottle()
stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


class ResourcePlugin:
    name = "resource"
    api = 2

    def apply(self, callback, route):
        if "resource" not in route.get_callback_args():
            return callback  # routes that do not ask for it are left alone

        def wrapper(*args, **kwargs):
            resource = Resource()
            try:
                return callback(*args, resource=resource, **kwargs)
            finally:
                resource.close()

        return wrapper


app.install(ResourcePlugin())


@app.get("/resource")
def use_resource(resource):
    return {"resource": resource.state}


@app.get("/stats")
def get_stats():
    return stats
