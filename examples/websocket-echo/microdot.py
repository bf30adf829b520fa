# WebSocket echo: the with_websocket decorator upgrades the request and hands the handler a socket.
from microdot.asgi import Microdot, with_websocket

app = Microdot()


@app.route("/ws")
@with_websocket
async def echo(request, ws):
    while True:
        message = await ws.receive()
        await ws.send(message)
