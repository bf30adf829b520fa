# A @app.websocket handler loops over receive_text() and sends each message back.
from robyn import Robyn, WebSocketDisconnect

app = Robyn(__file__)


@app.websocket("/ws")
async def echo(websocket):
    try:
        while True:
            await websocket.send_text(await websocket.receive_text())
    except WebSocketDisconnect:
        pass


if __name__ == "__main__":
    app.start()
