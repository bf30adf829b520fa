# Handler parameters with type annotations are read from the path and query string and coerced, with 400 on bad values.
from typing import Optional

from robyn import Robyn

app = Robyn(__file__)


@app.get("/items/:item_id")
def read_item(item_id: int, q: Optional[str] = None, limit: int = 10):
    return {"item_id": item_id, "q": q, "limit": limit}
