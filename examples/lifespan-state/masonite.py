# Startup work in a service provider's register(), which runs once when the application is built.
import os
import sys

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.providers import (
    EventProvider,
    ExceptionProvider,
    FrameworkProvider,
    Provider,
    RouteProvider,
    ViewProvider,
)
from masonite.routes import Route


class StartupProvider(Provider):
    def __init__(self, application):
        self.application = application

    def register(self):  # runs once, as the application boots
        self.application.bind("greeting", "hi")

    def boot(self):  # runs on every request
        pass


class StateController(Controller):
    def show(self):
        return {"started": application.has("greeting"), "greeting": application.make("greeting")}


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
                    Route.get("/state", StateController.show),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, StartupProvider
)
