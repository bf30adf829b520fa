# Typed path and query parameters: Litestar reads the types from the signature and validates them.
from litestar import Litestar, get


@get("/items/{item_id:int}")
async def read_item(item_id: int, q: str | None = None, limit: int = 10) -> dict:
    return {"item_id": item_id, "q": q, "limit": limit}


app = Litestar(route_handlers=[read_item])
