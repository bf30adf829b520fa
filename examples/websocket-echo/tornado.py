# WebSocketHandler that echoes every message back.
import asyncio

from tornado.web import Application
from tornado.websocket import WebSocketHandler


class EchoHandler(WebSocketHandler):
    def on_message(self, message):
        self.write_message(message)


app = Application([(r"/ws", EchoHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
