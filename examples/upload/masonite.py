# Uploaded files come from request.input as Masonite UploadedFile objects with a name and a size.
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


class UploadController(Controller):
    def store(self, request: Request, response: Response):
        upload = request.input("file")  # an UploadedFile
        if not upload:
            return response.json({"error": "send the file in the field `file`"}, status=400)
        return {"filename": upload.filename, "size": upload.size}


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
                    Route.post("/upload", UploadController.store),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider)
