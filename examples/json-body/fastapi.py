# JSON body validation with a Pydantic model; invalid bodies get FastAPI's 422 error listing each field.
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@app.post("/items", status_code=201)
def create_item(item: Item) -> Item:
    return item
