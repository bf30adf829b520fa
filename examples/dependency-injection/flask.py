# Per-request resource: Flask has no dependency injection; the idiom is a lazily opened resource on g,
# closed by a teardown_appcontext function after each request.
from flask import Flask, g

app = Flask(__name__)
stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        stats["opened"] += 1
        self.state = "open"

    def close(self):
        stats["closed"] += 1
        self.state = "closed"


def get_resource():
    if "resource" not in g:
        g.resource = Resource()
    return g.resource


@app.teardown_appcontext
def close_resource(exception):
    resource = g.pop("resource", None)
    if resource is not None:
        resource.close()


@app.get("/resource")
def use_resource():
    return {"resource": get_resource().state}


@app.get("/stats")
def read_stats():
    return stats
