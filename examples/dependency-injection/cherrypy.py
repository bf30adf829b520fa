# No injection system: a custom Tool opens a resource before the handler and closes it at the end of the request.
import cherrypy

stats = {"opened": 0, "closed": 0}


class Resource:
    def __init__(self):
        self.state = "open"
        stats["opened"] += 1

    def close(self):
        self.state = "closed"
        stats["closed"] += 1


class ResourceTool(cherrypy.Tool):
    def __init__(self):
        super().__init__("before_handler", self.open, priority=50)

    def _setup(self):
        super()._setup()
        cherrypy.request.hooks.attach("on_end_resource", self.close)

    def open(self):
        cherrypy.request.resource = Resource()

    def close(self):
        cherrypy.request.resource.close()


cherrypy.tools.resource = ResourceTool()


class Root:
    @cherrypy.expose
    @cherrypy.tools.resource()
    @cherrypy.tools.json_out()
    def resource(self):
        return {"resource": cherrypy.request.resource.state}

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def stats(self):
        return stats


app = cherrypy.tree.mount(Root(), "/")
