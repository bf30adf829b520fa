# A custom fixture opens a resource in on_request and closes it in on_success or on_error, per request.
__name__ = "apps.dependency_injection"

from py4web import action
from py4web.core import Fixture, bottle

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


class ResourceFixture(Fixture):
    def on_request(self, context):
        self.local_initialize(self)  # thread-local storage, one per request
        self.local.resource = Resource()

    def on_success(self, context):
        self.local.resource.close()

    def on_error(self, context):
        self.local.resource.close()

    @property
    def resource(self):
        return self.local.resource


resource = ResourceFixture()


@action("/resource", method="GET")
@action.uses(resource)
def use_resource():
    return {"resource": resource.resource.state}


@action("/stats", method="GET")
def get_stats():
    return stats


app = bottle.default_app()
