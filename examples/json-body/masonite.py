# Masonite's validator checks the JSON input; greater_than is run only on numbers because it converts with int().
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
from masonite.validation import Validator
from masonite.validation.providers import ValidationProvider
from masonite.validation.Validator import greater_than, numeric, required, string


class ItemController(Controller):
    def store(self, request: Request, response: Response, validator: Validator):
        body = request.all()
        errors = validator.validate(body, required(["name", "price"]), string(["name"]), numeric(["price"]))
        if not errors:
            errors = validator.validate(body, greater_than(["price"], 0))
        if errors:
            return response.json({"errors": errors.all()}, status=422)
        return response.json({"name": body["name"], "price": body["price"]}, status=201)


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
                    Route.post("/items", ItemController.store),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, ValidationProvider
)
