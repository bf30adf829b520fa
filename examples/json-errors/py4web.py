# An ombott error handler replaces py4web's 404 page; a fixture's on_error turns an action's exception into JSON.
__name__ = "apps.json_errors"

import json

from py4web import action, response
from py4web.core import Fixture, bottle


@bottle.error(404)  # replaces py4web's own error404 handler, which renders an HTML page
def not_found(error):
    response.headers["Content-Type"] = "application/json"
    return json.dumps({"error": "not found"})


class JsonErrors(Fixture):
    def on_error(self, context):
        context["exception"] = None  # handled: py4web neither logs a ticket nor renders its HTML page
        response.status = 500
        response.headers["Content-Type"] = "application/json"
        context["output"] = {"error": "internal error"}


@action("/boom", method="GET")
@action.uses(JsonErrors())
def boom():
    raise RuntimeError("something broke")


app = bottle.default_app()
