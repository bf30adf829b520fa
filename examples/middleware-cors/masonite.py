# An HTTP middleware adds X-Process-Time; Masonite's CORS service, set in the security config, allows one origin.
import os
import sys
import time

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.cors import Cors
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.middleware import CorsMiddleware, Middleware
from masonite.providers import EventProvider, ExceptionProvider, FrameworkProvider, RouteProvider, ViewProvider
from masonite.request import Request
from masonite.response import Response
from masonite.routes import Route


class ProcessTimeMiddleware(Middleware):
    def before(self, request: Request, response: Response):
        request.started = time.perf_counter()
        return request

    def after(self, request: Request, response: Response):
        response.header("X-Process-Time", f"{time.perf_counter() - request.started:.6f}")
        return request


class OneOriginCors(Cors):
    def is_single_origin_allowed(self):  # else the one allowed origin is sent to every caller
        return False


class CorsProvider:  # registered after FrameworkProvider, which binds the stock service
    def __init__(self, application):
        self.application = application

    def register(self):
        options = self.application.make("config").get("security.cors")
        self.application.bind("cors", OneOriginCors(self.application).set_options(options))

    def boot(self):
        pass


class HelloController(Controller):
    def show(self, response: Response):
        response.header("Content-Type", "text/plain; charset=utf-8")
        return "Hello, World!"


class Kernel:  # what a generated project's app/Kernel.py and config/ folder set up
    def __init__(self, application):
        self.application = application

    def register(self):
        config = Configuration(self.application)
        config.set("application", {"debug": False})
        config.set("exceptions", {})
        config.set(
            "security",
            {
                "cors": {
                    "paths": ["*"],
                    "allowed_methods": ["GET"],
                    "allowed_origins": ["https://example.org"],
                    "allowed_headers": ["*"],
                    "exposed_headers": [],
                    "max_age": None,
                    "supports_credentials": False,
                }
            },
        )
        self.application.bind("config", config)
        self.application.bind("controllers.location", "")
        self.application.bind("views.location", "masonite/templates")
        self.application.make("middleware").add([ProcessTimeMiddleware, CorsMiddleware])
        self.application.make("router").add(
            Route.group(
                [
                    Route.get("/", HelloController.show),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, CorsProvider
)
