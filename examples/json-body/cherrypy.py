# The json_in tool decodes the body; CherryPy has no schema layer, so the checks are written by hand.
import cherrypy


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


class Root:
    @cherrypy.expose
    @cherrypy.tools.allow(methods=["POST"])
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def items(self):
        data = cherrypy.request.json
        errors = item_errors(data)
        if errors:
            cherrypy.response.status = 422
            return {"errors": errors}
        cherrypy.response.status = 201
        return {"name": data["name"], "price": data["price"]}


app = cherrypy.tree.mount(Root(), "/")
