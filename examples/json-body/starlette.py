# JSON body validation by hand: Starlette has no schema layer, so the endpoint checks the fields.
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def create_item(request):
    try:
        data = await request.json()
    except ValueError:
        data = None
    data = data if isinstance(data, dict) else {}
    errors = {}
    if not isinstance(data.get("name"), str):
        errors["name"] = "required string"
    price = data.get("price")
    if isinstance(price, bool) or not isinstance(price, (int, float)) or price <= 0:
        errors["price"] = "required number greater than 0"
    if errors:
        return JSONResponse({"errors": errors}, status_code=422)
    return JSONResponse({"name": data["name"], "price": float(price)}, status_code=201)


app = Starlette(routes=[Route("/items", create_item, methods=["POST"])])
