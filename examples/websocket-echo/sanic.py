# WebSocket route that echoes every message back.
from sanic import Sanic

app = Sanic("WebsocketEcho")


@app.websocket("/ws")
async def echo(request, ws):
    async for message in ws:
        await ws.send(message)
