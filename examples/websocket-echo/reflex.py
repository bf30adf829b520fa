# WebSocket echo: a FastAPI WebSocket route beside the socket Reflex keeps for its own UI events.
import reflex as rx
from fastapi import FastAPI, WebSocket, WebSocketDisconnect

api = FastAPI()


@api.websocket("/ws")
async def echo(websocket: WebSocket):
    await websocket.accept()
    try:
        while True:
            await websocket.send_text(await websocket.receive_text())
    except WebSocketDisconnect:
        pass


app = rx.App(api_transformer=api)
