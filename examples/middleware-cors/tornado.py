# No middleware or CORS support: a base handler adds the timing header and the CORS headers itself.
import asyncio

from tornado.web import Application, RequestHandler

ALLOWED_ORIGIN = "https://example.org"


class BaseHandler(RequestHandler):
    def set_default_headers(self):
        self.set_header("Vary", "Origin")
        if self.request.headers.get("Origin") == ALLOWED_ORIGIN:
            self.set_header("Access-Control-Allow-Origin", ALLOWED_ORIGIN)

    def options(self, *args):  # CORS preflight
        self.set_header("Access-Control-Allow-Methods", "GET")
        self.set_status(204)

    def finish(self, chunk=None):
        self.set_header("X-Process-Time", f"{self.request.request_time():.6f}")
        return super().finish(chunk)


class HelloHandler(BaseHandler):
    def get(self):
        self.set_header("Content-Type", "text/plain")
        self.write("Hello, World!")


app = Application([(r"/", HelloHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
