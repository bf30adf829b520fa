# In Falcon's ASGI app, a middleware's process_startup runs on the ASGI lifespan startup event.
import falcon.asgi

state = {}


class StartupMiddleware:
    async def process_startup(self, scope, event):
        state["greeting"] = "hi"


class StateResource:
    async def on_get(self, req, resp):
        resp.media = {"started": "greeting" in state, "greeting": state.get("greeting")}


app = falcon.asgi.App(middleware=[StartupMiddleware()])
app.add_route("/state", StateResource())
