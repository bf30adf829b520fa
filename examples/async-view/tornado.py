# A coroutine handler method that awaits two I/O calls concurrently.
import asyncio

from tornado.web import Application, RequestHandler


async def fetch(delay: float) -> float:
    await asyncio.sleep(delay)  # stands in for a database or HTTP call
    return delay


class AsyncHandler(RequestHandler):
    async def get(self):
        await asyncio.gather(fetch(0.05), fetch(0.05))
        self.write({"async": True})


app = Application([(r"/async", AsyncHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
