# JSON body validation: a Pydantic model on a route of the FastAPI app mounted through api_transformer.
import reflex as rx
from fastapi import FastAPI
from pydantic import BaseModel, Field

api = FastAPI()


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@api.post("/items", status_code=201)
def create_item(item: Item) -> Item:
    return item


app = rx.App(api_transformer=api)
