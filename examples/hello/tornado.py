# Hello world: one RequestHandler returning plain text, served by Tornado's own server.
import asyncio

from tornado.web import Application, RequestHandler


class HelloHandler(RequestHandler):
    def get(self):
        self.set_header("Content-Type", "text/plain")
        self.write("Hello, World!")


app = Application([(r"/", HelloHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
