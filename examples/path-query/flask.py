# Typed path and query parameters: an int URL converter for the path, query values converted by hand.
from flask import Flask, abort, request

app = Flask(__name__)


@app.get("/items/<int:item_id>")
def read_item(item_id):
    q = request.args.get("q")
    try:
        limit = int(request.args.get("limit", 10))
    except ValueError:
        abort(400, "limit must be an integer")
    return {"item_id": item_id, "q": q, "limit": limit}
