# No injection system: a before function opens the resource on the request scope and an after function closes it.
from fasthtml.common import *

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


def open_resource(req):
    req.scope["resource"] = Resource()


def close_resource(req, resp):
    if "resource" in req.scope:
        req.scope["resource"].close()


app = FastHTML(before=Beforeware(open_resource, skip=["/stats"]), after=close_resource)  # fast_app() takes no `after`
rt = app.route


@rt("/resource")
def get(req):
    return {"resource": req.scope["resource"].state}


@rt("/stats")
def get():
    return stats


serve()
