# JSON body validation: a Pydantic model on a route of NiceGUI's FastAPI app; bad input answers 422.
from nicegui import app, ui
from pydantic import BaseModel, Field


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@app.post("/items", status_code=201)
def create_item(item: Item) -> Item:
    return item


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
