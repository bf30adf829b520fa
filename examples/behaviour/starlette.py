# Behaviour app: what Starlette itself answers when a request goes wrong (contract in README.md beside it).
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

NOTES = {
    "invalid-body": "Starlette has no body validation: the app checks the fields by hand and raises HTTPException(400).",
    "malformed-json": "The app awaits request.json(), which raises on malformed JSON.",
    "unsupported-media-type": "request.json() does not look at Content-Type: the body is parsed as JSON anyway.",
    "query-int-text": "Starlette has no typed query parameters: the app calls int() on request.query_params['limit'].",
    "missing-query-param": "request.query_params['limit'] raises KeyError.",
}
NOT_APPLICABLE = {"response-model-mismatch": "Starlette has no response models: an endpoint returns any Response."}


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


async def create_item(request):
    data = await request.json()
    if not valid(data):
        raise HTTPException(status_code=400)
    return JSONResponse({"name": data["name"], "price": data["price"]})


async def read_item(request):
    return JSONResponse({"item_id": request.path_params["item_id"]})


async def delete_item(request):
    return Response()


async def slash(request):
    return JSONResponse({"route": "slash"})


async def noslash(request):
    return JSONResponse({"route": "noslash"})


async def get_only(request):
    return JSONResponse({"ok": True})


async def boom(request):
    raise RuntimeError("boom")


async def search(request):
    return JSONResponse({"limit": int(request.query_params["limit"])})


app = Starlette(
    routes=[
        Route("/items", create_item, methods=["POST"]),
        Route("/items/{item_id:int}", read_item, methods=["GET"]),
        Route("/items/{item_id:int}", delete_item, methods=["DELETE"]),
        Route("/slash/", slash),
        Route("/noslash", noslash),
        Route("/get-only", get_only),
        Route("/boom", boom),
        Route("/search", search),
    ]
)
