# A Jinja2 view rendered with view(); the example adds its own template folder to the view locations.
import os
import sys

from jinja2 import FileSystemLoader
from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.providers import EventProvider, ExceptionProvider, FrameworkProvider, RouteProvider, ViewProvider
from masonite.request import Request
from masonite.routes import Route
from masonite.views import View

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "templates", "masonite")


class HelloController(Controller):
    def show(self, request: Request, view: View):
        return view.render("hello", {"name": request.param("name")})


class TemplatesProvider:
    def __init__(self, application):
        self.application = application

    def register(self):  # a project lists its templates package in views.location instead
        self.application.make("view").add_location(TEMPLATES, loader=FileSystemLoader)

    def boot(self):
        pass


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
                    Route.get("/hello/@name:any", HelloController.show),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, TemplatesProvider
)
