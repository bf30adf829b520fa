# A route middleware binds a fresh resource in the service container, which injects it by type hint; after() closes it.
import os
import sys

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.middleware import Middleware
from masonite.providers import EventProvider, ExceptionProvider, FrameworkProvider, RouteProvider, ViewProvider
from masonite.request import Request
from masonite.response import Response
from masonite.routes import Route

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


class ResourceMiddleware(Middleware):
    def before(self, request: Request, response: Response):
        application.bind("resource", Resource())
        return request

    def after(self, request: Request, response: Response):
        application.make("resource").close()
        return request


class ResourceController(Controller):
    def show(self, resource: Resource):  # resolved from the container by its type
        return {"resource": resource.state}

    def stats(self):
        return stats


class Kernel:  # what a generated project's app/Kernel.py and config/ folder set up
    def __init__(self, application):
        self.application = application

    def register(self):
        config = Configuration(self.application)
        config.set("application", {"debug": False})
        config.set("exceptions", {})
        self.application.bind("config", config)
        self.application.bind("controllers.location", "")
        self.application.bind("views.location", "masonite/templates")
        self.application.make("middleware").add({"resource": [ResourceMiddleware]})
        self.application.make("router").add(
            Route.group(
                [
                    Route.get("/resource", ResourceController.show).middleware("resource"),
                    Route.get("/stats", ResourceController.stats),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider)
