# Typed path parameter (<item_id:int>) and a query string validated by Sanic Extensions.
from dataclasses import dataclass

from sanic import Sanic
from sanic.response import json
from sanic_ext import validate

app = Sanic("PathQuery")


@dataclass
class ItemQuery:
    q: str | None = None
    limit: int = 10


@app.get("/items/<item_id:int>")
@validate(query=ItemQuery)
async def read_item(request, item_id: int, query: ItemQuery):
    return json({"item_id": item_id, "q": query.q, "limit": query.limit})
