# Behaviour app: what Masonite itself answers when a request goes wrong (contract in README.md beside it).
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

NOTES = {
    "invalid-body": "Masonite's validator returns the errors and leaves the answer to the controller: the app answers them with response.json(..., status=400). Its numeric rule accepts digits only, so it rejects -1 before greater_than (which converts with int()) runs.",
    "malformed-json": "The app reads the body through request.all(), Masonite's input bag.",
    "query-int-text": "Masonite has no typed query parameters: the app calls int() on request.input('limit'), which raises ValueError.",
    "missing-query-param": "request.input('limit') is an empty string when the parameter is missing, so int() raises ValueError.",
    "default-delete-status": "Masonite refuses None as a response (it answers 'Responses cannot be of type: None'), so the controller returns an empty string.",
    "unhandled-exception": "Debug is off and no errors/500 view exists (a generated project has templates/errors/), so Masonite's HttpExceptionHandler sends the exception's message as the page.",
}
NOT_APPLICABLE = {"response-model-mismatch": "Masonite has no response models: a controller returns any value."}


class ItemController(Controller):
    def store(self, request: Request, response: Response, validator: Validator):
        body = request.all()
        errors = validator.validate(body, required(["name", "price"]), string(["name"]), numeric(["price"]))
        if not errors:
            errors = validator.validate(body, greater_than(["price"], 0))
        if errors:
            return response.json({"errors": errors.all()}, status=400)
        return {"name": body["name"], "price": body["price"]}

    def show(self, request: Request):
        return {"item_id": int(request.param("item_id"))}

    def destroy(self, request: Request):
        return ""


class RouteController(Controller):
    def slash(self):
        return {"route": "slash"}

    def noslash(self):
        return {"route": "noslash"}

    def get_only(self):
        return {"ok": True}

    def boom(self):
        raise RuntimeError("boom")

    def search(self, request: Request):
        return {"limit": int(request.input("limit"))}


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
                    Route.get("/items/@item_id:int", ItemController.show),
                    Route.delete("/items/@item_id:int", ItemController.destroy),
                    Route.get("/slash/", RouteController.slash),
                    Route.get("/noslash", RouteController.noslash),
                    Route.get("/get-only", RouteController.get_only),
                    Route.get("/boom", RouteController.boom),
                    Route.get("/search", RouteController.search),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, ValidationProvider
)
