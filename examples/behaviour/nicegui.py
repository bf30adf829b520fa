# Behaviour app: what NiceGUI itself answers when a request goes wrong, on routes of its FastAPI app (contract in README.md beside it).
from nicegui import app, ui
from pydantic import BaseModel, Field

NOTES = {
    "unknown-route": "The routes sit on nicegui.app, NiceGUI's FastAPI app, served by ui.run() with NiceGUI's own middleware and error pages.",
}


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


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


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
