# Startup code and app state: the ASGI class calls lifespan_startup once, when the server starts; Microdot
# has no state object, so the value goes in a module-level dict.
from microdot.asgi import Microdot

state = {}


async def startup(scope):
    state["greeting"] = "hi"


app = Microdot(lifespan_startup=startup)


@app.get("/state")
async def get_state(request):
    return {"started": "greeting" in state, "greeting": state.get("greeting")}
