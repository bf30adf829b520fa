# Behaviour app: what Robyn itself answers when a request goes wrong (contract in README.md beside it).
from pydantic import BaseModel, Field
from robyn import Robyn

NOTES = {
    "default-delete-status": "The handler returns None, as the contract asks; Robyn sends it as the text 'None'.",
    "response-model-mismatch": "The route is declared with response_model=Item, which Robyn validates a returned dict against.",
}

app = Robyn(__file__)


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@app.post("/items")
def create_item(item: Item):
    return item.model_dump()


@app.get("/items/:item_id")
def read_item(item_id: int):
    return {"item_id": item_id}


@app.delete("/items/:item_id")
def delete_item(item_id: int):
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


if __name__ == "__main__":
    app.start()
