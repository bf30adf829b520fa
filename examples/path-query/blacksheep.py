# Route and query parameters bound and converted from the handler's type hints; bad values answer 400.
from blacksheep import Application, get, json

app = Application()


@get("/items/{item_id}")
async def read_item(item_id: int, q: str | None = None, limit: int = 10):
    return json({"item_id": item_id, "q": q, "limit": limit})
