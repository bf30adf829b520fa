# The JSON body is checked with pydal's validators, the same ones py4web's forms and RestAPI use.
__name__ = "apps.json_body"

from py4web import HTTP, action, request, response
from py4web.core import bottle
from pydal.validators import IS_FLOAT_IN_RANGE, IS_NOT_EMPTY

RULES = {
    "name": IS_NOT_EMPTY(error_message="name is required"),
    "price": IS_FLOAT_IN_RANGE(0, None, error_message="price must be a number above 0"),
}


@action("/items", method="POST")
def create_item():
    body = request.json or {}
    item, errors = {}, {}
    for field, validator in RULES.items():
        item[field], error = validator(body.get(field))
        if error or (field == "price" and item[field] <= 0):
            errors[field] = error or RULES[field].error_message
    if errors:
        raise HTTP(422, body={"errors": errors})
    response.status = 201
    return item


app = bottle.default_app()
