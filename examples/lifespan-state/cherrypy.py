# A listener on the engine's start channel fills the app's config once, before the server takes requests.
import cherrypy


class Root:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def state(self):
        greeting = cherrypy.request.app.config.get("state", {}).get("greeting")
        return {"started": greeting is not None, "greeting": greeting}


app = cherrypy.tree.mount(Root(), "/")


def on_start():
    app.config["state"] = {"greeting": "hi"}


cherrypy.engine.subscribe("start", on_start)
