# Behaviour app: what Sanic itself answers when a request goes wrong (contract in README.md beside it).
from dataclasses import dataclass

from pydantic import BaseModel, Field
from sanic import Sanic
from sanic.response import empty, json
from sanic_ext import validate

NOTES = {
    "invalid-body": "Validated with Sanic Extensions' @validate(json=Item) and a pydantic model; Sanic loads Sanic Extensions by itself when it is installed.",
    "query-int-text": "The query string is validated with Sanic Extensions' @validate(query=SearchQuery), a dataclass with a required int limit.",
    "default-delete-status": "A Sanic handler must return a response: the app returns sanic.response.empty() with no status given.",
    "unsupported-media-type": "Sanic Extensions parses the body as JSON whatever the Content-Type.",
    "missing-query-param": "Sanic Extensions' message calls the query model the 'request body'.",
    "options-on-get": "Sanic Extensions, loaded by itself, answers OPTIONS (HTTP_AUTO_OPTIONS) and HEAD (HTTP_AUTO_HEAD) on GET routes by default.",
    "body-too-large": "Sanic's default REQUEST_MAX_SIZE is 100 MB.",
}
NOT_APPLICABLE = {
    "response-model-mismatch": "Sanic has no response models: a handler returns an HTTPResponse it builds itself."
}

app = Sanic("Behaviour")


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@dataclass
class SearchQuery:
    limit: int


@app.post("/items")
@validate(json=Item)
async def create_item(request, body: Item):
    return json(body.model_dump())


@app.get("/items/<item_id:int>")
async def read_item(request, item_id: int):
    return json({"item_id": item_id})


@app.delete("/items/<item_id:int>")
async def delete_item(request, item_id: int):
    return empty()


@app.get("/slash/")
async def slash(request):
    return json({"route": "slash"})


@app.get("/noslash")
async def noslash(request):
    return json({"route": "noslash"})


@app.get("/get-only")
async def get_only(request):
    return json({"ok": True})


@app.get("/boom")
async def boom(request):
    raise RuntimeError("boom")


@app.get("/search")
@validate(query=SearchQuery)
async def search(request, query: SearchQuery):
    return json({"limit": query.limit})
