# An action may return a generator; the WSGI server sends each piece as it comes, with no Content-Length.
__name__ = "apps.streaming"

from py4web import action, response
from py4web.core import bottle


@action("/stream", method="GET")
def stream():
    response.headers["Content-Type"] = "text/plain"
    return (f"{i}\n".encode() for i in range(5))


app = bottle.default_app()
