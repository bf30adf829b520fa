# WebSocket route that echoes every text message back.
from blacksheep import Application, WebSocket, ws

app = Application()


@ws("/ws")
async def echo(websocket: WebSocket):
    await websocket.accept()
    while True:
        message = await websocket.receive_text()
        await websocket.send_text(message)
