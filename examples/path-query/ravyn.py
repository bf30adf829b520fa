# Path and query parameters come from the handler's signature and its type hints.
from ravyn import Ravyn, get


@get("/items/{item_id:int}")
def read_item(item_id: int, q: str | None = None, limit: int = 10) -> dict:
    return {"item_id": item_id, "q": q, "limit": limit}


app = Ravyn(routes=[read_item])
