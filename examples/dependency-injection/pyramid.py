# add_request_method gives every request a lazily opened `resource`, closed by a finished callback.
from pyramid.config import Configurator

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


def open_resource(request):
    resource = Resource()
    request.add_finished_callback(lambda request: resource.close())
    return resource


def use_resource(request):
    return {"resource": request.resource.state}


def get_stats(request):
    return stats


with Configurator() as config:
    config.add_request_method(open_resource, "resource", reify=True)  # opened on first use
    config.add_route("resource", "/resource")
    config.add_route("stats", "/stats")
    config.add_view(use_resource, route_name="resource", renderer="json")
    config.add_view(get_stats, route_name="stats", renderer="json")
    app = config.make_wsgi_app()
