# JSON body validation: Emmett's validators (the ones its forms and ORM use) check the parsed body before it is used.
from emmett import App, request, response
from emmett.tools import service
from emmett.validators import inRange, isFloat, isntEmpty

app = App(__name__)
RULES = {"name": [isntEmpty()], "price": [isntEmpty(), isFloat(), inRange(0, include=(False, False))]}


def validate(data):
    clean, errors = {}, {}
    for field, validators in RULES.items():
        value = data.get(field)
        for validator in validators:
            value, error = validator(value)
            if error:
                errors[field] = error
                break
        clean[field] = value
    return clean, errors


@app.route("/items", methods="post")
@service.json
async def create_item():
    item, errors = validate(await request.body_params)
    if errors:
        response.status = 422
        return {"errors": errors}
    response.status = 201
    return item
