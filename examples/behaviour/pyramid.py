# Behaviour app: what Pyramid itself answers when a request goes wrong (contract in README.md beside it).
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPBadRequest

NOTES = {
    "invalid-body": "Pyramid has no body validation of its own (pyramid_openapi3 is an add-on): the app checks the fields by hand and raises HTTPBadRequest.",
    "malformed-json": "The app reads request.json_body, which raises on malformed JSON.",
    "unsupported-media-type": "request.json_body does not look at Content-Type: the body is parsed as JSON anyway.",
    "path-int-text": "Pyramid has no integer path type: the route pattern {item_id:\\d+} admits only digits (the docs' regex replacement marker) and the view calls int() on the matchdict value.",
    "path-int-negative": "The route pattern {item_id:\\d+} admits only digits, so -1 matches no route.",
    "query-int-text": "Pyramid has no typed query parameters: the app calls int() on request.GET['limit'], which raises ValueError.",
    "missing-query-param": "request.GET['limit'] raises KeyError.",
    "default-delete-status": "The view returns None through the json renderer, which writes null.",
    "wrong-method": "A request_method mismatch raises PredicateMismatch, an HTTPNotFound subclass, so 404, not 405; the API docs say it 'typically will not be seen publicly', yet the default 404 page prints its message, naming the view and its predicates.",
    "head-on-get": "request_method='GET' also admits HEAD (Pyramid's docs: GET implies HEAD).",
    "unhandled-exception": "Pyramid registers no exception view for RuntimeError: the exception reaches Waitress, which answers.",
}
NOT_APPLICABLE = {
    "response-model-mismatch": "Pyramid has no response models: a view returns any value its renderer accepts."
}


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


def create_item(request):
    data = request.json_body
    if not valid(data):
        raise HTTPBadRequest()
    return {"name": data["name"], "price": data["price"]}


def read_item(request):
    return {"item_id": int(request.matchdict["item_id"])}


def delete_item(request):
    return None


def slash(request):
    return {"route": "slash"}


def noslash(request):
    return {"route": "noslash"}


def get_only(request):
    return {"ok": True}


def boom(request):
    raise RuntimeError("boom")


def search(request):
    return {"limit": int(request.GET["limit"])}


with Configurator() as config:
    config.add_route("items", "/items")
    config.add_route("item", r"/items/{item_id:\d+}")
    config.add_route("slash", "/slash/")
    config.add_route("noslash", "/noslash")
    config.add_route("get_only", "/get-only")
    config.add_route("boom", "/boom")
    config.add_route("search", "/search")
    config.add_view(create_item, route_name="items", request_method="POST", renderer="json")
    config.add_view(read_item, route_name="item", request_method="GET", renderer="json")
    config.add_view(delete_item, route_name="item", request_method="DELETE", renderer="json")
    config.add_view(slash, route_name="slash", request_method="GET", renderer="json")
    config.add_view(noslash, route_name="noslash", request_method="GET", renderer="json")
    config.add_view(get_only, route_name="get_only", request_method="GET", renderer="json")
    config.add_view(boom, route_name="boom", request_method="GET", renderer="json")
    config.add_view(search, route_name="search", request_method="GET", renderer="json")
    app = config.make_wsgi_app()
