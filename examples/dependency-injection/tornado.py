# The route hands a factory to initialize(); prepare() opens a resource per request and on_finish() closes it.
import asyncio

from tornado.web import Application, RequestHandler

STATS = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        STATS["opened"] += 1
        self.state = "open"

    def close(self):
        STATS["closed"] += 1
        self.state = "closed"


class ResourceHandler(RequestHandler):
    def initialize(self, open_resource):
        self.open_resource = open_resource

    def prepare(self):
        self.resource = self.open_resource()

    def on_finish(self):
        self.resource.close()

    def get(self):
        self.write({"resource": self.resource.state})


class StatsHandler(RequestHandler):
    def get(self):
        self.write(STATS)


app = Application([
    (r"/resource", ResourceHandler, {"open_resource": Resource}),
    (r"/stats", StatsHandler),
])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
