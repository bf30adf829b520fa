# Path and query parameters: routes on NiceGUI's FastAPI app parse and check them from type hints.
from nicegui import app, ui


@app.get("/items/{item_id}")
def read_item(item_id: int, q: str | None = None, limit: int = 10):
    return {"item_id": item_id, "q": q, "limit": limit}


if __name__ in {"__main__", "__mp_main__"}:
    ui.run()
