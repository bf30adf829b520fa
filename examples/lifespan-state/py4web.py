# py4web has no startup hook: an app's module code runs once, when py4web (or the WSGI server) imports the app.
__name__ = "apps.lifespan_state"

from py4web import action
from py4web.core import bottle

state = {"started": True, "greeting": "hi"}  # startup work goes here, before any request


@action("/state", method="GET")
def get_state():
    return state


app = bottle.default_app()
