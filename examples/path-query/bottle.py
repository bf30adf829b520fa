# The int route filter types the path value; query values are strings converted by hand.
from bottle import Bottle, HTTPError, request

app = Bottle()


@app.get("/items/<item_id:int>")  # /items/abc matches no route: 404
def item(item_id):
    try:
        limit = int(request.query.get("limit", 10))
    except ValueError:
        raise HTTPError(400, "limit must be an integer")
    return {"item_id": item_id, "q": request.query.get("q"), "limit": limit}
