# Behaviour app: what Litestar itself answers when a request goes wrong (contract in README.md beside it).
from typing import Annotated

import msgspec
from litestar import Litestar, delete, get, post


class Item(msgspec.Struct):
    name: str
    price: Annotated[float, msgspec.Meta(gt=0)]


@post("/items")
async def create_item(data: Item) -> Item:
    return data


@get("/items/{item_id:int}")
async def read_item(item_id: int) -> dict:
    return {"item_id": item_id}


@delete("/items/{item_id:int}")
async def delete_item(item_id: int) -> None:
    return None


@get("/slash/")
async def slash() -> dict:
    return {"route": "slash"}


@get("/noslash")
async def noslash() -> dict:
    return {"route": "noslash"}


@get("/get-only")
async def get_only() -> dict:
    return {"ok": True}


@get("/boom")
async def boom() -> dict:
    raise RuntimeError("boom")


@get("/search")
async def search(limit: int) -> dict:
    return {"limit": limit}


@get("/bad-model")
async def bad_model() -> Item:
    return {"name": "pen"}


app = Litestar(route_handlers=[create_item, read_item, delete_item, slash, noslash, get_only, boom, search, bad_model])
