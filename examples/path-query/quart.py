# Typed path parameter (int converter) and a validated query string (Quart-Schema).
from dataclasses import dataclass

from quart import Quart
from quart_schema import QuartSchema, RequestSchemaValidationError, validate_querystring

app = Quart(__name__)
QuartSchema(app)


@dataclass
class ItemQuery:
    q: str | None = None
    limit: int = 10


@app.get("/items/<int:item_id>")
@validate_querystring(ItemQuery)
async def read_item(item_id: int, query_args: ItemQuery):
    return {"item_id": item_id, "q": query_args.q, "limit": query_args.limit}


@app.errorhandler(RequestSchemaValidationError)
async def invalid_query(error):
    return {"errors": str(error.validation_error)}, 400
