# A listener on the engine's start channel prepares state once, before the server takes requests.
import cherrypy


class Root:
    greeting = None  # set at startup

    @cherrypy.expose
    @cherrypy.tools.json_out()
    def state(self):
        return {"started": self.greeting is not None, "greeting": self.greeting}


root = Root()
app = cherrypy.tree.mount(root, "/")


def on_start():
    root.greeting = "hi"


cherrypy.engine.subscribe("start", on_start)
