# No injection system: a middleware opens a resource onto req.context and closes it after each request.
import falcon

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


class ResourceMiddleware:
    def process_request(self, req, resp):
        req.context.resource = Resource()

    def process_response(self, req, resp, resource, req_succeeded):
        req.context.resource.close()


class ResourceView:
    def on_get(self, req, resp):
        resp.media = {"resource": req.context.resource.state}


class StatsView:
    def on_get(self, req, resp):
        resp.media = stats


app = falcon.App(middleware=[ResourceMiddleware()])
app.add_route("/resource", ResourceView())
app.add_route("/stats", StatsView())
