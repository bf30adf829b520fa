# JSON body validation by hand: Flask has no schema layer, so the view checks the fields itself.
from flask import Flask, request

app = Flask(__name__)


@app.post("/items")
def create_item():
    data = request.get_json(silent=True) or {}
    errors = {}
    if not isinstance(data.get("name"), str):
        errors["name"] = "required string"
    price = data.get("price")
    if isinstance(price, bool) or not isinstance(price, (int, float)) or price <= 0:
        errors["price"] = "required number greater than 0"
    if errors:
        return {"errors": errors}, 422
    return {"name": data["name"], "price": float(price)}, 201
