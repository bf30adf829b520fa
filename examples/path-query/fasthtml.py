# Typed handler parameters are filled from the path and query; a bad typed query value would answer 404, so limit is checked by hand.
from fasthtml.common import *

app, rt = fast_app()


@rt("/items/{item_id:int}")
def get(item_id: int, q: str = None, limit: str = "10"):
    if not limit.isdigit():
        return JSONResponse({"detail": "limit must be an integer"}, status_code=422)
    return {"item_id": item_id, "q": q, "limit": int(limit)}


serve()
