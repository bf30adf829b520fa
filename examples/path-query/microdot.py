# Path and query parameters: <int:...> converts the path segment; query values are strings read from request.args.
from microdot.asgi import Microdot

app = Microdot()


@app.get("/items/<int:item_id>")
async def read_item(request, item_id):
    try:
        limit = int(request.args.get("limit", 10))
    except ValueError:
        return {"error": "limit must be an integer"}, 400
    return {"item_id": item_id, "q": request.args.get("q"), "limit": limit}
