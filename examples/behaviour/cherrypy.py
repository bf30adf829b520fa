# Behaviour app: what CherryPy itself answers when a request goes wrong (contract in README.md beside it).
import cherrypy

NOTES = {
    "unhandled-exception": "Runs in CherryPy's documented production environment (environment: production), which turns off the tracebacks its default config shows in error pages.",
    "invalid-body": "CherryPy has no body validation: the json_in tool parses the body, the app checks the fields by hand and raises HTTPError(400).",
    "default-post-status": "/items is served by the MethodDispatcher (CherryPy's REST dispatcher), set for that path in the app's config; the other routes use the default dispatcher.",
    "default-delete-status": "The DELETE handler returns None, which CherryPy sends as an empty body.",
    "path-int-text": "The params tool converts item_id by its int annotation and answers a failed conversion with 400.",
    "query-int-text": "The params tool converts limit by its int annotation and answers a failed conversion with 400.",
    "missing-query-param": "limit is a required argument of the handler: CherryPy answers a missing handler argument with 404.",
    "wrong-method": "The allow tool restricts the handler to GET (and HEAD, which it adds itself).",
}
NOT_APPLICABLE = {"response-model-mismatch": "CherryPy has no response models: a handler returns any value."}

cherrypy.config.update({"environment": "production"})


def valid(data):
    """The contract's rule by hand: a JSON object with a string name and a number price above 0."""
    if not isinstance(data, dict) or not isinstance(data.get("name"), str):
        return False
    price = data.get("price")
    return isinstance(price, (int, float)) and not isinstance(price, bool) and price > 0


@cherrypy.expose
@cherrypy.popargs("item_id")
class Items:
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def POST(self):
        data = cherrypy.request.json
        if not valid(data):
            raise cherrypy.HTTPError(400)
        return {"name": data["name"], "price": data["price"]}

    @cherrypy.tools.params()
    @cherrypy.tools.json_out()
    def GET(self, item_id: int):
        return {"item_id": item_id}

    @cherrypy.tools.params()
    def DELETE(self, item_id: int):
        return None


class Slash:
    @cherrypy.expose
    @cherrypy.tools.allow(methods=["GET"])
    @cherrypy.tools.json_out()
    def index(self):
        return {"route": "slash"}


class Root:
    items = Items()
    slash = Slash()

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["GET"])
    @cherrypy.tools.json_out()
    def noslash(self):
        return {"route": "noslash"}

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["GET"])
    @cherrypy.tools.json_out()
    def get_only(self):  # the default dispatcher maps /get-only to get_only
        return {"ok": True}

    @cherrypy.expose
    def boom(self):
        raise RuntimeError("boom")

    @cherrypy.expose
    @cherrypy.tools.allow(methods=["GET"])
    @cherrypy.tools.params()
    @cherrypy.tools.json_out()
    def search(self, limit: int):
        return {"limit": limit}


app = cherrypy.tree.mount(Root(), "/", {"/items": {"request.dispatch": cherrypy.dispatch.MethodDispatcher()}})
