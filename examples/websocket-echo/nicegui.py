# WebSocket echo: a FastAPI WebSocket route on NiceGUI's app, beside NiceGUI's own socket connection.
from fastapi import WebSocket, WebSocketDisconnect
from nicegui import app, ui


@app.websocket("/ws")
async def echo(websocket: WebSocket):
    await websocket.accept()
    try:
        while True:
            await websocket.send_text(await websocket.receive_text())
    except WebSocketDisconnect:
        pass


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
