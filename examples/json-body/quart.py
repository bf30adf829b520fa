# A JSON body validated against a model (Quart-Schema with pydantic); errors answer 400 as JSON.
from pydantic import BaseModel, PositiveFloat
from quart import Quart
from quart_schema import QuartSchema, RequestSchemaValidationError, validate_request

app = Quart(__name__)
QuartSchema(app)


class Item(BaseModel):
    name: str
    price: PositiveFloat


@app.post("/items")
@validate_request(Item)
async def create_item(data: Item):
    return data.model_dump(), 201


@app.errorhandler(RequestSchemaValidationError)
async def invalid_body(error):
    return {"errors": str(error.validation_error)}, 400
