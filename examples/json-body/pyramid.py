# Pyramid decodes request.json_body but does not validate it: the checks are written by hand.
from pyramid.config import Configurator


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


def create_item(request):
    data = request.json_body
    errors = item_errors(data)
    if errors:
        request.response.status = 422
        return {"errors": errors}
    request.response.status = 201
    return {"name": data["name"], "price": data["price"]}


with Configurator() as config:
    config.add_route("items", "/items")
    config.add_view(create_item, route_name="items", request_method="POST", renderer="json")
    app = config.make_wsgi_app()
