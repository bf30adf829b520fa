# JSON body validation by hand: Tornado does not parse or validate bodies, so the handler checks the fields.
import asyncio
import json

from tornado.web import Application, RequestHandler


class ItemsHandler(RequestHandler):
    def post(self):
        try:
            data = json.loads(self.request.body)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            data = {}
        errors = {}
        if not isinstance(data.get("name"), str):
            errors["name"] = "required string"
        price = data.get("price")
        if isinstance(price, bool) or not isinstance(price, (int, float)) or price <= 0:
            errors["price"] = "required number greater than 0"
        if errors:
            self.set_status(400)
            self.write({"errors": errors})
            return
        self.set_status(201)
        self.write({"name": data["name"], "price": float(price)})


app = Application([(r"/items", ItemsHandler)])

async def main():
    app.listen(8888)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main())
