# A JSON body validated against a pydantic model by Sanic Extensions; errors answer 400 as JSON.
from pydantic import BaseModel, PositiveFloat
from sanic import Sanic
from sanic.response import json
from sanic_ext import validate

app = Sanic("JsonBody")
app.config.FALLBACK_ERROR_FORMAT = "json"


class Item(BaseModel):
    name: str
    price: PositiveFloat


@app.post("/items")
@validate(json=Item)
async def create_item(request, body: Item):
    return json(body.model_dump(), status=201)
