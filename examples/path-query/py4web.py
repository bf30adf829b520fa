# The <item_id:int> route filter types the path; query values are read from request.query and checked by hand.
__name__ = "apps.path_query"

from py4web import HTTP, action, request
from py4web.core import bottle


@action("/items/<item_id:int>", method="GET")  # /items/abc matches no route: 404
def item(item_id):
    try:
        limit = int(request.query.get("limit", 10))
    except ValueError:
        raise HTTP(400, body={"error": "limit must be an integer"}) from None
    return {"item_id": item_id, "q": request.query.get("q"), "limit": limit}


app = bottle.default_app()
