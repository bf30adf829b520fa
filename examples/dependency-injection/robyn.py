# Robyn injects the same objects into every request; the injected factory is a context manager that closes each resource.
from contextlib import contextmanager

from robyn import Robyn

app = Robyn(__file__)
stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


@contextmanager
def open_resource():
    resource = Resource()
    try:
        yield resource
    finally:
        resource.close()


app.inject(open_resource=open_resource)


@app.get("/resource")
def use_resource(router_dependencies):
    with router_dependencies["open_resource"]() as resource:
        return {"resource": resource.state}


@app.get("/stats")
def get_stats():
    return stats


if __name__ == "__main__":
    app.start()
