# Streaming response: each line from a generator is written and flushed, so the body goes out chunked.
import asyncio

from tornado.web import Application, RequestHandler


def numbers():
    for i in range(5):
        yield f"{i}\n"


class StreamHandler(RequestHandler):
    async def get(self):
        self.set_header("Content-Type", "text/plain")
        for line in numbers():
            self.write(line)
            await self.flush()


app = Application([(r"/stream", StreamHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
