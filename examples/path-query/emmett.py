# Path and query parameters: <int:item_id> only matches digits; query values arrive as text in request.query_params.
from emmett import App, abort, request
from emmett.tools import service

app = App(__name__)


@app.route("/items/<int:item_id>", methods="get")
@service.json
async def read_item(item_id):
    limit = request.query_params.limit or "10"
    if not limit.isdigit():
        abort(422)
    return {"item_id": item_id, "q": request.query_params.q, "limit": int(limit)}
