# Bottle has no WebSocket API: gevent-websocket's server puts the socket in the WSGI environ, as Bottle's async primer shows.
from bottle import Bottle, abort, request
from geventwebsocket import WebSocketError

app = Bottle()


@app.route("/ws")
def echo():
    ws = request.environ.get("wsgi.websocket")
    if ws is None:
        abort(400, "Expected a WebSocket request.")
    while True:
        try:
            message = ws.receive()
            if message is None:  # the client closed the connection
                break
            ws.send(message)
        except WebSocketError:
            break
