# Path and query parameters by hand: Tornado passes regex groups and query values as strings.
import asyncio

from tornado.web import Application, HTTPError, RequestHandler


class ItemHandler(RequestHandler):
    def get(self, item_id):
        q = self.get_argument("q", None)
        try:
            limit = int(self.get_argument("limit", "10"))
        except ValueError:
            raise HTTPError(400, "limit must be an integer") from None
        self.write({"item_id": int(item_id), "q": q, "limit": limit})


app = Application([(r"/items/(\d+)", ItemHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
