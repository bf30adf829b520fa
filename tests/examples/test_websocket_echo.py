"""Task `websocket-echo`: a WebSocket at /ws sends every text message back."""

from websockets.sync.client import connect

TASK = "websocket-echo"


def test_echo(example):
    with connect(example.ws_url + "/ws", open_timeout=10, close_timeout=2) as ws:
        for text in ("hello", "second message"):
            ws.send(text)
            assert ws.recv(timeout=10) == text
