# popargs turns the path segment into an argument; the params tool converts arguments by their annotations.
import cherrypy


@cherrypy.popargs("item_id")
class Items:
    @cherrypy.expose
    @cherrypy.tools.params()  # a failed conversion answers 400
    @cherrypy.tools.json_out()
    def index(self, item_id: int, q: str = None, limit: int = 10):
        return {"item_id": item_id, "q": q, "limit": limit}


class Root:
    items = Items()


# Without this CherryPy redirects /items/42 to /items/42/ (its default for an index handler).
app = cherrypy.tree.mount(Root(), "/", {"/": {"tools.trailing_slash.on": False}})
