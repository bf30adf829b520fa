# A handler parameter annotated with a pydantic model is validated from the JSON body; failures answer 422.
from pydantic import BaseModel, Field
from robyn import Response, Robyn

app = Robyn(__file__)


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@app.post("/items")
def create_item(item: Item):
    return Response(status_code=201, headers={"Content-Type": "application/json"}, description=item.model_dump_json())


if __name__ == "__main__":
    app.start()
