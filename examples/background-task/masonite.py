# A job pushed to Masonite's queue with the async driver runs in a worker thread, apart from the request.
import os
import sys
import time

from masonite.configuration import Configuration
from masonite.controllers import Controller
from masonite.foundation import Application
from masonite.foundation.CoreKernel import CoreKernel
from masonite.providers import (
    EventProvider,
    ExceptionProvider,
    FrameworkProvider,
    QueueProvider,
    RouteProvider,
    ViewProvider,
)
from masonite.queues import Queue, Queueable
from masonite.response import Response
from masonite.routes import Route

jobs = {"done": 0}


class SlowJob(Queueable):
    def handle(self):
        time.sleep(0.3)
        jobs["done"] += 1


class JobsController(Controller):
    def store(self, response: Response, queue: Queue):
        queue.push(SlowJob())
        return response.json({"queued": True}, status=202)

    def done(self):
        return jobs


class Kernel:  # what a generated project's app/Kernel.py and config/ folder set up
    def __init__(self, application):
        self.application = application

    def register(self):
        config = Configuration(self.application)
        config.set("application", {"debug": False})
        config.set("exceptions", {})
        config.set("queue", {"drivers": {"default": "async", "async": {"mode": "threading", "blocking": False}}})
        self.application.bind("config", config)
        self.application.bind("controllers.location", "")
        self.application.bind("views.location", "masonite/templates")
        self.application.make("router").add(
            Route.group(
                [
                    Route.post("/jobs", JobsController.store),
                    Route.get("/jobs/done", JobsController.done),
                ]
            )
        )


sys.modules["wsgi"] = sys.modules[__name__]  # Masonite's response handler imports `application` from wsgi
app = application = Application(os.path.dirname(os.path.abspath(__file__)))
application.register_providers(CoreKernel, Kernel)
application.add_providers(
    FrameworkProvider, RouteProvider, ViewProvider, EventProvider, ExceptionProvider, QueueProvider
)
