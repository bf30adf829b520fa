# A Pydantic model in the signature is read from the JSON body and validated before the handler runs.
from pydantic import BaseModel, Field
from ravyn import Ravyn, post


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@post("/items", status_code=201)
def create_item(data: Item) -> Item:
    return data


app = Ravyn(routes=[create_item])
