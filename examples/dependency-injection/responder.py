# A generator registered with @api.dependency() is injected by name; the code after yield closes it after the response.
import responder

api = responder.API()
stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


@api.dependency()
def resource():
    res = Resource()
    yield res
    res.close()


@api.get("/resource")
def use_resource(req, resp, *, resource):
    resp.media = {"resource": resource.state}


@api.get("/stats")
def get_stats(req, resp):
    resp.media = stats


app = api
