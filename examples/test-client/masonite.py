# An app and a test with Masonite's TestCase, which sends requests to the application in-process.
import os
import sys

from cryptography.fernet import Fernet
from masonite.auth import Sign
from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation import Kernel as FrameworkKernel
from masonite.providers import (
    AuthenticationProvider,
    EventProvider,
    ExceptionProvider,
    FrameworkProvider,
    RouteProvider,
    ViewProvider,
)
from masonite.routes import Route
from masonite.tests import TestCase


class StatusController(Controller):
    def show(self):
        return {"status": "ok"}


class Kernel:  # what a generated project's app/Kernel.py and config/ folder set up
    def __init__(self, application):
        self.application = application

    def register(self):
        config = Configuration(self.application)
        config.set("application", {"debug": False})
        config.set("exceptions", {})
        config.set("auth", {"guards": {"default": "web", "web": {"model": None}}})  # TestCase logs out after each test
        config.set("session", {"drivers": {"cookie": {}}})  # and sets cookies with the default options
        self.application.bind("config", config)
        self.application.bind("controllers.location", "")
        self.application.bind("views.location", "masonite/templates")
        self.application.bind("sign", Sign(Fernet.generate_key()))  # TestCase signs its test cookies
        self.application.make("router").add(
            Route.group(
                [
                    Route.get("/", StatusController.show),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(FrameworkKernel, Kernel)  # the full kernel binds the test response capsule
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, AuthenticationProvider
)


class StatusTest(TestCase):  # TestCase.setUp takes the application from the wsgi module
    def test_status(self):
        self.get("/").assertOk().assertJson({"status": "ok"})
