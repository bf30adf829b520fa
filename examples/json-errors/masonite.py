# In production mode Masonite passes 404s and unhandled exceptions to the HttpExceptionHandler binding; a JSON one replaces it.
import os
import sys

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.providers import EventProvider, ExceptionProvider, FrameworkProvider, RouteProvider, ViewProvider
from masonite.routes import Route


class JsonHttpExceptionHandler:
    def __init__(self, application):
        self.application = application

    def handle(self, exception):
        status = exception.get_status()  # 500 for exceptions that are not HTTP errors
        message = "not found" if status == 404 else "internal error" if status >= 500 else exception.get_response()
        return self.application.make("response").json({"error": message}, status)


class BoomController(Controller):
    def show(self):
        raise RuntimeError("something broke")


class JsonErrorsProvider:  # registered after ExceptionProvider, so its binding wins
    def __init__(self, application):
        self.application = application

    def register(self):
        self.application.bind("HttpExceptionHandler", JsonHttpExceptionHandler(self.application))

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
                    Route.get("/boom", BoomController.show),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, JsonErrorsProvider
)
