# A route group with the /admin prefix and one route middleware that checks the bearer token.
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

TOKEN = "secret-token"


class BearerTokenMiddleware(Middleware):
    def before(self, request: Request, response: Response):
        if request.header("Authorization") != f"Bearer {TOKEN}":
            return response.json({"error": "unauthorized"}, status=401).header("WWW-Authenticate", "Bearer")
        return request

    def after(self, request: Request, response: Response):
        return request


class AdminController(Controller):
    def stats(self):
        return {"admin": True}


class PublicController(Controller):
    def show(self):
        return {"public": True}


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
        self.application.make("middleware").add({"admin": [BearerTokenMiddleware]})
        self.application.make("router").add(
            Route.group(
                [
                    Route.group([Route.get("/stats", AdminController.stats)], prefix="/admin", middleware=["admin"]),
                    Route.get("/public", PublicController.show),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider)
