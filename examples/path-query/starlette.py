# Typed path and query parameters: an int path convertor; Starlette leaves query parsing to the handler.
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def read_item(request):
    try:
        limit = int(request.query_params.get("limit", 10))
    except ValueError:
        return JSONResponse({"error": "limit must be an integer"}, status_code=400)
    item_id = request.path_params["item_id"]
    return JSONResponse({"item_id": item_id, "q": request.query_params.get("q"), "limit": limit})


app = Starlette(routes=[Route("/items/{item_id:int}", read_item)])
