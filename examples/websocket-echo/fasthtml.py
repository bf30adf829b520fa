# FastHTML's app.ws handlers expect HTMX's JSON messages, so a plain-text echo uses a Starlette WebSocketRoute.
from fasthtml.common import *


async def echo(ws: WebSocket):
    await ws.accept()
    try:
        while True:
            await ws.send_text(await ws.receive_text())
    except WebSocketDisconnect:
        pass


app, rt = fast_app(routes=[WebSocketRoute("/ws", echo)])
serve()
