# Hello world: one @action; py4web imports apps as packages named apps.<app>, so this file takes such a name.
__name__ = "apps.hello"

from py4web import action, response
from py4web.core import bottle


@action("/", method="GET")
def index():
    response.headers["Content-Type"] = "text/plain"
    return "Hello, World!"


app = bottle.default_app()  # the WSGI app that py4web.core.wsgi() returns
