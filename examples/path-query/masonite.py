# Route parameters typed by the @item_id:int compiler; query values read with request.input and checked by hand.
import os
import sys

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.providers import EventProvider, ExceptionProvider, FrameworkProvider, RouteProvider, ViewProvider
from masonite.request import Request
from masonite.response import Response
from masonite.routes import Route


class ItemController(Controller):
    def show(self, request: Request, response: Response):
        try:
            limit = int(request.input("limit", 10))
        except ValueError:
            return response.json({"error": "limit must be an integer"}, status=400)
        q = request.input("q", None)
        return {"item_id": int(request.param("item_id")), "q": q, "limit": limit}


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
        self.application.make("router").add(
            Route.group(
                [
                    Route.get("/items/@item_id:int", ItemController.show),  # /items/abc matches no route: 404
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider)
