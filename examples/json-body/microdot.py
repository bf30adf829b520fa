# JSON body validation: Microdot parses request.json but validates nothing, so the checks are written by hand.
from microdot.asgi import Microdot

app = Microdot()


def errors_in(body):
    if not isinstance(body, dict):
        return {"body": "expected a JSON object"}
    errors = {}
    if not isinstance(body.get("name"), str):
        errors["name"] = "a string is required"
    price = body.get("price")
    if isinstance(price, bool) or not isinstance(price, (int, float)):
        errors["price"] = "a number is required"
    elif price <= 0:
        errors["price"] = "must be greater than 0"
    return errors


@app.post("/items")
async def create_item(request):
    body = request.json
    errors = errors_in(body)
    if errors:
        return {"errors": errors}, 422
    return {"name": body["name"], "price": body["price"]}, 201
