# WebSocket echo: a websocket route loops over receive() and send() on Emmett's websocket object.
from emmett import App, websocket

app = App(__name__)


@app.websocket("/ws")
async def echo():
    while True:
        message = await websocket.receive()
        await websocket.send(message)
