# The official pyramid_openapi3 add-on validates the body against an OpenAPI document before the view runs.
from pathlib import Path

from pyramid.config import Configurator

SPEC = Path(__file__).with_name("pyramid-openapi.yaml")


def create_item(request):
    item = request.openapi_validated.body  # only reached when the body matches the document
    request.response.status = 201
    return {"name": item["name"], "price": item["price"]}


with Configurator() as config:
    config.include("pyramid_openapi3")
    config.pyramid_openapi3_spec(str(SPEC), route="/openapi.yaml")
    config.add_route("items", "/items")
    config.add_view(create_item, route_name="items", request_method="POST", renderer="json", openapi=True)
    app = config.make_wsgi_app()
