# write_error() renders errors as JSON; a default handler class answers unknown paths with 404.
import asyncio

from tornado.web import Application, HTTPError, RequestHandler

MESSAGES = {404: "not found", 500: "internal error"}


class JsonErrorHandler(RequestHandler):
    def write_error(self, status_code, **kwargs):
        self.finish({"error": MESSAGES.get(status_code, self._reason)})


class NotFoundHandler(JsonErrorHandler):
    def prepare(self):
        raise HTTPError(404)


class BoomHandler(JsonErrorHandler):
    def get(self):
        raise RuntimeError("something broke")


app = Application([(r"/boom", BoomHandler)], default_handler_class=NotFoundHandler)

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
