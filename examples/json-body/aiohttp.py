# A JSON body validated against a pydantic model by a PydanticView (aiohttp-pydantic); errors answer 400 as JSON.
from aiohttp import web
from aiohttp_pydantic import PydanticView
from pydantic import BaseModel, PositiveFloat


class Item(BaseModel):
    name: str
    price: PositiveFloat


class ItemsView(PydanticView):
    async def post(self, item: Item):
        return web.json_response(item.model_dump(), status=201)


app = web.Application()
app.router.add_view("/items", ItemsView)

if __name__ == "__main__":
    web.run_app(app)
