# Behaviour app: what aiohttp itself answers when a request goes wrong (contract in README.md beside it).
from aiohttp import web

NOTES = {
    "invalid-body": "aiohttp has no body validation: the app checks the fields by hand and raises web.HTTPBadRequest.",
    "malformed-json": "The app awaits request.json(), which raises on malformed JSON.",
    "path-int-text": r"aiohttp has no integer converter: the route's variable is limited by the regex {item_id:\d+} and the handler calls int().",
    "query-int-text": "aiohttp has no typed query parameters: the app calls int() on request.query['limit'], which raises ValueError.",
    "missing-query-param": "request.query['limit'] raises KeyError.",
    "default-delete-status": "An aiohttp handler must return a response: the app returns web.Response() with no status given.",
    "unsupported-media-type": "request.json() does not look at Content-Type: the body is parsed as JSON anyway.",
    "body-too-large": "web.Application's client_max_size defaults to 1 MiB (1,048,576 bytes).",
}
NOT_APPLICABLE = {"response-model-mismatch": "aiohttp has no response models: a handler returns any web.Response."}

routes = web.RouteTableDef()


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@routes.post("/items")
async def create_item(request):
    data = await request.json()
    if not valid(data):
        raise web.HTTPBadRequest()
    return web.json_response({"name": data["name"], "price": data["price"]})


@routes.get(r"/items/{item_id:\d+}")
async def read_item(request):
    return web.json_response({"item_id": int(request.match_info["item_id"])})


@routes.delete(r"/items/{item_id:\d+}")
async def delete_item(request):
    return web.Response()


@routes.get("/slash/")
async def slash(request):
    return web.json_response({"route": "slash"})


@routes.get("/noslash")
async def noslash(request):
    return web.json_response({"route": "noslash"})


@routes.get("/get-only")
async def get_only(request):
    return web.json_response({"ok": True})


@routes.get("/boom")
async def boom(request):
    raise RuntimeError("boom")


@routes.get("/search")
async def search(request):
    return web.json_response({"limit": int(request.query["limit"])})


app = web.Application()
app.add_routes(routes)
