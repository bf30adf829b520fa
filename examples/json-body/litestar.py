# JSON body validation with a msgspec Struct; invalid bodies get Litestar's 400 error naming the field.
from typing import Annotated

import msgspec
from litestar import Litestar, post


class Item(msgspec.Struct):
    name: str
    price: Annotated[float, msgspec.Meta(gt=0)]


@post("/items")
async def create_item(data: Item) -> Item:
    return data


app = Litestar(route_handlers=[create_item])
