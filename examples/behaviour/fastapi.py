# Behaviour app: what FastAPI itself answers when a request goes wrong (contract in README.md beside it).
from fastapi import FastAPI
from pydantic import BaseModel, Field


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


app = FastAPI()


@app.post("/items")
def create_item(item: Item) -> Item:
    return item


@app.get("/items/{item_id}")
def read_item(item_id: int):
    return {"item_id": item_id}


@app.delete("/items/{item_id}")
def delete_item(item_id: int) -> None:
    return None


@app.get("/slash/")
def slash():
    return {"route": "slash"}


@app.get("/noslash")
def noslash():
    return {"route": "noslash"}


@app.get("/get-only")
def get_only():
    return {"ok": True}


@app.get("/boom")
def boom():
    raise RuntimeError("boom")


@app.get("/search")
def search(limit: int):
    return {"limit": limit}


@app.get("/bad-model", response_model=Item)
def bad_model():
    return {"name": "pen"}
