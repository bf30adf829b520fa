# A custom tool, switched on in config for the whole /admin branch of the object tree, checks the token.
import cherrypy

TOKEN = "secret-token"


def require_token():
    if cherrypy.request.headers.get("Authorization") != f"Bearer {TOKEN}":
        cherrypy.response.headers["WWW-Authenticate"] = "Bearer"
        raise cherrypy.HTTPError(401, "Unauthorized")


cherrypy.tools.bearer = cherrypy.Tool("before_handler", require_token)


class Admin:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def stats(self):
        return {"admin": True}


class Root:
    admin = Admin()

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def public(self):
        return {"public": True}


app = cherrypy.tree.mount(Root(), "/", {"/admin": {"tools.bearer.on": True}})
