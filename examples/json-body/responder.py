# A keyword-only parameter typed with a Pydantic model receives the validated body; invalid bodies get 422.
import responder
from pydantic import BaseModel, Field

api = responder.API()


class Item(BaseModel):
    name: str
    price: float = Field(gt=0)


@api.post("/items")
def create_item(req, resp, *, item: Item):
    resp.status_code = 201
    resp.media = item.model_dump()


app = api
