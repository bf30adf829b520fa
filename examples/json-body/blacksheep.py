# A JSON body bound to a pydantic model with FromJSON; invalid bodies answer 400.
from blacksheep import Application, FromJSON, json, post
from pydantic import BaseModel, PositiveFloat

app = Application()


class Item(BaseModel):
    name: str
    price: PositiveFloat


@post("/items")
async def create_item(item: FromJSON[Item]):
    return json(item.value.model_dump(), status=201)
