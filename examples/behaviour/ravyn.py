# Behaviour app: what Ravyn itself answers when a request goes wrong (contract in README.md beside it).
from pydantic import BaseModel, Field
from ravyn import Ravyn, delete, get, post

NOTES = {
    "happy-slash": "Ravyn strips the trailing slash from every route path (Lilya's clean_path), so the route declared '/slash/' answers at '/slash' only.",
    "missing-trailing-slash": "Ravyn strips the trailing slash from every route path (Lilya's clean_path): the route declared '/slash/' is '/slash', and GET /slash/ is redirected to it (redirect_slashes).",
    "response-model-mismatch": "The handler's return annotation is Item; Ravyn uses a return annotation to pick the response class and document the route.",
}


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@post("/items")
def create_item(data: Item) -> Item:
    return data


@get("/items/{item_id:int}")
def read_item(item_id: int) -> dict:
    return {"item_id": item_id}


@delete("/items/{item_id:int}")
def delete_item(item_id: int) -> None:
    return None


@get("/slash/")
def slash() -> dict:
    return {"route": "slash"}


@get("/noslash")
def noslash() -> dict:
    return {"route": "noslash"}


@get("/get-only")
def get_only() -> dict:
    return {"ok": True}


@get("/boom")
def boom() -> dict:
    raise RuntimeError("boom")


@get("/search")
def search(limit: int) -> dict:
    return {"limit": limit}


@get("/bad-model")
def bad_model() -> Item:
    return {"name": "pen"}


app = Ravyn(routes=[create_item, read_item, delete_item, slash, noslash, get_only, boom, search, bad_model])
