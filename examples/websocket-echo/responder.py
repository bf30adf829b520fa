# A route marked websocket=True receives the socket and sends every text message back.
import responder
from starlette.websockets import WebSocketDisconnect

api = responder.API()


@api.route("/ws", websocket=True)
async def echo(ws):
    await ws.accept()
    try:
        while True:
            await ws.send_text(await ws.receive_text())
    except WebSocketDisconnect:
        pass


app = api
