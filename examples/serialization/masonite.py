# Responses shaped from an internal dataclass: the controller returns a dict of the public fields only.
import os
import sys
from dataclasses import dataclass

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.providers import EventProvider, ExceptionProvider, FrameworkProvider, RouteProvider, ViewProvider
from masonite.request import Request
from masonite.response import Response
from masonite.routes import Route


@dataclass
class User:
    id: int
    name: str
    email: str
    password_hash: str

    def serialize(self):  # Masonite sends any object with serialize() as JSON
        return {"id": self.id, "name": self.name, "email": self.email}


USERS = {1: User(1, "Ada Lovelace", "ada@example.com", "pbkdf2:sha256$not-a-real-hash")}


class UserController(Controller):
    def show(self, request: Request, response: Response):
        user = USERS.get(int(request.param("user_id")))
        if user is None:
            return response.json({"error": "not found"}, status=404)
        return user


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
                    Route.get("/users/@user_id:int", UserController.show),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider)
