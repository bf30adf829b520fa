# An HTML page rendered from templates/hello.html by tornado.template, which escapes output by default.
import asyncio
from pathlib import Path

from tornado.web import Application, RequestHandler


class HelloHandler(RequestHandler):
    def get(self, name):
        self.render("hello.html", name=name)


app = Application([(r"/hello/([^/]+)", HelloHandler)], template_path=Path(__file__).parent / "templates")

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
