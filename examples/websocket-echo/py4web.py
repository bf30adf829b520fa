# As in py4web's own _websocket app: a gevent WebSocket handler puts the socket in request.environ.
__name__ = "apps.websocket_echo"

from py4web import action, request
from py4web.core import bottle


@action("/ws", method="GET")
def echo():
    ws = request.environ.get("wsgi.websocket")
    while True:
        message = ws.receive()
        if message is None:
            break
        ws.send(message)


app = bottle.default_app()
