# Handler parameters with type annotations are read from the path and query string and coerced, with 400 on bad values.

from robyn import Robyn

app = Robyn(__file__)


@app.get("/items/:item_id")
def read_item(item_id: int, q: str | None = None, limit: int = 10):
    return {"item_id": item_id, "q": q, "limit": limit}


if __name__ == "__main__":
    app.start()
