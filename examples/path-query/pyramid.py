# A regex in the route pattern admits only digits; values from matchdict and params are converted by hand.
from pyramid.config import Configurator
from pyramid.httpexceptions import HTTPBadRequest


def item(request):
    try:
        limit = int(request.params.get("limit", 10))
    except ValueError:
        raise HTTPBadRequest("limit must be an integer")
    return {"item_id": int(request.matchdict["item_id"]), "q": request.params.get("q"), "limit": limit}


with Configurator() as config:
    config.add_route("item", r"/items/{item_id:\d+}")  # /items/abc matches no route: 404
    config.add_view(item, route_name="item", renderer="json")
    app = config.make_wsgi_app()
