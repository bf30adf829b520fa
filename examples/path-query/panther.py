# Path variables are cast from the handler's int annotation; query parameters arrive as strings and are converted by hand.
from panther import Panther
from panther.app import API
from panther.exceptions import BadRequestAPIError
from panther.request import Request


@API()
async def read_item(request: Request, item_id: int):
    try:
        limit = int(request.query_params.get("limit", 10))
    except ValueError:
        raise BadRequestAPIError(detail={"limit": "must be an integer"}) from None
    return {"item_id": item_id, "q": request.query_params.get("q"), "limit": limit}


url_routing = {"items/<item_id>/": read_item}
app = Panther(__name__, configs=__name__, urls=url_routing)
