# Hello world: an exposed method of the root object answers GET /.
import cherrypy


class Root:
    @cherrypy.expose
    def index(self):
        cherrypy.response.headers["Content-Type"] = "text/plain"
        return "Hello, World!"


app = cherrypy.tree.mount(Root(), "/")
