# An ApplicationCreated subscriber runs once the app is made, before any request, and fills the registry.
from pyramid.config import Configurator
from pyramid.events import ApplicationCreated


def on_startup(event):
    event.app.registry["greeting"] = "hi"


def state(request):
    greeting = request.registry.get("greeting")
    return {"started": greeting is not None, "greeting": greeting}


with Configurator() as config:
    config.add_subscriber(on_startup, ApplicationCreated)
    config.add_route("state", "/state")
    config.add_view(state, route_name="state", renderer="json")
    app = config.make_wsgi_app()
