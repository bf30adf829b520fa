# Behaviour app: what Quart itself answers when a request goes wrong (contract in README.md beside it).
from pydantic import BaseModel, Field
from quart import Quart
from quart_schema import QuartSchema, validate_querystring, validate_request, validate_response

NOTES = {
    "invalid-body": "Quart has no validation of its own: the app validates with Quart-Schema (pydantic), the extension Quart's author documents for JSON APIs.",
    "query-int-text": "The query string is validated with Quart-Schema's validate_querystring against a model with a required int limit.",
    "default-delete-status": "A Quart view must return a response: the app returns an empty string.",
    "unsupported-media-type": "Quart's request.get_json() returns None when the Content-Type is not JSON (Flask's answers 415), so Quart-Schema's validation fails with 400.",
    "body-too-large": "Quart's default MAX_CONTENT_LENGTH is 16 MiB ('16 MB Limit' in its config), the probe's exact size: only a larger body is refused.",
}

app = Quart(__name__)
QuartSchema(app)


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


class SearchQuery(BaseModel):
    limit: int


@app.post("/items")
@validate_request(Item)
@validate_response(Item)
async def create_item(data: Item) -> Item:
    return data


@app.get("/items/<int:item_id>")
async def read_item(item_id: int):
    return {"item_id": item_id}


@app.delete("/items/<int:item_id>")
async def delete_item(item_id: int):
    return ""


@app.get("/slash/")
async def slash():
    return {"route": "slash"}


@app.get("/noslash")
async def noslash():
    return {"route": "noslash"}


@app.get("/get-only")
async def get_only():
    return {"ok": True}


@app.get("/boom")
async def boom():
    raise RuntimeError("boom")


@app.get("/search")
@validate_querystring(SearchQuery)
async def search(query_args: SearchQuery):
    return {"limit": query_args.limit}


@app.get("/bad-model")
@validate_response(Item)
async def bad_model() -> Item:
    return {"name": "pen"}
