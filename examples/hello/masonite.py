# Hello world: the steps of a Masonite project's wsgi.py and Kernel, done in one file with a controller route.
import os
import sys

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.providers import EventProvider, ExceptionProvider, FrameworkProvider, RouteProvider, ViewProvider
from masonite.response import Response
from masonite.routes import Route


class HelloController(Controller):
    def show(self, response: Response):
        response.header("Content-Type", "text/plain; charset=utf-8")
        return "Hello, World!"


class Kernel:  # what app/Kernel.py and the config/ folder set up in a generated project
    def __init__(self, application):
        self.application = application

    def register(self):
        config = Configuration(self.application)
        config.set("application", {"debug": False})
        config.set("exceptions", {})
        self.application.bind("config", config)
        self.application.bind("controllers.location", "")
        self.application.bind("views.location", "masonite/templates")
        self.application.make("router").add(Route.get("/", HelloController.show))


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider)
