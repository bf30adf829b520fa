# Bottle parses the JSON body but has no validation layer: the checks are written by hand.
from bottle import Bottle, request, response

app = Bottle()


def item_errors(data):
    errors = {}
    if not isinstance(data, dict):
        return {"body": "expected a JSON object"}
    if not isinstance(data.get("name"), str):
        errors["name"] = "required, a string"
    price = data.get("price")
    if isinstance(price, bool) or not isinstance(price, (int, float)) or price <= 0:
        errors["price"] = "required, a number greater than 0"
    return errors


@app.post("/items")
def create_item():
    data = request.json
    errors = item_errors(data)
    if errors:
        response.status = 422
        return {"errors": errors}
    response.status = 201
    return {"name": data["name"], "price": data["price"]}
