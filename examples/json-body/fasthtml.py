# FastHTML has no validation layer: the parsed body arrives as a dict and is checked by hand.
from fasthtml.common import *

app, rt = fast_app()


def errors(data: dict) -> dict:
    found = {}
    if not isinstance(data.get("name"), str):
        found["name"] = "a text name is required"
    price = data.get("price")
    if isinstance(price, bool) or not isinstance(price, (int, float)):
        found["price"] = "price must be a number"
    elif price <= 0:
        found["price"] = "price must be greater than 0"
    return found


@rt("/items")
def post(data: dict):
    if problems := errors(data):
        return JSONResponse({"errors": problems}, status_code=422)
    return JSONResponse({"name": data["name"], "price": data["price"]}, status_code=201)


serve()
