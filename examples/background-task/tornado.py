# IOLoop.spawn_callback starts the job in-process; it finishes after the 202 response is sent.
import asyncio

from tornado.ioloop import IOLoop
from tornado.web import Application, RequestHandler

DONE = {"done": 0}


async def job():
    await asyncio.sleep(0.3)
    DONE["done"] += 1


class JobsHandler(RequestHandler):
    def post(self):
        IOLoop.current().spawn_callback(job)
        self.set_status(202)
        self.write({"queued": True})


class DoneHandler(RequestHandler):
    def get(self):
        self.write(DONE)


app = Application([(r"/jobs", JobsHandler), (r"/jobs/done", DoneHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
