# Behaviour app: what BlackSheep itself answers when a request goes wrong (contract in README.md beside it).
from blacksheep import Application, FromJSON, delete, get, post
from pydantic import BaseModel, Field

NOTES = {
    "path-int-text": "item_id is typed by the handler's annotation int, as BlackSheep's docs show; the route pattern stays /items/{item_id}.",
    "unsupported-media-type": "FromJSON reads the body only when the Content-Type is JSON.",
}
NOT_APPLICABLE = {
    "response-model-mismatch": "BlackSheep has no response models: a return annotation documents the response in OpenAPI, the value is not checked."
}

app = Application()


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@post("/items")
async def create_item(item: FromJSON[Item]) -> Item:
    return item.value


@get("/items/{item_id}")
async def read_item(item_id: int):
    return {"item_id": item_id}


@delete("/items/{item_id}")
async def delete_item(item_id: int) -> None:
    return None


@get("/slash/")
async def slash():
    return {"route": "slash"}


@get("/noslash")
async def noslash():
    return {"route": "noslash"}


@get("/get-only")
async def get_only():
    return {"ok": True}


@get("/boom")
async def boom():
    raise RuntimeError("boom")


@get("/search")
async def search(limit: int):
    return {"limit": limit}
