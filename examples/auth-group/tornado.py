# No route groups: the /admin handlers share a base class whose prepare() checks the bearer token.
import asyncio

from tornado.web import Application, HTTPError, RequestHandler


class AdminHandler(RequestHandler):
    def prepare(self):
        if self.request.headers.get("Authorization") != "Bearer secret-token":
            raise HTTPError(401)


class AdminStatsHandler(AdminHandler):
    def get(self):
        self.write({"admin": True})


class PublicHandler(RequestHandler):
    def get(self):
        self.write({"public": True})


app = Application([
    (r"/admin/stats", AdminStatsHandler),
    (r"/public", PublicHandler),
])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
