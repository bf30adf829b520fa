# A JSON body validated by a PydanticView (aiohttp-pydantic); invalid bodies answer 400 with JSON errors.
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
