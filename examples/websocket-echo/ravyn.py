# A websocket handler accepts the connection and sends back each text message until the client leaves.
from ravyn import Ravyn, WebSocket, WebSocketDisconnect, websocket


@websocket("/ws")
async def echo(socket: WebSocket) -> None:
    await socket.accept()
    try:
        while True:
            await socket.send_text(await socket.receive_text())
    except WebSocketDisconnect:
        pass


app = Ravyn(routes=[echo])
